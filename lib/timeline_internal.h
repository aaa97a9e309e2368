// Shared by the files of the timeline module; not part of the library's API.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace dossier::timeline::detail {

// Content words of a text (lower-case, four letters or more, crude plural folding): what
// two mentions of one happening share.
std::set<std::string> key_terms(std::string_view text);

}  // namespace dossier::timeline::detail
