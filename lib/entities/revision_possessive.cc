// Revision: an organisation's name with a possessive inside it, "the People's Party" (revision.h).
// Tested by revision_possessive_test.cc.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "revision.h"

namespace dossier::entities_detail {

size_t PossessiveBodies::body_head_after(size_t i) const {
  size_t head = 0;
  for (size_t k = i + 1; k < toks_.size() && k <= i + 5; ++k) {
    const Token& t = toks_[k];
    if (t.nl || !t.word || !t.cap || t.all_caps || function_word(k)) break;
    if (t.begin != toks_[k - 1].end + 1) break;  // one space between the words
    auto h = lex_.heads.find(std::string(tok(k)));
    if (h != lex_.heads.end() && h->second == kOrg) head = k;
  }
  return head;
}

void PossessiveBodies::join_possessives() {
  std::vector<Candidate> found;
  // The marks are few: the text is searched for their first bytes, and only the tokens that
  // open there are looked at.
  size_t from = 0, straight = 0, curly = 0;
  for (size_t i = 0;;) {
    if (straight < from) straight = text_.find('\'', from);
    if (curly < from) curly = text_.find('\xE2', from);
    const size_t at = std::min(straight, curly);
    if (at == std::string_view::npos) break;
    from = at + 1;
    i = static_cast<size_t>(std::lower_bound(toks_.begin() + static_cast<std::ptrdiff_t>(i), toks_.end(), at,
                                             [](const Token& t, size_t pos) { return t.begin < pos; }) -
                            toks_.begin());
    if (i == 0 || i + 1 >= toks_.size()) continue;
    if (toks_[i].begin != at || toks_[i].word || !possessive_mark(i)) continue;
    const size_t owner = i - 1;
    const Token& o = toks_[owner];
    // The owner is a capitalized common word, not a head itself ("the Party's National
    // Committee" is the party's committee), right before the mark (a space at most).
    if (!o.word || !o.cap || o.all_caps || o.nl || !common(owner) || function_word(owner)) continue;
    if (lex_.heads.count(std::string(tok(owner))) || toks_[i].begin > o.end + 1) continue;
    // Text split into tokens writes the mark apart, its "s" a word of its own: "People 's".
    size_t mark = i;
    if (apostrophe(i) && tok(i + 1) == "s" && toks_[i + 1].begin == toks_[i].end) ++mark;
    const size_t head = body_head_after(mark);
    if (!head) continue;
    // The capitalized words before the owner open the name ("the Tarnese People's Party"),
    // not a common word that opens the sentence ("Yesterday").
    size_t first = owner;
    while (first > 0 && owner - first < 3) {
      const size_t k = first - 1;
      const Token& t = toks_[k];
      if (!t.word || !t.cap || toks_[first].nl || toks_[first].begin != t.end + 1 || function_word(k)) break;
      if (initial_[k] && common(k)) break;
      // Nor a day, a month or another word that is never a name ("On Monday People's Party
      // leaders met"; not_names.txt).
      if (not_name(k)) break;
      first = k;
    }
    found.push_back(org_by_head(first, head + 1));
    from = toks_[head].end;
  }
  insert_names(found);
}

}  // namespace dossier::entities_detail
