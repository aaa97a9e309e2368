// Bodies of state named by one capitalized noun (revision.h). Tested by
// revision_institutions_test.cc.
#include <string>
#include <string_view>
#include <vector>

#include "revision.h"

namespace dossier::entities_detail {

bool InstitutionNouns::institution_at(size_t i) const {
  const size_t n = toks_.size();
  if (i == 0 || toks_[i].nl) return false;
  const Token& t = toks_[i];
  if (!t.word || !t.cap || t.all_caps || capitalized_by_place(i)) return false;
  // A lower-case "the" right before it: the text speaks of the one body it has in mind; or
  // "this", the body a speech or a judgment addresses from within ("this Court", "this House").
  if (tok(i - 1) != "the" && tok(i - 1) != "this") return false;
  if (!lex_.institution_nouns.count(tok(i))) return false;
  if (i + 1 < n && !toks_[i + 1].nl) {
    const Token& next = toks_[i + 1];
    if (next.word && (next.cap || next.all_caps)) return false;  // "the Court House"
    // "the Court of Tarn" is left to the rules of longer names, and "the Army of supporters"
    // is a crowd, not a body.
    if (tok(i + 1) == "of") return false;
  }
  return true;
}

void InstitutionNouns::name_institutions() {
  // Most documents have no such noun: the names are looked through only when one stands.
  std::vector<size_t> nouns;
  for (const size_t i : scratch_.cap_words)
    if (institution_at(i)) nouns.push_back(i);
  if (nouns.empty()) return;
  // A noun inside a name ("the Vell Council"), or one a longer name holds ("the Court of
  // Tarn ... the Court"): the noun alone speaks of that body again, already named.
  auto named = [&](size_t i) {
    for (const Candidate& c : cands_) {
      if (c.first <= i && i < c.last) return true;
      if (c.last - c.first < 2) continue;
      for (size_t k = c.first; k < c.last; ++k)
        if (tok(k) == tok(i)) return true;
    }
    return false;
  };
  std::vector<Candidate> bodies;
  for (const size_t i : nouns) {
    if (named(i)) continue;
    Candidate& c = bodies.emplace_back();
    c.first = i;
    c.last = i + 1;
    c.type = kOrg;
  }
  if (!bodies.empty()) insert_names(bodies);
}

}  // namespace dossier::entities_detail
