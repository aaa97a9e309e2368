// The mention resolver: a noun phrase to the entity it means. Names are read from the
// entities layer; pronouns look back by gender (gazetteer, given names), recency and
// subjecthood; role nouns find the person an apposition or title introduced; office
// descriptions find the office holder on the document's date (offices.cc); definite
// descriptions of organisations find the nearest one of that kind. Tested by
// mentions_test.cc.
#include "dossier/mentions.h"

#include <algorithm>
#include <iterator>

#include "dossier/utf8.h"
#include "mentions_internal.h"

namespace dossier {

using namespace words;
using namespace mentions_detail;

namespace {

// Role nouns ("the spokesman") reach further: the person is often introduced in the lede.
constexpr size_t kRoleParagraphs = 15;

std::string slice(std::string_view text, size_t b, size_t e) { return std::string(text.substr(b, e - b)); }

}  // namespace

MentionResolver::MentionResolver(const Document& doc, const std::vector<Entity>& entities, const Gazetteer& gazetteer)
    : impl_(std::make_unique<Impl>(doc, entities, utf8::OffsetMap(doc.text), gazetteer)) {}

MentionResolver::MentionResolver(const Document& doc, const std::vector<Entity>& entities, const utf8::OffsetMap& map,
                                 const Gazetteer& gazetteer)
    : impl_(std::make_unique<Impl>(doc, entities, map, gazetteer)) {}

MentionResolver::~MentionResolver() = default;

const std::vector<MentionResolver::Span>& MentionResolver::mentions() const { return impl_->mentions; }

std::optional<size_t> MentionResolver::entity_at(size_t begin) const {
  auto it = impl_->first_at_or_after(begin);
  if (it != impl_->mentions.end() && it->begin == begin) return it->entity;
  return std::nullopt;
}

std::optional<size_t> MentionResolver::topic_person() const { return impl_->topic_person(); }

std::string MentionResolver::entity_name(size_t i) const {
  if (i >= impl_->entities.size()) return {};
  if (const std::string& repaired = impl_->corrected_name(i); !repaired.empty()) return repaired;
  const Entity& e = impl_->entities[i];
  if (!e.name.empty()) return e.name;
  if (!e.aliases.empty()) return e.aliases.back();
  if (!e.mentions.empty()) return span_text(impl_->doc.text, e.mentions.front());
  return {};
}

std::string MentionResolver::name_of(const Referent& r) const {
  if (r.entity) return entity_name(*r.entity);
  return r.name;
}

using Impl = MentionResolver::Impl;

Impl::Impl(const Document& d, const std::vector<Entity>& ents, const utf8::OffsetMap& map, const Gazetteer& g)
    : doc(d), text(d.text), entities(ents), gazetteer(g), lex(Lexicon::get()) {
  utf8::Cursor cursor(map);
  auto to_byte = [&](int64_t cp) { return cursor.to_byte(static_cast<size_t>(std::max<int64_t>(0, cp))); };
  size_t count = 0;
  for (const Entity& e : ents) count += e.mentions.size();
  mentions.reserve(count);
  // The cursor walks forward fastest: convert in text order.
  std::vector<std::pair<dossier::Span, size_t>> all;
  all.reserve(count);
  for (size_t i = 0; i < ents.size(); ++i)
    for (const dossier::Span& m : ents[i].mentions) all.push_back({m, i});
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [m, i] : all) {
    size_t b = to_byte(m.start);
    mentions.push_back({b, to_byte(m.end), i});
  }
  for (const dossier::Span& p : d.paragraphs) paragraphs.push_back({to_byte(p.start), to_byte(p.end)});
  if (paragraphs.empty()) paragraphs.push_back({0, d.text.size()});
  for (const dossier::Span& s : d.sentences) sentences.push_back({to_byte(s.start), to_byte(s.end)});
  if (sentences.empty()) sentences = paragraphs;
  if (d.dct.value) date = *d.dct.value;
}

std::vector<MentionResolver::Span>::const_iterator Impl::first_at_or_after(size_t pos) const {
  return std::lower_bound(mentions.begin(), mentions.end(), pos,
                          [](const MentionResolver::Span& m, size_t p) { return m.begin < p; });
}

