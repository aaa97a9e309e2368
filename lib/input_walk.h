// The directory walk behind expand_inputs, with the listing of a directory injectable so
// that tests can provoke failures (a directory that cannot be opened) the test machine
// cannot (root reads every directory). Tested by tests/unit/input_walk_test.cc.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "dossier/ingest.h"

namespace dossier::detail {

// Lists the names in directory PATH (without "." and "..") into NAMES; returns 0 or the
// errno that stopped it.
using ListDirectory = std::function<int(const std::string& path, std::vector<std::string>& names)>;

// opendir/readdir.
int list_directory(const std::string& path, std::vector<std::string>& names);

// Appends the regular files under directory ROOT to FILES (unsorted) and every path it
// does not read to NOTES; see expand_inputs for the rules.
void walk_directory(const std::string& root, std::vector<std::string>& files, std::vector<PathNote>& notes,
                    const ListDirectory& list = list_directory);

}  // namespace dossier::detail
