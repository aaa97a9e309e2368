// Who may hold a stance, and the actors each stands for (actors.h); the default
// ActorResolver: the built-in gazetteer's metonyms (Moscow, the Kremlin -> Russia) and offices
// with dates (Sergei Lavrov, foreign minister of Russia from 2004-03-09, speaks for Russia in
// 2008 and in 2022). A person speaking in office also gives the position to the state or
// organisation they speak for. Tested by layer_test.cc.
#include "actors.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <optional>

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

bool is_ascii_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The person class of a personal pronoun written as WORD ("we", "We", "I": FIRST; he, his,
// she, her: THIRD; they, their, them: PLURAL), matched in lower case or with a capital
// first letter; nullptr for any other word.
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

}  // namespace

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

Actors::Actors(const Document& doc, const ActorResolver& resolver) : doc_(doc), resolver_(resolver), map_(doc.text) {}

// Role nouns in RANGES (lib/data/positions/roles.tsv) become the person they stand for:
// "the Russian Foreign Minister" after "Sergei Lavrov" is Lavrov. Runs before the overlap
// pass so that the role wins over the nationality word inside it.
void Actors::add_roles(const std::vector<std::pair<size_t, size_t>>& ranges, const std::vector<PatternHits>& hits) {
  std::string_view text = doc_.text;
  re2::StringPiece input(text.data(), text.size()), m;
  const std::string date = doc_.dct.value.value_or("");
  // The persons named so far, by end: each role walks them once, as its matches come in
  // text order, keeping the latest who holds the office (so a long text costs n log n).
  std::vector<size_t> persons;
  for (size_t i = 0; i < cands_.size(); ++i)
    if (cands_[i].type == "PERSON") persons.push_back(i);
  std::stable_sort(persons.begin(), persons.end(), [&](size_t a, size_t b) { return cands_[a].end < cands_[b].end; });
  std::map<std::string, std::vector<std::string>> roles_of;  // person -> roles held on DATE
  auto holds = [&](const std::string& name, const std::string& role) {
    auto it = roles_of.find(name);
    if (it == roles_of.end()) {
      std::vector<std::string> held;
      for (const auto& o : offices_on(name, date, Gazetteer::builtin())) held.push_back(o.role);
      it = roles_of.emplace(name, std::move(held)).first;
    }
    return std::any_of(it->second.begin(), it->second.end(), [&](const std::string& r) { return r.find(role) != std::string::npos; });
  };
  std::vector<size_t> walked(role_nouns().size(), 0);
  std::vector<std::optional<size_t>> holder(role_nouns().size());
  for (size_t ri = 0; ri < ranges.size(); ++ri)
    for (size_t k : hits[ri].roles) {
      const auto [from, to] = ranges[ri];
      const RoleNoun& r = role_nouns()[k];
      size_t pos = from;
      while (pos < to && r.re->Match(input, pos, to, RE2::UNANCHORED, &m, 1)) {
        size_t s = static_cast<size_t>(m.data() - text.data()), e = s + m.size();
        pos = std::max(e, s + 1);
        size_t after = e;
        while (after < text.size() && text[after] == ' ') ++after;
        if (after < text.size() && std::isupper(static_cast<unsigned char>(text[after]))) continue;  // a title
        for (; walked[k] < persons.size() && cands_[persons[walked[k]]].end <= s; ++walked[k])
          if (holds(cands_[persons[walked[k]]].name, r.role)) holder[k] = persons[walked[k]];
        // The shared resolver reads the description ("the Russian foreign minister": the
        // holder of that office on the date; "the spokesman": the person introduced so);
        // when it names no one, the person named before who holds the office does.
        Referent ref = mentions().resolve(s, e);
        if (ref.entity && (*ents_)[*ref.entity].type == "PERSON") {
          const Entity& en = (*ents_)[*ref.entity];
          cands_.push_back(Candidate{s, e, en.name, "PERSON", &en});
          continue;
        }
        if (!ref.entity && !ref.name.empty() && ref.kind == MentionKind::Office) {
          cands_.push_back(Candidate{s, e, ref.name, "PERSON", nullptr});
          continue;
        }
        if (!holder[k]) continue;
        Candidate c{s, e, cands_[*holder[k]].name, "PERSON", cands_[*holder[k]].entity};
        cands_.push_back(std::move(c));
      }
    }
}

