// Attribution of quotes no verb of saying frames in their clause: block quotations, cited
// sources, words introduced as someone's own, headings, quotes standing alone, and the
// first-person and cross-reference cases. One case each.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/quotes.h"
#include "quotes/test_quotes.h"

using dossier::Document;
using quotes_test::attributions;
using quotes_test::doc_of;
using quotes_test::Ent;
using quotes_test::kPeople;

TEST_CASE("A prose paragraph after a colon that names who speaks is a block quotation", "[quotes]") {
  CHECK(attributions("In a letter of 1860, Peter Kovac observed:\n\nThe citizens of these lands have long waited for "
                     "a fair hearing, and they shall have one before the year is out.\n\nHe died in 1880.",
                     kPeople) ==
        std::vector<std::string>{
            "The citizens of these lands have long waited for a fair hearing, and they shall have one before the year is "
            "out. -> Peter Kovac"});
}

TEST_CASE("A paragraph after a colon that names no one is a list or an explanation, not a quotation", "[quotes]") {
  CHECK(attributions("Bread goes stale for a simple reason:\n\nOnce baked, its starch slowly hardens and the crust "
                     "draws moisture out of the crumb.\n\nKeep it wrapped.",
                     kPeople)
            .empty());
}

TEST_CASE("A block quotation whose paragraphs end in semicolons runs on to its last paragraph", "[quotes]") {
  auto got = attributions("Peter Kovac then sent a notice to every baker in town:\n\nSeeing that the price of rye "
                          "bread has gone up twice since the harvest;\n\nSeeing that no baker has told the guild why;\n\n"
                          "Every bakery shall post its prices on its door by Sunday.\n\nThe prices stayed.",
                          kPeople);
  REQUIRE(got.size() == 1);
  CHECK(got[0].find("post its prices on its door by Sunday. -> Peter Kovac") != std::string::npos);
}

TEST_CASE("A long quote without a cue is the words of the person its sentence opens with", "[quotes]") {
  CHECK(attributions("Peter Kovac studies \"the ways small airlines survive the long winters of the north\".", kPeople) ==
        std::vector<std::string>{"the ways small airlines survive the long winters of the north -> Peter Kovac"});
  CHECK(attributions("In his memoirs, \"the ways small airlines survive the long winters of the north\" are a theme.",
                     kPeople) == std::vector<std::string>{"the ways small airlines survive the long winters of the north -> -"});
}

TEST_CASE("An invitation that reads words speaks for the organisation the text is about", "[quotes]") {
  CHECK(attributions("Acme Airplanes announced an event at the Grand Hall. Acme Airplanes will show a plane.\n\n"
                     "The invitation reads, \"Come and fly with us\", in gold letters.",
                     {{"Acme Airplanes", "ORG", {"Acme Airplanes"}}, {"Grand Hall", "ORG", {"Grand Hall"}}}) ==
        std::vector<std::string>{"Come and fly with us -> Acme Airplanes"});
}

TEST_CASE("An invitation from an organisation named once speaks for it, not for the venue named after it", "[quotes]") {
  CHECK(attributions("Acme Airplanes announced an event for May.\n\nIt will be held at the Grand Hall in Leeds.\n\n"
                     "The invitation reads, \"Come and fly with us\", in gold letters.",
                     {{"Acme Airplanes", "ORG", {"Acme Airplanes"}}, {"Grand Hall", "ORG", {"Grand Hall"}}}) ==
        std::vector<std::string>{"Come and fly with us -> Acme Airplanes"});
}

TEST_CASE("A long quote without a cue is the words of an organisation written in lower case that opens its sentence", "[quotes]") {
  CHECK(attributions("zipFleet is a courier network which hopes to \"carry every parcel in the country within a single day.\"",
                     {{"zipFleet", "ORG", {"zipFleet"}}}) ==
        std::vector<std::string>{"carry every parcel in the country within a single day. -> zipFleet"});
}

TEST_CASE("A sentence opening with a title before a name gives that person a quote without a cue", "[quotes]") {
  CHECK(attributions("Judge Peter Kovac took the beekeeper's side on the label of the jar - "
                     "\"In my view the drawing of a hive tells a buyer nothing about where the honey was made.\"",
                     kPeople) ==
        std::vector<std::string>{
            "In my view the drawing of a hive tells a buyer nothing about where the honey was made. -> Peter Kovac"});
}

