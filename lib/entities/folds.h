// Private to the entities module: how the held-out figures of the tagger's training
// (folds.cc) compare names.
#pragma once

#include <string>
#include <string_view>

namespace dossier::entities_detail {

// NAME as the project's scorer compares names: lower case, curly single quotes as ', a
// leading "the" dropped, every run of other characters than letters, digits, "_" and "'"
// one space.
std::string scorer_form(std::string_view name);

}  // namespace dossier::entities_detail
