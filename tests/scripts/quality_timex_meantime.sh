#!/usr/bin/env bash
# timeline --annotate on the MEANTIME Wikinews development set (tests/quality/meantime):
# timex value F1 >= 0.85. The documents are cut after the annotated sentences, so the
# whole text is scored; timexes of the headline, which ingest keeps out of the text, count
# as misses.
[ -x "$1/timeline" ] || exit 77
exec "$2/tests/quality/measure.sh" "$1" "$2" "$3" meantime 'timexes.value_f1>=0.85'
