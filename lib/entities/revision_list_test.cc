#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented names: none of the unknown ones is in the word lists or the gazetteer.
TEST_CASE("An unknown name listed among known places is a place", "[entities]") {
  auto es = find_entities(doc_of("The traders sailed to Egypt, Syria, Quellmarra and Cyprus every summer."));
  const Entity* e = named(es, "Quellmarra");
  REQUIRE(e);
  CHECK((e->type == "GPE" || e->type == "LOC"));
}

TEST_CASE("A list member the rules take for no name does not end the list", "[entities]") {
  const auto es = find_entities(doc_of("The empire conquered Egypt, Syria, Media, Quellmarra and Vossenholm."));
  CHECK(type_with_alias(es, "Quellmarra") == "GPE");
  CHECK(type_with_alias(es, "Vossenholm") == "GPE");
}

TEST_CASE("Unknown names listed with one known place are places", "[entities]") {
  auto es = find_entities(doc_of("The traders sailed to Egypt, Quellmarra and Vossenholm every summer."));
  for (const char* place : {"Quellmarra", "Vossenholm"}) {
    INFO(place);
    const Entity* e = named(es, place);
    REQUIRE(e);
    CHECK((e->type == "GPE" || e->type == "LOC"));
  }
}

TEST_CASE("Unknown names listed with one known place after a sentence-opening preposition are places", "[entities]") {
  auto es = find_entities(doc_of("In Egypt, Quellmarra and Vossenholm the rains failed."));
  for (const char* place : {"Quellmarra", "Vossenholm"}) {
    INFO(place);
    const Entity* e = named(es, place);
    REQUIRE(e);
    CHECK((e->type == "GPE" || e->type == "LOC"));
  }
}

TEST_CASE("Names listed after one known city without a preposition of place keep their own types", "[entities]") {
  auto es = find_entities(doc_of("The index was dragged down by Paris, Kering and Hermes on Monday."));
  for (const char* firm : {"Kering", "Hermes"}) {
    INFO(firm);
    const Entity* e = named(es, firm);
    REQUIRE(e);
    CHECK(e->type == "ORG");
  }
}

TEST_CASE("An unknown name listed among people named in full is a person", "[entities]") {
  auto es = find_entities(
      doc_of("The dinner was attended by John Hartley, Mary Collins, Zebrovka and Peter Osgood, among others."));
  const Entity* e = named(es, "Zebrovka");
  REQUIRE(e);
  CHECK(e->type == "PERSON");
}

TEST_CASE("A list whose known names are of different kinds types no other name of it", "[entities]") {
  auto es = find_entities(doc_of("The report named Egypt, John Hartley, Quellmarra and the World Bank."));
  const Entity* e = named(es, "Quellmarra");
  REQUIRE(e);
  CHECK(e->type == "ORG");
}

TEST_CASE("Lone given names in a list of towns do not make the towns people", "[entities]") {
  auto es = find_entities(doc_of("The city merged with the neighbouring towns of Varrowdale, Ostlingham, Chandler, and Gilbert."));
  for (const char* town : {"Varrowdale", "Ostlingham"}) {
    INFO(town);
    const Entity* e = named(es, town);
    REQUIRE(e);
    CHECK(e->type != "PERSON");
  }
}

TEST_CASE("A surname alone listed among places named on evidence is a town, not the gazetteer's person", "[entities]") {
  auto es = find_entities(doc_of("The chain has depots in Leeds, Doncaster, Lincoln, York and Bristol, "
                                 "and offices in Toronto, Ottawa, Hamilton and Calgary."));
  for (const char* name : {"Lincoln", "Hamilton"}) {
    INFO(name);
    CHECK(type_with_alias(es, name) == "GPE");
  }
}

TEST_CASE("A surname alone after a title in a list of places stays the person", "[entities]") {
  auto es = find_entities(doc_of("The tour took in Leeds, York, President Lincoln and Bristol."));
  CHECK(type_with_alias(es, "Lincoln") == "PERSON");
}

