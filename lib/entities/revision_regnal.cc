// Revision: a person's name and the numeral "I" after it, one name (revision.h). Tested by
// revision_regnal_test.cc.
#include <string>
#include <string_view>
#include <vector>

#include "dossier/utf8.h"
#include "lexicon.h"
#include "revision.h"

namespace dossier::entities_detail {

bool RegnalNames::first_numeral_at(const Candidate& c) const {
  size_t k = c.last;
  if (k >= toks_.size() || toks_[k].nl || tok(k) != "I") return false;
  // Right after the name, one space between.
  if (toks_[k].begin != toks_[k - 1].end + 1 || text_[toks_[k - 1].end] != ' ') return false;
  // "I" is the pronoun as often: a numeral only before "of", a bracket or punctuation that
  // ends the name ("Damasus I (305-384)", "James I of Vellmark"), not before a word ("Anna
  // I think", "Mr. Hale I know") nor at the end of a line, where a speaker may stop.
  if (k + 1 >= toks_.size() || toks_[k + 1].nl) return false;
  std::string_view next = tok(k + 1);
  if (toks_[k + 1].word) return next == "of";
  if (apostrophe(k + 1)) return false;
  // A speaker breaking off ("Tom Hale I -- I mean", "Tom Hale I... well").
  if (next.front() == '-' || next == "\xE2\x80\x94" || next == "\xE2\x80\x93" || next == "\xE2\x80\xA6") return false;
  if (next == "." && k + 2 < toks_.size() && toks_[k + 2].begin == toks_[k + 1].end && tok(k + 2).front() == '.') return false;
  // Before a comma or a bracket, a speaker's "I" follows a full name as often ("Then Ann
  // Varga I, uh, called"): the numeral only after a name of one word or a ruler's title.
  if (c.last - c.first == 1) return true;
  if (c.first == 0 || toks_[c.first - 1].nl) return false;
  std::string title = utf8::ascii_lower(tok(c.first - 1));
  return lex_.ruler_titles.count(title) > 0;
}

void RegnalNames::join_numerals() {
  std::vector<char> drop(cands_.size(), 0);
  bool any = false;
  for (size_t i = 0; i < cands_.size(); ++i) {
    Candidate& c = cands_[i];
    if (drop[i] || c.type != kPerson || !first_numeral_at(c)) continue;
    if (i + 1 < cands_.size() && cands_[i + 1].first <= c.last) {
      if (cands_[i + 1].first != c.last || cands_[i + 1].last != c.last + 1) continue;
      drop[i + 1] = any = true;  // the numeral read as a name of its own
    }
    c.last += 1;
    c.entry = -1;
    // "Harald I of Tarnmark": the realm's capitals join as after "II", and the split at
    // "of" that follows makes the realm a place of its own.
    if (tok(c.last) != "of") continue;
    size_t end = c.last + 1;
    while (end < toks_.size() && !toks_[end].nl && toks_[end].word && toks_[end].cap && !regnal(end)) ++end;
    if (end == c.last + 1) continue;
    size_t j = i + 1;
    while (j < cands_.size() && cands_[j].first < c.last) ++j;  // the numeral's own
    size_t past = j;
    while (past < cands_.size() && cands_[past].first < end && cands_[past].last <= end) ++past;
    // A name running on past the capitals stays as it is.
    if (past < cands_.size() && cands_[past].first < end) continue;
    for (; j < past; ++j) drop[j] = any = true;
    c.last = end;
  }
  if (any) drop_marked(drop);
}

}  // namespace dossier::entities_detail
