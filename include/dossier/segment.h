// Sentence splitting inside one paragraph. A paragraph end is always a sentence end, so
// headline lines without a full stop stand alone. Survives abbreviations (lib/data/segment/
// abbreviations.tsv: "Mr.", "Gen.", "Dec. 5"), dotted acronyms ("U.S."), initials
// ("John F. Kennedy"), ellipses before lower case, and quote marks closing a sentence.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace dossier {

// [start, end) byte offsets of the sentences of PARAGRAPH (trimmed of spaces); empty for
// a blank paragraph.
std::vector<std::pair<size_t, size_t>> split_sentences(std::string_view paragraph);
// The same into OUT (cleared first), whose storage a caller splitting many paragraphs
// keeps from one to the next.
void split_sentences(std::string_view paragraph, std::vector<std::pair<size_t, size_t>>& out);

}  // namespace dossier
