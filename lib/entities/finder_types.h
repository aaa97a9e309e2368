// Private to the entities module: the types of names that neither the gazetteer nor a cue
// types, for the Finder (finder.h). Tested by finder_test.cc.
#pragma once

#include <string>
#include <string_view>

#include "finder_words.h"

namespace dossier::entities_detail {

class NameTypes : protected Words {
 public:
  // WORDS: the document's words (sharing the Scratch's buffers).
  explicit NameTypes(const Words& words) : Words(words) {}

  // "St.", "Mt.", "Ft." opening a place's name: the word, its full stop right after it, and
  // a capitalized word after that on the same line.
  bool place_abbreviation(size_t i) const {
    if (i + 2 >= toks_.size() || !is(i + 1, '.') || toks_[i + 1].begin != toks_[i].end) return false;
    std::string_view w = tok(i);
    if (w != "St" && w != "Mt" && w != "Ft") return false;
    return !toks_[i + 2].nl && toks_[i + 2].word && toks_[i + 2].cap && !function_word(i + 2);
  }

  // Whether tokens [A, B) other than PLACE's are words of place_qualifiers.txt (or the
  // hyphens between them), at least one.
  bool qualifies_place(size_t a, size_t b, size_t place_a, size_t place_b) const;

  // The type of a name [a, b) that neither the gazetteer nor a cue types: a place when the
  // open place lists (cities, states and provinces) have it, WordNet's type for it ("Einstein"
  // PERSON, "Mesopotamia" LOC), a person when it is one word of the open given names or
  // surnames, opens with an open given name (three words at most), or ends in such a
  // surname ("Gough Whitlam") after a word the dictionary does not know as a proper noun
  // ("Lockheed Martin" is a company), else ORG (always, for an acronym). GUESSED, when
  // given, tells whether that last ORG is the default, on no evidence.
  std::string_view unknown_name_type(size_t a, size_t b, bool* guessed = nullptr) const;

  // Whether [A, B) is a name written surname first, as Chinese, Korean and Vietnamese names
  // are: a surname of surnames_first.txt, then a given name of one word of one to three
  // pinyin syllables that is no English word ("Huang Kunming"), of two short syllables
  // joined by a hyphen ("Moon Jae-in", "Yen Chia-kan"), or of two short words, one at least
  // no English word ("Nguyen Van Thieu", "Lee Kuan Yew"). No head word is among them.
  bool surname_first(size_t a, size_t b) const;
  // Whether W, in lower case, is one to three syllables of pinyin ("kunming": kun-ming).
  bool pinyin_word(std::string_view w) const;

  // Whether NAME is a place of the open place lists, with its accents or without them.
  bool open_place(const std::string& name) const;
  // Whether [A, B) as a whole is a place of the open place lists or of WordNet's places.
  bool known_place(size_t a, size_t b) const;
  // Whether [A, B) is a place of the open lists or of WordNet (of any type but a person's)
  // and words of place_qualifiers.txt around it, at least one: "Tavoro West", "North Tavoro".
  bool qualified_open_place(size_t a, size_t b) const;
};

}  // namespace dossier::entities_detail