TEST_CASE("The period of an initial does not end the clause of a passive cue's agent", "[quotes]") {
  CHECK(attributions("Tom Berg was described by J. R. Hale as \"easily the most gifted of the new potters\".",
                     {{"John Hale", "PERSON", {"J. R. Hale"}}, {"Tom Berg", "PERSON", {"Tom Berg"}}}) ==
        std::vector<std::string>{"easily the most gifted of the new potters -> John Hale"});
}

TEST_CASE("A cited source right before a quote is its author", "[quotes]") {
  CHECK(attributions("Peter Kovac then recalled the line of John Hale, \"All the long nights are over now.\"", kPeople) ==
        std::vector<std::string>{"All the long nights are over now. -> John Hale"});
  CHECK(attributions("Peter Kovac likes a quote attributed to John Hale \u2014 \"Nothing is ever quite finished.\"", kPeople) ==
        std::vector<std::string>{"Nothing is ever quite finished. -> John Hale"});
  CHECK(attributions("Peter Kovac read a letter from Acme Airplanes: \"We regret the delay to all flights.\"", kPeople) ==
        std::vector<std::string>{"We regret the delay to all flights. -> Acme Airplanes"});
}

TEST_CASE("A short quote a few words after a speech quote of its sentence is the same speaker's speech", "[quotes]") {
  CHECK(attributions("Peter Kovac said the firm would face \"severe penalties\" for any \"delay\" on the line.", kPeople) ==
        std::vector<std::string>{"severe penalties -> Peter Kovac", "delay -> Peter Kovac"});
  CHECK(attributions("Peter Kovac said the firm would face \"severe penalties\". The \"delay\" was long.", kPeople) ==
        std::vector<std::string>{"severe penalties -> Peter Kovac"});
}

TEST_CASE("A short quote after an owner's noun is not the earlier speaker's", "[quotes]") {
  CHECK(attributions("Peter Kovac expressed \"deep regret\" over Acme Airplanes's decision to \"pause\" its work.", kPeople) ==
        std::vector<std::string>{"deep regret -> Peter Kovac"});
}

TEST_CASE("Quoted words introduced as someone's own are the owner's", "[quotes]") {
  CHECK(attributions("Peter Kovac retired in May. His final message to the board was:\n\n\"Do not cry for me, I am ready.\"", kPeople) ==
        std::vector<std::string>{"Do not cry for me, I am ready. -> Peter Kovac"});
  CHECK(attributions("John Hale's reply was: \"We never agreed to any of it.\"", kPeople) ==
        std::vector<std::string>{"We never agreed to any of it. -> John Hale"});
}

TEST_CASE("A heading of a label and a quote is the label's speech", "[quotes]") {
  CHECK(attributions("Swedish \"Regret\"\n\nThe talks of Sweden in Riga ended on Monday without a deal.",
                     {{"Sweden", "GPE", {"Sweden"}}}) ==
        std::vector<std::string>{"Regret -> Sweden"});
  CHECK(attributions("Acme Airplanes: \"Not guilty\"\n\nThe trial ended on Monday.", kPeople) ==
        std::vector<std::string>{"Not guilty -> Acme Airplanes"});
  CHECK(attributions("The long \"Regret\"\n\nThe talks in Riga ended on Monday.", kPeople).empty());
}

TEST_CASE("An owner written with a curly apostrophe is read without it", "[quotes]") {
  CHECK(attributions("John Hale\u2019s reply was: \"We never agreed to any of it.\"", kPeople) ==
        std::vector<std::string>{"We never agreed to any of it. -> John Hale"});
}

TEST_CASE("A title in title case, its short function words in lower case, is not speech", "[quotes]") {
  CHECK(attributions("Peter Kovac later wrote \"Order and Chaos in Modern Airline Fleets\" with John Hale.", kPeople).empty());
  CHECK(attributions("Peter Kovac said it was \"Yes to a Safer Sky\" in spirit.", kPeople).empty());
  // A lower-case last word is no title: the verb of saying governs the quote.
  CHECK(attributions("Peter Kovac said \"Wait for the report\" on Monday.", kPeople) ==
        std::vector<std::string>{"Wait for the report -> Peter Kovac"});
}

