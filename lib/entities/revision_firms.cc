// Firms named like people: the words around one mention of a name that only a firm's takes
// type its other mentions, and the matching of such words, a firm's or a person's (revision.h).
// Tested by revision_firms_test.cc.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "lexicon.h"
#include "revision.h"

namespace dossier::entities_detail {

bool RevisionPass::cue_around(const std::vector<Lexicon::NameCue>& cues, size_t first, size_t last, bool strong_only) const {
  for (const Lexicon::NameCue& cue : cues) {
    if (!cue.strong && strong_only) continue;
    if (cue.before.size() > first || last + cue.after.size() > toks_.size()) continue;
    bool fits = true;
    for (size_t k = 0; k < cue.before.size() && fits; ++k) {
      const size_t at = first - cue.before.size() + k;
      fits = !toks_[at].nl && toks_[at].hash == cue.before[k];
    }
    for (size_t k = 0; k < cue.after.size() && fits; ++k) {
      const size_t at = last + k;
      fits = !toks_[at].nl && toks_[at].hash == cue.after[k];
    }
    if (fits) return true;
  }
  return false;
}

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
  }
  if (firms.empty()) return;
  for (Candidate& c : cands_)
    if (c.type == kPerson && c.entry < 0 && !c.titled && firms.count(surface_view(c.first, c.last))) c.type = kOrg;
}

void FirmNames::type_head_first_bodies() {
  for (Candidate& c : cands_) {
    if (c.entry >= 0 || c.titled || c.type != kPerson || c.last - c.first < 2) continue;
    if (!lex_.leading_heads.count(std::string(tok(c.first)))) continue;
    // A head that is also a given name ("Liga", "Lega") opens a body's name of three words
    // or more only: "Liga Ozola" is a runner.
    if ((given(c.first) || lex_.open_given_names.count(tok(c.first))) && c.last - c.first < 3) continue;
    c.type = kOrg;
  }
}

}  // namespace dossier::entities_detail
