// Which entity a mention means: the one resolver behind the speakers of extract-quotes and
// the actors of diff-positions. A noun phrase of the text (a name, a pronoun, a role or
// office description, a definite description of an organisation, an anonymous source) is
// resolved against the document's entities layer and the gazetteer's office holders.
// Offsets are BYTES into Document::text (utf8::OffsetMap converts the record's code-point
// spans); a resolver borrows the document, its entities and the gazetteer, which must
// outlive it.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/document.h"
#include "dossier/entities.h"
#include "dossier/utf8.h"

namespace dossier {

// How a referent was found, for diagnostics and tests.
enum class MentionKind {
  None,          // nothing resolved: words kept as source_text ("at the same time")
  Name,          // an entity named in the phrase, or a capitalised name read from it
  Pronoun,       // he / she (gender, recency, subjecthood), I / we (the turn's speaker)
  Role,          // "the spokesman": a person introduced earlier with that role, else the
                 // salient person; source_text and no one when nobody fits
  Office,        // "the Russian foreign minister": the office holder on the document's
                 // date (the present holder when the document has none)
  Organisation,  // "the ministry", "the alliance": the nearest organisation of that kind
  Anonymous,     // "a ministry source", "officials", "they", an unresolved "he": kept as
                 // source_text, no one named
};

// What a mention means: entity when the entities layer holds the referent, else name (an
// office holder the gazetteer knows, or a capitalised name read from the phrase).
struct Referent {
  std::optional<size_t> entity;            // index into the entities given to the resolver
  // Without entity: the canonical name ("" = unknown); with it, "" (the entity's name is
  // MentionResolver::entity_name).
  std::string name;
  std::optional<std::string> source_text;  // the phrase's words when no one is named
  size_t begin = 0, end = 0;               // bytes of the words that name the referent
  MentionKind kind = MentionKind::None;
  // A plural pronoun's coordinated antecedent ("Spain and Italy ... They"): every entity of
  // the group in text order, entity among them; empty when the mention means one referent.
  std::vector<size_t> group;
  bool resolved() const { return entity.has_value() || !name.empty(); }
};

// A mention to resolve: the noun phrase [begin, end) in bytes, and what the context adds.
struct MentionQuery {
  size_t begin = 0, end = 0;
  // Byte ranges whose mentions are no antecedents: the quote this phrase is the speaker of
  // ("“As President X said ...,” he said": he is not X).
  std::vector<std::pair<size_t, size_t>> not_antecedents;
  // Who "I" and "we" mean here (a transcript turn's speaker), as an entity index.
  std::optional<size_t> first_person;
};

// How the words between two names join them into one group ("Spain, Italy and France",
// "NATO as well as the EU", "Russia or China"): a comma (Comma); "and", ", and", "as well
// as" (And); "or", ", or" (Or); each with an optional "the" after it, in any case and
// spacing. None for any other words. The resolver's groups take Comma and And.
enum class Join { None, Comma, And, Or };
Join join_between(std::string_view between);

class MentionResolver {
 public:
  // DOC's text, paragraphs and sentences; ENTITIES its entities layer (code-point mentions,
  // as in the record); office holders are looked up on DOC's dct when it has one.
  MentionResolver(const Document& doc, const std::vector<Entity>& entities,
                  const Gazetteer& gazetteer = Gazetteer::builtin());
  // The same with the caller's offset map of doc.text (it has one already; it is only read
  // while constructing).
  MentionResolver(const Document& doc, const std::vector<Entity>& entities, const utf8::OffsetMap& map,
                  const Gazetteer& gazetteer = Gazetteer::builtin());
  // The resolver keeps a reference to the gazetteer: a temporary one would dangle.
  MentionResolver(const Document&, const std::vector<Entity>&, Gazetteer&&) = delete;
  MentionResolver(const Document&, const std::vector<Entity>&, const utf8::OffsetMap&, Gazetteer&&) = delete;
  ~MentionResolver();
  MentionResolver(const MentionResolver&) = delete;
  MentionResolver& operator=(const MentionResolver&) = delete;

  // What the phrase means; kind None (and no source_text) when the phrase is empty.
  Referent resolve(const MentionQuery& query) const;
  Referent resolve(size_t begin, size_t end) const { return resolve(MentionQuery{begin, end, {}, {}}); }

  // The phrases in [begin, end) that stand for a state or an organisation without naming
  // it, resolved, for a reader that looks for who acts rather than resolving a given phrase:
  // a nationality adjective before a word for the state's people, voice or acts
  // (lib/data/mentions/agents.tsv: "Finnish diplomats", "the Chilean side", "Kenyan
  // proposals"; begin/end are the adjective's bytes), and a one-word definite description
  // of an organisation ("the alliance": begin/end are the noun's bytes). Sorted by begin;
  // those that resolve to no one are left out.
  std::vector<Referent> collective_mentions(size_t begin, size_t end) const;
  // The words of a collective mention: the nationality adjectives and the first words of the
  // agent words of agents.tsv as written (case counts; one follows the other after white
  // space), and the organisation nouns in lower case (any case in the text, after "the"). A
  // stretch of text without such a pair holds no collective mention: a caller may skip it.
  struct CollectiveWords {
    std::vector<std::string> adjectives, agents, organisations;
  };
  static const CollectiveWords& collective_words();

  // The entity (index) with a mention starting at byte BEGIN, or nullopt.
  std::optional<size_t> entity_at(size_t begin) const;

  // The entities' mentions in bytes, sorted by start: {begin, end, entity index}.
  struct Span {
    size_t begin, end, entity;
  };
  const std::vector<Span>& mentions() const;

  // The person the document is about (a biography's subject, an interview's guest): the
  // PERSON mentioned at least three times and more often than any other, or nullopt.
  std::optional<size_t> topic_person() const;

  // The name entity I is shown by: its name repaired where the entities layer cut it
  // wrongly ("Mathematician Ann Lee" -> "Ann Lee", "Tom Hale of Acme Magazine" -> "Tom
  // Hale", "Sean O" before "'Hara" -> "Sean O'Hara", "State Tom Hale" of "Under Secretary
  // of State Tom Hale" -> "Tom Hale"), else its name, else its last alias, else its first
  // mention's text; "" when I is no entity.
  std::string entity_name(size_t i) const;
  // The name a referent is shown by: its entity's entity_name, else referent.name.
  std::string name_of(const Referent& referent) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier
