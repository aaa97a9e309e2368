// Private to the entities module: the Grouping, which makes the entities of one document
// out of the names the Finder (finder.h) found and revised: mentions grouped into entities,
// with their canonical names and aliases (finder_group.cc).
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dossier/entities.h"
#include "finder_words.h"
#include "revision.h"

namespace dossier::entities_detail {

class Grouping : private Words {
 public:
  // WORDS: the document's words (sharing the Scratch's buffers); the names are SCRATCH.cands,
  // in token order; ACRONYMS: the acronyms defined in the text.
  Grouping(const Words& words, Scratch& scratch, const Acronyms& acronyms)
      : Words(words), cands_(scratch.cands), acronym_of_(acronyms) {}

  // The entities of the names: grouped (group()), ids in order of first mention.
  std::vector<Entity> build();

 private:
  bool country_at(size_t n) const;  // candidate N is a country of the gazetteer
  // The token of the name a list goes on with after candidate N (", Toronto", "and Toronto").
  std::optional<size_t> next_listed(size_t n) const;
  bool qualified(size_t n) const;     // candidate N + 1 is a place of the gazetteer after N and a comma
  bool pairs_to_end(size_t n) const;  // from candidate N, town-and-state pairs to the list's end
  bool list_goes_on(size_t n) const;  // a list goes on after candidate N, no pair of it qualified

  std::vector<Candidate>& cands_;
  const Acronyms& acronym_of_;                   // acronym defined in the text -> candidate
  std::vector<std::optional<std::string>> initials_;  // per candidate, by initials_of()
  std::optional<AcronymExpansions> expansions_;  // by expansion(), on first use

  // An acronym abbreviates a name when it spells the initials of the whole name or of two or
  // more of its consecutive words ("MC" for "OSCE Ministerial Council Meeting"). The
  // acronyms' names: for every run of letters of the initials of a name of two words or more
  // (not a person's), the first such name (AcronymExpansions, text.h: a search of the
  // initials joined where they are short, an index where they are long, so that a long
  // document is not compared name by name with every acronym: tested by finder_test.cc).
  // Built on first use, once per document.
  // The candidate the acronym W (2 bytes or more) abbreviates, SIZE_MAX when none.
  size_t expansion(std::string_view w);

  // initials() of candidate IDX, computed once per candidate.
  const std::string& initials_of(size_t idx) {
    if (initials_.size() < cands_.size()) initials_.resize(cands_.size());
    auto& slot = initials_[idx];
    if (!slot) slot = initials(cands_[idx]);
    return *slot;
  }

  std::string initials(const Candidate& c) const;

  // Groups mentions into entities: gazetteer entries by entry, people by loose key, short
  // forms to full names, acronyms to their expansions, near-miss spellings together.
  void group();
  // group()'s first step. "Toulouse, France", "Cupertino, California": a name before a
  // comma and a country or state is a place, and the pair is one of its surface forms. Not a
  // country's name ("Egypt, Syria and Jordan" lists countries: no place qualifies a country),
  // nor two names of a list going on after them ("Fredericton, Montreal, Ottawa and
  // Toronto"), unless the second is a country ("Madrid, Spain and Brussels"), one follows the
  // pair ("Alpine, Arizona, USA") or the list goes on with such pairs to its end ("Eugene,
  // Oregon, and Portland, Maine").
  void qualify_places();
  // group()'s step before the last is FormJoins::join() (finder_joins.h): a firm's full legal
  // name joins its short name, a body named with its country its bare name.
  // group()'s last step: plural acronyms ("NGOs") to the acronym's entity, or to none.
  void plural_acronyms();

  // Whether a name's first word is no gazetteer name of its own ("Ford Motor Company", not
  // "Moscow State University").
  bool entry_free(const Candidate& c) const {
    int64_t e = -1;
    size_t end = match(c.first, e);
    return end == 0 || end >= c.last;
  }

  // The grouping key of gazetteer entry ENTRY: "g" and its index.
  static std::string gazetteer_key(int64_t entry) {
    char buf[24] = {'g'};
    auto end = std::to_chars(buf + 1, buf + sizeof buf, entry).ptr;
    return std::string(buf, static_cast<size_t>(end - buf));
  }

  // S without square brackets, and without the double space a removed one leaves.
  static std::string without_brackets(std::string_view s);
  // The part of S outside an editor's square brackets, trimmed: the words said.
  static std::string said_part(std::string_view s);

  std::string key_of(size_t idx) {
    auto& c = cands_[idx];
    if (c.key.empty()) c.key = c.entry >= 0 ? gazetteer_key(c.entry) : "o" + fold(surface(c.first, c.last));
    return c.key;
  }
};

}  // namespace dossier::entities_detail
