// Named entities of a document: people, organisations, places, events and treaties, each
// with one canonical name. An embedded gazetteer (lib/data/entities/ plus tables generated
// at build time from Debian's iso-codes) is matched token by token through a hash of alias
// token sequences; rules for names the gazetteer lacks (title cues, head words, acronyms
// defined in the text) cover unseen text. Offsets are code points into Document::text.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dossier/document.h"

namespace dossier {

// An office a person held: "foreign minister" of "Russia" from "2004-03-09" to "" (open).
struct Office {
  std::string role;
  std::string of;
  std::string from;
  std::string to;
};

struct GazetteerEntry {
  std::string name;  // canonical name
  std::string type;  // PERSON ORG GPE LOC EVENT LAW
  std::vector<std::string> aliases;
  std::optional<std::string> kb;       // Wikidata id, only when known for certain
  std::vector<Office> offices;         // people: offices with dates
  std::optional<std::string> gender;   // "m" / "f" for people when known
  std::optional<std::string> stands_for;  // metonymy: "Moscow", "the Kremlin" -> "Russia"
};

// Reads one gazetteer JSON Lines record (fields as GazetteerEntry: name, type, aliases, kb,
// offices [{role, of, from, to}], gender, stands_for). Throws dossier::Error when name or
// type is missing or the type is not one of the six.
GazetteerEntry gazetteer_entry_from_json(const nlohmann::json& j);
void to_json(nlohmann::json& j, const GazetteerEntry& e);

class Gazetteer {
 public:
  Gazetteer();
  ~Gazetteer();
  Gazetteer(const Gazetteer&);
  Gazetteer& operator=(const Gazetteer&);
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;

  // The embedded default, built once (thread-safe).
  static const Gazetteer& builtin();

  // Adds the entries of a JSON Lines file; an entry whose name is already known replaces
  // the old one (and its aliases). Throws dossier::Error with file and line on bad input.
  void add_jsonl(const std::string& path);
  // Adds or replaces one entry (an entry of the same canonical name is replaced).
  void add(GazetteerEntry entry);
  // Removes the entry of canonical name NAME, if any.
  void remove(const std::string& name);

  // The entry whose canonical name or alias is NAME_OR_ALIAS (case-sensitive first, then
  // case-insensitive, then with "the " dropped); nullptr when unknown.
  const GazetteerEntry* find(std::string_view name_or_alias) const;
  // The entry by canonical name only; nullptr when unknown.
  const GazetteerEntry* find_name(std::string_view name) const;

  const std::vector<GazetteerEntry>& entries() const;
  size_t size() const;

  // Matching index, used by find_entities (opaque outside lib).
  struct Index;
  const Index& index() const;

 private:
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, size_t> by_name_;
  mutable std::shared_ptr<Index> index_;
  // What find() looks names up in: every name and alias as written and folded. Apart from
  // the matching index, whose word lists and trie a tool that only looks names up (quotes,
  // mentions) does not need.
  struct Names;
  const Names& names() const;
  mutable std::shared_ptr<Names> names_;
  void invalidate();
};

// The entities layer for DOC: one Entity per canonical entity, ids e1.. in order of first
// mention, mentions as sorted code-point spans into doc.text, aliases = the sorted distinct
// surface forms used (the canonical name included when it was used). Empty for empty text.
std::vector<Entity> find_entities(const Document& doc, const Gazetteer& gazetteer = Gazetteer::builtin());

// Who an entity of the layer stands for as an actor (for diff-positions): a metonym's
// country ("Moscow", "the Kremlin" -> "Russia"); for a person with an office on DATE
// (YYYY-MM-DD, or "" for any time) the person's own name. Returns the entity name itself
// when nothing else is known.
std::string actor_of(const Entity& entity, const Gazetteer& gazetteer = Gazetteer::builtin());

// The nationality adjectives of the built-in table and the state each names ("Russian" ->
// "Russia"; lib/data/entities/demonyms.tsv), in the table's order. Read once; the one
// source for every layer that maps an adjective to its state.
const std::vector<std::pair<std::string, std::string>>& demonym_states();

// Offices of the entity (by canonical name or alias) held on DATE (YYYY-MM-DD prefix
// compare; "" = all offices). Empty when unknown.
std::vector<Office> offices_on(std::string_view name, std::string_view date,
                               const Gazetteer& gazetteer = Gazetteer::builtin());

// Trains the name tagger that find_entities() consults and returns its weights file (the
// library embeds lib/data/entities/tagger.bin). Each directory of DIRS holds docs/<doc>.txt
// and entities.jsonl, one {"doc": <doc>, "entities": [{"name", "type", "aliases"}]} per
// document, aliases being every surface form the text uses. Deterministic: the same data
// give the same bytes. Throws dossier::Error on unreadable or malformed input.
std::string train_entity_tagger(const std::vector<std::string>& dirs, unsigned epochs = 10);

// The held-out figures of that training: the documents of DIRS are dealt into FOLDS folds
// (the Kth document into fold K mod FOLDS); for each fold a tagger trained on the others
// finds the fold's entities with find_entities(), and its PERSON, ORG and place (GPE or LOC
// alike) entities are matched one to one with the gold ones of the same type that share a
// surface form (compared case-insensitively, "the" and punctuation aside). One FoldFigures
// per fold, in fold order. Deterministic. Throws dossier::Error as train_entity_tagger().
struct FoldFigures {
  size_t documents = 0;
  size_t found = 0;    // the entities found
  size_t gold = 0;     // the gold entities
  size_t correct = 0;  // the found entities matched with a gold one
};
// How sure the name tagger must be, in the units of its weights, for the finder to take its
// word on a name the gazetteer lacks: to retype a name of the rules, to add one the rules
// missed, to drop one of theirs, and to drop one they typed ORG for want of evidence. These
// defaults are find_entities()'s (lib/entities/tagger.h says how they were chosen);
// cross_validate_entity_tagger() holds the folds' taggers to MARGINS, for choosing them
// again. A margin that is not finite is an Error.
struct TaggerMargins {
  float type = 40, add = 60, drop = 160, guess_drop = 70;
};
std::vector<FoldFigures> cross_validate_entity_tagger(const std::vector<std::string>& dirs, unsigned folds,
                                                      unsigned epochs = 10, const TaggerMargins& margins = {});

// One record per mention, for --emit mentions.
struct Mention {
  std::string doc;     // document id
  std::string entity;  // entity id
  std::string name;    // canonical name
  std::string type;
  Span span;
  std::string text;    // surface text
};
std::vector<Mention> mentions_of(const Document& doc);
void to_json(nlohmann::json& j, const Mention& m);

}  // namespace dossier
