#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "internal.h"
#include "test_pages.h"

using namespace dossier;

using boilerplate_test::page_of;
using boilerplate_test::stack_feature;

namespace {

const std::string kPara =
    "The committee met again on Monday and agreed that the new rules would apply from the first of the month.";

}  // namespace

TEST_CASE("The short lines between two paragraphs are one unit and a paragraph is in none", "[boilerplate]") {
  const auto page = boilerplate::page_features(
      page_of({"Home", "News", kPara, "What to pack:", "- tent pegs", "- a torch", "- the kettle", kPara, "Imprint"}),
      false);
  const std::vector<double> first = {-5, -5, 5, 5, 5, -1, 5, 5, -5};
  const boilerplate::ShortUnits units = boilerplate::short_units(page, first);
  REQUIRE(units.units.size() == 3);
  CHECK(units.of[0] == 0);
  CHECK(units.of[1] == 0);
  CHECK(units.of[2] == boilerplate::kNone);
  for (size_t i = 3; i <= 6; ++i) CHECK(units.of[i] == 1);
  CHECK(units.of[7] == boilerplate::kNone);
  CHECK(units.of[8] == 2);
  CHECK(units.units[1].first == 3);
  CHECK(units.units[1].last == 6);
  CHECK(units.units[1].between_kept);
  CHECK_FALSE(units.units[0].between_kept);  // the page's edge above it
  CHECK_FALSE(units.units[2].between_kept);  // the page's edge below it
}

TEST_CASE("A unit's words tell capitals and lines of actions or dates from a list's plain items", "[boilerplate]") {
  const auto page = boilerplate::page_features(
      page_of({kPara, "- tent pegs", "- a torch", "- the kettle", kPara, "Share on Facebook", "Posted March 3, 2025",
               "Most Read Stories", "Council Backs Bridge", kPara}),
      false);
  const std::vector<double> first(page.shapes.size(), 5.0);
  const boilerplate::ShortUnits units = boilerplate::short_units(page, first);
  REQUIRE(units.units.size() == 2);
  CHECK(units.units[0].capitals == 0);
  CHECK(units.units[0].chrome_lines == 0);
  CHECK(units.units[1].capitals == 2);      // most of its words capitalised
  CHECK(units.units[1].chrome_lines == 2);  // a share line and a date line of four
}

TEST_CASE("The second pass sees the words of the unit of short lines a line is in, and a paragraph sees none", "[boilerplate]") {
  const auto page = boilerplate::page_features(
      page_of({"Home", "News", kPara, "What to pack:", "- tent pegs", "- a torch", "- the kettle", kPara, "Imprint"}),
      false);
  const std::vector<double> first = {-5, -5, 5, 5, 5, -1, 5, 5, -5};
  const boilerplate::StackContext ctx = boilerplate::stack_context(page, first);
  // "- a torch": few capitals, no action or date, kept paragraphs on both sides, its own
  // score doubtful.
  CHECK(stack_feature(page, ctx, 5, "u.text=") == "u.text=" + std::to_string(((1 * 3 + 0) * 2 + 1) * 3 + 1));
  CHECK(stack_feature(page, ctx, 2, "u.text=").empty());
}
