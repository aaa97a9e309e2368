// The word tests of a sentence that holders.cc and ownership.cc share (sentence_words.h).
// Tested by sentence_words_test.cc.
#include "sentence_words.h"

#include <cctype>
#include <set>

#include "dossier/mentions.h"
#include "dossier/utf8.h"

namespace dossier::positions_detail {

// S.rfind(NEEDLE) (NEEDLE not empty), comparing the rest only where the first byte matches:
// string_view::rfind calls memcmp at every position, and runs for every mention.
size_t rfind_bytes(std::string_view s, std::string_view needle) {
  if (needle.size() > s.size()) return std::string_view::npos;
  for (size_t i = s.size() - needle.size() + 1; i-- > 0;)
    if (s[i] == needle[0] && s.compare(i, needle.size(), needle) == 0) return i;
  return std::string_view::npos;
}

namespace {

bool is_word_or_utf8_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80); }

}  // namespace

std::pair<size_t, size_t> word_ending(std::string_view text, size_t end, size_t floor, bool (*in_word)(char)) {
  size_t e = end;
  while (e > floor && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > floor && in_word(text[b - 1])) --b;
  return {b, e};
}

// The word before byte offset POS (lowercase), skipping "the".
std::string word_before(std::string_view text, size_t pos, size_t floor) {
  for (int round = 0; round < 2; ++round) {
    size_t e = pos;
    while (e > floor && !is_word_or_utf8_byte(text[e - 1])) --e;
    auto [b, we] = word_ending(text, e, floor, is_word_or_utf8_byte);
    std::string w = utf8::ascii_lower(text.substr(b, we - b));
    if (w != "the" || round == 1) return w;
    pos = b;
  }
  return {};
}

bool is_preposition(const std::string& w) {
  static const std::set<std::string> kPrepositions = {"of", "to", "with", "by", "from", "in", "at", "on", "for",
                                                      "into", "near", "against", "about", "over", "toward",
                                                      "towards", "between", "among", "within", "than", "like"};
  return kPrepositions.count(w) > 0;
}

// A preposition that sets a demand or plan in the narrative's circumstances ("amid", "angry
// at", "in response to"): who owns the demand is described by the one who tells, where
// "Russia's call for" as a subject or object of a verb of saying is theirs to state.
bool describes(const std::string& word_before_owner) {
  static const std::set<std::string> kPrepositions = {"amid", "amidst", "despite", "after", "following", "at",
                                                      "over", "about", "against", "to"};
  return kPrepositions.count(word_before_owner) > 0;
}

// Whether the words before byte POS are a reporting verb, with "that" or not ("said", "told
// reporters that"): what follows is a reported clause.
bool reports(std::string_view text, size_t pos, size_t floor) {
  // Plain verbs of saying only: "insisted that Moscow has nothing to fear" argues about
  // Moscow, it does not report Moscow.
  static const std::set<std::string> kVerbs = {"said", "says", "say", "told", "added", "stated", "declared", "announced"};
  std::string w = word_before(text, pos, floor);
  if (w == "that") {
    size_t at = text.rfind("that", pos);
    if (at == std::string_view::npos || at < floor) return false;
    w = word_before(text, at, floor);
  }
  return kVerbs.count(w) > 0;
}

// Whether the words from byte POS on open a demand made of the words before them: a modal of
// obligation ("must", "should", "ought to", "has to", "needs to"). "X said Y must halt Z"
// states what X wants of Y; Y holds nothing.
bool directive_at(std::string_view text, size_t pos, size_t end) {
  auto word = [&](size_t& at) {
    while (at < end && text[at] == ' ') ++at;
    std::string w;
    while (at < end && is_word_or_utf8_byte(text[at])) w += utf8::ascii_lower(text[at++]);
    return w;
  };
  size_t at = pos;
  std::string first = word(at);
  if (first == "must" || first == "should") return true;
  if (first != "ought" && first != "has" && first != "have" && first != "needs" && first != "need") return false;
  return word(at) == "to";
}

bool is_possessive_at(std::string_view text, size_t end) {
  return text.substr(end, 2) == "'s" || text.substr(end, 4) == "\u2019s" || text.substr(end, 1) == "'";
}

// Holders of one stance may be joined by "or" too ("Russia or China would object").
bool coordination(std::string_view between) { return join_between(between) != Join::None; }

}  // namespace dossier::positions_detail
