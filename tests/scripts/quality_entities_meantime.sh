#!/usr/bin/env bash
# extract-entities on the MEANTIME Wikinews development set (tests/quality/meantime), news it
# was not written for: people, organisations and places (scored as PLACE) F1 >= 0.80.
[ -x "$1/extract-entities" ] || exit 77
exec "$2/tests/quality/measure.sh" "$1" "$2" "$3" meantime 'entities.core.f1>=0.80'
