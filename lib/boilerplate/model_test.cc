#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "dossier/boilerplate.h"
#include "internal.h"
#include "test_pages.h"

using namespace dossier;

using boilerplate_test::page_of;
using boilerplate_test::stack_feature;

TEST_CASE("The shipped weights load and are not empty", "[boilerplate]") {
  CHECK(boilerplate::LinearModel::shipped("content").size() > 100);
  CHECK(boilerplate::LinearModel::shipped("title").size() > 10);
  CHECK(boilerplate::LinearModel::shipped("stack").size() > 100);
}

TEST_CASE("A run of short lines with bare figures is a table and a menu is not", "[boilerplate]") {
  std::vector<boilerplate::LineShape> shapes;
  for (const char* line : {"Home", "News", "Sport", "Weather", "Travel", "Contact",
                           "Prices rose fastest in the smaller northern cities last year.", "City", "Median price",
                           "Change", "Leeds", "$210,400", "+3.1%", "Hull", "$158,900", "-0.8%"})
    shapes.push_back(boilerplate::line_shape(line, false));
  const std::vector<bool> table = boilerplate::table_cells(shapes);
  CHECK(std::count(table.begin(), table.begin() + 7, true) == 0);
  CHECK(std::count(table.begin() + 7, table.end(), true) == 9);
}

TEST_CASE("A table of dated figures is found inside a long run of menu lines", "[boilerplate]") {
  std::vector<std::string> lines;
  const char* menu[] = {"Garden Tools", "Seeds and Bulbs", "Outdoor Living", "Sale", "Gift Cards"};
  for (int k = 0; k < 30; ++k) lines.push_back(menu[k % 5]);
  lines.push_back("Month");
  lines.push_back("Rainfall");
  for (int m = 1; m <= 12; ++m) {
    lines.push_back(std::to_string(m) + "/1/2019");
    lines.push_back(std::to_string(40 + m * 3) + " mm");
  }
  for (const char* tail : {"Privacy", "Careers", "Press", "Help"}) lines.push_back(tail);
  std::vector<boilerplate::LineShape> shapes;
  for (const std::string& line : lines) shapes.push_back(boilerplate::line_shape(line, false));
  const std::vector<bool> table = boilerplate::table_cells(shapes);
  CHECK(std::count(table.begin(), table.begin() + 30, true) == 0);
  CHECK(std::count(table.begin() + 32, table.begin() + 56, true) == 24);
  CHECK(std::count(table.begin() + 56, table.end(), true) == 0);
}

TEST_CASE("A column of quantities with their units run in is a table", "[boilerplate]") {
  std::vector<boilerplate::LineShape> shapes;
  for (const char* line : {"Parts for one shelf", "Screws", "24mm", "Plank", "900mm", "Dowels", "40mm", "Glue", "50ml"})
    shapes.push_back(boilerplate::line_shape(line, false));
  const std::vector<bool> table = boilerplate::table_cells(shapes);
  CHECK(std::count(table.begin(), table.end(), true) == 9);
  CHECK_FALSE(boilerplate::table_cells({boilerplate::line_shape("2 shelves", false)})[0]);
}

// An article with a table of figures (lines 2 to 9) between its paragraphs.
static std::vector<Block> table_page() {
  const std::string para =
      "Prices rose fastest in the smaller northern cities last year, where buyers priced out of the capital "
      "moved in numbers that surprised local estate agents.";
  return page_of({"Northern Cities Lead the Rise in House Prices", para, "City", "Change", "Leeds", "+3.1%", "Hull",
                  "-0.8%", "York", "+1.2%",
                  "Agents expect the gap to narrow this year as mortgage rates fall and more "
                  "homes come onto the market in the south."});
}

TEST_CASE("A figure in a table is not taken for a time stamp", "[boilerplate]") {
  auto layout = analyze_layout(table_page());
  for (size_t i = 2; i < 10; ++i) CHECK(layout.kinds[i] != "timestamp");
}

TEST_CASE("A bare date in a table of the article is one of its cells, not a time stamp", "[boilerplate]") {
  const std::string para =
      "The reservoir filled more slowly than engineers had planned, and the water board published its "
      "monthly readings to explain the delay to residents.";
  auto layout = analyze_layout(page_of({"Reservoir Fills Slowly After a Dry Spring", para, "Month", "Level",
                                        "3/15/2019", "41%", "4/15/2019", "44%", "5/15/2019", "46%", "6/15/2019", "52%",
                                        "The board expects the reservoir to be full by the end of the autumn if "
                                        "rainfall returns to its usual levels."}));
  for (size_t i = 4; i < 12; ++i) {
    CHECK(layout.kinds[i] != "timestamp");
    CHECK(layout.kinds[i].empty());
  }
}

