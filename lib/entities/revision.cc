// Revision: the names of elections, and the acronyms that follow the names as the passes
// drop and move them. Tested by revision_test.cc.
#include "revision.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace dossier::entities_detail {

void follow_acronyms(Acronyms& acronyms, const std::vector<size_t>& moved) {
  for (auto it = acronyms.begin(); it != acronyms.end();) {
    if (moved[it->second] == SIZE_MAX) {
      it = acronyms.erase(it);
    } else {
      it->second = moved[it->second];
      ++it;
    }
  }
}

void Revision::name_elections() {
  const size_t n = toks_.size();
  for (Candidate& c : cands_) {
    if (c.entry < 0 || c.first == 0 || (c.type != kGpe && c.type != kLoc)) continue;
    const Token& year = toks_[c.first - 1];
    if (!year.digit || year.end - year.begin != 4 || year.end + 1 != toks_[c.first].begin) continue;
    size_t end = 0;
    for (size_t k = c.last; k < n && k < c.last + 3; ++k) {
      const Token& t = toks_[k];
      if (!t.word || t.cap || t.digit) break;
      std::string_view w = tok(k);
      if (w == "election" || w == "elections" || w == "referendum") {
        end = k + 1;
        break;
      }
    }
    if (!end) continue;
    c.first -= 1;
    c.last = end;
    c.entry = -1;
    c.type = "EVENT";
  }
}

}  // namespace dossier::entities_detail
