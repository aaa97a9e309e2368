#!/usr/bin/env bash
# Regenerates the expected output of golden cases from the current build; review the
# diff (git diff tests/golden) before committing it.
# usage: tests/golden/regen.sh TOOLS_DIR [TOOL[/CASE] ...]
set -euo pipefail
tools=$(cd "$1" && pwd); shift
cd "$(dirname "$0")/../.."
src=$(pwd)
targets=("$@"); [ ${#targets[@]} -eq 0 ] && targets=($(cd tests/golden && ls -d */ | tr -d /))
for t in "${targets[@]}"; do
  case_pattern=""; [[ $t == */* ]] && case_pattern=${t#*/}
  for args in tests/golden/${t%%/*}/${case_pattern}*.args; do
    [ -e "$args" ] || continue
    tool=$(basename "$(dirname "$args")"); case_=${args%.args}
    mapfile -t argv < <(sed "s|{SRC}|$src|g" "$args")
    input=/dev/null
    [ -e "$case_.in.jsonl" ] && input=$case_.in.jsonl
    [ -e "$case_.in.txt" ] && input=$case_.in.txt
    "$tools/$tool" "${argv[@]}" < "$input" > "$case_.out.jsonl" 2>/dev/null || true
    echo "regenerated $case_.out.jsonl"
  done
done
