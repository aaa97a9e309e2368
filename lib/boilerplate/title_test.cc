// The title's rules and features: which lines may be the title and what the ranking sees
// of each candidate (layout.cc, features.cc).
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "dossier/boilerplate.h"
#include "internal.h"
#include "test_pages.h"

using namespace dossier;

using boilerplate_test::page_of;

namespace {

// An extracted text's page: its first line is the title and no line is removed.
void check_extracted_whole(const std::vector<std::string>& lines) {
  auto layout = analyze_layout(page_of(lines));
  REQUIRE(layout.title);
  CHECK(*layout.title == 0);
  for (size_t k = 1; k < layout.kinds.size(); ++k) {
    INFO(lines[k]);
    CHECK(layout.kinds[k].empty());
  }
}

}  // namespace

TEST_CASE("A line that is mostly a date is never the title", "[boilerplate]") {
  auto layout = analyze_layout(page_of({"Menu", "March 26, 2023", "Three Ways to Keep Basil Growing All Summer",
                                        "5 min read",
                                        "Basil likes warmth and sun, and it grows best when its flowers are pinched off "
                                        "before they open, which keeps the leaves coming for months."}));
  REQUIRE(layout.title);
  CHECK(*layout.title == 2);
}

TEST_CASE("A breadcrumb's last part is the title and other lines with slashes stay whole", "[boilerplate]") {
  struct Case {
    std::string line, title;
  };
  const std::vector<Case> cases = {
      {"Home / World / Ministers Meet on Security Pact", "Ministers Meet on Security Pact"},
      {"Blog/Garden tips/How to Keep Basil Growing", "How to Keep Basil Growing"},
      {"Home /Three Ways to Keep Basil Growing", "Three Ways to Keep Basil Growing"},
      {"News \u203A Europe \u203A Talks End Without a Deal", "Talks End Without a Deal"},
      {"TCP/IP and HTTP/2 explained", "TCP/IP and HTTP/2 explained"},
      {"Health/Insurers face higher costs among seniors", "Health/Insurers face higher costs among seniors"},
      {"Ministers Meet on Security Pact", "Ministers Meet on Security Pact"},
      {"Opinion / why talks fail", "Opinion / why talks fail"},
      {"| Guides | Moving | Packing a Kitchen in a Day", "Packing a Kitchen in a Day"},
      {"| Storm Hits the Coast", "Storm Hits the Coast"},
      {"Storm Hits the Coast | Daily Planet", "Storm Hits the Coast | Daily Planet"},
  };
  for (const auto& c : cases) {
    INFO(c.line);
    CHECK(title_of_line(c.line) == c.title);
  }
}

TEST_CASE("A link to the next or previous story and a button asking the reader to write are never title candidates",
          "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  for (const char* line : {"Previous: Ten Herbs That Survive a Frost", "\u00AB Previous post",
                           "Next article: Pruning Roses in Late Winter", "Older entry", "Next post \u00BB",
                           "Next Story \u2192", "Next \u00BB", "Email Us Now", "Call Us Today", "Contact Us", "Contact us!",
                           "Follow Us", "Join Us", "Visit Us", "Next: Ten Ways to Dry Basil \u2192"}) {
    INFO(line);
    const std::vector<Block> blocks = page_of({"Menu", "Three Ways to Keep Basil Growing All Summer", line, para});
    const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
    const std::vector<size_t> candidates = boilerplate::title_candidates(blocks, page);
    CHECK(std::find(candidates.begin(), candidates.end(), 2) == candidates.end());
    CHECK(std::find(candidates.begin(), candidates.end(), 1) != candidates.end());
  }
  // A headline may start with such a word, or have "us" in it, or a colon after "Next", or a
  // word after a button's "us" that is no word of when.
  for (const char* headline : {"Next Steps for the Harbour Plan", "Previous Owners Return to the Mill",
                               "Older Gardeners Grow More Herbs", "Give Us Back the Orchard Fund", "Trust Us", "Join Usher Island Rowers",
                               "Next: Why Mint Takes Over Every Bed", "Call Us Stubborn", "Follow Us Home", "Write Us a Song",
                               "Visit Us Again", "Next Steps for the Orchard Fund \u2192"}) {
    INFO(headline);
    const std::vector<Block> blocks = page_of({headline, para});
    const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
    CHECK(boilerplate::title_candidates(blocks, page) == std::vector<size_t>{0});
  }
}

