#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented parties, seats and members: none is in the word lists or the gazetteer.

TEST_CASE("A member's title after a party's name comes off the name", "[entities]") {
  auto es = find_entities(doc_of("She was elected as a Tavoran Alliance MP in 2004, and an Independent MP joined her later."));
  CHECK(with_alias(es, "Tavoran Alliance"));
  CHECK_FALSE(with_alias(es, "Tavoran Alliance MP"));
  CHECK_FALSE(with_alias(es, "Independent"));
  CHECK_FALSE(with_alias(es, "Independent MP"));
}

TEST_CASE("A member's title spelled out comes off a party's name and parts the party or the seat from the member", "[entities]") {
  auto es = find_entities(doc_of(
      "Her leaflets called her the Member of Parliament for the Party of Tavoran Farmers, though a "
      "Quellish Union Member of Parliament had the louder posters. Member of Parliament Olaf Brennick "
      "crossed the floor, and the Member of Parliament for Port Vennick sulked until two Members of "
      "Parliament resigned."));
  const Entity* party = with_alias(es, "Party of Tavoran Farmers");
  REQUIRE(party);
  CHECK(party->type == "ORG");
  const Entity* union_ = with_alias(es, "Quellish Union");
  REQUIRE(union_);
  CHECK(union_->type == "ORG");
  const Entity* member = with_alias(es, "Olaf Brennick");
  REQUIRE(member);
  CHECK(member->type == "PERSON");
  const Entity* seat = with_alias(es, "Port Vennick");
  REQUIRE(seat);
  CHECK(seat->type == "GPE");
  for (const auto& e : es)
    for (const auto& a : e.aliases) CHECK(a.find("Parliament") == std::string::npos);
}

TEST_CASE("A party's word left when a member's title comes off is the party", "[entities]") {
  auto es = find_entities(doc_of("A Conservative MP said the vote would be close, and an Independent MP agreed."));
  CHECK(with_alias(es, "Conservative"));
  CHECK_FALSE(with_alias(es, "Independent"));
}

TEST_CASE("A member's title inside a name parts the party from the member", "[entities]") {
  auto es = find_entities(doc_of(
      "The vote was called by Tavoran Alliance MP Orla Penhallow on Tuesday. Later MP Dafydd Quarrie "
      "and the Alliance MP for Port Vennick spoke against it."));
  struct Case {
    const char* name;
    const char* type;
  };
  for (const Case& c : {Case{"Tavoran Alliance", "ORG"}, Case{"Orla Penhallow", "PERSON"},
                        Case{"Dafydd Quarrie", "PERSON"}, Case{"Port Vennick", "GPE"}}) {
    INFO(c.name);
    const Entity* e = with_alias(es, c.name);
    REQUIRE(e);
    CHECK(e->type == std::string(c.type));
  }
  CHECK_FALSE(with_alias(es, "Tavoran Alliance MP Orla Penhallow"));
  CHECK_FALSE(with_alias(es, "MP Dafydd Quarrie"));
}

TEST_CASE("A member's title before an organisation's words leaves the name whole", "[entities]") {
  auto es = find_entities(doc_of(
      "The TD Trust fund climbed on Friday while MP Foods slipped. She read CFO Magazine at lunch."));
  CHECK_FALSE(with_alias(es, "Trust"));
  CHECK_FALSE(with_alias(es, "Foods"));
  CHECK_FALSE(with_alias(es, "Magazine"));
  for (const Entity& e : es) {
    INFO(e.name);
    CHECK(e.type != "PERSON");
  }
}

TEST_CASE("A name opening inside a member's title spelled out keeps only the seat after its for", "[entities]") {
  auto es = find_entities(doc_of(
      "Rhoda Vell, Member of the National Assembly for Port Vennick since the spring, resigned on "
      "Friday; her sister, a Member of the European Parliament, kept quiet."));
  const Entity* seat = with_alias(es, "Port Vennick");
  REQUIRE(seat);
  CHECK(seat->type == "GPE");
  for (const auto& e : es)
    for (const auto& a : e.aliases) CHECK(a.rfind("for ", 0) != 0);
  const Entity* parliament = with_alias(es, "European Parliament");
  REQUIRE(parliament);
  CHECK(parliament->type == "ORG");
}

TEST_CASE("A name after a member's title spelled out opening a sentence is the member's", "[entities]") {
  // "Field" is a common word: the name is no less its holder's.
  auto es = find_entities(doc_of("Member of the Scottish Parliament Rowan Field said the ferry timetable had failed islanders."));
  const Entity* member = with_alias(es, "Rowan Field");
  REQUIRE(member);
  CHECK(member->type == "PERSON");
}

TEST_CASE("A seat after a member's title and for the is no part of the title", "[entities]") {
  auto es = find_entities(doc_of("The Green Member of Parliament for the Isle of Skerran said the ferries would keep running."));
  const Entity* seat = with_alias(es, "Isle of Skerran");
  REQUIRE(seat);
  CHECK(seat->type != "ORG");
  for (const auto& e : es)
    for (const auto& a : e.aliases) CHECK(a.find("Parliament") == std::string::npos);
}

TEST_CASE("A body whose name of a connector ends in a member's title in the plural keeps it, a party before one title does not", "[entities]") {
  auto es = find_entities(doc_of("The Society of Retired Members of Parliament held its spring lunch in Port Vennick, "
                                 "where a Party of Tavoran Farmers Member of Parliament gave the toast."));
  const Entity* society = with_alias(es, "Society of Retired Members of Parliament");
  REQUIRE(society);
  CHECK(society->type == "ORG");
  CHECK_FALSE(with_alias(es, "Society of Retired"));
  const Entity* party = with_alias(es, "Party of Tavoran Farmers");
  REQUIRE(party);
  CHECK(party->type == "ORG");
  CHECK_FALSE(with_alias(es, "Party of Tavoran Farmers Member of Parliament"));
}
