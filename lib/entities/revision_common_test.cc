#include <algorithm>
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented people and places: none is in the word lists or the gazetteer.
TEST_CASE("A common word capitalized for weight inside a sentence is no organisation", "[entities]") {
  const std::vector<std::string> texts = {
      "Every volunteer at Orrinford swore the Pledge before the season began, and the Pledge, framed in oak, hangs in the hall.",
      "Mayor Tessaly Brandt said the harbour belongs to the Public and that the Public should decide its future.",
      "Did the ferry reach Vellmouth on time?\n\nIndeed, the ferry docked just after noon.",
  };
  for (const auto& text : texts) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    CHECK_FALSE(with_alias(es, "Pledge"));
    CHECK_FALSE(with_alias(es, "Public"));
    CHECK_FALSE(with_alias(es, "Indeed"));
  }
}

TEST_CASE("A common word capitalized for weight after a determiner is no person either", "[entities]") {
  auto es = find_entities(doc_of("He spoke to the Nation. She wrote to the Nation."));
  CHECK_FALSE(with_alias(es, "Nation"));
}

TEST_CASE("A lone common word the gazetteer knows as an organisation stays one after a determiner", "[entities]") {
  // "the Congress," has a determiner before it and ends its phrase: only its gazetteer entry
  // keeps it, while "the Pledge." in the same document goes.
  auto es = find_entities(doc_of("After a long night the bill went back to the Congress, where the vote was close, "
                                 "and every senator swore the Pledge."));
  const Entity* congress = with_alias(es, "Congress");
  REQUIRE(congress);
  CHECK(congress->type == "ORG");
  CHECK_FALSE(with_alias(es, "Pledge"));
}

TEST_CASE("A firm named by a common word before a lower-case noun stays a name", "[entities]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Welders at the Ford plant near Colbeck stopped work on Monday, and managers at the Ford depot met them.", "Ford"},
      {"Shoppers waited outside the Target store in Brindlemoor until noon, and a Target spokeswoman apologised.", "Target"},
      {"Members of the Greens gathered in Orrinford, and the Greens gained four seats while the Democrats won.", "Greens"},
  };
  for (const auto& [text, name] : cases) {
    INFO(text);
    CHECK(with_alias(find_entities(doc_of(text)), name));
  }
}