TEST_CASE("A line ending with a colon introduces what follows it and is never a title candidate", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  for (const char* line : {"Here is what you will need:", "The recipe also lets you swap the cheese for nuts, as follows:",
                           "Ingredients:"}) {
    INFO(line);
    const std::vector<Block> blocks = page_of({"Three Ways to Keep Basil Growing All Summer", line, para});
    const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
    const std::vector<size_t> candidates = boilerplate::title_candidates(blocks, page);
    CHECK(std::find(candidates.begin(), candidates.end(), 1) == candidates.end());
    CHECK(std::find(candidates.begin(), candidates.end(), 0) != candidates.end());
  }
  // A colon inside a headline is a headline's ("Basil: Three Ways to Keep It Growing").
  const std::vector<Block> blocks = page_of({"Basil: Three Ways to Keep It Growing", para});
  const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
  CHECK(boilerplate::title_candidates(blocks, page) == std::vector<size_t>{0});
}

TEST_CASE("A byline is never the title", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  auto layout = analyze_layout(page_of({"Menu", "Recipes", "Three Ways to Keep Basil Growing All Summer",
                                        "By Jane Doe", para}));
  REQUIRE(layout.title);
  CHECK(*layout.title != 3);
  CHECK(*layout.title == 2);
}

TEST_CASE("A byline, a filing line, a photo credit or a dated list item is never a title candidate", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  for (const char* byline : {"By: Jane Doe on 12-03-2021 5:11:10", "Written by: Jane Doe, Senior Editor",
                             "Fact checked by John Smith", "Posted by Garden Team", "Posted in Gardening, Herbs",
                             "Fresh basil on a sill | Photo by Jane Doe", "Basil Seedlings in Spring Image Credit Jo Vale",
                             "Basil at Dawn (Photo Jo Vale)", "Basil on the Sill, Credit: Jo Vale",
                             "[ March 3, 2025 ] Tomatoes Love the Heat",
                             "Jane Doe, MS, RD", "Jane Q. Doe, PhD", "if (basil.wilted()) {", "water(basil, 2 * cups);"}) {
    const std::vector<Block> blocks = page_of({"Menu", "Three Ways to Keep Basil Growing All Summer", byline, para});
    const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
    const std::vector<size_t> candidates = boilerplate::title_candidates(blocks, page);
    CHECK(std::find(candidates.begin(), candidates.end(), 2) == candidates.end());
    CHECK(std::find(candidates.begin(), candidates.end(), 1) != candidates.end());
  }
  // A headline may start with the word, or name a person and a place after a comma.
  for (const char* headline : {"Byways of the Old North Road", "Jane Doe, NASA Engineer", "Mayor Jane Doe, UN, and the Pact",
                               "Sam Rivers, SpaceX", "Jane Doe, NYC"}) {
    const std::vector<Block> blocks = page_of({headline, para});
    const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
    CHECK(boilerplate::title_candidates(blocks, page) == std::vector<size_t>{0});
  }
}

TEST_CASE("A headline opening with a year in brackets is a title candidate, a dated list item is not", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  const std::vector<Block> blocks = page_of({"Menu", "[2024] Twelve Herbs That Grow on a Windowsill",
                                             "[ 04/11/2024 ] Mint Spreads Faster Than You Think", para});
  const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
  const std::vector<size_t> candidates = boilerplate::title_candidates(blocks, page);
  CHECK(std::find(candidates.begin(), candidates.end(), 1) != candidates.end());
  CHECK(std::find(candidates.begin(), candidates.end(), 2) == candidates.end());
}

namespace {

// The value of the title feature named TEMPLATE ("t.run") for block I of BLOCKS, every
// block kept but the first.
std::string title_feature(const std::vector<Block>& blocks, size_t i, const std::string& tmpl) {
  boilerplate::PageFeatures page = boilerplate::page_features(blocks, true);
  std::vector<double> scores(blocks.size(), 1);
  scores[0] = -1;
  boilerplate::index_body_words(blocks, scores, page);
  std::vector<uint64_t> ids;
  std::vector<std::string> names;
  boilerplate::title_features(blocks, page, scores, i, 0, ids, &names);
  for (const std::string& n : names)
    if (n.rfind(tmpl + "=", 0) == 0) return n.substr(tmpl.size() + 1);
  return "";
}

}  // namespace

TEST_CASE("An entry of a table of contents is seen among headline-shaped lines, a lone headline is not", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  const std::vector<Block> blocks =
      page_of({"Menu", "Three Ways to Keep Basil Growing All Summer", "March 3, 2025", para, "Contents",
               "Why Basil Needs Warm Soil", "How Often to Water the Pots", "When to Pinch Off the Flowers",
               "Which Varieties Last Longest", para});
  CHECK(title_feature(blocks, 1, "t.run") == "0");
  CHECK(title_feature(blocks, 6, "t.run") == "3");  // two lines above, one below (a paragraph ends the run)
}

