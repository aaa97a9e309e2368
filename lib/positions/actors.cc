// Who may hold a stance, and the actors each stands for (actors.h); the default
// ActorResolver: the built-in gazetteer's metonyms (Moscow, the Kremlin -> Russia) and offices
// with dates (Sergei Lavrov, foreign minister of Russia from 2004-03-09, speaks for Russia in
// 2008 and in 2022). A person speaking in office also gives the position to the state or
// organisation they speak for. Tested by layer_test.cc.
#include "actors.h"

#include <algorithm>
#include <cctype>
#include <memory>

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

struct ActorCue {
  std::unique_ptr<RE2> re;
  std::string actor;
};

const std::vector<ActorCue>& actor_cues() {
  static const std::vector<ActorCue> cues = [] {
    std::vector<ActorCue> out;
    RE2::Options o;
    o.set_log_errors(false);
    for (auto line : data::lines("positions/actors.tsv")) {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) throw Error("actor cues: expected RE2<TAB>ACTOR", "positions/actors.tsv");
      ActorCue c;
      c.re = std::make_unique<RE2>("\\b(?:" + std::string(line.substr(0, tab)) + ")", o);
      if (!c.re->ok()) throw Error("actor cues: bad pattern: " + c.re->error(), "positions/actors.tsv");
      c.actor = std::string(line.substr(tab + 1));
      out.push_back(std::move(c));
    }
    return out;
  }();
  return cues;
}

const RE2& pronoun_re() {
  static const RE2 re("\\b(?:([Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)|([Hh]e|[Hh]is|[Ss]he|[Hh]er))\\b");
  return re;
}

struct RoleNoun {
  std::string role;
  std::unique_ptr<RE2> re;
};

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

// One RE2::Set over the patterns of RULES (each has an `re`).
template <typename Rules>
Prefilter prefilter_of(const Rules& rules) {
  std::vector<const RE2*> res;
  for (const auto& r : rules) res.push_back(r.re.get());
  return Prefilter(res);
}

const Prefilter& role_prefilter() {
  static const Prefilter p = prefilter_of(role_nouns());
  return p;
}

const Prefilter& actor_prefilter() {
  static const Prefilter p = prefilter_of(actor_cues());
  return p;
}

}  // namespace

Actors::Actors(const Document& doc, const ActorResolver& resolver) : doc_(doc), resolver_(resolver), map_(doc.text) {}

// Role nouns in RANGES (lib/data/positions/roles.tsv) become the person they stand for:
// "the Russian Foreign Minister" after "Sergei Lavrov" is Lavrov. Runs before the overlap
// pass so that the role wins over the nationality word inside it.
void Actors::add_roles(const std::vector<std::pair<size_t, size_t>>& ranges) {
  std::string_view text = doc_.text;
  re2::StringPiece input(text.data(), text.size()), m;
  const std::string date = doc_.dct.value.value_or("");
  size_t n = cands_.size();
  for (const auto& [from, to] : ranges)
    for (size_t k : role_prefilter().which(text.substr(from, to - from))) {
      const RoleNoun& r = role_nouns()[k];
      size_t pos = from;
      while (pos < to && r.re->Match(input, pos, to, RE2::UNANCHORED, &m, 1)) {
        size_t s = static_cast<size_t>(m.data() - text.data()), e = s + m.size();
        pos = std::max(e, s + 1);
        size_t after = e;
        while (after < text.size() && text[after] == ' ') ++after;
        if (after < text.size() && std::isupper(static_cast<unsigned char>(text[after]))) continue;  // a title
        const Candidate* best = nullptr;
        for (size_t i = 0; i < n; ++i) {
          const Candidate& c = cands_[i];
          if (c.type != "PERSON" || c.end > s || (best && best->end >= c.end)) continue;
          bool holds = false;
          for (const auto& o : offices_on(c.name, date, Gazetteer::builtin()))
            if (o.role.find(r.role) != std::string::npos) holds = true;
          if (holds) best = &c;
        }
        if (best) cands_.push_back(Candidate{s, e, best->name, "PERSON", best->entity});
      }
    }
}

