// Shared by the boilerplate unit tests: a page of one-line blocks, a blank line between each.
#pragma once

#include <string>
#include <vector>

#include "dossier/boilerplate.h"

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

}  // namespace boilerplate_test
