#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented firms and people: none is in the word lists or the gazetteer.
TEST_CASE("A name that shares, 'which' or analysts stand around is a firm's in every mention", "[entities]") {
  for (const char* text : {"Brill Harwood said profits rose. Shares of Brill Harwood fell 3 percent on Monday.",
                           "Brill Harwood said profits rose. Brill Harwood, which lends to farmers, cut rates.",
                           "Brill Harwood said profits rose. Analysts at Brill Harwood expect more cuts."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    const Entity* e = with_alias(es, "Brill Harwood");
    REQUIRE(e);
    CHECK(e->type == "ORG");
    CHECK(e->mentions.size() == 2);
  }
}

TEST_CASE("A word no dictionary knows opening a sentence is a firm's name where a firm's cue follows it", "[entities]") {
  const auto es = find_entities(doc_of("The market was calm on Monday. Vantor shares fell 3 percent after the warning."));
  REQUIRE(named(es, "Vantor"));
  CHECK(named(es, "Vantor")->type == "ORG");
  // A common word there stays no name, the cue after it too ("Oil shares fell").
  CHECK(find_entities(doc_of("The market was calm on Monday. Officials said it would rain.")).empty());
  CHECK(find_entities(doc_of("The market was calm on Monday. Oil shares fell 3 percent after the warning.")).empty());
}

TEST_CASE("A common word capitalized inside a sentence is a firm's name where a firm's own cue stands around it", "[entities]") {
  const auto es = find_entities(doc_of("Prices held steady. Analysts at Harbour expect demand to recover."));
  REQUIRE(named(es, "Harbour"));
  CHECK(named(es, "Harbour")->type == "ORG");
  // Opening a sentence, or without such a cue, the word stays a word of the sentence.
  CHECK_FALSE(named(find_entities(doc_of("Harbour analysts expect demand to recover.")), "Harbour"));
  CHECK_FALSE(named(find_entities(doc_of("Prices held steady after the deal with Harbour was signed.")), "Harbour"));
}

TEST_CASE("A name whose possessive owns shares, a board or a chief executive is a firm's", "[entities]") {
  for (const char* text : {"Tarn Ostrik said profits rose. Tarn Ostrik's chief executive quit on Friday.",
                           "Tarn Ostrik said profits rose. Tarn Ostrik\xE2\x80\x99s board met on Friday."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    const Entity* e = with_alias(es, "Tarn Ostrik");
    REQUIRE(e);
    CHECK(e->type == "ORG");
    CHECK(e->mentions.size() == 2);
  }
}

TEST_CASE("A name with a legal suffix in one mention is a firm's in the mentions without it", "[entities]") {
  auto es = find_entities(doc_of("Dunmore Tasker Inc. is based in Ohio. Dunmore Tasker said profits rose."));
  const Entity* e = with_alias(es, "Dunmore Tasker");
  REQUIRE(e);
  CHECK(e->type == "ORG");
  CHECK(e->mentions.size() == 2);
}

TEST_CASE("A name with no given name that says what it will do is a firm's", "[entities]") {
  auto es = find_entities(doc_of("Harwood Brill said it would cut 400 jobs."));
  CHECK(type_with_alias(es, "Harwood Brill") == "ORG");
}

TEST_CASE("A person named with a given name stays a person around a firm's weak cue or as a surname", "[entities]") {
  auto es = find_entities(doc_of("Anna Varga said it would be hard. Later Varga, which surprised no one, resigned."));
  const Entity* e = with_alias(es, "Anna Varga");
  REQUIRE(e);
  CHECK(e->type == "PERSON");
  CHECK(has_alias(*e, "Varga"));
}

// Invented bodies named in languages that put the head first.
TEST_CASE("A name that opens with a head word of a language that puts it first is a body's", "[entities]") {
  const std::pair<const char*, const char*> cases[] = {
      {"Voters backed the Lega Popolare Alpina in the north.", "Lega Popolare Alpina"},
      {"The Banco Ferreira Lobo cut its rates.", "Banco Ferreira Lobo"},
      {"Rassemblement Tarnais took 12 percent of the vote.", "Rassemblement Tarnais"},
      {"At the rally Liga Tarnesa won four seats.", "Liga Tarnesa"}};
  for (const auto& [text, name] : cases) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), name) == "ORG");
  }
  // A head that is also a given name opens a person's name of two words.
  CHECK(type_with_alias(find_entities(doc_of("Yesterday Lega Ozola, a runner, won the race.")), "Lega Ozola") == "PERSON");
  // Only the opening word counts: a surname spelled like a head leaves a person a person.
  auto es = find_entities(doc_of("Ana Banco said the vote was fair."));
  CHECK(type_with_alias(es, "Ana Banco") == "PERSON");
}

