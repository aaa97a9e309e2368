// The data behind the actors of a position (actors.h): the default ActorResolver (the
// built-in gazetteer's metonyms, Moscow or the Kremlin -> Russia, and offices with dates:
// Sergei Lavrov, foreign minister of Russia from 2004-03-09, speaks for Russia in 2008 and
// in 2022), the role nouns of roles.tsv and the personal pronouns. Tested by layer_test.cc.
#include "actors.h"

#include <algorithm>
#include <memory>
#include <string>
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

// A collective mention of the resolver ("Finnish diplomats", "the alliance") is one of its
// pairs of words: one pattern of them tells the pattern set which sentences may hold one, so
// that the others are not tokenized for it.
std::vector<const RE2*> collective_patterns() {
  static const std::unique_ptr<RE2> re = [] {
    const auto& w = MentionResolver::collective_words();
    std::string adjectives, agents, orgs;
    for (const auto& a : w.adjectives) adjectives += (adjectives.empty() ? "" : "|") + RE2::QuoteMeta(a);
    for (const auto& a : w.agents) agents += (agents.empty() ? "" : "|") + RE2::QuoteMeta(a);
    for (const auto& n : w.organisations) orgs += (orgs.empty() ? "" : "|") + RE2::QuoteMeta(n);
    RE2::Options o = pattern_options();
    o.set_case_sensitive(true);
    // A nationality adjective right before an agent word; "the" right before a noun that
    // ends its word (or takes a possessive).
    auto out = std::make_unique<RE2>("\\b(?:" + adjectives + ")\\s+(?:" + agents + ")|\\b(?i:the)\\s+(?i:" + orgs + ")\\b", o);
    if (!out->ok()) throw Error("collective words: bad pattern: " + out->error());
    return out;
  }();
  return {re.get()};
}

std::vector<const RE2*> role_patterns() {
  std::vector<const RE2*> out;
  for (const auto& r : role_nouns()) out.push_back(r.re.get());
  return out;
}

}  // namespace positions_detail

}  // namespace dossier
