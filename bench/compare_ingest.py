#!/usr/bin/env python3
"""Check that two ingest binaries write byte-identical output (stdout, stderr, exit status).

usage: compare_ingest.py OLD_INGEST NEW_INGEST [--corpus DIR]... [--work DIR]

A speed change to ingest must not change a byte of what it writes. Both binaries run on:
the seeds with their manifest and with --plain; each --corpus DIR (a folder with docs/ and,
when present, manifest.jsonl: the bench corpus of make_corpus.py, a set of labelled web
pages), with its manifest, without it, and with --plain; a generated folder of edge cases;
and JSON Lines records made from those edge cases and the seeds, with --jsonl, --jsonl
--plain and -j 2. The edge cases are made here, deterministically: the seed texts with CRLF,
CR-only line ends, a byte-order mark, in UTF-16 (both orders), with a NUL byte, with
invalid UTF-8 bytes, as one line, with tabs and no-break spaces; an empty file, a file of
white space, a line of 2 MB, a long line without spaces; words and lines of every length
around the steps of the vectorised scans (1 to 257 bytes) with the punctuation and signs
outside ASCII that the line features and rules look for; and lines of the seeds shuffled
with cut lines and stray marks. Prints each run that differs and exits 1 if any does.
"""
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKS = ["|", "/", "\\", ">", "@", "#", "?", "!", "\"", "(", ",", ":", "\u2022", "\u00bb", "\u00a9", "\u201c",
         "\u201d", "\u2014", "\u2013", "\u00b7", "\u203a", "\u00e9", "\u017f", "\u212a", "\u2026", "\u2019", "'", ")",
         ".", "-", "*", "+", "\u0301", "\u00a0", "\u3000", "(c)", "(l)", " | "]
ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def make_edge_cases(out: Path, texts):
    rng = random.Random(39)
    out.mkdir(parents=True, exist_ok=True)

    def write(name, data):
        (out / name).write_bytes(data)

    for i, t in enumerate(texts):
        write(f"crlf_{i:03}.txt", t.replace(b"\n", b"\r\n"))
        write(f"cr_{i:03}.txt", t.replace(b"\n", b"\r"))
        write(f"bom_{i:03}.txt", b"\xef\xbb\xbf" + t)
        write(f"u16le_{i:03}.txt", b"\xff\xfe" + t.decode("utf-8", "replace").encode("utf-16-le"))
        write(f"u16be_{i:03}.txt", b"\xfe\xff" + t.decode("utf-8", "replace").encode("utf-16-be"))
        write(f"nul_{i:03}.txt", t[:200] + b"\x00" + t[200:])
        damaged = bytearray(t)
        for _ in range(20):
            damaged[rng.randrange(len(damaged))] = rng.choice([0x80, 0xC3, 0xE2, 0xFF, 0xF0, 0xC0, 0xED])
        write(f"invalid_{i:03}.txt", bytes(damaged))
        write(f"oneline_{i:03}.txt", t.replace(b"\n", b" "))
        write(f"tabs_{i:03}.txt", t.replace(b" ", b"\t", 50).replace(b"\n\n", b"\n \n"))
        write(f"nbsp_{i:03}.txt", t.replace(b" ", "\u00a0".encode(), 80).replace(b". ", ".\u2028".encode(), 5))
    write("empty.txt", b"")
    write("white.txt", b"   \n\n \t \n")
    write("long_line.txt", b"word " * 400000 + b"\n")
    write("long_word.txt", b"x" * 300000 + b"\nA headline here\n\n" + b"y" * 70000)
    for size in [1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 47, 48, 49, 63, 64, 65, 95, 96, 97, 111, 112, 113,
                 127, 128, 129, 255, 256, 257]:
        lines = []
        for k in range(40):
            length = size if k % 2 == 0 else rng.randint(1, size + 2)
            words = []
            for _ in range(rng.randint(1, 12)):
                w = "".join(rng.choice(ALPHABET) for _ in range(length))
                if rng.random() < 0.3:
                    w = rng.choice(MARKS) + w
                if rng.random() < 0.3:
                    w += rng.choice(MARKS)
                words.append(w)
            line = " ".join(words)
            lines += [line, line[:size]]
        write(f"steps_{size:03}.txt", "\n".join(lines).encode())
    pool = [line for t in texts for line in t.split(b"\n")]
    for i in range(120):
        lines = [rng.choice(pool) for _ in range(rng.randint(3, 120))]
        lines = [l if rng.random() > 0.1 else l[:rng.randint(0, len(l))] for l in lines]
        lines = [l if rng.random() > 0.05 else rng.choice(MARKS).encode() + l for l in lines]
        write(f"shuffled_{i:03}.txt", rng.choice([b"\n", b"\n\n", b"\r\n", b"\n \n"]).join(lines))


