// Private to the positions module: word tests on a sentence, shared by holders.cc (who holds
// a stance) and ownership.cc (whose a demand or project is). Offsets are bytes into the
// document's text; a look back stops at FLOOR.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "dossier/utf8.h"

namespace dossier::positions_detail {

// S.rfind(NEEDLE) for a NEEDLE not empty; npos when absent.
size_t rfind_bytes(std::string_view s, std::string_view needle);
// The word ending at byte END after any spaces, not before FLOOR: [begin, end) of the bytes
// IN_WORD accepts; begin == end when there is none.
std::pair<size_t, size_t> word_ending(std::string_view text, size_t end, size_t floor, bool (*in_word)(char));
// The word before byte POS, lowercase, skipping "the"; empty when none after FLOOR.
std::string word_before(std::string_view text, size_t pos, size_t floor);
// Whether lowercase word W is a preposition that takes a noun phrase ("of", "against").
bool is_preposition(const std::string& w);
// Whether the word before an owner ("amid Russia's demands") sets the owner's demand in the
// narrative's circumstances.
bool describes(const std::string& word_before_owner);
// Whether the words before byte POS are a verb of saying, with "that" or not.
bool reports(std::string_view text, size_t pos, size_t floor);
// Whether the words from byte POS (before END) open with a modal of obligation.
bool directive_at(std::string_view text, size_t pos, size_t end);
// Whether a possessive ('s, ’s or a bare apostrophe) starts at byte END.
bool is_possessive_at(std::string_view text, size_t end);
// The words of S (runs of ASCII letters and digits and of multi-byte characters).
using utf8::count_words;
// Whether BETWEEN joins two holders of one stance ("and", "or", a comma list).
bool coordination(std::string_view between);

}  // namespace dossier::positions_detail
