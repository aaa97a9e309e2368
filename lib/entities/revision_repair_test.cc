#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented parties, peoples and schools: none is in the word lists or the gazetteer.
TEST_CASE("An organisation's name runs on over for the or of the after its head word", "[entities]") {
  auto es = find_entities(doc_of("In the spring vote the Party for the Brenmoor Valleys took four seats, "
                                 "and the Union of the Osterwald Cantons took two."));
  const Entity* party = with_alias(es, "Party for the Brenmoor Valleys");
  REQUIRE(party);
  CHECK(party->type == "ORG");
  const Entity* union_ = with_alias(es, "Union of the Osterwald Cantons");
  REQUIRE(union_);
  CHECK(union_->type == "ORG");
  CHECK_FALSE(with_alias(es, "Brenmoor Valleys"));
  CHECK_FALSE(with_alias(es, "Osterwald Cantons"));
}

TEST_CASE("A name after of the with no head word before it stays apart", "[entities]") {
  auto es = find_entities(doc_of("Most of the Brenmoor Valleys lie under snow until the end of April."));
  CHECK(with_alias(es, "Brenmoor Valleys"));
  for (const auto& e : es) CHECK(e.name.rfind("Most", 0) != 0);
}

TEST_CASE("Words of followers, peoples and schools are no organisations", "[entities]") {
  const std::vector<std::string> texts = {
      "Long before the bridge was built, the Vorskarians traded salt along the river.",
      "Her early essays were Quendalist in tone, though she later turned against the school.",
      "The abbey kept a library of Malvorese manuscripts that scholars still visit.",
      "In the capital, Brantellism lost ground to the reformers within a decade.",
  };
  for (const auto& text : texts) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    for (const auto& e : es) CHECK(e.type != "ORG");
  }
}

TEST_CASE("A publication named with the keeps a name ending like an adjective", "[entities]") {
  auto es = find_entities(doc_of("Readers of the Trevellian wrote in to complain. The Trevellian printed their letters."));
  CHECK(with_alias(es, "Trevellian"));
}

TEST_CASE("An organisation's own name after of the stays apart from the head word before it", "[entities]") {
  auto es = find_entities(doc_of("She sat on the Board of the Carrowmore Trust for a decade."));
  CHECK(with_alias(es, "Carrowmore Trust"));
  CHECK_FALSE(with_alias(es, "Board of the Carrowmore Trust"));
}

TEST_CASE("A common word opening an instruction is no name, however often it opens one", "[entities]") {
  const std::vector<std::string> texts = {
      "Warm the pan over a low flame. Stir the oats until they smell of toast.",
      "Whisk the eggs with the sugar. Whisk again before the butter goes in.",
      "Weigh what the parcel holds. Weigh it again at the depot.",
  };
  for (const auto& text : texts) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    CHECK(es.empty());
  }
}

TEST_CASE("A common word opening a sentence stays a name where the document capitalizes it", "[entities]") {
  auto es = find_entities(doc_of("Shares in Harbour rose on Monday. Harbour said sales had doubled."));
  CHECK(with_alias(es, "Harbour"));
}

