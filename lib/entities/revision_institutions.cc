// Bodies of state named by one capitalized noun (revision.h). Tested by
// revision_institutions_test.cc.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "revision.h"

namespace dossier::entities_detail {

bool InstitutionNouns::institution_at(size_t i) const {
  const size_t n = toks_.size();
  if (i == 0 || toks_[i].nl) return false;
  const Token& t = toks_[i];
  if (!t.word || !t.cap || t.all_caps || initial_[i] || headline_[i] || heading_[i]) return false;
  // A lower-case "the" right before it: the text speaks of the one body it has in mind.
  if (tok(i - 1) != "the") return false;
  if (!lex_.institution_nouns.count(std::string(tok(i)))) return false;
  if (i + 1 < n && !toks_[i + 1].nl) {
    const Token& next = toks_[i + 1];
    if (next.word && (next.cap || next.all_caps)) return false;  // "the Court House"
    if (tok(i + 1) == "of" && i + 2 < n && !toks_[i + 2].nl && toks_[i + 2].cap) return false;
  }
  return true;
}

void InstitutionNouns::name_institutions() {
  std::vector<char> named(toks_.size());
  // The nouns inside longer names ("the Vell Council", "the Court of Tarn"): the noun alone
  // speaks of that body again, already named.
  std::unordered_set<std::string_view> in_names;
  for (const Candidate& c : cands_) {
    for (size_t k = c.first; k < c.last; ++k) {
      named[k] = 1;
      if (c.last - c.first > 1) in_names.insert(tok(k));
    }
  }
  std::vector<Candidate> bodies;
  for (const size_t i : scratch_.cap_words) {
    if (named[i] || in_names.count(tok(i)) || !institution_at(i)) continue;
    Candidate& c = bodies.emplace_back();
    c.first = i;
    c.last = i + 1;
    c.type = "ORG";
  }
  if (!bodies.empty()) insert_names(bodies);
}

}  // namespace dossier::entities_detail
