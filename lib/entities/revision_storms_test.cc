#include <catch2/catch.hpp>

#include <string>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented storms: none of their names is in the word lists or the gazetteer.
TEST_CASE("A storm word and the name after it name an event, and the name alone is the same storm", "[entities]") {
  auto es = find_entities(doc_of("Hurricane Orlena struck the coast on Monday. Typhoon Velkan killed dozens, and "
                                 "Tropical Storm Brisel weakened. Orlena's winds reached 200 km/h."));
  check_types(es, {"Hurricane Orlena", "Typhoon Velkan", "Tropical Storm Brisel"}, "EVENT");
  const Entity* orlena = named(es, "Hurricane Orlena");
  REQUIRE(orlena);
  CHECK(orlena->mentions.size() == 2);
  for (const auto& e : es) CHECK(e.name != "Orlena");
}

TEST_CASE("A storm's name opening a sentence after a common word is still the storm's", "[entities]") {
  auto es = find_entities(doc_of("After Cyclone Marrit, the port reopened."));
  CHECK(type_of(es, "Cyclone Marrit") == "EVENT");
}

TEST_CASE("A storm word inside a longer name leaves the organisation's name whole", "[entities]") {
  auto es = find_entities(doc_of("The Vellmark Hurricane Center warned residents. The Hurricane Orlena Relief Fund "
                                 "raised money."));
  check_types(es, {"Vellmark Hurricane Center", "Hurricane Orlena Relief Fund"}, "ORG");
}

TEST_CASE("Storm names a storm only after a qualifier, never a person named Storm", "[entities]") {
  auto es = find_entities(doc_of("Winter Storm Dellan closed the roads. Storm Varnell, the actress, said she stayed home."));
  CHECK(type_of(es, "Winter Storm Dellan") == "EVENT");
  for (const auto& e : es) CHECK((e.type != "EVENT" || e.name == "Winter Storm Dellan"));
}

TEST_CASE("A storm word before a common word names no storm", "[entities]") {
  auto es = find_entities(doc_of("Hurricane Electric opened an office. The Hurricane Season starts in June, and "
                                 "Cyclone Hockey fans cheered."));
  for (const auto& e : es) CHECK(e.type != "EVENT");
}
