#!/usr/bin/env bash
# Runs ingest on the files of a manifest, then every extractor that is built, in order;
# writes the enriched documents to OUT.
# usage: pipeline.sh TOOLS_DIR MANIFEST OUT
set -euo pipefail
tools=$1 manifest=$2 out=$3
files=$(sed -n 's/.*"path": *"\([^"]*\)".*/\1/p' "$manifest" | sed "s|^|$(dirname "$manifest")/|")
# shellcheck disable=SC2086
"$tools/ingest" --manifest "$manifest" $files > "$out"
for stage in extract-entities extract-quotes "timeline --annotate" "diff-positions --annotate"; do
  t=${stage%% *}
  [ -x "$tools/$t" ] || continue
  # shellcheck disable=SC2086
  "$tools/"$stage < "$out" > "$out.next"
  mv "$out.next" "$out"
done
