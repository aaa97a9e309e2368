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
  auto es = find_entities(doc_of("MR: We have nothing to add.\n\nMS: Nor do we.\n\nMR: Then we are done.\n"));
  CHECK_FALSE(named(es, "MR"));
  CHECK_FALSE(named(es, "MS"));
}

TEST_CASE("Labels in capitals none of which comes back are no transcript: a dateline and a note", "[entities]") {
  auto es = find_entities(doc_of("KOLVAPUR: Heavy rain flooded the old town on Monday.\n\nNOTE: The figures are provisional.\n"));
  for (const auto& e : es) CHECK(e.type != "PERSON");
}

TEST_CASE("A speaker label of a given name and a surname that is a word too names the person", "[entities]") {
  auto es = find_entities(doc_of("PETER BAKER: Thanks.\n\nANNA VARNHOLT: Hello.\n\nPETER BAKER: Shall we start?\n"));
  const Entity* e = named(es, "PETER BAKER");
  REQUIRE(e);
  CHECK(e->type == "PERSON");
}

TEST_CASE("A short word in capitals listed after a titled name is no person: an acronym", "[entities]") {
  auto es = find_entities(doc_of("The deal was signed by Chairman HALLIWELL and IBM on Friday."));
  const Entity* e = named(es, "IBM");
  REQUIRE(e);
  CHECK(e->type != "PERSON");
}

TEST_CASE("One line opening with capitals and a colon is no transcript", "[entities]") {
  auto es = find_entities(doc_of("ZELLMORA: The council met on Monday to discuss the budget of Zellmora."));
  for (const auto& e : es) CHECK(e.type != "PERSON");
}

TEST_CASE("A surname in capitals after a person's title, and those listed after it, are people", "[entities]") {
  auto es = find_entities(doc_of("The committee heard Generals BRENNICK and HALLIWELL on Tuesday, then Admiral QUARRELL."));
  for (const char* name : {"QUARRELL", "BRENNICK", "HALLIWELL"}) {
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

TEST_CASE("A person's name run on over 'of' into a firm's name of a head word is split in two", "[entities]") {
  auto es = find_entities(doc_of("The offer was confirmed by Marta Ostrevik of Quandle Holdings after the vote."));
  const Entity* p = named(es, "Marta Ostrevik");
  REQUIRE(p);
  CHECK(p->type == "PERSON");
  const Entity* o = named(es, "Quandle Holdings");
  REQUIRE(o);
  CHECK(o->type == "ORG");
  CHECK_FALSE(named(es, "Marta Ostrevik of Quandle Holdings"));
}

TEST_CASE("A body's name opened by a person's name and its head word stays whole over 'of'", "[entities]") {
  auto es = find_entities(doc_of("She studied law at the Hanna Vellmar University of Tarnport for four years."));
  CHECK_FALSE(named(es, "Tarnport"));
}

TEST_CASE("A body's name opened by a given name and a common word stays whole over 'of'", "[entities]") {
  auto es = find_entities(doc_of("The loan came from the Warren Museum of Glass Ornaments last spring."));
  CHECK_FALSE(named(es, "Warren Museum"));
}

TEST_CASE("A one-word name before 'of' stays one name", "[entities]") {
  auto es = find_entities(doc_of("The letters of Hilarius of Quellmont were copied by monks."));
  CHECK_FALSE(named(es, "Quellmont"));
}

TEST_CASE("A ruler's name with a regnal number before 'of' is split, the realm a place", "[entities]") {
  for (const char* text : {"Kessar II of Orrinmark ruled for ten years.", "Under Alvina III of Orrinmark the roads were paved."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    const Entity* realm = named(es, "Orrinmark");
    REQUIRE(realm);
    CHECK((realm->type == "GPE" || realm->type == "LOC"));
  }
}

TEST_CASE("A person whose surname is a common word is split from the body after 'of' too", "[entities]") {
  auto es = find_entities(doc_of("The column was written by Thomas Baker of Vantor Magazine last year."));
  const Entity* p = named(es, "Thomas Baker");
  REQUIRE(p);
  CHECK(p->type == "PERSON");
  CHECK(named(es, "Vantor Magazine"));
}
