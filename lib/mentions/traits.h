// Private to the mentions module: what a text says a person is (their state, party, age and
// the words of their titles and appositions), read from the words around a name
// (traits.cc), and the descriptions news uses for such a person later ("the Ohio Democrat",
// "the 45-year-old", "the former secretary of state"; described.cc).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "words.h"

namespace dossier::mentions_detail {

struct Traits {
  std::vector<std::string> places;   // "Ohio", "Russia": a US state or a nationality's state
  std::vector<std::string> parties;  // "Democratic", "Republican"
  std::vector<std::string> ages;     // "45"
  std::vector<std::string> words;    // lower-case words of titles and appositions, with
                                     // what they imply (a senator is a lawmaker)
  void merge(const Traits& other);
};

// The word lists of lib/data/mentions/descriptors.tsv and us_states.tsv (descriptors.cc).
struct Descriptors {
  static const Descriptors& get();
  // The party a word names ("gop" -> "Republican"), or "", and whether it names a member
  // ("democrat" does, "democratic" does not).
  std::string party(const std::string& lower, bool* noun = nullptr) const;
  // Whether a description may add the word without the text having said it ("former").
  bool modifier(const std::string& lower) const;
  // The noun an abbreviated title stands for ("sen" -> "senator"), or "".
  std::string title(const std::string& lower) const;
  // The words a role implies ("senator" -> lawmaker, legislator, politician), or empty.
  const std::vector<std::string>& implied(const std::string& lower) const;
  // A party tag "d-ohio", "r-n.y", "i-vt" (one token, lower case): its party and state, or
  // nullopt.
  std::optional<std::pair<std::string, std::string>> tag(const std::string& lower) const;
  // The US state whose name TOKS[I] opens (one or two words, "new york"; a possessive
  // "ohio's" counts), and how many tokens it takes; "" when none.
  std::string state_at(const std::vector<words::Token>& toks, size_t i, size_t* taken) const;

  struct Impl;
  const Impl* impl = nullptr;
};

// "45" of "45-year-old", or "".
std::string age_of_compound(const std::string& lower);

// The traits the words around a person's mention [b, e) give (traits.cc): a title before the
// name ("Vermont Gov.", "GOP front-runner"), a party tag after it ("(D-Ohio)", ", R-Texas,"),
// an age and appositions after it (", 45, a billionaire developer,"), and an apposition
// opening the sentence before it ("The Republican nominee, Ann Hale, said"). SB is the start
// of the mention's sentence.
Traits traits_around(std::string_view text, size_t sb, size_t b, size_t e, size_t se, const words::Lexicon& lex);

}  // namespace dossier::mentions_detail
