// Names of storms (revision.h). Tested by revision_storms_test.cc.
#include <string>
#include <unordered_set>
#include <vector>

#include "revision.h"

namespace dossier::entities_detail {

size_t StormNames::storm_at(size_t i) const {
  const size_t n = toks_.size();
  // The run of capitalized words opens here: none right before it on its line, but for a
  // sentence's first word ("After Hurricane Katrina, ...").
  if (i > 0 && !toks_[i].nl && toks_[i - 1].word && toks_[i - 1].cap && !initial_[i - 1]) return 0;
  auto capitalized = [&](size_t j) { return j < n && toks_[j].word && toks_[j].cap && (j == i || !toks_[j].nl); };
  size_t k = i;
  while (capitalized(k) && lex_.storm_qualifiers.count(std::string(tok(k)))) ++k;
  if (!capitalized(k)) return 0;
  const auto storm = lex_.storm_words.find(std::string(tok(k)));
  if (storm == lex_.storm_words.end() || (storm->second && k == i)) return 0;
  const size_t name = k + 1;
  if (name >= n || toks_[name].nl) return 0;
  const Token& t = toks_[name];
  if (!t.word || !t.cap || t.digit || function_word(name) || head_type(name) || lex_.storm_words.count(std::string(tok(name))))
    return 0;
  // A storm's own name is a person's or a word of no dictionary ("Haiyan"); a common word
  // after the storm word names something else: a firm ("Hurricane Electric"), a team
  // ("Cyclone Hockey"), the season ("Hurricane Season").
  if (common(name) && !any_given(name)) return 0;
  // The name goes on ("the Hurricane Katrina Relief Fund"): an organisation's, not the storm's.
  if (name + 1 < n && !toks_[name + 1].nl && toks_[name + 1].word && toks_[name + 1].cap) return 0;
  return name + 1;
}

// The storm and its name alone are one entity: the grouping keeps a key set here.
std::string StormNames::storm_key(size_t name) const { return "s" + fold(tok(name)); }

void StormNames::name_storms() {
  std::vector<Candidate> storms;
  std::unordered_set<std::string_view> names;  // the storms' own names ("Katrina")
  size_t next = 0;  // the first word past the storm found last
  // Only a capitalized word can open a storm's name, and only a storm word or its qualifier:
  // one look-up of the word's hash each, no string made.
  for (const size_t i : scratch_.cap_words) {
    if (i < next || !lex_.storm_hash_set.contains(toks_[i].hash)) continue;
    const size_t end = storm_at(i);
    if (!end) continue;
    Candidate& c = storms.emplace_back();
    c.first = i;
    c.last = end;
    c.type = "EVENT";
    c.key = storm_key(end - 1);
    names.insert(tok(end - 1));
    next = end;
  }
  if (storms.empty()) return;  // most texts name no storm
  insert_names(storms);
  for (Candidate& c : cands_) {
    if (c.last - c.first != 1 || c.entry >= 0 || !names.count(tok(c.first))) continue;
    c.type = "EVENT";
    c.key = storm_key(c.first);
    c.by_head = c.titled = c.weak = c.guessed = c.cued = false;
  }
}

}  // namespace dossier::entities_detail