TEST_CASE("A table that ends an article is kept to its last row", "[boilerplate]") {
  std::vector<std::string> lines = {
      "Allotment Waiting Lists Grow Across the County",
      "More people than ever have asked the county for an allotment, and the waiting lists in the towns are "
      "now longer than they have been for twenty years.",
      "The council says it is looking for land near the new estates, but that each site needs a water supply "
      "and a path before plots can be let.",
      "The figures below give the number of people waiting in each town at the end of last year.",
      "Town", "Waiting"};
  for (const char* town : {"Ashford", "Bexley", "Crayford", "Dartmouth", "Eastwood", "Fairlop", "Gatton", "Hythe",
                           "Ilford", "Jarrow"}) {
    lines.push_back(town);
    lines.push_back(std::to_string(100 + 17 * static_cast<int>(lines.size())));
  }
  auto layout = analyze_layout(page_of(lines));
  for (size_t i = 6; i < lines.size(); ++i) CHECK(layout.kinds[i].empty());
}

// The value of the feature of line I named "NAME=value" among PAGE's features, or -1.
static int page_feature(const boilerplate::PageFeatures& page, size_t i, const std::string& name) {
  for (size_t k = page.offsets[i]; k < page.offsets[i + 1]; ++k)
    if (page.names[k].rfind(name + "=", 0) == 0) return std::stoi(page.names[k].substr(name.size() + 1));
  return -1;
}

TEST_CASE("A line between the time stamps of reader comments sees them, an article's paragraph does not",
          "[boilerplate]") {
  const std::string para =
      "The ferry company said on Friday that the new timetable would add two crossings a day during the "
      "summer, after months of complaints from islanders about queues at the harbour.";
  std::vector<std::string> lines = {"Ferry Timetable Adds Summer Crossings", "June 7, 2024"};
  for (int k = 0; k < 8; ++k) lines.push_back(para + " (" + std::to_string(k) + ")");  // lines 2 to 9
  lines.push_back("3 comments");
  for (const char* who : {"Marta K.", "old_salt", "Islander"}) {
    lines.push_back(who);
    lines.push_back("June 8, 2024 at 10:42 am");
    lines.push_back("About time, the queues in August were the worst I have seen in years.");
  }
  const auto page = boilerplate::page_features(page_of(lines), true);
  REQUIRE(page_feature(page, 3, "stamps") >= 0);
  CHECK(page_feature(page, 3, "stamps") / 9 <= 1);
  CHECK(page_feature(page, 16, "stamps") / 9 >= 2);
}

TEST_CASE("A line sees how far above it the last line with the same first word stands", "[boilerplate]") {
  const auto page = boilerplate::page_features(
      page_of({"Re: the new bus lanes", "posted by kerbside", "They slow the buses down at every junction.",
               "Re: the new bus lanes", "posted by nightowl", "Mine is faster since they opened.", "Weather"}),
      true);
  CHECK(page_feature(page, 3, "unit") / 3 == 3);  // "Re:" three lines above
  CHECK(page_feature(page, 4, "unit") / 3 == 3);
  CHECK(page_feature(page, 6, "unit") / 3 == 0);  // no line starts like it
}

TEST_CASE("A bare number is a figure and a date with a year is a time stamp word", "[boilerplate]") {
  CHECK(boilerplate::line_shape("26.4", false).calendar_words == 0);
  CHECK(boilerplate::line_shape("8/1/2015", false).calendar_words == 1);
  CHECK(boilerplate::line_shape("March 2024", false).calendar_words == 2);
}

TEST_CASE("A line's words are found wherever its spaces fall against the sample's 16- and 64-byte steps", "[boilerplate]") {
  // Words of letters only, so that folding and trimming leave them as they are; runs of one
  // to three spaces before, between and after them, in every position of the sample.
  const std::vector<std::string> words = {"a", "bc", "def", "ghij", "klmnopq", "rstuvwxyzabcdefghi"};
  for (size_t seed = 0; seed < 600; ++seed) {
    std::string text(seed % 3, ' ');
    std::vector<std::string> used;
    for (size_t k = seed; text.size() < seed % 140; k = k * 7 + 5) {
      used.push_back(words[k % words.size()]);
      text += used.back();
      text += std::string(1 + (k / 3) % 3, ' ');
    }
    INFO(text);
    const boilerplate::LineShape s = boilerplate::line_shape(text, true);
    CHECK(s.words == word_count(text));
    if (text.size() > 112) continue;  // the rest is read from the sample only
    REQUIRE(s.words == used.size());
    if (used.empty()) continue;
    CHECK(s.first_text == used.front());
    CHECK(s.last_text == used.back());
    CHECK(s.first == boilerplate::hash_text(used.front()));
    std::string whole;
    for (const std::string& w : used) whole += (whole.empty() ? "" : " ") + w;
    if (used.size() <= 4) CHECK(s.whole_text == whole);
  }
}

TEST_CASE("Two models over one table score as each does alone", "[boilerplate]") {
  const boilerplate::LinearModel a("w=3\t0.5\nterm=1\t-2\n", "a.weights"), b("w=3\t1.5\nbias=1\t4\n", "b.weights");
  const boilerplate::LinearModel both(a, b);
  const uint64_t ids[] = {boilerplate::feature_id("w=3"), boilerplate::feature_id("term=1"), boilerplate::feature_id("bias=1")};
  const auto [first, second] = both.score_both(ids, 3);
  CHECK(first == Approx(a.score(ids, 3)));
  CHECK(second == Approx(b.score(ids, 3)));
  CHECK(second == Approx(5.5));
}

