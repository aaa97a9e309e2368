#!/usr/bin/env bash
# The topic and cue lexicons name meanings, not sentences: no alternative of three words or
# more in lib/data/positions/topics.tsv or cues.tsv occurs in a seed text (frames allow at
# most two words an alternative by construction).
set -euo pipefail
src=$2 py=$3
"$py" - "$src" <<'PY'
import glob, re, sys
src = sys.argv[1]
seeds = re.sub(r"\s+", " ", " ".join(open(f, encoding="utf-8").read().lower() for f in glob.glob(src + "/seeds/*.txt")))

def alternatives(expr):
    out, depth, cur = [], 0, ""
    for ch in expr:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]

def words(alt):
    s = re.sub(r"\(\?:[^()]*\)\?", "", alt)          # optional groups
    s = re.sub(r"\\s\+", " ", s)
    s = re.sub(r"\\w\*|\\b|\\W\{[^}]*\}|\\S\*", "", s)
    s = re.sub(r"\(\?:([^()|]*)(\|[^()]*)?\)", r"\1", s)  # a group: its first alternative
    return s.replace("?", "").strip()

bad = []
for name, col in (("cues.tsv", 1), ("topics.tsv", 2)):
    for line in open(f"{src}/lib/data/positions/{name}", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        if name == "topics.tsv" and f[1] == "frame":
            continue
        for alt in alternatives(f[col]):
            w = words(alt)
            if len(w.split()) >= 3 and w.lower() in seeds:
                bad.append(f"{name}: '{w}'")
for b in bad:
    print("seed phrase in the lexicon:", b)
sys.exit(1 if bad else 0)
PY
