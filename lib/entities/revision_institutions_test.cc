#include <catch2/catch.hpp>

#include <string>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

TEST_CASE("A body's noun capitalized after the inside a sentence names that body, an organisation", "[entities]") {
  auto es = find_entities(doc_of("Farmers said the Government had ignored them for years. Last spring the Cabinet "
                                 "met twice, the case went before the Court on appeal, and the bill left the House."));
  check_types(es, {"Government", "Cabinet", "Court", "House"}, "ORG");
}

TEST_CASE("A body's noun capitalized after this names the body a speech addresses", "[entities]") {
  auto es = find_entities(doc_of("I rise to thank my colleagues. The bill before this Legislature is long overdue, and "
                                 "the members of this Council know it."));
  check_types(es, {"Legislature", "Council"}, "ORG");
}

TEST_CASE("A body's noun in lower case or opening a sentence names no body", "[entities]") {
  auto es = find_entities(doc_of("The Government of nobody was named. Villagers said the government had left."));
  for (const auto& e : es) CHECK(e.name != "Government");
}

TEST_CASE("A body's noun alone after a longer name holding it adds no second body", "[entities]") {
  auto es = find_entities(doc_of("The Orvell Harbour Council voted on Monday. Residents said the Council had "
                                 "waited too long."));
  for (const auto& e : es) CHECK(e.name != "Council");
}

TEST_CASE("A body's noun before another capitalized word leaves the longer name whole", "[entities]") {
  auto es = find_entities(doc_of("Lawyers gathered outside the Court House Tarnby on Friday."));
  for (const auto& e : es) CHECK(e.name != "Court");
}

TEST_CASE("A body's noun before of names no body of its own", "[entities]") {
  auto es = find_entities(doc_of("The singer thanked the Army of supporters who waited all night."));
  for (const auto& e : es) CHECK(e.name != "Army");
}
