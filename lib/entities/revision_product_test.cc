#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented makers and models: none is in the word lists or the gazetteer.
TEST_CASE("A name right before a noun of made things is a product and no entity", "[entities]") {
  const std::vector<std::string> texts = {
      "The airline will fly twelve Zephrane jets on its northern routes from next spring.",
      "Shops sold out of Quindlor phones within an hour of the launch on Tuesday.",
      "The frigate is driven by two Marbeck engines, the navy said in a statement.",
  };
  for (const auto& text : texts) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    CHECK_FALSE(with_alias(es, "Zephrane"));
    CHECK_FALSE(with_alias(es, "Quindlor"));
    CHECK_FALSE(with_alias(es, "Marbeck"));
  }
}

TEST_CASE("A name next to a model number is a product and no entity", "[entities]") {
  auto es = find_entities(doc_of("The carrier ordered ten more 440 Veltranos for its long routes. "
                                 "Its older Velmoric K7 planes will be retired by the end of the decade."));
  CHECK_FALSE(with_alias(es, "Veltranos"));
  CHECK_FALSE(with_alias(es, "Velmoric"));
}

TEST_CASE("A maker named on its own elsewhere stays an organisation beside its models", "[entities]") {
  auto es = find_entities(doc_of("Harrowgate Aerospace said on Monday that its Harrowgate 440 had flown. "
                                 "The carrier bought nine Harrowgate Aerospace 440 jets last year."));
  const Entity* maker = with_alias(es, "Harrowgate Aerospace");
  REQUIRE(maker);
  CHECK(maker->type == "ORG");
}

TEST_CASE("A year or an amount beside a name is no model number", "[entities]") {
  auto es = find_entities(doc_of("Last year Kelvara reported 2019 profits, and Kelvara sold 1,200 Dunmore shares. "
                                 "Dunmore 3.5 percent stakes are rare."));
  CHECK(with_alias(es, "Kelvara"));
  CHECK(with_alias(es, "Dunmore"));
}

TEST_CASE("A law or a place before a number keeps its entity", "[entities]") {
  auto es = find_entities(doc_of("Members invoked Article 5 of the treaty after the attack on Route 9 near Bramford 12 miles away."));
  CHECK(with_alias(es, "Bramford"));
}

TEST_CASE("A name ending in a facility's head word is a place", "[entities]") {
  auto es = find_entities(doc_of("The concert moved from the Dravenmoor Stadium to the Quillan Theatre on Friday, "
                                 "and the band stayed at the Ostrel Hotel."));
  for (const char* name : {"Dravenmoor Stadium", "Quillan Theatre", "Ostrel Hotel"}) {
    INFO(name);
    CHECK(type_with_alias(es, name) == "LOC");
  }
}

TEST_CASE("A ground named for its sponsor, with its head word before the town it stands in, is a place", "[entities]") {
  auto es = find_entities(doc_of("The final is played at Dravenmoor Stadium Leeds, and the semi-finals at the "
                                 "Quillan Arena Glasgow and at Ostrel Stadium New York."));
  for (const char* name : {"Dravenmoor Stadium Leeds", "Quillan Arena Glasgow", "Ostrel Stadium New York"}) {
    INFO(name);
    CHECK(type_with_alias(es, name) == "LOC");
  }
}

TEST_CASE("A plaza or a center named for what is done there is a place", "[entities]") {
  auto es = find_entities(doc_of("The rally met in Ostrane Plaza before moving to the Dravenmoor Convention Center, and "
                                 "the voters queued at the Velsk Civic Centre."));
  for (const char* name : {"Ostrane Plaza", "Dravenmoor Convention Center", "Velsk Civic Centre"}) {
    INFO(name);
    const std::string type = type_with_alias(es, name);
    CHECK((type == "LOC" || type == "GPE"));
  }
}

TEST_CASE("A center named for nothing done there stays a body", "[entities]") {
  auto es = find_entities(doc_of("Researchers at the Varnholt Center said the survey would be repeated."));
  CHECK(type_with_alias(es, "Varnholt Center") == "ORG");
}

