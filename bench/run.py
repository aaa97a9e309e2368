#!/usr/bin/env python3
"""Measure throughput (MB/s of input) and peak RSS of every dossier tool.

usage: run.py TOOLS_DIR CORPUS_DIR [--jobs N] [--rounds N]

Runs ingest over CORPUS_DIR (made by make_corpus.py), then each per-document tool on the
previous stage's output, then the aggregating tools, one process at a time; reports for
each: input MB, wall seconds and MB/s, CPU seconds (user+system) and MB per CPU-second (the
figure that holds on a busy machine, and the per-core speed), peak RSS (MiB). With --jobs N
every per-document tool gets -j N. The pipeline ingest | extract-entities |
extract-quotes | timeline --annotate runs first, as users run it, every stage at once, and its
wall clock gives the end-to-end MB/s of raw text: to /dev/null and to a file. Then `jq -c .`
reads and rewrites the pipeline's output once, the speed bar the pipeline is held to (CPU
time of all four stages against jq's). A shared or virtual machine's speed drifts by a third
within minutes, more than the margin one such pair can show, so the pipeline (to /dev/null)
and jq then run in turn --rounds times (default 3): each round's ratio meets one state of
the machine, and their median is the figure to quote. Each run starts after a sync, so that
one run's writing back to disk is not charged to the next.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


# The peak RSS that wait4 reports for a child of this script includes the memory the
# child had between fork and exec: a copy of this Python process. GNU time is a small
# process, so its report is the tool's own peak; without it the figure is an upper bound.
GNU_TIME = shutil.which("time", path="/usr/bin")


def measure(cmd, stdin_path, stdout_path):
    rss_file = None
    if GNU_TIME:
        rss_file = tempfile.NamedTemporaryFile(prefix="dossier-rss-", delete=False)
        rss_file.close()
        cmd = [GNU_TIME, "-q", "-f", "%M", "-o", rss_file.name] + cmd
    with open(stdin_path, "rb") if stdin_path else open(os.devnull, "rb") as fin, open(stdout_path, "wb") as fout:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdin=fin, stdout=fout, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        secs = time.perf_counter() - t0
    rc = os.waitstatus_to_exitcode(status)
    rss = usage.ru_maxrss / 1024.0
    if rss_file:
        with open(rss_file.name) as f:
            text = f.read().split()
        os.unlink(rss_file.name)
        rss = int(text[-1]) / 1024.0 if text else rss
    return secs, usage.ru_utime + usage.ru_stime, rss, rc


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    tools, corpus = Path(sys.argv[1]), Path(sys.argv[2])
    jobs = sys.argv[sys.argv.index("--jobs") + 1] if "--jobs" in sys.argv else None
    rounds = 3
    if "--rounds" in sys.argv:
        at = sys.argv.index("--rounds") + 1
        if at >= len(sys.argv) or not sys.argv[at].isdigit() or int(sys.argv[at]) < 1:
            sys.exit("run.py: --rounds needs a whole number of at least 1")
        rounds = int(sys.argv[at])
    work = corpus / "out"
    work.mkdir(exist_ok=True)
    raw_bytes = sum(f.stat().st_size for f in (corpus / "docs").rglob("*.txt"))
    # The whole pipeline at once, as users run it: all stages in parallel on the machine's
    # cores; MB/s of raw text, wall clock. First, before the stages below leave gigabytes of
    # dirty pages for the kernel to write back; once to /dev/null (the tools' own speed) and
    # once to a file (what this machine's disk allows on top).
    pipeline = (f"{tools}/ingest --manifest {corpus}/manifest.jsonl {corpus}/docs | {tools}/extract-entities"
                f" | {tools}/extract-quotes | {tools}/timeline --annotate")
    def run_pipeline(target):
        os.sync()
        with open(target, "wb") as fout:
            t0 = time.perf_counter()
            p = subprocess.Popen(["bash", "-o", "pipefail", "-c", pipeline], stdout=fout, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(p.pid, 0)
            return (target, time.perf_counter() - t0, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status))

    pipes = [run_pipeline(target) for target in [Path(os.devnull), work / "pipeline.jsonl"]]
    # The bar the pipeline is held to: jq, reading and rewriting its output once (`jq -c .`),
    # in the same run, then in turn with the pipeline, so that each pair of figures meets
    # one state of the machine.
    jq = shutil.which("jq")
    jq_run = None
    ratios = []
    if jq:
        os.sync()
        secs, cpu, _, rc = measure([jq, "-c", "."], work / "pipeline.jsonl", Path(os.devnull))
        jq_run = ((work / "pipeline.jsonl").stat().st_size, secs, cpu, rc)
        # Each round: the pipeline to /dev/null, then jq; the first round's pipeline is the
        # /dev/null run above.
        ratios.append((pipes[0][2], cpu))
        for _ in range(rounds - 1):
            _, _, pipe_cpu, pipe_rc = run_pipeline(Path(os.devnull))
            os.sync()
            _, jq_cpu, _, jq_rc = measure([jq, "-c", "."], work / "pipeline.jsonl", Path(os.devnull))
            if pipe_rc != 0 or jq_rc != 0:
                sys.exit(f"run.py: a round failed (pipeline exit {pipe_rc}, jq exit {jq_rc})")
            ratios.append((pipe_cpu, jq_cpu))
    rows = []
    os.sync()
    secs, cpu, rss, rc = measure([str(tools / "ingest"), "--manifest", str(corpus / "manifest.jsonl"), str(corpus / "docs")]
                                 + (["-j", jobs] if jobs else []), None, work / "ingest.jsonl")
    rows.append(("ingest", raw_bytes, secs, cpu, rss, rc))
    prev = work / "ingest.jsonl"
    jflag = ["-j", jobs] if jobs else []
    for name, args in [("extract-entities", []), ("extract-quotes", []), ("timeline", ["--annotate"]),
                       ("diff-positions", ["--annotate"])]:
        exe = tools / name
        if not exe.exists():
            continue
        out = work / f"{name}.jsonl"
        os.sync()
        secs, cpu, rss, rc = measure([str(exe)] + args + jflag, prev, out)
        rows.append((f"{name} {' '.join(args)}".strip(), prev.stat().st_size, secs, cpu, rss, rc))
        prev = out
    for name, args in [("timeline", []), ("diff-positions", ["--left", "actor=Russia,until=2010", "--right", "actor=Russia,since=2020"]),
                       ("check", [])]:
        exe = tools / name
        if not exe.exists():
            continue
        os.sync()
        secs, cpu, rss, rc = measure([str(exe)] + args, prev, work / f"{name}.agg.jsonl")
        rows.append((f"{name} {' '.join(args[:1])}".strip(), prev.stat().st_size, secs, cpu, rss, rc))
    print(f"corpus: {raw_bytes / 1e6:.1f} MB of raw text in {corpus}")
    for target, pipe_secs, pipe_cpu, code in pipes:
        print(f"pipeline (ingest | extract-entities | extract-quotes | timeline --annotate > {target}) on "
              f"{os.cpu_count()} cores: {pipe_secs:.2f} s wall, {raw_bytes / 1e6 / pipe_secs:.1f} MB/s of raw text, "
              f"{pipe_cpu:.2f} CPU s, exit {code}")
    if jq_run:
        size, secs, cpu, rc = jq_run
        pipe_cpu = pipes[-1][2]
        print(f"jq -c . over the pipeline's output ({size / 1e6:.1f} MB): {secs:.2f} s wall, {cpu:.2f} CPU s, exit {rc}; "
              f"the pipeline takes {pipe_cpu / max(cpu, 1e-9):.2f} of its CPU time")
        shares = [p / max(j, 1e-9) for p, j in ratios]
        print(f"pipeline (to /dev/null) / jq CPU time in {len(ratios)} rounds, each pipeline run followed by jq's: "
              + ", ".join(f"{p:.2f}/{j:.2f} = {r:.2f}" for (p, j), r in zip(ratios, shares))
              + f"; median {statistics.median(shares):.2f}")
    else:
        print("jq -c .: not measured (jq is not installed)")
    print(f"{'tool':<26} {'input MB':>9} {'wall s':>7} {'MB/s':>7} {'CPU s':>7} {'MB/CPU-s':>9} {'peak RSS MiB':>13} {'exit':>5}")
    for name, size, secs, cpu, rss, rc in rows:
        print(f"{name:<26} {size / 1e6:>9.1f} {secs:>7.2f} {size / 1e6 / secs:>7.1f} {cpu:>7.2f} {size / 1e6 / max(cpu, 1e-9):>9.1f} {rss:>13.1f} {rc:>5}")


if __name__ == "__main__":
    main()