TEST_CASE("A weights file with a bad line is rejected with its line number", "[boilerplate]") {
  CHECK_THROWS(boilerplate::LinearModel("w=3\tabc\n", "test.weights"));
  CHECK(boilerplate::LinearModel("# comment\nw=3\t0.5\n", "test.weights").size() == 1);
}

TEST_CASE("A weight reads as strtod reads it, in the plain form written and in the forms only strtod takes", "[boilerplate]") {
  const uint64_t id = boilerplate::feature_id("w=3");
  for (const char* number : {"0.5", "-2.9480", "0.1", "1e-3", "-0", "+0.25", "0x1p-2", "1e400", "1e-400", "3.4028235e38"}) {
    INFO(number);
    const boilerplate::LinearModel m(std::string("w=3\t") + number + "\n", "test.weights");
    CHECK(m.score(&id, 1) == static_cast<double>(static_cast<float>(std::strtod(number, nullptr))));
  }
  CHECK_THROWS(boilerplate::LinearModel("w=3\t0.5x\n", "test.weights"));
  CHECK_THROWS(boilerplate::LinearModel("w=3\t\n", "test.weights"));
}

TEST_CASE("The shipped model keeps prose and removes menus, stamps and widgets on an unseen page", "[boilerplate]") {
  auto layout = analyze_layout(page_of({
      "Log in", "Newsletters", "Gardening", "Recipes", "Village Fete Raises Funds for New Library Roof",
      "Tuesday 14 May 2024, 09:15", "Organisers of the annual village fete said on Monday that the event had "
      "raised more than four thousand pounds, enough to repair the leaking roof of the old library.",
      "Volunteers baked cakes, ran a tombola and sold second-hand books from a row of tables on the green, "
      "while a brass band played through the afternoon.",
      "The parish council will ask builders for quotes next month and hopes the work can be finished before "
      "the winter rains begin.",
      "Share on Facebook", "Leave a comment", "Privacy policy", "Contact us"}));
  CHECK(layout.kinds[0] != "");
  CHECK(layout.kinds[5] == "timestamp");
  CHECK(layout.kinds[6].empty());
  CHECK(layout.kinds[7].empty());
  CHECK(layout.kinds[8].empty());
  CHECK(layout.kinds[9] != "");
  CHECK(layout.kinds[12] != "");
  REQUIRE(layout.title);
  CHECK(*layout.title == 4);
}

TEST_CASE("A text of one sentence is kept whole", "[boilerplate]") {
  auto layout = analyze_layout(page_of({"A council meeting is planned for Thursday evening."}));
  CHECK(layout.kinds[0].empty());
}

TEST_CASE("A text that starts with its headline and shows no chrome is kept whole", "[boilerplate]") {
  auto layout = analyze_layout(page_of({"Ada Lovelace", "Augusta Ada King was an English mathematician and writer.",
                                        "Born: 10 December 1815", "She is chiefly known for her work on the "
                                        "Analytical Engine, a proposed mechanical general-purpose computer."}));
  REQUIRE(layout.title);
  CHECK(*layout.title == 0);
  for (const auto& k : layout.kinds) CHECK(k.empty());
}

TEST_CASE("An extracted text with its byline, agency and place on lines of their own under the headline is kept whole", "[boilerplate]") {
  auto layout = analyze_layout(page_of({"Council Votes to Repair Library Roof", "Jane Doe", "Reuters", "London",
                                        "The council voted on Tuesday to repair the roof of the central library, "
                                        "and the work is to start in May.",
                                        "The cost is put at two million pounds."}));
  REQUIRE(layout.title);
  CHECK(*layout.title == 0);
  for (const auto& k : layout.kinds) CHECK(k.empty());
}

TEST_CASE("A closing sentence that introduces a quotation keeps the quotation the page breaks off", "[boilerplate]") {
  auto layout = analyze_layout(page_of({
      "Log in", "Newsletters", "Gardening", "Recipes", "Village Fete Raises Funds for New Library Roof",
      "Tuesday 14 May 2024, 09:15", "Organisers of the annual village fete said on Monday that the event had "
      "raised more than four thousand pounds, enough to repair the leaking roof of the old library.",
      "Volunteers baked cakes, ran a tombola and sold second-hand books from a row of tables on the green, "
      "while a brass band played through the afternoon.",
      "Thanking the volunteers at the end of the day, the chair of the parish council said:",
      "\u201CWe could not have done it without the bakers, who"}));
  CHECK(layout.kinds[6].empty());
  CHECK(layout.kinds[7].empty());
  CHECK(layout.kinds[8].empty());
  CHECK(layout.kinds[9].empty());
}