TEST_CASE("An entry of a table of contents repeated at its section far below is marked, a headline shown twice is not", "[boilerplate]") {
  const std::string para =
      "Tomatoes ripen faster on warm afternoons, and a gardener who waters them early keeps the fruit from "
      "splitting when the evening turns cool again.";
  std::vector<std::string> lines = {"Home", "Growing Tomatoes on a Small Balcony", "Growing Tomatoes on a Small Balcony",
                                    "Contents", "Choosing a Pot That Drains Well", "Feeding the Plants Each Week", para};
  for (int k = 0; k < 12; ++k) lines.push_back(para);
  lines.push_back("Choosing a Pot That Drains Well");
  lines.push_back(para);
  lines.push_back("Growing Tomatoes on a Small Balcony");  // the headline again, in the page's footer
  const std::vector<Block> blocks = page_of(lines);
  CHECK(title_feature(blocks, 1, "t.dupat") == "0");  // a copy far below, but one right under it too
  CHECK(title_feature(blocks, 2, "t.dupat") == "0");  // its copy is right above it
  CHECK(title_feature(blocks, 4, "t.dupat") == "1");  // its copy is fifteen lines below
  CHECK(title_feature(blocks, 5, "t.dupat") == "0");  // no copy at all
}

TEST_CASE("A line under the story's byline is seen with how far above it the byline stands", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  const std::vector<Block> blocks = page_of({"Menu", "Three Ways to Keep Basil Growing All Summer", "By Jane Doe",
                                             "March 3, 2025", "A Gardener's Notes on Herbs", para});
  CHECK(title_feature(blocks, 1, "t.mup") == "0");
  CHECK(title_feature(blocks, 4, "t.mup") == "1");  // the date right above it
}

TEST_CASE("A title candidate whose words come back in the kept lines after it shows more echo", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  const std::vector<Block> blocks = page_of({"Winter Squash Recipes", "Basil Flowers Pinched Early", para, para});
  boilerplate::PageFeatures page = boilerplate::page_features(blocks, true);
  const std::vector<double> scores = {-1, -1, 1, 1};
  boilerplate::index_body_words(blocks, scores, page);
  auto echo = [&](size_t i) {
    std::vector<uint64_t> ids;
    std::vector<std::string> names;
    boilerplate::title_features(blocks, page, scores, i, i, ids, &names);
    for (const std::string& n : names)
      if (n.rfind("t.necho=", 0) == 0) return n;
    return std::string();
  };
  CHECK(echo(0) == "t.necho=0");   // none of its words of five letters or more come back
  CHECK(echo(1) == "t.necho=14");  // three of its four do ("early" does not): 3 * 4 + 3 * 3 / 4
}

TEST_CASE("A menu run together into one line is not the title", "[boilerplate]") {
  const std::string para =
      "The museum reopened its east wing on Saturday after two years of repairs to the roof and the old "
      "heating system, and hundreds of visitors queued in the rain to see the restored galleries.";
  auto layout = analyze_layout(page_of({"About Us Our Team Careers Press Room Partners Events Shop Contact Us Donate Today",
                                        "Museum Reopens East Wing After Two Years of Repairs", para,
                                        "Curators moved more than four hundred paintings back into the wing during "
                                        "the week, working at night so that the rest of the museum stayed open.",
                                        "Follow us", "Terms of use"}));
  REQUIRE(layout.title);
  CHECK(*layout.title == 1);
  CHECK_FALSE(layout.kinds[0].empty());
}

TEST_CASE("A title candidate shown twice nearby or ending a breadcrumb above it is marked as a near copy", "[boilerplate]") {
  const std::vector<Block> blocks = page_of({"HomeGardenHerbsWhy Basil Bolts in July", "Why Basil Bolts in July",
                                             "Why Basil Bolts in July", "Herbs", "A Note on Watering",
                                             "Plant it in spring.", "Menu", "Herbs"});
  const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
  CHECK(boilerplate::near_copy(blocks, page, 1) == 1);  // the same line right under it
  CHECK(boilerplate::near_copy(blocks, page, 4) == 0);  // a heading seen once
  CHECK(boilerplate::near_copy(blocks, page, 2) == 1);  // and the line above it
  CHECK(boilerplate::near_copy(blocks, page, 7) == 0);  // a label whose copy is four lines away
  const std::vector<Block> crumbs = page_of({"Home / Garden / Why Basil Bolts in July", "Why Basil Bolts in July"});
  const boilerplate::PageFeatures crumb_page = boilerplate::page_features(crumbs, false);
  CHECK(boilerplate::near_copy(crumbs, crumb_page, 1) == 2);  // the breadcrumb's last part
  CHECK(boilerplate::near_copy(crumbs, crumb_page, 0) == 0);  // the breadcrumb itself
}

