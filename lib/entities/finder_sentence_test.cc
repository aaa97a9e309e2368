// Where sentences start and what capitals mean there: a word capitalized by its place
// (a sentence opener, a headline, a caption label) is no name; one the document only ever
// capitalizes is; a sentence may end after an abbreviation.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

TEST_CASE("Nationality adjectives and sentence-initial common words are not entities", "[entities]") {
  CHECK(find_entities(doc_of("Russian officials met. Western leaders agreed. The Europeans left.")).empty());
  CHECK(find_entities(doc_of("Officials said it. Yet analysts doubt it.")).empty());
}

TEST_CASE("Possessives are stripped and headlines do not make names of common words", "[entities]") {
  auto es = find_entities(doc_of("Lavrov Seeks Fresh Talks On Grain Exports\n\nRussia's Lavrov later confirmed it."));
  REQUIRE(es.size() == 2);
  CHECK(named(es, "Sergei Lavrov"));
  CHECK(named(es, "Russia")->aliases == std::vector<std::string>{"Russia"});
}

TEST_CASE("A common word the document only ever capitalizes is a name, even opening a sentence", "[entities]") {
  auto es = find_entities(doc_of("Orange have cut prices. Orange said sales rose. Analysts agree."));
  REQUIRE(named(es, "Orange"));
  CHECK(named(es, "Orange")->mentions.size() == 2);
  CHECK(find_entities(doc_of("Orange have cut prices. The orange juice was sold.")).empty());
}

TEST_CASE("A word no dictionary knows opening a sentence before a verb of saying is a name", "[entities]") {
  const auto es = find_entities(doc_of("The deal was signed on Monday in the capital. Velmora said it was pleased."));
  REQUIRE(named(es, "Velmora"));
  CHECK(named(es, "Velmora")->mentions.size() == 1);
  // A common word opening a sentence before one is not.
  CHECK(find_entities(doc_of("The deal was signed on Monday. Officials said it was good.")).empty());
}

