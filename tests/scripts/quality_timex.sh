#!/usr/bin/env bash
# timeline on the seeds against the hand annotation (tests/quality/gold): timex value F1
# >= 0.90 (TempEval-3 style) and recall of the gold timeline events >= 0.80.
[ -x "$1/timeline" ] || exit 77
exec "$2/tests/quality/measure.sh" "$1" "$2" "$3" seeds 'timexes.value_f1>=0.90' 'events.recall>=0.80'