// Invented bodies named in other languages than English, with a word no person's name holds.
TEST_CASE("A name read as a person's that holds a word of a body's name in another language is a body's", "[entities]") {
  // None of them opens with a word that opens only a body's name (leading_heads.txt).
  const std::pair<const char*, const char*> cases[] = {{"At the last election Tarnesa Unidad won four seats.", "Tarnesa Unidad"},
                                                       {"The new Tarnesa Obrera held a rally.", "Tarnesa Obrera"},
                                                       {"In the vote Nuova Sinistra lost ground.", "Nuova Sinistra"},
                                                       {"Tarnesia Libert\u00E0 took the lead in the polls.", "Tarnesia Libert\u00E0"}};
  for (const auto& [text, name] : cases) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), name) == "ORG");
  }
  // A person's name with no such word stays a person's.
  CHECK(type_with_alias(find_entities(doc_of("Yesterday Maria Okafor won the race.")), "Maria Okafor") == "PERSON");
}

TEST_CASE("A person's name opened by a given name stays a person's though it holds a word of a body's name", "[entities]") {
  const std::pair<const char*, const char*> cases[] = {{"Yesterday Carlos Nacional won the race in the capital.", "Carlos Nacional"},
                                                       {"The singer Paolo Nuovo released a record.", "Paolo Nuovo"},
                                                       {"Ana Verdes won the final on Sunday.", "Ana Verdes"}};
  for (const auto& [text, name] : cases) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), name) == "PERSON");
  }
}

TEST_CASE("A person named in full stays a person before a comma and which or a possessive's board", "[entities]") {
  for (const char* text : {"A letter from Maria Okafor, which she signed, was read aloud. Maria Okafor later left.",
                           "Volunteers crowded into Maria Okafor's headquarters. Maria Okafor thanked them."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    CHECK(type_with_alias(es, "Maria Okafor") == "PERSON");
  }
}

TEST_CASE("A firm's cue before a person's possessive does not type the person a firm's", "[entities]") {
  for (const char* text : {"Investors sold shares of Tomas Reyne's old firm. Tomas Reyne, who founded it, was silent.",
                           "Prices held.\n\nShares of Tomas Reyne's old firm fell. Tomas Reyne, who founded it, was silent."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    CHECK(type_with_alias(es, "Tomas Reyne") == "PERSON");
  }
}

TEST_CASE("A firm's cue that opens the text or a paragraph types the name a firm's", "[entities]") {
  for (const char* text : {"Analysts at Mellick Osborne sold early. Mellick Osborne, who took on 60 staff, declined to comment.",
                           "Rates rose in June.\n\nAnalysts at Mellick Osborne sold early. Mellick Osborne, who took on 60 staff, declined to comment."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    const Entity* e = with_alias(es, "Mellick Osborne");
    REQUIRE(e);
    CHECK(e->type == "ORG");
    CHECK(e->mentions.size() == 2);
  }
}

TEST_CASE("A firm's cue on the line before a name does not type it", "[entities]") {
  auto es = find_entities(doc_of("The desk was quiet. Analysts at\n\nMellick Osborne, who took on 60 staff, declined to comment."));
  CHECK(type_with_alias(es, "Mellick Osborne") != "ORG");
}

TEST_CASE("A name right after a party's or a coalition's noun is an organisation's", "[entities]") {
  check_named("In 2018 she ran under the coalition Ventos Dorados Unidos for the governorship.", "Ventos Dorados Unidos", "ORG");
  check_named("He was re-elected on the list of the regionalist party Terra Ardenta Nova in the east.", "Terra Ardenta Nova", "ORG");
}

TEST_CASE("A foreign party's name read as a person's is an organisation's after 'the leader of' or before its leader, MPs or lawmakers", "[entities]") {
  check_named("The leader of Lega Sudista resigned on Monday after the count.", "Lega Sudista", "ORG");
  check_named("Lega Sudista MPs voted against the budget on Thursday.", "Lega Sudista", "ORG");
  check_named("By the evening, Lega Sudista's leader had conceded defeat.", "Lega Sudista", "ORG");
  check_named("Lega Sudista lawmakers walked out of the chamber.", "Lega Sudista", "ORG");
}
