#!/usr/bin/env bash
# timeline --merge: the chronologies of shards merge into exactly the chronology of one run
# over everything; the output is deterministic; --from/--to filter; text and svg are
# produced (svg as well-formed XML).
set -euo pipefail
tools=$1 src=$2 py=$3
[ -x "$tools/timeline" ] || exit 77
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src/seeds"
files=$(sed -n 's/.*"path": *"\([^"]*\)".*/\1/p' manifest.jsonl)
# shellcheck disable=SC2086
"$tools/ingest" --manifest manifest.jsonl $files > "$work/seeds.jsonl"
cd "$src/tests/quality/meantime"
files=$(sed -n 's/.*"path": *"\([^"]*\)".*/\1/p' manifest.jsonl | head -40)
# shellcheck disable=SC2086
"$tools/ingest" --manifest manifest.jsonl $files > "$work/mt.jsonl"
cat "$work/seeds.jsonl" "$work/mt.jsonl" > "$work/all.jsonl"
"$tools/timeline" --annotate < "$work/all.jsonl" > "$work/annotated.jsonl"
"$tools/timeline" < "$work/all.jsonl" > "$work/one.jsonl"
"$tools/timeline" < "$work/annotated.jsonl" > "$work/one2.jsonl"
cmp "$work/one.jsonl" "$work/one2.jsonl" || { echo "FAIL: annotating first changes the chronology"; exit 1; }
"$tools/timeline" < "$work/all.jsonl" > "$work/again.jsonl"
cmp "$work/one.jsonl" "$work/again.jsonl" || { echo "FAIL: two runs differ"; exit 1; }
[ -s "$work/one.jsonl" ] || { echo "FAIL: no events"; exit 1; }
# Shards in another order: every third document, interleaved.
awk 'NR % 3 == 0' "$work/annotated.jsonl" > "$work/s1.jsonl"
awk 'NR % 3 == 1' "$work/annotated.jsonl" > "$work/s2.jsonl"
awk 'NR % 3 == 2' "$work/annotated.jsonl" > "$work/s3.jsonl"
for s in s1 s2 s3; do "$tools/timeline" < "$work/$s.jsonl" > "$work/$s.events"; done
"$tools/timeline" --merge "$work/s3.events" "$work/s1.events" "$work/s2.events" > "$work/merged.jsonl"
cmp "$work/one.jsonl" "$work/merged.jsonl" || { echo "FAIL: merged shards differ from one run"; diff "$work/one.jsonl" "$work/merged.jsonl" | head; exit 1; }
# Merging twice (a merge of merges) changes nothing.
"$tools/timeline" --merge "$work/merged.jsonl" > "$work/merged2.jsonl"
cmp "$work/one.jsonl" "$work/merged2.jsonl" || { echo "FAIL: merging a merged chronology changes it"; exit 1; }
# At least one event has sources from two documents (the Georgia war of August 2008).
"$py" - "$work/one.jsonl" <<'PY'
import json, sys
events = [json.loads(l) for l in open(sys.argv[1])]
assert all(e["schema"] == "dossier.event/1" for e in events)
multi = [e for e in events if len({s["doc"] for s in e["sources"]}) > 1]
assert multi, "no event merged across documents"
keys = [(e["date"], e["sources"][0]["path"]) for e in events]
print(f"{len(events)} events, {len(multi)} merged across documents")
PY
"$tools/timeline" --from 2009-01 --to 2009-12-31 < "$work/annotated.jsonl" > "$work/range.jsonl"
"$py" - "$work/range.jsonl" <<'PY'
import json, sys
events = [json.loads(l) for l in open(sys.argv[1])]
assert events, "no events in 2009"
for e in events:
    assert e["date"][:4] == "2009" or e["date"] in ("200X", "20"), e["date"]
PY
"$tools/timeline" --format text < "$work/annotated.jsonl" > "$work/events.txt"
grep -q '^2009-11-30 ' "$work/events.txt" || { echo "FAIL: text format lacks 2009-11-30"; exit 1; }
"$tools/timeline" --format svg < "$work/annotated.jsonl" > "$work/events.svg"
"$py" -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$work/events.svg"
echo "ok"
