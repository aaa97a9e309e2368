#!/usr/bin/env bash
# ingest DIR loses nothing in silence: every path under DIR it does not read is reported as
# "ingest: path: reason" and makes the exit status 1 (--strict stops there), linked
# directories are read once, and a loop back is a warning. Root reads every directory, so
# the unreadable-directory cases run only for other users (the unit tests cover them).
set -uo pipefail
tools=$1
work=$(mktemp -d); trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }
text='Officials met on Tuesday to discuss the new budget for the city schools.'

mkdir -p "$work/c/real" "$work/c/sub"
echo "$text" > "$work/c/a.txt"
echo "$text Second." > "$work/c/real/b.txt"
ln -s "$work/c/nowhere.txt" "$work/c/sub/dangling.txt"
mkfifo "$work/c/sub/pipe"
ln -s ../real "$work/c/sub/linked"
ln -s .. "$work/c/real/up"

"$tools/ingest" "$work/c" > "$work/o" 2> "$work/e"; rc=$?
check "ingest exits 1 when a path under the folder is not read" '[ $rc -eq 1 ]'
check "a dangling link is reported with its path" 'grep -qx "ingest: $work/c/sub/dangling.txt: dangling symbolic link" "$work/e"'
check "a named pipe is reported, not waited on" 'grep -qx "ingest: $work/c/sub/pipe: a named pipe, not read" "$work/e"'
check "the readable files still go through, a linked folder once" '[ "$(wc -l < "$work/o")" -eq 2 ]'
check "a link back to an ancestor is a warning" 'grep -q "^ingest: $work/c/real/up: warning: directory already read as $work/c, not read again$" "$work/e"'
"$tools/ingest" --strict "$work/c" > "$work/o" 2> "$work/e"; rc=$?
check "--strict stops at the first path not read" \
  '[ $rc -eq 1 ] && [ ! -s "$work/o" ] && [ "$(grep -vc warning "$work/e")" -eq 1 ] && ! grep -q pipe "$work/e"'

mkdir -p "$work/clean"; echo "$text" > "$work/clean/a.txt"; ln -s a.txt "$work/clean/b.txt"
check "a folder read whole exits 0 with nothing on stderr" \
  '"$tools/ingest" "$work/clean" > "$work/o" 2> "$work/e" && [ ! -s "$work/e" ] && [ "$(wc -l < "$work/o")" -eq 2 ]'

if [ "$(id -u)" -ne 0 ]; then
  mkdir -p "$work/d/locked"; echo "$text" > "$work/d/a.txt"; echo "$text" > "$work/d/locked/b.txt"
  chmod 000 "$work/d/locked"
  "$tools/ingest" "$work/d" > "$work/o" 2> "$work/e"; rc=$?
  check "an unreadable subfolder is reported (exit 1)" '[ $rc -eq 1 ] && grep -qx "ingest: $work/d/locked: Permission denied" "$work/e" && [ "$(wc -l < "$work/o")" -eq 1 ]'
  chmod 000 "$work/d"
  "$tools/ingest" "$work/d" > "$work/o" 2> "$work/e"; rc=$?
  check "an unreadable folder given as the argument is reported (exit 1)" '[ $rc -eq 1 ] && grep -qx "ingest: $work/d: Permission denied" "$work/e"'
  chmod 755 "$work/d" "$work/d/locked"
else
  echo "skip: unreadable folders (running as root); tests/unit/input_walk_test.cc covers them"
fi
exit $fail
