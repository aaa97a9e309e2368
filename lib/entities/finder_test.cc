#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "dossier/utf8.h"
#include "entities/lexicon.h"
#include "entities/tagger.h"
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

TEST_CASE("Head words type unknown names", "[entities]") {
  check_named(std::vector<NamedRow>{
      {"The Georgian Foreign Ministry said so.", "Georgian Foreign Ministry", "ORG"},
      {"He spoke at the Baltic Energy Conference on Monday.", "Baltic Energy Conference", "EVENT"},
      {"They signed the Ostrava Transit Treaty in March.", "Ostrava Transit Treaty", "LAW"},
      {"Shares of Kalvex Motors fell.", "Kalvex Motors", "ORG"},
      {"She studied at the University of Tartu for years.", "University of Tartu", "ORG"},
      {"It joined the American Farmers Forum in May.", "American Farmers Forum", "ORG"},
      {"The Kessary Chamber Orchestra played in Riga.", "Kessary Chamber Orchestra", "ORG"},
      {"He led the Northern Farmers Caucus for a decade.", "Northern Farmers Caucus", "ORG"},
      // A firm's last word ("Robotics", "Ports", "Foods") and a chamber of trade.
      {"The deal with Velmar Robotics was signed on Monday.", "Velmar Robotics", "ORG"},
      {"Dockers at Quell Ports walked out.", "Quell Ports", "ORG"},
      {"Ostby Foods said its profits doubled.", "Ostby Foods", "ORG"},
      {"Officials from the Chamber of Commerce met the mayor.", "Chamber of Commerce", "ORG"},
      // A community of states and an international of parties or campaigners.
      {"The Veldran Economic Community was founded in 1961.", "Veldran Economic Community", "ORG"},
      {"He joined the Ostrava International in 1938.", "Ostrava International", "ORG"},
  });
}

