// Revision: a person's name and the Roman numeral after it, one name (revision.h). Tested by
// revision_regnal_test.cc.
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "revision.h"

namespace dossier::entities_detail {

namespace {

// Whether W is a Roman numeral from I to XXXIX in capitals: tens, then the units.
bool regnal_numeral_word(std::string_view w) {
  if (w.empty()) return false;
  size_t k = 0;
  while (k < w.size() && k < 3 && w[k] == 'X') ++k;
  std::string_view units = w.substr(k);
  for (std::string_view u : {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"})
    if (units == u) return !w.empty();
  return false;
}

}  // namespace

bool RegnalNames::numeral_at(size_t k, bool titled) const {
  if (k >= toks_.size() || toks_[k].nl || !toks_[k].word || !toks_[k].cap) return false;
  const char first = text_[toks_[k].begin];
  if (first != 'I' && first != 'V' && first != 'X') return false;
  // Right after the name, one space between.
  if (toks_[k].begin != toks_[k - 1].end + 1 || text_[toks_[k - 1].end] != ' ') return false;
  std::string_view w = tok(k);
  if (!regnal_numeral_word(w)) return false;
  if (w != "I") return true;
  // "I" is the pronoun as often: a numeral only before "of", a bracket or punctuation that
  // ends the name ("Damasus I (305-384)", "James I of Vellmark"), not before a word ("Anna
  // I think", "Mr. Hale I know"), nor (after a name no title precedes) at the end of its
  // line, where a transcript's speaker may stop.
  if (k + 1 >= toks_.size() || toks_[k + 1].nl) return titled;
  if (!toks_[k + 1].word) return tok(k + 1) != "'" && tok(k + 1) != "\xE2\x80\x99";
  return tok(k + 1) == "of";
}

bool RegnalNames::person_before(const Candidate& c, size_t end) const {
  if (c.type == kPerson) return true;
  if (c.type != kOrg || c.by_head || end - c.first > 3) return false;
  return c.titled || given(c.first) || lex_.open_given_names.count(tok(c.first));
}

bool RegnalNames::held_numeral(const Candidate& c) const {
  for (size_t k = c.first + 1; k < c.last; ++k) {
    if (k + 1 < c.last && tok(k + 1) != "of") continue;
    if (numeral_at(k, c.titled) && person_before(c, k)) return true;
  }
  return false;
}

void RegnalNames::join_numerals() {
  std::vector<char> drop(cands_.size(), 0);
  bool any = false;
  for (size_t i = 0; i < cands_.size(); ++i) {
    Candidate& c = cands_[i];
    if (drop[i]) continue;
    // "Harald Tavik III" found whole, typed ORG for the capitals at its end; "Harald VII of
    // Vellmark", the realm after it.
    if (c.entry < 0 && c.type != kPerson && held_numeral(c)) {
      c.type = kPerson;
      c.guessed = false;
      continue;
    }
    if (!numeral_at(c.last, c.titled) || !person_before(c, c.last)) continue;
    // "Henry VIII", "Pope Leo XIII": the numeral, read as an acronym of its own or left out,
    // ends the name.
    if (i + 1 < cands_.size() && cands_[i + 1].first <= c.last) {
      if (cands_[i + 1].first != c.last || cands_[i + 1].last != c.last + 1) continue;
      drop[i + 1] = any = true;
    }
    c.last += 1;
    c.type = kPerson;
    c.entry = -1;
    c.guessed = false;
  }
  if (any) drop_marked(drop);
}

}  // namespace dossier::entities_detail
