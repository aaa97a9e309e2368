#!/usr/bin/env bash
# The whole pipeline gives byte-identical output for the same input: run twice, under
# LC_ALL=C and a UTF-8 locale, and in time zones twelve hours apart.
set -euo pipefail
tools=$1 src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
utf8_locale=$(locale -a 2>/dev/null | grep -i -m1 -E '^(en_US|C)\.utf-?8$' || echo C.UTF-8)
run() {
  local out=$1; shift
  env "$@" "$tools/ingest" --manifest "$src/seeds/manifest.jsonl" "$src"/seeds/*.txt > "$out"
  for stage in extract-entities extract-quotes "timeline --annotate" "diff-positions --annotate"; do
    t=${stage%% *}
    [ -x "$tools/$t" ] || continue
    # shellcheck disable=SC2086
    env "$@" "$tools/"$stage < "$out" > "$out.next"; mv "$out.next" "$out"
  done
  if [ -x "$tools/timeline" ]; then env "$@" "$tools/timeline" < "$out" >> "$out"; fi
  if [ -x "$tools/timeline" ]; then env "$@" "$tools/timeline" --format text < "$out" >> "$out" 2>/dev/null || true; fi
}
run "$work/a" LC_ALL=C TZ=UTC
run "$work/b" LC_ALL=C TZ=UTC
run "$work/c" LC_ALL="$utf8_locale" TZ=Pacific/Kiritimati
run "$work/d" LC_ALL="$utf8_locale" TZ=America/Los_Angeles LANG="$utf8_locale"
for x in b c d; do
  if ! cmp -s "$work/a" "$work/$x"; then
    echo "output differs between runs (a vs $x):"; diff <(head -c 2000 "$work/a") <(head -c 2000 "$work/$x") || true
    exit 1
  fi
done
echo "4 runs byte-identical ($(wc -c < "$work/a") bytes)"