TEST_CASE("A participle cue after by in a clause opened by where or when speaks for that clause's subject", "[quotes]") {
  CHECK(attributions("In that essay, where Peter Kovac begins by arguing that \"no two airplanes are ever alike in "
                     "how they fly\", so no one model fits.",
                     kPeople) == std::vector<std::string>{"no two airplanes are ever alike in how they fly -> Peter Kovac"});
}

namespace {

// "text -> speaker" for each speech quote of D that is not a turn.
std::vector<std::string> marked_attributions(const Document& d) {
  std::vector<std::string> out;
  for (const auto& q : dossier::find_quotes(d, *d.entities))
    if (q.speech && q.kind != "turn") out.push_back(q.text + " -> " + (q.speaker ? q.speaker->name : "-"));
  return out;
}

const char* const kTranscript =
    "Peter Kovac held talks in Vienna on Monday.\n\n"
    "FOREIGN MINISTER PETER KOVAC: We need \"firm written guarantees\" that the fleet stays home. "
    "Partners tell us \"do not worry, nothing will change.\" It is not enough.\n\n"
    "QUESTION: What about the treaty?\n\n"
    "FOREIGN MINISTER PETER KOVAC: We will discuss it later.";

}  // namespace

TEST_CASE("A phrase a turn's speaker marks in their own words is their speech", "[quotes]") {
  auto out = marked_attributions(doc_of(kTranscript, kPeople));
  CHECK(std::find(out.begin(), out.end(), "firm written guarantees -> Peter Kovac") != out.end());
}

TEST_CASE("A sentence a turn's speaker quotes from others is not given to the speaker", "[quotes]") {
  auto out = marked_attributions(doc_of(kTranscript, kPeople));
  CHECK(std::find(out.begin(), out.end(), "do not worry, nothing will change. -> Peter Kovac") == out.end());
}

TEST_CASE("A headline quoting words the body attributes is speech of the same speaker", "[quotes]") {
  Document d = doc_of("'Firm written guarantees' for the fleet, the minister asks\n\n"
                      "Peter Kovac said Vienna needs \"firm written guarantees\" before any vote.",
                      kPeople);
  d.title = "'Firm written guarantees' for the fleet, the minister asks";
  auto out = marked_attributions(d);
  CHECK(out == std::vector<std::string>{"Firm written guarantees -> Peter Kovac", "firm written guarantees -> Peter Kovac"});
}

TEST_CASE("A body sentence repeating words said elsewhere is not made speech for them", "[quotes]") {
  Document d = doc_of("Talks end in Vienna\n\nThe talks went on amid demands for \"firm written guarantees\".\n\n"
                      "Peter Kovac said Vienna needs \"firm written guarantees\" before any vote.",
                      kPeople);
  d.title = "Talks end in Vienna";
  auto out = marked_attributions(d);
  CHECK(out == std::vector<std::string>{"firm written guarantees -> Peter Kovac"});
}

TEST_CASE("Let me say gives the quote to the first person, not to a name Let", "[quotes]") {
  Document d = doc_of("Twenty minutes with Ilse Brand\n\nWhen did you first sit at a potter's wheel?\n\nAt nine, in my "
                      "uncle's shed. Clay kept me calm.\n\nWhat do beginners hear from you?\n\n"
                      "Each spring the same advice. Let me say, \"a crooked bowl still holds soup\", and they laugh."
                      "\n\nIlse Brand works in Linz. Ilse Brand teaches.",
                      {{"Ilse Brand", "PERSON", {"Ilse Brand"}}, {"Linz", "GPE", {"Linz"}}});
  auto qs = dossier::find_quotes(d, *d.entities);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speech);
  CHECK(qs[0].speaker);
  if (qs[0].speaker) CHECK(qs[0].speaker->name == "Ilse Brand");
}

TEST_CASE("A quote right after see is a cross-reference to a title, not speech", "[quotes]") {
  CHECK(attributions("Peter Kovac wrote about airlines. For more on this, see \"Small carriers and their routes.\" He also taught.",
                     kPeople)
            .empty());
}
