// Shared by the boilerplate unit tests: a page of one-line blocks, a blank line between each,
// and a line's second-pass feature by name.
#pragma once

#include <string>
#include <vector>

#include "dossier/boilerplate.h"
#include "internal.h"

namespace boilerplate_test {

inline std::vector<dossier::Block> page_of(const std::vector<std::string>& lines) {
  std::vector<dossier::Block> b;
  int64_t n = 1;
  for (const auto& l : lines) {
    b.push_back(dossier::Block{l, n, n});
    n += 2;
  }
  return b;
}

// The second-pass feature of line I whose name starts with PREFIX ("s.gap="), or "".
inline std::string stack_feature(const dossier::boilerplate::PageFeatures& page, const dossier::boilerplate::StackContext& ctx,
                                 size_t i, const std::string& prefix) {
  std::vector<uint64_t> ids;
  std::vector<std::string> names;
  dossier::boilerplate::stack_features(page, ctx, i, ids, &names);
  for (const std::string& n : names)
    if (n.rfind(prefix, 0) == 0) return n;
  return std::string();
}

}  // namespace boilerplate_test
