// Quote marks as hasty typing leaves them: mismatched families, a space on the wrong side of
// an opening mark, a quote outliving its bracket, a left single mark never closed.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/quotes.h"

namespace {

using Texts = std::vector<std::string>;

Texts inner_of(const std::string& text, std::vector<dossier::Warning>* w = nullptr) {
  Texts out;
  for (const auto& q : dossier::scan_quotes(text, {}, w)) out.push_back(dossier::span_text(text, q.inner));
  return out;
}

}  // namespace

TEST_CASE("A single mark after a word closes a double quote when the next double mark opens another", "[quotes]") {
  CHECK(inner_of("She filed it under \"old notes' and then under \"new notes\" the next day.") ==
        Texts{"old notes", "new notes"});
}

TEST_CASE("A plural possessive inside a double quote closed later closes nothing", "[quotes]") {
  CHECK(inner_of("\"Leave it blank or write 'n/a'\".") == Texts{"Leave it blank or write 'n/a'"});
  CHECK(inner_of("\"The players' union is strong,\" she said.") == Texts{"The players' union is strong,"});
  CHECK(inner_of("\u201CThe workers\u2019 pay went up,\u201D he said.") == Texts{"The workers\u2019 pay went up,"});
}

TEST_CASE("A double mark after a sentence closes a single quote when no double quote is open", "[quotes]") {
  CHECK(inner_of("He shouted 'Stop the cart now!\" and ran off.") == Texts{"Stop the cart now!"});
  CHECK(inner_of("Ann's reply was 'maybe later.\"") == Texts{"maybe later."});
}

TEST_CASE("A stray mark before a space opens a quote when the next double mark closes one", "[quotes]") {
  CHECK(inner_of("The guide answered,\" We close at noon today\" and left.") == Texts{"We close at noon today"});
  CHECK(inner_of("Their motto was\" always be on time\" back then.") == Texts{"always be on time"});
  // a typographic closing mark says it closes
  CHECK(inner_of("Their motto was\u201D always be on time\u201D back then.").empty());
  // an inch mark is neither
  CHECK(inner_of("It has a 13\" screen, while the big one has a 17\" screen.").empty());
  // nor is the mark after straight marks nested in a straight quote
  CHECK(inner_of("It covers \"costs of a \"cheap\" offer to win buyers.\"") == Texts{"costs of a"});
  // followed by a mark that opens a quote, it stays a stray closing mark
  CHECK(inner_of("It ended\" and then \"we left\".") == Texts{"we left"});
}

TEST_CASE("A quote opened inside brackets ends where the bracket closes when a new quote opens", "[quotes]") {
  std::vector<dossier::Warning> w;
  CHECK(inner_of("The tour [starting at \"Gate B] was cancelled after a \"minor\" delay.", &w) ==
        Texts{"Gate B", "minor"});
  CHECK(w.size() == 1);
  // without a bracket closing inside it, the mark closes the quote as before
  CHECK(inner_of("He said \"a b \"c d") == Texts{"a b"});
}

TEST_CASE("A left single quote mark never closed ends its quote at the paragraph end", "[quotes]") {
  std::vector<dossier::Warning> w;
  CHECK(inner_of("Then I asked her, \u2018Is this the right train?", &w) == Texts{"Is this the right train?"});
  CHECK(w.size() == 1);
  // words that end no sentence, or a mark no comma or colon introduces, quote nothing
  CHECK(inner_of("Read next: \u2018Ten walks for a rainy day").empty());
  CHECK(inner_of("The \u2018best of them all was late?").empty());
  // a straight one is an apostrophe, as before
  CHECK(inner_of("Then I asked her, 'Is this the right train?").empty());
}

TEST_CASE("A mark glued to the word before that opens an elision opens a quote", "[quotes]") {
  CHECK(inner_of("The note read\"[...] no trains run on Sundays.") == Texts{"[...] no trains run on Sundays."});
  // a stray mark before a sentence mark stays stray
  CHECK(inner_of("The bridge stays shut\". Spring will tell.").empty());
}
