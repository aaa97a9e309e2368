// Attribution conventions of US political news, one invented sentence each: descriptions
// of a lawmaker by party, state and age, spokespeople, and the reporting phrases of the genre.
#include <catch2/catch.hpp>

#include "quotes/test_quotes.h"

#include <string>
#include <vector>

using quotes_test::attributions;
using quotes_test::Ent;

namespace {

const std::vector<Ent> kCampaign = {{"Nora Quill", "PERSON", {"Nora Quill", "Quill"}},
                                    {"Dale Stroud", "PERSON", {"Dale Stroud", "Stroud"}},
                                    {"Ivy Marsh", "PERSON", {"Ivy Marsh", "Marsh"}},
                                    {"Ohio Democrat", "ORG", {"Ohio Democrat"}}};

}  // namespace

TEST_CASE("The Ohio Democrat said is the lawmaker tagged D-Ohio, not an organisation", "[quotes]") {
  CHECK(attributions("Sen. Nora Quill (D-Ohio) spoke after Dale Stroud. \"We will not fold,\" the Ohio Democrat said.",
                     kCampaign) == std::vector<std::string>{"We will not fold, -> Nora Quill"});
}

TEST_CASE("An inverted cue with a party description finds the person of that party", "[quotes]") {
  CHECK(attributions("Nora Quill, R-Texas, and Dale Stroud, D-Iowa, met on Monday. "
                     "\"It was a long night,\" said the Texas Republican.",
                     kCampaign) == std::vector<std::string>{"It was a long night, -> Nora Quill"});
}

TEST_CASE("The N-year-old said is the person whose age was given", "[quotes]") {
  CHECK(attributions("Dale Stroud, 52, greeted Nora Quill, 38, at the door. \"I feel young,\" the 52-year-old said.",
                     kCampaign) == std::vector<std::string>{"I feel young, -> Dale Stroud"});
}

TEST_CASE("A spokesman for a named person is an anonymous source", "[quotes]") {
  CHECK(attributions("Dale Stroud left early. \"We have nothing to add,\" a spokesman for Stroud said.", kCampaign) ==
        std::vector<std::string>{"We have nothing to add, -> -"});
}

TEST_CASE("A spokeswoman named in an apposition after her principal's possessive speaks", "[quotes]") {
  CHECK(attributions("Stroud's spokeswoman, Ivy Marsh, said: \"He never said that.\"", kCampaign) ==
        std::vector<std::string>{"He never said that. -> Ivy Marsh"});
}

TEST_CASE("Told reporters, said in a statement, tweeted and according to a statement from are cues", "[quotes]") {
  CHECK(attributions("\"The vote is close,\" Quill told reporters on Tuesday.", kCampaign) ==
        std::vector<std::string>{"The vote is close, -> Nora Quill"});
  CHECK(attributions("\"We are proud of the result,\" Stroud said in a statement.", kCampaign) ==
        std::vector<std::string>{"We are proud of the result, -> Dale Stroud"});
  CHECK(attributions("\"A sad day for the county,\" Quill tweeted.", kCampaign) ==
        std::vector<std::string>{"A sad day for the county, -> Nora Quill"});
  CHECK(attributions("According to a statement from Stroud, \"the deal is done.\"", kCampaign) ==
        std::vector<std::string>{"the deal is done. -> Dale Stroud"});
}

TEST_CASE("He added after a paraphrase of the speaker keeps the speaker", "[quotes]") {
  CHECK(attributions("Nora Quill said the plan would cost too much. She added: \"Every dollar counts.\"", kCampaign) ==
        std::vector<std::string>{"Every dollar counts. -> Nora Quill"});
}

TEST_CASE("A party tag in brackets between the name and said keeps the name the subject", "[quotes]") {
  CHECK(attributions("Asked about the plan, Sen. Nora Quill (R-Wis.) said: \"I do not agree.\"", kCampaign) ==
        std::vector<std::string>{"I do not agree. -> Nora Quill"});
  CHECK(attributions("Sen. Nora Quill (D-N.Y.) said the bill was \"dead on arrival.\"", kCampaign) ==
        std::vector<std::string>{"dead on arrival. -> Nora Quill"});
}

TEST_CASE("A title after a network's possessive is no speech even with the period inside the marks", "[quotes]") {
  CHECK(attributions("\"We will win,\" Quill said on WXKT's \"Morning Roundup.\"", kCampaign) ==
        std::vector<std::string>{"We will win, -> Nora Quill"});
}