TEST_CASE("A capitalized determiner frames a common word as a lower-case one does, in either order", "[entities]") {
  const std::vector<std::string> texts = {
      "Volunteers met at Orrinford in spring. The Pledge of the club was read aloud, and each of them swore the Pledge.",
      "Each volunteer at Orrinford swore the Pledge. Later the Pledge of the club was read aloud. The Pledge, framed, hangs there.",
  };
  for (const auto& text : texts) {
    INFO(text);
    CHECK_FALSE(with_alias(find_entities(doc_of(text)), "Pledge"));
  }
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

TEST_CASE("A reading list names its authors whose given names are rare or whose surnames are towns too", "[entities]") {
  auto es = find_entities(doc_of("Three novels I lend to friends:\n\nChester, Margaret. The Orchard Ledger\n\n"
                                 "Varnhagen, Philippa. A Winter at Dunmere\n\nBrackwell, Jane. Salt and Ash\n"));
  for (const char* name : {"Chester, Margaret", "Varnhagen, Philippa", "Brackwell, Jane"}) {
    INFO(name);
    const Entity* e = with_alias(es, name);
    REQUIRE(e);
    CHECK(e->type == "PERSON");
  }
  CHECK_FALSE(with_alias(es, "Philippa"));
  for (const auto& e : es) CHECK(e.type != "GPE");
}

TEST_CASE("A line opening with an interjection, a comma and a given name names no author", "[entities]") {
  auto es = find_entities(doc_of("We asked whether the tide had turned.\n\nWell, Anna. It turned an hour ago.\n"
                                 "Yes, Peter. It did.\n"));
  CHECK_FALSE(with_alias(es, "Well, Anna"));
  CHECK_FALSE(with_alias(es, "Yes, Peter"));
}

TEST_CASE("A lone line of a surname, a comma and a given name outside a list is no inverted name", "[entities]") {
  auto es = find_entities(doc_of("Marcus, Anna. Come here, both of you.\n"));
  CHECK_FALSE(with_alias(es, "Marcus, Anna"));
}

TEST_CASE("A list of places written town, comma, state names no person", "[entities]") {
  for (const char* text : {"Places we toured:\n\nDunmore, Virginia.\nHalbrook, Georgia.\n",
                           "Georgia, Virginia and Carolina voted for the measure.\n"}) {
    INFO(text);
    // The places may take "Town, State" as an alias; no person may.
    for (const auto& e : find_entities(doc_of(text))) CHECK(e.type != "PERSON");
  }
}

TEST_CASE("A reading list of common surnames names each author whole", "[entities]") {
  auto es = find_entities(doc_of("Further reading\n\nSmith, Anna. Salt.\nBaker, Peter. Tides.\nGreen, Maria. Reeds.\n"));
  for (const char* name : {"Smith, Anna", "Baker, Peter", "Green, Maria"}) {
    INFO(name);
    const Entity* e = with_alias(es, name);
    REQUIRE(e);
    CHECK(e->type == "PERSON");
  }
}

TEST_CASE("A single inverted name under a reading heading names its author", "[entities]") {
  auto es = find_entities(doc_of("Our reading:\n\nVellacott, Anna. Dust.\n"));
  CHECK(with_alias(es, "Vellacott, Anna"));
}

TEST_CASE("An inverted name joined by and to a lower-case word is no list of authors", "[entities]") {
  auto es = find_entities(doc_of("Reading list\n\nHolloway, Anna and sons. A family history.\n"));
  CHECK_FALSE(with_alias(es, "Holloway, Anna"));
}

TEST_CASE("Capitalized common words inside a sentence that the tagger reads as a name are an organisation's name", "[entities]") {
  auto es = find_entities(doc_of("Ann Lee wrote this on Monday.\n\nVolunteers from Open Door Watch handed out leaflets."));
  const Entity* watch = with_alias(es, "Open Door Watch");
  REQUIRE(watch);
  CHECK(watch->type == "ORG");
}

TEST_CASE("A name of capitalized common words takes in the place named after its of", "[entities]") {
  auto es = find_entities(doc_of("Ann Lee wrote this on Monday.\n\nLater she joined the United Farmers of Tarn as an organiser."));
  const Entity* farmers = with_alias(es, "United Farmers of Tarn");
  REQUIRE(farmers);
  CHECK(farmers->type == "ORG");
  CHECK_FALSE(with_alias(es, "United Farmers"));
}

TEST_CASE("Capitalized common words that a possessive or a joining word carries on into more of a name are no name cut short", "[entities]") {
  for (const char* text : {"Members of the Working Mothers' Action League spoke at the hearing.",
                           "Volunteers from Young Women's Health Network handed out leaflets.",
                           "Members of the Young Friends of the Earth marched past."}) {
    INFO(text);
    auto es = find_entities(doc_of(std::string("Ann Lee wrote this on Monday.\n\n") + text));
    for (const char* cut : {"Working Mothers", "Young Women", "Young Friends"}) CHECK_FALSE(with_alias(es, cut));
  }
}

TEST_CASE("A day or a month after a name of capitalized common words dates it and is no more of the name", "[entities]") {
  const std::pair<const char*, const char*> cases[] = {
      {"The bill cleared the House of Commons on Monday.", "House of Commons"},
      {"Volunteers from Open Door Watch on Tuesday handed out leaflets.", "Open Door Watch"}};
  for (const auto& [text, name] : cases) {
    INFO(text);
    auto es = find_entities(doc_of(std::string("Ann Lee wrote this on Friday.\n\n") + text));
    CHECK(with_alias(es, name));
  }
}

TEST_CASE("A word that is never a name alone after of or for still carries a name of common words on", "[entities]") {
  // Only "on" dates a name: "Young Friends of Christmas" is one name this pass cannot follow.
  for (const char* text : {"Volunteers from Young Friends of Christmas handed out toys.",
                           "Members of the United Chapel of God met in the hall."}) {
    INFO(text);
    auto es = find_entities(doc_of(std::string("Ann Lee wrote this on Friday.\n\n") + text));
    CHECK_FALSE(with_alias(es, "Young Friends"));
    CHECK_FALSE(with_alias(es, "United Chapel"));
  }
}

TEST_CASE("A title of capitalized common words is no organisation's name", "[entities]") {
  auto es = find_entities(doc_of("Ann Lee wrote this on Monday.\n\nHe met the Prime Minister on Tuesday and left."));
  CHECK_FALSE(with_alias(es, "Prime Minister"));
}

TEST_CASE("A word that opens sentences as an adverb in half its uses is not a name", "[entities]") {
  auto es = find_entities(doc_of("The pilots asked for more time. Further, the crews were tired.\n\n"
                                 "Further talks are planned for the spring."));
  CHECK_FALSE(named(es, "Further"));
  auto orange = find_entities(doc_of("Orange have cut prices. Orange said sales rose. Orange, it said, grew."));
  CHECK(named(orange, "Orange"));
}

TEST_CASE("A company set off by an apposition or a list at a sentence's start stays a name", "[entities]") {
  auto es = find_entities(doc_of("Bramble, the ride-hailing firm, raised fares. Bramble also hired drivers."));
  CHECK(named(es, "Bramble"));
  es = find_entities(doc_of("Compass, Vellcorp and Brisco raised prices. Compass expects demand to hold."));
  CHECK(named(es, "Compass"));
}

TEST_CASE("A word that opens sentences and once takes a verb of saying or a possessive is a name", "[entities]") {
  auto es = find_entities(doc_of("Chase banking customers were locked out. Chase said it had fixed the fault."));
  CHECK(std::any_of(es.begin(), es.end(), [](const Entity& e) { return e.name == "Chase" && e.type == "ORG"; }));
  // A preposition after it is no such use: "Overall in March" is still the adverb.
  es = find_entities(doc_of("Overall, sales rose. Overall, costs fell. Overall in March the index rose."));
  CHECK_FALSE(named(es, "Overall"));
}

TEST_CASE("An imperative before a verb in -ing opens an instruction, not a name", "[entities]") {
  auto es = find_entities(doc_of("Sow the seeds in March. Keep watering the trays each morning.\n\n"
                                 "Keep watering until the soil is dark. Stop adding salt then."));
  CHECK_FALSE(named(es, "Keep"));
}

TEST_CASE("A word of an adjective's form before a lower-case noun is no name", "[entities]") {
  auto es = find_entities(doc_of(
      "The Hegelian reading of history is out of date, yet the Marlovian tradition lives on. "
      "They met the Afro-Cuban drummers at the harbour."));
  CHECK_FALSE(named(es, "Hegelian"));
  CHECK_FALSE(named(es, "Marlovian"));
  CHECK_FALSE(named(es, "Afro-Cuban"));
  auto people = find_entities(doc_of("The clinic hired Fabian Orlov in May. Fabian said the wards were full."));
  CHECK(with_alias(people, "Fabian Orlov"));
}

TEST_CASE("A first name or surname of an adjective's form before a noun is still the person", "[entities]") {
  // A given name of the open lists, and the last word of a name given in full before.
  auto es = find_entities(doc_of("Damian Oyelaran visited the school. Damian spent an hour with the pupils."));
  const Entity* e = with_alias(es, "Damian Oyelaran");
  REQUIRE(e);
  CHECK(e->mentions.size() == 2);
  es = find_entities(doc_of("Lucas Vartanian was named chair in March, and Vartanian takes over in May."));
  e = with_alias(es, "Lucas Vartanian");
  REQUIRE(e);
  CHECK(e->mentions.size() == 2);
  // A given name of that form that names nobody here is the adjective.
  es = find_entities(doc_of("The Gregorian calendar replaced it. Gregorian dates are standard now."));
  CHECK_FALSE(named(es, "Gregorian"));
}

TEST_CASE("A common word capitalized inside a sentence right before a verb of saying is a name", "[entities]") {
  for (const char* text : {"Shares rose in Tarnwick. The carmaker Harbour said on Monday it would close two plants.",
                           "The ferry was late again, the operator Lantern told reporters at the pier."}) {
    INFO(text);
    const auto es = find_entities(doc_of(text));
    CHECK((with_alias(es, "Harbour") || with_alias(es, "Lantern")));
  }
  // Before any other verb, the same word alone stays out: nothing else names with it.
  CHECK_FALSE(with_alias(find_entities(doc_of("Shares rose in Tarnwick. The carmaker Harbour closed two plants.")), "Harbour"));
}

TEST_CASE("A role capitalized after a determiner, a possessive or a mark before a verb of saying is no name", "[entities]") {
  for (const char* text : {"Shares rose in Tarnwick. The Defendant told the jury he had been at home.",
                           "Shares rose in Tarnwick. His Mother said the boy had been unwell.",
                           "Shares rose in Tarnwick. The plan, Witnesses said, was never put to a vote."}) {
    INFO(text);
    const auto es = find_entities(doc_of(text));
    CHECK_FALSE((with_alias(es, "Defendant") || with_alias(es, "Mother") || with_alias(es, "Witnesses")));
  }
}

TEST_CASE("A common word capitalized after our or this is a common noun, not a name", "[entities]") {
  auto es = find_entities(doc_of(
      "Tonight I speak to the Homeland about taxes. Our Homeland is ready to act, and our Framers wanted a "
      "fair system, as our Framers intended. The wishes of this Homeland must guide us."));
  CHECK_FALSE(with_alias(es, "Homeland"));
  CHECK_FALSE(with_alias(es, "Framers"));
}

TEST_CASE("A heading's capitals are no evidence that a common word is a name", "[entities]") {
  auto es = find_entities(doc_of(
      "A Walk by the Harbour Today\n\nWe walked along the Harbour. Later we swam near the Harbour, and the "
      "boats left the Harbour at noon."));
  CHECK_FALSE(with_alias(es, "Harbour"));
}

TEST_CASE("A name after our that goes on with a capitalized word stays a name", "[entities]") {
  auto es = find_entities(doc_of("Members of our Harbour Rowing Club met on Tuesday to plan the regatta."));
  CHECK(with_alias(es, "Harbour Rowing Club"));
}

TEST_CASE("A word of an adjective's ending in -ic or -ist before a noun names no organisation", "[entities]") {
  auto es = find_entities(doc_of(
      "The Tarvonic peoples settled the valley, and the Ostrelist movement grew among the weavers of the town."));
  CHECK_FALSE(with_alias(es, "Tarvonic"));
  CHECK_FALSE(with_alias(es, "Ostrelist"));
}

TEST_CASE("A surname in -ist named after a title stays the person's before a verb", "[entities]") {
  auto es = find_entities(doc_of(
      "She studied under Professor Tarquist in the north, and Tarquist wrote the foreword to her first book."));
  const Entity* p = with_alias(es, "Tarquist");
  REQUIRE(p);
  CHECK(p->mentions.size() == 2);
}
