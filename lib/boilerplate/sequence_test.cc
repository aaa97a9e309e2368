#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "internal.h"
#include "test_pages.h"

using namespace dossier;

using boilerplate_test::page_of;
using boilerplate_test::stack_feature;

namespace {

const std::string kListingPara =
    "The lantern runs for nine hours on one charge and folds flat enough to slip into a coat pocket.";

}  // namespace

TEST_CASE("A numbered line is an item of the list its predecessor in the count opens", "[boilerplate]") {
  const auto items = boilerplate::numbered_sequences(
      page_of({"Menu", "1. Folding lantern", kListingPara, "2. Camp stove", kListingPara, "3) Water filter", kListingPara,
               "4: Rain shelter", kListingPara, "2025. A year in review", "7. Lucky number"}));
  for (size_t i : {1, 3, 5, 7}) {
    CHECK(items.code[i] == 6);  // four items or more, paragraphs between them
    CHECK(items.head[i] == 1);
  }
  CHECK(items.code[0] == 0);
  CHECK(items.head[0] == boilerplate::kNone);
  CHECK(items.code[10] == 1);  // no six above it: an item alone
  CHECK(items.code[9] == 0);   // four digits: a year, no count
}

TEST_CASE("Numbered lines with nothing between them are a list apart from a listing's sections", "[boilerplate]") {
  const auto items = boilerplate::numbered_sequences(
      page_of({"Most read", "1. Floods close the coast road", "2. Council backs the new bridge", "3. Ferry fares rise",
               "2.5 million", "3.Stray text"}));
  CHECK(items.code[1] == 2);  // three items, side by side
  CHECK(items.code[3] == 2);
  CHECK(items.code[4] == 0);  // a figure, not an item
  CHECK(items.code[5] == 0);  // no space after the stop
}

TEST_CASE("The second pass sees how many items of a numbered list the first pass keeps", "[boilerplate]") {
  const auto page = boilerplate::page_features(
      page_of({"Menu", "1. Folding lantern", kListingPara, "2. Camp stove", kListingPara, "3. Water filter", kListingPara,
               "4. Rain shelter", kListingPara, "Footer"}),
      false);
  const std::vector<double> first = {-5, 5, 5, 5, 5, 5, 5, -0.5, 5, -5};
  const boilerplate::StackContext ctx = boilerplate::stack_context(page, first);
  // Item 4, doubted: every other item kept (5 fifths), its own score near zero (1), the
  // items apart (18).
  CHECK(stack_feature(page, ctx, 7, "s.seq=") == "s.seq=" + std::to_string(5 * 3 + 1 + 18));
  // Item 1, sure: two of the other three kept (3 fifths), its own score high (2).
  CHECK(stack_feature(page, ctx, 1, "s.seq=") == "s.seq=" + std::to_string(3 * 3 + 2 + 18));
  CHECK(stack_feature(page, ctx, 2, "s.seq=").empty());
}

TEST_CASE("The second pass sees a short line under a sentence that ends in a colon as a list's item", "[boilerplate]") {
  const auto page = boilerplate::page_features(
      page_of({"Home", "Before the first night out, pack these few things:", "Folding lantern", "Camp stove",
               "Water filter", kListingPara, "Contact us"}),
      false);
  const std::vector<double> first = {-5, 5, -0.5, 5, -5, 5, -5};
  const boilerplate::StackContext ctx = boilerplate::stack_context(page, first);
  auto intro = [&](size_t i) { return stack_feature(page, ctx, i, "s.intro="); };
  CHECK(intro(2) == "s.intro=" + std::to_string(1 * 3 + 1));  // one line down, doubted, the sentence kept
  CHECK(intro(4) == "s.intro=" + std::to_string(3 * 3 + 0));  // three lines down, removed
  CHECK(intro(0).empty());
  CHECK(intro(6).empty());  // past the paragraph: the list has ended
  CHECK(intro(1).empty());
}

TEST_CASE("An item of a numbered list is no title candidate and a headline above the list is", "[boilerplate]") {
  const auto blocks = page_of({"Menu", "Five Ways to Pack Light for a Week Away", kListingPara, "1. Roll the clothes you bring",
                               kListingPara, "2. Wear the heaviest shoes on the way", kListingPara,
                               "3. Leave the spare towel at home", kListingPara, "4. Buy soap where you land", kListingPara});
  const auto page = boilerplate::page_features(blocks, false);
  const std::vector<size_t> candidates = boilerplate::title_candidates(blocks, page);
  auto has = [&](size_t i) { return std::find(candidates.begin(), candidates.end(), i) != candidates.end(); };
  CHECK(has(1));
  CHECK_FALSE(has(3));
  CHECK_FALSE(has(5));
  CHECK_FALSE(has(7));
  CHECK_FALSE(has(9));
}

TEST_CASE("A headline opening a count under a menu item numbered one less stays a title candidate", "[boilerplate]") {
  const auto blocks = page_of({"1. Division", "Sport", "2. Division: Harbour Town win a late thriller at home", kListingPara,
                               kListingPara});
  const auto page = boilerplate::page_features(blocks, false);
  const std::vector<size_t> candidates = boilerplate::title_candidates(blocks, page);
  CHECK(std::find(candidates.begin(), candidates.end(), size_t{2}) != candidates.end());
  CHECK(std::find(candidates.begin(), candidates.end(), size_t{0}) == candidates.end());
}

TEST_CASE("A short numbered box of stories with nothing between its items gives no title candidate", "[boilerplate]") {
  const auto blocks = page_of({"Home", "Trending", "1. Mayor quits after a long row over the harbour budget",
                               "2. Storm closes the coast road for a second night", "Harbour Town win a late thriller at home",
                               kListingPara, kListingPara});
  const auto page = boilerplate::page_features(blocks, false);
  const std::vector<size_t> candidates = boilerplate::title_candidates(blocks, page);
  auto has = [&](size_t i) { return std::find(candidates.begin(), candidates.end(), i) != candidates.end(); };
  CHECK_FALSE(has(2));
  CHECK_FALSE(has(3));
  CHECK(has(4));
}
