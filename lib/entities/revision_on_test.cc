#include <catch2/catch.hpp>

#include <string>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented authors, works and towns; the islands are real places of the gazetteer or named
// by a head word.

TEST_CASE("A book titled with its author on a subject names the author and no organisation", "[entities]") {
  auto es = find_entities(doc_of("At the fair I bought two old books, \"Vellacott on Coin Magic\" and \"Vellacott on "
                                 "Rope Knots\", and read both on the train home."));
  const Entity* author = with_alias(es, "Vellacott");
  REQUIRE(author);
  CHECK(author->type == "PERSON");
  CHECK_FALSE(with_alias(es, "Vellacott on Coin Magic"));
  CHECK_FALSE(with_alias(es, "Vellacott on Rope Knots"));
  CHECK_FALSE(with_alias(es, "Rope Knots"));
}

TEST_CASE("A town on an island names two places", "[entities]") {
  auto es = find_entities(doc_of("The ferry from Tarby on Sicily calls at Dunmere on Mull Island twice a week in summer."));
  for (const char* name : {"Tarby", "Sicily", "Dunmere", "Mull Island"}) {
    INFO(name);
    const Entity* e = with_alias(es, name);
    REQUIRE(e);
    CHECK((e->type == "GPE" || e->type == "LOC"));
  }
  CHECK_FALSE(with_alias(es, "Tarby on Sicily"));
}

TEST_CASE("A body named for its subject after on stays whole", "[entities]") {
  auto es = find_entities(doc_of("She spoke to the Council on Rural Housing and wrote for the Pacifists on Trial, a group "
                                 "in Leeds."));
  CHECK(with_alias(es, "Council on Rural Housing"));
  CHECK_FALSE(with_alias(es, "Pacifists"));
}

TEST_CASE("A town named for its river or its coast with on is one town", "[entities]") {
  auto es = find_entities(doc_of("The bus from Kelby on Thames reached Marnwick on Sea an hour late on Sunday."));
  for (const char* name : {"Kelby on Thames", "Marnwick on Sea"}) {
    INFO(name);
    const Entity* e = with_alias(es, name);
    REQUIRE(e);
    CHECK(e->type == "GPE");
  }
  CHECK_FALSE(with_alias(es, "Kelby"));
  CHECK_FALSE(with_alias(es, "Thames"));
}

TEST_CASE("A writer on a country in a column's title is a person and the country a place", "[entities]") {
  auto es = find_entities(doc_of("Her weekly column, \"Dravick on Germany\", ran for ten years in the paper."));
  const Entity* speaker = with_alias(es, "Dravick");
  REQUIRE(speaker);
  CHECK(speaker->type == "PERSON");
  const Entity* country = with_alias(es, "Germany");
  REQUIRE(country);
  CHECK(country->type == "GPE");
}
