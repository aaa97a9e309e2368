#!/usr/bin/env bash
# Every per-document tool runs unchanged under GNU parallel --pipe: a corpus is sharded,
# the pipeline runs per shard, and the merged result (concatenation for per-document
# tools, timeline --merge for the chronology) is byte-identical to one run over all.
# -j/--jobs inside each tool must give the same bytes too, and empty input empty output.
set -euo pipefail
tools=$1 src=$2 py=$3
command -v parallel >/dev/null || { echo "GNU parallel missing"; exit 77; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$py" "$src/bench/make_corpus.py" "$src/seeds" "$work/corpus" 0.6 > /dev/null
find "$work/corpus/docs" -name '*.txt' | sort > "$work/files"
stages=()
for t in extract-entities extract-quotes "timeline --annotate" "diff-positions --annotate"; do
  [ -x "$tools/${t%% *}" ] && stages+=("$t")
done

# One run over everything.
"$tools/ingest" --manifest "$work/corpus/manifest.jsonl" --files-from "$work/files" > "$work/one.jsonl"
for s in "${stages[@]}"; do
  # shellcheck disable=SC2086
  "$tools/"$s < "$work/one.jsonl" > "$work/next"; mv "$work/next" "$work/one.jsonl"
done

# Sharded: ingest over file lists, each stage over blocks of records, order kept (-k).
parallel --pipe -k -N 7 "$tools/ingest --manifest $work/corpus/manifest.jsonl --files-from -" < "$work/files" > "$work/sharded.jsonl"
for s in "${stages[@]}"; do
  parallel --pipe -k -N 5 "$tools/$s" < "$work/sharded.jsonl" > "$work/next"; mv "$work/next" "$work/sharded.jsonl"
done
cmp "$work/one.jsonl" "$work/sharded.jsonl"
echo "ok: $(wc -l < "$work/one.jsonl") documents, sharded pipeline byte-identical to one run"

# In-process parallelism keeps input order.
"$tools/ingest" -j 2 --manifest "$work/corpus/manifest.jsonl" --files-from "$work/files" > "$work/j.jsonl"
for s in "${stages[@]}"; do
  # shellcheck disable=SC2086
  "$tools/"$s -j 3 < "$work/j.jsonl" > "$work/next"; mv "$work/next" "$work/j.jsonl"
done
cmp "$work/one.jsonl" "$work/j.jsonl"
echo "ok: -j gives the same bytes as one thread"

if [ -x "$tools/timeline" ]; then
  "$tools/timeline" < "$work/one.jsonl" > "$work/events.one"
  split -l 9 "$work/one.jsonl" "$work/shard."
  for f in "$work"/shard.*; do "$tools/timeline" < "$f" > "$f.events"; done
  "$tools/timeline" --merge "$work"/shard.*.events > "$work/events.merged"
  cmp "$work/events.one" "$work/events.merged"
  echo "ok: timeline --merge of $(ls "$work"/shard.*.events | wc -l) shards equals one chronology ($(wc -l < "$work/events.one") events)"
fi
