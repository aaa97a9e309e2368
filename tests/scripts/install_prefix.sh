#!/usr/bin/env bash
# `cmake --install` gives a working installation: the tools run from the prefix (--version
# and a two-stage pipeline), the man pages, headers, library and CMake package are where
# users look for them, another project builds against find_package(dossier), and CPack
# makes a .deb that holds the tools and man pages.
set -uo pipefail
tools=$1 src=$2
build=$(cd "$tools/.." && pwd)
[ -f "$build/cmake_install.cmake" ] || { echo "skip: no install rules in $build"; exit 77; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" > "$work/install.log" 2>&1
check "cmake --install succeeds" '[ $? -eq 0 ]'
for t in ingest extract-entities extract-quotes timeline diff-positions check; do
  check "bin/$t is installed with its man page" '[ -x "$prefix/bin/$t" ] && [ -f "$prefix/share/man/man1/$t.1" ]'
done
check "dossier(7) is installed" '[ -f "$prefix/share/man/man7/dossier.7" ]'
check "the installed ingest --version runs" '"$prefix/bin/ingest" --version | grep -q "^ingest (dossier) [0-9]"'
check "a two-stage pipeline runs from the prefix" \
  '(cd "$work" && "$prefix/bin/ingest" --manifest "$src/seeds/manifest.jsonl" "$src"/seeds/*.txt | "$prefix/bin/extract-entities" > "$work/out.jsonl") && [ "$(wc -l < "$work/out.jsonl")" -eq 5 ] && grep -q "\"entities\":\[{" "$work/out.jsonl"'
check "the headers, the library and the CMake package are installed" \
  '[ -f "$prefix/include/dossier/document.h" ] && [ -f "$prefix/include/dossier/version.h" ] && ls "$prefix"/lib*/libdossier.a "$prefix"/lib*/cmake/dossier/dossierConfig.cmake > /dev/null'

# A project of its own that finds the package, built by the same compiler. A sanitized
# build's library needs the sanitizers in the program too.
flags=""
grep -q "^DOSSIER_SANITIZE:BOOL=ON" "$build/CMakeCache.txt" && flags="-fsanitize=address,undefined"
cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
mkdir -p "$work/consumer"
cat > "$work/consumer/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.22)
project(consumer CXX)
set(CMAKE_CXX_STANDARD 17)
find_package(dossier REQUIRED)
add_executable(consumer main.cc)
target_link_libraries(consumer PRIVATE dossier::dossier)
CMAKE
cat > "$work/consumer/main.cc" <<'CC'
#include <cstdio>
#include "dossier/ingest.h"
#include "dossier/jsonl.h"
int main() {
  dossier::Document d = dossier::ingest_text("Title\n\nThe minister spoke in Kyiv on Tuesday.\n", "x.txt", nullptr, {});
  std::puts(dossier::jsonl::dump_line(d).c_str());
}
CC
cmake -S "$work/consumer" -B "$work/consumer/build" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
  ${cxx:+-DCMAKE_CXX_COMPILER="$cxx"} \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" > "$work/consumer.log" 2>&1 &&
  cmake --build "$work/consumer/build" >> "$work/consumer.log" 2>&1
check "a project builds against find_package(dossier) and dossier::dossier" \
  '"$work/consumer/build/consumer" | grep -q "\"text\":\"Title\\\\n\\\\nThe minister spoke in Kyiv on Tuesday.\""' || cat "$work/consumer.log"

if command -v cpack > /dev/null && command -v dpkg-deb > /dev/null && [ -f "$build/CPackConfig.cmake" ]; then
  (cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/deb" > "$work/cpack.log" 2>&1)
  deb=$(ls "$work"/deb/*.deb 2>/dev/null | head -1)
  check "cpack builds a .deb" '[ -n "$deb" ]' || cat "$work/cpack.log"
  if [ -n "$deb" ]; then
    dpkg-deb -c "$deb" > "$work/contents"
    check "the .deb holds the tools and man pages" \
      'grep -q "./usr/bin/ingest$" "$work/contents" && grep -q "./usr/bin/check$" "$work/contents" && grep -q "./usr/share/man/man1/timeline.1" "$work/contents" && grep -q "./usr/share/man/man7/dossier.7" "$work/contents"'
  fi
else
  echo "skip: cpack or dpkg-deb missing"
fi
exit $fail
