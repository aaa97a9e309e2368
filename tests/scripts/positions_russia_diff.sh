#!/usr/bin/env bash
# On the seeds, Russia until 2010 against Russia since 2020: nato-withdrawal and
# offensive-weapons-near-borders are added, legally-binding and nato-enlargement the same,
# cfe-treaty removed, because the extraction finds them (the whole pipeline runs).
set -euo pipefail
tools=$1 src=$2 py=$3
[ -x "$tools/diff-positions" ] || exit 77
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
manifest=$src/seeds/manifest.jsonl
"$src/tests/quality/pipeline.sh" "$tools" "$manifest" "$work/docs.jsonl"
"$tools/diff-positions" --left actor=Russia,until=2010 --right actor=Russia,since=2020 "$work/docs.jsonl" > "$work/diff.jsonl"
"$py" - "$work/diff.jsonl" <<'PY'
import json, sys
got = {}
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    assert r["schema"] == "dossier.position-diff/1" and r["actor"] == "Russia", r
    got[r["topic"]] = r["change"]
want = {"nato-withdrawal": "added", "offensive-weapons-near-borders": "added",
        "legally-binding": "same", "nato-enlargement": "same", "cfe-treaty": "removed"}
bad = {t: (c, got.get(t, "absent")) for t, c in want.items() if got.get(t) != c}
for t, (w, g) in sorted(bad.items()):
    print(f"FAIL {t}: expected {w}, got {g}")
for t, c in sorted(got.items()):
    print(f"     {t}: {c}")
sys.exit(1 if bad else 0)
PY
