// Private to the positions module: the persons a document introduces as officials of a state
// or organisation ("Russia's permanent representative to the OSCE X", "U.S. Under Secretary
// of State X", "NATO Secretary General X"). Such a person speaks for it in this document, as
// an office in the gazetteer would say (Actors asks for them when it resolves a person).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "candidate.h"

namespace dossier::positions_detail {

class Introductions {
 public:
  // The actors a state or organisation candidate stands for.
  using ActorsOf = std::function<std::vector<std::string>(const Candidate&)>;

  // Reads the introductions among CANDS (candidates of TEXT, sorted by start, without
  // overlaps): a person entity after a state's or organisation's possessive and a title, or
  // right after its name and a title in title case. Adds to what earlier calls found.
  void find(std::string_view text, const std::vector<Candidate>& cands, const ActorsOf& actors_of);
  // Appends to OUT the actors PERSON (an entity name) was introduced as speaking for, in the
  // order found, each once (none already in OUT).
  void add_to(std::string_view person, std::vector<std::string>& out) const;

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> introduced_;  // person -> actors
};

}  // namespace dossier::positions_detail