TEST_CASE("A product's name after the article elsewhere is the product's too, not a firm's", "[entities]") {
  for (const char* text : {"Farmers bought 300 Brannock tractors this spring. The Brannock is easy to mend.",
                           "Farmers bought 300 Brannock tractors this spring. Few regret buying the Brannock.",
                           "Farmers bought 300 Brannock tractors this spring. Few regret buying the Brannock, which is cheap.",
                           "Farmers bought 300 Brannock tractors this spring. They call it \"the Brannock\" there.",
                           "Farmers bought 300 Brannock tractors this spring. Few regret buying one (the Brannock) there."}) {
    INFO(text);
    CHECK_FALSE(with_alias(find_entities(doc_of(text)), "Brannock"));
  }
  // Used as a subject alone it is the maker's; before a noun of its own ("the Quindlor
  // board"), a comma or a possessive it is no product's name either, and "a" names one of
  // a family as readily as one of a make.
  const auto subject = find_entities(doc_of("Shops sold out of Quindlor phones on Tuesday. Quindlor said more would follow."));
  const Entity* maker = with_alias(subject, "Quindlor");
  REQUIRE(maker);
  CHECK(maker->type == "ORG");
  for (const char* text : {"Shops sold out of Quindlor phones on Tuesday. The Quindlor board met on Friday.",
                           "Shops sold out of Quindlor phones on Tuesday. The Quindlor, a family firm, employs 900 people.",
                           "Shops sold out of Quindlor phones on Tuesday. The Quindlor's chief said sales rose.",
                           "Shops sold out of Quindlor phones on Tuesday. A Quindlor was elected mayor in May."}) {
    INFO(text);
    CHECK(with_alias(find_entities(doc_of(text)), "Quindlor"));
  }
}

TEST_CASE("A name ending in or before a version word is a product and no entity", "[entities]") {
  auto es = find_entities(doc_of("Users of Skyrel OS 9 reported crashes on Monday. The Quinpad Pro was delayed, "
                                 "and the Vormic Lite shipped late."));
  CHECK_FALSE(with_alias(es, "Skyrel OS"));
  CHECK_FALSE(with_alias(es, "Quinpad Pro"));
  CHECK_FALSE(with_alias(es, "Vormic"));
}

TEST_CASE("A name with a version word after its first word is a product and no entity", "[entities]") {
  auto es = find_entities(doc_of("Owners of the Skyrel OS Nimbus reported crashes, and the Quinpad Pro Duo sold out. "
                                 "Skyrel Labs said a fix was ready."));
  CHECK_FALSE(with_alias(es, "Skyrel OS Nimbus"));
  CHECK_FALSE(with_alias(es, "Quinpad Pro Duo"));
  // The maker named on its own stays an organisation.
  CHECK(type_with_alias(es, "Skyrel Labs") == "ORG");
  // A team's or an event's name with such a word before a word of the dictionary is no product.
  auto teams = find_entities(doc_of("Dalby Pro Cycling signed two riders, Tarnia Pro Wrestling held a show, and the "
                                     "Varrow Ultra Marathon was run past Dalby XL Stadium."));
  CHECK(type_with_alias(teams, "Dalby Pro Cycling") == "ORG");
  CHECK(with_alias(teams, "Tarnia Pro Wrestling"));
  CHECK(with_alias(teams, "Varrow Ultra Marathon"));
  CHECK(with_alias(teams, "Dalby XL Stadium"));
}

TEST_CASE("A plural name the document counts as things is a product and no entity", "[entities]") {
  auto counted = find_entities(doc_of("The carrier took two Vorlans last year, and more are due."));
  CHECK_FALSE(with_alias(counted, "Vorlans"));
  auto singular = find_entities(doc_of("The Vorlans were delivered in May, and a third Vorlan is due in June."));
  CHECK_FALSE(with_alias(singular, "Vorlans"));
  // Party members are counted people, not things.
  auto people = find_entities(doc_of("Senator Hale said that two Liberals joined the Conservatives, and the Liberals "
                                     "later apologised."));
  CHECK(with_alias(people, "Liberals"));
}

TEST_CASE("A product's name after its maker's possessive is the product too", "[entities]") {
  auto es = find_entities(doc_of("Velmora Systems reported strong sales on Tuesday. Velmora's Dravik went on sale in "
                                 "March, and buyers queued for the Dravik X2 in Lisbon."));
  CHECK_FALSE(with_alias(es, "Dravik"));
  const Entity* maker = with_alias(es, "Velmora");
  REQUIRE(maker);
  CHECK(maker->type == "ORG");
  // With no product context, the name after the possessive may be the firm's own firm.
  auto firm = find_entities(doc_of("Velmora Systems reported strong sales on Tuesday. Velmora's Dravik unit said "
                                   "it would hire staff."));
  CHECK(with_alias(firm, "Dravik"));
}