TEST_CASE("The cut-off is where the held-out F1 of removed lines is highest", "[boilerplate]") {
  // Chrome scores -3, -1.5 and 0.5; article lines 0.2, 1 and 2: removing up to 0.5 finds all
  // chrome at the cost of one article line (F1 6/7), which beats stopping at -1.5 (F1 4/5).
  const std::vector<double> scores = {-3, -1.5, 0.5, 0.2, 1, 2};
  const std::vector<bool> good = {false, false, false, true, true, true};
  CHECK(boilerplate::best_cutoff(scores, good) == Approx(0.5));
  CHECK(boilerplate::best_cutoff({}, {}) == Approx(0));
}

TEST_CASE("An offset moves a written weight and adds a missing one", "[boilerplate]") {
  boilerplate::PerceptronTrainer t;
  const std::vector<uint64_t> ids = {boilerplate::feature_id("bias=1")};
  t.name(ids[0], "bias=1");
  t.learn(ids, 0, 1, true);  // weight 1 for one step of two: 0.5 averaged
  t.offset("bias=1", 0.5);
  t.offset("w=3", 2);
  const boilerplate::LinearModel m(t.weights_text("", 0), "t.weights");
  const uint64_t w3 = boilerplate::feature_id("w=3");
  CHECK(m.score(ids.data(), 1) == Approx(1));
  CHECK(m.score(&w3, 1) == Approx(2));
}

TEST_CASE("A table between the paragraphs of an article stays content", "[boilerplate]") {
  auto layout = analyze_layout(table_page());
  for (size_t i = 2; i < 10; ++i) CHECK(layout.kinds[i].empty());
}

TEST_CASE("A story link between the closing paragraphs and a quotation the page breaks off stay with the article", "[boilerplate]") {
  auto layout = analyze_layout(page_of({
      "Log in", "Newsletters", "Village Fete Raises Funds for New Library Roof",
      "Organisers of the annual village fete said on Monday that the event had raised more than four thousand "
      "pounds, enough to repair the leaking roof of the old library.",
      "Volunteers baked cakes, ran a tombola and sold second-hand books from a row of tables on the green, "
      "while a brass band played through the afternoon.",
      "Read more: Library opening hours to change in June",
      "The parish council will ask builders for quotes next month and hopes the work can be finished before "
      "the winter rains begin.",
      "\u201CWe could not have done it without the bakers, who"}));
  CHECK(layout.kinds[5] == "navigation");
  CHECK(layout.kinds[6].empty());
  CHECK(layout.kinds[7].empty());
}

// The hash as first defined: each little-endian 8-byte chunk, the last zero-padded, read a
// byte at a time. Weights files are keyed by it, so a faster load must give the same value.
static uint64_t reference_hash(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ (s.size() * 0xC2B2AE3D27D4EB4FULL);
  for (size_t i = 0; i < s.size(); i += 8) {
    uint64_t w = 0;
    for (size_t b = 0; b < 8 && i + b < s.size(); ++b) w |= uint64_t{static_cast<unsigned char>(s[i + b])} << (8 * b);
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  h *= 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 29);
}

TEST_CASE("A text's hash is the same for every length of its last chunk", "[boilerplate]") {
  const std::string text = "Subscribe to our newsletter \xC2\xBB today";
  for (size_t from = 0; from < 3; ++from)
    for (size_t len = 0; from + len <= text.size(); ++len) {
      const std::string_view s = std::string_view(text).substr(from, len);
      CHECK(boilerplate::hash_text(s) == reference_hash(s));
    }
}

TEST_CASE("The sentence right under the headline stays content when a caption follows it", "[boilerplate]") {
  auto layout = analyze_layout(page_of({
      "Skip to content", "Sections", "Weather", "Harbour Board Approves Plan to Dredge the Old Channel",
      "Board members voted to \"start the work before the autumn storms arrive,\" the chairwoman said.",
      "A dredger at work near the harbour mouth in March.", "Jane Doe / Coast Press",
      "The harbour board approved on Wednesday a plan to dredge the old channel, which has been closed to "
      "larger boats since silt built up over the last three winters.",
      "Fishermen had asked for the work for years, saying the detour around the sandbanks added an hour to "
      "every trip and cost them fuel they could not afford.",
      "The board said the dredging would take about six weeks and that the channel would reopen to all "
      "boats by the end of October.",
      "Share this article", "Privacy policy"}));
  REQUIRE(layout.title);
  CHECK(*layout.title == 3);
  CHECK(layout.kinds[4].empty());
  CHECK(layout.kinds[6] == "credit");
  CHECK_FALSE(layout.kinds[10].empty());
}

