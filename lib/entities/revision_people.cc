// A person's name run on over "of" into a body or a place (revision_caps_test.cc), and
// people read from the words around their names (revision_people_test.cc); revision.h.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "finder_types.h"
#include "lexicon.h"
#include "revision.h"

namespace dossier::entities_detail {

bool PeopleOf::person_before_of(size_t first, size_t of) const {
  if (of - first > 3 || !any_given(first)) return false;
  for (size_t k = first; k < of; ++k) {
    const Token& t = toks_[k];
    if (!t.word || !t.cap || t.digit || t.nl || function_word(k) || head_type(k)) return false;
  }
  // "Grace Hollow of Tarn": a place's words are no person's.
  return !NameTypes(*this).known_place(first, of);
}

void PeopleOf::split_people_of() {
  std::vector<Candidate> parts;
  for (const Candidate& c : cands_) {
    if ((c.type != kPerson && c.type != kOrg) || c.entry >= 0 || c.last - c.first < 4) continue;
    size_t of = c.first + 1;
    while (of + 1 < c.last && tok(of) != "of") ++of;
    if (of + 1 >= c.last) continue;
    // Two words of the name before "of", initials aside ("Ann B. Varga").
    size_t words = 0;
    // A regnal number counts as a word ("Elizabeth I of Tarn").
    for (size_t k = c.first; k < of; ++k) words += toks_[k].word && (toks_[k].end - toks_[k].begin > 1 || regnal(k));
    if (words < 2) continue;
    if (c.type == kOrg ? !person_before_of(c.first, of) : !(given(c.first) || regnal(of - 1))) continue;
    // "Cleveland Museum of Art": the word before "of" heads a body or a building, no surname
    // ("Thomas Baker of ..." still splits: a common word may be a surname).
    if (!regnal(of - 1) && (head_type(of - 1) || lex_.facility_heads.count(std::string(tok(of - 1))))) continue;
    size_t b = of + 1;
    if (tok(b) == "the" && b + 1 < c.last) ++b;  // "of the Tarn Review"
    bool capitals = true;
    for (size_t k = b; k < c.last && capitals; ++k) capitals = toks_[k].word && toks_[k].cap;
    if (!capitals) continue;
    Candidate person;
    person.first = c.first;
    person.last = of;
    person.type = kPerson;
    person.titled = c.titled;
    Candidate body;
    body.first = b;
    body.last = c.last;
    int64_t entry = -1;
    if (match(b, entry) == c.last && entry >= 0) {
      body.entry = entry;
      body.type = gaz_.entries()[static_cast<size_t>(entry)].type;
    } else if (const std::string* head = head_type(c.last - 1)) {
      body.type = *head;
      body.by_head = true;
    } else {
      // After a regnal number the realm is a place ("Kessar II of Orrin").
      body.type = NameTypes(*this).known_place(b, c.last) || regnal(of - 1) ? kGpe : kOrg;
      body.guessed = body.type == kOrg;
    }
    parts.push_back(std::move(person));
    parts.push_back(std::move(body));
  }
  if (parts.empty()) return;
  // The person's name goes, and its parts come in its place.
  std::vector<char> drop(cands_.size(), 0);
  size_t p = 0;
  for (size_t j = 0; j < cands_.size() && p < parts.size(); ++j)
    if (cands_[j].first == parts[p].first && cands_[j].last == parts[p + 1].last) {
      drop[j] = 1;
      p += 2;
    }
  drop_marked(drop);
  insert_names(parts);
}

bool PersonCues::retypable(const Candidate& c) const {
  return (c.type == kOrg || (c.weak && c.type == kPerson)) && typed_by_default(c);
}

void PersonCues::type_cued_people() {
  if (lex_.person_cues.empty()) return;
  std::unordered_set<std::string_view> people;
  for (Candidate& c : cands_) {
    // A name read as a person's already is confirmed: its other mentions follow it.
    const bool person = c.type == kPerson && c.entry < 0 && !c.weak;
    if (!(person || retypable(c)) || after_of(c)) continue;
    // A weak cue ("_ campaigned", "_ , who") stands around one-word bodies too ("Tarnwell
    // campaigned"): it types a name of two words or more only.
    if (!cue_around(lex_.person_cues, c.first, c.last, c.last - c.first == 1)) continue;
    people.insert(surface_view(c.first, c.last));
    c.type = kPerson;
    c.weak = c.guessed = c.tagged = false;
    c.cued = true;
  }
  if (people.empty()) return;
  // A word of a cued name of two words, its first or its last, stands for the person alone
  // ("the composer Merrow Dalt ... Merrow played").
  std::unordered_set<std::string_view> words;
  for (const Candidate& c : cands_)
    if (c.cued && c.last - c.first == 2) {
      words.insert(tok(c.first));
      words.insert(tok(c.last - 1));
    }
  for (Candidate& c : cands_) {
    if (c.cued || !retypable(c)) continue;
    if (!people.count(surface_view(c.first, c.last)) && !(c.last - c.first == 1 && words.count(tok(c.first)))) continue;
    c.type = kPerson;
    c.weak = c.guessed = c.tagged = false;
    c.cued = true;
  }
}

}  // namespace dossier::entities_detail
