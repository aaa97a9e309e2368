// Private to the mentions module: the resolver's view of the document in bytes (NameIndex)
// and the parts that read it: pronouns, people by role, and descriptions of offices,
// organisations and states. MentionResolver::Impl holds one of each.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/mentions.h"
#include "traits.h"
#include "words.h"

namespace dossier::mentions_detail {

// How far back pronouns (and, in the resolver, organisation nouns) look, in paragraphs.
constexpr size_t kPronounParagraphs = 4;

// 'm' or 'f' for a person's name whose first word is a given name of known gender.
std::optional<char> given_name_gender(std::string_view name);

// Whether a lower-case word is a given name of lib/data/entities/given_names.txt.
bool is_given_name(const std::string& lower);

// A nationality adjective's state ("Russian" -> "Russia"), or "" (lib/data/entities/demonyms.tsv).
std::string state_of_demonym(const std::string& lower);

// What a word of lib/data/mentions/agents.tsv names: the state's voice ("the side"), unnamed
// people acting for it ("officials"), one office holder ("president"), or the state's act
// ("proposal").
enum class AgentKind { Body, People, Person, Act };
struct AgentWords {
  std::vector<std::string> words;  // as written: the text must match their case
  AgentKind kind = AgentKind::Body;
};
// A nationality adjective and the agent words after it ("South Korean negotiators").
struct StateAgent {
  size_t adjective_begin = 0, adjective_end = 0;  // bytes of the adjective
  size_t end = 0;                                 // index of the token after the agent words
  std::string state;                              // the adjective's state
  AgentKind kind = AgentKind::Body;
};
// The state agent phrase whose adjective starts at TOKS[I] (agents.cc), its words joined by
// white space only, or nullopt.
std::optional<StateAgent> state_agent_at(std::string_view text, const std::vector<words::Token>& toks, size_t i);

}  // namespace dossier::mentions_detail

namespace dossier::mentions_detail {

using Mention = MentionResolver::Span;

// The document as the resolver reads it (index.cc): its text, paragraphs and sentences and
// the entities' mentions in bytes, looked up by position; and what the resolver knows of each
// entity, read on first need: its gender, its repaired name (names.cc), what the words around
// each mention say of it (described.cc), and which person and organisation the document is
// about.
class NameIndex {
 public:
  NameIndex(const Document& doc, const std::vector<Entity>& entities, const utf8::OffsetMap& map, const Gazetteer& gazetteer);

  const Document& doc;
  std::string_view text;
  const std::vector<Entity>& entities;
  const Gazetteer& gazetteer;
  const words::Lexicon& lex;
  std::string date;  // the document's date, YYYY-MM-DD, or ""
  std::vector<Mention> mentions;
  std::vector<std::pair<size_t, size_t>> paragraphs, sentences;

  std::vector<Mention>::const_iterator first_at_or_after(size_t pos) const;
  size_t paragraph_distance(size_t from, size_t to) const;
  std::optional<char> gender(size_t entity) const;
  static bool excluded(const MentionQuery& q, const Mention& m);
  // Whether the mention opens its clause (no preposition or object-taking verb before it).
  bool is_subject(const Mention& m) const;
  std::optional<size_t> nearest_of(const MentionQuery& q, size_t pos, const std::vector<std::string>& types) const;
  std::optional<size_t> topic_person() const;
  // The organisation the document is about: the ORG mentioned at least three times and
  // more often than any other ORG, or nullopt.
  std::optional<size_t> topic_organisation() const;
  // The organisation that issued a document the text quotes ("the statement"): the ORG
  // mentioned at least twice and more often than any other ORG, or nullopt.
  std::optional<size_t> issuer() const;
  // The entities coordinated with the mention mentions[i] ("Spain, Italy and France"; joined
  // by a comma, "and", "as well as", with an optional "the"), in text order, or empty when
  // it stands alone.
  std::vector<size_t> coordinated(size_t i) const;
  // The PERSON entities the phrase [b, e) coordinates ("Ann Lee and Tom Hale said"), in text
  // order, or empty when it names fewer than two people so joined.
  std::vector<size_t> coordinated_people(size_t b, size_t e) const;
  // The GPE entity named STATE (by name or alias), or nullopt.
  std::optional<size_t> state_entity(const std::string& state) const;
  // What the words around mentions[I] say its person is (traits.cc), read on first need.
  const Traits& traits_of(size_t i) const;
  // The name of entity I repaired where the entities layer cut it wrongly (names.cc), or ""
  // when it stands.
  const std::string& corrected_name(size_t i) const;
  // "Sol later said": the one PERSON named before byte BEFORE whose name's last word is
  // WORD (a surname the entities layer left unmarked); nullopt when none or when two people
  // share it (names.cc).
  std::optional<size_t> person_by_surname(const std::string& word, size_t before) const;