void Actors::collect(const std::vector<std::pair<size_t, size_t>>& ranges) {
  if (!doc_.entities) own_entities_ = find_entities(doc_);
  const std::vector<Entity>* ents = doc_.entities ? &*doc_.entities : &own_entities_;
  {
    for (const auto& e : *ents) {
      if (e.type != "PERSON" && e.type != "ORG" && e.type != "GPE") continue;
      for (const auto& m : e.mentions) cands_.push_back(Candidate{byte(m.start), byte(m.end), e.name, e.type, &e});
    }
  }
  std::string_view text = doc_.text;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[2];
  for (const auto& [from, to] : ranges)
  for (size_t k : actor_prefilter().which(text.substr(from, to - from))) {
    const ActorCue& ac = actor_cues()[k];
    size_t pos = from;
    int n = std::min(1, ac.re->NumberOfCapturingGroups());
    while (pos < to && ac.re->Match(input, pos, to, RE2::UNANCHORED, g, 1 + n)) {
      const auto& m = n && g[1].data() ? g[1] : g[0];
      size_t s = static_cast<size_t>(m.data() - text.data());
      cands_.push_back(Candidate{s, s + m.size(), ac.actor, "ACTOR", nullptr});
      pos = static_cast<size_t>(g[0].data() - text.data()) + std::max<size_t>(g[0].size(), 1);
    }
  }
  add_roles(ranges);
  for (const auto& [from, to] : ranges) {
    size_t pos = from;
    re2::StringPiece p[3];
    while (pos < to && pronoun_re().Match(input, pos, to, RE2::UNANCHORED, p, 3)) {
      size_t s = static_cast<size_t>(p[0].data() - text.data());
      cands_.push_back(Candidate{s, s + p[0].size(), "", p[1].data() ? "FIRST" : "THIRD", nullptr});
      pos = s + std::max<size_t>(p[0].size(), 1);
    }
  }
  std::sort(cands_.begin(), cands_.end(), [](const Candidate& a, const Candidate& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<Candidate> kept;
  for (auto& c : cands_) {
    if (!kept.empty() && c.start < kept.back().end) continue;
    kept.push_back(std::move(c));
  }
  // An abbreviation in parentheses repeats the name before it ("the Organization for Security
  // and Co-operation in Europe (OSCE)") and shares its place in the sentence.
  cands_.clear();
  for (auto& c : kept) {
    if (!cands_.empty() && c.start > cands_.back().end) {
      std::string_view gap = text.substr(cands_.back().end, c.start - cands_.back().end);
      if (gap == "(" || gap == " (") continue;
    }
    cands_.push_back(std::move(c));
  }
  if (doc_.title && !doc_.title->empty() && text.substr(0, doc_.title->size()) == *doc_.title) {
    for (const auto& c : cands_) {
      if (c.start >= doc_.title->size()) break;
      if (c.type == "PERSON") {
        voice_ = c.name;
        break;
      }
    }
  }
}

const Quote* Actors::quote_at(size_t pos) const {
  if (!doc_.quotes) return nullptr;
  for (const auto& q : *doc_.quotes) {
    if (!q.speech || !q.speaker) continue;
    if (byte(q.span.start) <= pos && pos < byte(q.span.end)) return &q;
  }
  return nullptr;
}

std::vector<std::string> Actors::speaker_actors(const Quote& q, const std::string& date) const {
  const Entity* e = nullptr;
  const std::vector<Entity>& ents = doc_.entities ? *doc_.entities : own_entities_;
  if (q.speaker->entity)
    for (const auto& x : ents)
      if (x.id == *q.speaker->entity) e = &x;
  std::vector<std::string> out;
  std::string name = e ? resolver_.stands_for(*e) : q.speaker->name;
  if (name.empty()) return out;
  out.push_back(name);
  if (!e || e->type == "PERSON")
    for (auto& s : resolver_.speaks_for(name, date)) out.push_back(std::move(s));
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
  if (c.type == "THIRD") {
    for (auto it = cands_.rbegin(); it != cands_.rend(); ++it)
      if (it->start < c.start && it->type == "PERSON") return resolve(*it, at, date);
    return out;
  }
  std::string name = c.entity ? resolver_.stands_for(*c.entity) : c.name;
  if (name.empty()) return out;
  out.push_back(name);
  if (c.type == "PERSON")
    for (auto& s : resolver_.speaks_for(name, date)) out.push_back(std::move(s));
  return out;
}

}  // namespace positions_detail

}  // namespace dossier
