#include <catch2/catch.hpp>

#include <string>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented parties and unions of an invented country.

TEST_CASE("A common word's possessive before an organisation's head word is inside one name", "[entities]") {
  auto es = find_entities(doc_of("Prices rose.\n\nIn 2004 the Tarnese People's Party lost seats to the Farmers' Union."));
  CHECK(type_with_alias(es, "Tarnese People's Party") == "ORG");
  CHECK(type_with_alias(es, "Farmers' Union") == "ORG");
  CHECK_FALSE(with_alias(es, "Tarnese People"));
}

TEST_CASE("A possessive written apart from its word in tokenized text is inside the name too", "[entities]") {
  auto es = find_entities(doc_of("Prices rose.\n\nThe Tarnese People 's Party and the Workers ' Party met ."));
  CHECK(type_with_alias(es, "Tarnese People 's Party") == "ORG");
  CHECK(type_with_alias(es, "Workers ' Party") == "ORG");
}

TEST_CASE("A name's possessive or a head word's stays outside the name after it", "[entities]") {
  auto es = find_entities(doc_of("Prices rose.\n\nTarnia's Labour Party won, and the Party's National Committee met."));
  CHECK_FALSE(with_alias(es, "Tarnia's Labour Party"));
  CHECK_FALSE(with_alias(es, "Party's National Committee"));
  CHECK(type_with_alias(es, "Labour Party") == "ORG");
  CHECK(type_with_alias(es, "National Committee") == "ORG");
  CHECK(with_alias(es, "Tarnia"));
  // A common word opening the sentence is not taken in.
  auto said = find_entities(doc_of("Prices rose.\n\nYesterday People's Party members met."));
  CHECK(with_alias(said, "People's Party"));
  CHECK_FALSE(with_alias(said, "Yesterday People's Party"));
}

TEST_CASE("A possessive body's name does not reach back over a day or a month", "[entities]") {
  auto day = find_entities(doc_of("Prices rose.\n\nOn Thursday Farmers' League leaders met the minister."));
  CHECK(type_with_alias(day, "Farmers' League") == "ORG");
  CHECK_FALSE(with_alias(day, "Thursday Farmers' League"));
  auto month = find_entities(doc_of("Prices rose.\n\nIn October Workers' Party members voted."));
  CHECK(type_with_alias(month, "Workers' Party") == "ORG");
  CHECK_FALSE(with_alias(month, "October Workers' Party"));
}
