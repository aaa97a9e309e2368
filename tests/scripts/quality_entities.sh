#!/usr/bin/env bash
# extract-entities on the seeds against the hand annotation (tests/quality/gold/entities.jsonl):
# all types F1 >= 0.90, people, organisations and places F1 >= 0.93.
[ -x "$1/extract-entities" ] || exit 77
exec "$2/tests/quality/measure.sh" "$1" "$2" "$3" seeds \
  'entities.all.f1>=0.90' 'entities.core.f1>=0.93'
