#include <catch2/catch.hpp>

#include <string>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// The organisations are real names of the gazetteer; their offices are invented.

TEST_CASE("A gazetteer body's office named right after it is one organisation", "[entities]") {
  auto es = find_entities(doc_of("A new branch of the European Union Office for Coastal Fisheries opened in the port "
                                 "on Monday, the mayor said."));
  const Entity* office = with_alias(es, "European Union Office for Coastal Fisheries");
  REQUIRE(office);
  CHECK(office->type == "ORG");
  CHECK_FALSE(with_alias(es, "Office for Coastal Fisheries"));
}

TEST_CASE("A gazetteer body before a name with no head word of a body stays apart", "[entities]") {
  auto es = find_entities(doc_of("The European Union Vellacott Report was read aloud by the mayor."));
  CHECK_FALSE(with_alias(es, "European Union Vellacott Report"));
}