TEST_CASE("A title candidate sees how far below it a time stamp or a byline stands", "[boilerplate]") {
  const std::vector<Block> blocks = page_of({"Garden", "Why Basil Bolts in July", "By Jane Moreau",
                                             "Updated June 3, 2024", "Shade and water slow it down.",
                                             "Pinch the flower buds as soon as you see them, before the plant spends itself."});
  const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
  CHECK(boilerplate::story_facts_below(blocks, page, 1) == 1);  // the byline right under it
  CHECK(boilerplate::story_facts_below(blocks, page, 0) == 2);  // two lines down
  CHECK(boilerplate::story_facts_below(blocks, page, 4) == 0);  // nothing about the story below
}

TEST_CASE("A credit line whose last part after its slashes is a date is not a title candidate", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  const std::vector<Block> blocks = page_of({"Why Basil Bolts in July", "Garden Desk / growers.example / Updated: Jun 3, 2024, 09:15 CET",
                                             "Home / Garden / Three Herbs That Like Shade", para});
  const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
  const std::vector<size_t> candidates = boilerplate::title_candidates(blocks, page);
  CHECK(std::find(candidates.begin(), candidates.end(), 1) == candidates.end());
  CHECK(std::find(candidates.begin(), candidates.end(), 0) != candidates.end());
  CHECK(std::find(candidates.begin(), candidates.end(), 2) != candidates.end());  // a breadcrumb ending in a headline
}

TEST_CASE("A title candidate sees the nearest headline-shaped lines above and below it and the short lines beside it", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  const std::vector<Block> blocks = page_of({"Contents", "Why Basil Bolts in July",
                                             "What the heat does to a young plant", "March 3, 2024", para});
  boilerplate::PageFeatures page = boilerplate::page_features(blocks, true);
  const std::vector<double> scores = {-1, 1, 1, -1, 1};
  boilerplate::index_body_words(blocks, scores, page);
  auto names_of = [&](size_t i) {
    std::vector<uint64_t> ids;
    std::vector<std::string> names;
    boilerplate::title_features(blocks, page, scores, i, i, ids, &names);
    return names;
  };
  auto has = [](const std::vector<std::string>& names, const std::string& n) {
    return std::find(names.begin(), names.end(), n) != names.end();
  };
  const std::vector<std::string> headline = names_of(1), subtitle = names_of(2);
  CHECK(has(headline, "t.pair=1"));  // none above, the subtitle one line below
  CHECK(has(subtitle, "t.pair=4"));  // the headline one line above, nothing headline-shaped below
  CHECK(has(headline, "t.pline=contents"));
  CHECK(has(subtitle, "t.nline=march 3 2024"));
}

TEST_CASE("A line of parts with a byline or a date among them is a fact about the story under its headline", "[boilerplate]") {
  const std::vector<Block> blocks =
      page_of({"Why Basil Bolts in July", "by Jane Moreau | Herbs | 6 min read", "Three Herbs That Like Shade",
               "Mar. 3, 2024 \u00B7 Tom Ellery", "Home | Herbs | Shade | Contact", "Pinch the buds early"});
  const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
  CHECK(boilerplate::story_facts_below(blocks, page, 0) == 1);  // the byline among the parts
  CHECK(boilerplate::story_facts_below(blocks, page, 2) == 1);  // the date before the middle dot
  CHECK(boilerplate::story_facts_below(blocks, page, 4) == 0);  // a menu's parts say nothing of the story
}

