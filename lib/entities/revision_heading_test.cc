#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

namespace {
Document titled(const std::string& title, const std::string& body) {
  Document d;
  d.id = "t";
  d.title = title;
  d.text = title + "\n\n" + body;
  return d;
}
}  // namespace

TEST_CASE("A name in the title takes its type from the same name in the body", "[entities]") {
  auto es = find_entities(titled("Harwell Brightmoor and Kessler sign engine supply deal",
                                 "In Glasgow, Harwell Brightmoor announced a supply deal with Kessler. "
                                 "Harwell Brightmoor is based in Leeds."));
  const Entity* e = with_alias(es, "Harwell Brightmoor");
  REQUIRE(e);
  CHECK(e->type == "ORG");
  CHECK(e->mentions.size() == 3);  // the title's mention is grouped with the body's
  for (const auto& x : es) CHECK(!(x.name == "Harwell Brightmoor" && x.type == "PERSON"));
}

TEST_CASE("Capitalized common words of a title-case line are not names by their case alone", "[entities]") {
  auto es = find_entities(titled("Markets Rally As Investors Cheer Brighter Outlook",
                                 "Shares rose on Tuesday in Frankfurt as traders bought banks."));
  for (const char* word : {"Markets", "Rally", "Investors", "Cheer", "Brighter Outlook", "Outlook"})
    CHECK_FALSE(with_alias(es, word));
  CHECK(named(es, "Frankfurt"));
}

TEST_CASE("A heading name the body never mentions is kept when the gazetteer knows it", "[entities]") {
  auto es = find_entities(titled("Talks In Moscow Stall Over Grain Quotas", "Delegates left early on Friday."));
  const Entity* moscow = named(es, "Moscow");
  REQUIRE(moscow);
  CHECK(moscow->type == "GPE");
  CHECK_FALSE(with_alias(es, "Stall"));
  CHECK_FALSE(with_alias(es, "Grain Quotas"));
}

TEST_CASE("A one-word heading name takes the type of the body's full name it ends", "[entities]") {
  auto es = find_entities(titled("Oyelaran wins second term",
                                 "Adebayo Oyelaran won a second term on Sunday, officials said. "
                                 "Oyelaran thanked his supporters."));
  const Entity* e = with_alias(es, "Adebayo Oyelaran");
  REQUIRE(e);
  CHECK(e->type == "PERSON");
  CHECK(e->mentions.size() == 3);
}

TEST_CASE("A sentence that lists names with its verb in lower case is no title-case heading", "[entities]") {
  auto es = find_entities(doc_of("The parties were the Liberal Party of Freedonia (Partai Liberal Freedonia), Narodni, "
                                 "and the Communist Party of Freedonia."));
  CHECK(named(es, "Liberal Party of Freedonia"));
  CHECK(named(es, "Communist Party of Freedonia"));
  // A line in title case that ends in a full stop is still a heading.
  es = find_entities(doc_of("Transcript Of Remarks And Answers To Questions Following Talks Between Ministers Of "
                            "Trade Held Yesterday Evening.\n\nThe talks ended late."));
  CHECK_FALSE(with_alias(es, "Remarks And Answers"));
  CHECK_FALSE(with_alias(es, "Transcript Of Remarks And Answers To Questions Following Talks Between Ministers Of Trade"));
}

TEST_CASE("A line with an auxiliary verb in lower case is a sentence, however many of its words are capitalized", "[entities]") {
  const auto es = find_entities(doc_of("They were the Radical Democrats, the Marovian Social Liberal Party and the Union of Independent Lists."));
  CHECK(named(es, "Marovian Social Liberal Party"));
  CHECK(named(es, "Union of Independent Lists"));
  // A heading capitalizes its verbs ("Was"), so it stays one.
  const auto heading = find_entities(doc_of("How The Northern Valleys Was Won By Farmers\n\nThe farms grew."));
  CHECK_FALSE(with_alias(heading, "Northern Valleys"));
}

TEST_CASE("A heading name after a person's title is a person though the body never names it", "[entities]") {
  auto es = find_entities(titled("Senator Varnholt, Reverend Ostermoor, and my fellow citizens:",
                                 "We meet today to open a new session of this assembly."));
  CHECK(type_with_alias(es, "Varnholt") == "PERSON");
  CHECK(type_with_alias(es, "Ostermoor") == "PERSON");
  CHECK(type_with_alias(find_entities(titled("Senator Varnholt Resigns After Vote", "The vote was close.")), "Varnholt") == "PERSON");
}

TEST_CASE("A heading name after a person's title that runs into a common word is not kept on the title alone", "[entities]") {
  auto es = find_entities(titled("King Tarvel Opens New Parliament", "The speech set out twelve bills."));
  CHECK_FALSE(with_alias(es, "Tarvel Opens"));
}
