#!/usr/bin/env bash
# --progress shows a sign of life on standard error (documents, MB, MB/s, time elapsed),
# one line redrawn in place; it is on by default only when standard error is a terminal,
# so that pipelines writing to files see nothing, and it never changes standard output.
set -uo pipefail
tools=$1 src=$2 py=$3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }
"$tools/ingest" --manifest "$src/seeds/manifest.jsonl" "$src"/seeds/*.txt > "$work/docs.jsonl"
for t in ingest extract-entities extract-quotes timeline diff-positions check; do
  in="$work/docs.jsonl"; args=""
  [ $t = ingest ] && in="$src/seeds/000_b80fa5454fbef354.txt"
  [ $t = diff-positions ] && args="--annotate"
  [ $t = check ] && args="--fail-on never"
  "$tools/$t" $args "$in" > "$work/plain.out" 2> "$work/plain.err"
  "$tools/$t" $args --progress "$in" > "$work/progress.out" 2> "$work/progress.err"
  check "$t --progress reports documents, MB/s and time elapsed on one line" \
    'grep -q "^.*$t: [0-9]* documents\?, [0-9.]* MB, [0-9.]* MB/s, [0-9]*:[0-9][0-9] elapsed" "$work/progress.err" && [ "$(grep -c "elapsed" "$work/progress.err")" -eq 1 ]'
  check "$t --progress leaves standard output as it was" 'cmp -s "$work/plain.out" "$work/progress.out"'
  check "$t shows no progress when standard error is a file" '! grep -q "elapsed" "$work/plain.err"'
done
# On a terminal it is on unless --no-progress says otherwise.
"$py" - "$tools/extract-entities" "$work/docs.jsonl" "$work/tty.err" "$work/tty.out" <<'PY'
import os, pty, subprocess, sys
tool, inp, err_path, out_path = sys.argv[1:5]
for extra, name in (([], err_path), (["--no-progress"], err_path + ".off")):
    master, slave = pty.openpty()
    with open(out_path, "wb") as out:
        p = subprocess.Popen([tool, *extra, inp], stdout=out, stderr=slave)
        os.close(slave)
        data = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
        p.wait()
    os.close(master)
    open(name, "wb").write(data)
PY
check "progress is on when standard error is a terminal" 'grep -q "elapsed" "$work/tty.err"'
check "--no-progress turns it off on a terminal" '! grep -q "elapsed" "$work/tty.err.off"'
exit $fail
