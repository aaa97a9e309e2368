// Revision: a lone name that opens its clause or sentence and acts there is a person's (revision.h).
// Tested by revision_subjects_test.cc.
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lexicon.h"
#include "revision.h"

namespace dossier::entities_detail {

bool ActingSubjects::opens_clause(size_t k, size_t previous_end) const {
  // After an opening phrase and its comma ("In 2004,", "During his term,"): the sentence
  // opens with a function word or an adverb in "-ly" and holds no name before this one. A
  // sentence's own first word is left to the finder's rule for it (a firm's "Quorvex posted").
  if (headline_[k]) return false;
  if (k < 3 || tok(k - 1) != ",") return false;
  size_t s = k - 1;
  while (s > 0 && !initial_[s] && !toks_[s].nl) --s;
  if (!initial_[s] || s + 1 >= k - 1 || previous_end > s) return false;
  const std::string_view w = tok(s);
  const bool adverb = w.size() > 4 && w.substr(w.size() - 2) == "ly";
  return function_word(s) || adverb;
}

bool ActingSubjects::acts_at(size_t k) const {
  if (k >= toks_.size() || toks_[k].nl) return false;
  const std::string_view w = tok(k);
  // One adverb between ("Tarvel also served", "Tarvel later joined").
  if ((w == "also" || w == "then" || w == "later") && k + 1 < toks_.size() && !toks_[k + 1].nl) return acting_at(k + 1);
  // "In 1998, Quorvex was founded by ...": a body's making told in the passive
  // (founding_verbs.txt) is no person's act.
  if ((w == "was" || w == "were") && k + 1 < toks_.size() && !toks_[k + 1].nl &&
      lex_.founding_verb_hash_set.contains(toks_[k + 1].hash))
    return false;
  return acting_at(k);
}

bool ActingSubjects::described_opener(const Candidate& c) const {
  // "Varnholt was re-elected", "Varnholt was born", "Varnholt had resigned": the sentence's
  // own first word, a word no dictionary knows, then "was" or "had" and a participle of what
  // befalls or is done by a person alone (maybe behind "also" or an adverb in "-ly"). A
  // firm's name opens a sentence before what the firm did ("Quorvex posted a loss"), how it
  // fared ("Quorvex was hardest hit", "was fined") or its making ("was founded"), which are
  // left to the finder's rule.
  const size_t k = c.first, n = toks_.size();
  if (!opens_sentence(k) || headline_[k] || lex_.common_word(tok(k))) return false;
  if (tok(k).back() == 's') return false;  // "Policymakers were": a plural noun of people the dictionary lacks
  size_t v = c.last;
  if (v >= n || toks_[v].nl || (tok(v) != "was" && tok(v) != "had")) return false;
  size_t p = v + 1;
  auto adverb = [&](size_t i) {
    const std::string_view w = tok(i);
    return w == "also" || (w.size() > 4 && w.substr(w.size() - 2) == "ly" && lex_.common_word(w));
  };
  if (p < n && !toks_[p].nl && adverb(p)) ++p;
  // Only what befalls a person alone after "was" (person_participles.txt: a firm too "was
  // fined", "was charged" or "was appointed"), and only what a person alone does, with no
  // object, after "had" (person_perfects.txt: a body too "had killed" or "had campaigned").
  if (p >= n || toks_[p].nl) return false;
  return (tok(v) == "was" ? lex_.person_participle_hash_set : lex_.person_perfect_hash_set).contains(toks_[p].hash);
}

bool ActingSubjects::owns_in_sentence(size_t k) const {
  // "its" in the name's sentence is a body's ("In its annual report, X warned", "X closed
  // three of its mines"): a person's would be "his" or "her".
  size_t s = k;
  while (s > 0 && !initial_[s] && !toks_[s].nl) --s;
  for (size_t j = s; j < toks_.size() && (j == s || (!initial_[j] && !toks_[j].nl)); ++j)
    if (fold(tok(j)) == "its") return true;
  return false;
}

bool ActingSubjects::speaks_of_self(const Candidate& c) const {
  // "Varnholt said he would resign", "Varnholt said his party ...": a lone word that speaks of
  // itself as "he" or "she" is a person's; a firm says "it" or "its" ("Quorvex said it would
  // cut jobs"), which owns_in_sentence reads before this.
  const size_t n = toks_.size();
  const size_t v = c.last;
  if (v >= n || toks_[v].nl || !saying_at(v)) return false;  // cues.tsv's verbs of saying
  size_t p = v + 1;
  if (p < n && !toks_[p].nl && tok(p) == "that") ++p;
  if (p >= n || toks_[p].nl) return false;
  const std::string_view w = tok(p);
  return w == "he" || w == "she" || w == "his" || w == "her";
}

void ActingSubjects::type_acting_subjects() {
  std::vector<size_t> acting;  // the candidates acting after an opening phrase
  size_t previous_end = 0;     // the end of the name before, to tell the opening phrase holds none
  for (size_t i = 0; i < cands_.size(); ++i) {
    const Candidate& c = cands_[i];
    const size_t before = previous_end;
    previous_end = c.last;
    if (c.type != kOrg || c.last - c.first != 1 || !typed_by_default(c) || camel_cased(c)) continue;
    if (owns_in_sentence(c.first)) continue;
    if ((opens_clause(c.first, before) && acts_at(c.last)) || described_opener(c) || speaks_of_self(c)) acting.push_back(i);
  }
  if (acting.empty()) return;
  // Each of the word's mentions acts so: a firm's name comes back in other roles too
  // ("Fiat's announcement", "the Airbus A380"), a person's often stands but once. The
  // tokens are counted in one pass for all the acting words (a long document may hold many).
  std::unordered_map<uint64_t, std::pair<size_t, size_t>> uses;  // hash -> mentions, acting
  for (size_t i : acting) ++uses[toks_[cands_[i].first].hash].second;
  for (const Token& t : toks_)
    if (auto it = uses.find(t.hash); it != uses.end()) ++it->second.first;
  for (size_t i : acting) {
    const auto& [mentions, acts] = uses[toks_[cands_[i].first].hash];
    if (mentions != acts) continue;
    Candidate& c = cands_[i];
    c.type = kPerson;
    c.guessed = c.tagged = false;
    c.cued = true;
  }
}

}  // namespace dossier::entities_detail
