// Private to the positions module: a candidate actor, a stretch of a document's text that may
// hold a stance (an entity mention, a collective mention of the resolver, a role noun or a personal pronoun). Offsets
// are bytes into Document::text. A candidate names and types by view, into an entity, a string
// literal or its Actors' own names: a document holds one per entity mention, so each is kept
// small (a huge document's candidates are most of the positions layer's memory).
#pragma once

#include <cstddef>
#include <string_view>

#include "dossier/document.h"

namespace dossier::positions_detail {

struct Candidate {
  size_t start = 0, end = 0;  // bytes into the text
  std::string_view name;      // entity name or actor; empty for a pronoun
  std::string_view type;      // PERSON ORG GPE, ACTOR (a collective mention: "Finnish diplomats"), FIRST, THIRD, PLURAL
  const Entity* entity = nullptr;
};

inline bool is_pronoun(const Candidate& c) { return c.type == "FIRST" || c.type == "THIRD" || c.type == "PLURAL"; }

}  // namespace dossier::positions_detail