TEST_CASE("A name opened by a lake's or a river's word or ending in a road's or a cemetery's is a place", "[entities]") {
  auto es = find_entities(doc_of(
      "The town lies on the shores of Lake Tarvelle, where the River Ostrane meets it. He was buried in the "
      "Dunmarrow Cemetery and the Kellavy Expressway now runs past it."));
  for (const char* name : {"Lake Tarvelle", "River Ostrane", "Dunmarrow Cemetery", "Kellavy Expressway"}) {
    INFO(name);
    CHECK(type_with_alias(es, name) == "LOC");
  }
}

TEST_CASE("A name ending in a way's, a canal's or a natural feature's word is a place", "[entities]") {
  auto es = find_entities(doc_of(
      "Hikers walked the Kessin Ridge Trail for three days. Trucks now use the Harlan Tunnel to cross the hills. "
      "The shop stands on Quenby Road near the Tessel Canal. Tourists visited the Vardo Archipelago and the "
      "Kessin Glacier."));
  for (const char* name :
       {"Kessin Ridge Trail", "Harlan Tunnel", "Quenby Road", "Tessel Canal", "Vardo Archipelago", "Kessin Glacier"}) {
    INFO(name);
    CHECK(type_with_alias(es, name) == "LOC");
  }
}

TEST_CASE("A town of the open lists with a compass word before or after it is a place, no body", "[entities]") {
  auto es = find_entities(doc_of("She won the seat of Wakefield West by forty votes. The new bridge links West Swindon "
                                 "with the old town."));
  for (const char* name : {"Wakefield West", "West Swindon"}) {
    INFO(name);
    CHECK(type_with_alias(es, name) == "GPE");
  }
}

TEST_CASE("A town's name with an organisation's head among its qualifying words stays an organisation", "[entities]") {
  auto es = find_entities(doc_of("The Swindon Centre announced new exhibitions on Monday. Southern Union said profits rose, "
                                 "and the Centre Union won the vote."));
  for (const char* name : {"Swindon Centre", "Southern Union", "Centre Union"}) {
    INFO(name);
    CHECK(type_with_alias(es, name) == "ORG");
  }
}

TEST_CASE("A town's name with a qualifying word that is also a body's head is a district where no article precedes it", "[entities]") {
  auto es = find_entities(doc_of("She won the seat of Wakefield Centre by forty votes."));
  CHECK(type_with_alias(es, "Wakefield Centre") == "GPE");
}

TEST_CASE("A natural feature's word opening an organisation's name with its own head keeps the organisation", "[entities]") {
  auto es = find_entities(doc_of("Students at Lake Tarvelle College protested. The River Ostrane Bank closed two branches."));
  for (const char* name : {"Lake Tarvelle College", "River Ostrane Bank"}) {
    INFO(name);
    CHECK(type_with_alias(es, name) == "ORG");
  }
}

TEST_CASE("An acronym of a thing or a role, alone, is no organisation", "[entities]") {
  auto es = find_entities(doc_of(
      "Doctors at the Quarnel clinic said HIV cases fell after the LED screens went up. "
      "Three MEPs and an MP asked why the ATM in the lobby of Velmora Holdings was empty."));
  CHECK_FALSE(with_alias(es, "HIV"));
  CHECK_FALSE(with_alias(es, "LED"));
  CHECK_FALSE(with_alias(es, "MEPs"));
  CHECK_FALSE(with_alias(es, "ATM"));
  CHECK(with_alias(es, "Velmora Holdings"));
}

TEST_CASE("A disease's or a technology's name, alone, is no organisation, a river named after one is a place", "[entities]") {
  auto es = find_entities(doc_of(
      "Nurses at the Quarnel clinic said COVID and Ebola cases fell once the GPS trackers and the CCTV cameras "
      "were paid for by Velmora Holdings. The camp lies on the Ebola River."));
  CHECK(type_with_alias(es, "COVID").empty());
  CHECK(type_with_alias(es, "Ebola").empty());
  CHECK(type_with_alias(es, "GPS").empty());
  CHECK(type_with_alias(es, "CCTV").empty());
  CHECK(type_with_alias(es, "Velmora Holdings") == "ORG");
  CHECK(type_with_alias(es, "Ebola River") == "LOC");
}