TEST_CASE("A surname cut at its apostrophe is whole in the person's name", "[entities]") {
  for (const char* text : {"Fionnuala O' Dowrey said the bridge would reopen in May.",
                           "A letter from Fionnuala O' Dowrey reached the council in May."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    const Entity* mayor = with_alias(es, "Fionnuala O' Dowrey");
    REQUIRE(mayor);
    CHECK(mayor->type == "PERSON");
    CHECK_FALSE(with_alias(es, "Fionnuala O"));
  }
}

TEST_CASE("A party's label before a person's name is no part of the name", "[entities]") {
  auto es = find_entities(doc_of("In the county race, Republican Tamsin Oakhurst beat Democrat Rufus Brannagh by four points."));
  for (const char* name : {"Tamsin Oakhurst", "Rufus Brannagh"}) {
    INFO(name);
    const Entity* e = with_alias(es, name);
    REQUIRE(e);
    CHECK(e->type == "PERSON");
  }
  CHECK_FALSE(with_alias(es, "Republican Tamsin Oakhurst"));
}

TEST_CASE("A party's name opening with its label stays whole", "[entities]") {
  auto es = find_entities(doc_of("The Liberal Party of Eastmarch chose a new leader on Sunday."));
  const Entity* party = with_alias(es, "Liberal Party of Eastmarch");
  REQUIRE(party);
  CHECK(party->type == "ORG");
}

TEST_CASE("An organisation's name runs on over and into the dictionary words on its other side", "[entities]") {
  auto es = find_entities(doc_of("After the count, the Movement for Dignity and Progress said it would back the "
                                 "Rural Democratic and Labour Party in the Brenmoor assembly."));
  const Entity* movement = with_alias(es, "Movement for Dignity and Progress");
  REQUIRE(movement);
  CHECK(movement->type == "ORG");
  const Entity* party = with_alias(es, "Rural Democratic and Labour Party");
  REQUIRE(party);
  CHECK(party->type == "ORG");
  CHECK_FALSE(with_alias(es, "Movement for Dignity"));
  CHECK_FALSE(with_alias(es, "Labour Party"));
}

TEST_CASE("Two names joined by and stay two when the second is no run of dictionary words", "[entities]") {
  auto es = find_entities(doc_of("Later that week the University of Brenmoor and Osterwald Holdings signed the "
                                 "lease, and after a long delay the Ministry of Defence and NATO agreed on a date "
                                 "for the exercise."));
  CHECK(with_alias(es, "University of Brenmoor"));
  CHECK(with_alias(es, "Ministry of Defence"));
  CHECK(with_alias(es, "NATO"));
  for (const auto& e : es) CHECK(e.name.find(" and ") == std::string::npos);
}

TEST_CASE("A noun that labels a figure or a table before its number is no name", "[entities]") {
  auto es = find_entities(doc_of("As Figure 3 shows, the harvest grew. Table 2.1 lists the towns, and Fig. 4 maps them."));
  CHECK_FALSE(named(es, "Figure"));
  CHECK_FALSE(named(es, "Table"));
  CHECK_FALSE(named(es, "Fig"));
}

TEST_CASE("A known body's one-word name ending a longer name makes the whole name an organisation's", "[entities]") {
  auto es = find_entities(doc_of("Delegates of the Tavoro National Congress met the Kenyan Workers Congress.\n\n"
                                 "The bill went to the US Congress in May."));
  const Entity* tavoro = named(es, "Tavoro National Congress");
  REQUIRE(tavoro);
  CHECK(tavoro->type == "ORG");
  REQUIRE(named(es, "Kenyan Workers Congress"));
  const Entity* congress = named(es, "United States Congress");
  REQUIRE(congress);
  CHECK_FALSE(has_alias(*congress, "Congress"));
}

TEST_CASE("A name that takes an Arabic article after an unknown first word is a person's", "[entities]") {
  auto es = find_entities(doc_of("Police detained Zulaykha al-Tavori and Abd al-Rashim Quvar on Tuesday."));
  const Entity* zulaykha = named(es, "Zulaykha al-Tavori");
  REQUIRE(zulaykha);
  CHECK(zulaykha->type == "PERSON");
  const Entity* abd = named(es, "Abd al-Rashim Quvar");
  REQUIRE(abd);
  CHECK(abd->type == "PERSON");
}

TEST_CASE("A person's name or a party word before a known body does not make one organisation of them", "[entities]") {
  auto es = find_entities(doc_of("Marta Quelvin spoke first. Later, Quelvin Congress allies agreed.\n\n"
                                 "The Republican Congress passed it."));
  CHECK_FALSE(named(es, "Quelvin Congress"));
  CHECK_FALSE(named(es, "Republican Congress"));
  const Entity* marta = named(es, "Marta Quelvin");
  REQUIRE(marta);
  CHECK(marta->type == "PERSON");
}

TEST_CASE("An Arabic name of a group or a place is no person's", "[entities]") {
  auto es = find_entities(doc_of("Fighters of Jabhat al-Tarvin held the port of Ras al-Qumay, "
                                 "and the crossing at Bab al-Marwi stayed shut."));
  for (const char* name : {"Jabhat al-Tarvin", "Ras al-Qumay", "Bab al-Marwi"}) {
    INFO(name);
    const Entity* e = named(es, name);
    if (e) CHECK(e->type != "PERSON");
  }
}

TEST_CASE("A label noun at a sentence's end before a number stays a name", "[entities]") {
  auto es = find_entities(doc_of("Jimmy Page toured all summer. The tour was long, said Page. 3 shows were cancelled."));
  const Entity* page = with_alias(es, "Page");
  REQUIRE(page);
  CHECK(page->mentions.size() == 2);
}

TEST_CASE("A nationality word before a party's plural name is part of the party's name", "[entities]") {
  auto es = find_entities(doc_of("The bill passed with the votes of the Australian Greens and the Italian Radicals, "
                                 "while the Democrats abstained."));
  for (const char* name : {"Australian Greens", "Italian Radicals"}) {
    INFO(name);
    const Entity* e = named(es, name);
    REQUIRE(e);
    CHECK(e->type == "ORG");
  }
  CHECK_FALSE(named(es, "Greens"));
}

TEST_CASE("A party's label before a given name read as one organisation leaves a person's name", "[entities]") {
  auto es = find_entities(doc_of("In the 1997 vote, Harwick placed second to Liberal Lyle Quellet, with a fifth of the vote, "
                                 "and the Liberal Christian Party lost."));
  const Entity* person = named(es, "Lyle Quellet");
  REQUIRE(person);
  CHECK(person->type == "PERSON");
  CHECK_FALSE(named(es, "Liberal Lyle Quellet"));
  REQUIRE(named(es, "Liberal Christian Party"));
  CHECK(named(es, "Liberal Christian Party")->type == "ORG");
}

// Invented firms: none is in the word lists or the gazetteer.
TEST_CASE("Capitalized words either side of an ampersand are one organisation's name", "[entities]") {
  auto es = find_entities(doc_of("Shares of Harlow & Penwick rose on Tuesday. "
                                 "Quennell & Quennell said its profits doubled."));
  for (const char* name : {"Harlow & Penwick", "Quennell & Quennell"}) {
    INFO(name);
    const Entity* firm = with_alias(es, name);
    REQUIRE(firm);
    CHECK(firm->type == "ORG");
  }
  CHECK_FALSE(with_alias(es, "Harlow"));
  CHECK_FALSE(with_alias(es, "Penwick"));
  CHECK_FALSE(with_alias(es, "Quennell"));
}

TEST_CASE("A market index named for a firm with an ampersand is no entity", "[entities]") {
  auto es = find_entities(doc_of("The Brisco & Taft's 300 index fell 2 percent, and the Orme & Vell 50 rose."));
  for (const auto& e : es) {
    INFO(e.name);
    CHECK(e.name.find("Brisco") == std::string::npos);
    CHECK(e.name.find("Taft") == std::string::npos);
    CHECK(e.name.find("Orme") == std::string::npos);
    CHECK(e.name.find("Vell") == std::string::npos);
    CHECK(e.name != "300");  // a number alone names nothing
  }
}

TEST_CASE("A year or a count after a firm's possessive leaves the firm a firm", "[entities]") {
  auto es = find_entities(doc_of("Shares of Harlow & Penwick rose. Harlow & Penwick's 2031 forecast disappointed "
                                 "investors, and Orme & Vell's 300 stores will close."));
  const Entity* firm = with_alias(es, "Harlow & Penwick");
  REQUIRE(firm);
  CHECK(firm->mentions.size() == 2);
  CHECK(with_alias(es, "Orme & Vell"));
}

TEST_CASE("Two given names with an ampersand are two people, a founder with his sons a firm", "[entities]") {
  auto es = find_entities(doc_of("Harry & Anna visited the ward on Monday. Later, John Tarrow & Sons said it would "
                                 "build the new wing."));
  for (const auto& e : es) CHECK(e.name != "Harry & Anna");
  const Entity* firm = with_alias(es, "John Tarrow & Sons");
  REQUIRE(firm);
  CHECK(firm->type == "ORG");
}

TEST_CASE("An ampersand joins no title and no plain words opening a sentence", "[entities]") {
  auto es = find_entities(doc_of("Mr & Mrs Orlane Vesk met the mayor. Arts & Culture pages ran the story on Sunday. "
                                 "Please read our Terms & Conditions before you post."));
  for (const auto& e : es) {
    INFO(e.name);
    CHECK(e.name.find('&') == std::string::npos);
  }
}

TEST_CASE("Two authors cited with an ampersand stay two people", "[entities]") {
  auto es = find_entities(doc_of("Earlier work found the same effect (Dorrance & Velk, 2014; Amsel, 2016; Brisk & Holm 2011). "
                                 "Unlike Dorrance & Velk's study, ours used adults, as did Quarles & Ostby [7]."));
  for (const auto& e : es) {
    INFO(e.name);
    CHECK(e.name.find('&') == std::string::npos);
  }
}

TEST_CASE("A facility named with an ampersand is a place", "[entities]") {
  auto es = find_entities(doc_of("The launch was watched from the Harwell Sports & Leisure Stadium near the coast."));
  const Entity* centre = with_alias(es, "Harwell Sports & Leisure Stadium");
  REQUIRE(centre);
  CHECK(centre->type == "LOC");
}

TEST_CASE("A party's name opening with its head word takes in the capitalized words before it", "[entities]") {
  auto es = find_entities(doc_of(
      "Crowds cheered as the Radical Farmers Union of Kessar rally passed. Leaders of the Free "
      "People's League of Dorvan spoke after them."));
  CHECK(with_alias(es, "Radical Farmers Union of Kessar"));
  CHECK(with_alias(es, "Free People's League of Dorvan"));
  CHECK_FALSE(with_alias(es, "Union of Kessar"));
  CHECK_FALSE(with_alias(es, "League of Dorvan"));
}

TEST_CASE("A day, a month or a sentence's first word is no part of a party's name before its head", "[entities]") {
  auto es = find_entities(doc_of(
      "On Tuesday League of Dorvan delegates gathered in Kessar. Tomorrow League of Dorvan members vote. "
      "In March League of Dorvan leaders resigned."));
  for (const Entity& e : es) {
    for (const char* run : {"Tuesday League", "Tomorrow League", "March League"}) {
      INFO(e.name);
      CHECK(e.name.find(run) == std::string::npos);
    }
  }
  CHECK(with_alias(es, "League of Dorvan"));
}

TEST_CASE("A name ending in an award's, a plan's or a podcast's word is no entity", "[entities]") {
  auto es = find_entities(doc_of(
      "Corwin Ashdale won the Tessmer Prize in 2004 and later the Halvard Medal. His Varro Plan for the harbour "
      "was never built, and he now hosts the Ashdale Evenings Podcast."));
  for (const char* name : {"Tessmer Prize", "Halvard Medal", "Varro Plan", "Ashdale Evenings Podcast"}) {
    INFO(name);
    CHECK_FALSE(with_alias(es, name));
  }
  const Entity* person = with_alias(es, "Corwin Ashdale");
  REQUIRE(person);
  CHECK(person->type == "PERSON");
}

TEST_CASE("A policy's, a strategy's or a report's name is no organisation, a body named for a policy is one", "[entities]") {
  auto es = find_entities(doc_of(
      "The ministry published the National Orchard Policy Guidelines in May, replacing the Harlow Report and the "
      "Coastal Water Strategy. Its author, Mira Tolvane, once led the Office of Orchard Policy and the Forum for "
      "Rural Policy."));
  CHECK(type_with_alias(es, "National Orchard Policy Guidelines").empty());
  CHECK(type_with_alias(es, "Harlow Report").empty());
  CHECK(type_with_alias(es, "Coastal Water Strategy").empty());
  CHECK(type_with_alias(es, "Office of Orchard Policy") == "ORG");
  CHECK(type_with_alias(es, "Forum for Rural Policy") == "ORG");
}

TEST_CASE("The head word alone after a plan's full name is that plan, no organisation", "[entities]") {
  auto es = find_entities(doc_of("The Varro Plan was approved in May. Under the Plan, rents will be capped, and the Plan "
                                 "takes effect next year."));
  CHECK_FALSE(with_alias(es, "Varro Plan"));
  CHECK_FALSE(with_alias(es, "Plan"));
}

TEST_CASE("A sentence's first word no dictionary knows, before a verb in the past tense, is a name named once", "[entities]") {
  CHECK_FALSE(type_named("The seat fell vacant in the spring.\n\nOrvalle won it in the autumn by a wide margin.", "Orvalle").empty());
  CHECK_FALSE(type_named("The movement grew in the north.\n\nKessany founded it in a mill town in 1990.", "Kessany").empty());
}

TEST_CASE("A firm named once at a sentence's start before a verb in the past tense is not taken for a person", "[entities]") {
  CHECK(type_named("Shares moved little.\n\nQuorvex posted a loss for the quarter.", "Quorvex") != "PERSON");
}

TEST_CASE("A sentence's first word before a verb in the present tense, or ending in s, is no name on that evidence", "[entities]") {
  CHECK(type_named("The grain needs little water.\n\nQuorella is grown on terraces in the hills.", "Quorella").empty());
  CHECK(type_named("The vote was close.\n\nHarvestmakers voted against the plan.", "Harvestmakers").empty());
}

TEST_CASE("A sentence's first word with a capital inside, before a verb in the past tense, stays a brand", "[entities]") {
  CHECK(type_named("The market shrank last year.\n\nVellTech launched a cheaper phone in May.", "VellTech") == "ORG");
}

TEST_CASE("A genus's name before its species' epithet is no entity", "[entities]") {
  auto es = find_entities(doc_of("The team infected the ants with Vellomyces tarnensis, a fungus, and kept "
                                 "Quorrela fuscata in a second nest near Ostbridge."));
  CHECK(type_with_alias(es, "Vellomyces").empty());
  CHECK(type_with_alias(es, "Quorrela").empty());
}

TEST_CASE("A name before an English word in small letters is kept whatever the word's ending", "[entities]") {
  auto es = find_entities(doc_of("Officials said the Vellcorp area would open, and Vellcorp data showed growth."));
  CHECK(type_with_alias(es, "Vellcorp") == "ORG");
}

TEST_CASE("A holiday's name is a day of the calendar, no entity", "[entities]") {
  auto es = find_entities(doc_of("Sales at Vellcorp rose before the New Year, fell after Diwali and "
                                 "recovered by New Year’s Day and Labor Day."));
  for (const char* day : {"New Year", "Diwali", "Day", "Labor Day"}) {
    INFO(day);
    CHECK(type_with_alias(es, day).empty());
  }
  CHECK(type_with_alias(es, "Vellcorp") == "ORG");
}

TEST_CASE("A holiday's word inside a longer name leaves the name whole", "[entities]") {
  CHECK_FALSE(type_named("The Easter Rising began in Ostbridge, far from Christmas Island.", "Christmas Island").empty());
}
