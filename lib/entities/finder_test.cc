#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "dossier/utf8.h"
#include "entities/lexicon.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

TEST_CASE("Gazetteer names are found with their canonical name, type and kb", "[entities]") {
  auto es = find_entities(doc_of("Officials in Moscow met NATO and the European Union."));
  const Entity* moscow = named(es, "Moscow");
  REQUIRE(moscow);
  CHECK(moscow->type == "GPE");
  CHECK(moscow->kb == std::optional<std::string>("Q649"));
  REQUIRE(named(es, "NATO"));
  CHECK(named(es, "NATO")->type == "ORG");
  REQUIRE(named(es, "European Union"));
}

TEST_CASE("Ids follow first mention and mentions are code-point spans", "[entities]") {
  std::string text = "Ärger in Russia – and then NATO, and Russia again.";
  auto es = find_entities(doc_of(text));
  REQUIRE(es.size() == 2);
  CHECK(es[0].id == "e1");
  CHECK(es[0].name == "Russia");
  CHECK(es[1].id == "e2");
  REQUIRE(es[0].mentions.size() == 2);
  CHECK(span_text(text, es[0].mentions[0]) == "Russia");
  CHECK(span_text(text, es[0].mentions[1]) == "Russia");
  CHECK(es[0].mentions[0].start == 9);
}

