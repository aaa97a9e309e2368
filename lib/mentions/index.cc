// The resolver's index of the document (mentions_internal.h): the entities' mentions in
// bytes with the document's paragraphs and sentences, looked up by position, and what is
// known of each entity, read on first need (gender, salience, coordination, the traits
// around a mention). Tested by mentions_test.cc and mentions_groups_test.cc.
#include <algorithm>
#include <iterator>

#include "dossier/utf8.h"
#include "mentions_internal.h"

namespace dossier {

using namespace words;

Join join_between(std::string_view between) {
  if (between.size() > 24) return Join::None;  // ", as well as the" and its spaces at most
  std::string t;
  for (char ch : between)
    if (ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r') t += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  if (t.size() >= 3 && t.compare(t.size() - 3, 3, "the") == 0) t.resize(t.size() - 3);
  if (t == ","sv) return Join::Comma;
  if (t == "and"sv || t == ",and"sv || t == "aswellas"sv) return Join::And;
  if (t == "or"sv || t == ",or"sv) return Join::Or;
  return Join::None;
}

}  // namespace dossier

namespace dossier::mentions_detail {

using namespace words;

namespace {

// Whether the words between two mentions join them into one of the resolver's groups.
bool joins(std::string_view between) {
  Join j = join_between(between);
  return j == Join::Comma || j == Join::And;
}

// Words before a name that make it an object, not the subject of its clause.
bool is_preposition(const std::string& w) {
  static const char* kWords[] = {"to",  "with", "by",  "of",     "for",   "from",  "on",    "at",    "about",
                                 "against", "than", "and", "or", "met", "told", "called", "urged", "asked",
                                 "under", "between", "in", "into", "over", "among"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](const char* k) { return w == k; });
}

// The two entities of TYPE mentioned most often, with their counts, in one pass.
struct MostMentioned {
  std::optional<size_t> best;
  size_t best_count = 0, second_count = 0;
  // The best one when it has at least MIN mentions and more than any other.
  std::optional<size_t> with_at_least(size_t min) const {
    if (best_count < min || best_count == second_count) return std::nullopt;
    return best;
  }
};

MostMentioned most_mentioned(const std::vector<Entity>& entities, const std::vector<Mention>& mentions,
                             const char* type) {
  std::vector<size_t> counts(entities.size(), 0);
  for (const auto& m : mentions)
    if (entities[m.entity].type == type) ++counts[m.entity];
  MostMentioned out;
  for (size_t e = 0; e < counts.size(); ++e) {
    if (counts[e] > out.best_count) {
      out.second_count = out.best_count;
      out.best_count = counts[e];
      out.best = e;
    } else if (counts[e] > out.second_count) {
      out.second_count = counts[e];
    }
  }
  return out;
}

}  // namespace

// Once per document (a pass per pronoun would be quadratic).
std::optional<size_t> NameIndex::topic_person() const {
  if (!topic_) topic_ = most_mentioned(entities, mentions, "PERSON").with_at_least(3);
  return *topic_;
}

// The topic organisation and the issuer come from one count of the ORG mentions.
void NameIndex::count_organisations() const {
  if (topic_org_) return;
  MostMentioned orgs = most_mentioned(entities, mentions, "ORG");
  topic_org_ = orgs.with_at_least(3);
  issuer_ = orgs.with_at_least(2);
}

std::optional<size_t> NameIndex::topic_organisation() const {
  count_organisations();
  return *topic_org_;
}

std::optional<size_t> NameIndex::issuer() const {
  count_organisations();
  return *issuer_;
}

NameIndex::NameIndex(const Document& d, const std::vector<Entity>& ents, const utf8::OffsetMap& map, const Gazetteer& g)
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

std::vector<Mention>::const_iterator NameIndex::first_at_or_after(size_t pos) const {
  return std::lower_bound(mentions.begin(), mentions.end(), pos,
                          [](const Mention& m, size_t p) { return m.begin < p; });
}

size_t NameIndex::paragraph_distance(size_t from, size_t to) const {
  return span_index(paragraphs, to) - span_index(paragraphs, from);
}

std::optional<char> NameIndex::gender(size_t entity) const {
  if (entity >= entities.size()) return std::nullopt;
  if (genders_.empty()) genders_.assign(entities.size(), -1);
  if (genders_[entity] < 0) {
    genders_[entity] = 0;
    const Entity& en = entities[entity];
    if (en.type == "PERSON"sv) {
      if (const GazetteerEntry* g = gazetteer.find(en.name); g && g->gender && !g->gender->empty())
        genders_[entity] = 1 + static_cast<unsigned char>((*g->gender)[0]);
      else if (auto given = given_name_gender(en.name))
        genders_[entity] = 1 + static_cast<unsigned char>(*given);
    }
  }
  if (genders_[entity] == 0) return std::nullopt;
  return static_cast<char>(genders_[entity] - 1);
}

bool NameIndex::excluded(const MentionQuery& q, const Mention& m) {
  for (auto [b, e] : q.not_antecedents)
    if (m.begin >= b && m.end <= e) return true;
  return false;
}

std::optional<size_t> NameIndex::nearest_of(const MentionQuery& q, size_t pos, const std::vector<std::string>& types) const {
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

bool NameIndex::is_subject(const Mention& m) const {
  size_t sb = sentences[span_index(sentences, m.begin)].first;
  auto before = last_tokens(text, m.begin > sb + 40 ? m.begin - 40 : sb, m.begin, 2);
  // "with the EU": the article does not make the name a subject.
  if (!before.empty() && before.back().lower == "the"sv) before.pop_back();
  // "..., a friend at school, Tom Hale.": an apposition closing its sentence has no verb
  // after it to be the subject of.
  if (!before.empty() && before.back().lower == ","sv) {
    auto next = first_token(text, m.end, std::min(text.size(), m.end + 8));
    if (next && (next->lower == "."sv || next->lower == ";"sv)) return false;
  }
  return before.empty() || !(before.back().word && is_preposition(before.back().lower));
}

const Traits& NameIndex::traits_of(size_t mention) const {
  if (traits_.size() != mentions.size()) traits_.assign(mentions.size(), std::nullopt);
  auto& slot = traits_[mention];
  if (!slot) {
    const auto& m = mentions[mention];
    const auto& s = sentences[words::span_index(sentences, m.begin)];
    slot = traits_around(text, std::min(s.first, m.begin), m.begin, m.end, std::max(s.second, m.end), lex);
  }
  return *slot;
}

std::optional<size_t> NameIndex::state_entity(const std::string& state) const {
  for (size_t i = 0; i < entities.size(); ++i) {
    const Entity& en = entities[i];
    if (en.type == "GPE"sv && (en.name == state || std::find(en.aliases.begin(), en.aliases.end(), state) != en.aliases.end()))
      return i;
  }
  return std::nullopt;
}

std::vector<size_t> NameIndex::coordinated(size_t i) const {
  size_t first = i, last = i;
  while (first > 0 && mentions[first - 1].end <= mentions[first].begin &&
         joins(text.substr(mentions[first - 1].end, mentions[first].begin - mentions[first - 1].end)))
    --first;
  while (last + 1 < mentions.size() && mentions[last].end <= mentions[last + 1].begin &&
         joins(text.substr(mentions[last].end, mentions[last + 1].begin - mentions[last].end)))
    ++last;
  std::vector<size_t> out;
  if (first == last) return out;
  for (size_t k = first; k <= last; ++k)
    if (std::find(out.begin(), out.end(), mentions[k].entity) == out.end()) out.push_back(mentions[k].entity);
  if (out.size() < 2) out.clear();
  return out;
}

std::vector<size_t> NameIndex::coordinated_people(size_t b, size_t e) const {
  auto first = first_at_or_after(b), last = first;
  while (last != mentions.end() && last->begin < e && last->end <= e) ++last;
  if (last - first < 2) return {};
  // Only a group inside the phrase: "Ann Lee and Tom Hale said", not one reaching before it.
  auto group = coordinated(static_cast<size_t>(first - mentions.begin()));
  std::vector<size_t> people;
  for (size_t g : group) {
    if (std::none_of(first, last, [&](const Mention& m) { return m.entity == g; })) return {};
    if (entities[g].type == "PERSON"sv) people.push_back(g);
  }
  if (people.size() < 2) people.clear();
  return people;
}

}  // namespace dossier::mentions_detail
