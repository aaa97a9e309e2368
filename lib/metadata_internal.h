// Parts of metadata.cc that its tests reach but the library's users have no use for
// (tested by tests/unit/ingest_perf_test.cc).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace dossier {

// The name after "told" at AT in TEXT: what an anchored match there of
// \btold\s+((?:The\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}) gives, the group's
// span (BEGIN, END) and END the match's end too; nullopt when it does not match.
struct ToldName {
  size_t begin = 0, end = 0;
};
std::optional<ToldName> told_name_at(std::string_view text, size_t at);

}  // namespace dossier
