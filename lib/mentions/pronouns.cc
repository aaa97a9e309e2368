// Pronouns: he and she look back by gender, recency and subjecthood, then to the person the
// document is about; they (and them) to the organisation or state a sentence before made
// its subject. Tested by mentions_test.cc.
#include <algorithm>

#include "mentions_internal.h"

namespace dossier {

using namespace words;
using namespace mentions_detail;

namespace {

// "They" looks back for a subject at least this many bytes (about two sentences of news).
constexpr size_t kPluralReach = 400;

// Words before a name that make it an object, not the subject of its clause.
bool is_preposition(const std::string& w) {
  static const char* kWords[] = {"to",  "with", "by",  "of",     "for",   "from",  "on",    "at",    "about",
                                 "against", "than", "and", "or", "met", "told", "called", "urged", "asked",
                                 "under", "between", "in", "into", "over", "among"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](const char* k) { return w == k; });
}


}  // namespace

using Impl = MentionResolver::Impl;

bool Impl::is_subject(const MentionResolver::Span& m) const {
  size_t sb = sentences[span_index(sentences, m.begin)].first;
  auto before = last_tokens(text, m.begin > sb + 40 ? m.begin - 40 : sb, m.begin, 2);
  // "with the EU": the article does not make the name a subject.
  if (!before.empty() && before.back().lower == "the") before.pop_back();
  // "..., a friend at school, Tom Hale.": an apposition closing its sentence has no verb
  // after it to be the subject of.
  if (!before.empty() && before.back().lower == ",") {
    auto next = first_token(text, m.end, std::min(text.size(), m.end + 8));
    if (next && (next->lower == "." || next->lower == ";")) return false;
  }
  return before.empty() || !(before.back().word && is_preposition(before.back().lower));
}

// The person a pronoun of GENDER at POS means: the most recent fitting person, unless the
// sentence holding it has a fitting person, or a pronoun of that gender, as its subject
// (subjects stay salient: "Lavrov met Kerry. He said ..." is Lavrov's). Mentions in the
// query's quote are skipped; DEPTH bounds the chain of pronouns followed.
std::optional<size_t> Impl::pronoun_antecedent(const MentionQuery& q, size_t pos, char want, int depth) const {
  auto it = first_at_or_after(pos);
  std::optional<size_t> recent;
  size_t recent_sentence = 0;
  bool topic_in_sentence = false;
  size_t here = span_index(sentences, pos);
  while (it != mentions.begin()) {
    --it;
    if (paragraph_distance(it->begin, pos) > kPronounParagraphs) break;
    if (excluded(q, *it) || entities[it->entity].type != "PERSON" || in_caption(it->begin)) continue;
    auto g = gender(it->entity);
    if (want != '-' && g && *g != want) continue;
    size_t s = span_index(sentences, it->begin);
    if (!recent) {
      if (s == here) return it->entity;
      // "The next year, he met the younger Tom Hale. He wrote ...": a pronoun of that
      // gender as the earlier sentence's subject keeps its own antecedent salient.
      if (want != '-' && depth < 2)
        if (auto p = subject_pronoun(sentences[s].first, it->begin, want))
          if (auto chained = pronoun_antecedent(q, *p, want, depth + 1)) return chained;
      recent = it->entity;
      recent_sentence = s;
      if (is_subject(*it)) return recent;
      continue;
    }
    if (s != recent_sentence) break;
    if (is_subject(*it)) return it->entity;
    // Neither is its sentence's subject: the person the document is about is the more
    // salient ("Letters to Ann Lee name a friend, Tom Hale. ... He wrote" is Ann Lee's in
    // her biography).
    if (it->entity != *recent && topic_person() == it->entity) topic_in_sentence = true;
  }
  if (recent && topic_in_sentence && recent_sentence != here) return topic_person();
  if (recent) return recent;
  // Nobody near: the person the document is about (a biography's subject, an interview's
  // guest), named before POS.
  auto topic = topic_person();
  if (!topic) return std::nullopt;
  auto first = std::find_if(mentions.begin(), mentions.end(), [&](const MentionResolver::Span& m) { return m.entity == *topic; });
  if (first == mentions.end() || first->begin >= pos) return std::nullopt;
  auto g = gender(*topic);
  if (want != '-' && g && *g != want) return std::nullopt;
  return topic;
}

// A caption or label between paragraphs ("Ann Lee, Countess of Kell" under a portrait):
// a short paragraph after the first that ends without a sentence's final mark. The names
// it holds are not what the prose around it goes on to speak of.
bool Impl::in_caption(size_t pos) const {
  size_t p = span_index(paragraphs, pos);
  if (p == 0) return false;
  auto [pb, pe] = paragraphs[p];
  while (pe > pb && (text[pe - 1] == ' ' || text[pe - 1] == '\n')) --pe;
  if (pe == pb || pe - pb > 100) return false;
  char last = text[pe - 1];
  return last != '.' && last != '!' && last != '?' && last != '"' && last != ':' && last != ')' &&
         static_cast<unsigned char>(last) < 0x80;
}

