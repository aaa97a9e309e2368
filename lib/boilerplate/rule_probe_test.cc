// The per-text answers the rule prefilters share (rule_match.h).
#include <catch2/catch.hpp>

#include <string>

#include "rule_match.h"

using namespace dossier::boilerplate;

TEST_CASE("A text probe answers each question as the text does, whatever was asked before", "[boilerplate]") {
  const std::string text = "Ferry Times | Harbour news \xC5\xBF" "ome day";
  TextProbe probe(text);
  CHECK(probe.has_byte('|'));
  CHECK(probe.has_byte('f'));  // either case
  CHECK(probe.has_byte('F'));
  CHECK_FALSE(probe.has_byte('q'));
  CHECK_FALSE(probe.has_byte('q'));  // asked twice, same answer
  CHECK(probe.has_long_s());
  CHECK_FALSE(probe.has_kelvin());
  CHECK(probe.lower() == "ferry times | harbour news \xC5\xBF" "ome day");
  CHECK(probe.lower() == "ferry times | harbour news \xC5\xBF" "ome day");
  // A second probe on another text starts afresh, though the folding buffer is shared.
  const std::string other = "KELVIN \xE2\x84\xAA";
  TextProbe second(other);
  CHECK(second.has_kelvin());
  CHECK_FALSE(second.has_byte('|'));
  CHECK(second.lower() == "kelvin \xE2\x84\xAA");
  // The first, still alive, lowers its own text again.
  CHECK(probe.lower() == "ferry times | harbour news \xC5\xBF" "ome day");
}

TEST_CASE("A prefilter gives the same verdict with a probe shared by other prefilters as alone", "[boilerplate]") {
  const Prefilter photo("(?i)\\bphoto(?:graph)?:", rule_options());
  const Prefilter menu("\\s\\|\\s.*\\s\\|\\s", rule_options());
  for (const std::string text : {"PHOTO: the harbour at dawn", "Photograph: Jo Vale", "News | Sport | Weather",
                                 "Photo credit | News | Sport", "a long line with no marks at all", ""}) {
    INFO(text);
    TextProbe shared(text);
    const bool menu_first = menu.may_match(shared);
    CHECK(photo.may_match(shared) == photo.may_match(text));
    CHECK(menu_first == menu.may_match(text));
  }
}

TEST_CASE("A prefilter rules out a text that lacks its atoms, though it holds each of their bytes, and never one that matches", "[boilerplate]") {
  // Only an atom's rarest byte is looked for on its own ('|', ':', 'g' in "photograph"); the
  // search for the whole atom decides the rest.
  const std::string photo_pattern = "\\bphoto(?:graph)?:", menu_pattern = "\\s\\|\\s.*\\s\\|\\s";
  const Prefilter photo(photo_pattern, rule_options()), menu(menu_pattern, rule_options());
  const RE2 photo_re(photo_pattern, rule_options()), menu_re(menu_pattern, rule_options());
  for (const std::string text : {"PHOTO: the harbour", "PhotoGraph: Jo Vale", "News | Sport | Weather", "NEWS | SPORT",
                                 "a hot top: photos of the port", "graph: photo", "p-h-o-t-o: | |", "News ||| Sport",
                                 "photo credit | news", ""}) {
    INFO(text);
    if (RE2::PartialMatch(text, photo_re)) CHECK(photo.may_match(text));
    if (RE2::PartialMatch(text, menu_re)) CHECK(menu.may_match(text));
  }
  CHECK_FALSE(photo.may_match("a hot top: the port"));  // every byte of "photo:" but not the atom
  CHECK_FALSE(photo.may_match("p-h-o-t-o: in a graph"));
  CHECK_FALSE(menu.may_match("News|Sport|Weather"));  // '|' without the spaces around it
}

TEST_CASE("A literal finder finds a short literal wherever it lies in a long text, in either case", "[boilerplate]") {
  LiteralFinder finder;
  REQUIRE(finder.add("(c)"));
  REQUIRE(finder.add("/"));
  REQUIRE(finder.add("pic"));
  REQUIRE(finder.add("\xC2\xA9"));  // the copyright sign
  REQUIRE(finder.add("lighthouse"));
  finder.compile();
  REQUIRE(finder.usable());
  const std::string filler = "a quiet morning on the old quay, gulls over the water ";
  uint64_t found = 0;
  // Each literal at each place of a sixteen-byte step, and in the last bytes of the text.
  for (size_t pad = 0; pad < 20; ++pad) {
    const std::string lead = filler.substr(0, pad);
    INFO(pad);
    REQUIRE(finder.find(lead + filler + "(C)", &found));
    CHECK(found == 1);
    REQUIRE(finder.find(lead + "PIC" + filler, &found));
    CHECK(found == 4);
    REQUIRE(finder.find(filler + lead + "Pic", &found));
    CHECK(found == 4);
    REQUIRE(finder.find(lead + filler + "\xC2\xA9 Ferry Times", &found));
    CHECK(found == 8);
    REQUIRE(finder.find(lead + "the LightHouse keeper, 3/4 full " + filler, &found));
    CHECK(found == (2 | 16));
  }
  // A 'p' or '(' that begins no literal is no find, nor is a literal cut by the text's end.
  REQUIRE(finder.find(filler + "a happy pony (see above) " + filler + "pi", &found));
  CHECK(found == 0);
}