TEST_CASE("A line's parts are split at bars, bullets and middle dots wherever they stand, and a cut sign splits nothing", "[boilerplate]") {
  // Each line stands under a headline-shaped line; the fact is found one line down or not at all.
  const std::vector<std::pair<std::string, int>> cases = {
      {"\u2022 by Jane Moreau \u2022", 1},                        // bullets at both ends
      {"Herbs || by Jane Moreau", 1},                               // two bars in a row
      {"Herbs \u00B7\u00B7 Apr. 9, 2031", 1},                       // two middle dots in a row
      {"Herbs |   | Shade", 0},                                     // a part of spaces only
      {"by Jane Moreau", 1},                                        // no separator: a byline alone
      {"Shade lovers and their friends", 0},                        // no separator, no fact
      {"Herbs \xC2", 0},                                            // a middle dot cut after its first byte
      {"Apr. 9, 2031 \xE2\x80", 1},                                 // a bullet cut: one part, a date
      {"Herbs \xE2\x80\xA2" "by Jane Moreau", 1},                      // a bullet with no space after it
      {"Herbs \xE2\x80\x93 by Jane Moreau and friends of the garden", 0},  // a dash is no separator
  };
  for (const auto& [line, below] : cases) {
    INFO(line);
    const std::vector<Block> blocks = page_of({"Why Basil Bolts in July", line, "Pinch the buds early, and often."});
    const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
    CHECK(boilerplate::story_facts_below(blocks, page, 0) == below);
  }
}

TEST_CASE("A day in figures with dots, a bare byline cue and a byline after a label or a day in figures are facts about the story", "[boilerplate]") {
  // Each line stands under a headline-shaped line; the fact is found one line down or not at all.
  const std::vector<std::pair<std::string, int>> cases = {
      {"06.18.2031", 1},                                            // a day in figures with dots
      {"18.6.31", 1},                                               // with a two-figure year
      {"2.5.1", 0},                                                 // a version number
      {"By", 1},                                                    // the cue, the name on the next line
      {"By desk@growers.example", 1},                               // a name that is an address
      {"Author Posted by Jane Moreau on June 3, 2031", 1},          // the cue after a label
      {"03/01/2031 by Jane Moreau, Garden Editor", 1},              // the cue after a day in figures
      {"Best Seeds of 2031, Tested by Expert Growers", 0},          // a headline with a year and a "by"
      {"Shade Lovers Chosen by Readers", 0},                        // a headline with a "by"
  };
  for (const auto& [line, below] : cases) {
    INFO(line);
    const std::vector<Block> blocks = page_of({"Why Basil Bolts in July", line, "Pinch the buds early, and often."});
    const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
    CHECK(boilerplate::story_facts_below(blocks, page, 0) == below);
  }
}

TEST_CASE("A byline's cue past a one-word label is a sentence's or a headline's, no fact about the story", "[boilerplate]") {
  for (const char* line : {"The song, written by Tom Arle, is sung at every opening of the mill.",
                           "The video, posted by Mayor Hale on Monday, drew sharp criticism.",
                           "A Letter Written By Miners Reaches the Mayor"}) {
    INFO(line);
    const std::vector<Block> blocks = page_of({"Why Basil Bolts in July", line, "Pinch the buds early, and often."});
    const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
    CHECK(boilerplate::story_facts_below(blocks, page, 0) == 0);
  }
}

TEST_CASE("A headline above its byline is taken over the heading under the byline that the ranking slightly prefers", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  const std::vector<Block> blocks = page_of({"Menu", "Three Ways to Keep Basil Growing All Summer", "By Jane Doe",
                                             "March 3, 2025", "Table of contents", "Why Basil Needs Warm Soil", para});
  const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
  const std::vector<double> scores(blocks.size(), 1);
  // A ranking that prefers the lines three to five blocks down: "Table of contents" first.
  const boilerplate::LinearModel slightly("t.idx=3\t2\n", "test"), clearly("t.idx=3\t5\n", "test");
  CHECK(boilerplate::choose_title(blocks, page, scores, slightly) == std::optional<size_t>(1));
  CHECK(boilerplate::choose_title(blocks, page, scores, clearly) == std::optional<size_t>(4));
}

TEST_CASE("A headline with its byline under it is taken over a heading inside the article that the ranking clearly prefers", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  const std::vector<Block> blocks = page_of({"Menu", "Three Ways to Keep Basil Growing All Summer", "By Jane Doe", para,
                                             para, "Why Basil Needs Warm Soil", para});
  const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
  const std::vector<double> scores(blocks.size(), 1);
  // A ranking that prefers the lines three to five blocks down: the heading under the paragraphs.
  const boilerplate::LinearModel clearly("t.idx=3\t5\n", "test"), overwhelmingly("t.idx=3\t7\n", "test");
  CHECK(boilerplate::choose_title(blocks, page, scores, clearly) == std::optional<size_t>(1));
  CHECK(boilerplate::choose_title(blocks, page, scores, overwhelmingly) == std::optional<size_t>(5));
  // Not when the paragraphs right above the heading are ones the content model removes.
  std::vector<double> removed = scores;
  removed[3] = removed[4] = -1;
  CHECK(boilerplate::choose_title(blocks, page, removed, clearly) == std::optional<size_t>(5));
}

