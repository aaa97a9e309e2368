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

Referent MentionResolver::resolve(const MentionQuery& q) const {
  Referent r = resolve_phrase(*impl_, q);
  if (r.entity) r.name.clear();
  return r;
}

}  // namespace dossier
