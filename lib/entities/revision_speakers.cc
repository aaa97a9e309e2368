// Revision: the speaker after an opening phrase of speaking (revision.h). Tested by
// revision_speakers_test.cc.
#include <string_view>

#include "finder_types.h"
#include "lexicon.h"
#include "revision.h"

namespace dossier::entities_detail {

bool SpeakingSubjects::named_elsewhere(const Candidate& c) const {
  const std::string_view name = tok(c.first);
  for (const Candidate& other : cands_)
    if (&other != &c && tok(other.first) == name) return true;
  return false;
}

void SpeakingSubjects::type_speakers() {
  const size_t n = toks_.size();
  for (Candidate& c : cands_) {
    const size_t k = c.first;
    if (c.type != kOrg || c.last - k != 1 || k < 3 || !is(k - 1, ',') || toks_[k].nl) continue;
    const size_t v = c.last;
    if (v + 1 >= n || toks_[v].nl || !saying_at(v) || toks_[v + 1].nl || fold(tok(v + 1)) == "it") continue;
    if (!typed_by_default(c) || camel_cased(c)) continue;
    // The sentence's first word, on the name's line, a participle of speaking.
    size_t s = k - 1;
    while (s > 0 && !initial_[s] && !toks_[s].nl) --s;
    if (!initial_[s] || !lex_.speaking_opener_hash_set.contains(toks_[s].hash)) continue;
    // "Speaking of prices, Velmora said ...": "speaking of" turns to a topic; no one speaks.
    if (s + 1 < k && tok(s + 1) == "of") continue;
    // A name the text uses elsewhere is typed by what it does there ("Velmora fixed the
    // outage. Speaking on Monday, Velmora said ..." is one firm, not a firm and a person).
    if (named_elsewhere(c)) continue;
    c.type = kPerson;
    c.guessed = c.tagged = false;
    c.cued = true;
  }
}

}  // namespace dossier::entities_detail
