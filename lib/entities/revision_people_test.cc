#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented people and firms: none is in the word lists or the gazetteer, and each is read as
// an organisation's without the words around it.
TEST_CASE("A surname that what only people do follows is a person's in every mention", "[entities]") {
  for (const char* text : {"Turnout was low. Dravik managed to hold the seat. Observers said Dravik would run again.",
                           "Turnout was low. Dravik told reporters he would stay. Observers said Dravik would run again.",
                           "Turnout was low. Dravik married a teacher in June. Observers said Dravik would run again.",
                           "Turnout was low. Dravik was sworn in as mayor. Observers said Dravik would run again."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    const Entity* e = with_alias(es, "Dravik");
    REQUIRE(e);
    CHECK(e->type == "PERSON");
    CHECK(e->mentions.size() == 2);
  }
}

TEST_CASE("A sentence's first word that a person's verb follows is kept as a person's name", "[entities]") {
  auto es = find_entities(doc_of("Turnout fell in the north. Irvak married a teacher in June."));
  CHECK(type_with_alias(es, "Irvak") == "PERSON");
}

// Inside a sentence: a sentence's first word that no dictionary knows before a verb in the
// past tense is a person's on the training text's count (Repairs::confirm_acting_openers).
TEST_CASE("A name of one word that a cue a body takes too stands around stays a body's", "[entities]") {
  for (const char* text : {"Turnout was low, and Vellmark campaigned on health and won.",
                           "Turnout was low. Vellmark, who backed the plan, lost two seats.",
                           "Talks stalled while Vellmark served as adviser to the bank.", "Fuel costs rose, so Vellmark retired the jet in May.",
                           "It opened in May. The film was directed by Vellmark."}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), "Vellmark") != "PERSON");
  }
}

TEST_CASE("A name of two words that a cue a body takes too stands around is a person's", "[entities]") {
  for (const char* text : {"Turnout was low. Tallon Brisk campaigned on health and won.",
                           "Turnout was low. Tallon Brisk, who backed the plan, lost the seat.",
                           "Talks stalled. Tallon Brisk served as adviser to the bank."}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), "Tallon Brisk") == "PERSON");
  }
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
  auto es = find_entities(doc_of("The composer Merrow Dalt toured the coast in spring. Critics said Merrow played too fast."));
  const Entity* e = with_alias(es, "Merrow Dalt");
  REQUIRE(e);
  CHECK(e->type == "PERSON");
  CHECK(has_alias(*e, "Merrow"));
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

TEST_CASE("A one-word name in capitals, or a name with a lower-case word inside, stays an organisation's around a person's cue", "[entities]") {
  for (const auto& [text, name] : {std::pair{"Turnout was low. VELMARK managed to hold the seat.", "VELMARK"},
                                   std::pair{"Turnout was low. Amis du Varrow managed to raise the money.", "Amis du Varrow"}}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), name) == "ORG");
  }
}