TEST_CASE("A headline shown twice in a row right above the line the ranking prefers is the title", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  // A ranking that prefers the lines three to five blocks down: the subtitle.
  const boilerplate::LinearModel subtitle_first("t.idx=3\t5\n", "test");
  const std::vector<double> scores(6, 1);
  for (const char* above : {"Three Ways to Keep Basil Growing", "Garden Notes and Recipes for Summer"}) {
    INFO(above);
    const std::vector<Block> blocks =
        page_of({"Menu", above, "Three Ways to Keep Basil Growing", "How to pinch, water and feed it through the summer",
                 "By Jane Doe", para});
    const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
    const bool twice = std::string(above) == blocks[2].text;
    CHECK(boilerplate::choose_title(blocks, page, scores, subtitle_first) == std::optional<size_t>(twice ? 2 : 3));
  }
}

TEST_CASE("A date right over the line the ranking prefers is that line's, not the headline-shaped line's above it", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  const std::vector<Block> blocks = page_of({"Menu", "Ten Herb Gardens Worth a Visit", "Recipes", "March 3, 2025",
                                             "Three Ways to Keep Basil Growing", para});
  const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
  const std::vector<double> scores(blocks.size(), 1);
  // A ranking that slightly prefers the lines three to five blocks down.
  const boilerplate::LinearModel slightly("t.idx=3\t2\n", "test");
  CHECK(boilerplate::choose_title(blocks, page, scores, slightly) == std::optional<size_t>(4));
}

TEST_CASE("A date halfway between a headline-shaped line and the line the ranking prefers is the upper line's", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  const std::vector<Block> blocks = page_of({"Menu", "Ten Herb Gardens Worth a Visit", "Recipes", "March 3, 2025",
                                             "It rained all week.", "Three Ways to Keep Basil Growing", para});
  const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
  const std::vector<double> scores(blocks.size(), 1);
  // A ranking that slightly prefers the lines three to five blocks down.
  const boilerplate::LinearModel slightly("t.idx=3\t2\n", "test");
  CHECK(boilerplate::choose_title(blocks, page, scores, slightly) == std::optional<size_t>(1));
}

TEST_CASE("A headline with its own byline under it is kept over the dated story above it", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  const std::vector<Block> blocks = page_of({"Old Notes on Tomato Seedlings Indoors", "March 1, 2025",
                                             "Three Ways to Keep Basil Growing All Summer", "By Jane Doe", para});
  const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
  const std::vector<double> scores(blocks.size(), 1);
  const boilerplate::LinearModel prefers_third("t.idx=2\t2\n", "test");
  CHECK(boilerplate::choose_title(blocks, page, scores, prefers_third) == std::optional<size_t>(2));
}

TEST_CASE("A headline with its byline under it is taken over a line far below it with no byline or date near it that the ranking prefers", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  for (const bool dated : {false, true}) {
    INFO(dated);
    std::vector<std::string> lines = {"Menu", "Three Ways to Keep Basil Growing All Summer", "By Jane Doe"};
    lines.insert(lines.end(), 9, para);
    lines.push_back("Ten Herbs That Grow on a Windowsill");
    lines.push_back(dated ? "March 3, 2025" : para);
    lines.push_back(para);
    const std::vector<Block> blocks = page_of(lines);
    const boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
    // The paragraphs right above the teaser are ones the content model removes: it is no
    // heading inside the article.
    std::vector<double> scores(blocks.size(), 1);
    scores[10] = scores[11] = -1;
    // A ranking that prefers the lines eleven to thirty blocks down: the teaser at 12.
    const boilerplate::LinearModel prefers("t.idx=5\t5\n", "test"), much_prefers("t.idx=5\t7\n", "test");
    CHECK(boilerplate::choose_title(blocks, page, scores, prefers) == std::optional<size_t>(dated ? 12 : 1));
    CHECK(boilerplate::choose_title(blocks, page, scores, much_prefers) == std::optional<size_t>(12));
  }
}

TEST_CASE("A breadcrumb opening with '|' keeps the slashes of its last part", "[boilerplate]") {
  CHECK(title_of_line("| Blog | 24/7 Help Lines Open Over the Holidays") == "24/7 Help Lines Open Over the Holidays");
}