TEST_CASE("Titles are not part of person names", "[entities]") {
  struct Case {
    std::string text, name;
  };
  std::vector<Case> cases = {
      {"Foreign Minister Sergei Lavrov spoke.", "Sergei Lavrov"},
      {"It was said by Deputy Prime Minister Ivan Petrovsky on Monday.", "Ivan Petrovsky"},
      {"The ministry's spokesman Igor Lyakin-Frolov told reporters.", "Igor Lyakin-Frolov"},
      {"Then he met U.S. Vice President Joe Biden.", "Joe Biden"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto es = find_entities(doc_of(c.text));
    const Entity* e = named(es, c.name);
    REQUIRE(e);
    CHECK(e->type == "PERSON");
  }
}

TEST_CASE("A short form joins the full name of the same person", "[entities]") {
  auto es = find_entities(doc_of("Lavrov arrived. Sergei Lavrov then said Lavrov's plan stands."));
  const Entity* e = named(es, "Sergei Lavrov");
  REQUIRE(e);
  CHECK(e->mentions.size() == 3);
  CHECK(has_alias(*e, "Lavrov"));
  CHECK(es.size() == 1);
}

TEST_CASE("Unknown people are found by title cues and given names and their surnames resolve", "[entities]") {
  auto es = find_entities(doc_of(
      "Alexander Rahr, an expert with the German Council of Foreign Relations, said so. Rahr added more."));
  const Entity* rahr = named(es, "Alexander Rahr");
  REQUIRE(rahr);
  CHECK(rahr->type == "PERSON");
  CHECK(rahr->mentions.size() == 2);
  const Entity* council = named(es, "German Council on Foreign Relations");
  REQUIRE(council);
  CHECK(has_alias(*council, "German Council of Foreign Relations"));
}

TEST_CASE("Transliteration variants and swapped names are one person", "[entities]") {
  auto es = find_entities(doc_of("Sergey Lavrov met Fogh Anders Rasmussen. Sergei Lavrov left."));
  REQUIRE(named(es, "Sergei Lavrov"));
  CHECK(named(es, "Sergei Lavrov")->mentions.size() == 2);
  REQUIRE(named(es, "Anders Fogh Rasmussen"));
}

TEST_CASE("Near-miss spellings of a surname are one person", "[entities]") {
  auto es = find_entities(doc_of("Minister Kostas Papadakis spoke. Later Kostas Papadaki left."));
  int people = 0;
  for (const auto& e : es) people += e.type == "PERSON";
  CHECK(people == 1);
}

TEST_CASE("Head words type unknown names", "[entities]") {
  struct Case {
    std::string text, name, type;
  };
  std::vector<Case> cases = {
      {"The Georgian Foreign Ministry said so.", "Georgian Foreign Ministry", "ORG"},
      {"He spoke at the Baltic Energy Conference on Monday.", "Baltic Energy Conference", "EVENT"},
      {"They signed the Ostrava Transit Treaty in March.", "Ostrava Transit Treaty", "LAW"},
      {"Shares of Kalvex Motors fell.", "Kalvex Motors", "ORG"},
      {"She studied at the University of Tartu for years.", "University of Tartu", "ORG"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto es = find_entities(doc_of(c.text));
    const Entity* e = named(es, c.name);
    REQUIRE(e);
    CHECK(e->type == c.type);
  }
}

TEST_CASE("An acronym defined in the text joins its expansion", "[entities]") {
  auto es = find_entities(doc_of("The Baltic Maritime Council (BMC) met. Later the BMC agreed."));
  const Entity* e = named(es, "Baltic Maritime Council");
  REQUIRE(e);
  CHECK(has_alias(*e, "BMC"));
  CHECK(e->mentions.size() == 3);
  CHECK(es.size() == 1);
}

TEST_CASE("The acronym of a term is no entity", "[entities]") {
  auto es = find_entities(doc_of("Costs of maintenance, repair and overhaul (MRO) rose. MRO is big."));
  CHECK(es.empty());
}

TEST_CASE("US, U.S., USA and America are the United States", "[entities]") {
  auto es = find_entities(doc_of("The US and the U.S. and the USA and America agree."));
  REQUIRE(es.size() == 1);
  CHECK(es[0].name == "United States");
  CHECK(es[0].mentions.size() == 4);
}

TEST_CASE("Nationality adjectives and sentence-initial common words are not entities", "[entities]") {
  CHECK(find_entities(doc_of("Russian officials met. Western leaders agreed. The Europeans left.")).empty());
  CHECK(find_entities(doc_of("Officials said it. Yet analysts doubt it.")).empty());
}

TEST_CASE("Possessives are stripped and headlines do not make names of common words", "[entities]") {
  auto es = find_entities(doc_of("Lavrov to Push New Security Pact\n\nRussia's Lavrov spoke."));
  REQUIRE(es.size() == 2);
  CHECK(named(es, "Sergei Lavrov"));
  CHECK(named(es, "Russia")->aliases == std::vector<std::string>{"Russia"});
}

TEST_CASE("Metonyms keep their surface type and name whom they stand for", "[entities]") {
  auto es = find_entities(doc_of("The Kremlin and Washington disagree."));
  REQUIRE(named(es, "Kremlin"));
  CHECK(named(es, "Kremlin")->type == "ORG");
  CHECK(actor_of(*named(es, "Kremlin")) == "Russia");
  CHECK(actor_of(*named(es, "Washington")) == "United States");
}

TEST_CASE("A place named with its country keeps the pair as a surface form", "[entities]") {
  auto es = find_entities(doc_of("The plant in Zelbrook, Germany closed."));
  const Entity* e = named(es, "Zelbrook");
  REQUIRE(e);
  CHECK(e->type == "GPE");
  CHECK(has_alias(*e, "Zelbrook, Germany"));
}

TEST_CASE("Financial indices and model numbers are not entities", "[entities]") {
  CHECK(find_entities(doc_of("The Dow Jones Industrial Average and the FTSE fell.")).empty());
  auto es = find_entities(doc_of("The new Airbus A380 flew."));
  REQUIRE(es.size() == 1);
  CHECK(es[0].aliases == std::vector<std::string>{"Airbus"});
}

TEST_CASE("Empty text has no entities", "[entities]") { CHECK(find_entities(doc_of("")).empty()); }

TEST_CASE("Mentions of a document come out flat and in text order", "[entities]") {
  Document d = doc_of("NATO and Russia and NATO.");
  d.entities = find_entities(d);
  auto ms = mentions_of(d);
  REQUIRE(ms.size() == 3);
  CHECK(ms[0].text == "NATO");
  CHECK(ms[1].name == "Russia");
  CHECK(ms[2].entity == ms[0].entity);
  nlohmann::json j = ms[0];
  CHECK(j["doc"] == "t");
  CHECK(j["span"] == nlohmann::json::array({0, 4}));
}

TEST_CASE("An airline's flight number and a person's generational suffix are handled", "[entities]") {
  auto es = find_entities(doc_of("The crash of Zephyr Airways Flight 447 was studied by William Clay Fordham Jr. on Monday."));
  REQUIRE(named(es, "Zephyr Airways"));
  REQUIRE(named(es, "William Clay Fordham Jr."));
  CHECK(named(es, "William Clay Fordham Jr.")->type == "PERSON");
}

TEST_CASE("A common word the document only ever capitalizes is a name, even opening a sentence", "[entities]") {
  auto es = find_entities(doc_of("Orange have cut prices. Orange said sales rose. Analysts agree."));
  REQUIRE(named(es, "Orange"));
  CHECK(named(es, "Orange")->mentions.size() == 2);
  CHECK(find_entities(doc_of("Orange have cut prices. The orange juice was sold.")).empty());
}

TEST_CASE("Code-point spans are right after any mix of one- to four-byte characters", "[entities]") {
  // Offsets are counted 16, 8 and 1 bytes at a time: names land at every alignment after
  // text of multi-byte characters, and sentence starts (code points) are mapped back.
  const std::vector<std::string> fillers = {"é", "a", "€", "𝄞", "aé€𝄞 "};
  for (const auto& filler : fillers) {
    for (int count = 0; count < 40; ++count) {
      std::string pad;
      for (int k = 0; k < count; ++k) pad += filler;
      std::string text = pad + " met officials in Russia. NATO said so. " + pad + " and Russia.";
      Document d = doc_of(text);
      // Two sentences by code points, as segment would give them.
      int64_t second = static_cast<int64_t>(utf8::OffsetMap(text).to_cp(text.find("NATO")));
      d.sentences = {Span{0, second}, Span{second, static_cast<int64_t>(utf8::OffsetMap(text).to_cp(text.size()))}};
      auto es = find_entities(d);
      const Entity* russia = named(es, "Russia");
      INFO(filler << " x" << count);
      REQUIRE(russia);
      REQUIRE(russia->mentions.size() == 2);
      for (const auto& m : russia->mentions) CHECK(span_text(text, m) == "Russia");
      CHECK(named(es, "NATO") != nullptr);
    }
  }
}

TEST_CASE("Short forms join a full name by their folded words, whatever their case", "[entities]") {
  // The last word of a person's full name and the first word of an organisation's are
  // matched folded ("BAKOYANNIS", "LOCKHEED"); a near-miss spelling joins the person too.
  auto people = find_entities(doc_of(
      "Dora Bakoyannis spoke first. Then Dora Bakoyanni answered and BAKOYANNIS left, and Bakoyannis too."));
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "Dora Bakoyannis");
  CHECK(people[0].type == "PERSON");
  CHECK(people[0].mentions.size() == 4);
  CHECK(has_alias(people[0], "BAKOYANNIS"));
  CHECK(has_alias(people[0], "Dora Bakoyanni"));
  auto orgs = find_entities(doc_of("Lockheed Martin builds jets in Texas. LOCKHEED said on Monday that Lockheed would hire."));
  const Entity* lockheed = named(orgs, "Lockheed Martin");
  REQUIRE(lockheed);
  CHECK(lockheed->type == "ORG");
  CHECK(lockheed->mentions.size() == 3);
  CHECK(has_alias(*lockheed, "LOCKHEED"));
  CHECK(has_alias(*lockheed, "Lockheed"));
}

TEST_CASE("An acronym index maps each run of initials to the first name that has it", "[entities]") {
  // The names' initials: "OSCE Ministerial Council" -> "OSCEMC" (a word in capitals counts
  // whole), "European Space Agency" -> "ESA"; the index is built once per document, so each
  // acronym is one lookup rather than a comparison with every name.
  auto index = entities_detail::acronym_index({"OSCEMC", "", "ESA", "ESAB"}, 3);
  CHECK(index.at("MC") == 0);
  CHECK(index.at("CEM") == 0);
  CHECK(index.at("ESA") == 2);  // the first name with it
  CHECK(index.at("AB") == 3);
  CHECK(index.count("OSCE") == 0);  // longer than any acronym of the document
  // Linear in the names: at most LONGEST-1 runs start at each letter.
  CHECK(index.size() <= (6 + 3 + 4) * 2);
}

TEST_CASE("A name repeated thousands of times groups as one, near-miss spellings included", "[entities]") {
  // The near-miss test compares one mention of each distinct form, not every repeated one.
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "Dora Bakoyannis spoke. Dora Bakoyanni answered. The NDRC met. ";
  auto es = find_entities(doc_of(text));
  const Entity* dora = named(es, "Dora Bakoyannis");
  REQUIRE(dora);
  CHECK(dora->mentions.size() == 6000);
  CHECK(has_alias(*dora, "Dora Bakoyanni"));
}

TEST_CASE("A hyphenated given name keeps its lower-case part, an English suffix does not join", "[entities]") {
  auto es = find_entities(doc_of("Kim Dae-jung met Kim Jong-il in Pyongyang. The Cold War-era talks were NATO-led."));
  CHECK(named(es, "Kim Dae-jung"));
  CHECK(named(es, "Kim Jong-il"));
  for (const auto& e : es) {
    CHECK(e.name.find("-era") == std::string::npos);
    CHECK(e.name.find("-led") == std::string::npos);
  }
}

TEST_CASE("A name ends at an abbreviation that closes a sentence", "[entities]") {
  auto es = find_entities(doc_of("The envoy landed in Washington, D.C. The talks began at once."));
  for (const auto& e : es)
    for (const auto& a : e.aliases) CHECK(a.find("The") == std::string::npos);
}

TEST_CASE("Contracted pronouns are not names and do not open one", "[entities]") {
  auto es = find_entities(doc_of("I'm Isabel Ruiz, and I've lived here since May. We'll see what I'll do."));
  for (const char* word : {"I'm", "I've", "We'll", "I'll", "I'm Isabel Ruiz"}) CHECK_FALSE(named(es, word));
  REQUIRE(named(es, "Isabel Ruiz"));
}

TEST_CASE("A middle initial with its full stop stays inside the name", "[entities]") {
  auto es = find_entities(doc_of("The designer Jonathan M. Stan showed the plans to Teresa K. Mbeki on Monday."));
  REQUIRE(named(es, "Jonathan M. Stan"));
  CHECK(named(es, "Jonathan M. Stan")->type == "PERSON");
  CHECK(named(es, "Teresa K. Mbeki"));
  CHECK_FALSE(named(es, "Jonathan M"));
}

TEST_CASE("A word capitalized only where it opens a sentence is not a name", "[entities]") {
  auto es = find_entities(doc_of("Will the storm weaken?\n\nYes, it will. Specifically, the winds drop.\n\n"
                                 "Is the road open?\n\nYes. Specifically, the north lane is."));
  CHECK_FALSE(named(es, "Yes"));
  CHECK_FALSE(named(es, "Specifically"));
}

TEST_CASE("Caption labels and common abbreviations are not names", "[entities]") {
  auto es = find_entities(doc_of("The harbour at dawn. Image: Lena Kovacs.\n\nGrowth in GDP slowed, and her PhD "
                                 "studied DNA repair."));
  for (const char* word : {"Image", "GDP", "PhD", "DNA"}) CHECK_FALSE(named(es, word));
}

TEST_CASE("A title's complement is cut from the title holder's name", "[entities]") {
  auto es = find_entities(doc_of("Officials said Deputy Minister of Fisheries Carlos Wendt met them in Lisbon."));
  REQUIRE(named(es, "Carlos Wendt"));
  CHECK(named(es, "Carlos Wendt")->type == "PERSON");
  CHECK_FALSE(named(es, "Fisheries Carlos Wendt"));
  es = find_entities(doc_of("On Monday the Ambassador to the United States Kwame Boateng met reporters."));
  REQUIRE(named(es, "Kwame Boateng"));
  CHECK(named(es, "Kwame Boateng")->type == "PERSON");
  REQUIRE(named(es, "United States"));
  CHECK_FALSE(named(es, "United States Kwame Boateng"));
}

TEST_CASE("A person of a place or party is split from it, and a name after a party starts a person", "[entities]") {
  auto es = find_entities(doc_of("Later Ehud Barak of Israel spoke."));
  CHECK(named(es, "Ehud Barak"));
  CHECK(named(es, "Israel"));
  CHECK_FALSE(named(es, "Ehud Barak of Israel"));
  es = find_entities(doc_of("He beat the Liberal Party of Canada Alan Reid in 1990."));
  REQUIRE(named(es, "Alan Reid"));
  CHECK(named(es, "Alan Reid")->type == "PERSON");
  CHECK(named(es, "Liberal Party of Canada"));
  CHECK(named(find_entities(doc_of("The Bank of England raised rates.")), "Bank of England"));
}

TEST_CASE("Religions and their followers are not entities", "[entities]") {
  auto es = find_entities(doc_of("Muslims and Christians met in Cairo, where Islam and Judaism were discussed."));
  for (const char* word : {"Muslims", "Christians", "Islam", "Judaism"}) CHECK_FALSE(named(es, word));
  CHECK(named(es, "Cairo"));
}

TEST_CASE("Two names joined by a hyphen before a noun modify it and are no name", "[entities]") {
  auto es = find_entities(doc_of("The NATO-Russia talks and the Russian-Ukrainian war were discussed."));
  CHECK_FALSE(named(es, "NATO-Russia"));
  CHECK_FALSE(named(es, "Russian-Ukrainian"));
  CHECK(named(find_entities(doc_of("The NATO-Russia Council met on Monday.")), "NATO-Russia Council"));
}

TEST_CASE("Given names of the open lists make people and its cities and provinces make places", "[entities]") {
  // Neither name is in the gazetteer: "Ignatius" comes from the open given names, "Hobart"
  // and "Punjab" from the open place lists; an unknown name of neither stays an organisation.
  auto es = find_entities(doc_of("Yesterday Ignatius Quarrington visited Hobart and Punjab. Zorvex Holdings paid."));
  const Entity* person = named(es, "Ignatius Quarrington");
  REQUIRE(person);
  CHECK(person->type == "PERSON");
  for (const char* place : {"Hobart", "Punjab"}) {
    const Entity* e = named(es, place);
    REQUIRE(e);
    CHECK(e->type == "GPE");
  }
  const Entity* org = named(es, "Zorvex Holdings");
  REQUIRE(org);
  CHECK(org->type == "ORG");
}

TEST_CASE("A lone unknown word of the open surnames is a person, a company founder's name is not", "[entities]") {
  auto es = find_entities(doc_of("The memo was signed by Abernathy in the spring, and Renault agreed."));
  const Entity* person = named(es, "Abernathy");
  REQUIRE(person);
  CHECK(person->type == "PERSON");
  const Entity* company = named(es, "Renault");
  if (company) CHECK(company->type != "PERSON");
}

TEST_CASE("A lone given name is a person and St. opens a place's name", "[entities]") {
  auto es = find_entities(doc_of("We met Ignatius at the plant. The plant in St. Louis will close."));
  const Entity* person = named(es, "Ignatius");
  REQUIRE(person);
  CHECK(person->type == "PERSON");
  const Entity* place = named(es, "St. Louis");
  REQUIRE(place);
  CHECK(place->type == "GPE");
  CHECK_FALSE(named(es, "Louis"));
}

TEST_CASE("WordNet's instance names type unknown names, but never an acronym", "[entities]") {
  auto es = find_entities(doc_of("The letter quoted Solzhenitsyn at length. Traders from Mesopotamia came. NV agreed."));
  const Entity* writer = named(es, "Solzhenitsyn");
  REQUIRE(writer);
  CHECK(writer->type == "PERSON");
  const Entity* region = named(es, "Mesopotamia");
  REQUIRE(region);
  CHECK(region->type == "LOC");
  const Entity* acronym = named(es, "NV");
  if (acronym) CHECK(acronym->type == "ORG");
}

TEST_CASE("A name ending in a listed surname is a person unless a known proper noun opens it", "[entities]") {
  auto es = find_entities(doc_of("The memo was signed by Quorvath Abernathy in the spring, and Lockheed Martin agreed."));
  const Entity* person = named(es, "Quorvath Abernathy");
  REQUIRE(person);
  CHECK(person->type == "PERSON");
  const Entity* company = named(es, "Lockheed Martin");
  REQUIRE(company);
  CHECK(company->type == "ORG");
}

TEST_CASE("A given name alone joins the one full name of the document it opens", "[entities]") {
  auto es = find_entities(doc_of("We spoke with Ignatius Quarrington about his poems. Ignatius laughed. In Byron he found a model."));
  const Entity* person = named(es, "Ignatius Quarrington");
  REQUIRE(person);
  CHECK(person->mentions.size() == 2);
  CHECK_FALSE(named(es, "Ignatius"));
  CHECK_FALSE(named(es, "In Byron"));
}

TEST_CASE("A name whose head word is a political state's is a place", "[entities]") {
  auto es = find_entities(doc_of("Traders crossed the Kessar Empire and the Kingdom of Tavoro before winter."));
  for (const char* name : {"Kessar Empire", "Kingdom of Tavoro"}) {
    INFO(name);
    const Entity* e = named(es, name);
    REQUIRE(e);
    CHECK(e->type == "GPE");
  }
}

TEST_CASE("A nationality word opening an organisation's name is part of it, and alone is no entity", "[entities]") {
  auto es = find_entities(doc_of("A Kenyan Airways jet landed at dawn while Montenegrin officials waited."));
  const Entity* airline = named(es, "Kenyan Airways");
  REQUIRE(airline);
  CHECK(airline->type == "ORG");
  CHECK_FALSE(named(es, "Airways"));
  CHECK_FALSE(named(es, "Montenegrin"));
}

TEST_CASE("A Chinese province named without its designator is a place", "[entities]") {
  auto es = find_entities(doc_of("Heavy rain flooded farms across Guizhou and Jiangxi during the summer."));
  for (const char* name : {"Guizhou", "Jiangxi"}) {
    INFO(name);
    const Entity* e = named(es, name);
    REQUIRE(e);
    CHECK(e->type == "GPE");
  }
}

TEST_CASE("Abbreviated titles and ranks stay outside the name they precede", "[entities]") {
  auto es = find_entities(doc_of("The lecture by Prof Quorvath Abernathy ran late, and Capt. Ilsa Marrow left early."));
  for (const char* name : {"Quorvath Abernathy", "Ilsa Marrow"}) {
    INFO(name);
    const Entity* e = named(es, name);
    REQUIRE(e);
    CHECK(e->type == "PERSON");
  }
  CHECK_FALSE(named(es, "Prof Quorvath Abernathy"));
}
