#!/usr/bin/env bash
# Every tool reserves its heap in one step advised for transparent huge pages, so that the
# pages its start-up touches (word lists, gazetteer, patterns) fault in 2 MiB at a time
# where the system grants huge pages when asked (bench/README.md: a first touch costs
# about 13 microseconds on a virtual machine). Skipped where the system never grants them
# and under the sanitizers, whose allocator has a heap of its own.
set -uo pipefail
tools=$1 src=$2
thp=/sys/kernel/mm/transparent_hugepage/enabled
[ -r "$thp" ] && ! grep -q '\[never\]' "$thp" || { echo "skip: no transparent huge pages"; exit 77; }
grep -q __asan_init "$tools/extract-quotes" && { echo "skip: sanitizer build"; exit 77; }
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
fail=0
for t in ingest extract-entities extract-quotes timeline; do
  mkfifo "$work/in.$t"
  args=""; [ $t = ingest ] && args="-"
  "$tools/$t" $args < "$work/in.$t" > /dev/null 2>&1 &
  pid=$!
  exec 3> "$work/in.$t"  # the tool waits for input with its heap set up
  advised=no
  for _ in $(seq 50); do
    # The heap's huge-page part: a mapping whose flags carry "hg" (madvise's MADV_HUGEPAGE).
    if grep -Eq '^VmFlags:.* hg( |$)' "/proc/$pid/smaps" 2>/dev/null; then
      advised=yes
      break
    fi
    sleep 0.1
  done
  exec 3>&-
  wait "$pid"
  pid=""
  if [ $advised = yes ]; then echo "ok: $t's heap is advised for huge pages"; else echo "FAIL: $t's heap is advised for huge pages"; fail=1; fi
done
exit $fail
