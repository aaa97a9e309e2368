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
  CHECK(attributions("Peter Kovac said, \"I looked at the empty barn and I thought, 'Next year it will be full.'\"",
                     kPeople) == Texts{"I looked at the empty barn and I thought, 'Next year it will be full.' -> Peter Kovac",
                                       "Next year it will be full. -> Peter Kovac"});
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
  // The first quote's cue is the "say" before it, whose subject is nobody named; the "I say"
  // after it opens the second quote and names no one for the first.
  auto d = quotes_test::doc_of(
      "Tourists often ask, 'Lovely roses you grow there,' and I say, 'Thank you, they took years.'",
      kPeople);
  auto qs = dossier::find_quotes(d, *d.entities);
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].text == "Lovely roses you grow there,");
  CHECK_FALSE(qs[0].speaker);
  CHECK_FALSE(qs[0].source_text);
  CHECK_FALSE(qs[0].source_span);
}

TEST_CASE("A quote in brackets with no cue of its own takes no speaker from its sentence", "[quotes]") {
  CHECK(attributions("Peter Kovac met the mayor (whose plan was \"the cheapest one on offer by far\") on Monday.",
                     kPeople) == Texts{"the cheapest one on offer by far -> -"});
}

TEST_CASE("A quote after a bracket has closed is outside it and keeps its sentence's speaker", "[quotes]") {
  CHECK(attributions("Peter Kovac (who had met the mayor twice) said, \"The plan is the cheapest one on offer by far.\"",
                     kPeople) == Texts{"The plan is the cheapest one on offer by far. -> Peter Kovac"});
}
