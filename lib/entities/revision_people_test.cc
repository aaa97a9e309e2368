#include <catch2/catch.hpp>

#include <string>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented people and firms: none is in the word lists or the gazetteer, and each is read as
// an organisation's without the words around it.
TEST_CASE("A surname that what only people do follows is a person's in every mention", "[entities]") {
  for (const char* text : {"Turnout was low. Dravik managed to hold the seat. Observers said Dravik would run again.",
                           "Turnout was low. The mayor thanked Dravik, who had organised the count. Dravik left early.",
                           "Turnout was low. Dravik was born in a fishing town. Observers said Dravik would run again.",
                           "Turnout was low. Dravik served as mayor for a decade. Observers said Dravik would run again."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    const Entity* e = with_alias(es, "Dravik");
    REQUIRE(e);
    CHECK(e->type == "PERSON");
    CHECK(e->mentions.size() == 2);
  }
}

TEST_CASE("A sentence's first word that a person's verb follows is kept as a person's name", "[entities]") {
  auto es = find_entities(doc_of("Turnout fell in the north. Irvak campaigned for the seat."));
  CHECK(type_with_alias(es, "Irvak") == "PERSON");
}

TEST_CASE("A name set off after a candidate or named after a role noun or in a film's credits is a person's", "[entities]") {
  CHECK(type_with_alias(find_entities(doc_of("The count ended late. The winning candidate, Brisk Tallon, thanked the staff.")),
                        "Brisk Tallon") == "PERSON");
  CHECK(type_with_alias(find_entities(doc_of("The hall was full. The mayor thanked the journalist Ostrowe for the report.")),
                        "Ostrowe") == "PERSON");
  CHECK(type_with_alias(find_entities(doc_of("It opened in May. The film was directed by Tallon Brisk.")), "Tallon Brisk") ==
        "PERSON");
}

TEST_CASE("The first word of a name typed a person's by a cue stands for that person alone", "[entities]") {
  auto es = find_entities(doc_of("We stayed with our friend Tosk Varran in May. At Tosk's villa we met his sons."));
  const Entity* e = with_alias(es, "Tosk Varran");
  REQUIRE(e);
  CHECK(e->type == "PERSON");
  CHECK(has_alias(*e, "Tosk"));
}

TEST_CASE("A firm's cue for a name wins over a person's cue in another mention", "[entities]") {
  auto es = find_entities(doc_of("Profits fell in May. Analysts at Dorrow Finch expect a loss. Dorrow Finch, who hired 40 people, denied it."));
  const Entity* e = with_alias(es, "Dorrow Finch");
  REQUIRE(e);
  CHECK(e->type == "ORG");
  CHECK(e->mentions.size() == 2);
}

TEST_CASE("A name with a head word stays an organisation's before a person's cue", "[entities]") {
  auto es = find_entities(doc_of("Voters deserted the Tarn Unity Party, who lost every seat."));
  CHECK(type_with_alias(es, "Tarn Unity Party") == "ORG");
}

TEST_CASE("A person's cue that opens a paragraph or the text types the name a person's", "[entities]") {
  for (const char* text : {"The film opened in May.\n\nStarring Orlek, it won two prizes at the festival.",
                           "Starring Orlek, the film won two prizes at the festival."}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), "Orlek") == "PERSON");
  }
}
