#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Names of bodies and people invented for these tests; the places are the gazetteer's.

TEST_CASE("An acronym glossed by for and the name it stands for are one body", "[entities]") {
  auto es = find_entities(doc_of(
      "The portal lists its partners by their short names: VRC for Velmont Rowing Club, and "
      "TBL for Tarnwick Book League. Both groups meet in the spring."));
  const Entity* rowing = with_alias(es, "Velmont Rowing Club");
  REQUIRE(rowing);
  CHECK(has_alias(*rowing, "VRC"));
  CHECK(rowing->type == "ORG");
  const Entity* books = with_alias(es, "Tarnwick Book League");
  REQUIRE(books);
  CHECK(has_alias(*books, "TBL"));
  CHECK_FALSE(with_alias(es, "VRC for Velmont Rowing Club"));
}

TEST_CASE("A member for a seat and a body for a cause stay whole when the initials differ", "[entities]") {
  auto es = find_entities(doc_of("The BRF for Ostrava Relief raised money all winter in the capital."));
  CHECK_FALSE(with_alias(es, "Ostrava Relief"));
}

TEST_CASE("A name that runs on into a capitalized preposition ends before it", "[entities]") {
  auto es = find_entities(doc_of(
      "Tarn Ferry Opens Again\n\nThe ferry to Norway After a long winter sails again from the quay. "
      "Its crew cheered."));
  CHECK_FALSE(with_alias(es, "Norway After"));
  CHECK(type_with_alias(es, "Norway") == "GPE");
}

TEST_CASE("A person's initial A at the end of a name stays the person's", "[entities]") {
  auto es = find_entities(doc_of("The letter was signed by Orwen A. in the spring of that year, said the archivist."));
  CHECK_FALSE(with_alias(es, "Orwen"));
}

TEST_CASE("A website's name takes in its domain", "[entities]") {
  auto es = find_entities(doc_of(
      "\"The harbour will reopen next week,\" Vellnews.co.uk quoted the mayor as saying, and Tarnpost.com "
      "carried the same report."));
  CHECK(with_alias(es, "Vellnews.co.uk"));
  CHECK(with_alias(es, "Tarnpost.com"));
  CHECK_FALSE(with_alias(es, "Vellnews"));
}

TEST_CASE("A website named by a common word and its domain is a name", "[entities]") {
  auto es = find_entities(doc_of("Shares of Bookshelf.com rose on Tuesday after the online seller reported a profit."));
  CHECK(with_alias(es, "Bookshelf.com"));
}

TEST_CASE("A name at a sentence's end keeps out the next sentence's first word", "[entities]") {
  auto es = find_entities(doc_of("The report was written by Anna Tarnwell. In the spring she left for Vellmark."));
  CHECK(with_alias(es, "Anna Tarnwell"));
}

TEST_CASE("A surname's elided particle belongs to the name before it", "[entities]") {
  auto es = find_entities(doc_of(
      "She trained under the supervision of Prof. Marella d'Ostrand. Later Marella d\u2019Ostrand moved to Vienna."));
  const Entity* p = with_alias(es, "Marella d'Ostrand");
  REQUIRE(p);
  CHECK(p->type == "PERSON");
  CHECK_FALSE(with_alias(es, "Marella"));
}

TEST_CASE("The plural of a title names office holders, no organisation", "[entities]") {
  auto es = find_entities(doc_of(
      "The oath that Governors swore binds them. When Governors meet in the spring, they will vote on it, "
      "and the vote of Governors is final."));
  CHECK_FALSE(with_alias(es, "Governors"));
}

TEST_CASE("A word made from a name by -ization or -ified names no organisation", "[entities]") {
  auto es = find_entities(doc_of(
      "The Tarvonization of the coast took a century, and the traders came to lands they thought Tarvonified "
      "long before."));
  CHECK_FALSE(with_alias(es, "Tarvonization"));
  CHECK_FALSE(with_alias(es, "Tarvonified"));
}
