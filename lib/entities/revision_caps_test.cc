#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented names: none is in the word lists or the gazetteer.
TEST_CASE("A transcript's speaker label of a title and a surname in capitals names a person", "[entities]") {
  auto es = find_entities(doc_of(
      "SECRETARY VARNHOLT: Thank you all for coming today.\n\nQUESTION: Will the talks go on?\n\n"
      "SECRETARY VARNHOLT: They will, next week.\n"));
  const Entity* e = named(es, "VARNHOLT");
  REQUIRE(e);
  CHECK(e->type == "PERSON");
  CHECK_FALSE(named(es, "SECRETARY VARNHOLT"));
  CHECK_FALSE(named(es, "QUESTION"));
}

TEST_CASE("A speaker label of a title alone names no one", "[entities]") {
  auto es = find_entities(doc_of("MR: We have nothing to add.\n\nMS: Nor do we.\n"));
  CHECK_FALSE(named(es, "MR"));
  CHECK_FALSE(named(es, "MS"));
}

TEST_CASE("One line opening with capitals and a colon is no transcript", "[entities]") {
  auto es = find_entities(doc_of("ZELLMORA: The council met on Monday to discuss the budget of Zellmora."));
  for (const auto& e : es) CHECK(e.type != "PERSON");
}

TEST_CASE("A surname in capitals after a person's title, and those listed after it, are people", "[entities]") {
  auto es = find_entities(doc_of("Today we welcome Senator QUARRELL. They join Senators VESTBY, HOLMQUARD, and others."));
  for (const char* name : {"QUARRELL", "VESTBY", "HOLMQUARD"}) {
    INFO(name);
    const Entity* e = named(es, name);
    REQUIRE(e);
    CHECK(e->type == "PERSON");
  }
}

TEST_CASE("A person's name run on over 'of' into a body or a place is split in two", "[entities]") {
  auto es = find_entities(doc_of("The review was written by Thomas Quellmarsh of Vantor Magazine, who visited the bar."));
  const Entity* p = named(es, "Thomas Quellmarsh");
  REQUIRE(p);
  CHECK(p->type == "PERSON");
  const Entity* o = named(es, "Vantor Magazine");
  REQUIRE(o);
  CHECK(o->type != "PERSON");
  CHECK_FALSE(named(es, "Thomas Quellmarsh of Vantor Magazine"));
}

TEST_CASE("A one-word name before 'of' stays one name", "[entities]") {
  auto es = find_entities(doc_of("The letters of Hilarius of Quellmont were copied by monks."));
  CHECK_FALSE(named(es, "Quellmont"));
}
