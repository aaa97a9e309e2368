#include <catch2/catch.hpp>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

TEST_CASE("A lone name saying something after an opening phrase of speaking is a person", "[entities]") {
  for (const char* text : {"Speaking to reporters in Tarnwell, Kamwetu said the plan would work.",
                           "Addressing a crowd of farmers, Kamwetu told them the dam would be built.",
                           "Talking to the press in Tarnwell, Tarvonel said the vote was fair."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    CHECK((type_with_alias(es, "Kamwetu") == "PERSON" || type_with_alias(es, "Tarvonel") == "PERSON"));
  }
}

TEST_CASE("A lone name saying it after an opening phrase of speaking stays an organisation", "[entities]") {
  auto es = find_entities(doc_of("Speaking to reporters, Kamwetu said it would cut three hundred jobs."));
  CHECK(type_with_alias(es, "Kamwetu") == "ORG");
}

TEST_CASE("A lone name saying something after speaking of a topic is not made a person", "[entities]") {
  auto es = find_entities(doc_of("Speaking of prices, Kamwetu said they would fall."));
  CHECK(type_with_alias(es, "Kamwetu") == "ORG");
}

TEST_CASE("A lone name after a speaking opener keeps the type its other mentions give it", "[entities]") {
  auto es = find_entities(doc_of("Velmora fixed the outage within hours. Speaking on Monday, Velmora said "
                                 "the fault lay with a supplier."));
  for (const auto& e : es) CHECK(e.type != "PERSON");
}