TEST_CASE("An acronym of a thing that the text defines as an organisation's stays that organisation's", "[entities]") {
  auto es = find_entities(doc_of(
      "The Southern Arvel Revenue Service (SARS) said on Tuesday that SARS would audit the mines, and the Inland Rescue "
      "Committee (IRC) said the IRC camp was full. Doctors said COVID cases fell."));
  const Entity* tax = with_alias(es, "Southern Arvel Revenue Service");
  REQUIRE(tax);
  CHECK(tax->type == "ORG");
  CHECK(with_alias(es, "SARS") == tax);
  const Entity* aid = with_alias(es, "Inland Rescue Committee");
  REQUIRE(aid);
  CHECK(with_alias(es, "IRC") == aid);
  CHECK_FALSE(with_alias(es, "COVID"));
}

TEST_CASE("A licence's code after its acronym is no organisation; the acronym alone and parties' acronyms joined by hyphens may be one", "[entities]") {
  auto es = find_entities(doc_of(
      "The photos are shared under CC BY-SA 4.0 and the maps under CC-BY-NC-ND by Velmora Holdings. "
      "The US-UK talks went on, and CC said it welcomed them. The CDU-CSU-SPD coalition held."));
  CHECK(type_with_alias(es, "CC BY-SA").empty());
  CHECK(type_with_alias(es, "CC-BY-NC-ND").empty());
  CHECK(type_with_alias(es, "Velmora Holdings") == "ORG");
  CHECK(with_alias(es, "CC"));
  CHECK(type_with_alias(es, "CDU-CSU-SPD") == "ORG");
}

TEST_CASE("A place's opener makes a name of dictionary words a place", "[entities]") {
  auto es = find_entities(doc_of("Dockers in Port Alder walked out on Monday, and ferries to Mount Heather and "
                                 "across Lake Willow stopped."));
  struct Case {
    const char* name;
    const char* type;
  };
  for (const Case& c : {Case{"Port Alder", "GPE"}, Case{"Mount Heather", "LOC"}, Case{"Lake Willow", "LOC"}}) {
    INFO(c.name);
    const Entity* e = with_alias(es, c.name);
    REQUIRE(e);
    CHECK(e->type == std::string(c.type));
  }
}

TEST_CASE("A place's opener inside a longer name or before a head word names no place of its own", "[entities]") {
  auto es = find_entities(doc_of("The Port Authority said the ferries would run again on Monday."));
  auto hall = find_entities(doc_of("They met at the Grand Lake Cinema on Friday."));
  CHECK_FALSE(with_alias(hall, "Lake Cinema"));
  const Entity* authority = with_alias(es, "Port Authority");
  REQUIRE(authority);
  CHECK(authority->type == "ORG");
}

TEST_CASE("A lake's opener leaves a town of the place lists a town", "[entities]") {
  auto es = find_entities(doc_of("The mayor of Lake Charles said the refinery would reopen."));
  const Entity* town = with_alias(es, "Lake Charles");
  REQUIRE(town);
  CHECK(town->type == "GPE");
}

TEST_CASE("A place's acronym stays a place though it is also a thing's", "[entities]") {
  auto es = find_entities(doc_of("Wildfires forced thousands from their homes in BC this week. The HIV clinic stayed open."));
  CHECK(with_alias(es, "BC"));
  CHECK_FALSE(with_alias(es, "HIV"));
}

TEST_CASE("An era of the calendar after a number, or AD before one, is no name", "[entities]") {
  const std::string text =
      "Potters settled the Quarnel valley around 1400 BC, and the town walls went up in AD 64. "
      "A second wall followed in 280 BCE, and a temple in 40 CE.";
  auto es = find_entities(doc_of(text));
  for (const char* era : {"BC", "AD", "BCE", "CE"}) {
    INFO(era);
    CHECK_FALSE(with_alias(es, era));
  }
  for (const auto& e : es)
    for (const auto& m : e.mentions) CHECK(m.start != static_cast<int64_t>(text.find("1400 BC") + 5));
}

