#!/usr/bin/env bash
# ingest on the seeds against the hand annotation (tests/quality/gold/meta.jsonl):
# every title, every dct from the manifest, boilerplate lines found with F1 >= 0.95.
exec "$2/tests/quality/measure.sh" "$1" "$2" "$3" seeds \
  'meta.title_acc>=1.0' 'meta.dct_acc>=1.0' 'meta.boilerplate.f1>=0.95' 'meta.boilerplate.p>=1.0'