TEST_CASE("A campaign manager named after her candidate's possessive speaks, not the candidate", "[quotes]") {
  CHECK(attributions("Stroud's campaign manager, Ivy Marsh, said in an email: \"We are not worried.\"", kCampaign) ==
        std::vector<std::string>{"We are not worried. -> Ivy Marsh"});
}

TEST_CASE("Called it with a lower-case quote is the caller's speech, a capitalised one a name", "[quotes]") {
  CHECK(attributions("Nora Quill called it \"a turning point for the county\" on Monday.", kCampaign) ==
        std::vector<std::string>{"a turning point for the county -> Nora Quill"});
  CHECK(attributions("Nora Quill called him \"Lucky Dale\" at a rally.", kCampaign).empty());
}

TEST_CASE("The possessive of a description before a quotation noun names the speaker", "[quotes]") {
  CHECK(attributions("Nora Quill (D-Ohio) spoke first. The Ohio Democrat's reply was short: \"No deal.\"", kCampaign) ==
        std::vector<std::string>{"No deal. -> Nora Quill"});
}

TEST_CASE("A participle cue of two words takes the subject of its clause through a lower-case title", "[quotes]") {
  CHECK(attributions("Republican presidential candidate Dale Stroud attacked the plan on Monday, calling it \"a fantasy.\"",
                     kCampaign) == std::vector<std::string>{"a fantasy. -> Dale Stroud"});
}

TEST_CASE("One word told to someone that it was so is speech", "[quotes]") {
  CHECK(attributions("Nora Quill told The Valley Courier that the attacks were \"desperate.\"", kCampaign) ==
        std::vector<std::string>{"desperate. -> Nora Quill"});
}

TEST_CASE("A running mate named after an inverted cue speaks, with an abbreviated title", "[quotes]") {
  CHECK(attributions("\"She will win,\" said Quill's running mate, Sen. Dale Stroud of Iowa.", kCampaign) ==
        std::vector<std::string>{"She will win, -> Dale Stroud"});
}

TEST_CASE("Calling a named person a lower-case word is the caller's speech", "[quotes]") {
  CHECK(attributions("Dale Stroud called Nora Quill \"unfit\" on Tuesday.", kCampaign) ==
        std::vector<std::string>{"unfit -> Dale Stroud"});
}

TEST_CASE("Calling a thing something in quotes is the caller's speech, finite or as a participle", "[quotes]") {
  CHECK(attributions("Nora Quill called the new budget plan \"a disaster for schools.\"", kCampaign) ==
        std::vector<std::string>{"a disaster for schools. -> Nora Quill"});
  CHECK(attributions("Dale Stroud spoke on Monday, calling the deal \"a gift to the banks.\"", kCampaign) ==
        std::vector<std::string>{"a gift to the banks. -> Dale Stroud"});
  CHECK(attributions("Members of a group called \"Safe Streets\" marched.", kCampaign).empty());
}

TEST_CASE("Calls as a noun, a call with a preposition, or a name given in capitals make no calling cue", "[quotes]") {
  CHECK(attributions("Nora Quill ignored calls from the union for \"a fair deal.\"", kCampaign).empty());
  CHECK(attributions("Nora Quill took calls from voters about \"the new tax.\"", kCampaign).empty());
  CHECK(attributions("Nora Quill called her new album \"Blue Roads.\"", kCampaign).empty());
}

TEST_CASE("A clause after said is no inverted subject", "[quotes]") {
  CHECK(attributions("Stroud, who has mocked \"Lucky Lou\" in the past, said Quill's record was \"terrible.\"", kCampaign) ==
        std::vector<std::string>{"terrible. -> Dale Stroud"});
}

TEST_CASE("The developer said is the person a lower-case title introduced as one", "[quotes]") {
  CHECK(attributions("Real estate developer Dale Stroud met Nora Quill. \"She nailed it,\" the developer said.", kCampaign) ==
        std::vector<std::string>{"She nailed it, -> Dale Stroud"});
}

TEST_CASE("A party named in the plural or a paper called The Independent is not the person last named", "[quotes]") {
  const std::vector<Ent> ents = {{"Nora Quill", "PERSON", {"Nora Quill", "Quill"}}};
  for (const char* text : {"Sen. Nora Quill met voters. \"We will block this bill,\" the Democrats said.",
                           "Sen. Nora Quill met voters. \"The bill is dead,\" the Republicans said.",
                           "Sen. Nora Quill met voters. \"The plan is a mess,\" The Independent said."}) {
    INFO(text);
    auto got = attributions(text, ents);
    REQUIRE(got.size() == 1);
    CHECK(got[0].find("Nora Quill") == std::string::npos);
  }
}
