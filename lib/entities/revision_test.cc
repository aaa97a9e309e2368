#include <catch2/catch.hpp>

#include <cstdint>

#include "dossier/entities.h"
#include "revision.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

TEST_CASE("A place between a year and an election names the election, not the place", "[entities]") {
  auto es = find_entities(doc_of("Turnout in the 1987 France legislative election was low, and the 2011 Germany "
                                 "referendum failed."));
  CHECK_FALSE(named(es, "France"));
  CHECK_FALSE(named(es, "Germany"));
  REQUIRE(named(es, "1987 France legislative election"));
  CHECK(named(es, "1987 France legislative election")->type == "EVENT");
  auto places = find_entities(doc_of("In 1987 France voted, and the 2011 Germany report came out."));
  CHECK(named(places, "France"));
  CHECK(named(places, "Germany"));
}

TEST_CASE("An acronym follows its name as the passes move names and goes when its name is dropped", "[entities]") {
  entities_detail::Acronyms acronyms{{"KLT", 3}, {"BRV", 1}, {"OSV", 0}};
  // Names 0 and 2 are dropped; 1 and 3 move to 0 and 1.
  entities_detail::follow_acronyms(acronyms, {SIZE_MAX, 0, SIZE_MAX, 1});
  CHECK(acronyms == entities_detail::Acronyms{{"KLT", 1}, {"BRV", 0}});
}

TEST_CASE("A name an author-year citation follows is an author's", "[entities]") {
  auto es = find_entities(doc_of(
      "Earlier work on tone sandhi by Varnholt (2011) found no effect, as did the study by Ostrik (2015, p. 4), "
      "and Quarnby et al. showed a larger effect than Delmore and Faskin 2009; reported."));
  for (const char* name : {"Varnholt", "Ostrik", "Quarnby", "Delmore", "Faskin"}) {
    INFO(name);
    const Entity* e = with_alias(es, name);
    REQUIRE(e);
    CHECK(e->type == "PERSON");
  }
}

TEST_CASE("Every name of an author list that ends in a year is an author's", "[entities]") {
  auto es = find_entities(doc_of("Practice sharpens sight (Tarvell, Ostrik, Quambe, & Brelland, 2010) and attention "
                                 "(Fennig, Sporle, and Praxt, 2007; Dorvane, 2012)."));
  for (const char* name : {"Ostrik", "Quambe", "Brelland", "Sporle", "Praxt"}) {
    INFO(name);
    const Entity* e = with_alias(es, name);
    REQUIRE(e);
    CHECK(e->type == "PERSON");
  }
}

TEST_CASE("A list of authors in brackets that open the text names people", "[entities]") {
  auto es = find_entities(doc_of("(Tarvell, Ostrik, and Brame, 2010) found that rates fell."));
  for (const char* name : {"Ostrik", "Brame"}) {
    INFO(name);
    CHECK(type_with_alias(es, name) == "PERSON");
  }
}

TEST_CASE("Places listed before a year are no authors", "[entities]") {
  // Invented places, which no list types: only brackets make a list of names authors.
  auto es = find_entities(doc_of("The tour visited Varnel, Velsk, and Dorrin, 2010; it ended in Kessow."));
  for (const auto& e : es) {
    INFO(e.name);
    CHECK(e.type != "PERSON");
  }
}

TEST_CASE("A name with an English word in it before a year in brackets is no author", "[entities]") {
  auto es = find_entities(doc_of("She starred in Outcasts (1998) before moving to the stage, and her uncle "
                                 "served in the Tarvossian Campaign (1914) in the east."));
  for (const auto& e : es) {
    INFO(e.name);
    CHECK(e.type != "PERSON");
  }
}

TEST_CASE("A body between a year and an election names the election, with the place it was held in", "[entities]") {
  auto es = find_entities(doc_of("Harlow lost the 1994 Ruritania Senate special election in Ohio to Brannock, "
                                 "and Vell won the 2002 European Parliament election."));
  CHECK_FALSE(named(es, "Ruritania Senate"));
  CHECK_FALSE(named(es, "Ohio"));
  CHECK_FALSE(named(es, "European Parliament"));
  const Entity* event = named(es, "1994 Ruritania Senate special election in Ohio");
  REQUIRE(event);
  CHECK(event->type == "EVENT");
  REQUIRE(named(es, "2002 European Parliament election"));
  CHECK(named(es, "2002 European Parliament election")->type == "EVENT");
  auto apart = find_entities(doc_of("In 1994 the Ruritania Senate met in Ohio, and the European Parliament "
                                    "debated the election in Ohio."));
  CHECK(named(apart, "Ohio"));
  CHECK(named(apart, "European Parliament"));
}
