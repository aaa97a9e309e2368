#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented makers and models: none is in the word lists or the gazetteer.
TEST_CASE("The object of a verb of launching is a product and no entity", "[entities]") {
  const std::vector<std::string> texts = {
      "Velmora said on Monday that it had unveiled the new Quindra Tavelin, a thin machine for students.",
      "Velmora said its engineers introduced the latest Quindra at a fair in the spring. The Quindra sold well.",
      "Velmora said it launched the new Quindra Cartan in Tarnwell.",
  };
  for (const auto& text : texts) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    CHECK(es.size() <= 2);  // the maker, and the town where one is named
    CHECK_FALSE(with_alias(es, "Quindra"));
    CHECK_FALSE(with_alias(es, "Quindra Tavelin"));
    CHECK_FALSE(with_alias(es, "Quindra Cartan"));
    CHECK(type_with_alias(es, "Velmora") == "ORG");
  }
}

TEST_CASE("A launched name that speaks or a person set free stays a name", "[entities]") {
  auto es = find_entities(doc_of("Quillon launched Brevik last year. Brevik said its profits rose."));
  CHECK(with_alias(es, "Brevik"));
  es = find_entities(doc_of("The court in Tarnwell released Dannick Orvel from custody on Monday."));
  CHECK(with_alias(es, "Dannick Orvel"));
}

TEST_CASE("A name set off before the newest version of a thing or its version number is a product", "[entities]") {
  auto es = find_entities(doc_of("Reviewers praised Quorrel, the newest version of the Dannick operating system, on Friday."));
  CHECK_FALSE(with_alias(es, "Quorrel"));
  es = find_entities(doc_of("Buyers waited for Quorrel, version 2.1, which reaches shops in May."));
  CHECK_FALSE(with_alias(es, "Quorrel"));
}

TEST_CASE("A maker's name before a model after the names a product and so does the model alone", "[entities]") {
  auto es = find_entities(doc_of("Velmora Motor Company said that Velmora will rename the Velmora Orlan to the Kestrel next year."));
  CHECK_FALSE(with_alias(es, "Velmora Orlan"));
  CHECK_FALSE(with_alias(es, "Kestrel"));
  CHECK(type_with_alias(es, "Velmora") == "ORG");
}

TEST_CASE("A party's word alone before another party's name makes no model", "[entities]") {
  auto es = find_entities(doc_of("The bloc joined Vlaamse and the Noorder Alliance. It later split from the Vlaamse Kring."));
  CHECK(with_alias(es, "Vlaamse Kring"));
}

TEST_CASE("A name before a version word names the product after the too", "[entities]") {
  auto es = find_entities(doc_of("The Tarvik Pro costs more than the Tarvik."));
  CHECK_FALSE(with_alias(es, "Tarvik"));
}

TEST_CASE("A firm's common-word name opening a sentence before a verb of launching is an organisation", "[entities]") {
  for (const char* text : {"Orange launched its new phone on Tuesday.", "Shares were flat. Ford introduced a new sedan on Monday."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    REQUIRE(es.size() == 1);
    CHECK(es[0].type == "ORG");
  }
}

TEST_CASE("A body of people or a plural opening a sentence before a verb of launching is no name", "[entities]") {
  for (const char* text : {"Police launched an appeal for witnesses.", "Rebels launched an attack at dawn.",
                           "Management introduced a new rota for the winter."}) {
    INFO(text);
    CHECK(find_entities(doc_of(text)).empty());
  }
}

TEST_CASE("A launched name before a noun that is no made thing names its owner or topic", "[entities]") {
  auto es = find_entities(doc_of("Investors released the new Velmora report on Friday."));
  CHECK(type_with_alias(es, "Velmora") == "ORG");
  es = find_entities(doc_of("Velmora said it introduced the new Quindra line in May."));
  CHECK_FALSE(with_alias(es, "Quindra"));
}
