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
