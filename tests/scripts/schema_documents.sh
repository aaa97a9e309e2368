#!/usr/bin/env bash
# Real output of the pipeline on the seeds validates against schema/*.schema.json.
set -euo pipefail
tools=$1 src=$2 py=$3
"$py" -c 'import jsonschema' 2>/dev/null || { echo "python3-jsonschema missing"; exit 77; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$tools/ingest" --manifest "$src/seeds/manifest.jsonl" "$src"/seeds/*.txt > "$work/docs.jsonl"
"$py" "$src/tests/quality/validate.py" "$src/schema/document.schema.json" "$work/docs.jsonl"
for stage in extract-entities extract-quotes "timeline --annotate" "diff-positions --annotate"; do
  t=${stage%% *}
  [ -x "$tools/$t" ] || continue
  # shellcheck disable=SC2086
  "$tools/"$stage < "$work/docs.jsonl" > "$work/next.jsonl"
  mv "$work/next.jsonl" "$work/docs.jsonl"
  "$py" "$src/tests/quality/validate.py" "$src/schema/document.schema.json" "$work/docs.jsonl"
done
if [ -x "$tools/timeline" ]; then
  "$tools/timeline" < "$work/docs.jsonl" > "$work/events.jsonl"
  "$py" "$src/tests/quality/validate.py" "$src/schema/event.schema.json" "$work/events.jsonl"
fi
if [ -x "$tools/diff-positions" ]; then
  "$tools/diff-positions" --left actor=Russia,until=2010 --right actor=Russia,since=2020 < "$work/docs.jsonl" > "$work/diff.jsonl"
  "$py" "$src/tests/quality/validate.py" "$src/schema/position-diff.schema.json" "$work/diff.jsonl"
fi
