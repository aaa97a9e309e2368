// Shapes of words that look like names and are not, or are names of another shape: common
// words capitalized inside longer names, contractions, Arabic articles, plural acronyms.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

namespace {
std::vector<Entity> entities_of(const std::string& text) { return find_entities(doc_of(text)); }
}  // namespace

TEST_CASE("A common word capitalized only inside longer names is no name when it opens a sentence", "[entities]") {
  auto es = entities_of(
      "The Interior Ministry of Veldaria issued a statement. Interior Ministry staff said little. "
      "Interior designers were not consulted about the Interior Ministry building.");
  CHECK_FALSE(named(es, "Interior"));
  CHECK(with_alias(es, "Interior Ministry"));
}

TEST_CASE("A contraction of a function word with is is no possessive name", "[entities]") {
  auto es = entities_of("Here's the offer the Quendal Group made. Here's what the board said. Let's wait.");
  CHECK_FALSE(named(es, "Here"));
  CHECK_FALSE(named(es, "Let"));
  CHECK(named(es, "Quendal Group"));
}

TEST_CASE("An Arabic article joined by a hyphen belongs to the name it opens", "[entities]") {
  auto es = entities_of("Fighters of al-Marwaniya clashed with police on Tuesday, said Tariq al-Hamdouni, a local official.");
  CHECK(with_alias(es, "al-Marwaniya"));
  CHECK(named(es, "Tariq al-Hamdouni"));
  CHECK_FALSE(named(es, "Hamdouni"));
  CHECK_FALSE(named(es, "Tariq"));
}

TEST_CASE("A plural acronym names the acronym's entity, and without one is a common noun", "[entities]") {
  auto es = entities_of("The ZQRF sent observers to the border. Both ZQRFs later merged, and several NGOs and UAVs took part.");
  const Entity* body = with_alias(es, "ZQRF");
  REQUIRE(body);
  CHECK(with_alias(es, "ZQRFs") == body);
  CHECK_FALSE(with_alias(es, "NGOs"));
  CHECK_FALSE(with_alias(es, "UAVs"));
}

TEST_CASE("An imperative that opens every instruction it is in is no name", "[entities]") {
  auto es = entities_of(
      "How to make soap\n\nHeat the oil slowly. Stir in the lye. Mix together.\n\n"
      "Mix the scent into the oil. Pour it into moulds.\n\nGet in\n\nThe Dalvern ferry leaves daily.\n\n"
      "Get around\n\nWalk everywhere.");
  CHECK_FALSE(named(es, "Mix"));
  CHECK_FALSE(named(es, "Get"));
}

TEST_CASE("A word that opens sentences before its verb is still a name", "[entities]") {
  auto es = entities_of("Ostrava Motors announced a new van. Ostrava builds it in Tavoro. Ostrava said sales rose.");
  CHECK(with_alias(es, "Ostrava Motors"));
}

TEST_CASE("A language's or a people's name is no entity on its own", "[entities]") {
  auto es = entities_of(
      "He read Latin and some Swahili at school. The Tatars settled by the river, and Bantu languages "
      "are spoken to the south.");
  CHECK_FALSE(named(es, "Latin"));
  CHECK_FALSE(named(es, "Swahili"));
  CHECK_FALSE(named(es, "Tatars"));
  CHECK_FALSE(named(es, "Bantu"));
}

TEST_CASE("A lone capital letter is no name", "[entities]") {
  auto es = entities_of(
      "The adjusted F statistic was small, and the water stayed at 24 F all day, said the Halvard Institute.");
  CHECK_FALSE(named(es, "F"));
  CHECK(named(es, "Halvard Institute"));
}

TEST_CASE("Days of the week in the plural and era abbreviations are no names", "[entities]") {
  auto es = entities_of("The market opens on Saturdays and Sundays. The town was founded in 3000 BCE by farmers.");
  CHECK_FALSE(named(es, "Saturdays"));
  CHECK_FALSE(named(es, "Sundays"));
  CHECK_FALSE(named(es, "BCE"));
}

TEST_CASE("A company's name opening a sentence before a time is no imperative", "[entities]") {
  auto es = entities_of("Target on Tuesday said its sales rose. Target in March cut prices on toys.");
  CHECK(named(es, "Target"));
  es = entities_of("Mix the flour with the eggs. Get in touch with the bakery.");
  CHECK_FALSE(named(es, "Mix"));
  CHECK_FALSE(named(es, "Get"));
}

TEST_CASE("A language's name that a person named before bears as a surname is that person", "[entities]") {
  auto es = entities_of("The leader Ersin Tatar met the envoy. Later Tatar said the talks would resume.");
  const Entity* e = named(es, "Ersin Tatar");
  REQUIRE(e);
  CHECK(e->mentions.size() == 2);
  CHECK(entities_of("They spoke Tatar at home.").empty());
}

TEST_CASE("A nationality word that ends in s is no name, alone or as a people", "[entities]") {
  auto es = entities_of("Anna Dorn was a Swiss painter and a teacher.");
  CHECK(named(es, "Anna Dorn"));
  CHECK_FALSE(named(es, "Swiss"));
  CHECK(entities_of("The Swiss voted against the plan.").empty());
  CHECK(entities_of("Many Russians voted against the plan.").empty());
}