TEST_CASE("A line sees how much prose follows it and how much surrounds it", "[boilerplate]") {
  const std::string para =
      "The committee met again on Monday and agreed that the new rules would apply from the first of the month.";
  std::vector<std::string> lines = {"Home", "About", "Contact", "Best Budget Tents Reviewed"};
  for (int k = 0; k < 12; ++k) {
    lines.push_back("Model " + std::to_string(k));
    lines.push_back(para);
  }
  const auto page = boilerplate::page_features(page_of(lines), true);
  auto has = [&](size_t block, const std::string& name) {
    return std::find(page.names.begin() + static_cast<long>(page.offsets[block]),
                     page.names.begin() + static_cast<long>(page.offsets[block + 1]), name) !=
           page.names.begin() + static_cast<long>(page.offsets[block + 1]);
  };
  // "Home": ten lines follow, four of them prose (3 or 4: bucket 3), itself short (0).
  CHECK(has(0, "pa=9"));
  // "Model 3" (block 10): five prose lines in the next ten (bucket 4), and prose nearly half
  // of the lines around it (two fifths: 2), itself short.
  CHECK(has(10, "pa=12"));
  CHECK(has(10, "pf=6"));
  // The last paragraph: the page ends before ten more lines (6 + no prose after: 6), long.
  CHECK(has(lines.size() - 1, "pa=20"));
}

TEST_CASE("The second pass sees how far the nearest kept prose line is on either side", "[boilerplate]") {
  const std::string para =
      "The committee met again on Monday and agreed that the new rules would apply from the first of the month.";
  const auto page = boilerplate::page_features(page_of({"Home", para, "Tent A", "Tent B", para, "Footer"}), false);
  const std::vector<double> first = {-5, 5, -1, -1, 5, -5};
  const boilerplate::StackContext ctx = boilerplate::stack_context(page, first);
  auto gap = [&](size_t i) { return stack_feature(page, ctx, i, "s.gap="); };
  CHECK(gap(0) == "s.gap=57");  // none before (7), one line to the next (1)
  CHECK(gap(3) == "s.gap=17");  // two lines back (2), one ahead (1)
  CHECK(gap(5) == "s.gap=15");  // one back (1), none after (7)
}

TEST_CASE("The second pass sees how long the run of kept lines around a kept line is", "[boilerplate]") {
  const std::string para =
      "The committee met again on Monday and agreed that the new rules would apply from the first of the month.";
  const auto page = boilerplate::page_features(page_of({"Home", para, para, para, "Tent A", para, "Footer"}), false);
  const std::vector<double> first = {-5, 5, 5, 5, -1, 5, -5};
  const boilerplate::StackContext ctx = boilerplate::stack_context(page, first);
  CHECK(ctx.kept_start[2] == 1);
  CHECK(ctx.kept_end[2] == 3);
  CHECK(ctx.kept_start[5] == 5);
  CHECK(ctx.kept_end[5] == 5);
  auto run = [&](size_t i) { return stack_feature(page, ctx, i, "s.run="); };
  CHECK(run(1) == "s.run=7");  // three kept lines (bucket 3), a paragraph (1)
  CHECK(run(3) == "s.run=7");
  CHECK(run(5) == "s.run=3");  // alone (bucket 1), a paragraph
  CHECK(run(4) == "s.run=20");  // removed, no sentence's end
}

TEST_CASE("The averaged weights by name are what the weights text writes", "[boilerplate]") {
  boilerplate::PerceptronTrainer t;
  const std::vector<uint64_t> a = {boilerplate::feature_id("w=1")}, b = {boilerplate::feature_id("w=2")};
  t.name(a[0], "w=1");
  t.name(b[0], "w=2");
  const std::vector<uint64_t> both = {a[0], b[0]};
  t.learn(a, 0, 1, true);      // w=1 goes to 1
  t.learn(both, 0, 2, false);  // scored 1: both go down one
  t.learn(a, 0, 1, true);      // w=1 back to 1
  const auto avg = t.averaged(0);
  REQUIRE(avg.size() == 2);
  CHECK(avg.at("w=2") < 0);
  CHECK(t.weights_text("# h\n", 0) == boilerplate::format_weights("# h\n", avg));
  CHECK(boilerplate::format_weights("", {{"w=3", 0.00001}, {"w=4", -1.5}}) == "w=4\t-1.5000\n");
}

TEST_CASE("The second pass marks a repeated line with how near kept prose is", "[boilerplate]") {
  const std::string para =
      "The committee met again on Monday and agreed that the new rules would apply from the first of the month.";
  const auto page = boilerplate::page_features(
      page_of({"Menu", "Why we like it:", para, "Why we like it:", para, "Menu", "Contact", "Help", "Jobs", "Press"}), false);
  const std::vector<double> first = {-5, -1, 5, -1, 5, -5, -5, -5, -5, -5};
  const boilerplate::StackContext ctx = boilerplate::stack_context(page, first);
  auto rep = [&](size_t i) { return stack_feature(page, ctx, i, "s.rep="); };
  CHECK(rep(3) == "s.rep=9");  // prose right before and after, ends with a colon
  CHECK(rep(5) == "s.rep=2");  // prose right before, none after
  CHECK(rep(6).empty());       // said once
}

TEST_CASE("A one-word title over one short sentence keeps the sentence", "[boilerplate]") {
  auto layout = analyze_layout(page_of({"Title", "The minister spoke in Kyiv on Tuesday."}));
  REQUIRE(layout.title);
  CHECK(*layout.title == 0);
  CHECK(layout.kinds[1].empty());
}