def make_records(path: Path, files):
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as f:
        for i, p in enumerate(files):
            text = p.read_bytes().decode("utf-8", "replace")
            r = {"id": f"r{i}", "text": text, "extra": [1, {"a": "b"}], "n": i}
            if i % 3 == 0:
                r["title"] = text.split("\n")[0][:80]
            if i % 4 == 0:
                r["date"] = f"20{10 + i % 15}-0{1 + i % 9}-1{i % 10}"
            if i % 5 == 0:
                r["date"] = f"2021-03-0{1 + i % 9}T10:20:00Z"
            if rng.random() < 0.5:
                r["url"] = f"https://example.org/{i}"
            f.write(json.dumps(r, ensure_ascii=(i % 2 == 0)) + "\n")


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    old, new = args[0], args[1]
    corpora = [Path(args[i + 1]) for i, a in enumerate(args) if a == "--corpus"]
    work = Path(args[args.index("--work") + 1]) if "--work" in args else Path(tempfile.mkdtemp(prefix="compare-ingest-"))
    seeds = ROOT / "seeds"
    seed_files = sorted(seeds.glob("*.txt"))
    edge = work / "edge"
    make_edge_cases(edge, [p.read_bytes() for p in seed_files])
    records = work / "records.jsonl"
    make_records(records, seed_files + sorted(edge.glob("shuffled_*.txt"))[:60] + sorted(edge.glob("steps_*.txt")))
    runs = [
        ("seeds", ["--manifest", str(seeds / "manifest.jsonl")] + [str(p) for p in seed_files]),
        ("seeds --plain", ["--plain"] + [str(p) for p in seed_files]),
        ("edge", [str(edge)]),
        ("edge --plain", ["--plain", str(edge)]),
        ("records --jsonl", ["--jsonl", "--id-field", "id", str(records)]),
        ("records --jsonl --plain", ["--jsonl", "--plain", str(records)]),
        ("records --jsonl -j 2", ["-j", "2", "--jsonl", "--id-field", "id", str(records)]),
    ]
    for name in ["nul_000.txt", "empty.txt", "u16le_001.txt", "long_line.txt"]:
        runs.append((f"one file {name}", [str(edge / name)]))
    for corpus in corpora:
        docs = corpus / "docs" if (corpus / "docs").is_dir() else corpus
        if (corpus / "manifest.jsonl").is_file():
            runs.append((f"{corpus} with its manifest", ["--manifest", str(corpus / "manifest.jsonl"), str(docs)]))
        runs.append((f"{corpus}", [str(docs)]))
        runs.append((f"{corpus} --plain", ["--plain", str(docs)]))
    differ = 0
    for name, run_args in runs:
        outs = [subprocess.run([exe] + run_args, capture_output=True) for exe in (old, new)]
        same = all(getattr(outs[0], k) == getattr(outs[1], k) for k in ("stdout", "stderr", "returncode"))
        print(f"{'same' if same else 'DIFFERS':8} {name} ({len(outs[0].stdout)} bytes, exit {outs[0].returncode})")
        differ += not same
    print(f"{len(runs) - differ} of {len(runs)} runs byte-identical")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
