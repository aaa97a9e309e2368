// Curated data (gazetteers, lexicons, rules) compiled into the library from lib/data.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier::data {

// The content of the embedded file NAME (a path relative to lib/data, e.g.
// "boilerplate/phrases.txt"). Throws dossier::Error if there is no such file.
std::string_view file(std::string_view name);

// Whether the embedded file NAME exists.
bool has_file(std::string_view name);

// The non-empty lines of an embedded file, trimmed, without '#' comment lines.
std::vector<std::string_view> lines(std::string_view name);

// The tab-separated fields of one line of a data file, empty fields kept ("a\t\tb" has
// three). A line without a tab is one field.
std::vector<std::string_view> fields(std::string_view line);

// S split at every SEP, empty parts kept ("a||b" at '|' has three): the alternatives of a
// field ("hold|held"), the words of a line. Views into S.
std::vector<std::string_view> split(std::string_view s, char sep);

}  // namespace dossier::data
