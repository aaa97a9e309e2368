#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented places: none is in the word lists or the gazetteer.
TEST_CASE("A name after 'the town of' or 'mayor of', or before '-based', is a place", "[entities]") {
  struct Case {
    std::string text, name;
  };
  const std::vector<Case> cases = {
      {"She grew up in the town of Marlowick, near the coast.", "Marlowick"},
      {"He was elected mayor of Dunhallow in 1998.", "Dunhallow"},
      {"The governor of Orrisland vetoed the bill on Friday.", "Orrisland"},
      {"Voters in the province of Quelmar stayed at home.", "Quelmar"},
      {"The Tavoreck-based maker of valves said it would close two plants.", "Tavoreck"},
  };
  for (const auto& c : cases) check_named(c.text, c.name, "GPE");
}

TEST_CASE("A technology or a company before '-based' and a noun of no business is no place", "[entities]") {
  for (const char* text : {"Vendors sell a Zorvane-based platform for phones, and Zorvane ships it.",
                           "The Quillsoft-based tools ran on Quillsoft servers."}) {
    INFO(text);
    for (const auto& e : find_entities(doc_of(text))) CHECK(e.type != "GPE");
  }
}

TEST_CASE("An organisation named by a head word keeps its type after 'governor of'", "[entities]") {
  auto es = find_entities(doc_of("The governor of the Bank of Ruritania spoke on Monday."));
  const Entity* e = named(es, "Bank of Ruritania");
  REQUIRE(e);
  CHECK(e->type == "ORG");
}

TEST_CASE("A name after 'north of', 'the island of' or 'residents of', or that the tagger read as an event after 'mayor of', is a place", "[entities]") {
  struct Case {
    std::string text, name;
  };
  const std::vector<Case> cases = {
      {"The mayor of Brennock, Ruth Calloway, said the roads were closed.", "Brennock"},
      {"Towns north of Glen Ostley flooded overnight.", "Glen Ostley"},
      {"The island of Inish Talla was cut off for a week.", "Inish Talla"},
      {"Fishing boats sank along the shores of Lough Varrin.", "Lough Varrin"},
      {"Residents of Kelmarsh Vale were told to leave their homes.", "Kelmarsh Vale"},
  };
  for (const auto& c : cases) check_named(c.text, c.name, "GPE");
}

TEST_CASE("A name after 'the riding of', 'the constituency of' or 'a suburb of' is a place", "[entities]") {
  CHECK(type_named("He won the riding of Zelbrook in 1990.", "Zelbrook") == "GPE");
  CHECK(type_named("She represented the constituency of Marrowby East for ten years.", "Marrowby East") == "GPE");
  CHECK(type_named("The factory stands in a suburb of Kelverton.", "Kelverton") == "GPE");
}

TEST_CASE("A name joined by 'and' to a place of 'the villages of' is a place too", "[entities]") {
  auto es = find_entities(doc_of("Boats were lost in the villages of Dunmore Cross and Ellsworthy on Monday."));
  for (const char* name : {"Dunmore Cross", "Ellsworthy"}) {
    INFO(name);
    const Entity* e = named(es, name);
    REQUIRE(e);
    CHECK(e->type == "GPE");
  }
}

TEST_CASE("The place of a wire dateline is a place", "[entities]") {
  struct Case {
    std::string text, name;
  };
  const std::vector<Case> cases = {
      {"VARNHOLT, March 6 (Wire) - Ministers agreed on Thursday to hold talks, officials said.", "VARNHOLT"},
      {"Tavrosk, June 3 (Wire) - The council met on Monday.\n\nLater, Tavrosk officials spoke.", "Tavrosk"},
      {"QUELMAR -- Voters stayed at home on Sunday, officials said.", "QUELMAR"},
  };
  for (const auto& c : cases) check_named(c.text, c.name, "GPE");
  // A company opening a line with a comma is no dateline's place.
  for (const auto& e : find_entities(doc_of("Zorvane, the valve maker, said on Monday it would close two plants.")))
    CHECK(e.type != "GPE");
}

TEST_CASE("A name after a word of a journey and 'to' is a place, unless something typed it otherwise", "[entities]") {
  check_named(std::vector<NamedRow>{
      {"After the floods the family fled to Velbrenna with nothing.", "Velbrenna", "GPE"},
      {"The minister flew to Ostmarrow on Tuesday for the talks.", "Ostmarrow", "GPE"},
      {"There are now daily flights to Quillane from the capital.", "Quillane", "GPE"},
      // A body's head word, a given name and an acronym keep their names' types.
      {"In 2010 she flew to Kessweld Holdings for the interview.", "Kessweld Holdings", "ORG"},
      {"She flew to Maria Velbrenna's wedding in May.", "Maria Velbrenna", "PERSON"},
      {"The engineers flew to KSTR headquarters on Monday.", "KSTR", "ORG"},
  });
  // "spoke to" is no journey, and "returned to" a career's as often: the default type stays.
  for (const char* text : {"The reporter spoke to Velbrenna about the plan.", "After a year away she returned to Velbrenna as its engineer."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    const Entity* e = named(es, "Velbrenna");
    CHECK((!e || e->type != "GPE"));
  }
}

// WordNet files islands, peninsulas, mountains and waters under objects, not locations: the
// open list takes their names as places all the same.
TEST_CASE("Names of natural features from the open lists are places, a person's name among them stays a person's", "[entities]") {
  auto es = find_entities(doc_of("The smugglers crossed the Cotswolds before reaching Ladoga. Lena Varga said "
                                 "travellers to Anatolia and the Aleutians were few."));
  for (const char* place : {"Cotswolds", "Ladoga", "Anatolia", "Aleutians"}) {
    INFO(place);
    const std::string type = type_of(es, place);
    CHECK((type == "LOC" || type == "GPE"));
  }
  CHECK(type_of(es, "Lena Varga") == "PERSON");
}

TEST_CASE("A name after 'the seat of' or before 'seat', 'constituency' or 'riding' is a place, and a party's label before 'seat' is not", "[entities]") {
  check_named(std::vector<NamedRow>{
      {"In 1983 he contested the seat of Tarnby Vale for the Labour Party and lost.", "Tarnby Vale", "GPE"},
      {"She won the Kessock seat in 1997.", "Kessock", "GPE"},
      {"She held the Drummore constituency until 2005.", "Drummore", "GPE"},
      {"Whitlow was elected for the Orrinford riding in 2004.", "Orrinford", "GPE"},
      {"He won the Labour seat of Brennock in 1950.", "Labour", "ORG"},
  });
}

TEST_CASE("A person's name after 'the seat of' or before 'seat' stays a person's", "[entities]") {
  for (const std::string text : {"She was named to fill the seat of Ann Lee, who retired in May.",
                                 "Reporters crowded round the Ann Lee seat at the hearing."})
    check_named(text, "Ann Lee", "PERSON");
}

TEST_CASE("A name before 'seat' or 'riding' that opens a thing's name with it keeps its type", "[entities]") {
  CHECK(type_named("The Tarnco seat belt recall covered 2,000 cars.", "Tarnco") == "ORG");
  CHECK(type_named("She runs the Velmora riding school near the coast.", "Velmora") == "ORG");
  CHECK(type_named("The Kessock seat fell to the Greens in 1997.", "Kessock") == "GPE");
  CHECK(type_named("The Kessock seat is a safe one.", "Kessock") == "GPE");
}
