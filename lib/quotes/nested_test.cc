// Quotes inside quotes and quotes of quotes: what a speaker thought inside their own quote,
// words quoted again after someone said them, and asides in brackets.
#include <catch2/catch.hpp>

#include "quotes/test_quotes.h"

#include <string>
#include <vector>

#include "dossier/quotes.h"

using quotes_test::attributions;
using quotes_test::kPeople;
using Texts = std::vector<std::string>;

TEST_CASE("A thought quoted inside a speaker's quote after I thought is that speaker's", "[quotes]") {
  CHECK(attributions("Peter Kovac said, \"After the storm I thought, 'Now we can finally start the harvest.'\"", kPeople) ==
        Texts{"After the storm I thought, 'Now we can finally start the harvest.' -> Peter Kovac",
              "Now we can finally start the harvest. -> Peter Kovac"});
}

TEST_CASE("Thought as a noun before a quote is no cue", "[quotes]") {
  CHECK(attributions("The thought \"Slow Water\" came from a film title.", kPeople).empty());
}

TEST_CASE("Words quoted again after a speaker said them are that speaker's speech", "[quotes]") {
  CHECK(attributions("Peter Kovac told the apprentices: \"Measure twice.\" Years later they still whisper \"measure "
                     "twice\" to each other.",
                     kPeople) == Texts{"Measure twice. -> Peter Kovac", "measure twice -> Peter Kovac"});
  // a title repeated stays a title
  CHECK(attributions("Peter Kovac said: \"Dark Water Rising.\" Critics liked \"Dark Water Rising\" less.", kPeople) ==
        Texts{"Dark Water Rising. -> Peter Kovac"});
  // a single word repeated stays a term
  CHECK(attributions("\"Enough,\" Peter Kovac said. The \"enough\" rule was born.", kPeople) ==
        Texts{"Enough, -> Peter Kovac"});
}

TEST_CASE("A quote between a cue and a cue that opens the next quote is the first cue's", "[quotes]") {
  auto got = attributions(
      "When strangers stop me in the street and shake my hand and say, 'Hey Peter, your bread is great,' I say, "
      "'Thanks, come again' and they smile.",
      kPeople);
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "Hey Peter, your bread is great, -> -");
}

TEST_CASE("A quote in brackets with no cue of its own takes no speaker from its sentence", "[quotes]") {
  CHECK(attributions("Peter Kovac met the mayor (whose plan was \"the cheapest one on offer by far\") on Monday.",
                     kPeople) == Texts{"the cheapest one on offer by far -> -"});
}