// The byte offset of "he" (WANT 'm') or "she" ('f') opening a clause of [b, e): at its start
// or after a comma ("The following autumn, he went up to ..."), or nullopt.
std::optional<size_t> Impl::subject_pronoun(size_t b, size_t e, char want) const {
  const char* word = want == 'm' ? "he" : "she";
  auto toks = first_tokens(text, b, std::min(e, b + 300), 40);
  for (size_t k = 0; k < toks.size(); ++k)
    if (toks[k].lower == word && (k == 0 || toks[k - 1].lower == ",")) return toks[k].b;
  return std::nullopt;
}

namespace {

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

MostMentioned most_mentioned(const std::vector<Entity>& entities, const std::vector<MentionResolver::Span>& mentions,
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
std::optional<size_t> Impl::topic_person() const {
  if (!topic_) topic_ = most_mentioned(entities, mentions, "PERSON").with_at_least(3);
  return *topic_;
}

// The topic organisation and the issuer come from one count of the ORG mentions.
void Impl::count_organisations() const {
  if (topic_org_) return;
  MostMentioned orgs = most_mentioned(entities, mentions, "ORG");
  topic_org_ = orgs.with_at_least(3);
  issuer_ = orgs.with_at_least(2);
}

std::optional<size_t> Impl::topic_organisation() const {
  count_organisations();
  return *topic_org_;
}

std::optional<size_t> Impl::issuer() const {
  count_organisations();
  return *issuer_;
}

// "NRC leaders", "NATO's foreign ministers", "the allies", "the declaration": the owner
// named in the phrase, else the organisation the document is about (a communiqué's
// "the ministers agreed" is the alliance's word).
std::optional<size_t> Impl::body_owner(const std::vector<Token>& seg) const {
  std::optional<size_t> owner;
  for (auto it = first_at_or_after(seg.front().b); it != mentions.end() && it->begin < seg.back().e; ++it) {
    const std::string& type = entities[it->entity].type;
    if (it->end <= seg.back().e && (type == "ORG" || type == "GPE")) owner = it->entity;
  }
  return owner ? owner : topic_organisation();
}


// The organisation, state or group of people "they" at POS means: the nearest ORG or GPE
// (or person coordinated with another) that opens its clause, in its sentence or the one
// before or within kPluralReach bytes ("The Baltic Council leaders met in Riga. The talks
// with Estonia ran late. They agreed ..." is the council's: Estonia, after a preposition,
// is an object); else the nearest of them in its sentence or the one before ("NATO
// suspended cooperation with Russia. They said ..." is NATO's). A plural source noun
// nearer than that ("officials", "analysts") or a plural person described in between
// leaves "they" to the people, so nobody is named.
std::optional<size_t> Impl::plural_antecedent(const MentionQuery& q, size_t pos, std::vector<size_t>* group) const {
  size_t here = span_index(sentences, pos);
  size_t from = sentences[here > 0 ? here - 1 : 0].first;
  std::optional<size_t> nearest, subject;
  size_t nearest_end = pos, nearest_at = 0, subject_at = 0;
  for (auto it = first_at_or_after(pos); it != mentions.begin();) {
    --it;
    if (it->begin < from && it->end + kPluralReach <= pos) break;
    if (excluded(q, *it) || it->end > pos) continue;
    const std::string& type = entities[it->entity].type;
    // A person alone is "he" or "she"; people named together ("Ann Lee and Tom Hale") are
    // "they" as a group is.
    if (type != "ORG" && type != "GPE" &&
        !(type == "PERSON" && coordinated(static_cast<size_t>(it - mentions.begin())).size() >= 2))
      continue;
    if (!nearest && it->begin >= from) {
      nearest = it->entity;
      nearest_end = it->end;
      nearest_at = static_cast<size_t>(it - mentions.begin());
    }
    if (is_subject(*it)) {
      subject = it->entity;
      subject_at = static_cast<size_t>(it - mentions.begin());
      break;
    }
  }
  if (!nearest && !subject) return std::nullopt;
  if (!nearest) nearest_end = mentions[subject_at].end;
  for (const Token& t : tokenize(text, nearest_end, pos))
    if (t.word && lex.is(t.lower, "source")) return std::nullopt;
  if (group) *group = coordinated(subject ? subject_at : nearest_at);
  return subject ? subject : nearest;
}

Join join_between(std::string_view between) {
  if (between.size() > 24) return Join::None;  // ", as well as the" and its spaces at most
  std::string t;
  for (char ch : between)
    if (ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r') t += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  if (t.size() >= 3 && t.compare(t.size() - 3, 3, "the") == 0) t.resize(t.size() - 3);
  if (t == ",") return Join::Comma;
  if (t == "and" || t == ",and" || t == "aswellas") return Join::And;
  if (t == "or" || t == ",or") return Join::Or;
  return Join::None;
}

namespace {

// Whether the words between two mentions join them into one of the resolver's groups.
bool joins(std::string_view between) {
  Join j = join_between(between);
  return j == Join::Comma || j == Join::And;
}

}  // namespace

std::vector<size_t> Impl::coordinated(size_t i) const {
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

}  // namespace dossier
