#!/usr/bin/env bash
# Records that lie are not believed: every tool rejects (file:line, exit 1) a record whose
# spans leave its text or run backwards, or whose dct is not an object of the schema; a
# record without an id gets the id ingest would give it, with a warning. Option values
# are checked too: timeline --from/--to take real dates (exit 2), and --merge rejects
# events dated with something that is not a date.
set -uo pipefail
tools=$1 src=$2 py=$3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }
"$tools/ingest" --manifest "$src/seeds/manifest.jsonl" "$src/seeds/000_b80fa5454fbef354.txt" > "$work/doc.jsonl"
edit() {  # edit NAME PYTHON-STATEMENT: a copy of the document with D changed
  "$py" -c "import json,sys
d=json.loads(open(sys.argv[1]).read())
$2
print(json.dumps(d))" "$work/doc.jsonl" > "$work/$1.jsonl"
}
edit past_end 'd["sentences"][-1][1] = len(d["text"]) + 50'
edit reversed 'd["paragraphs"][0] = [5, 2]'
edit unordered 'd["sentences"][0], d["sentences"][1] = d["sentences"][1], d["sentences"][0]'
edit dct_number 'd["dct"] = 17'
edit dct_string 'd["dct"] = "2010-01-01"'
edit dct_bad_date 'd["dct"] = {"value": "2010-13-45", "source": "manifest"}'
edit dct_bad_source 'd["dct"] = {"value": "2010-01-01", "source": "guess"}'
edit timex_past_end 'd["timexes"] = [{"id": "t1", "text": "x", "span": [0, len(d["text"]) + 1], "type": "DATE", "value": "2010-01-01"}]'
for tool in extract-entities extract-quotes timeline diff-positions; do
  args=""; [ $tool = diff-positions ] && args="--annotate"
  for c in past_end reversed unordered dct_number dct_string dct_bad_date dct_bad_source timex_past_end; do
    "$tools/$tool" $args "$work/$c.jsonl" > "$work/o" 2> "$work/e"; rc=$?
    check "$tool rejects a record with $c, naming file and line" \
      '[ $rc -eq 1 ] && [ ! -s "$work/o" ] && grep -q "^$tool: $work/$c.jsonl:1: " "$work/e"'
  done
done
"$tools/timeline" "$work/past_end.jsonl" > /dev/null 2> "$work/e"
check "the message says which span and why" 'grep -q "sentence [0-9]* span \[[0-9]*, [0-9]*\] ends past the text" "$work/e"'

edit no_id 'del d["id"]'
"$tools/extract-entities" "$work/no_id.jsonl" > "$work/o" 2> "$work/e"; rc=$?
want=$(grep -o '"id":"[0-9a-f]\{16\}"' "$work/doc.jsonl" | tail -1)
check "a record without an id gets the id ingest derives, with a warning" \
  '[ $rc -eq 0 ] && grep -q "$want" "$work/o" && grep -q "^extract-entities: $work/no_id.jsonl:1: warning: record has no id" "$work/e"'
check "a valid record passes every tool unchanged in status" \
  '"$tools/extract-entities" "$work/doc.jsonl" | "$tools/extract-quotes" | "$tools/timeline" --annotate | "$tools/diff-positions" --annotate > /dev/null 2> "$work/e" && [ ! -s "$work/e" ]'

for bad in notadate 2009-13-45 2009-02-30 2009-13 20091 ""; do
  "$tools/timeline" --from "$bad" "$work/doc.jsonl" > /dev/null 2> "$work/e"; rc=$?
  check "timeline --from '$bad' is a usage error" '[ $rc -eq 2 ] && grep -q "^timeline: " "$work/e"'
  "$tools/timeline" --to "$bad" "$work/doc.jsonl" > /dev/null 2> "$work/e"; rc=$?
  check "timeline --to '$bad' is a usage error" '[ $rc -eq 2 ]'
done
for good in 2009 2009-02 2008-02-29; do
  check "timeline --from $good is taken" '"$tools/timeline" --from $good --to 2010 "$work/doc.jsonl" > /dev/null'
done

"$tools/timeline" "$work/doc.jsonl" > "$work/events.jsonl"
"$py" -c 'import json,sys
lines=[json.loads(l) for l in open(sys.argv[1])]
lines[0]["date"]="not-a-date"
print("\n".join(json.dumps(l) for l in lines))' "$work/events.jsonl" > "$work/bad-events.jsonl"
"$tools/timeline" --merge "$work/bad-events.jsonl" > "$work/o" 2> "$work/e"; rc=$?
check "timeline --merge rejects an event dated not-a-date, naming file and line" \
  '[ $rc -eq 1 ] && grep -q "^timeline: $work/bad-events.jsonl:1: event date is not a calendar date" "$work/e"'
check "timeline --merge keeps the other events" '[ "$(wc -l < "$work/o")" -eq $(( $(wc -l < "$work/events.jsonl") - 1 )) ] || [ "$(wc -l < "$work/events.jsonl")" -eq 1 ]'
exit $fail
