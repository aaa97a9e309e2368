// What an actor candidate stands for (actors.h): a person also gives the position to the
// state or organisation they speak for, by office on the date (the ActorResolver) or as the
// text introduced them ("Russia's envoy to NATO X"); a pronoun or a quote's speaker is
// resolved through the shared mention resolver. Tested by layer_test.cc.
#include "actors.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include <re2/re2.h>

#include "dossier/entities.h"
#include "internal.h"

namespace dossier::positions_detail {

std::string Actors::person_name(const Entity& e) const {
  std::string name = resolver_.stands_for(e);
  if (e.type != "PERSON" || name != e.name || !ents_ || ents_->empty()) return name;
  const Entity* first = ents_->data();
  if (&e < first || &e >= first + ents_->size()) return name;
  std::string repaired = mentions().entity_name(static_cast<size_t>(&e - first));
  return repaired.empty() ? name : repaired;
}

std::vector<std::string> Actors::referent_actors(const Referent& r, size_t at, const std::string& date) const {
  if (r.entity && ents_) {
    const Entity& e = (*ents_)[*r.entity];
    return resolve(Candidate{r.begin, r.end, e.name, e.type, &e}, at, date);
  }
  if (!r.name.empty()) return resolve(Candidate{r.begin, r.end, r.name, "PERSON", nullptr}, at, date);
  return {};
}

namespace {

// Whether the word before byte POS (past "the") is a preposition: its noun phrase is an
// object ("views of Russia"), and a subject pronoun seldom goes back to one.
bool after_preposition(std::string_view text, size_t pos) {
  static const char* const kPrepositions[] = {"of", "to", "with", "by", "from", "in", "at", "on", "for", "into",
                                              "against", "about", "over", "between", "among", "than"};
  for (int round = 0; round < 2; ++round) {
    size_t e = pos;
    while (e > 0 && text[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
    std::string w;
    for (size_t k = b; k < e; ++k) w += utf8::ascii_lower(text[k]);
    if (w == "the" && round == 0) {
      pos = b;
      continue;
    }
    return std::any_of(std::begin(kPrepositions), std::end(kPrepositions), [&](const char* p) { return w == p; });
  }
  return false;
}

// Whether WORDS is a title written in title case between a state or organisation and a
// person's name ("Under Secretary of State", "Foreign Minister", "Secretary General"):
// one to six words, the first capitalised, the others capitalised or "of", "for", "to",
// "the"; spaces only between them.
bool is_title(std::string_view words) {
  size_t n = 0, b = 0;
  while (b < words.size()) {
    if (words[b] == ' ') {
      ++b;
      continue;
    }
    size_t e = b;
    while (e < words.size() && words[e] != ' ') ++e;
    std::string_view w = words.substr(b, e - b);
    bool cap = w[0] >= 'A' && w[0] <= 'Z';
    bool small = w == "of" || w == "for" || w == "to" || w == "the";
    if ((n == 0 && !cap) || (!cap && !small)) return false;
    for (char ch : w)
      if (!std::isalpha(static_cast<unsigned char>(ch)) && ch != '-') return false;
    ++n;
    b = e;
  }
  return n >= 1 && n <= 6;
}

// A joint body named for its members, "NATO-Russia Council": the members it speaks for.
std::vector<std::string> joint_members(const std::string& name) {
  static const RE2 re("^([A-Z][\\w.]*)(?:-|\xE2\x80\x93)([A-Z][\\w.]*)\\s+(?:Council|Commission|Committee|Forum)$");
  std::string a, b;
  if (!RE2::FullMatch(name, re, &a, &b)) return {};
  return {a, b};
}

}  // namespace

// A person named after a state's or organisation's possessive and a title ("Russia's
// permanent representative to the OSCE Alexander Lukashevich", "Poland's Defense Minister
// X"), or right after its name and a title in title case ("U.S. Under Secretary of State
// X", "NATO Secretary General X"), is introduced as its official and speaks for it in this
// document, as an office in the gazetteer would say. The title is at most eight words, within one phrase (no sentence
// punctuation or quote marks).
void Actors::add_introductions() {
  std::string_view text = doc_.text;
  for (size_t i = 1; i < cands_.size(); ++i) {
    const Candidate& p = cands_[i];
    if (p.type != "PERSON" || !p.entity) continue;
    // The nearest possessive state or organisation before the person, within reach ("to
    // the OSCE" may come between).
    size_t j = i, after = 0;
    while (j-- > 0 && cands_[j].end + 80 >= p.start) {
      const Candidate& c = cands_[j];
      if (c.type != "GPE" && c.type != "ORG") break;
      if (text.substr(c.end, 2) == "'s" && !after_preposition(text, c.start)) {
        after = c.end + 2;
      } else if (text.substr(c.end, 4) == "\u2019s" && !after_preposition(text, c.start)) {
        after = c.end + 4;
      } else if (j + 1 == i && is_title(text.substr(c.end, p.start - c.end))) {
        after = c.end;  // "U.S. Under Secretary of State Thomas Shannon"
      } else if (after_preposition(text, c.start)) {
        continue;  // an object inside the title: "to the OSCE"
      } else {
        break;
      }
      break;
    }
    if (!after || j >= i) continue;
    const Candidate& s = cands_[j];
    if (p.start <= after) continue;
    std::string_view title = text.substr(after, p.start - after);
    if (title.find_first_of(".;:!?\"\n") != std::string_view::npos || title.find(" and ") != std::string_view::npos ||
        title.find(" or ") != std::string_view::npos || title.find("\xE2\x80\x9C") != std::string_view::npos ||
        title.find("\xE2\x80\x9D") != std::string_view::npos)
      continue;
    size_t words = 0;
    bool in = false;
    for (char c : title) {
      bool w = std::isalpha(static_cast<unsigned char>(c)) != 0;
      if (w && !in) ++words;
      in = w;
    }
    if (words == 0 || words > 8) continue;
    auto& held = introduced_[p.name];
    for (auto& n : resolve(s, s.start, ""))
      if (n != p.name && std::find(held.begin(), held.end(), n) == held.end()) held.push_back(std::move(n));
  }
}

void Actors::add_introduced(const std::string& person, std::vector<std::string>& out) const {
  auto it = introduced_.find(person);
  if (it == introduced_.end()) return;
  for (const auto& n : it->second)
    if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
}

std::vector<std::string> Actors::speaker_actors(const Quote& q, const std::string& date) const {
  const Entity* e = nullptr;
  const std::vector<Entity>& ents = doc_.entities ? *doc_.entities : own_entities_;
  if (q.speaker->entity) {
    auto it = entity_index_.find(*q.speaker->entity);
    if (it != entity_index_.end()) e = &ents[it->second];
  }
  std::vector<std::string> out;
  std::string name = e ? person_name(*e) : q.speaker->name;
  if (name.empty()) return out;
  out.push_back(name);
  if (!e || e->type == "PERSON") {
    for (auto& s : resolver_.speaks_for(name, date)) out.push_back(std::move(s));
    add_introduced(e ? e->name : q.speaker->name, out);
  }
  return out;
}

std::vector<std::string> Actors::resolve(const Candidate& c, size_t at, const std::string& date) const {
  std::vector<std::string> out;
  if (c.type == "FIRST") {
    if (const Quote* q = quote_at(at)) return speaker_actors(*q, date);
    if (const Quote* q = quote_at(c.start)) return speaker_actors(*q, date);
    if (voice_.empty()) return out;
    out.push_back(voice_);
    for (auto& s : resolver_.speaks_for(voice_, date)) out.push_back(std::move(s));
    return out;
  }
  if (c.type == "PLURAL") {
    // The shared resolver names the antecedent; when it is a coordinated group ("Spain
    // and Italy ... They"), "they" is the whole group.
    Referent ref = mentions().resolve(c.start, c.end);
    if (!ref.resolved() || ref.kind == MentionKind::Anonymous) return out;
    if (ref.group.empty()) return referent_actors(ref, at, date);
    for (size_t e : ref.group) {
      Referent member = ref;
      member.entity = e;
      for (auto& n : referent_actors(member, at, date))
        if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
    }
    return out;
  }
  if (c.type == "THIRD") {
    // The shared resolver finds a pronoun's person (by gender, recency and subjecthood);
    // when it finds no one, the last person named before C.
    Referent ref = mentions().resolve(c.start, c.end);
    if (ref.kind == MentionKind::Pronoun) {
      auto named = referent_actors(ref, at, date);
      if (!named.empty()) return named;
    }
    auto it = std::lower_bound(person_starts_.begin(), person_starts_.end(), c.start);
    if (it == person_starts_.begin()) return out;
    --it;
    return resolve(cands_[person_at_[static_cast<size_t>(it - person_starts_.begin())]], at, date);
  }
  std::string name = c.entity ? person_name(*c.entity) : c.name;
  if (name.empty()) return out;
  if (c.type == "ORG") {
    for (const auto& m : joint_members(name)) {
      Entity member;
      member.name = m;
      std::string actor = resolver_.stands_for(member);
      if (!actor.empty() && std::find(out.begin(), out.end(), actor) == out.end()) out.push_back(actor);
    }
    if (!out.empty()) return out;
  }
  out.push_back(name);
  if (c.type == "PERSON") {
    for (auto& s : resolver_.speaks_for(name, date)) out.push_back(std::move(s));
    add_introduced(c.name, out);
  }
  return out;
}

}  // namespace dossier::positions_detail
