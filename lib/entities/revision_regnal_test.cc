#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented rulers and heirs: the surnames are in no word list.

TEST_CASE("The numeral I ends a name only before of, a bracket or punctuation", "[entities]") {
  auto es = find_entities(doc_of("Later King Oswin I (980-1032) wrote to the abbot. Oswin Marrow I, his cousin, also wrote."));
  CHECK(type_with_alias(es, "Oswin I") == "PERSON");
  CHECK(type_with_alias(es, "Oswin Marrow I") == "PERSON");
  auto realm = find_entities(doc_of("Prices rose.\n\nThe charter of Harald I of Tarnmark was found."));
  CHECK(type_with_alias(realm, "Harald I") == "PERSON");
  CHECK(type_with_alias(realm, "Tarnmark") == "GPE");
  // The pronoun after a name before a word is no numeral, after a title either.
  auto said = find_entities(doc_of("Well, Maria Okafor I think was right about the vote."));
  CHECK(with_alias(said, "Maria Okafor"));
  CHECK_FALSE(with_alias(said, "Maria Okafor I"));
  auto asked = find_entities(doc_of("Thank you all.\n\nMr. Okafor I know you want to answer."));
  CHECK(with_alias(asked, "Okafor"));
  CHECK_FALSE(with_alias(asked, "Okafor I"));
}

TEST_CASE("The numeral I joins a name before the split at of, so the realm stays a place", "[entities]") {
  auto es = find_entities(doc_of("Prices rose.\n\nOswin I of Vellmark died in the spring."));
  CHECK(type_with_alias(es, "Oswin I") == "PERSON");
  CHECK(type_with_alias(es, "Vellmark") == "GPE");
}
