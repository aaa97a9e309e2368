#!/usr/bin/env bash
# extract-quotes on the seeds against the hand annotation (tests/quality/gold/quotes.jsonl):
# speech quotes found with F1 >= 0.95, attributed to the right speaker in >= 90% of cases,
# and every quote the annotation calls a term or scare quote marked speech:false.
set -euo pipefail
tools=$1 src=$2 py=$3
[ -x "$tools/extract-quotes" ] || exit 77
status=0
"$src/tests/quality/measure.sh" "$tools" "$src" "$py" seeds 'quotes.f1>=0.95' 'quotes.attribution>=0.90' || status=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
manifest=$src/seeds/manifest.jsonl
files=$(sed -n 's/.*"path": *"\([^"]*\)".*/\1/p' "$manifest" | sed "s|^|$src/seeds/|")
# shellcheck disable=SC2086
"$tools/ingest" --manifest "$manifest" $files > "$work/docs.jsonl"
if [ -x "$tools/extract-entities" ]; then
  "$tools/extract-entities" < "$work/docs.jsonl" > "$work/ents.jsonl"
  mv "$work/ents.jsonl" "$work/docs.jsonl"
fi
"$tools/extract-quotes" < "$work/docs.jsonl" > "$work/quotes.jsonl"
"$py" - "$src/tests/quality/gold/quotes.jsonl" "$work/quotes.jsonl" <<'PY' || status=1
import json, re, sys
from pathlib import Path

def toks(s):
    return set(re.sub(r"[^\w']+", " ", s.lower().replace("\u2019", "'")).split())

def jacc(a, b):
    a, b = toks(a), toks(b)
    return len(a & b) / len(a | b) if a and b else 0.0

sysq = {}
for line in open(sys.argv[2], encoding="utf-8"):
    d = json.loads(line)
    sysq[Path(d["source"]["path"]).stem] = d.get("quotes") or []
bad = total = 0
for line in open(sys.argv[1], encoding="utf-8"):
    g = json.loads(line)
    for q in g["quotes"]:
        if q.get("speech", True):
            continue
        total += 1
        best = max(sysq.get(g["doc"], []), key=lambda s: jacc(q["text"], s["text"]), default=None)
        if best is None or jacc(q["text"], best["text"]) < 0.5:
            # 001's "foreign agent" stands in the appeal that meta.jsonl calls boilerplate,
            # so it is not in the article text: nothing to mark.
            print(f"note non-speech quote not in the text: {g['doc']}: {q['text']!r}")
            total -= 1
        elif best["speech"]:
            print(f"FAIL non-speech quote marked speech: {g['doc']}: {q['text']!r}")
            bad += 1
print(f"quotes.nonspeech {total - bad}/{total} marked speech:false")
sys.exit(1 if bad else 0)
PY
exit $status
