#!/usr/bin/env python3
"""Peak memory of `check` on many near-copies of five articles: the corpus that gives the
most near-duplicate findings for its size. The bar is 256 MiB at 45,000 copies: memory
must follow the corpus (one signature per document), not the findings (millions here).

usage: check_memory.py TOOLS_DIR [--copies N] [--seeds DIR]

The copies are the five seed articles with one word changed in each (so that every copy
has an id of its own), written as text files, ingested, then checked with --fail-on
never. Peak RSS comes from GNU time (/usr/bin/time).
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BAR_MIB = 256


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tools", type=Path)
    ap.add_argument("--copies", type=int, default=45000)
    ap.add_argument("--seeds", type=Path, default=Path(__file__).resolve().parent.parent / "seeds")
    a = ap.parse_args()
    gnu_time = shutil.which("time", path="/usr/bin")
    if not gnu_time:
        sys.exit("check_memory.py: needs GNU time (Debian package time)")
    articles = [p.read_text() for p in sorted(a.seeds.glob("*.txt"))][:5]
    rng = random.Random(5)
    tmp = Path(tempfile.mkdtemp(prefix="dossier-check-mem-"))
    try:
        texts = tmp / "texts"
        texts.mkdir()
        for i in range(a.copies):
            words = articles[i % len(articles)].split(" ")
            k = rng.randrange(len(words))
            words[k] = f"copy{i}"
            (texts / f"{i:06d}.txt").write_text(" ".join(words))
        records = tmp / "copies.jsonl"
        with open(records, "wb") as out:
            subprocess.run([str(a.tools / "ingest"), str(texts)], stdout=out, check=True)
        shutil.rmtree(texts)
        mb = records.stat().st_size / 1e6
        rss = tmp / "rss"
        findings = tmp / "findings.count"
        t0 = time.perf_counter()
        with open(records, "rb") as fin:
            check = subprocess.Popen([gnu_time, "-q", "-f", "%M", "-o", str(rss), str(a.tools / "check"), "--fail-on", "never"],
                                     stdin=fin, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            n = sum(1 for _ in check.stdout)
            check.wait()
        wall = time.perf_counter() - t0
        peak = int(rss.read_text().split()[-1]) / 1024
        print(f"check: {a.copies} near-copies ({mb:.0f} MB of records), {n} findings, {wall:.1f} s, peak {peak:.0f} MiB (bar {BAR_MIB})")
        del findings
        return 0 if peak < BAR_MIB else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
