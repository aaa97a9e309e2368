#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented people: none is in the gazetteer.
TEST_CASE("A name an editor completes in square brackets before the part said is one person's name", "[entities]") {
  auto es = find_entities(doc_of("He ran against Reagan in 80, [Tom H.] Varnell in 88 and [Ann] Dellory in 92. "
                                 "[Prime Minister Greta] Korvath said no."));
  check_types(es, {"Tom H. Varnell", "Ann Dellory", "Greta Korvath"}, "PERSON");
  for (const auto& e : es) CHECK(e.name.find_first_of("[]") == std::string::npos);
}

TEST_CASE("A name an editor completes in square brackets after the part said is one person's name", "[entities]") {
  auto es = find_entities(doc_of("There's Jeff [Marlowan], who is behind the camera."));
  const Entity* e = named(es, "Jeff Marlowan");
  REQUIRE(e);
  CHECK(e->type == "PERSON");
  CHECK(e->mentions.size() == 1);
}

TEST_CASE("A name an editor completes keeps the part said as one of its forms", "[entities]") {
  auto es = find_entities(doc_of("He ran against Reagan in 80 and [Tom H.] Varnell in 88. There's Jeff [Marlowan] too."));
  const Entity* tom = named(es, "Tom H. Varnell");
  REQUIRE(tom);
  CHECK(tom->aliases == std::vector<std::string>{"Tom H. Varnell", "Varnell"});
  const Entity* jeff = named(es, "Jeff Marlowan");
  REQUIRE(jeff);
  CHECK(jeff->aliases == std::vector<std::string>{"Jeff", "Jeff Marlowan"});
}

TEST_CASE("A stage note in square brackets is no part of the name beside it", "[entities]") {
  auto es = find_entities(doc_of("[Laughter] Tom Varnell said so. Later Varnell [Applause] thanked them."));
  const Entity* e = named(es, "Tom Varnell");
  REQUIRE(e);
  for (const auto& x : es) {
    CHECK(x.name.find("Laughter") == std::string::npos);
    CHECK(x.name.find("Applause") == std::string::npos);
  }
}

TEST_CASE("A known organisation's name in square brackets beside a name is no part of it", "[entities]") {
  auto es = find_entities(doc_of("LONDON [Reuters] - Tom Varnell said the plan would work."));
  CHECK(type_of(es, "Reuters") == "ORG");
  for (const auto& e : es) CHECK(e.name.find("LONDON Reuters") == std::string::npos);
}

TEST_CASE("A party's letter, a label or an acronym in square brackets after a name is no part of it", "[entities]") {
  auto es = find_entities(doc_of("Senator Tom Varnell [R] voted no. Rep. Ann Dellory [D-Ohio] voted yes. "
                                 "Jeff Marlowan [CEO] spoke, and the report by Kate Dorrin [PDF] is online."));
  check_types(es, {"Tom Varnell", "Ann Dellory", "Jeff Marlowan", "Kate Dorrin"}, "PERSON");
}