TEST_CASE("Names of wars, revolts, campaigns and battles are events, not organisations", "[entities]") {
  struct Case {
    std::string text, name;
  };
  std::vector<Case> cases = {
      {"Veterans of the Tarvesh Campaign gathered in the square.", "Tarvesh Campaign"},
      {"The Kolvane Revolt was put down within a month.", "Kolvane Revolt"},
      {"Historians still argue about the Battle of Merrowick.", "Battle of Merrowick"},
      {"He wrote a book on the Drennal Uprising and its leaders.", "Drennal Uprising"},
      {"The Siege of Ostravel lasted two winters.", "Siege of Ostravel"},
  };
  for (const auto& c : cases) check_named(c.text, c.name, "EVENT");
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

TEST_CASE("Countries listed with commas are no place qualified by the next", "[entities]") {
  const auto es = find_entities(doc_of("Talks in Egypt, Syria and Jordan ended."));
  const Entity* e = named(es, "Egypt");
  REQUIRE(e);
  CHECK_FALSE(has_alias(*e, "Egypt, Syria"));
  CHECK(named(es, "Syria"));
}

TEST_CASE("Towns listed with commas are no place qualified by the next", "[entities]") {
  const auto es = find_entities(doc_of("It has branches in Fredericton, Montreal, Ottawa and Toronto."));
  for (const char* town : {"Fredericton", "Montreal", "Ottawa"}) {
    INFO(town);
    const Entity* e = named(es, town);
    REQUIRE(e);
    CHECK(e->aliases.size() == 1);
  }
}

TEST_CASE("A town named with its country keeps the pair though a list goes on after it", "[entities]") {
  const auto es = find_entities(doc_of("She lived in Zelbrook, Germany and Brussels, then in Orlen, Arizona, USA."));
  const Entity* z = named(es, "Zelbrook");
  REQUIRE(z);
  CHECK(has_alias(*z, "Zelbrook, Germany"));
  const Entity* o = named(es, "Orlen");
  REQUIRE(o);
  CHECK(has_alias(*o, "Orlen, Arizona"));
}

TEST_CASE("Towns each with the state that qualifies it keep their pairs when listed together", "[entities]") {
  const auto two = find_entities(doc_of("She lived in Zelbrook, Oregon, and Orlen, Maine."));
  for (const char* pair : {"Zelbrook, Oregon", "Orlen, Maine"}) {
    INFO(pair);
    CHECK(with_alias(two, pair));
  }
  const auto three = find_entities(doc_of("He worked in Varsk, Ohio, Tamberley, Oregon and Quillan, Maine."));
  for (const char* pair : {"Varsk, Ohio", "Tamberley, Oregon", "Quillan, Maine"}) {
    INFO(pair);
    CHECK(with_alias(three, pair));
  }
  const auto towns = find_entities(doc_of("It has branches in Leeds, Manchester, Liverpool, Newcastle and Hull."));
  for (const char* town : {"Leeds", "Manchester", "Liverpool", "Newcastle"}) {
    INFO(town);
    const Entity* e = named(towns, town);
    REQUIRE(e);
    CHECK(e->aliases.size() == 1);
  }
}

TEST_CASE("A word spelt the British way is a dictionary word as its American spelling is", "[entities]") {
  const auto& lex = entities_detail::Lexicon::get();
  for (const char* w : {"defence", "organisation", "labour", "programme", "Defence"}) CHECK(lex.common_word(w));
  CHECK(type_named("He joined the Tarn Defence and Space Company in May.", "Tarn Defence and Space Company") == "ORG");
}

TEST_CASE("'And' between two capitalized dictionary words before a company's head word is inside the name", "[entities]") {
  CHECK(type_named("He joined the Vellan Oil and Gas Company in May.", "Vellan Oil and Gas Company") == "ORG");
  // A person and a firm joined by "and" stay two names.
  const auto es = find_entities(doc_of("Ann Hale and Tarn Company agreed."));
  CHECK(type_with_alias(es, "Ann Hale") == "PERSON");
  CHECK(named(es, "Tarn Company"));
}

TEST_CASE("Financial indices and model numbers are not entities", "[entities]") {
  CHECK(find_entities(doc_of("The Dow Jones Industrial Average and the FTSE fell.")).empty());
  CHECK(find_entities(doc_of("The Standard and Poor's 500 index lost 26 points.")).empty());
  // The maker named only inside the product's name is no entity either (revision_product_test.cc).
  CHECK(find_entities(doc_of("The new Marrowind Q12 took off.")).empty());
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

TEST_CASE("An acronym joins the name it abbreviates in a short document as in a long one", "[entities]") {
  // A short document's names are searched for the acronym; a long one's are indexed (more
  // than 2 KB of initials): the acronym finds the same name either way.
  const std::string name = "Velland Harbour Authority";
  for (int copies : {1, 800}) {
    std::string text;
    for (int i = 0; i < copies; ++i) text += "Boats waited while the " + name + " met. ";
    text += "Later the VHA said the quay would open.";
    INFO(copies);
    auto es = find_entities(doc_of(text));
    const Entity* authority = with_alias(es, name);
    REQUIRE(authority);
    CHECK(has_alias(*authority, "VHA"));
  }
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

TEST_CASE("A city only GeoNames lists is a place, not an organisation", "[entities]") {
  // "Manitowoc" is in no list of the tz database or ISO 3166-2, nor in WordNet.
  auto es = find_entities(doc_of("The ferry to Manitowoc was cancelled because of the storm."));
  const Entity* e = named(es, "Manitowoc");
  REQUIRE(e);
  CHECK(e->type == "GPE");
}

TEST_CASE("A name WordNet gives both as a country and as an older realm is a place", "[entities]") {
  CHECK(type_named("Persia and Tarvos signed the pact.", "Persia") == "GPE");
}

TEST_CASE("A city the open lists write without its accents is a place written with them", "[entities]") {
  // The lists have "Poznan" and "Malmo"; news writes "Poznań" and "Malmö".
  auto es = find_entities(doc_of("The ferry reached Malm\u00F6 late at night, and the train went on to Pozna\u0144 by night."));
  for (const char* city : {"Malm\u00F6", "Pozna\u0144"}) {
    const Entity* e = named(es, city);
    REQUIRE(e);
    CHECK(e->type == "GPE");
  }
}

TEST_CASE("A person's name with accents stays a person's though a place is listed without them", "[entities]") {
  // "Cesar" is a town of the lists; "C\u00E9sar" an open given name.
  auto es = find_entities(doc_of("C\u00E9sar Tovalda told reporters the plan had failed. C\u00E9sar said so twice."));
  const Entity* e = with_alias(es, "C\u00E9sar Tovalda");
  REQUIRE(e);
  CHECK(e->type == "PERSON");
}

TEST_CASE("A name only GeoNames lists as a town is an organisation when it speaks", "[entities]") {
  // Many towns share a company's name; a town speaks through its council, a company itself.
  auto es = find_entities(doc_of("The crane maker Manitowoc said on Monday that orders fell."));
  const Entity* e = named(es, "Manitowoc");
  REQUIRE(e);
  CHECK(e->type == "ORG");
}

TEST_CASE("A known place inside a longer name types it by its head word or its qualifiers", "[entities]") {
  check_named(std::vector<NamedRow>{
      {"In 1807 the emperor created the Duchy of Warsaw from the lands he took.", "Duchy of Warsaw", "GPE"},
      {"The Bank of Canada raised its rate again.", "Bank of Canada", "ORG"},
      {"She won the seat of Ottawa West in the election.", "Ottawa West", "GPE"},
      {"Flooding hit South Manitowoc and the lake shore.", "South Manitowoc", "GPE"},
      {"He flew Air Canada to the coast.", "Air Canada", "ORG"},
  });
}

TEST_CASE("A single unknown name after in, near, outside or from is a place", "[entities]") {
  // "Quarvelle" and "Tessindor" are in no list; after these prepositions they are places.
  auto es = find_entities(doc_of("The trucks left from Quarvelle at noon and were stopped near Tessindor before dusk."));
  for (const char* name : {"Quarvelle", "Tessindor"}) {
    INFO(name);
    const Entity* e = named(es, name);
    REQUIRE(e);
    CHECK(e->type == "GPE");
  }
}

TEST_CASE("A name merged around a known place that the place lists know whole is that place", "[entities]") {
  for (const char* text : {"Heavy rain fell across New South Wales on Monday.", "He lives in New South Wales now."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    const Entity* e = named(es, "New South Wales");
    REQUIRE(e);
    CHECK(e->type == "GPE");
  }
}

TEST_CASE("An organisation's name keeps a connector and an article after its head word", "[entities]") {
  struct Case {
    std::string text, name;
  };
  std::vector<Case> cases = {
      {"Volunteers from the Alliance for a Fairer Tariff knocked on doors.", "Alliance for a Fairer Tariff"},
      {"Officials of the Ministry of the Coast spoke on Monday.", "Ministry of the Coast"},
      {"She chaired the League for the Northern Valleys until 2004.", "League for the Northern Valleys"},
  };
  for (const auto& c : cases) check_named(c.text, c.name, "ORG");
  // No head word before the article: the capitalised words after it stand alone.
  auto es = find_entities(doc_of("She was born in Tarvona for a Norwegian family."));
  CHECK_FALSE(named(es, "Tarvona for a Norwegian"));
  es = find_entities(doc_of("He campaigned in Tarvona for a Fairer Senate."));
  CHECK_FALSE(named(es, "Tarvona for a Fairer Senate"));
  // A title after the article is a person's office, not part of the name.
  es = find_entities(doc_of("Letters went to the Office of the Mayor of Tarvona on Friday."));
  CHECK_FALSE(named(es, "Office of the"));
  CHECK_FALSE(named(es, "Office of the Mayor of Tarvona"));
}

TEST_CASE("A demonym or a religion's word before a head word and a place opens the name", "[entities]") {
  for (const char* name : {"Christian Coalition of Norway", "Muslim Council of Scotland", "Estonian Society of Canada"}) {
    const std::string text = std::string("She led the ") + name + " for six years.";
    INFO(text);
    auto es = find_entities(doc_of(text));
    const Entity* e = named(es, name);
    REQUIRE(e);
    CHECK(e->type == "ORG");
  }
}

TEST_CASE("A firm's full legal name and its short name are one entity", "[entities]") {
  struct Case {
    std::string text, full, short_name;
  };
  std::vector<Case> cases = {
      {"Shares of Harwell Brightmoor Group PLC rose on Friday. Harwell Brightmoor said its profits doubled.",
       "Harwell Brightmoor Group PLC", "Harwell Brightmoor"},
      {"The Tessaly Mining Corporation bought a mine in Chile. A year later, Tessaly Mining sold it to Quorvel.",
       "Tessaly Mining Corporation", "Tessaly Mining"},
      {"Orvane Kessler Holdings Ltd. filed for bankruptcy. Creditors of Orvane Kessler were angry.",
       "Orvane Kessler Holdings Ltd", "Orvane Kessler"},
      {"Calder Tessin Group PLC reported a loss. Calder Tessin Group said it would cut jobs.", "Calder Tessin Group PLC",
       "Calder Tessin Group"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto es = find_entities(doc_of(c.text));
    const Entity* full = nullptr;
    const Entity* short_one = nullptr;
    for (const auto& e : es)
      for (const auto& a : e.aliases) {
        if (a == c.full) full = &e;
        if (a == c.short_name) short_one = &e;
      }
    REQUIRE(full);
    REQUIRE(short_one);
    CHECK(full == short_one);
    CHECK(full->type == "ORG");
  }
}

TEST_CASE("A firm named after its founder does not take the founder's surname", "[entities]") {
  for (const char* text : {"Anna Kessvik founded Kessvik Group in 1990. Kessvik said on Monday that she would retire.",
                           "Fighters of the Marnov Group entered the town. Richard Marnov wrote operas. Marnov died in Venice."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    for (const auto& e : es) {
      bool person = false, firm = false;
      for (const auto& a : e.aliases) {
        person = person || a == "Anna Kessvik" || a == "Richard Marnov";
        firm = firm || a == "Kessvik Group" || a == "Marnov Group";
      }
      CHECK_FALSE((person && firm));
      if (person) CHECK(e.type == "PERSON");
    }
  }
}

TEST_CASE("A firm named after a place stays apart from the place", "[entities]") {
  auto es = find_entities(doc_of("Virginia Holdings said on Monday that it would build a plant in Virginia."));
  const Entity* state = named(es, "Virginia");
  REQUIRE(state);
  CHECK(state->type == "GPE");
  for (const auto& a : state->aliases) CHECK(a != "Virginia Holdings");
}

TEST_CASE("A national body named with its country and then without it is one entity", "[entities]") {
  auto es = find_entities(doc_of("The Canadian minister praised the Canada Coast Guard on Monday. "
                                 "Officials said the Coast Guard had saved four sailors near the harbour."));
  const Entity* full = nullptr;
  for (const auto& e : es)
    if (has_alias(e, "Canada Coast Guard")) full = &e;
  REQUIRE(full);
  CHECK(has_alias(*full, "Coast Guard"));
  CHECK(full->type == "ORG");
}

TEST_CASE("A body's bare name used by two countries in one document joins neither", "[entities]") {
  auto es = find_entities(doc_of("Both the Canada Coast Guard and the Norway Coast Guard sent ships. "
                                 "The Coast Guard of each country said little."));
  bool canada = false, norway = false;
  for (const auto& e : es) {
    canada = canada || has_alias(e, "Canada Coast Guard");
    norway = norway || has_alias(e, "Norway Coast Guard");
    if (has_alias(e, "Canada Coast Guard")) CHECK(!has_alias(e, "Norway Coast Guard"));
    if (has_alias(e, "Coast Guard")) CHECK((!has_alias(e, "Canada Coast Guard") && !has_alias(e, "Norway Coast Guard")));
  }
  REQUIRE(canada);
  REQUIRE(norway);
}

TEST_CASE("A party named with its country stays apart from the bare party name", "[entities]") {
  auto es = find_entities(doc_of("The Canada Reform Party won three seats. In Tarvia the Reform Party lost."));
  bool found = false;
  for (const auto& e : es)
    if (has_alias(e, "Canada Reform Party")) {
      found = true;
      CHECK(!has_alias(e, "Reform Party"));
    }
  REQUIRE(found);
}

TEST_CASE("A front, league or movement named with its country stays apart from its bare name", "[entities]") {
  struct Case {
    std::string text, full, bare;
  };
  std::vector<Case> cases = {
      {"The Canada Unity Front won three seats in the spring. In Tarvia the Unity Front lost every seat.",
       "Canada Unity Front", "Unity Front"},
      {"The Norway Farmers League met on Monday. Across the border the Farmers League stayed home.",
       "Norway Farmers League", "Farmers League"},
      {"The Canada Green Movement held a rally. Abroad the Green Movement is larger.", "Canada Green Movement",
       "Green Movement"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto es = find_entities(doc_of(c.text));
    bool full = false, bare = false;
    for (const auto& e : es) {
      full = full || has_alias(e, c.full);
      bare = bare || has_alias(e, c.bare);
      if (has_alias(e, c.full)) CHECK(!has_alias(e, c.bare));
    }
    REQUIRE(full);
    REQUIRE(bare);
  }
}

TEST_CASE("The tagger's review holds the tagger to its model's margins, the compiled-in ones unless set", "[entities]") {
  using namespace dossier::entities_detail;
  const Document d = doc_of("The council met on Monday.\n\nLindqvist has stated that she supports the plan.");
  const TaggerModel& shipped = TaggerModel::builtin();
  REQUIRE(!shipped.empty());
  TaggerModel unsure = shipped;
  // A copy of the weights keeps the compiled-in margins, and finds what find_entities() finds.
  auto same = find_entities_with(d, Gazetteer::builtin(), unsure);
  auto plain = find_entities(d);
  REQUIRE(same.size() == plain.size());
  for (size_t k = 0; k < same.size(); ++k) CHECK((same[k].name == plain[k].name && same[k].type == plain[k].type));
  const Entity* retyped = named(plain, "Lindqvist");
  REQUIRE(retyped);
  CHECK(retyped->type == "PERSON");
  // Margins out of the tagger's reach: it retypes, adds and drops nothing.
  unsure.set_margins({1e9f, 1e9f, 1e9f, 1e9f});
  auto es = find_entities_with(d, Gazetteer::builtin(), unsure);
  const Entity* kept = named(es, "Lindqvist");
  CHECK((!kept || kept->type != "PERSON"));
}

TEST_CASE("An article joined by a hyphen opens an organisation's name that ends in a head word", "[entities]") {
  auto es = find_entities(doc_of("Fighters of the al-Tarsheen Front took the town, and the al-Maroun Brigade withdrew."));
  CHECK(type_with_alias(es, "al-Tarsheen Front") == "ORG");
  CHECK(type_with_alias(es, "al-Maroun Brigade") == "ORG");
  for (const auto& e : es)
    for (const auto& a : e.aliases) CHECK(a[0] != '-');
}

TEST_CASE("An Arabic article other than al joined by a hyphen opens a body's name too", "[entities]") {
  auto es = find_entities(doc_of("Members of the el-Maroun Party met leaders of the ash-Tarsheen Brigade."));
  CHECK(type_with_alias(es, "el-Maroun Party") == "ORG");
  CHECK(type_with_alias(es, "ash-Tarsheen Brigade") == "ORG");
}

TEST_CASE("A legislature named by its head word alone after the is an organisation, other heads alone are not", "[entities]") {
  const std::vector<std::string> bodies = {
      "The bill cleared the Senate on Tuesday after a long debate.",
      "Ministers will put the budget to the Parliament next week.",
      "The motion was carried in the Assembly by four votes.",
      "The bill passed after the Cabinet met in emergency session on Friday.",
  };
  for (const auto& text : bodies) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    REQUIRE(es.size() == 1);
    CHECK(es[0].type == "ORG");
  }
  for (const std::string text : {"The Council met again on Friday.", "Delegates left the Party in protest."}) {
    INFO(text);
    CHECK(find_entities(doc_of(text)).empty());
  }
}

TEST_CASE("A legislature's head word alone is no name when the article before it ends the line above", "[entities]") {
  // The head word is used alone elsewhere ("Assembly members"), so the line's first word is
  // read as a name: "the" and the head word on one line make it the legislature, a line
  // break between them does not.
  const std::string after = " by four votes. Assembly members cheered.";
  CHECK(with_alias(find_entities(doc_of("Delegates carried the motion in the Assembly" + after)), "Assembly"));
  CHECK_FALSE(with_alias(find_entities(doc_of("Delegates carried the motion in the\nAssembly" + after)), "Assembly"));
}

TEST_CASE("A legislature named in full and then by its head word alone is one entity", "[entities]") {
  for (const std::string full : {"Norland Senate", "United States Senate"}) {
    auto es = find_entities(doc_of("The " + full + " met on Monday. Two days later the Senate passed the bill."));
    INFO(full);
    const Entity* e = with_alias(es, full);
    REQUIRE(e);
    CHECK(has_alias(*e, "Senate"));
    CHECK(es.size() == 1);
  }
  // A longer name opening with the head word is another body: "the Senate" does not join it.
  for (const std::string text : {"The Norland Senate Armed Services Committee met. Later the Senate voted.",
                                 "The Cabinet Office issued guidance before the Cabinet met on Friday."}) {
    INFO(text);
    auto found = find_entities(doc_of(text));
    const Entity* alone = with_alias(found, text[4] == 'N' ? "Senate" : "Cabinet");
    REQUIRE(alone);
    CHECK(alone->aliases.size() == 1);
  }
  // Two senates: the one meant is not known.
  auto es = find_entities(doc_of("The Norland Senate and the Ostria Senate met. Later the Senate passed the bill."));
  const Entity* e = with_alias(es, "Senate");
  REQUIRE(e);
  CHECK(e->aliases.size() == 1);
}

TEST_CASE("The Earth is a place", "[entities]") {
  for (const std::string text : {"Life on Earth began early.", "The probe took pictures of the Earth from afar."}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), "Earth") == "LOC");
  }
}

TEST_CASE("Religious, civic and courtly titles before a name are not part of it", "[entities]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"The talks were led by Bishop Tavin Orrek in the capital.", "Tavin Orrek"},
      {"Rabbi Elsa Marrow spoke at the vigil.", "Elsa Marrow"},
      {"City Comptroller Dana Quillby announced the audit.", "Dana Quillby"},
      {"Assemblywoman Rita Venholm voted against the bill.", "Rita Venholm"},
      {"The envoy met Crown Prince Aldric Torvane on Monday.", "Aldric Torvane"},
  };
  for (const auto& [text, person] : cases) {
    INFO(text);
    CHECK(type_named(text, person) == "PERSON");
  }
}

TEST_CASE("A one-word title right after a given name, with no name after it, is the surname", "[entities]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Marta Bishop said the talks would resume.", "Marta Bishop"},
      {"The envoy thanked Foreign Minister Marta Bishop warmly.", "Marta Bishop"},
      {"Oskar King wrote to the committee.", "Oskar King"},
      {"The delegates met Anna Pastor on Monday.", "Anna Pastor"},
  };
  for (const auto& [text, person] : cases) {
    INFO(text);
    CHECK(type_named(text, person) == "PERSON");
  }
  // Before a name the word is still its title; after two free words it names no one.
  auto es = find_entities(doc_of("The talks were led by Bishop Tavin Orrek."));
  CHECK(named(es, "Tavin Orrek"));
  es = find_entities(doc_of("They backed the Ellen Grant Justice in Mining Act in May."));
  CHECK_FALSE(named(es, "Ellen Grant Justice"));
}

