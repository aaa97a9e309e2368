// Firms named like people: the words around one mention of a name that only a firm's takes
// type its other mentions (revision.h). Tested by revision_firms_test.cc.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "lexicon.h"
#include "finder_types.h"
#include "revision.h"

namespace dossier::entities_detail {

void FirmNames::type_firms() {
  // Surnames of the people named in full: a firm's cue around one alone is a person's name
  // in a construction a firm's takes too, or a firm named after the person.
  std::unordered_set<std::string_view> surnames;
  for (const Candidate& c : cands_)
    if (c.type == kPerson && c.last - c.first >= 2 && given(c.first)) surnames.insert(tok(c.last - 1));
  std::unordered_set<std::string_view> firms;
  // (A name with a legal suffix, "Brill Harwood Inc.", needs no cue: grouping joins it with
  // the name without the suffix and types the entity a firm's.)
  for (Candidate& c : cands_) {
    if (c.entry >= 0 || c.titled || (c.type != kPerson && c.type != kOrg)) continue;
    if (!cue_around(lex_.firm_cues, c.first, c.last, given(c.first))) continue;
    if (c.last - c.first == 1 && surnames.count(tok(c.first))) continue;
    firms.insert(surface_view(c.first, c.last));
    c.type = kOrg;
    c.cued = false;  // no longer a person's on evidence (ListedNames)
    // "Vantor shares fell": a word no dictionary knows, weak only for opening a sentence, is
    // a name by the firm's use of it ("Officials said it would" stays weak: a common word).
    // A common word capitalized inside a sentence is a name by a cue only a firm's name
    // takes ("analysts at Shell", "a stake in Amazon"), not by one a person's takes too.
    if (c.weak && c.last - c.first == 1 &&
        (!lex_.common_word(tok(c.first)) ||
         (!capitalized_by_place(c.first) && cue_around(lex_.firm_cues, c.first, c.last, true))))
      c.weak = false;
  }
  if (firms.empty()) return;
  for (Candidate& c : cands_)
    if (c.type == kPerson && c.entry < 0 && !c.titled && firms.count(surface_view(c.first, c.last))) {
      c.type = kOrg;
      c.cued = false;
    }
}

bool FirmNames::holds_body_word(const Candidate& c) const {
  for (size_t k = c.first; k < c.last; ++k) {
    if (!toks_[k].word || !toks_[k].cap) continue;
    std::string w(tok(k));
    if (lex_.body_words.count(w) && !any_given(k) && !lex_.open_surnames.count(w))
      return true;
  }
  return false;
}

void FirmNames::type_head_first_bodies() {
  for (Candidate& c : cands_) {
    if (c.entry >= 0 || c.titled || c.type != kPerson || c.last - c.first < 2) continue;
    // A person's name opens with a given name ("Carlos Nacional", "Paolo Nuovo"), and a
    // place's stands in the place lists ("Nouvelle Aquitaine").
    const bool opens_given = any_given(c.first);
    if (!opens_given && holds_body_word(c) && !NameTypes(*this).known_place(c.first, c.last)) {
      c.type = kOrg;
      continue;
    }
    if (!lex_.leading_heads.count(std::string(tok(c.first)))) continue;
    // A head that is also a given name ("Liga", "Lega") opens a body's name of three words
    // or more only: "Liga Ozola" is a runner.
    if (opens_given && c.last - c.first < 3) continue;
    c.type = kOrg;
  }
}

}  // namespace dossier::entities_detail
