// Names that the words around them mark as places (revision.h). Tested by
// revision_places_test.cc.
#include <cstdint>
#include <cstdio>
#include <string>

#include "dossier/dateline.h"
#include "finder_types.h"
#include "lexicon.h"
#include "revision.h"
#include "text.h"

namespace dossier::entities_detail {

bool PlaceContexts::dateline_place(const Candidate& c) const {
  // A wire dateline's place ("VARNHOLT, March 6 (Wire) - ...", "Varnholt -- ..."): the name
  // opens a line that reads as a dateline (dossier/dateline.h), and the place ends with it.
  if (!(c.first == 0 || toks_[c.first].nl)) return false;
  const size_t at = toks_[c.first].begin;
  const size_t eol = text_.find('\n', at);
  const std::string_view line = text_.substr(at, eol == std::string_view::npos ? std::string_view::npos : eol - at);
  const size_t after = toks_[c.last - 1].end - at;
  if (after >= line.size()) return false;
  const std::string_view rest = line.substr(after);
  if (!(rest[0] == ',' || rest.substr(0, 3) == " --" || rest.substr(0, 2) == " (" || rest.substr(0, 4) == " \u2014" ||
        rest.substr(0, 4) == " \u2013"))
    return false;
  const auto d = read_dateline(line);
  return d && d->length >= after;
}

bool PlaceContexts::place_context(const Candidate& c) const {
  const size_t n = toks_.size();
  // A person's name the tagger found, opening with a given name, next to a noun of a place
  // that elects is its holder's ("fill the seat of Ann Lee", "the Ann Lee seat"); after
  // another word ("north of Glen Ostley") the given name is a place's too.
  const bool holder = c.type == kPerson && c.last - c.first >= 2 && given(c.first);
  // "the town of <name>": a word of the list, then "of", on the name's line.
  if (c.first >= 2 && tok(c.first - 1) == "of" && !toks_[c.first].nl && !toks_[c.first - 1].nl) {
    const Token& w = toks_[c.first - 2];
    if (w.word && !w.digit) {
      const std::string word = fold(tok(c.first - 2));
      if (lex_.place_of_words.count(word) && !(holder && lex_.place_nouns_after.count(word))) return true;
    }
  }
  // "fled to <name>", "flights to <name>": a word of a journey, then "to", on the name's line,
  // before a name the rules typed ORG for want of evidence ("flew to Ann Lee's wedding",
  // "flew to NASA's centre" keep theirs).
  if (c.type == kOrg && c.guessed && c.first >= 2 && tok(c.first - 1) == "to" && !toks_[c.first].nl &&
      !toks_[c.first - 1].nl) {
    const Token& w = toks_[c.first - 2];
    if (w.word && !w.digit && lex_.place_to_words.count(fold(tok(c.first - 2)))) return true;
  }
  // "the Kessock seat", "the Tarnby constituency": a noun of a place that elects right after a
  // name that nothing but the default or the tagger typed, and no party's label ("the Labour
  // seat", "a Green seat": a dictionary word alone, or a word of party_words.txt); the noun
  // ends the phrase, no thing's name it opens ("the Tarnco seat belt", "a riding school").
  if (c.last < n && toks_[c.last].word && !toks_[c.last].cap && !toks_[c.last].nl &&
      lex_.place_nouns_after.count(fold(tok(c.last))) && typed_by_default(c) && !party_label(c) && !holder &&
      phrase_ends_at(c.last + 1))
    return true;
  // "<name>-based": a hyphen and a word of the list, written without spaces, before a noun of
  // a business or body ("a Tavoreck-based maker"): a "Kubernetes-based platform" is no place.
  if (c.last + 2 < n && is(c.last, '-') && toks_[c.last].begin == toks_[c.last - 1].end &&
      toks_[c.last + 1].begin == toks_[c.last].end && toks_[c.last + 1].word &&
      lex_.place_suffix_words.count(fold(tok(c.last + 1))))
    return toks_[c.last + 2].word && lex_.based_nouns.count(fold(tok(c.last + 2))) > 0;
  return false;
}

bool PlaceContexts::party_label(const Candidate& c) const {
  if (c.last - c.first == 1 && capitalized_common_word(c.first)) return true;
  for (size_t k = c.first; k < c.last; ++k)
    if (lex_.party_words.count(std::string(tok(k)))) return true;
  return false;
}

bool PlaceContexts::phrase_ends_at(size_t k) const {
  if (k >= toks_.size() || toks_[k].nl || !toks_[k].word || toks_[k].cap) return true;
  return function_word(k) || acting_at(k) || lex_.place_verbs_after.count(fold(tok(k))) > 0;
}

void PlaceContexts::type_places() {
  size_t placed_end = SIZE_MAX;  // where the last name a context made a place ends
  for (Candidate& c : cands_) {
    // "the villages of Dunmore and Ellsby": the name right after "and" that follows a place of
    // a context is one too.
    const bool joined = placed_end != SIZE_MAX && c.first == placed_end + 1 && tok(placed_end) == "and";
    placed_end = SIZE_MAX;
    if (c.entry >= 0 || c.by_head || c.titled || c.last - c.first > 3) continue;
    // The tagger's event ("the mayor of Kestown" read as an event) is no place's either.
    if (c.type != kOrg && c.type != kPerson && c.type != "EVENT") continue;
    if (!joined && dateline_place(c)) {
      c.type = kGpe;
      c.weak = false;  // a dateline's place stands alone at the head of the story: it is a name
      continue;
    }
    if (!joined && !place_context(c)) continue;
    c.type = kGpe;  // a weak name stays weak: the context types a name, it does not make one
    c.guessed = c.tagged = false;
    if (!joined) placed_end = c.last;
  }
}

void PlaceContexts::find_opened_places() {
  const size_t n = toks_.size();
  std::vector<Candidate> found;
  size_t next = 0;  // the first candidate that may end after the token looked at
  size_t from = 1;  // the first token that may open a name
  // Only a word opening with a capital can open one (tested again below).
  for (size_t i : scratch_.cap_words) {
    if (i < from) continue;
    if (i + 1 >= n) break;
    const Token& t = toks_[i];
    if (!t.word || !t.cap || t.all_caps || capitalized_by_place(i) || t.nl) continue;
    if (toks_[i - 1].word && toks_[i - 1].cap) continue;  // "the Grand Lake Theater": a longer name
    if (t.end - t.begin > 5) continue;                     // longer than every opener: no lookup
    auto opener = lex_.place_openers.find(std::string(tok(i)));
    if (opener == lex_.place_openers.end()) continue;
    while (next < cands_.size() && cands_[next].last <= i) ++next;
    if (next < cands_.size() && cands_[next].first <= i + 1) continue;  // a name holds it or its next word
    size_t end = i + 1;
    while (end < n && end - i <= 2 && capitalized_common_word(end) && !head_type(end) &&
           (next >= cands_.size() || cands_[next].first > end))
      ++end;
    if (end == i + 1 || (end < n && !toks_[end].nl && toks_[end].word && toks_[end].cap)) continue;  // a longer name
    Candidate c;
    c.first = i;
    c.last = end;
    c.type = opener->second == kGpe || NameTypes(*this).known_place(i, end) ? kGpe : kLoc;  // "Cape Town"
    found.push_back(std::move(c));
    from = end;
  }
  insert_names(found);
}

}  // namespace dossier::entities_detail
