// Revision: lone words of the dictionary that the rules or the tagger took as names. After
// the tagger, so its training sees the same names as before. Tested by
// revision_common_test.cc.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "revision.h"

namespace dossier::entities_detail {

bool CommonWords::lone_common_word(const Candidate& c) const {
  const size_t k = c.first;
  if (c.last - k != 1 || c.entry >= 0 || c.type != kOrg || c.by_head || c.titled) return false;
  const Token& t = toks_[k];
  if (!t.word || !t.cap || t.all_caps || t.digit || !common(k) || given(k)) return false;
  // The hash of the folded word first: few words are only capitalized in the dictionary.
  if (!(lex_.class_by_hash.get(t.hash) & kProperWord)) return true;
  return !lex_.proper_words.count(std::string(tok(k)));
}

bool CommonWords::ends_phrase(size_t k) const {
  if (k + 1 >= toks_.size() || toks_[k + 1].nl) return true;
  const Token& next = toks_[k + 1];
  return !next.word || (!next.cap && function_word(k + 1));
}

bool CommonWords::framed(size_t k) const {
  // "Indeed, ...", "First, ...": a sentence's first word set off by its punctuation, a word the
  // document never capitalizes inside a sentence.
  if (initial_[k] && k + 1 < toks_.size() && (is(k + 1, ',') || is(k + 1, '.') || is(k + 1, '!')))
    return !capitalized_name(k);
  if (k == 0 || newline_before(k)) return false;
  // "the Pledge.", "The Pledge of the guild": a determiner, in either case, before a word that
  // ends its noun phrase; "the Ford plant", "the Greens gained" name a firm and a party.
  return lex_.determiner_hash_set.contains(toks_[k - 1].hash) && ends_phrase(k);
}

void CommonWords::drop_lone_common_words() {
  // A word used once as a name ("Ford said", "Apple's") is a name wherever it stands.
  std::unordered_set<std::string_view> plain;
  bool any = false;
  for (const Candidate& c : cands_) {
    if (!lone_common_word(c)) continue;
    if (framed(c.first)) any = true;
    else plain.insert(tok(c.first));
  }
  if (!any) return;
  std::vector<char> drop(cands_.size());
  for (size_t j = 0; j < cands_.size(); ++j) {
    const Candidate& c = cands_[j];
    drop[j] = lone_common_word(c) && framed(c.first) && !plain.count(tok(c.first));
  }
  drop_marked(drop);
}

}  // namespace dossier::entities_detail
