#!/usr/bin/env bash
# Every tool follows the command-line conventions of dossier(7): --help and --version
# exit 0, a usage error exits 2, a malformed record is reported as "tool: file:line:
# message" and skipped (exit 1) while the others go through, an empty input gives empty
# output, a closed pipe ends quietly, and a full disk exits 3.
set -uo pipefail
tools=$1 src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }

"$tools/ingest" --manifest "$src/seeds/manifest.jsonl" "$src"/seeds/*.txt > "$work/docs.jsonl"
# a big input for the pipe test: the seeds many times over
for _ in $(seq 200); do cat "$work/docs.jsonl"; done > "$work/big.jsonl"

for path in "$tools"/*; do
  t=$(basename "$path")
  [ -x "$path" ] && [ -f "$path" ] || continue
  case $t in ingest|extract-entities|extract-quotes|timeline|diff-positions|check) ;; *) continue ;; esac
  check "$t --help exits 0 and describes the tool" '"$path" --help > "$work/h" && grep -q -i "usage" "$work/h"'
  check "$t --version names the tool" '"$path" --version | grep -q "^$t (dossier) [0-9]"'
  check "$t with an unknown option exits 2" '"$path" --no-such-option </dev/null >/dev/null 2>"$work/e"; [ $? -eq 2 ] && grep -q "^$t: " "$work/e"'
  [ "$t" = ingest ] && continue
  if [ "$t" = check ]; then
    # check reports unreadable records as findings on stdout and always summarizes on stderr.
    { head -1 "$work/docs.jsonl"; echo '{"not json'; sed -n 2p "$work/docs.jsonl"; } > "$work/bad.jsonl"
    check "check: empty input gives no findings and exit 0" '"$path" < /dev/null > "$work/o" 2>/dev/null && [ ! -s "$work/o" ]'
    check "check reports a malformed line as a finding with its line and goes on (exit 1)" \
      '"$path" "$work/bad.jsonl" > "$work/o" 2> /dev/null; [ $? -eq 1 ] && grep -q "\"kind\":\"unreadable\",\"line\":2" "$work/o"'
    { cat "$work/docs.jsonl"; head -c 100 "$work/docs.jsonl"; } > "$work/trunc.jsonl"
    check "check reports a truncated last record" '"$path" --fail-on never "$work/trunc.jsonl" 2>/dev/null | grep -q truncated'
    # Findings are a fraction of the input: enough of them to overflow a 1 MiB pipe (the
    # tools widen a pipe to 1 MiB) twice over, whatever the length of the paths they name
    # (four copies of the input made 1.03 MB of findings in a short clone path, which fit).
    for _ in 1 2 3 4 5 6 7 8; do cat "$work/big.jsonl"; done > "$work/bigger.jsonl"
    check "check ends quietly when its output pipe closes" \
      '"$path" --fail-on never "$work/bigger.jsonl" 2> "$work/e" | head -c 10 > /dev/null; [ ${PIPESTATUS[0]} -eq 0 ] && [ ! -s "$work/e" ]'
    if [ -w /dev/full ]; then
      check "check exits 3 when output cannot be written" '"$path" "$work/bad.jsonl" > /dev/full 2>/dev/null; [ $? -eq 3 ]'
    fi
    continue
  fi
  check "$t: empty input gives empty output and exit 0" '"$path" < /dev/null > "$work/o" 2>"$work/e" && [ ! -s "$work/o" ] && [ ! -s "$work/e" ]'
  { head -1 "$work/docs.jsonl"; echo '{"not json'; sed -n 2p "$work/docs.jsonl"; } > "$work/bad.jsonl"
  args=""; [ "$t" = diff-positions ] && args="--annotate"; [ "$t" = timeline ] && args="--annotate"
  check "$t reports a malformed line with file:line and goes on (exit 1)" \
    '"$path" $args "$work/bad.jsonl" > "$work/o" 2> "$work/e"; rc=$?; [ $rc -eq 1 ] && grep -q "^$t: $work/bad.jsonl:2: " "$work/e" && [ "$(wc -l < "$work/o")" -eq 2 ]'
  check "$t stops at the first bad record under --strict" \
    '"$path" $args --strict "$work/bad.jsonl" > "$work/o" 2> /dev/null; [ $? -eq 1 ] && [ "$(wc -l < "$work/o")" -eq 1 ]'
  { cat "$work/docs.jsonl"; head -c 100 "$work/docs.jsonl"; } > "$work/trunc.jsonl"
  check "$t reports a truncated last record" \
    '"$path" $args "$work/trunc.jsonl" > /dev/null 2> "$work/e"; [ $? -eq 1 ] && grep -q "truncated" "$work/e"'
  check "$t reads a missing file with an error naming it (exit 1)" \
    '"$path" $args "$work/missing.jsonl" > /dev/null 2> "$work/e"; [ $? -eq 1 ] && grep -q "missing.jsonl" "$work/e"'
  check "$t ends quietly when its output pipe closes" \
    '"$path" $args "$work/big.jsonl" 2> "$work/e" | head -c 10 > /dev/null; rc=${PIPESTATUS[0]}; [ $rc -eq 0 ] && [ ! -s "$work/e" ]'
  if [ -w /dev/full ]; then
    check "$t exits 3 when output cannot be written" '"$path" $args "$work/docs.jsonl" > /dev/full 2>/dev/null; [ $? -eq 3 ]'
  fi
done

# ingest's own input handling
printf 'Title Line\n\nA first paragraph of text that says something.\n' > "$work/good.txt"
printf 'a\0b' > "$work/binary.bin"
: > "$work/empty.txt"
printf 'Title\n\nBad \xff byte in a sentence that is long enough to be content here.\n' > "$work/bad-utf8.txt"
check "ingest skips a binary file, names it, goes on, exits 1" \
  '"$tools/ingest" "$work/binary.bin" "$work/good.txt" > "$work/o" 2> "$work/e"; [ $? -eq 1 ] && grep -q "binary.bin: binary file" "$work/e" && [ "$(wc -l < "$work/o")" -eq 1 ]'
check "ingest reports an unreadable path and goes on" \
  '"$tools/ingest" "$work/nope.txt" "$work/good.txt" > "$work/o" 2> "$work/e"; [ $? -eq 1 ] && grep -q "^ingest: $work/nope.txt: " "$work/e" && [ "$(wc -l < "$work/o")" -eq 1 ]'
check "ingest reports an empty file" \
  '"$tools/ingest" "$work/empty.txt" > "$work/o" 2> "$work/e"; [ $? -eq 0 ] && grep -q "empty file" "$work/e"'
check "ingest repairs invalid UTF-8 with a warning that says where" \
  '"$tools/ingest" "$work/bad-utf8.txt" > "$work/o" 2> "$work/e"; [ $? -eq 0 ] && grep -q "bad-utf8.txt:3: warning: 1 invalid UTF-8 byte" "$work/e"'
check "ingest reads one document from standard input" \
  '"$tools/ingest" < "$work/good.txt" > "$work/o" && grep -q "\"path\":\"-\"" "$work/o"'
mkdir -p "$work/dir/b" "$work/dir/a"; cp "$work/good.txt" "$work/dir/b/2.txt"; cp "$work/good.txt" "$work/dir/a/1.txt"
check "ingest walks a directory in sorted order" \
  '"$tools/ingest" "$work/dir" > "$work/o" && [ "$(grep -o "\"path\":\"[^\"]*\"" "$work/o" | tr "\n" " ")" = "\"path\":\"$work/dir/a/1.txt\" \"path\":\"$work/dir/b/2.txt\" " ]'
check "ingest reads paths from --files-from -" \
  'printf "%s\n" "$work/good.txt" "$work/good.txt" | "$tools/ingest" --files-from - > "$work/o" && [ "$(wc -l < "$work/o")" -eq 2 ]'
check "ingest rejects a malformed --dct as a usage error" \
  '"$tools/ingest" --dct yesterday "$work/good.txt" > /dev/null 2>&1; [ $? -eq 2 ]'
check "ingest rejects a manifest with a bad date, naming file and line" \
  'printf "{\"path\": \"good.txt\", \"dct\": \"2010-13-45\"}\n" > "$work/m.jsonl"; "$tools/ingest" --manifest "$work/m.jsonl" "$work/good.txt" > /dev/null 2> "$work/e"; [ $? -eq 1 ] && grep -q "m.jsonl:1: " "$work/e"'
exit $fail