TEST_CASE("An era's word before a number that it never leads stays a name", "[entities]") {
  auto es = find_entities(doc_of("The premier said BC 2040 targets for clean power would be met."));
  CHECK(with_alias(es, "BC"));
}

TEST_CASE("An era's word that the text also uses alone stays a name beside a number", "[entities]") {
  const std::string text = "Wildfires in BC burned all summer. By 2040 BC will need twice as many crews, the premier said.";
  auto es = find_entities(doc_of(text));
  const Entity* province = with_alias(es, "BC");
  REQUIRE(province);
  const auto second = static_cast<int64_t>(text.find("2040 BC") + 5);
  bool found = false;
  for (const auto& m : province->mentions) found |= m.start == second;
  CHECK(found);
}

TEST_CASE("A function word in emphatic capitals inside a sentence is no name", "[entities]") {
  auto es = find_entities(doc_of(
      "The ferry to Tavoro will NOT run this winter, Orla Penhallow warned, and tickets are sold ONLY "
      "at the harbour."));
  CHECK_FALSE(with_alias(es, "NOT"));
  CHECK_FALSE(with_alias(es, "ONLY"));
  CHECK(with_alias(es, "Orla Penhallow"));
}

TEST_CASE("A function word or a contraction in a passage written in capitals is no name", "[entities]") {
  auto es = find_entities(doc_of(
      "Dear Anna,\n\nThe term starts soon, so get ready. PACK A COAT FOR THE TRAIN, AND I'M SURE you will be "
      "fine. I'M HOPING FOR THE GARDEN ROOM THIS YEAR, AND I think it is free. Tell Marta Olsen I said hello."));
  for (const char* word : {"THE", "FOR", "AND", "I'M"}) {
    INFO(word);
    CHECK_FALSE(with_alias(es, word));
  }
  CHECK(with_alias(es, "Marta Olsen"));
}

TEST_CASE("A word in a headline in capitals stays a name where the text uses it as an acronym, or as a dateline's state", "[entities]") {
  auto es = find_entities(doc_of("WHO WARNS OF NEW FEVER STRAIN\n\nThe World Health Organization (WHO) said on Monday that "
                                 "cases rose."));
  const Entity* who = with_alias(es, "WHO");
  REQUIRE(who);
  REQUIRE(who->mentions.size() == 3);  // the headline, the full name and its acronym
  CHECK(who->mentions[0].start == 0);
  auto dateline = find_entities(doc_of("SALEM, OR (AP) - Officials said the bridge will close for a week."));
  CHECK(with_alias(dateline, "OR"));
}

TEST_CASE("An acronym in capitals that is also a function word stays a name", "[entities]") {
  auto es = find_entities(doc_of("The survey was mailed to WHO on Friday, and farms in OR and ID grew."));
  CHECK(with_alias(es, "WHO"));
  CHECK(with_alias(es, "OR"));
}

TEST_CASE("A firm's name ending in the European company form SE is an organisation, not a product's edition", "[entities]") {
  auto es = find_entities(doc_of("Shares of Vellcorp SE rose after Quandle SE cut its forecast."));
  for (const char* name : {"Vellcorp SE", "Quandle SE"}) {
    INFO(name);
    const Entity* e = named(es, name);
    REQUIRE(e);
    CHECK(e->type == "ORG");
  }
}

// "iPod", "eReader": a range's word in small letters with a capital inside; the model after it
// is a product, as after a model number.
TEST_CASE("A capitalized word right after a product range's word in small letters names a model, no organisation", "[entities]") {
  for (const char* text : {"The vPad Zorvane comes in two colours, white and black.",
                           "The update works with the zReader Quellix and the older models."}) {
    INFO(text);
    auto es = find_entities(doc_of(text));
    for (const auto& e : es) CHECK(e.type != "ORG");
  }
}

TEST_CASE("A name joined by 'and' to a product's name before a noun of made things is a product too", "[entities]") {
  auto es = find_entities(doc_of("They replace the existing Brisco Tristar and Vellcorp VC-10 aircraft."));
  CHECK(es.empty());
  // A maker named alone elsewhere ("Kestrel said") stays an organisation.
  auto makers = find_entities(doc_of("Kestrel and Varnholt jets compete for the order. Kestrel said it would win."));
  CHECK(type_of(makers, "Kestrel") == "ORG");
}
