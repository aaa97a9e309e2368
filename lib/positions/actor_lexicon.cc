// The data behind the actors of a position (actors.h): the default ActorResolver (the
// built-in gazetteer's metonyms, Moscow or the Kremlin -> Russia, and offices with dates:
// Sergei Lavrov, foreign minister of Russia from 2004-03-09, speaks for Russia in 2008 and
// in 2022), the actor cues of lib/data/positions/actors.tsv, the role nouns of roles.tsv
// and the personal pronouns. Tested by layer_test.cc.
#include "actors.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>

#include "dossier/data.h"
#include "dossier/entities.h"
#include "dossier/error.h"
#include "internal.h"

namespace dossier {

const ActorResolver& ActorResolver::builtin() {
  static const ActorResolver resolver = [] {
    ActorResolver r;
    r.stands_for = [](const Entity& e) { return actor_of(e, Gazetteer::builtin()); };
    r.speaks_for = [](const std::string& name, const std::string& date) {
      std::vector<std::string> out;
      for (const auto& o : offices_on(name, date, Gazetteer::builtin())) {
        // The body of an office stands for its state like any metonym: the Kremlin's
        // spokesman speaks for Russia.
        Entity body;
        body.name = o.of;
        std::string of = o.of.empty() ? o.of : actor_of(body, Gazetteer::builtin());
        if (!of.empty() && of != name && std::find(out.begin(), out.end(), of) == out.end()) out.push_back(of);
      }
      return out;
    };
    return r;
  }();
  return resolver;
}

namespace positions_detail {

namespace {

constexpr std::string_view kDemonym = "{demonym}";

// The nationality adjectives of the entities' table, as one RE2 alternation
// (longest first, so "South Korean" is not cut to a shorter adjective) and a map to states.
struct Demonyms {
  std::string alternation;
  std::unordered_map<std::string, std::string> states;
};

const Demonyms& demonyms() {
  static const Demonyms d = [] {
    Demonyms out;
    std::vector<std::string> words;
    for (const auto& [word, state] : demonym_states())
      if (out.states.emplace(word, state).second) words.push_back(word);
    std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    for (const auto& w : words) out.alternation += (out.alternation.empty() ? "" : "|") + RE2::QuoteMeta(w);
    return out;
  }();
  return d;
}

}  // namespace

std::string ActorCue::actor_for(std::string_view mention) const {
  if (!states) return actor;
  auto it = states->find(std::string(mention));
  return it == states->end() ? std::string() : it->second;
}

const std::vector<ActorCue>& actor_cues() {
  static const std::vector<ActorCue> cues = [] {
    std::vector<ActorCue> out;
    RE2::Options o;
    o.set_log_errors(false);
    for (auto line : data::lines("positions/actors.tsv")) {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) throw Error("actor cues: expected RE2<TAB>ACTOR", "positions/actors.tsv");
      ActorCue c;
      std::string pattern(line.substr(0, tab));
      c.actor = std::string(line.substr(tab + 1));
      if (size_t at = pattern.find(kDemonym); at != std::string::npos) {
        if (c.actor != "{state}") throw Error("actor cues: a {demonym} cue stands for {state}", "positions/actors.tsv");
        pattern.replace(at, kDemonym.size(), demonyms().alternation);
        c.states = &demonyms().states;
        c.actor.clear();
      }
      c.re = std::make_unique<RE2>("\\b(?:" + pattern + ")", o);
      if (!c.re->ok()) throw Error("actor cues: bad pattern: " + c.re->error(), "positions/actors.tsv");
      out.push_back(std::move(c));
    }
    return out;
  }();
  return cues;
}

const char* pronoun_class(std::string_view word) {
  if (word.size() < 1 || word.size() > 5) return nullptr;
  if (word == "I") return "FIRST";
  char w[5];
  for (size_t i = 0; i < word.size(); ++i) {
    if (i > 0 && (word[i] < 'a' || word[i] > 'z')) return nullptr;
    w[i] = i == 0 ? utf8::ascii_lower(word[0]) : word[i];
  }
  std::string_view lower(w, word.size());
  for (std::string_view p : {"we", "our", "us", "my"})
    if (lower == p) return "FIRST";
  for (std::string_view p : {"he", "his", "she", "her"})
    if (lower == p) return "THIRD";
  for (std::string_view p : {"they", "their", "them"})
    if (lower == p) return "PLURAL";
  return nullptr;
}

const std::vector<RoleNoun>& role_nouns() {
  static const std::vector<RoleNoun> roles = [] {
    std::vector<RoleNoun> out;
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    for (auto line : data::lines("positions/roles.tsv")) {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) throw Error("role nouns: expected ROLE<TAB>RE2", "positions/roles.tsv");
      RoleNoun r{std::string(line.substr(0, tab)), std::make_unique<RE2>("\\b(?:" + std::string(line.substr(tab + 1)) + ")\\b", o)};
      if (!r.re->ok()) throw Error("role nouns: bad pattern: " + r.re->error(), "positions/roles.tsv");
      out.push_back(std::move(r));
    }
    return out;
  }();
  return roles;
}

std::vector<const RE2*> actor_patterns() {
  std::vector<const RE2*> out;
  for (const auto& c : actor_cues()) out.push_back(c.re.get());
  return out;
}

std::vector<const RE2*> role_patterns() {
  std::vector<const RE2*> out;
  for (const auto& r : role_nouns()) out.push_back(r.re.get());
  return out;
}

}  // namespace positions_detail

}  // namespace dossier
