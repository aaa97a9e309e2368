// The tagger's review of the Finder's names (finder_tagger.h).
#include "finder_tagger.h"

#include <algorithm>
#include <limits>
#include <string>
#include <unordered_map>

#include "tagger.h"

namespace dossier::entities_detail {

void TaggerReview::compute_features() {
  std::vector<uint64_t>& codes = scratch_.rule_codes;
  codes.assign(toks_.size(), 0);
  for (const Candidate& c : cands_) {
    uint64_t how = (c.entry >= 0 ? 1 : 0) | (c.titled ? 2 : 0) | (c.by_head ? 4 : 0) | (c.weak ? 8 : 0);
    uint64_t type = hash_folded(c.type);
    for (size_t k = c.first; k < c.last && k < codes.size(); ++k)
      codes[k] = combine(combine(k == c.first ? 1 : 2, type), how);
  }
  scratch_.features.compute(text_, toks_, gaz_, codes);
}

bool TaggerReview::question_auxiliary(size_t i) const {
  if (!initial_[i]) return false;
  return auxiliary_verb(utf8::ascii_lower(tok(i))) && asks_after(i);
}

bool TaggerReview::company_word(const Candidate& c) const {
  if (c.type != kOrg || c.by_head) return false;
  std::string first(tok(c.first));
  return lex_.proper_words.count(first) && !any_given(c.first);
}

bool TaggerReview::foreign_person_shape(const Candidate& c) const {
  if (c.entry >= 0 || c.type != kOrg || c.by_head || c.last - c.first < 2 || c.last - c.first > 3) return false;
  if (in_heading(c) || lex_.proper_words.count(tok(c.first))) return false;
  // "the Zelvana Bratstvo": a person's name takes no article; "the leader of Zelvana
  // Bratstvo": a role's "of" names a body or a place (a role's "to" a person: "adviser to").
  if (after_the(c.first) || (c.first > 0 && tok(c.first - 1) == "of" && title_chain_before(c.first))) return false;
  for (size_t k = c.first; k < c.last; ++k) {
    const Token& t = toks_[k];
    if (!t.word || !t.cap || t.all_caps || t.digit || t.end - t.begin < 2) return false;
    if (common(k) || function_word(k) || demonym_like(k)) return false;
  }
  return true;
}

void TaggerReview::run() {
  const TaggerModel& model = tagger();
  if (model.empty()) return;
  const TaggerMargins& at = model.margins();
  compute_features();
  model.tag(scratch_.features, toks_.size(), scratch_.tags, scratch_.margins);
  std::vector<TaggedName> names = TaggerModel::names(scratch_.tags, scratch_.margins, scratch_.features);
  std::vector<Candidate>& out = scratch_.merged;
  out.clear();
  // One allocation for the merged names, not a doubling and a move of every name so far
  // at each growth (most of the page faults on a long document).
  out.reserve(cands_.size() + names.size());
  std::vector<size_t> shaped;  // names of a person's shape (foreign_person_shape), in OUT
  // Where each rule candidate went (acronyms defined in the text point at candidates).
  std::vector<size_t> moved(cands_.size());
  size_t n = 0;  // next tagger name
  // Adds the tagger's names that end by UPTO (they overlap no candidate of the rules).
  auto flush_names = [&](size_t upto) {
    while (n < names.size() && names[n].last <= upto) {
      const TaggedName& nm = names[n++];
      if (nm.margin < at.add) continue;
      // A lone dictionary word ("Pact" in a headline, "Council") is a name only where the
      // rules find it one (after a title, by the gazetteer, capitalized mid-sentence).
      if (nm.last - nm.first == 1 && !toks_[nm.first].all_caps && lex_.lower_hash_set.contains(toks_[nm.first].hash))
        continue;
      // "Will Parliament back it?": the question's verb is no part of the name.
      size_t first = nm.first;
      if (question_auxiliary(first)) ++first;
      if (first == nm.last) continue;
      if (first > nm.first && nm.last - first == 1 && !toks_[first].all_caps && lex_.lower_hash_set.contains(toks_[first].hash))
        continue;
      // "the Brisco & Taft's 300": a number alone names nothing.
      bool letters = false;  // "3M", "7-Eleven" have theirs after a digit
      for (size_t k = first; k < nm.last && !letters; ++k)
        for (char ch : tok(k)) letters = letters || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch & 0x80);
      if (!letters) continue;
      Candidate& c = out.emplace_back();
      c.first = first;
      c.last = nm.last;
      c.tagged = true;
      int64_t entry = -1;
      if (match(first, entry) == nm.last && entry >= 0) {
        c.entry = entry;
        c.type = gaz_.entries()[static_cast<size_t>(entry)].type;
      } else {
        c.type = kind_type(nm.kind);
      }
    }
  };
  for (size_t o = 0; o < cands_.size(); ++o) {
    Candidate& c = cands_[o];
    flush_names(c.first);
    // The tagger's name that overlaps c the most.
    size_t most = 0, best = SIZE_MAX;
    while (n < names.size() && names[n].first < c.last) {
      const TaggedName& nm = names[n];
      size_t overlap = std::min(nm.last, c.last) - std::max(nm.first, c.first);
      if (overlap > most) {
        most = overlap;
        best = n;
      }
      if (nm.last > c.last) break;
      ++n;
    }
    // A name of the rules alone whose every word the tagger is sure is no name's
    // ("Hellenistic", "Attalid": adjectives the word lists do not know) is dropped; so is,
    // at a lower margin, a name the rules typed ORG only by default (no head word, cue,
    // list or title typed it).
    if (c.entry < 0 && best == SIZE_MAX) {
      float sure = std::numeric_limits<float>::max();
      // A word the tagger puts inside a name the rules' name only overlaps ("Varrowdale,
      // Ostlingham" taken as a town and its state) is a name's: its margin is no doubt.
      for (size_t k = c.first; k < c.last; ++k)
        sure = std::min(sure, scratch_.features.scored(k) && scratch_.tags[k] == 0 ? scratch_.margins[k] : 0.0f);
      if (sure >= at.drop || (c.guessed && !c.titled && sure >= at.guess_drop)) {
        moved[o] = SIZE_MAX;
        continue;
      }
    }
    bool retyped = false;
    if (c.entry < 0 && !c.by_head && best != SIZE_MAX) {
      const TaggedName& nm = names[best];
      // A one-word person of the tagger inside a longer name of the rules does not make
      // the longer name a person's ("In Tavorsky" at a sentence start stays as it was).
      const bool part = nm.last - nm.first < 2 && c.last - c.first >= 2;
      // A name a person's title opens ("Mr. Oddsson said") is no event's: the title, not
      // the word's letters, says what it names.
      const bool titled_event = c.titled && nm.kind == kKindEvent;
      if (nm.margin >= at.type && !titled_event && !(nm.kind == kKindPerson && (part || company_word(c)))) {
        c.tagged = c.type != kind_type(nm.kind);
        c.type = kind_type(nm.kind);
        // "Policymakers said": a plural opening a sentence stays as weak as the rules left
        // it (a newer noun of people the dictionary lacks as often as a name).
        c.weak = c.weak && c.last - c.first == 1 && initial_[c.first] && capitalized_plural(c.first);
        retyped = true;
      }
    }
    if (!retyped && foreign_person_shape(c)) shaped.push_back(out.size());
    moved[o] = out.size();
    out.push_back(std::move(c));
    // A name of the tagger running past c is not added.
    while (n < names.size() && names[n].first < out.back().last) ++n;
  }
  flush_names(SIZE_MAX);
  // A person is named in full once or twice and then by surname; a name repeated in full
  // whose last word never stands alone is an organisation's ("Harwell Brightmoor ...
  // Harwell Brightmoor is based in Leeds").
  if (!shaped.empty()) {
    std::unordered_map<std::string_view, int> uses;
    for (const Candidate& c : out) ++uses[surface_view(c.first, c.last)];
    for (size_t k : shaped) {
      Candidate& c = out[k];
      if (uses[surface_view(c.first, c.last)] >= 2 && !uses.count(tok(c.last - 1))) continue;
      c.type = kPerson;
    }
  }
  cands_.swap(out);
  follow_acronyms(acronyms_, moved);
}

}  // namespace dossier::entities_detail
