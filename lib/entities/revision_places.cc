// Names that the words around them mark as places (revision.h). Tested by
// revision_places_test.cc.
#include <string>

#include "lexicon.h"
#include "revision.h"
#include "text.h"

namespace dossier::entities_detail {

bool PlaceContexts::place_context(const Candidate& c) const {
  const size_t n = toks_.size();
  // "the town of <name>": a word of the list, then "of", on the name's line.
  if (c.first >= 2 && tok(c.first - 1) == "of" && !toks_[c.first].nl && !toks_[c.first - 1].nl) {
    const Token& w = toks_[c.first - 2];
    if (w.word && !w.digit && lex_.place_of_words.count(fold(tok(c.first - 2)))) return true;
  }
  // "<name>-based": a hyphen and a word of the list, written without spaces, before a noun of
  // a business or body ("a Tavoreck-based maker"): a "Kubernetes-based platform" is no place.
  if (c.last + 2 < n && is(c.last, '-') && toks_[c.last].begin == toks_[c.last - 1].end &&
      toks_[c.last + 1].begin == toks_[c.last].end && toks_[c.last + 1].word &&
      lex_.place_suffix_words.count(fold(tok(c.last + 1))))
    return toks_[c.last + 2].word && lex_.based_nouns.count(fold(tok(c.last + 2))) > 0;
  return false;
}

void PlaceContexts::type_places() {
  for (Candidate& c : cands_) {
    if (c.entry >= 0 || c.by_head || c.titled || c.last - c.first > 3) continue;
    if (c.type != kOrg && c.type != kPerson) continue;
    if (!place_context(c)) continue;
    c.type = kGpe;  // a weak name stays weak: the context types a name, it does not make one
  }
}

}  // namespace dossier::entities_detail
