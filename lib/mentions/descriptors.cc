// The word lists behind person descriptions: party words, abbreviated titles, what a role
// implies and the modifiers a description may add (lib/data/mentions/descriptors.tsv), and the
// US states with their abbreviations (us_states.tsv). Tested by mentions_described_test.cc.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "dossier/data.h"
#include "dossier/utf8.h"
#include "traits.h"

namespace dossier::mentions_detail {

using words::Token;

struct Descriptors::Impl {
  std::unordered_map<std::string, std::pair<std::string, bool>> parties;  // word -> party, noun
  std::unordered_map<std::string, std::string> tags, titles;              // "d" -> party, "sen" -> senator
  std::unordered_map<std::string, std::vector<std::string>> implies;
  std::unordered_set<std::string> modifiers;
  std::unordered_map<std::string, std::string> states;         // "ohio", "new york" -> name
  std::unordered_map<std::string, std::string> abbreviations;  // "calif", "ny" -> name
};

namespace {

std::string without_periods(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), '.'), s.end());
  return s;
}

// The alternatives of a field ("Calif.|Cal."), empty ones left out.
std::vector<std::string> alternatives(std::string_view field) {
  std::vector<std::string> out;
  for (auto a : data::split(field, '|'))
    if (!a.empty()) out.emplace_back(a);
  return out;
}

std::string without_possessive(const std::string& w) {
  bool possessive = w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0;
  return possessive ? w.substr(0, w.size() - 2) : w;
}

}  // namespace

const Descriptors& Descriptors::get() {
  static const Impl impl = [] {
    Impl x;
    for (auto line : data::lines("mentions/descriptors.tsv")) {
      auto f = data::fields(line);
      if (f.size() < 3) continue;
      std::string w(f[0]), value(f[2]);
      if (f[1] == "party"sv || f[1] == "party-noun"sv) x.parties[w] = {value, f[1] == "party-noun"sv};
      if (f[1] == "tag"sv) x.tags[w] = value;
      if (f[1] == "title"sv) x.titles[w] = value;
      if (f[1] == "implies"sv) x.implies[w] = alternatives(f[2]);
      if (f[1] == "modifier"sv) x.modifiers.insert(w);
    }
    for (auto line : data::lines("mentions/us_states.tsv")) {
      auto f = data::fields(line);
      if (f.size() < 2) continue;
      std::string name(f[0]);
      x.states[utf8::ascii_lower(name)] = name;
      for (const auto& a : alternatives(f[1])) x.abbreviations[utf8::ascii_lower(a)] = name;
      x.abbreviations[without_periods(utf8::ascii_lower(name))] = name;
    }
    return x;
  }();
  static const Descriptors d{&impl};
  return d;
}

std::string Descriptors::party(const std::string& lower, bool* noun) const {
  auto it = impl->parties.find(lower);
  if (noun) *noun = it != impl->parties.end() && it->second.second;
  return it == impl->parties.end() ? std::string() : it->second.first;
}

bool Descriptors::modifier(const std::string& lower) const { return impl->modifiers.count(lower) > 0; }

std::string Descriptors::title(const std::string& lower) const {
  auto it = impl->titles.find(lower);
  return it == impl->titles.end() ? std::string() : it->second;
}

const std::vector<std::string>& Descriptors::implied(const std::string& lower) const {
  static const std::vector<std::string> kNone;
  auto it = impl->implies.find(lower);
  return it == impl->implies.end() ? kNone : it->second;
}

std::optional<std::pair<std::string, std::string>> Descriptors::tag(const std::string& lower) const {
  size_t dash = lower.find('-');
  if (dash == std::string::npos || dash == 0) return std::nullopt;
  auto party = impl->tags.find(lower.substr(0, dash));
  if (party == impl->tags.end()) return std::nullopt;
  std::string rest = without_periods(lower.substr(dash + 1));
  auto state = impl->abbreviations.find(rest);
  if (state == impl->abbreviations.end()) return std::nullopt;
  return std::make_pair(party->second, state->second);
}

std::string Descriptors::state_at(const std::vector<Token>& toks, size_t i, size_t* taken) const {
  if (i >= toks.size() || !toks[i].word || !toks[i].cap) return {};
  if (i + 1 < toks.size() && toks[i + 1].word && toks[i + 1].cap) {
    auto two = impl->states.find(toks[i].lower + " " + without_possessive(toks[i + 1].lower));
    if (two != impl->states.end()) {
      if (taken) *taken = 2;
      return two->second;
    }
  }
  auto one = impl->states.find(without_possessive(toks[i].lower));
  if (one == impl->states.end()) return {};
  if (taken) *taken = 1;
  return one->second;
}

std::string age_of_compound(const std::string& lower) {
  static const std::string kSuffix = "-year-old";
  if (lower.size() <= kSuffix.size() || lower.size() > kSuffix.size() + 3) return {};
  if (lower.compare(lower.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0) return {};
  std::string n = lower.substr(0, lower.size() - kSuffix.size());
  return std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }) ? n : std::string();
}
}  // namespace dossier::mentions_detail
