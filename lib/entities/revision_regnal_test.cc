#include <catch2/catch.hpp>

#include <string>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented rulers and heirs: the surnames are in no word list.

TEST_CASE("A given name and the Roman numeral after it are one person's name", "[entities]") {
  auto es = find_entities(doc_of("Harald VII of Tarnmark signed the charter. His heir Harald Ostvik III kept the farm."));
  // The realm after "of" may stay in the name: "Harald VII" or "Harald VII of Tarnmark".
  const Entity* king = with_alias(es, "Harald VII");
  if (!king) king = with_alias(es, "Harald VII of Tarnmark");
  REQUIRE(king);
  CHECK(king->type == "PERSON");
  CHECK(type_with_alias(es, "Harald Ostvik III") == "PERSON");
  CHECK_FALSE(with_alias(es, "VII"));
}

TEST_CASE("The numeral I ends a name only before of, a bracket or punctuation", "[entities]") {
  auto es = find_entities(doc_of("Later King Oswin I (980-1032) wrote to the abbot. Oswin Marrow I, his cousin, also wrote."));
  CHECK(type_with_alias(es, "Oswin I") == "PERSON");
  CHECK(type_with_alias(es, "Oswin Marrow I") == "PERSON");
  // The pronoun after a name before a word is no numeral, after a title either.
  auto said = find_entities(doc_of("Well, Maria Okafor I think was right about the vote."));
  CHECK(with_alias(said, "Maria Okafor"));
  CHECK_FALSE(with_alias(said, "Maria Okafor I"));
  auto asked = find_entities(doc_of("Thank you all.\n\nMr. Okafor I know you want to answer."));
  CHECK(with_alias(asked, "Okafor"));
  CHECK_FALSE(with_alias(asked, "Okafor I"));
}

TEST_CASE("A numeral after a name an organisation's head word types joins no person's name", "[entities]") {
  auto es = find_entities(doc_of("The Tarnwick Council II met on Monday, and the World War II memorial was cleaned."));
  CHECK(type_with_alias(es, "World War II") != "PERSON");
  for (const Entity& e : es) CHECK(e.type != "PERSON");
}
