#!/usr/bin/env bash
# Runs the pipeline on a corpus with whatever tools are built, scores it against the
# hand annotation, and checks minimum figures.
#
# usage: measure.sh TOOLS_DIR SRC_DIR PYTHON CORPUS [METRIC>=VALUE ...]
#   CORPUS: seeds (seeds/ against tests/quality/gold) or meantime (tests/quality/meantime)
#   METRIC: a line name printed by score.py, e.g. meta.title_acc or entities.core.f1
# Prints every figure; exits 1 when any checked figure is below its minimum.
set -euo pipefail
tools=$1 src=$2 py=$3 corpus=$4
shift 4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case $corpus in
  seeds) manifest=$src/seeds/manifest.jsonl; gold=$src/tests/quality/gold ;;
  meantime) manifest=$src/tests/quality/meantime/manifest.jsonl; gold=$src/tests/quality/meantime ;;
  *) echo "measure.sh: unknown corpus $corpus" >&2; exit 2 ;;
esac
"$src/tests/quality/pipeline.sh" "$tools" "$manifest" "$work/docs.jsonl"
events=""
if [ -x "$tools/timeline" ]; then
  "$tools/timeline" < "$work/docs.jsonl" > "$work/events.jsonl"
  events=$work/events.jsonl
fi
"$py" "$src/tests/quality/eval/adapt.py" "$work/eval" "$work/docs.jsonl" $events
"$py" "$src/tests/quality/eval/score.py" "$gold" "$work/eval" > "$work/scores.txt"
cat "$work/scores.txt"
status=0
for check in "$@"; do
  metric=${check%%>=*}
  want=${check##*>=}
  got=$(awk -v m="$metric" '$1 == m { print $2 }' "$work/scores.txt")
  if [ -z "$got" ]; then
    echo "FAIL $metric: not measured"; status=1; continue
  fi
  if awk -v g="$got" -v w="$want" 'BEGIN { exit !(g + 0 >= w + 0) }'; then
    echo "ok   $metric = $got (>= $want)"
  else
    echo "FAIL $metric = $got, below $want"; status=1
  fi
done
exit $status
