// Quoted words that nobody is reported to say (an adage, a definition, an example, a name
// one gives oneself) and quotations signed with a dash and their author's name.
#include <catch2/catch.hpp>

#include "quotes/test_quotes.h"

#include <string>
#include <vector>

#include "dossier/quotes.h"

using quotes_test::attributions;
using quotes_test::kPeople;
using Texts = std::vector<std::string>;

TEST_CASE("An adage introduced by its noun is cited, not speech", "[quotes]") {
  CHECK(attributions("The crew kept to the old saying, \"Measure twice and cut once, whatever the hurry.\"", kPeople).empty());
  CHECK(attributions("Hale disliked the proverb: \"A slow river still reaches the sea in the end.\"", kPeople).empty());
}

TEST_CASE("An adage someone owns is that person's speech", "[quotes]") {
  CHECK(attributions("Peter Kovac repeated his favourite saying, \"Measure twice and cut once, whatever the hurry.\"",
                     kPeople) == Texts{"Measure twice and cut once, whatever the hurry. -> Peter Kovac"});
}

TEST_CASE("A participle of saying before a quote is no adage", "[quotes]") {
  CHECK(attributions("Peter Kovac left the room, saying, \"We will talk again when the figures are in.\"", kPeople) ==
        Texts{"We will talk again when the figures are in. -> Peter Kovac"});
}

TEST_CASE("A definition after define as is not speech", "[quotes]") {
  CHECK(attributions("The new rules define a commuter as \"anyone who travels more than ten miles each day.\"",
                     kPeople)
            .empty());
}

TEST_CASE("An example after a noun and like or after such as is not speech", "[quotes]") {
  CHECK(attributions("She filled in a survey like \"rate your morning commute from one to ten\" last week.", kPeople).empty());
  CHECK(attributions("Forms ask for details such as \"the name of your first school teacher\" these days.", kPeople).empty());
}

TEST_CASE("A name one gives oneself after a reflexive pronoun and as is not speech", "[quotes]") {
  CHECK(attributions("The band styles itself as \"the loudest trio in town\" on posters.", kPeople).empty());
}

TEST_CASE("A paragraph signed with a dash and a person's name is that person's quote", "[quotes]") {
  std::string text =
      "John Hale spoke at the fair.\n\nNothing grows in a field that nobody tends, and nobody tends a field that "
      "nobody owns. -- John Hale\n\nThe fair ended at six.";
  CHECK(attributions(text, kPeople) ==
        Texts{"Nothing grows in a field that nobody tends, and nobody tends a field that nobody owns. -> John Hale"});
  // a name alone after a dash, with no sentence before it, signs nothing
  CHECK(attributions("The fair ended at six.\n\nMusic and food and games for all of the town -- John Hale", kPeople)
            .empty());
}
