// Private to the positions module: who may hold a stance in a document, and which actors
// each of them stands for. Every way of finding an actor (entity mentions, a state's or
// organisation's unnamed agents, role nouns, pronouns, a quote's speaker) sits behind this
// one class; all but the names and the role nouns' patterns come from the library's shared
// mention resolver (dossier/mentions.h), the one extract-quotes uses for speakers. Offsets are bytes into Document::text.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string_view>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <re2/re2.h>

#include "dossier/document.h"
#include "dossier/mentions.h"
#include "dossier/positions.h"
#include "dossier/utf8.h"
#include "candidate.h"
#include "internal.h"
#include "introductions.h"

namespace dossier::positions_detail {

// A role noun of lib/data/positions/roles.tsv ("the Russian foreign minister") and the
// office it names.
struct RoleNoun {
  std::string role;
  std::unique_ptr<RE2> re;
};
const std::vector<RoleNoun>& role_nouns();

// Whether C is an ASCII byte of a word as a regular expression's \w sees it.
inline bool is_ascii_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
// The person class of a personal pronoun written as WORD ("we", "We", "I": FIRST; he, his,
// she, her: THIRD; they, their, them: PLURAL), matched in lower case or with a capital
// first letter; nullptr for any other word.
const char* pronoun_class(std::string_view word);

class Actors {
 public:
  Actors(const Document& doc, const ActorResolver& resolver);
  Actors(const Actors&) = delete;
  Actors& operator=(const Actors&) = delete;

  // Finds the candidates: entity mentions everywhere (a pronoun looks back for its person);
  // the resolver's collective mentions ("Finnish diplomats", "the alliance"), role nouns and
  // pronouns only in RANGES (byte ranges of the sentences that mention a topic), as nothing
  // else asks for them; HITS[i] (pattern_hits) says which role nouns can match in RANGES[i].
  void collect(const std::vector<std::pair<size_t, size_t>>& ranges, const std::vector<PatternHits>& hits);
  // Sorted by start, without overlaps.
  const std::vector<Candidate>& candidates() const { return cands_; }
  // The indices [first, last) of the candidates that start in [from, to).
  std::pair<size_t, size_t> within(size_t from, size_t to) const;

  // The actors candidate C stands for, for a stance at byte AT on DATE: a first-person word
  // is the speaker of the quote around it (else the person the title names), a third-person
  // one the last person named; a person also gives the states and organisations they speak
  // for on DATE, by office. Empty when C stands for no one.
  std::vector<std::string> resolve(const Candidate& c, size_t at, const std::string& date) const;
  // The actors of a quote's speaker (with the offices of a person).
  std::vector<std::string> speaker_actors(const Quote& q, const std::string& date) const;
  // The speech quote with a speaker around byte POS, or nullptr.
  const Quote* quote_at(size_t pos) const;

  size_t byte(int64_t cp) const { return map_.to_byte(static_cast<size_t>(std::max<int64_t>(cp, 0))); }

 private:
  // Appends to OUT the role nouns of RANGES that stand for a person.
  void add_roles(const std::vector<std::pair<size_t, size_t>>& ranges, const std::vector<PatternHits>& hits,
                 std::vector<Candidate>& out);
  // NAME kept for the document's lifetime, for a candidate to view.
  std::string_view own(std::string name);
  // The shared resolver over this document, made on first need.
  const MentionResolver& mentions() const;
  // The actor entity E stands for (the resolver's stands_for); a person by the shared
  // resolver's repaired name ("State Tom Hale" is Tom Hale).
  std::string person_name(const Entity& e) const;
  // The actors a resolved referent stands for; empty when it names no one.
  std::vector<std::string> referent_actors(const Referent& r, size_t at, const std::string& date) const;

  const Document& doc_;
  const ActorResolver& resolver_;
  utf8::OffsetMap map_;
  std::vector<Entity> own_entities_;
  const std::vector<Entity>* ents_ = nullptr;  // the document's entities, or own_entities_
  mutable std::unique_ptr<MentionResolver> mentions_;
  std::vector<Candidate> cands_;
  std::deque<std::string> names_;  // the names cands_ view that no entity holds (own())
  std::string voice_;  // the person the title names, for first-person narrative
  struct QuoteSpan {
    size_t start, end;
    const Quote* quote;
  };
  std::vector<QuoteSpan> quotes_;            // speech quotes with a speaker, by start
  std::vector<size_t> person_starts_;        // starts of the PERSON candidates
  std::vector<size_t> person_at_;            // their indices in cands_
  std::map<std::string, size_t> entity_index_;  // entity id -> index
  // Persons the text introduces as a state's or organisation's officials ("Russia's
  // permanent representative to the OSCE X") and the actors they speak for.
  Introductions introduced_;
};

}  // namespace dossier::positions_detail