TEST_CASE("The candidate whose words the text below repeats most ranks first among the candidates by it", "[boilerplate]") {
  const std::string para =
      "Lanterns made from paper shades glow softly on the harbour walls, and the lantern makers sell them from "
      "their boats once the evening market opens beside the harbour.";
  const std::vector<Block> blocks = page_of({"Menu", "Winter Soup Recipes for Busy Weeknights",
                                             "How Harbour Lantern Makers Keep Their Craft Alive", para, para});
  boilerplate::PageFeatures page = boilerplate::page_features(blocks, true);
  std::vector<double> scores(blocks.size(), 1);
  scores[0] = -1;
  boilerplate::index_body_words(blocks, scores, page);
  const std::vector<size_t> candidates = boilerplate::title_candidates(blocks, page);
  std::vector<std::vector<std::string>> names;
  const auto ids = boilerplate::candidate_features(blocks, page, scores, candidates, &names);
  REQUIRE(ids.size() == names.size());
  auto value = [&](size_t block, const std::string& tmpl) {
    for (size_t r = 0; r < candidates.size(); ++r)
      if (candidates[r] == block)
        for (const std::string& n : names[r])
          if (n.rfind(tmpl + "=", 0) == 0) return n.substr(tmpl.size() + 1);
    return std::string();
  };
  CHECK(value(2, "t.xecho") == "0");  // lantern, harbour, makers come back below
  CHECK(value(1, "t.xecho") == "4");  // the soup teaser's words do not
  CHECK(value(2, "t.xwords") == "0");  // the longer of the two
  CHECK(value(1, "t.xwords") != "0");
}

TEST_CASE("An extracted text whose list of short lines puts its densest prose past ten blocks keeps its first line as title and every line", "[boilerplate]") {
  std::vector<std::string> lines = {"Judges Pick the Best Rye Loaf of the County Fair",
                                    "Forty bakers brought their loaves to the hall on Saturday morning.",
                                    "What the judges looked for:"};
  for (const char* item : {"Moist crumb", "Even rise", "Dark crust", "Sour tang", "Clean slice", "Good keeping",
                           "Fair size", "Whole grain", "Crisp base", "Light weight", "Deep smell", "Neat scoring"})
    lines.push_back(item);
  for (int k = 0; k < 4; ++k)
    lines.push_back("The winning loaf came from a farm kitchen in the hills, where the baker keeps a starter that her "
                    "grandmother began before the war and feeds it every evening without fail.");
  check_extracted_whole(lines);
}

TEST_CASE("An extracted biography keeps its first line as title and every line though its infobox has dates under a line", "[boilerplate]") {
  // A clean text's headline, then an infobox whose lines carry dates ("Born ...", "Died
  // ..."): the ranking may prefer a line with a date under it; the text stays whole.
  std::vector<std::string> lines = {
      "Ilse Varnhagen",
      "Ilse Varnhagen",
      "Varnhagen in 1961",
      "Born 4 May 1930 Tarnholt, Norland",
      "Died 2 June 2015 (aged 85) Tarnholt, Norland",
      "Resting place Old Cemetery, Tarnholt, Norland",
      "Alma mater Tarnholt Drama School",
      "Occupation Actress, screenwriter, film director",
      "Years active 1949 \u2013 2012",
      "Spouse(s) Karl Brenner (m. 1952; div. 1960) Paul Asmund (m. 1971; div. 1975)",
      "Children Jonas Brenner",
      "Ilse Varnhagen (4 May 1930 \u2013 2 June 2015) was a Norlandic actress, screenwriter and director. She won "
      "the national film prize for best actress twice and directed three films of her own.",
      "Varnhagen made her stage debut in 1948 and became one of the leading actresses of the national theatre. She "
      "began playing small roles in films in 1949, choosing difficult parts over the studios' offers.",
      "Early life and education",
      "Varnhagen was born in Tarnholt, the daughter of a dancer and a restaurant owner, and grew up above the "
      "restaurant in the old town until the family moved to the coast in 1938."};
  check_extracted_whole(lines);
}

TEST_CASE("A site's name over a menu of one-word entries is not taken for an extracted text's title", "[boilerplate]") {
  const std::string para =
      "Basil likes warmth and sun, and it grows best when its flowers are pinched off before they open, which "
      "keeps the leaves coming for months in most gardens.";
  const std::vector<std::string> lines = {"Herb Notes", "Herbs", "Seeds", "Soil", "Tools", "Forum",
                                          "Three Ways to Keep Basil Growing All Summer", "March 3, 2025 by Jane Doe",
                                          para, para, para};
  const auto layout = analyze_layout(page_of(lines));
  REQUIRE(layout.title);
  CHECK(*layout.title == 6);
}