TEST_CASE("A photo's caption that ends with the agency's credit and the photographer is a caption", "[boilerplate]") {
  for (const char* line : {"Soldiers patrol a checkpoint near the border on March 2, 2031. REUTERS/Jane Roe",
                           "A fishing boat leaves the harbour at dawn. XINHUA/John Doe",
                           "Farmers drive tractors to the ministry. ANADOLU/Jane Roe / Pool"})
    CHECK(rule_kind(line) == "caption");
  // A sentence that names the agency and a slash is no credit.
  CHECK(rule_kind("The figures were compiled by Reuters/Ipsos in a poll of voters.") != "caption");
}

TEST_CASE("A paragraph that mentions a link opening in a new window is not a share button", "[boilerplate]") {
  CHECK(rule_kind("Share on Bluesky (Opens in new window) Bluesky") == "share");
  CHECK(rule_kind("The ministry posted the full report online (opens in new window) along with the figures for every "
                  "county and a summary of the main findings of the inquiry.")
            .empty());
}

TEST_CASE("A labelled link to another story between two paragraphs is navigation and the story goes on after it", "[boilerplate]") {
  const std::vector<std::string> story = {
      "Menu",
      "Reservoir Fills Slowly After a Dry Spring",
      "The county reservoir stood at a third of its capacity on Monday, the water board said in its weekly report.",
      "Engineers expect the level to rise through the summer if the forecast rains arrive over the hills as planned.",
      "Related: Farmers warn of a poor harvest as rivers run low",
      "The board will publish its next report on the first Monday of the month, with figures for every dam."};
  auto layout = analyze_layout(page_of(story));
  CHECK(layout.kinds[4] == "navigation");
  CHECK(layout.kinds[5].empty());
}

TEST_CASE("The second pass sees what the first pass kept of the run of lines as long as the line", "[boilerplate]") {
  const std::string para =
      "The committee met again on Monday and agreed that the new rules would apply from the first of the month.";
  const auto page = boilerplate::page_features(
      page_of({"Home", "News", "Sport", para, "Tent pegs", "Ground sheet", "Torch", "Kettle", para, "Imprint"}), false);
  const std::vector<double> first = {-5, -5, -5, 5, 5, -0.5, 5, 5, 5, -5};
  const boilerplate::StackContext ctx = boilerplate::stack_context(page, first);
  auto rsh = [&](size_t i) { return stack_feature(page, ctx, i, "s.rsh="); };
  CHECK(rsh(5) == "s.rsh=" + std::to_string(5 * 3 + 1));  // the three others kept; own score doubtful
  CHECK(rsh(1) == "s.rsh=" + std::to_string(0 * 3 + 0));  // a menu's entries, none kept
  CHECK(rsh(9) == "s.rsh=" + std::to_string(6 * 3 + 0));  // alone after the paragraph
  CHECK(stack_feature(page, ctx, 5, "s.rlen=") == "s.rlen=" + std::to_string(5 * 7 + 3));  // four lines
}

TEST_CASE("A line of another length or a table's cell is not seen with a run of short lines", "[boilerplate]") {
  const std::string para =
      "The committee met again on Monday and agreed that the new rules would apply from the first of the month.";
  const auto page = boilerplate::page_features(
      page_of({para, "Tent pegs", "Torch", "A folding chair for the porch", "Kettle", "Rope", para}), false);
  const std::vector<double> first = {5, 5, 5, -5, -5, -5, 5};
  const boilerplate::StackContext ctx = boilerplate::stack_context(page, first);
  auto rsh = [&](size_t i) { return stack_feature(page, ctx, i, "s.rsh="); };
  CHECK(rsh(3) == "s.rsh=" + std::to_string(6 * 3 + 0));  // six words: a run of its own
  CHECK(rsh(1) == "s.rsh=" + std::to_string(5 * 3 + 2));  // "Torch" kept beside it
  CHECK(rsh(4) == "s.rsh=" + std::to_string(0 * 3 + 0));  // "Rope" removed beside it

  std::vector<std::string> lines = {para, "Price list"};
  for (int k = 0; k < 4; ++k) {
    lines.push_back("Tent " + std::to_string(k + 1));
    lines.push_back("$" + std::to_string(40 + k));
  }
  lines.push_back(para);
  const auto table_page = boilerplate::page_features(page_of(lines), false);
  REQUIRE(table_page.table[3]);
  const std::vector<double> scores(lines.size(), 1.0);
  const boilerplate::StackContext table_ctx = boilerplate::stack_context(table_page, scores);
  CHECK(stack_feature(table_page, table_ctx, 3, "s.rsh=").empty());
  // A short line outside the table beside its cells is no run of theirs: it stands alone.
  auto headed = table_page;
  headed.table[1] = false;  // "Price list" as a heading the table finder left out
  const boilerplate::StackContext headed_ctx = boilerplate::stack_context(headed, scores);
  CHECK(stack_feature(headed, headed_ctx, 1, "s.rsh=") == "s.rsh=" + std::to_string(6 * 3 + 1));
}

