#!/usr/bin/env bash
# diff-positions on the seeds against the hand annotation (tests/quality/gold/positions.jsonl):
# (actor, topic, stance) F1 >= 0.70. measure.sh runs extract-entities, extract-quotes and
# timeline --annotate first when they are built.
[ -x "$1/diff-positions" ] || exit 77
exec "$2/tests/quality/measure.sh" "$1" "$2" "$3" seeds 'positions.f1>=0.70'