TEST_CASE("An extracted text whose headline has short lines under it that carry figures keeps its first line as title", "[boilerplate]") {
  check_extracted_whole({"Rye Fair Results", "Gold", "Silver", "Bronze", "Entries 40", "Judges 3",
                         "Forty bakers brought their loaves to the hall on Saturday morning, and the judges tasted every "
                         "one of them before noon.",
                         "The winning loaf came from a farm kitchen in the hills, where the baker keeps a starter that "
                         "her grandmother began before the war."});
}

// The menu's lines here have no "Home" or "Contact" around them that a rule reads as
// navigation, and the teaser has no "Read next:": the ranking alone passes over them.
TEST_CASE("A page with menu entries above its headline and a teaser of another story under it takes the headline", "[boilerplate]") {
  const std::string para =
      "The village bakery that closed after the flood reopened on Monday, and by nine in the morning the queue "
      "for its rye bread reached the church gate at the end of the lane.";
  const std::string para2 =
      "Its owners spent the winter drying out the ovens and rebuilding the counter with timber given by a "
      "sawmill two valleys away, and neighbours painted the walls.";
  auto layout = analyze_layout(page_of({"News", "Village Life", "Events", "Village Bakery Reopens Months After the Flood",
                                        "By Clara Whitcombe", "March 14, 2025", para, para2,
                                        "Mill Pond Restored for the Summer Swimmers", para2}));
  REQUIRE(layout.title);
  CHECK(*layout.title == 3);
}

TEST_CASE("A page with teasers of other stories in title case above its headline takes the headline with its byline", "[boilerplate]") {
  const std::string para =
      "The county council voted on Tuesday to keep the mobile library running through the winter, after readers "
      "in the hill villages sent more than two thousand letters asking it to stay.";
  const std::string para2 =
      "The van stops at eleven villages each fortnight, and its driver says the busiest stop is the school in the "
      "upper valley, where children queue before the engine is off.";
  auto layout = analyze_layout(page_of({"Menu", "Trending", "New Bridge Opens Over the River Wye",
                                        "Farmers Market Moves to the Old Station", "Local News",
                                        "Council Keeps Mobile Library Running Through Winter",
                                        "By Owen Treharne", "4 February 2025", para, para2, para}));
  REQUIRE(layout.title);
  CHECK(*layout.title == 5);
}

TEST_CASE("A kept line's long words are its runs of five to 32 letters or digits, folded, in its first 240 bytes", "[boilerplate]") {
  // The expected hashes: each word lowered by hand and hashed alone.
  const auto hashes = [](std::vector<std::string> words) {
    std::vector<uint64_t> h;
    for (const std::string& w : words) h.push_back(boilerplate::hash_text(w));
    std::sort(h.begin(), h.end());
    return h;
  };
  const std::string thirty_two(32, 'q'), thirty_three(33, 'z');
  struct Case {
    std::string line;
    std::vector<std::string> words;
  };
  const std::vector<Case> cases = {
      {"Ferry LINES resume: the Harbour2024 timetable, tide-tables and 12345 more", {"ferry", "lines", "resume", "harbour2024", "timetable", "tables", "12345"}},
      {"four fives " + thirty_two + " " + thirty_three + " quay", {"fives", thirty_two}},
      // A byte outside ASCII ends a word, as punctuation does.
      {"Caf\xC3\xA9s and na\xC3\xAFve sailors", {"sailors"}},
      // A word that the 240th byte cuts is left out; one that ends the text at that byte is not.
      {std::string(230, ' ') + "lighthouses", {}},
      {std::string(231, ' ') + "beacon " + "lighthouses", {"beacon"}},
      {std::string(222, '.') + "gulls " + "harbourside", {"gulls", "harbourside"}},
      {std::string(229, '-') + "harbourside", {"harbourside"}},
  };
  for (size_t pad = 0; pad < 17; ++pad)
    for (const Case& c : cases) {
      const std::string line = c.line.size() >= 220 ? c.line : std::string(pad, ' ') + c.line;
      INFO(pad << ": " << line);
      const std::vector<Block> blocks = boilerplate_test::page_of({line});
      boilerplate::PageFeatures page = boilerplate::page_features(blocks, false);
      boilerplate::index_body_words(blocks, std::vector<double>(blocks.size(), 1.0), page);
      REQUIRE(page.body_words.size() == 1);
      CHECK(boilerplate::body_line_words(blocks, page, 0) == hashes(c.words));
    }
}
