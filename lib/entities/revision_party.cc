// Revision: a party's name and the noun of what it forms after it (revision.h). Tested by
// revision_party_test.cc.
#include <string>

#include "lexicon.h"
#include "revision.h"

namespace dossier::entities_detail {

bool PartyTails::party_ends_at(size_t k, size_t last) const {
  if (k == last) return true;
  if (tok(k) != "of" || last - k < 2 || last - k > 4) return false;
  for (size_t j = k + 1; j < last; ++j)
    if (!toks_[j].word || !toks_[j].cap) return false;
  return true;
}

void PartyTails::cut_party_tails() {
  for (Candidate& c : cands_) {
    if (c.entry >= 0 || c.type != kOrg || c.last - c.first < 3) continue;
    const size_t tail = c.last - 1;
    if (!lex_.party_tails.count(std::string(tok(tail)))) continue;
    for (size_t k = c.first + 1; k < tail; ++k) {
      if (tok(k) != "Party") continue;
      if (party_ends_at(k + 1, tail)) c.last = tail;
      break;
    }
  }
}

}  // namespace dossier::entities_detail
