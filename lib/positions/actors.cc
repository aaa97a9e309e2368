// Who may hold a stance in a document (actors.h): the candidates of a document's sentences
// that mention a topic (entity mentions, the resolver's collective mentions, role nouns,
// pronouns), sorted and without overlaps. What each stands for is actor_resolve.cc. Tested
// by layer_test.cc and layer_holders_test.cc.
#include "actors.h"
#include "officials.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <optional>

#include <re2/re2.h>

#include "dossier/entities.h"
#include "internal.h"

namespace dossier {

namespace positions_detail {

Actors::Actors(const Document& doc, const ActorResolver& resolver) : doc_(doc), resolver_(resolver), map_(doc.text) {}

// Role nouns in RANGES (lib/data/positions/roles.tsv) become the person they stand for:
// "the Russian Foreign Minister" after "Sergei Lavrov" is Lavrov. Runs before the overlap
// pass so that the role wins over the nationality word inside it.
void Actors::add_roles(const std::vector<std::pair<size_t, size_t>>& ranges, const std::vector<PatternHits>& hits,
                       std::vector<Candidate>& out) {
  std::string_view text = doc_.text;
  re2::StringPiece input(text.data(), text.size()), m;
  const std::string date = doc_.dct.value.value_or("");
  // The persons named so far, by end: each role walks them once, as its matches come in
  // text order, keeping the latest who holds the office (so a long text costs n log n).
  std::vector<size_t> persons;
  for (size_t i = 0; i < cands_.size(); ++i)
    if (cands_[i].type == "PERSON") persons.push_back(i);
  std::stable_sort(persons.begin(), persons.end(), [&](size_t a, size_t b) { return cands_[a].end < cands_[b].end; });
  std::map<std::string, std::vector<std::string>, std::less<>> roles_of;  // person -> roles held on DATE
  auto holds = [&](std::string_view name, const std::string& role) {
    auto it = roles_of.find(name);
    if (it == roles_of.end()) {
      std::vector<std::string> held;
      for (const auto& o : offices_on(name, date, Gazetteer::builtin())) held.push_back(o.role);
      it = roles_of.emplace(std::string(name), std::move(held)).first;
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
          out.push_back(Candidate{s, e, en.name, "PERSON", &en});
          continue;
        }
        if (!ref.entity && !ref.name.empty() && ref.kind == MentionKind::Office) {
          out.push_back(Candidate{s, e, own(std::move(ref.name)), "PERSON", nullptr});
          continue;
        }
        if (!holder[k]) continue;
        out.push_back(Candidate{s, e, cands_[*holder[k]].name, "PERSON", cands_[*holder[k]].entity});
      }
    }
}

void Actors::collect(const std::vector<std::pair<size_t, size_t>>& ranges, const std::vector<PatternHits>& hits) {
  if (!doc_.entities) own_entities_ = find_entities(doc_);
  const std::vector<Entity>* ents = doc_.entities ? &*doc_.entities : &own_entities_;
  ents_ = ents;
  {
    size_t mentions = 0;
    for (const auto& e : *ents) mentions += e.mentions.size();
    cands_.reserve(mentions);
    for (const auto& e : *ents) {
      if (e.type != "PERSON" && e.type != "ORG" && e.type != "GPE") continue;
      for (const auto& m : e.mentions) cands_.push_back(Candidate{byte(m.start), byte(m.end), e.name, e.type, &e});
    }
  }
  // The candidates only the topic sentences ask for are gathered apart and appended once,
  // in the same order, so that the entity mentions (most of a document's candidates) are
  // laid out once and never copied as the vector grows.
  std::vector<Candidate> extra;
  std::string_view text = doc_.text;
  // What the shared resolver reads as a state or an organisation without its name ("Finnish
  // diplomats": Finland, at the adjective; "the alliance": NATO, at the noun).
  for (size_t ri = 0; ri < ranges.size(); ++ri) {
    if (hits[ri].collective.empty()) continue;
    for (const Referent& r : mentions().collective_mentions(ranges[ri].first, ranges[ri].second)) {
      std::string actor = r.entity ? resolver_.stands_for((*ents)[*r.entity]) : r.name;
      if (!actor.empty()) extra.push_back(Candidate{r.begin, r.end, own(std::move(actor)), "ACTOR", nullptr});
    }
  }
  add_offices(text, ranges, hits, extra);
  add_roles(ranges, hits, extra);
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
      if (const char* kind = pronoun_class(text.substr(b, i - b))) extra.push_back(Candidate{b, i, {}, kind, nullptr});
    }
  }
  cands_.reserve(cands_.size() + extra.size());
  cands_.insert(cands_.end(), extra.begin(), extra.end());
  // Sorted in place (a candidate is a few words and two views), then the overlaps and the
  // bracketed abbreviations are squeezed out in place: no second copy of a document's
  // candidates.
  std::sort(cands_.begin(), cands_.end(), [](const Candidate& a, const Candidate& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  size_t kept = 0;
  for (size_t i = 0; i < cands_.size(); ++i) {
    if (kept > 0 && cands_[i].start < cands_[kept - 1].end) continue;
    cands_[kept++] = cands_[i];
  }
  // An abbreviation in parentheses repeats the name before it ("the Organization for Security
  // and Co-operation in Europe (OSCE)") and shares its place in the sentence.
  size_t n = 0;
  for (size_t i = 0; i < kept; ++i) {
    const Candidate c = cands_[i];
    if (n > 0 && c.start > cands_[n - 1].end) {
      std::string_view gap = text.substr(cands_[n - 1].end, c.start - cands_[n - 1].end);
      if (gap == "(" || gap == " (") continue;
    }
    cands_[n++] = c;
  }
  cands_.resize(n);
  extend_agents(text, ranges, cands_);
  for (size_t i = 0; i < cands_.size(); ++i)
    if (cands_[i].type == "PERSON") {
      person_starts_.push_back(cands_[i].start);
      person_at_.push_back(i);
    }
  introduced_.find(text, cands_, [this](const Candidate& c) { return resolve(c, c.start, ""); });
  for (size_t i = 0; i < ents->size(); ++i) entity_index_.emplace((*ents)[i].id, i);
  if (doc_.quotes)
    for (const auto& q : *doc_.quotes)
      if (q.speech && q.speaker) quotes_.push_back(QuoteSpan{byte(q.span.start), byte(q.span.end), &q});
  std::stable_sort(quotes_.begin(), quotes_.end(), [](const QuoteSpan& a, const QuoteSpan& b) { return a.start < b.start; });
  if (doc_.title && !doc_.title->empty() && text.substr(0, doc_.title->size()) == *doc_.title) {
    for (const auto& c : cands_) {
      if (c.start >= doc_.title->size()) break;
      if (c.type == "PERSON") {
        voice_ = std::string(c.name);
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

std::string_view Actors::own(std::string name) {
  names_.push_back(std::move(name));
  return names_.back();
}

const MentionResolver& Actors::mentions() const {
  if (!mentions_) mentions_ = std::make_unique<MentionResolver>(doc_, ents_ ? *ents_ : own_entities_, map_);
  return *mentions_;
}

std::pair<size_t, size_t> Actors::within(size_t from, size_t to) const {
  auto lo = std::lower_bound(cands_.begin(), cands_.end(), from, [](const Candidate& c, size_t p) { return c.start < p; });
  auto hi = std::lower_bound(lo, cands_.end(), to, [](const Candidate& c, size_t p) { return c.start < p; });
  return {static_cast<size_t>(lo - cands_.begin()), static_cast<size_t>(hi - cands_.begin())};
}

}  // namespace positions_detail

}  // namespace dossier
