#include <catch2/catch.hpp>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

TEST_CASE("Two firm's words either side of a hyphen set apart with spaces are one organisation", "[entities]") {
  auto es = find_entities(doc_of("Shoppers left Velm - Tarco last year, and Velm - Tarco said its sales fell."));
  CHECK(type_with_alias(es, "Velm - Tarco") == "ORG");
  CHECK_FALSE(with_alias(es, "Velm"));
  CHECK_FALSE(with_alias(es, "Tarco"));
}

TEST_CASE("Two places either side of a hyphen set apart with spaces are one place", "[entities]") {
  auto es = find_entities(doc_of("She won the seat of Swindon - Marlborough in 1993 and held it for ten years."));
  CHECK(type_with_alias(es, "Swindon - Marlborough") == "LOC");
  CHECK_FALSE(with_alias(es, "Swindon"));
}

TEST_CASE("A dash before an apposition and a coalition of parties keep their names apart", "[entities]") {
  auto es = find_entities(doc_of("The firm is based in Bristol - Velmora Group is its rival."));
  CHECK(with_alias(es, "Bristol"));
  CHECK(with_alias(es, "Velmora Group"));
  es = find_entities(doc_of("The Tarn Farmers Party - Green Alliance coalition won the vote."));
  CHECK(with_alias(es, "Tarn Farmers Party"));
  CHECK(with_alias(es, "Green Alliance"));
}
