#!/usr/bin/env bash
# Builds dossier in Release, makes benchmark corpora of 100 MB and MEGABYTES (default
# 1000), and reports MB/s and peak RSS per tool for each, single-threaded.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-1000}
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build -j "$(nproc)" > /dev/null
for size in 100 "$mb"; do
  dir=bench/corpus/$size
  [ -f "$dir/manifest.jsonl" ] || python3 bench/make_corpus.py seeds "$dir" "$size"
  python3 bench/run.py build/tools "$dir"
  rm -rf "$dir/out"
done
