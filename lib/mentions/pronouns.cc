// Pronouns: he and she look back by gender, recency and subjecthood, then to the person the
// document is about; they (and them) to the organisation or state a sentence before made
// its subject. Tested by mentions_test.cc.
#include <algorithm>

#include "mentions_internal.h"

namespace dossier::mentions_detail {

using namespace words;

namespace {

// "They" looks back for a subject at least this many bytes (about two sentences of news).
constexpr size_t kPluralReach = 400;

}  // namespace

// The person a pronoun of GENDER at POS means: the most recent fitting person, unless the
// sentence holding it has a fitting person, or a pronoun of that gender, as its subject
// (subjects stay salient: "Lavrov met Kerry. He said ..." is Lavrov's). Mentions in the
// query's quote are skipped; DEPTH bounds the chain of pronouns followed.
std::optional<size_t> PronounResolver::antecedent(const MentionQuery& q, size_t pos, char want, int depth) const {
  auto it = ix_.first_at_or_after(pos);
  std::optional<size_t> recent;
  size_t recent_sentence = 0;
  bool topic_in_sentence = false;
  size_t here = span_index(ix_.sentences, pos);
  while (it != ix_.mentions.begin()) {
    --it;
    if (ix_.paragraph_distance(it->begin, pos) > kPronounParagraphs) break;
    if (ix_.excluded(q, *it) || ix_.entities[it->entity].type != "PERSON"sv || in_caption(it->begin)) continue;
    auto g = ix_.gender(it->entity);
    if (want != '-' && g && *g != want) continue;
    size_t s = span_index(ix_.sentences, it->begin);
    if (!recent) {
      if (s == here) return it->entity;
      // "The next year, he met the younger Tom Hale. He wrote ...": a pronoun of that
      // gender as the earlier sentence's subject keeps its own antecedent salient.
      if (want != '-' && depth < 2)
        if (auto p = subject_pronoun(ix_.sentences[s].first, it->begin, want))
          if (auto chained = antecedent(q, *p, want, depth + 1)) return chained;
      recent = it->entity;
      recent_sentence = s;
      if (ix_.is_subject(*it)) return recent;
      continue;
    }
    if (s != recent_sentence) break;
    if (ix_.is_subject(*it)) return it->entity;
    // Neither is its sentence's subject: the person the document is about is the more
    // salient ("Letters to Ann Lee name a friend, Tom Hale. ... He wrote" is Ann Lee's in
    // her biography).
    if (it->entity != *recent && ix_.topic_person() == it->entity) topic_in_sentence = true;
  }
  if (recent && topic_in_sentence && recent_sentence != here) return ix_.topic_person();
  if (recent) return recent;
  // Nobody near: the person the document is about (a biography's subject, an interview's
  // guest), named before POS.
  auto topic = ix_.topic_person();
  if (!topic) return std::nullopt;
  auto first = std::find_if(ix_.mentions.begin(), ix_.mentions.end(), [&](const MentionResolver::Span& m) { return m.entity == *topic; });
  if (first == ix_.mentions.end() || first->begin >= pos) return std::nullopt;
  auto g = ix_.gender(*topic);
  if (want != '-' && g && *g != want) return std::nullopt;
  return topic;
}

// A caption or label between paragraphs ("Ann Lee, Countess of Kell" under a portrait):
// a short paragraph after the first that ends without a sentence's final mark. The names
// it holds are not what the prose around it goes on to speak of.
bool PronounResolver::in_caption(size_t pos) const {
  size_t p = span_index(ix_.paragraphs, pos);
  if (p == 0) return false;
  auto [pb, pe] = ix_.paragraphs[p];
  while (pe > pb && (ix_.text[pe - 1] == ' ' || ix_.text[pe - 1] == '\n')) --pe;
  if (pe == pb || pe - pb > 100) return false;
  char last = ix_.text[pe - 1];
  return last != '.' && last != '!' && last != '?' && last != '"' && last != ':' && last != ')' &&
         static_cast<unsigned char>(last) < 0x80;
}

// The byte offset of "he" (WANT 'm') or "she" ('f') opening a clause of [b, e): at its start
// or after a comma ("The following autumn, he went up to ..."), or nullopt.
std::optional<size_t> PronounResolver::subject_pronoun(size_t b, size_t e, char want) const {
  const char* word = want == 'm' ? "he" : "she";
  auto toks = first_tokens(ix_.text, b, std::min(e, b + 300), 40);
  for (size_t k = 0; k < toks.size(); ++k)
    if (toks[k].lower == word && (k == 0 || toks[k - 1].lower == ","sv)) return toks[k].b;
  return std::nullopt;
}



// The organisation, state or group of people "they" at POS means: the nearest ORG or GPE
// (or person coordinated with another) that opens its clause, in its sentence or the one
// before or within kPluralReach bytes ("The Baltic Council leaders met in Riga. The talks
// with Estonia ran late. They agreed ..." is the council's: Estonia, after a preposition,
// is an object); else the nearest of them in its sentence or the one before ("NATO
// suspended cooperation with Russia. They said ..." is NATO's). A plural source noun
// nearer than that ("officials", "analysts") or a plural person described in between
// leaves "they" to the people, so nobody is named.
std::optional<size_t> PronounResolver::plural_antecedent(const MentionQuery& q, size_t pos, std::vector<size_t>* group) const {
  size_t here = span_index(ix_.sentences, pos);
  size_t from = ix_.sentences[here > 0 ? here - 1 : 0].first;
  std::optional<size_t> nearest, subject;
  size_t nearest_end = pos, nearest_at = 0, subject_at = 0;
  for (auto it = ix_.first_at_or_after(pos); it != ix_.mentions.begin();) {
    --it;
    if (it->begin < from && it->end + kPluralReach <= pos) break;
    if (ix_.excluded(q, *it) || it->end > pos) continue;
    const std::string& type = ix_.entities[it->entity].type;
    // A person alone is "he" or "she"; people named together ("Ann Lee and Tom Hale") are
    // "they" as a group is.
    if (type != "ORG"sv && type != "GPE"sv &&
        !(type == "PERSON"sv && ix_.coordinated(static_cast<size_t>(it - ix_.mentions.begin())).size() >= 2))
      continue;
    if (!nearest && it->begin >= from) {
      nearest = it->entity;
      nearest_end = it->end;
      nearest_at = static_cast<size_t>(it - ix_.mentions.begin());
    }
    if (ix_.is_subject(*it)) {
      subject = it->entity;
      subject_at = static_cast<size_t>(it - ix_.mentions.begin());
      break;
    }
  }
  if (!nearest && !subject) return std::nullopt;
  if (!nearest) nearest_end = ix_.mentions[subject_at].end;
  for (const Token& t : tokenize(ix_.text, nearest_end, pos))
    if (t.word && ix_.lex.is(t.lower, "source")) return std::nullopt;
  if (group) *group = ix_.coordinated(subject ? subject_at : nearest_at);
  return subject ? subject : nearest;
}

}  // namespace dossier::mentions_detail
