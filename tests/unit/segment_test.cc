#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/document.h"
#include "dossier/segment.h"
#include "dossier/utf8.h"

using namespace dossier;

namespace {
std::vector<std::string> sentences(const std::string& p) {
  std::vector<std::string> out;
  for (auto [s, e] : split_sentences(p)) out.push_back(p.substr(s, e - s));
  return out;
}
}  // namespace

TEST_CASE("Sentences split at full stops, question and exclamation marks", "[segment]") {
  CHECK(sentences("One is here. Two? Three! Four.") ==
        std::vector<std::string>{"One is here.", "Two?", "Three!", "Four."});
}

TEST_CASE("Sentence splitting survives abbreviations, acronyms, dates and initials", "[segment]") {
  struct Case {
    std::string text;
    size_t count;
  };
  std::vector<Case> cases = {
      {"U.S. Vice President Ann Varga spoke. She left.", 2},
      {"Mr. Smith met Gen. Jones in Moscow. They talked.", 2},
      {"The talks end on Dec. 5 in Athens. Then what?", 2},
      {"John F. Kennedy visited Berlin. It was 1963.", 2},
      {"He met the U.N. envoy and the E.U. chief.", 1},
      {"Prices rose 3.5 percent. Analysts said so.", 2},
      {"The treaty... was never signed. Later it was.", 2},
      {"He paused... Then he spoke.", 2},
      {"Companies such as Acme Inc. and Foo Corp. objected.", 1},
      {"See No. 5 on the list. Done.", 2},
      // The longest abbreviations of the list (six bytes), and a word of seven before a
      // period that does end its sentence.
      {"Messrs. Lindqvist and Okafor arrived late. They sat down.", 2},
      {"The fee is approx. 40 euros. It rose.", 2},
      {"They walked to the harbour. Nobody followed.", 2},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(sentences(c.text).size() == c.count);
  }
}

TEST_CASE("A closing quote mark stays with the sentence it ends", "[segment]") {
  CHECK(sentences("\"This could drag on for years.\" He said so.") ==
        std::vector<std::string>{"\"This could drag on for years.\"", "He said so."});
  CHECK(sentences("\xE2\x80\x9CWe are patient.\xE2\x80\x9D Lavrov smiled.") ==
        std::vector<std::string>{"\xE2\x80\x9CWe are patient.\xE2\x80\x9D", "Lavrov smiled."});
}

TEST_CASE("A headline without a full stop is one sentence", "[segment]") {
  CHECK(sentences("Minister to Seek New Trade Pact") == std::vector<std::string>{"Minister to Seek New Trade Pact"});
}

TEST_CASE("A lower-case continuation does not start a sentence", "[segment]") {
  CHECK(sentences("It said \"no.\" and left.").size() == 1);
}

TEST_CASE("An empty paragraph has no sentences", "[segment]") { CHECK(split_sentences("").empty()); }

TEST_CASE("Splitting into a vector kept from an earlier paragraph gives what a fresh split gives", "[segment]") {
  std::vector<std::pair<size_t, size_t>> kept;
  for (std::string_view p : {"The ferry left at noon. It came back late! Nobody asked why.", "", "   ",
                             "One sentence only", "Dr. Vale spoke. Then she left... and came back."}) {
    INFO(p);
    split_sentences(p, kept);
    CHECK(kept == split_sentences(p));
  }
}

namespace {
std::vector<std::string> spans_text(const std::string& text, const std::vector<Span>& spans) {
  utf8::OffsetMap map(text);
  std::vector<std::string> out;
  for (const Span& s : spans) {
    size_t b = map.to_byte(static_cast<size_t>(s.start)), e = map.to_byte(static_cast<size_t>(s.end));
    out.push_back(text.substr(b, e - b));
  }
  return out;
}
}  // namespace

TEST_CASE("A record without paragraphs gets one for each blank-line block and its sentences", "[segment]") {
  Document d;
  d.text = "Talks resumed. \u201cWe are close,\u201d she said.\n\nThe army would help, Berg said.";
  REQUIRE(add_missing_segments(d));
  CHECK(spans_text(d.text, d.paragraphs) ==
        std::vector<std::string>{"Talks resumed. \u201cWe are close,\u201d she said.", "The army would help, Berg said."});
  CHECK(spans_text(d.text, d.sentences) ==
        std::vector<std::string>{"Talks resumed.", "\u201cWe are close,\u201d she said.", "The army would help, Berg said."});
}

TEST_CASE("Short lines of a record without paragraphs are a paragraph each and hard-wrapped prose is one", "[segment]") {
  Document d;
  d.text =
      "Headline here\nBy A. Writer\n\n"
      "The council met on Monday to discuss the plan for the new harbour and\n"
      "its costs. Members asked for a second study of the traffic it would bring\n"
      "to the old town, and the mayor agreed to order one before the summer.";
  REQUIRE(add_missing_segments(d));
  REQUIRE(d.paragraphs.size() == 3);
  CHECK(spans_text(d.text, d.paragraphs)[1] == "By A. Writer");
  CHECK(spans_text(d.text, d.sentences).back() ==
        "Members asked for a second study of the traffic it would bring\nto the old town, and the mayor agreed to order one "
        "before the summer.");
}

TEST_CASE("A record with its own paragraphs or sentences, or without text, is left as it came", "[segment]") {
  Document with;
  with.text = "One. Two.";
  with.sentences = {Span{0, 9}};
  CHECK_FALSE(add_missing_segments(with));
  CHECK(with.paragraphs.empty());
  Document empty;
  CHECK_FALSE(add_missing_segments(empty));
  Document blank;
  blank.text = "\n \n";
  CHECK_FALSE(add_missing_segments(blank));
}
