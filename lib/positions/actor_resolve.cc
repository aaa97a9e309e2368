// What an actor candidate stands for (actors.h): a person also gives the position to the
// state or organisation they speak for, by office on the date (the ActorResolver) or as the
// text introduced them ("Russia's envoy to NATO X", introductions.h); a pronoun or a quote's
// speaker is resolved through the shared mention resolver. Tested by layer_test.cc.
#include "actors.h"

#include <algorithm>

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

// A joint body named for its members, "NATO-Russia Council": the members it speaks for.
std::vector<std::string> joint_members(const std::string& name) {
  static const RE2 re("^([A-Z][\\w.]*)(?:-|\xE2\x80\x93)([A-Z][\\w.]*)\\s+(?:Council|Commission|Committee|Forum)$");
  std::string a, b;
  if (!RE2::FullMatch(name, re, &a, &b)) return {};
  return {a, b};
}

}  // namespace

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
    introduced_.add_to(e ? e->name : q.speaker->name, out);
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
  std::string name = c.entity ? person_name(*c.entity) : std::string(c.name);
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
    introduced_.add_to(c.name, out);
  }
  return out;
}

}  // namespace dossier::positions_detail