TEST_CASE("A literal finder finds a short literal of letters at every offset, after false starts, in either case", "[boilerplate]") {
  // Such a literal is compared at sixteen positions a step by its first and last bytes,
  // then whole where both agree ("pjc" agrees in both, "pin" in the first only); the last
  // positions one by one.
  LiteralFinder finder;
  REQUIRE(finder.add("pic"));
  REQUIRE(finder.add("(r)"));
  finder.compile();
  REQUIRE(finder.usable());
  uint64_t found = 0;
  for (size_t pad = 0; pad < 40; ++pad) {
    const std::string lead(pad, 'x');
    INFO(pad);
    for (const std::string word : {"pic", "PIC", "pIc", "Pic"}) {
      REQUIRE(finder.find(lead + "a pin, a PIT, a spike: " + word + " of the day", &found));
      CHECK(found == 1);
      REQUIRE(finder.find(lead + word, &found));
      CHECK(found == 1);
    }
    REQUIRE(finder.find(lead + "a pin, a PIT, a spike, an epic", &found));
    CHECK(found == 1);
    REQUIRE(finder.find(lead + "a pin, a PIT, a spike (R) pi", &found));
    CHECK(found == 2);
    REQUIRE(finder.find(lead + "pjc pi\xC3\xA7 p-i-c (r p i c", &found));
    CHECK(found == 0);
  }
}

TEST_CASE("A literal finder finds a long literal at every offset and at the end of a text, in either case", "[boilerplate]") {
  // The scan reads five keys from each sixteen bytes and the last few positions one by one:
  // a literal must be found whichever of them its keys fall on. ("tide", shorter than a
  // key window, is compared whole as a literal of letters.)
  LiteralFinder finder;
  REQUIRE(finder.add("lighthouse"));
  REQUIRE(finder.add("ferry"));
  REQUIRE(finder.add("tide"));
  finder.compile();
  REQUIRE(finder.usable());
  uint64_t found = 0;
  for (size_t pad = 0; pad < 24; ++pad)
    for (size_t tail = 0; tail < 12; ++tail) {
      const std::string lead(pad, 'x'), after(tail, 'z');
      INFO(pad << " " << tail);
      REQUIRE(finder.find(lead + "LightHouse" + after, &found));
      CHECK(found == 1);
      REQUIRE(finder.find(lead + "a ferrY and the tIDE" + after, &found));
      CHECK(found == (2 | 4));
      REQUIRE(finder.find(lead + "lighthous" + after, &found));
      CHECK(found == 0);
    }
}

TEST_CASE("A literal finder leaves a text with a long s or a Kelvin sign to the regex set", "[boilerplate]") {
  LiteralFinder finder;
  REQUIRE(finder.add("subscribe"));
  REQUIRE(finder.add("skip"));
  REQUIRE(finder.add("(c)"));
  finder.compile();
  const std::string filler = "notes from the harbour office, tides and weather (c) ";
  uint64_t found = 0;
  CHECK(finder.find(filler + "subscribe", &found));
  CHECK(found == (1 | 4));
  CHECK_FALSE(finder.find(filler + "\xC5\xBF" "ubscribe", &found));
  CHECK(found == 0);
  CHECK_FALSE(finder.find("\xE2\x84\xAA" "ip " + filler, &found));
  CHECK(found == 0);
  // Their lead bytes alone, in other characters (a curly quote, a Polish letter), are no hazard.
  CHECK(finder.find("\xE2\x80\x9C" "Skip\xE2\x80\x9D, said \xC5\x81ucja " + filler, &found));
  CHECK(found == (2 | 4));
}

TEST_CASE("A relaxed pattern holds every letter for a letter class but keeps negated classes", "[boilerplate]") {
  CHECK(relaxed_pattern(R"(\p{Lu}[\p{L}.'-]{1,30})") == R"([a-zA-Z\x{80}-\x{10FFFF}][a-zA-Z\x{80}-\x{10FFFF}.'-]{1,})");
  CHECK(relaxed_pattern(R"([^\p{L}]\P{Lu}\p{Latin}\p{N})") == R"([^\p{L}]\P{Lu}\p{Latin}\p{N})");
  CHECK(relaxed_pattern(R"((?-i:\p{Lu})[^,\p{Ll}]{0,3})", 3) == R"((?-i:[a-zA-Z\x{80}-\x{10FFFF}])[^,\p{Ll}]{0,})");
}
