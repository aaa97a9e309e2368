// Grouping: a longer form of a name joins the entity of its shorter form.
#include "finder_joins.h"

#include <algorithm>

namespace dossier::entities_detail {

size_t FormJoins::country_opening(const Candidate& c) const {
  // Not a party or a movement: countries share their bare names ("National Party").
  if (c.type != kOrg || c.last - c.first < 3 || lex_.party_heads.count(fold(tok(c.last - 1)))) return 0;
  int64_t e = -1;
  size_t end = match(c.first, e);
  if (end == 0 || e < 0 || end + 2 > c.last || gaz_.entries()[static_cast<size_t>(e)].type != kGpe) return 0;
  return toks_[end].cap ? end : 0;
}

void FormJoins::note_bare_body(size_t k, size_t start, std::map<std::string, std::string>& bare_of) const {
  const Candidate& c = cands_[k];
  auto d = by_name_.find(fold(surface_view(start, c.last)));
  if (d == by_name_.end()) return;
  const auto& short_form = cands_[d->second];
  bool body = short_form.type == kOrg && (short_form.entry < 0 || gaz_.entries()[static_cast<size_t>(short_form.entry)].type == kOrg);
  if (!body || short_form.key == c.key) return;
  auto [it, fresh] = bare_of.emplace(short_form.key, c.key);
  if (!fresh && it->second != c.key) it->second.clear();
}

void FormJoins::join_legal_name(const Candidate& c, const std::unordered_map<std::string, size_t>& person_words) {
  size_t end = c.last;
  // Commas before the legal words ("Brelvant, Inc.") are passed over: the tagger may take
  // them into a name, as it scores a comma between two capitalized words as a connector
  // (features.cc). No other name ends in a legal word after a comma: the rules' only names
  // with one are a gazetteer's (not joined here) and inverted authors ("Baker, Anna"), whose
  // word after the comma is a given name.
  while (end > c.first + 1 && (legal(end - 1) || is(end - 1, ','))) {
    --end;
    if (is(end - 1, ',')) continue;  // the longest shorter name first: "X Group PLC" to "X Group", else "X"
    auto d = by_name_.find(fold(surface_view(c.first, end)));
    if (d == by_name_.end()) continue;
    const auto& short_form = cands_[d->second];
    if (short_form.key == c.key) return;
    if (short_form.entry >= 0 && gaz_.entries()[static_cast<size_t>(short_form.entry)].type != kOrg) return;
    if (auto p = person_words.find(short_form.key); p != person_words.end() && p->second > short_form.last - short_form.first)
      return;
    rekey_.emplace(c.key, short_form.key);
    return;
  }
}

void FormJoins::join_lone_heads() {
  std::map<uint64_t, std::string> full_of;  // head word's hash -> the full name's key, "" when two
  bool any = false;
  for (const auto& c : cands_) {
    if (c.left_out()) continue;
    if (c.last - c.first == 1) {
      any = any || (c.by_head && lone_head(c.first));
    } else if (c.type == kOrg && lone_head(c.last - 1)) {
      auto [it, fresh] = full_of.emplace(toks_[c.last - 1].hash, c.key);
      if (!fresh && it->second != c.key) it->second.clear();
    }
  }
  if (!any) return;
  for (auto& c : cands_) {
    if (c.left_out() || c.last - c.first != 1 || !c.by_head) continue;
    auto it = full_of.find(toks_[c.first].hash);
    if (it != full_of.end() && !it->second.empty()) c.key = it->second;
  }
}

void FormJoins::join() {
  join_lone_heads();
  // Each candidate's country opening, found once: the test below and the joins both need it.
  std::vector<size_t> opening(cands_.size(), 0);
  bool any = false;
  for (size_t k = 0; k < cands_.size(); ++k)
    if (open_to_join(cands_[k])) {
      opening[k] = country_opening(cands_[k]);
      any = any || opening[k] || legal(cands_[k].last - 1);
    }
  if (!any) return;
  for (size_t k = 0; k < cands_.size(); ++k)
    if (!cands_[k].left_out()) by_name_.emplace(fold(surface_view(cands_[k].first, cands_[k].last)), k);
  // The longest person's name grouped under each key ("Anna Kessler", then "Kessler"): a firm
  // named after its founder ("Kessler Group") does not take a short name that is a longer
  // person's ("Kessler"), while a short firm name the tagger took for a person ("Aer Lanto")
  // still joins its legal name.
  std::unordered_map<std::string, size_t> person_words;
  for (const auto& c : cands_)
    if (c.type == kPerson && !c.left_out()) {
      size_t& w = person_words[c.key];
      w = std::max(w, c.last - c.first);
    }
  // The body without its country: joined only when one full name of the document has it
  // ("the Veldran Coast Guard" and "the Ostrian Coast Guard" leave "Coast Guard" alone).
  std::map<std::string, std::string> bare_of;  // short name's key -> the full name's key, "" when two (ordered: output)
  for (size_t k = 0; k < cands_.size(); ++k) {
    const Candidate& c = cands_[k];
    if (!open_to_join(c)) continue;
    if (opening[k]) note_bare_body(k, opening[k], bare_of);
    if (legal(c.last - 1)) join_legal_name(c, person_words);
  }
  for (const auto& [short_key, full_key] : bare_of)
    if (!full_key.empty() && !rekey_.count(full_key)) rekey_.emplace(full_key, short_key);
  if (rekey_.empty()) return;
  for (auto& c : cands_) {
    // "X Group PLC" to "X Group" to "X": a few steps at most (each key is left once).
    for (size_t step = 0; step < 4; ++step) {
      auto r = rekey_.find(c.key);
      if (r == rekey_.end()) break;
      c.key = r->second;
    }
  }
}

}  // namespace dossier::entities_detail
