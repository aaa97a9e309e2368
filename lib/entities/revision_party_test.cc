#include <catch2/catch.hpp>

#include <string>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented parties and countries: none is in the word lists or the gazetteer.

TEST_CASE("A coalition or cabinet noun after a party's name comes off it", "[entities]") {
  auto coalition = find_entities(doc_of("The Vell Labour Party Coalition won the election in 1998."));
  CHECK(type_with_alias(coalition, "Vell Labour Party") == "ORG");
  CHECK_FALSE(with_alias(coalition, "Vell Labour Party Coalition"));
  auto cabinet = find_entities(doc_of("Ministers of the Reform Party of Tarnland Cabinet resigned."));
  CHECK(type_with_alias(cabinet, "Reform Party of Tarnland") == "ORG");
  CHECK_FALSE(with_alias(cabinet, "Reform Party of Tarnland Cabinet"));
}

TEST_CASE("A coalition noun after a name with no party's word in it stays part of the name", "[entities]") {
  auto es = find_entities(doc_of("Later the Vellmark Rainbow Coalition won two seats."));
  CHECK(with_alias(es, "Vellmark Rainbow Coalition"));
}

TEST_CASE("A cabinet noun comes off a party's name joined at a possessive", "[entities]") {
  auto es = find_entities(doc_of("Ministers of the Tarnese People's Party Cabinet resigned on Monday."));
  CHECK(type_with_alias(es, "Tarnese People's Party") == "ORG");
  CHECK_FALSE(with_alias(es, "Tarnese People's Party Cabinet"));
}

TEST_CASE("A heading of a party's name and a government noun keeps the party", "[entities]") {
  // A heading keeps a name the word lists know of (an invented one is no name there).
  auto es = find_entities(doc_of("Liberal Party Government\n\nThe new cabinet met on Monday to agree the budget, officials said."));
  CHECK(type_with_alias(es, "Liberal Party") == "ORG");
}

TEST_CASE("Capitalized words before the plural of a word of party affiliation name a party with it", "[entities]") {
  check_named("In the spring the Agrarian Democrats left the ruling coalition.", "Agrarian Democrats", "ORG");
  check_named("After the count the Welsh Radical Socialists held four seats.", "Welsh Radical Socialists", "ORG");
  check_named("Polls gave the Independent Socialists a tenth of the vote in March.", "Independent Socialists", "ORG");
}

TEST_CASE("A chamber's noun before the plural of a party word names no party", "[entities]") {
  auto es = find_entities(doc_of("The bill passed after House Democrats agreed on it."));
  CHECK_FALSE(with_alias(es, "House Democrats"));
}

TEST_CASE("A dictionary word opening a sentence before the plural of a party word names no party", "[entities]") {
  for (const char* text : {"The levy passed at night. Moderate Democrats backed it in the end.",
                           "The levy passed at night. Rural Republicans were split over it."}) {
    INFO(text);
    const auto es = find_entities(doc_of(text));
    CHECK_FALSE(with_alias(es, "Moderate Democrats"));
    CHECK_FALSE(with_alias(es, "Rural Republicans"));
  }
}

TEST_CASE("A nationality word opening a sentence before the plural of a party word still names a party", "[entities]") {
  check_named("The levy passed at night. Welsh Radical Socialists opposed it.", "Welsh Radical Socialists", "ORG");
}

TEST_CASE("A dictionary word after a dash before the plural of a party word still names a party", "[entities]") {
  check_named("The pact was signed by a Labour - Agrarian Socialists coalition in the spring.", "Agrarian Socialists", "ORG");
}

TEST_CASE("A month before the plural of a party word names no party with it", "[entities]") {
  const auto es = find_entities(doc_of("In May Socialists won control of the council again."));
  CHECK_FALSE(with_alias(es, "May Socialists"));
}

TEST_CASE("A capitalized word opening a wrapped line before the plural of a party word names a party with it", "[entities]") {
  check_named("The count ended on Monday and the\nWelsh Radical Socialists won four seats.", "Welsh Radical Socialists", "ORG");
  // A name runs across no line break: the words before one stay out of it.
  const auto es = find_entities(doc_of("The count ended on Monday and the Welsh\nRadical Socialists won four seats."));
  CHECK_FALSE(with_alias(es, "Welsh Radical Socialists"));
}
