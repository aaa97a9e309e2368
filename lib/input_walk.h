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

// The same, and into REGULAR (one flag a name) whether readdir's d_type already says the
// entry is a regular file: the walk then needs no lstat for it (one path lookup in the
// kernel per file was most of the walk's cost on a corpus of small files).
int list_directory_typed(const std::string& path, std::vector<std::string>& names, std::vector<char>& regular);

// Appends the regular files under directory ROOT to FILES (unsorted) and every path it
// does not read to NOTES; see expand_inputs for the rules.
// Without LIST, directories are read with list_directory_typed.
void walk_directory(const std::string& root, std::vector<std::string>& files, std::vector<PathNote>& notes);
void walk_directory(const std::string& root, std::vector<std::string>& files, std::vector<PathNote>& notes,
                    const ListDirectory& list);

}  // namespace dossier::detail