 private:
  void count_organisations() const;  // fills topic_org_ and issuer_
  mutable std::optional<std::optional<size_t>> topic_;  // computed on first need
  mutable std::optional<std::optional<size_t>> topic_org_;
  mutable std::optional<std::optional<size_t>> issuer_;
  mutable std::vector<int> genders_;  // per entity: -1 not looked up, 0 unknown, else 1 + the gender
  mutable std::vector<std::string> corrected_;  // per entity, filled on first need
  mutable bool corrected_done_ = false;
  mutable std::vector<std::optional<Traits>> traits_;  // per mention
};

// Pronouns (pronouns.cc): "he" and "she" by gender, recency and subjecthood, "they" to the
// organisation, state or group a clause before made its subject.
class PronounResolver {
 public:
  explicit PronounResolver(const NameIndex& index) : ix_(index) {}

  // The person a pronoun of GENDER ('m', 'f', '-' for either) at POS means, or nullopt.
  std::optional<size_t> antecedent(const MentionQuery& q, size_t pos, char gender, int depth = 0) const;
  // An ORG or GPE that "they" at POS means, or nullopt; GROUP gets its coordinated group.
  std::optional<size_t> plural_antecedent(const MentionQuery& q, size_t pos, std::vector<size_t>* group = nullptr) const;

 private:
  std::optional<size_t> subject_pronoun(size_t b, size_t e, char gender) const;
  // Whether POS lies in a caption or label paragraph.
  bool in_caption(size_t pos) const;

  const NameIndex& ix_;
};

// People by a role (groups.cc, described.cc): those a title or an apposition introduced with
// the role's words ("spokesman Igor Petrov", "Anna Berg, an expert"), a counted role ("the
// two ministers"), and a person described by what the text said they are ("the Ohio
// Democrat", "the billionaire").
class RoleResolver {
 public:
  RoleResolver(const NameIndex& index, const PronounResolver& pronouns) : ix_(index), pronouns_(pronouns) {}

  std::optional<size_t> person_with_role(size_t pos, const std::vector<std::string>& role_words) const;
  // Up to MOST people before POS introduced with ROLE_WORDS, the nearest first.
  std::vector<size_t> people_with_role(size_t pos, const std::vector<std::string>& role_words, size_t most) const;
  // "the two ministers", "both envoys": the people introduced with that role, as many as the
  // number says, in text order; nullopt when SEG is no counted role.
  std::optional<Referent> counted_role(const MentionQuery& q, const std::vector<words::Token>& seg) const;
  // A description of a person by what the text said they are: "the Ohio Democrat", "the
  // 45-year-old", "the Vermont governor", "the billionaire" (SEG: its words, a determiner or
  // a state's possessive first). GENRE_ONLY: descriptions that say a US state, a party or an
  // age, which always resolve (to the person who fits best, else the salient person who does
  // not clash, else source_text); otherwise role descriptions without such words, to a
  // person every word of them was said of, or nullopt.
  std::optional<Referent> described_person(const MentionQuery& q, const std::vector<words::Token>& seg, bool genre_only) const;

 private:
  const NameIndex& ix_;
  const PronounResolver& pronouns_;
};

// Descriptions of offices, organisations and states (descriptions.cc, agents.cc): "the
// Russian foreign minister", "the ministry", "the Chilean side", "NATO leaders".
class DescriptionResolver {
 public:
  DescriptionResolver(const NameIndex& index, const PronounResolver& pronouns, const RoleResolver& roles)
      : ix_(index), pronouns_(pronouns), roles_(roles) {}

  // A definite description SEG (its first token a determiner): a role, an office or an
  // organisation noun; nullopt when it is none of these.
  std::optional<Referent> description(const MentionQuery& q, const std::vector<words::Token>& seg) const;
  // SEG is a state's voice or act named by a nationality adjective, with an optional
  // determiner ("the Chilean side", "the Kenyan proposal"): the state, kind Organisation;
  // nullopt for anything else, for unnamed people ("Finnish diplomats": an anonymous
  // source) and for one office holder ("the Finnish president").
  std::optional<Referent> state_agent(const std::vector<words::Token>& seg) const;
  // The organisation a body's members or its document speak for ("NATO leaders", "the
  // ministers", "the declaration"): an ORG or GPE named in SEG, else the topic
  // organisation, else nullopt.
  std::optional<size_t> body_owner(const std::vector<words::Token>& seg) const;

 private:
  // The holder of an office of the roles DESCRIBED ("foreign minister") of state OF ("" = any
  // state; then only people the document names) on the document's date (without one, the
  // present holder): an entity index when the document names them, else the gazetteer's name.
  std::optional<Referent> office_holder(const MentionQuery& q, const std::string& described, const std::string& of) const;

  const NameIndex& ix_;
  const PronounResolver& pronouns_;
  const RoleResolver& roles_;
};

}  // namespace dossier::mentions_detail

namespace dossier {

// The resolver's parts, each reading the one before it.
struct MentionResolver::Impl {
  Impl(const Document& doc, const std::vector<Entity>& entities, const utf8::OffsetMap& map, const Gazetteer& gazetteer)
      : index(doc, entities, map, gazetteer), pronouns(index), roles(index, pronouns), descriptions(index, pronouns, roles) {}

  mentions_detail::NameIndex index;
  mentions_detail::PronounResolver pronouns;
  mentions_detail::RoleResolver roles;
  mentions_detail::DescriptionResolver descriptions;
};

// What the phrase of Q means, its entity's name as the entities layer gives it (phrase.cc).
Referent resolve_phrase(const MentionResolver::Impl& m, const MentionQuery& q);

}  // namespace dossier