TEST_CASE("The second pass keeps a settled line's own score and scores every other line as it would without the list", "[boilerplate]") {
  const std::string para =
      "The harbour board agreed on Thursday to dredge the channel before the autumn storms, after two "
      "trawlers ran aground on the bar in the same week.";
  std::vector<std::string> lines = {"Home", "Harbour Board Agrees to Dredge the Channel", "By Ines Calloway"};
  for (int k = 0; k < 40; ++k) lines.push_back(k % 5 == 4 ? "Share this story" : para + " (" + std::to_string(k) + ")");
  lines.push_back("Contact us");
  const auto page = boilerplate::page_features(page_of(lines), false);
  const auto& content = boilerplate::LinearModel::shipped("content");
  const auto& stack = boilerplate::LinearModel::shipped("stack");
  const size_t n = lines.size();
  std::vector<double> first(n), own(n);
  for (size_t i = 0; i < n; ++i) {
    first[i] = content.score(page.ids.data() + page.offsets[i], page.offsets[i + 1] - page.offsets[i]);
    own[i] = stack.score(page.ids.data() + page.offsets[i], page.offsets[i + 1] - page.offsets[i]);
  }
  std::vector<bool> settled(n, false);
  for (size_t i = 0; i < n; i += 3) settled[i] = true;
  const auto all = boilerplate::stacked_scores(page, first, own, stack);
  const auto some = boilerplate::stacked_scores(page, first, own, stack, &settled);
  bool stack_adds = false;  // the stack features move a settled line's score: the test can tell
  for (size_t i = 0; i < n; ++i) {
    INFO(i);
    CHECK(some[i] == (settled[i] ? own[i] : all[i]));
    stack_adds = stack_adds || (settled[i] && all[i] != own[i]);
  }
  CHECK(stack_adds);
}

TEST_CASE("Each round of the second pass reads the verdicts of the round before", "[boilerplate]") {
  // A made-up second pass that keeps a line when the line above it is kept: each round
  // carries the first line's verdict one line further down. A settled line keeps its own
  // score and is read with the first pass's verdict in every round. A line scored far
  // from 0 (line 5) is not scored again: its context, read again, would add 1.
  std::vector<std::string> lines;
  for (int k = 0; k < 8; ++k) lines.push_back("Gannets nest on the cliffs of the northern cape " + std::to_string(k));
  const auto page = boilerplate::page_features(page_of(lines), false);
  const boilerplate::LinearModel model("s.p1=4\t3\ns.own=5\t1\n", "test.weights");
  const double sure = boilerplate::kSureMargin + 1;
  const std::vector<double> first = {2, -2, -2, -2, -2, -2, -2, -2}, own = {2, -1, -1, -1, -1, sure, -1, -1};
  std::vector<bool> settled(lines.size(), false);
  const auto kept = [](const std::vector<double>& scores) {
    size_t k = 0;
    while (k < scores.size() && scores[k] > 0) ++k;
    return k;  // the kept lines at the top of the page
  };
  CHECK(kept(boilerplate::second_pass_scores(page, first, own, model, settled, 1)) == 2);
  CHECK(kept(boilerplate::second_pass_scores(page, first, own, model, settled, 2)) == 3);
  CHECK(kept(boilerplate::second_pass_scores(page, first, own, model, settled, 3)) == 4);
  CHECK(boilerplate::second_pass_scores(page, first, own, model, settled, 3)[5] == sure);
  // Line 3 settled by a rule: it keeps its own score (here one that would keep it), but the
  // next round reads it as its first-pass -2, not as that score: the chain stops under it.
  settled[3] = true;
  std::vector<double> own_settled = own;
  own_settled[3] = 2;
  const auto stopped = boilerplate::second_pass_scores(page, first, own_settled, model, settled, 4);
  CHECK(kept(stopped) == 4);
  CHECK(stopped[3] == own_settled[3]);
  CHECK(stopped[4] < 0);
}

TEST_CASE("The layout of a long page takes the second pass's verdicts after its rounds", "[boilerplate]") {
  // Made-up models: the first pass keeps a line ending a sentence, the second keeps a line
  // the first pass was sure of and a line under a kept one. One round keeps the sentence
  // and the line under it; the second round reads that verdict and keeps one line more.
  const std::vector<std::string> links = {"Share this page with a friend", "Follow the coastal walks", "Tide tables",
                                          "Birds of the northern cape and the islands off it", "Contact the rangers"};
  std::vector<std::string> lines = {"Gannets nest on the cliffs of the northern cape."};
  for (size_t k = 1; k < 45; ++k) lines.push_back(links[k % links.size()]);
  REQUIRE(lines.size() >= boilerplate::kStackMinBlocks);
  const auto page = boilerplate::page_features(page_of(lines), false);
  for (size_t i = 0; i < 4; ++i) REQUIRE_FALSE(page.table[i]);
  const boilerplate::LinearModel content("bias=1\t-2\nterm=1\t4\n", "content.weights");
  const boilerplate::LinearModel stack("bias=1\t-1\ns.own=4\t3\ns.p1=4\t3\n", "stack.weights");
  const boilerplate::LinearModel both(content, stack), title;
  const Layout layout = boilerplate::analyze_layout(page_of(lines), both, stack, title);
  CHECK(layout.kinds[0].empty());
  CHECK(layout.kinds[1].empty());
  CHECK(layout.kinds[2].empty());
  CHECK_FALSE(layout.kinds[3].empty());
}

