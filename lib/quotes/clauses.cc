// Clause edges, shared by the cue readers (cues.cc) and the other attribution rules: the
// marks that end a clause (a title abbreviation's period is none), the words that open
// one, a short bracketed tag after a name ("Ann Hale (R-Wis.) said") that a clause goes
// on over, and "as saying" after a cue. Tested by quotes_test.cc and attribution_test.cc.
#include <algorithm>

#include "quotes_internal.h"

namespace dossier::quotes_detail {

// A title or company suffix abbreviated with a period ("Gen.", "Mr.", "Apple Inc."): its
// period ends no clause.
bool is_abbreviation(const std::string& w) {
  static constexpr std::string_view kTitles[] = {
      "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "prof", "sgt", "maj", "capt",
      "adm", "st", "jr", "sr", "pres", "cmdr", "brig", "supt", "inc", "corp", "ltd", "co", "bros"};
  return std::any_of(std::begin(kTitles), std::end(kTitles), [&](std::string_view k) { return w == k; });
}

bool is_boundary(const Token& t) {
  if (t.word || t.lower.size() > 3) return false;  // every boundary is a code point of 1 to 3 bytes
  static constexpr std::string_view kBoundaries[] = {";",      ":",      "-",      "\u2013", "\u2014", "\"",
                                                     "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB",
                                                     "\u201E", "(",      ")",      ".",      "!",      "?"};
  for (std::string_view b : kBoundaries)
    if (t.lower == b) return true;
  return false;
}

// Whether TOKS[K] ends a clause: a boundary mark, save the period of a title abbreviation
// or an initial and a name tag's bracket.
bool boundary_at(const std::vector<Token>& toks, size_t k) {
  if (!is_boundary(toks[k])) return false;
  // ... nor the bracket of a name's short tag ("Ann Hale (R-Wis.) said") ...
  if (toks[k].lower == "("sv || toks[k].lower == ")"sv) return !is_name_tag_bracket(toks, k);
  if (toks[k].lower != "."sv) return true;
  // ... nor that of an initial ("W. W. Rouse Ball") ...
  if (k > 0 && toks[k - 1].word && toks[k - 1].cap && (is_abbreviation(toks[k - 1].lower) || toks[k - 1].lower.size() == 1))
    return false;
  // ... nor the period of a capitalised abbreviation the clause goes on after, before a comma
  // or a closing bracket ("Sen. Ann Hale, D-Mass., told", "Ann Hale (D-Mass.) said").
  if (k + 1 < toks.size() && k > 0 && toks[k - 1].word && toks[k - 1].cap &&
      (toks[k + 1].lower == ","sv || toks[k + 1].lower == ")"sv))
    return false;
  return true;
}

// The tokens between a cue and "as saying" (or "as telling") within 8 tokens of AFTER,
// else an empty range.
std::pair<size_t, size_t> as_saying(const std::vector<Token>& toks, size_t after) {
  for (size_t k = after; k + 1 < toks.size() && k < after + 8; ++k) {
    if (boundary_at(toks, k)) break;
    if (toks[k].lower == "as"sv && (toks[k + 1].lower == "saying"sv || toks[k + 1].lower == "telling"sv))
      return k > after ? std::make_pair(after, k) : std::make_pair(size_t{0}, size_t{0});
  }
  return {0, 0};
}

// Whether TOKS[K] is a bracket of a short tag after a capitalised name ("Ann Hale (R-Wis.)
// said", "Tom Ridley (Texas) said"): the name's clause goes on over it.
size_t calling_verb(const std::vector<Token>& toks, const Lexicon& lex) {
  auto is_call = [](const std::string& w) { return w == "call"sv || w == "calls"sv || w == "called"sv || w == "calling"sv; };
  const size_t k = toks.size(), none = toks.size();
  if (k == 0 || !toks[k - 1].word) return none;
  const std::string& o = toks[k - 1].lower;
  if (k >= 2 && (o == "it"sv || o == "them"sv || o == "this"sv || o == "that"sv || o == "him"sv || o == "her"sv))
    return is_call(toks[k - 2].lower) ? k - 2 : none;
  // "what the makers call "...": the object was taken before the verb.
  if (is_call(o)) return k >= 3 && (toks[k - 2].lower == "what"sv || toks[k - 3].lower == "what"sv) ? k - 1 : none;
  // "calls Ann Lee "unfit"": a name as the object.
  for (size_t n = 1; n <= 3 && n + 1 <= k && toks[k - n].word && toks[k - n].cap; ++n)
    if (is_call(toks[k - 1 - n].lower)) return k - 1 - n;
  // "calls the plan "reckless"", "called the new budget plan "...": a determiner and up to
  // three lower-case words.
  for (size_t n = 1; n <= 3 && n + 2 <= k; ++n) {
    const Token& det = toks[k - 1 - n];
    if (!det.word || !lex.is(det.lower, "det")) continue;
    bool plain = true;
    for (size_t j = k - n; j < k; ++j) plain = plain && toks[j].word && !toks[j].cap;
    return plain && is_call(toks[k - 2 - n].lower) ? k - 2 - n : none;
  }
  return none;
}

bool is_name_tag_bracket(const std::vector<Token>& toks, size_t k) {
  auto after_name = [&](size_t open) { return open > 0 && toks[open - 1].word && toks[open - 1].cap; };
  if (toks[k].lower == "("sv) {
    for (size_t c = k + 1; c < toks.size() && c < k + 7; ++c)
      if (toks[c].lower == ")"sv) return after_name(k);
    return false;
  }
  if (toks[k].lower != ")"sv) return false;
  for (size_t o = k; o > 0 && o + 7 > k; --o)
    if (toks[o - 1].lower == "("sv) return after_name(o - 1);
  return false;
}

size_t before_name_tag(const std::vector<Token>& toks, size_t b, size_t e) {
  if (e <= b || toks[e - 1].lower != ")"sv || !is_name_tag_bracket(toks, e - 1)) return e;
  for (size_t o = e - 1; o > b; --o)
    if (toks[o - 1].lower == "("sv) return o - 1;
  return e;
}

bool is_passive_aux(const std::string& w) {
  return w == "was"sv || w == "were"sv || w == "been"sv || w == "is"sv || w == "are"sv || w == "be"sv || w == "being"sv;
}

// A word that opens a subordinate clause before its subject ("where", "when", "while").
bool is_subordinator(const std::string& w) {
  static const char* const kWords[] = {"where", "when", "while", "whereas", "because", "although", "though",
                                       "if", "since", "after", "before", "until", "once"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view k) { return w == k; });
}

bool is_clause_word(const std::string& w) {
  return w == "that"sv || w == "and"sv || w == "but"sv || w == "while"sv || w == "because"sv || w == "when"sv || w == "as"sv ||
         w == "if"sv || w == "which"sv || w == "who"sv || w == "where"sv || w == "although"sv || w == "though"sv || w == "yet"sv ||
         w == "so"sv || w == "however"sv;
}

}  // namespace dossier::quotes_detail
