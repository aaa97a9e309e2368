#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented rulers and heirs: the surnames are in no word list.

TEST_CASE("The numeral I ends a name only before of, a bracket or punctuation", "[entities]") {
  auto es = find_entities(doc_of("Later King Oswin I (980-1032) wrote to the abbot. Queen Ada Marrow I, his cousin, also wrote."));
  CHECK(type_with_alias(es, "Oswin I") == "PERSON");
  CHECK(type_with_alias(es, "Ada Marrow I") == "PERSON");
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

TEST_CASE("The pronoun I after a full name before a comma, a dash or an ellipsis stays out of it", "[entities]") {
  auto es = find_entities(doc_of("Then Tom Hale I, uh, called him back."));
  CHECK(type_with_alias(es, "Tom Hale") == "PERSON");
  CHECK_FALSE(with_alias(es, "Tom Hale I"));
  auto dash = find_entities(doc_of("So I rang Nadia Ferro I -- I mean, she rang me."));
  CHECK(type_with_alias(dash, "Nadia Ferro") == "PERSON");
  CHECK_FALSE(with_alias(dash, "Nadia Ferro I"));
  auto dots = find_entities(doc_of("We met Nadia Ferro I... I think in May."));
  CHECK(type_with_alias(dots, "Nadia Ferro") == "PERSON");
  CHECK_FALSE(with_alias(dots, "Nadia Ferro I"));
  // One word or a ruler's title before a comma still reads the numeral.
  auto king = find_entities(doc_of("The hall was built by King Edric Falloway I, who ruled long."));
  CHECK(type_with_alias(king, "Edric Falloway I") == "PERSON");
}
