#!/usr/bin/env bash
# Text saved as UTF-16 or UTF-32 with a byte order mark (as Windows tools save it) is
# decoded, not rejected as binary: it gives the document its UTF-8 twin gives, except for
# source.sha256 and source.bytes, which describe the bytes read.
set -uo pipefail
tools=$1 py=$3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }
printf 'Talks in Kyiv\n\nThe ministers met in Kyiv on Tuesday, and Mr. Müller said “we agree” on the plan.\n' > "$work/utf8.txt"
"$tools/ingest" "$work/utf8.txt" | "$py" -c 'import json,sys; d=json.loads(sys.stdin.read()); print(d["id"], d["text"])' > "$work/want"
for enc in utf-16 utf-16-le utf-16-be utf-32 utf-32-le utf-32-be; do
  "$py" - "$work/utf8.txt" "$work/$enc.txt" "$enc" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
enc = sys.argv[3]
bom = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff", "utf-32-le": "\ufeff", "utf-32-be": "\ufeff"}.get(enc, "")
open(sys.argv[2], "wb").write((bom + text).encode(enc))
PY
  "$tools/ingest" "$work/$enc.txt" > "$work/o" 2> "$work/e"; rc=$?
  "$py" -c 'import json,sys; d=json.loads(sys.stdin.read()); print(d["id"], d["text"])' < "$work/o" > "$work/got" 2>/dev/null
  check "$enc with a byte order mark is decoded to the same document" '[ $rc -eq 0 ] && [ ! -s "$work/e" ] && cmp -s "$work/want" "$work/got"'
done
"$py" -c 'import sys; sys.stdout.buffer.write(b"\xff\xfe" + "Title\n\nA lone ".encode("utf-16-le") + b"\x00\xd8" + " surrogate is replaced in this sentence.\n".encode("utf-16-le"))' > "$work/bad16.txt"
"$tools/ingest" "$work/bad16.txt" > "$work/o" 2> "$work/e"; rc=$?
replacement=$'\xef\xbf\xbd'
check "an invalid UTF-16 unit becomes U+FFFD" '[ $rc -eq 0 ] && grep -q "A lone $replacement surrogate" "$work/o"'
check "an invalid UTF-16 unit is reported, not replaced in silence" \
  'grep -qx "ingest: $work/bad16.txt:3: warning: 1 invalid UTF-16 code unit replaced with U+FFFD (first at byte 30)" "$work/e" && grep -q "\"code\":\"invalid-utf16\"" "$work/o"'
printf 'a\0b' > "$work/binary.bin"
"$tools/ingest" "$work/binary.bin" > /dev/null 2> "$work/e"; rc=$?
check "NUL bytes without a byte order mark are still binary" '[ $rc -eq 1 ] && grep -q "binary file" "$work/e"'
exit $fail