size_t Impl::paragraph_distance(size_t from, size_t to) const {
  return span_index(paragraphs, to) - span_index(paragraphs, from);
}

std::optional<char> Impl::gender(size_t entity) const {
  if (entity >= entities.size()) return std::nullopt;
  if (genders_.empty()) genders_.assign(entities.size(), -1);
  if (genders_[entity] < 0) {
    genders_[entity] = 0;
    const Entity& en = entities[entity];
    if (en.type == "PERSON") {
      if (const GazetteerEntry* g = gazetteer.find(en.name); g && g->gender && !g->gender->empty())
        genders_[entity] = 1 + static_cast<unsigned char>((*g->gender)[0]);
      else if (auto given = given_name_gender(en.name))
        genders_[entity] = 1 + static_cast<unsigned char>(*given);
    }
  }
  if (genders_[entity] == 0) return std::nullopt;
  return static_cast<char>(genders_[entity] - 1);
}

bool Impl::excluded(const MentionQuery& q, const MentionResolver::Span& m) {
  for (auto [b, e] : q.not_antecedents)
    if (m.begin >= b && m.end <= e) return true;
  return false;
}

std::optional<size_t> Impl::nearest_of(const MentionQuery& q, size_t pos, const std::vector<std::string>& types) const {
  auto it = first_at_or_after(pos);
  while (it != mentions.begin()) {
    --it;
    if (paragraph_distance(it->begin, pos) > kPronounParagraphs) break;
    if (excluded(q, *it)) continue;
    const std::string& type = entities[it->entity].type;
    if (std::find(types.begin(), types.end(), type) != types.end()) return it->entity;
  }
  return std::nullopt;
}

