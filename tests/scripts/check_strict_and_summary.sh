#!/usr/bin/env bash
# check is a CI gate: --strict exits 1 at the first record it cannot read, as every other
# tool does, and the summary is printed however the run ends; --raw reports the paths of a
# folder it cannot read as unreadable findings. The order of the corpus-wide findings is
# the reporting record's order, duplicate ids first.
set -uo pipefail
tools=$1 src=$2
[ -x "$tools/check" ] || exit 77
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }

printf 'garbage\n' | "$tools/check" --strict > "$work/o" 2> "$work/e"; rc=$?
check "check --strict exits 1 on an unreadable record" '[ $rc -eq 1 ]'
check "check --strict reports the record as a finding" 'grep -q "\"kind\":\"unreadable\"" "$work/o"'
check "check --strict still prints its summary" 'grep -q "^check: 0 documents" "$work/e" && grep -q "unreadable" "$work/e"'
printf 'garbage\n' | "$tools/check" --strict --fail-on never > /dev/null 2>&1; rc=$?
check "check --strict exits 1 on an unreadable record whatever --fail-on says" '[ $rc -eq 1 ]'

"$tools/ingest" --manifest "$src/seeds/manifest.jsonl" "$src"/seeds/*.txt > "$work/docs.jsonl"
{ head -2 "$work/docs.jsonl"; echo 'garbage'; cat "$work/docs.jsonl"; } > "$work/mixed.jsonl"
"$tools/check" --strict "$work/mixed.jsonl" > "$work/o" 2> "$work/e"; rc=$?
check "check --strict stops at the bad line, after the records before it" \
  '[ $rc -eq 1 ] && grep -q "^check: 2 documents" "$work/e" && [ "$(grep -c unreadable "$work/o")" -eq 1 ]'
"$tools/check" "$work/mixed.jsonl" > "$work/o" 2> "$work/e"; rc=$?
check "check without --strict goes on and summarizes the whole corpus" \
  '[ $rc -eq 1 ] && grep -q "^check: 7 documents" "$work/e" && grep -q "duplicate-id" "$work/o"'
check "corpus-wide findings follow the records that report them" \
  '[ "$(grep -o "\"line\":[0-9]*" "$work/o" | grep -v "\"line\":3$" | cut -d: -f2 | tr "\n" " ")" = "4 5 " ]'

mkdir -p "$work/dir"; cp "$src"/seeds/000_*.txt "$work/dir/"; ln -s "$work/dir/nowhere" "$work/dir/gone.txt"
"$tools/check" --raw "$work/dir" > "$work/o" 2> "$work/e"; rc=$?
check "check --raw reports a dangling link in a folder as unreadable (exit 1)" \
  '[ $rc -eq 1 ] && grep -q "\"kind\":\"unreadable\",\"line\":0,\"path\":\"$work/dir/gone.txt\"" "$work/o"'
printf 'a\0b' > "$work/dir/binary.txt"
"$tools/check" --raw --strict "$work/dir" > "$work/o" 2> "$work/e"; rc=$?
check "check --raw --strict stops at the first file it cannot read, with its summary" \
  '[ $rc -eq 1 ] && [ "$(grep -c unreadable "$work/o")" -eq 1 ] && grep -q "^check: 0 documents" "$work/e"'
exit $fail