TEST_CASE("A plural-looking word no dictionary knows opening a sentence before a verb of saying is no name on that alone", "[entities]") {
  for (const char* text : {"The vote was put off again. Policymakers said the bill would wait.",
                           "The ruling came late on Friday. Stakeholders said they would appeal."})
    CHECK(find_entities(doc_of(text)).empty());
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

TEST_CASE("Contracted pronouns with a curly apostrophe are not names either", "[entities]") {
  auto es = find_entities(doc_of("We\u2019ll wait for the ferry, and You\u2019ve seen Marta Colvane there. "
                                 "They\u2019d left before Marta Colvane arrived."));
  for (const char* word : {"We\u2019ll", "You\u2019ve", "They\u2019d", "You\u2019ve seen Marta Colvane"}) CHECK_FALSE(named(es, word));
  REQUIRE(named(es, "Marta Colvane"));
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

TEST_CASE("A participle that only ever opens a clause is not a name", "[entities]") {
  auto es = find_entities(doc_of("Looking at the figures, the board sighed. Looking ahead, it sees losses.\n\n"
                                 "Turning to trade, exports fell. Turning inward, the mills closed."));
  CHECK_FALSE(named(es, "Looking"));
  CHECK_FALSE(named(es, "Turning"));
  auto named_ing = find_entities(doc_of("Rowing Holdings cut jobs. Rowing said sales fell. Rowing is based in Leeds."));
  CHECK(named(named_ing, "Rowing Holdings"));
}

TEST_CASE("A full stop after a middle initial ends no sentence in a record without sentences", "[entities]") {
  auto es = find_entities(doc_of("The memo was signed by Ellis H. W. Brown on Friday, and by Tomas R. Marsh later."));
  CHECK(with_alias(es, "Ellis H. W. Brown"));
  CHECK(with_alias(es, "Tomas R. Marsh"));
}

TEST_CASE("A day's adverb opening a sentence is no part of the name after it", "[entities]") {
  auto es = find_entities(doc_of("Yesterday Brannock Holdings said profits rose. Tonight Kessler Motors reports.\n\n"
                                 "Earlier Alvarro Freight cut jobs, and the story ran in USA Today."));
  CHECK(named(es, "Brannock Holdings"));
  CHECK(named(es, "Kessler Motors"));
  CHECK(named(es, "Alvarro Freight"));
  for (const auto& e : es)
    for (const auto& a : e.aliases)
      for (const char* word : {"Yesterday", "Tonight", "Earlier"}) CHECK(a.find(word) == std::string::npos);
  // Inside a name such a word stays its own.
  CHECK(named(es, "USA Today"));
  CHECK(with_alias(find_entities(doc_of("She hosted the Tonight Show with Tavrin Hale.")), "Tonight Show"));
}

TEST_CASE("A name of capitalized parts joined by a hyphen is a name opening a sentence too", "[entities]") {
  auto es = find_entities(doc_of("Prices rose in the spring.\n\nVarnow-Keller cut two hundred jobs on Monday. "
                                 "Al-Tarsheen claimed the attack, officials said."));
  CHECK(type_with_alias(es, "Varnow-Keller") == "ORG");
  CHECK(with_alias(es, "Al-Tarsheen"));
  // A compound of a capitalized word and a lower-case one is a word of the sentence.
  auto plain = find_entities(doc_of("Prices rose in the spring.\n\nLong-term rates fell. Self-driving cars sold well."));
  CHECK_FALSE(with_alias(plain, "Long-term"));
  CHECK_FALSE(with_alias(plain, "Self-driving"));
  // Nor is a prefix's or a combining form's compound, or one ending in an acronym or a dictionary word.
  auto words = find_entities(doc_of("Prices rose in the spring.\n\nNon-EU citizens need a visa. Pro-Tarnian parties won. "
                                    "Anglo-Saxon law was taught. Crisis-Era rules were lifted. Post-NATO plans were drawn."));
  for (const char* word : {"Non-EU", "Pro-Tarnian", "Anglo-Saxon", "Crisis-Era", "Post-NATO"}) {
    INFO(word);
    CHECK_FALSE(with_alias(words, word));
  }
}

TEST_CASE("A sentence's common first word before more capitalized common words of a body's name is the name's", "[entities]") {
  // After a bracket, which may open a sentence, and at a sentence's start.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Two groups (Concerned Farmers of Ohio and a union) wrote to him.", "Concerned Farmers of Ohio"},
      {"Concerned Farmers of Ohio said the plan was wrong.", "Concerned Farmers of Ohio"},
      {"Five charities (Vigilant Citizens Norway among them) signed it.", "Vigilant Citizens Norway"}};
  for (const auto& [text, name] : cases) {
    INFO(text);
    CHECK(type_named(text, name) == "ORG");
  }
  // Not a role before a person's name and place.
  const auto es = find_entities(doc_of("Incumbent Senator Tom Varnell of Ohio ran again."));
  CHECK(type_with_alias(es, "Tom Varnell") == "PERSON");
  CHECK(type_with_alias(es, "Ohio") == "GPE");
  CHECK(type_with_alias(find_entities(doc_of("Meanwhile South Korea voted.")), "South Korea") == "GPE");
}

TEST_CASE("A sentence's first word before a word of party affiliation opens no body's name", "[entities]") {
  const auto es = find_entities(doc_of("Former Labour MP Varnell spoke on Tuesday."));
  CHECK(type_with_alias(es, "Former Labour").empty());
  CHECK(type_with_alias(es, "Varnell") == "PERSON");
}

TEST_CASE("A word of a person's standing opening a sentence is no part of the body's name after it", "[entities]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Former Tarnish Workers Party leader Tom Varnell spoke on Monday.", "Tarnish Workers Party"},
      {"Senior Kestrel Farmers Union officials met the minister.", "Kestrel Farmers Union"}};
  for (const auto& [text, name] : cases) {
    INFO(text);
    CHECK(type_named(text, name) == "ORG");
  }
}
