#!/usr/bin/env bash
# check finds every kind of damage in a corpus seeded with it, fails the run on errors,
# and finds nothing in the clean seeds.
set -uo pipefail
tools=$1 src=$2 py=$3
[ -x "$tools/check" ] || exit 77
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$tools/ingest" --manifest "$src/seeds/manifest.jsonl" "$src"/seeds/*.txt > "$work/clean.jsonl" || exit 1
sed -e 's/yet another attempt/another attempt/' -e 's/Thursday/Wednesday/' "$src/seeds/000_b80fa5454fbef354.txt" > "$work/near.txt"
"$tools/ingest" --dct 2010-02-04 "$work/near.txt" > "$work/near.jsonl" || exit 1
kinds=$("$py" "$src/tests/check/make_damaged.py" "$work/clean.jsonl" "$work/near.jsonl" "$work/damaged.jsonl") || exit 1
fail=0
"$tools/check" "$work/clean.jsonl" > "$work/clean.out" 2> "$work/clean.err"
rc=$?
if [ $rc -ne 0 ] || [ -s "$work/clean.out" ]; then echo "FAIL: clean seeds gave findings (exit $rc):"; cat "$work/clean.out"; fail=1; else echo "ok: clean seeds, no findings"; fi
"$tools/check" "$work/damaged.jsonl" > "$work/out.jsonl" 2> "$work/err"
rc=$?
[ $rc -eq 1 ] && echo "ok: exit 1 on errors" || { echo "FAIL: exit $rc, expected 1"; fail=1; }
for k in $kinds; do
  if grep -q "\"kind\":\"$k\"" "$work/out.jsonl"; then echo "ok: finds $k"; else echo "FAIL: no $k finding"; fail=1; fi
done
grep -q "check: " "$work/err" && echo "ok: summary on stderr" || { echo "FAIL: no summary"; fail=1; }
"$tools/check" --fail-on never "$work/damaged.jsonl" > /dev/null 2>&1 && echo "ok: --fail-on never exits 0" || { echo "FAIL: --fail-on never"; fail=1; }
"$tools/check" --near-duplicate 0 "$work/damaged.jsonl" 2>/dev/null | grep -q near-duplicate && { echo "FAIL: --near-duplicate 0 still reports"; fail=1; }
"$tools/check" --raw "$src"/seeds/*.txt "$work/near.txt" > "$work/raw.jsonl" 2>/dev/null
grep -q '"kind":"near-duplicate"' "$work/raw.jsonl" && echo "ok: --raw checks text files" || { echo "FAIL: --raw"; fail=1; }
exit $fail
