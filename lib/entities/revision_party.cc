// Revision: a party's name and the noun of what it forms after it (revision.h). Tested by
// revision_party_test.cc.
#include <string>
#include <string_view>
#include <vector>

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

bool PartyPlurals::party_plural(size_t k) const {
  const Token& t = toks_[k];
  if (!t.word || !t.cap || t.all_caps || t.digit || t.nl) return false;
  const std::string_view w = tok(k);
  if (w.size() < 4 || w.back() != 's') return false;
  // "Tories": a plural in -ies of a word in -y.
  if (w.size() > 4 && w.substr(w.size() - 3) == "ies" && lex_.party_words.count(std::string(w.substr(0, w.size() - 3)) + "y"))
    return true;
  return lex_.party_words.count(std::string(w.substr(0, w.size() - 1))) > 0;
}

bool PartyPlurals::party_word_before(size_t k) const {
  const Token& t = toks_[k];
  // The word may open a line (text wrapped before "Welsh Radical Socialists"); the name
  // runs across no line break, so the word after it may not.
  if (!t.word || !t.cap || t.all_caps || t.digit || toks_[k + 1].nl || function_word(k) || head_type(k)) return false;
  // "In March Republicans took control": a day, a month or another word never a name's
  // (not_names.txt).
  if (not_name(k)) return false;
  // "House Democrats": a body's members ("the House", institution_nouns.txt).
  if (lex_.institution_nouns.count(tok(k))) return false;
  if (t.end + 1 != toks_[k + 1].begin) return false;  // one space, no punctuation between
  return common(k) || party_word_by_itself(k);
}

bool PartyPlurals::party_word_by_itself(size_t k) const {
  return demonym_like(k) || lex_.party_words.count(std::string(tok(k))) || gazetteer_place(k);
}

void PartyPlurals::name_party_plurals() {
  std::vector<Candidate> names;
  size_t c = 0;  // the first candidate that may hold token k or come after it
  // A plural is capitalized and not in capitals: only the words Context::mark listed so
  // (Scratch::cap_words, in order) are asked, not every token.
  for (const size_t k : scratch_.cap_words) {
    if (k == 0 || !party_plural(k)) continue;
    while (c < cands_.size() && cands_[c].last <= k) ++c;
    // A name that holds the plural and words before it already stands (the gazetteer's, "the
    // Party of Liberal Democrats" of a head word): it is left as it is.
    if (c < cands_.size() && cands_[c].first < k) continue;
    size_t first = k;
    while (first > 0 && k - first < 3 && party_word_before(first - 1)) --first;
    if (first == k) continue;
    // "Moderate Democrats backed it", "Rural Republicans were split": a sentence's or a
    // headline's first word is capitalized by its place, so a dictionary word there is no
    // evidence of a name ("Scottish", "Liberal", "Queensland" still are). After a dash or a
    // comma ("the Labour - Agrarian Socialists coalition") a capital is the name's.
    if ((opens_sentence(first) || headline_[first]) && !party_word_by_itself(first)) continue;
    // No person's name among the words taken in, and no name running in from before them.
    bool clear = true;
    for (size_t j = c; j-- > 0 && cands_[j].last > first && clear;) clear = cands_[j].type != kPerson && cands_[j].first >= first;
    if (!clear) continue;
    names.push_back(org_by_head(first, k + 1));
  }
  insert_names(names);
}

}  // namespace dossier::entities_detail
