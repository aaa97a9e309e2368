// Shared by the unit tests of the mentions module: what a phrase of a test document resolves to.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "dossier/document.h"
#include "dossier/mentions.h"

namespace mentions_test {

// The name PHRASE (its last occurrence in the text) resolves to, "" when none, or
// "source:<words>" for an anonymous source.
inline std::string resolve_last(const dossier::Document& d, const std::string& phrase, const dossier::Gazetteer& g,
                                std::vector<std::pair<size_t, size_t>> not_antecedents = {}) {
  dossier::MentionResolver r(d, *d.entities, g);
  size_t at = d.text.rfind(phrase);
  REQUIRE(at != std::string::npos);
  auto ref = r.resolve(dossier::MentionQuery{at, at + phrase.size(), std::move(not_antecedents), {}});
  if (ref.resolved()) return r.name_of(ref);
  if (ref.source_text) return "source:" + *ref.source_text;
  return "";
}

// What the first "They" of D refers to, with no gazetteer.
inline dossier::Referent resolve_they(const dossier::Document& d) {
  dossier::Gazetteer none;
  dossier::MentionResolver r(d, *d.entities, none);
  size_t at = d.text.find("They");
  REQUIRE(at != std::string::npos);
  return r.resolve(at, at + 4);
}

}  // namespace mentions_test