TEST_CASE("A title word ending a person's name WordNet knows is the surname after two free words", "[entities]") {
  CHECK(type_named("The trophy was won by Billie Jean King.", "Billie Jean King") == "PERSON");
  CHECK(type_named("Billie Jean King spoke in Leeds.", "Billie Jean King") == "PERSON");
}

TEST_CASE("A name's hyphenated last part in lower case stays with it before a full stop or a comma", "[entities]") {
  for (const std::string text : {"The delegation met Chairman Ri Song-hwan.", "They thanked Ri Song-hwan, the envoy, at length."}) {
    INFO(text);
    CHECK(type_named(text, "Ri Song-hwan") == "PERSON");
  }
}

TEST_CASE("Initials written as one token after a given name stay inside the person's name", "[entities]") {
  CHECK(type_named("The award went to Edmund R.J. Haverly last year.", "Edmund R.J. Haverly") == "PERSON");
  // Not after a place: "Paris U.S. embassy" is no person.
  auto places = find_entities(doc_of("Staff at the Paris U.S. embassy left."));
  CHECK_FALSE(with_alias(places, "Paris U.S."));
}

TEST_CASE("An airline named Air and a place is an organisation at a sentence's start too", "[entities]") {
  for (const std::string text : {"Air Canada ordered twenty jets.", "He flew Air Canada to Toronto."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    CHECK(type_with_alias(es, "Air Canada") == "ORG");
    CHECK_FALSE(with_alias(es, "Canada"));
  }
  // Another common word at the start is no part of the place's name.
  auto es = find_entities(doc_of("Meanwhile Canada ordered twenty jets."));
  CHECK(type_with_alias(es, "Canada") == "GPE");
}

TEST_CASE("A number opening a sentence before a body's name and a plural counts the plural and is no part of the name", "[entities]") {
  auto es = find_entities(doc_of("Four Velmar Transport Ministry officials resigned on Monday."));
  CHECK(named(es, "Velmar Transport Ministry"));
  CHECK_FALSE(with_alias(es, "Four Velmar Transport Ministry"));
  // Before a verb the number is the name's own.
  auto own = find_entities(doc_of("Seven Oaks Council is in session."));
  CHECK(named(own, "Seven Oaks Council"));
  // A place's name keeps its number before a plural too.
  CHECK(type_named("Ten Orrin Street officials left the building.", "Ten Orrin Street") == "LOC");
}

TEST_CASE("A number opening a sentence before a plural of the name's own is part of the name", "[entities]") {
  auto es = find_entities(doc_of("Seven Oaks Council members voted on Friday."));
  CHECK(named(es, "Seven Oaks Council"));
  CHECK_FALSE(with_alias(es, "Oaks Council"));
}

TEST_CASE("The Arabic article written apart in lower case opens the name after it", "[entities]") {
  for (const std::string text : {"The cell is linked to al Tarsheen in the north.", "Fighters of al Tarsheen attacked the town."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    CHECK(named(es, "al Tarsheen"));
    CHECK_FALSE(named(es, "Tarsheen"));
  }
  // "et al." opens nothing.
  CHECK(find_entities(doc_of("The study by Brenner et al. was cited.")).size() <= 1);
}

TEST_CASE("The 'al' of 'et al' opens no name, written without its full stop before a capitalized word", "[entities]") {
  auto es = find_entities(doc_of("The method follows Brenner et al Velmar Press closely."));
  CHECK_FALSE(with_alias(es, "al Velmar Press"));
  CHECK_FALSE(with_alias(es, "al Velmar"));
}

TEST_CASE("A name in apposition to a role written in lower case is a person's", "[entities]") {
  // Short names no list knows, which the tagger alone would leave to an organisation.
  for (const std::string text : {"Norland's prime minister, Suko Ran, spoke to officials.",
                                 "The firm's chief executive, Bao Tan, resigned on Monday."}) {
    INFO(text);
    CHECK(type_named(text, text[0] == 'N' ? "Suko Ran" : "Bao Tan") == "PERSON");
  }
  // A known place after the role's comma stays a place.
  CHECK(type_with_alias(find_entities(doc_of("He met the minister, Britain and France agreed later.")), "Britain") == "GPE");
}

TEST_CASE("A role that no article or possessive makes someone's takes no name in apposition", "[entities]") {
  // "market leader": a firm leads a market; "the firm's chief executive" is someone.
  CHECK(type_named("The market leader, Tarnia, cut its prices again.", "Tarnia") != "PERSON");
  CHECK(type_named("The firm's chief executive, Bao Tan, resigned on Monday.", "Bao Tan") == "PERSON");
}

TEST_CASE("A name after a role and a comma that the sentence goes on past is in no apposition", "[entities]") {
  for (const std::string text : {"In general, Velmar has done well this year.",
                                 "He met the minister, Velmar and Norland agreed later.",
                                 "According to an official, Velmar troops crossed the border."}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), "Velmar") != "PERSON");
  }
}

TEST_CASE("A venue's name that ends in its town stays no person's when the town is named alone", "[entities]") {
  const auto es = find_entities(doc_of("The final was played at Korvath Arena Sendai. Fans in Sendai cheered."));
  CHECK(type_named("The final was played at Korvath Arena Sendai. Fans in Sendai cheered.", "Korvath Arena Sendai") != "PERSON");
  CHECK(type_with_alias(es, "Sendai") == "GPE");
}

TEST_CASE("A name used alone by its last word is still a person's", "[entities]") {
  CHECK(type_named("Tom Varnell spoke first. Later Varnell said no.", "Tom Varnell") == "PERSON");
}
