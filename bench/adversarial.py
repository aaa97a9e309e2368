#!/usr/bin/env python3
"""Grow adversarial inputs 1x, 2x, 4x and 8x for every dossier tool and print the time
ratio of each doubling: a tool linear in its input shows ratios near 2, a quadratic one
near 4. The bar is 2.5 per doubling. Each input is built to hit one mechanism that once
grew with the square of its size:

  ingest                    one huge document of repeated text
  extract-quotes            one paragraph mixing straight, curly and guillemet marks
  extract-entities          one huge document of repeated text
  diff-positions --annotate one huge document of repeated text
  timeline                  one sentence with many timexes of the same date (annotated
                            beforehand: the chronology alone is timed)
  check                     many near-copies of five articles (peak RSS reported too)

usage: adversarial.py TOOLS_DIR [--scale F] [--only TOOL,...] [--keep DIR]

--scale multiplies every base size (default 1). CPU time (user+system) of the tool alone is
measured, its input prepared beforehand by ingest. Peak RSS comes from GNU time when it is
installed.
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

GNU_TIME = shutil.which("time", path="/usr/bin")
STEPS = (1, 2, 4, 8)
BAR = 2.5

SENTENCES = [
    "The minister met officials from Berlin and Paris on Tuesday to discuss the pipeline.",
    "Gazprom said the talks with Naftogaz would resume in Moscow next week.",
    "President Viktor Yushchenko told reporters that Ukraine would pay its debt.",
    "The European Commission urged both sides to restore supplies to Bulgaria and Slovakia.",
    "Analysts at Deutsche Bank expect prices to fall by March, the report said.",
]


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def repeated_text(size):
    """One document of SIZE bytes: the seed articles, one after another, again and again
    (their quotes, speakers and dates repeated: what a mirror of a site scraped into one
    file looks like)."""
    text = "".join(p.read_text() + "\n\n" for p in sorted(SEEDS.glob("*.txt")))
    return (text * (size // len(text) + 1))[:size]


def mixed_quotes(size):
    """One paragraph of SIZE bytes whose quotation marks mix and seldom pair up."""
    rng = random.Random(7)
    marks = ['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "'", "\u2018", "\u2019", "\u201e"]
    words = "the minister said that talks would go on and officials agreed".split()
    parts, n = [], 0
    while n < size:
        w = rng.choice(words)
        if rng.random() < 0.3:
            w = rng.choice(marks) + w if rng.random() < 0.5 else w + rng.choice(marks)
        parts.append(w)
        n += len(w.encode()) + 1
    return "Mixed Marks\n\n" + " ".join(parts) + ".\n"


def same_date_sentence(size):
    """One sentence of SIZE bytes naming the same date again and again."""
    parts, n = [], 0
    while n < size:
        p = "on 12 January 2009 officials met"
        parts.append(p)
        n += len(p) + 2
    return "One Long Sentence\n\n" + "The minister said that " + ", ".join(parts) + ".\n"


def near_copies(count, tmp):
    """COUNT near-copies of five articles as raw text files."""
    rng = random.Random(11)
    base = [" ".join(rng.choice(SENTENCES) for _ in range(30)) for _ in range(5)]
    d = tmp / f"copies-{count}"
    d.mkdir()
    for i in range(count):
        words = base[i % 5].split()
        k = rng.randrange(len(words))
        words[k] = f"word{i}"
        (d / f"{i:06d}.txt").write_text(f"Article {i % 5}\n\n" + " ".join(words) + "\n")
    return d


def run(cmd, stdin_path):
    rss = None
    if GNU_TIME:
        rss = tempfile.NamedTemporaryFile(prefix="dossier-rss-", delete=False)
        rss.close()
        cmd = [GNU_TIME, "-q", "-f", "%M", "-o", rss.name] + cmd
    with open(stdin_path, "rb") as fin, open(os.devnull, "wb") as fout:
        p = subprocess.Popen(cmd, stdin=fin, stdout=fout, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
    cpu = usage.ru_utime + usage.ru_stime
    peak = usage.ru_maxrss / 1024
    if rss:
        try:
            peak = int(Path(rss.name).read_text().split()[-1]) / 1024
        except (ValueError, IndexError):
            pass
        os.unlink(rss.name)
    return cpu, peak, os.waitstatus_to_exitcode(status)


def ingest(tools, raw, out):
    with open(out, "wb") as f:
        subprocess.run([str(tools / "ingest"), *raw], stdout=f, stderr=subprocess.DEVNULL, check=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tools", type=Path)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--only", default="")
    ap.add_argument("--keep", type=Path)
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="dossier-adv-", dir=a.keep))
    # name, command, base size, input builder (size, directory) -> JSONL or raw path
    cases = [
        ("ingest", ["ingest"], 2_000_000, "raw", repeated_text),
        ("extract-quotes", ["extract-quotes"], 150_000, "doc", mixed_quotes),
        ("extract-entities", ["extract-entities"], 2_000_000, "doc", repeated_text),
        ("diff-positions --annotate", ["diff-positions", "--annotate"], 1_000_000, "doc", repeated_text),
        ("timeline", ["timeline"], 30_000, "annotated", same_date_sentence),
        ("check", ["check", "--fail-on", "never"], 1500, "copies", None),
    ]
    only = set(filter(None, a.only.split(",")))
    worst = 0.0
    print(f"{'tool':28} {'input':>10} {'cpu s':>8} {'ratio':>6} {'peak MiB':>9}")
    for name, cmd, base, kind, build in cases:
        if only and name.split()[0] not in only:
            continue
        times = []
        for step in STEPS:
            size = int(base * a.scale * step)
            if kind == "copies":
                d = near_copies(size, tmp)
                src = tmp / f"copies-{size}.jsonl"
                ingest(a.tools, [str(d)], src)
                shutil.rmtree(d)
                label = f"{size} docs"
            else:
                raw = tmp / f"{cmd[0]}-{size}.txt"
                raw.write_text(build(size))
                if kind == "raw":
                    src = raw
                else:
                    src = tmp / f"{cmd[0]}-{size}.jsonl"
                    ingest(a.tools, [str(raw)], src)
                    raw.unlink()
                if kind == "annotated":  # the chronology alone: timexes found beforehand
                    annotated = tmp / f"{cmd[0]}-{size}.annotated.jsonl"
                    with open(src, "rb") as fin, open(annotated, "wb") as fout:
                        subprocess.run([str(a.tools / "timeline"), "--annotate"], stdin=fin, stdout=fout, check=False)
                    src.unlink()
                    src = annotated
                label = f"{size / 1e6:.2f} MB"
            cpu, peak, code = run([str(a.tools / cmd[0]), *cmd[1:]], src)
            src.unlink()
            ratio = cpu / times[-1] if times and times[-1] > 0 else float("nan")
            if times:
                worst = max(worst, ratio)
            times.append(max(cpu, 1e-3))
            flag = "" if code == 0 else f"  (exit {code})"
            print(f"{name:28} {label:>10} {cpu:8.2f} {ratio:6.2f} {peak:9.0f}{flag}", flush=True)
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"worst ratio per doubling: {worst:.2f} (bar {BAR})")
    return 0 if worst <= BAR else 1


if __name__ == "__main__":
    sys.exit(main())