TEST_CASE("A page's features are the same ids whether their names are asked for or not", "[boilerplate]") {
  // With names (training) each feature is named as it is made; without them (ingest) only
  // its id is kept. Both must give the same ids in the same order, the edges of the page
  // and lines a phrase rule decides included.
  const std::string para =
      "The lighthouse keepers of the northern coast met on Friday to plan the winter rota, and they agreed to share the "
      "longest night shifts between the three villages.";
  const std::vector<std::string> lines = {"Skip to content", "Home | Harbour | Weather", "Winter Rota Agreed at Last",
                                          "By Mara Quill", "March 4, 2031", para, para + " Tea was served.",
                                          "Share this article", "1. Tides", "2. Lamps", "Copyright 2031 Coast Post"};
  const auto named = boilerplate::page_features(page_of(lines), true);
  const auto plain = boilerplate::page_features(page_of(lines), false);
  CHECK(named.ids == plain.ids);
  CHECK(named.offsets == plain.offsets);
  CHECK(named.names.size() == named.ids.size());
  CHECK(std::count_if(plain.rules.begin(), plain.rules.end(), [](const auto& r) { return !r.kind.empty(); }) > 0);
}

TEST_CASE("A short line's rule with a small bound decides only what its exact pattern matches", "[boilerplate]") {
  // The short rules' set holds their patterns with the bounds relaxed ("{0,3}" as "*"); the
  // exact pattern then decides the lines the relaxed one matched.
  CHECK(boilerplate::rule_hit("Mara Quill / Coastline Wire", 5).kind == "credit");
  CHECK(boilerplate::rule_hit("Ana Bel Cor Dan / Coastline Wire", 7).kind == "credit");
  CHECK(boilerplate::rule_hit("Ana Bel Cor Dan Eli / Coastline Wire", 8).kind != "credit");
  CHECK(boilerplate::rule_hit("12/05/2031", 1).kind == "timestamp");
  CHECK(boilerplate::rule_hit("12/05/20315", 1).kind != "timestamp");
}

TEST_CASE("A line met again gets the shape and rule verdict computed afresh, also after other lines took its place in the cache", "[boilerplate]") {
  const auto same = [](const std::string& line) {
    const boilerplate::LineFacts f = boilerplate::line_facts(line);
    const boilerplate::LineShape s = boilerplate::line_shape(line, false);
    const boilerplate::RuleHit r = boilerplate::rule_hit(line, s.words);
    return f.shape.words == s.words && f.shape.letters == s.letters && f.shape.punct == s.punct &&
           f.shape.stop_words == s.stop_words && f.shape.text_hash == s.text_hash && f.shape.whole == s.whole &&
           f.shape.first == s.first && f.shape.last == s.last && f.shape.terminal == s.terminal &&
           f.rule.kind == r.kind && f.rule.weak == r.weak;
  };
  const std::vector<std::string> lines = {"Share this article", "Most read", "Home | News | Sport | Weather",
                                          "Copyright 2031 Coastline Wire", "Mara Quill / Coastline Wire",
                                          "The ferry left the harbour at dawn, and the gulls followed it out."};
  for (const std::string& line : lines) CHECK(same(line));
  for (const std::string& line : lines) CHECK(same(line));  // now from the cache
  // Thousands of other lines, which take every place of the cache, then the first ones again;
  // and a line of more than 256 bytes, which is never kept.
  for (int k = 0; k < 5000; ++k) CHECK(same("Story " + std::to_string(k) + " of the day"));
  for (const std::string& line : lines) CHECK(same(line));
  const std::string long_line = "Read more: " + std::string(300, 'a') + " | Sport | Weather";
  CHECK(same(long_line));
  CHECK(same(long_line));
}

TEST_CASE("A line is marked repeated when another line of its page has its text, and only then", "[boilerplate]") {
  // Texts said three times, twice and once, apart and side by side; and pages where no
  // text recurs, where none is looked up.
  const auto repeated = [](std::vector<std::string> lines) {
    const auto page = boilerplate::page_features(page_of(lines), false);
    return std::vector<bool>(page.repeated.begin(), page.repeated.end());
  };
  CHECK(repeated({"Menu", "Contact", "Menu", "Share", "Share", "Help", "Menu", "Jobs"}) ==
        std::vector<bool>{true, false, true, true, true, false, true, false});
  CHECK(repeated({"Menu", "Contact", "Help", "Jobs"}) == std::vector<bool>(4, false));
  CHECK(repeated({"Menu"}) == std::vector<bool>{false});
  CHECK(repeated({"Jobs", "Jobs"}) == std::vector<bool>{true, true});
}
