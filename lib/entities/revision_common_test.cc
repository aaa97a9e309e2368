#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented people and places: none is in the word lists or the gazetteer.
TEST_CASE("A common word capitalized for weight inside a sentence is no organisation", "[entities]") {
  const std::vector<std::string> texts = {
      "Every volunteer at Orrinford swore the Pledge before the season began, and the Pledge still hangs in the hall.",
      "Mayor Tessaly Brandt said the harbour belongs to the Public and that the Public should decide its future.",
      "Did the ferry reach Vellmouth on time?\n\nYes, it docked just after noon.",
  };
  for (const auto& text : texts) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    CHECK_FALSE(with_alias(es, "Pledge"));
    CHECK_FALSE(with_alias(es, "Public"));
    CHECK_FALSE(with_alias(es, "Yes"));
  }
}

TEST_CASE("A lone common word the gazetteer knows as an organisation stays one", "[entities]") {
  auto es = find_entities(doc_of("After a long night the bill went back to Congress, where the vote was close."));
  const Entity* congress = with_alias(es, "Congress");
  REQUIRE(congress);
  CHECK(congress->type == "ORG");
}

TEST_CASE("A reading list's surname, comma and given name is one person's name", "[entities]") {
  auto es = find_entities(doc_of("Some books I keep going back to:\n\nBrackwell, Anna. The Salt Roads of the North\n\n"
                                 "Ostrander, Peter and Lumley, Anna. Letters from a Windless Coast\n"));
  for (const char* name : {"Brackwell, Anna", "Ostrander, Peter", "Lumley, Anna"}) {
    INFO(name);
    const Entity* e = with_alias(es, name);
    REQUIRE(e);
    CHECK(e->type == "PERSON");
  }
  CHECK_FALSE(with_alias(es, "Anna"));
  CHECK_FALSE(with_alias(es, "Peter"));
}

TEST_CASE("A line opening with an interjection, a comma and a given name names no author", "[entities]") {
  auto es = find_entities(doc_of("We asked whether the tide had turned.\n\nWell, Anna. It turned an hour ago.\n"));
  CHECK_FALSE(with_alias(es, "Well, Anna"));
}