void Actors::collect(const std::vector<std::pair<size_t, size_t>>& ranges, const std::vector<PatternHits>& hits) {
  if (!doc_.entities) own_entities_ = find_entities(doc_);
  const std::vector<Entity>* ents = doc_.entities ? &*doc_.entities : &own_entities_;
  ents_ = ents;
  {
    // Room for every mention at once, and some for the cues and pronouns found below: the
    // candidates (two strings each) are not moved as the vector grows.
    size_t mentions = 0;
    for (const auto& e : *ents) mentions += e.mentions.size();
    cands_.reserve(mentions + 8 * ranges.size());
    for (const auto& e : *ents) {
      if (e.type != "PERSON" && e.type != "ORG" && e.type != "GPE") continue;
      for (const auto& m : e.mentions) cands_.push_back(Candidate{byte(m.start), byte(m.end), e.name, e.type, &e});
    }
  }
  std::string_view text = doc_.text;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[2];
  for (size_t ri = 0; ri < ranges.size(); ++ri)
  for (size_t k : hits[ri].actors) {
    const auto [from, to] = ranges[ri];
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
  add_roles(ranges, hits);
  // Pronouns are whole words (ASCII word bytes, as a regular expression's \\b sees them), read
  // in one pass over each range: a word that runs past the range's end is not one.
  for (const auto& [from, to] : ranges) {
    size_t i = from;
    if (i > 0 && is_ascii_word_byte(text[i - 1]))
      while (i < to && is_ascii_word_byte(text[i])) ++i;
    while (i < to) {
      if (!is_ascii_word_byte(text[i])) {
        ++i;
        continue;
      }
      size_t b = i;
      while (i < text.size() && is_ascii_word_byte(text[i])) ++i;
      if (i > to) break;
      if (const char* kind = pronoun_class(text.substr(b, i - b))) cands_.push_back(Candidate{b, i, "", kind, nullptr});
    }
  }
  // Sorted through their indices, so that no name string moves; the same std::sort over the
  // same comparisons leaves them in the order sorting the candidates themselves would.
  std::vector<uint32_t> order(cands_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    const Candidate &a = cands_[x], &b = cands_[y];
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<Candidate> kept;
  for (uint32_t i : order) {
    Candidate& c = cands_[i];
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
  for (size_t i = 0; i < cands_.size(); ++i)
    if (cands_[i].type == "PERSON") {
      person_starts_.push_back(cands_[i].start);
      person_at_.push_back(i);
    }
  add_introductions();
  for (size_t i = 0; i < ents->size(); ++i) entity_index_.emplace((*ents)[i].id, i);
  if (doc_.quotes)
    for (const auto& q : *doc_.quotes)
      if (q.speech && q.speaker) quotes_.push_back(QuoteSpan{byte(q.span.start), byte(q.span.end), &q});
  std::stable_sort(quotes_.begin(), quotes_.end(), [](const QuoteSpan& a, const QuoteSpan& b) { return a.start < b.start; });
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
  // The speech quotes by start (collect() sorts them): the last one starting at or before
  // POS holds it, else none does (speech quotes do not nest).
  auto it = std::upper_bound(quotes_.begin(), quotes_.end(), pos,
                             [](size_t p, const QuoteSpan& q) { return p < q.start; });
  if (it == quotes_.begin()) return nullptr;
  --it;
  return pos < it->end ? it->quote : nullptr;
}

const MentionResolver& Actors::mentions() const {
  if (!mentions_) mentions_ = std::make_unique<MentionResolver>(doc_, ents_ ? *ents_ : own_entities_, map_);
  return *mentions_;
}

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
// X") is introduced as its official and speaks for it in this document, as an office in the
// gazetteer would say. The title is at most eight words, within one phrase (no sentence
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

std::pair<size_t, size_t> Actors::within(size_t from, size_t to) const {
  auto lo = std::lower_bound(cands_.begin(), cands_.end(), from, [](const Candidate& c, size_t p) { return c.start < p; });
  auto hi = std::lower_bound(lo, cands_.end(), to, [](const Candidate& c, size_t p) { return c.start < p; });
  return {static_cast<size_t>(lo - cands_.begin()), static_cast<size_t>(hi - cands_.begin())};
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

}  // namespace positions_detail

}  // namespace dossier