// The nearest PERSON before POS introduced with ROLE: as a title right before the name
// ("Foreign Ministry spokesman Igor Petrov") or in an apposition after it ("Anna Berg, an
// expert with ...").
std::optional<size_t> Impl::person_with_role(size_t pos, const std::vector<std::string>& role_words) const {
  auto found = people_with_role(pos, role_words, 1);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<size_t> Impl::people_with_role(size_t pos, const std::vector<std::string>& role_words, size_t most) const {
  std::vector<size_t> out;
  auto take = [&](size_t e) {
    if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    return out.size() >= most;
  };
  auto it = first_at_or_after(pos);
  while (it != mentions.begin()) {
    --it;
    if (paragraph_distance(it->begin, pos) > kRoleParagraphs) break;
    if (entities[it->entity].type != "PERSON") continue;
    size_t lb = it->begin > 60 ? it->begin - 60 : 0;
    auto before = last_tokens(text, lb, it->begin, 4);
    size_t k = before.size();
    size_t stop = k > 4 ? k - 4 : 0;
    while (k > stop && before[k - 1].word) --k;
    bool found = false;
    for (size_t i = k; i + role_words.size() <= before.size() && !found; ++i) {
      bool all = true;
      for (size_t r = 0; r < role_words.size() && all; ++r) all = before[i + r].lower == role_words[r];
      // ... with nothing but capitalised words between the role and the name ("spokesman
      // Igor Petrov"; not "developer Tom Hale met Ann Lee").
      for (size_t j = i + role_words.size(); j < before.size() && all; ++j) all = before[j].cap || before[j].lower == ".";
      found = all;
    }
    auto after = first_tokens(text, it->end, std::min(text.size(), it->end + 60), 4 + role_words.size());
    if (!found && !after.empty() && after[0].lower == ",") {
      for (size_t i = 1; i + role_words.size() <= after.size() && i <= 4 && !found; ++i) {
        if (!after[i].word) break;
        bool all = true;
        for (size_t r = 0; r < role_words.size() && all; ++r) all = after[i + r].lower == role_words[r];
        found = all;
      }
    }
    if (found && take(it->entity)) break;
  }
  return out;
}

namespace {

// What the phrase of Q means, its entity's name as the entities layer gives it.
Referent resolve_phrase(const Impl& m, const MentionQuery& q) {
  const Lexicon& lex = m.lex;
  Referent out;
  auto all = tokenize(m.text, q.begin, q.end);
  // Appositions: "Anna Berg, an expert with ...," or "Russia's envoy to NATO, Ivan Petrov,":
  // split at commas and take the first part naming a person, else the first.
  std::vector<std::vector<Token>> parts(1);
  for (auto& t : all) {
    if (!t.word && (t.lower == "," || t.lower == "(" || t.lower == ")")) {
      if (!parts.back().empty()) parts.emplace_back();
      continue;
    }
    if (!t.word && t.lower != "-" && t.lower != "'") continue;
    parts.back().push_back(std::move(t));
  }
  if (parts.back().empty()) parts.pop_back();
  if (parts.empty()) return out;
  // "Ann Lee and Tom Hale said": the group, its first member the entity (groups.cc).
  if (auto people = m.coordinated_people(q.begin, q.end); !people.empty()) {
    out.begin = parts.front().front().b;
    out.end = parts.back().back().e;
    out.entity = people.front();
    out.group = std::move(people);
    out.kind = MentionKind::Name;
    return out;
  }
  // A "person" a role noun follows ("Ryanair CEO", "NATO chief") is the role's
  // organisation that the entities layer took for a person: no speaker.
  // So is one whose possessive a role noun follows ("Ann Hale's spokeswoman, Jo Lee,"): the
  // role's holder speaks, not its owner.
  size_t person_at = 0;
  auto person_in = [&](size_t pb, size_t pe) -> std::optional<size_t> {
    std::optional<size_t> found;
    for (auto it = m.first_at_or_after(pb); it != m.mentions.end() && it->begin < pe; ++it) {
      if (it->end > pe || m.entities[it->entity].type != "PERSON") continue;
      auto next = first_tokens(m.text, it->end, pe, 5);
      size_t n = 0;
      bool possessive = next.size() >= 3 && !next[0].word && (next[0].lower == "'" || next[0].lower == "\u2019") &&
                        next[1].lower == "s";
      if (possessive) n = 2;
      if (n < next.size() && next[n].word && lex.roles.count(next[n].lower)) continue;
      // ... or a role of two or three lower-case words ("campaign manager", "chief of staff").
      bool owner = false;
      for (size_t k = n + 1; possessive && k < next.size() && k <= n + 2 && next[k].word && !next[k].cap && !owner; ++k)
        owner = lex.roles.count(next[k].lower) > 0 || lex.roles.count(next[k - 1].lower + " " + next[k].lower) > 0;
      if (owner) continue;
      found = it->entity;
      person_at = it->begin;
    }
    return found;
  };
  const std::vector<Token>* seg = nullptr;
  for (const auto& p : parts)
    if (person_in(p.front().b, p.back().e)) {
      seg = &p;
      break;
    }
  // Without a known person, an apposition that is all capitalised words and no title is
  // the name ("Acme CEO, Jane Roe").
  for (size_t i = 1; i < parts.size() && !seg; ++i) {
    bool name = parts[i].size() >= 2;
    for (const Token& t : parts[i]) name = name && (t.cap || !t.word) && !lex.roles.count(t.lower);
    if (name) seg = &parts[i];
  }
  if (!seg) seg = &parts.front();
  size_t sb = seg->front().b, se = seg->back().e;
  out.begin = sb;
  out.end = se;
  std::string text = slice(m.text, sb, se);
  const std::string& first = seg->front().lower;
  const std::string& head = seg->back().lower;
  auto person = person_in(sb, se);
  auto anonymous = [&] {
    out.source_text = text;
    out.kind = MentionKind::Anonymous;
    return out;
  };
  if (lex.is(first, "anon") && !person) return anonymous();
  // "a spokesman for Ann Hale", "an aide to Ann Hale", "one of Ann Hale's advisers": an
  // unnamed person speaking for the one named after the preposition stays anonymous.
  if (lex.is(first, "anon") && person) {
    for (const Token& t : *seg)
      if (t.b < person_at && (t.lower == "for" || t.lower == "to" || t.lower == "of" || t.lower == "with" || t.lower == "from"))
        return anonymous();
  }
  if (person) {
    out.entity = person;
    out.kind = MentionKind::Name;
    return out;
  }
  if (seg->size() == 1) {
    // "Russian" standing alone, as a headline's label ("Swedish 'regret'"): the state.
    if (auto state = state_of_demonym(first); !state.empty() && seg->front().cap) {
      out.kind = MentionKind::Name;
      out.entity = m.state_entity(state);
      if (!out.entity) out.name = state;
      return out;
    }
    if (lex.is(first, "pronoun-1") || (!seg->front().cap && lex.is(first, "pronoun-1-object"))) {
      if (!q.first_person) return anonymous();
      out.entity = q.first_person;
      out.kind = MentionKind::Pronoun;
      return out;
    }
    char g = lex.is(first, "pronoun-m") ? 'm' : lex.is(first, "pronoun-f") ? 'f' : 0;
    if (g) {
      out.entity = m.pronoun_antecedent(q, q.begin, g);
      if (!out.entity) return anonymous();
      out.kind = MentionKind::Pronoun;
      return out;
    }
    if (lex.is(first, "pronoun-p")) {
      out.entity = m.plural_antecedent(q, q.begin, &out.group);
      if (!out.entity) return anonymous();
      out.kind = MentionKind::Pronoun;
      return out;
    }
  }
  // "the two ministers", "both envoys": the people introduced with that role (groups.cc).
  if (auto r = m.counted_role(q, *seg)) {
    r->begin = sb;
    r->end = se;
    if (!r->resolved()) return anonymous();
    return *r;
  }
  // "the Chilean side said": a state's voice is the state (agents.cc); unnamed officials
  // stay anonymous and an office holder ("the Finnish president") is left to the descriptions.
  if (auto r = m.state_agent(*seg)) {
    r->begin = sb;
    r->end = se;
    return *r;
  }
  // "NRC leaders pledged", "the ministers said", "Ministers agreed": the members of a body
  // speak for it as a whole (lexicon class "body"). Only a determiner, lower-case words
  // and the owner's name may come before the noun ("European leaders" stays anonymous).
  if (lex.is(head, "body")) {
    bool plain = true;
    for (size_t i = 0; i + 1 < seg->size() && plain; ++i) {
      const Token& t = (*seg)[i];
      if (!t.cap || lex.is(t.lower, "det")) continue;
      auto it = m.first_at_or_after(t.b);
      plain = (it != m.mentions.end() && it->begin == t.b) || (it != m.mentions.begin() && std::prev(it)->end >= t.e);
    }
    if (plain)
      if (auto issuer = m.body_owner(*seg)) {
        out.entity = issuer;
        out.kind = MentionKind::Organisation;
        return out;
      }
  }
  // "the spokesman", "the Russian foreign minister", "the alliance's chief", "the ministry"
  bool owner = seg->size() >= 2 && seg->front().word && seg->front().lower.size() > 2 &&
               seg->front().lower.compare(seg->front().lower.size() - 2, 2, "'s") == 0;
  // "NATO chief", "Ryanair CEO": a name, then lower-case words ending in a role noun.
  bool named_owner = false;
  if (auto it = m.first_at_or_after(sb); it != m.mentions.end() && it->begin == sb && it->end < se &&
                                         lex.roles.count(head) && !seg->back().cap) {
    named_owner = true;
    for (const Token& t : *seg) named_owner = named_owner && (t.e <= it->end || (t.word && !t.cap));
  }
  // "the Ohio Democrat", "the 45-year-old", "the Vermont governor": a person by their state,
  // party or age, though the entities layer may have taken the words for a name (described.cc).
  if (first == "the" || first == "this" || first == "that" || owner)
    if (auto r = m.described_person(q, *seg, true)) {
      r->begin = sb;
      r->end = se;
      return *r;
    }
  if ((lex.is(first, "det") && first != "a" && first != "an") || owner || named_owner) {
    // A named owner whose role holder is unknown stays the owner, as before.
    if (auto r = m.description(q, *seg); r && (r->resolved() || !named_owner)) {
      *r = Referent{r->entity, r->name, r->source_text, sb, se, r->kind, r->group};
      if (!r->resolved() && !r->source_text) return anonymous();
      return *r;
    }
  }
  if (lex.is(head, "source") && !seg->back().cap) return anonymous();
  // Another entity named in the subject, the last one being the head: "the Foreign
  // Ministry", "The US automobile manufacturer Ford".
  {
    // ... unless "of" follows an earlier one: "The Guardian of London" is the paper's.
    size_t end = 0, stop = se;
    // "the Ministerial Declaration on the Corfu Process said": a document speaks for
    // the organisation that issued it (one the phrase names first), unless a person
    // is named too.
    bool document = false, person_named = false;
    for (auto it = m.first_at_or_after(sb); it != m.mentions.end() && it->begin < se; ++it) {
      const std::string& type = m.entities[it->entity].type;
      document |= type == "LAW";
      person_named |= type == "PERSON";
    }
    if (document && !person_named)
      if (auto issuer = m.body_owner(*seg)) {
        out.entity = issuer;
        out.kind = MentionKind::Organisation;
        return out;
      }
    for (auto it = m.first_at_or_after(sb); it != m.mentions.end() && it->begin < se; ++it)
      if (it->end <= se) {
        out.entity = it->entity;
        end = it->end;
        auto next = first_token(m.text, end, se);
        if (next && next->lower == "of") {
          stop = next->b;
          break;
        }
      }
    // ... unless an unknown capitalised name follows it ("the US company Ford").
    bool name_after = false;
    for (const Token& t : *seg) name_after |= t.b >= end && t.b < stop && t.cap;
    if (out.entity && !name_after) {
      out.kind = MentionKind::Name;
      return out;
    }
    out.entity.reset();
  }
  // A capitalised name the entities layer does not know: the trailing run of capitalised
  // words, after the last title word ("Foreign Minister Petrov" -> "Petrov").
  size_t k = seg->size();
  while (k > 0 && ((*seg)[k - 1].cap || (k < seg->size() && lex.is((*seg)[k - 1].lower, "connector")))) --k;
  while (k < seg->size() && (!(*seg)[k].cap || lex.is((*seg)[k].lower, "det"))) ++k;
  for (size_t r = k; r < seg->size(); ++r)
    if (lex.roles.count((*seg)[r].lower) && r + 1 < seg->size()) k = r + 1;
  // "Deputy Minister of Trade Tom Hale": the name starts at its given name.
  for (size_t r = k + 1; r + 1 < seg->size(); ++r)
    if ((*seg)[r].cap && is_given_name((*seg)[r].lower) && !is_given_name((*seg)[k].lower)) {
      k = r;
      break;
    }
  // "Ministers agreed": a role noun, capitalised as its sentence's first word, names no one.
  if (k + 1 == seg->size()) {
    const std::string& w = (*seg)[k].lower;
    bool plural = w.size() > 3 && w.back() == 's';
    if (lex.roles.count(w) || (plural && lex.roles.count(w.substr(0, w.size() - 1))) || lex.is(w, "source"))
      return anonymous();
  }
  if (k < seg->size()) {
    out.name = slice(m.text, (*seg)[k].b, se);
    out.begin = (*seg)[k].b;
    out.kind = MentionKind::Name;
    for (size_t i = 0; i < m.entities.size() && !out.entity; ++i) {
      const Entity& en = m.entities[i];
      if (en.name == out.name || std::find(en.aliases.begin(), en.aliases.end(), out.name) != en.aliases.end())
        out.entity = i;
    }
    if (out.entity) out.name.clear();
    return out;
  }
  // Words that name no one the resolver knows ("at the same time", "the statement").
  out.source_text = text;
  return out;
}

}  // namespace

Referent MentionResolver::resolve(const MentionQuery& q) const {
  Referent r = resolve_phrase(*impl_, q);
  if (r.entity) r.name.clear();
  return r;
}

}  // namespace dossier