TEST_CASE("A country and a firm joined by 'and' do not type each other", "[entities]") {
  for (const char* text : {"Officials from Kenya and Vellcorp met on Tuesday.", "Ukraine and Vellcorp signed a new gas contract."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    const Entity* e = named(es, "Vellcorp");
    REQUIRE(e);
    CHECK(e->type == "ORG");
  }
}

TEST_CASE("A name joined by 'and' to a person's named in full is a person's too", "[entities]") {
  for (const char* text : {"The prize went to Orlek and Anna Varga after a long debate.",
                           "Either Orlek or Anna Varga will chair the panel next year."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    CHECK(type_with_alias(es, "Orlek") == "PERSON");
    CHECK(type_with_alias(es, "Anna Varga") == "PERSON");
  }
}

TEST_CASE("A firm joined by 'and' to a person's name stays a firm after 'of', in camel case or of one word after the person's name", "[entities]") {
  for (const auto& [text, firm] : {std::pair{"The panel heard Tom Harlan of Quarrow and Anna Varga on Monday.", "Quarrow"},
                                   std::pair{"The suit named VellTech and Anna Varga as defendants.", "VellTech"},
                                   std::pair{"Anna Varga and Quarrow traded blows over the budget.", "Quarrow"}}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    CHECK(type_with_alias(es, "Anna Varga") == "PERSON");
    REQUIRE(with_alias(es, firm));
    CHECK(type_with_alias(es, firm) != "PERSON");
  }
}

TEST_CASE("A surname that joins a capital inside the word is paired with a person's name", "[entities]") {
  auto es = find_entities(doc_of("The prize went to McQuarrow and Anna Varga after a long debate."));
  CHECK(type_with_alias(es, "McQuarrow") == "PERSON");
}

TEST_CASE("A list ends at the name after its 'and': the next clause's subject is no part of it", "[entities]") {
  for (const char* text : {"In Germany, France and Italy, Vellcorp reported lower sales.",
                           "Delegates came from Kenya, Uganda and Tanzania, and Vellcorp sent observers."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    const Entity* e = named(es, "Vellcorp");
    REQUIRE(e);
    CHECK(e->type == "ORG");
  }
}

TEST_CASE("A name of a person's shape joined by and to a party named by its head word stays a person's", "[entities]") {
  const auto es = find_entities(doc_of("The talks in Tarnholm involved Vorland Teshi and the Green Reform Party."));
  CHECK(type_with_alias(es, "Green Reform Party") == "ORG");
  CHECK(type_with_alias(es, "Vorland Teshi") == "PERSON");
}

TEST_CASE("A party named by its head word joined by and to a name of a person's shape leaves it a person's", "[entities]") {
  const auto es = find_entities(doc_of("The vote was split between the Green Reform Party and Vorland Teshi."));
  CHECK(type_with_alias(es, "Vorland Teshi") == "PERSON");
}

TEST_CASE("A person with a given name joined by and to a party stays a person", "[entities]") {
  const auto es = find_entities(doc_of("The vote was split between the Green Reform Party and Anna Teshi."));
  CHECK(type_with_alias(es, "Anna Teshi") == "PERSON");
}

TEST_CASE("Names of a person's shape listed with an organisation named by its head word are organisations'", "[entities]") {
  const auto es = find_entities(doc_of("The coalition brought together Ostra Velde, Tarn Union and Vorland Teshi."));
  CHECK(type_with_alias(es, "Ostra Velde") == "ORG");
  CHECK(type_with_alias(es, "Vorland Teshi") == "ORG");
}

TEST_CASE("An article before a listed name does not end the list", "[entities]") {
  const auto es = find_entities(doc_of("The coalition brought together Ostra Velde, the Tarn Union and Vorland Teshi."));
  CHECK(type_with_alias(es, "Ostra Velde") == "ORG");
  CHECK(type_with_alias(es, "Vorland Teshi") == "ORG");
}

TEST_CASE("Names of a person's shape listed with a person of a given name stay people's", "[entities]") {
  const auto es = find_entities(doc_of("The coalition brought together Ostra Velde, the Tarn Union and Anna Teshi."));
  CHECK(type_with_alias(es, "Ostra Velde") == "PERSON");
  CHECK(type_with_alias(es, "Anna Teshi") == "PERSON");
}

TEST_CASE("A name opened by a given name of the open lists keeps a list with an organisation from typing its names organisations'", "[entities]") {
  const auto es = find_entities(doc_of("The coalition brought together Kwame Teshi, the Tarn Union and Vorland Velde."));
  CHECK(type_with_alias(es, "Kwame Teshi") == "PERSON");
  CHECK(type_with_alias(es, "Vorland Velde") == "PERSON");
}

TEST_CASE("A name ending in a surname of the open lists listed with an organisation stays a person's", "[entities]") {
  const auto es = find_entities(doc_of("The panel heard Ostra Castro, the Tarn Union and the Green Reform Party."));
  CHECK(type_with_alias(es, "Ostra Castro") == "PERSON");
}
