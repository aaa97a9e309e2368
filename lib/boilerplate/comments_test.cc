// Readers' comments under a story (comments.cc).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/boilerplate.h"
#include "internal.h"
#include "test_pages.h"

using dossier::analyze_layout;
using boilerplate_test::page_of;

namespace {
// A news page: the lines BEFORE, the three paragraphs of a story about a reservoir, the lines
// AFTER.
std::vector<std::string> reservoir_page(std::vector<std::string> before, const std::vector<std::string>& after) {
  for (const char* para :
       {"The county reservoir stood at a third of its capacity on Monday, the water board said in its weekly report.",
        "Engineers expect the level to rise through the summer if the forecast rains arrive over the hills as planned.",
        "Farmers downstream have been asked to keep their use of river water to the mornings until further notice."})
    before.emplace_back(para);
  before.insert(before.end(), after.begin(), after.end());
  return before;
}
}  // namespace

TEST_CASE("A comments heading after the story's paragraphs makes the rest of the page comments", "[boilerplate]") {
  const std::vector<std::string> story = reservoir_page(
      {"Menu", "Search", "Reservoir Fills Slowly After a Dry Spring"},
      {"The board will publish its next report on the first Monday of the month, with figures for every dam.",
      "14 Comments",
      "I have lived by the reservoir for thirty years and have never seen the water this low in the spring.",
      "The board should have started the repairs to the old pipes long before the dry months came round again.",
      "Reply"});
  auto layout = analyze_layout(page_of(story));
  CHECK(layout.kinds[3].empty());
  CHECK(layout.kinds[6].empty());
  CHECK(layout.kinds[7] == "comment");
  CHECK(layout.kinds[8] == "comment");
  CHECK(layout.kinds[9] == "comment");
}

TEST_CASE("A comments link above the story does not make the story comments", "[boilerplate]") {
  const std::vector<std::string> story = reservoir_page({"Reservoir Fills Slowly After a Dry Spring", "Comments (14)"}, {});
  auto layout = analyze_layout(page_of(story));
  CHECK(layout.kinds[1] == "comment");
  for (size_t i = 2; i < story.size(); ++i) CHECK(layout.kinds[i].empty());
}

TEST_CASE("A heading of one word like 'Responses' opens the comments only when a comment's stamp or button follows", "[boilerplate]") {
  std::vector<std::string> story = reservoir_page(
      {"Reservoir Fills Slowly After a Dry Spring"},
      {"Responses", "The minister said the board's plan was sound and that the county would pay for the repairs to the pipes."});
  auto layout = analyze_layout(page_of(story));
  CHECK(layout.kinds[5].empty());
  story.insert(story.begin() + 5, "March 3, 2031 at 9:14 am");
  story.push_back("Reply");
  layout = analyze_layout(page_of(story));
  CHECK(layout.kinds[6] == "comment");
}

TEST_CASE("Three comment stamps after the story make the rest of the page comments, from the line naming them above the first",
          "[boilerplate]") {
  const std::vector<std::string> story = reservoir_page(
      {"Menu", "Reservoir Fills Slowly After a Dry Spring"},
      {"What our readers think", "Comments from readers",
       "I have lived by the reservoir for thirty years and have never seen the water this low in the spring.",
       "Reply",
       "The board should have started the repairs to the old pipes long before the dry months came round again.",
       "Reply to Tomasz", "Reply"});
  auto layout = analyze_layout(page_of(story));
  for (size_t i = 2; i <= 4; ++i) CHECK(layout.kinds[i].empty());
  CHECK(layout.kinds[5] != "comment");  // a heading no rule knows, above the line naming the comments
  for (size_t i = 6; i < story.size(); ++i) CHECK(layout.kinds[i] == "comment");
}

TEST_CASE("Comments signed by three names make the rest of the page comments", "[boilerplate]") {
  const std::vector<std::string> story = reservoir_page(
      {"Menu", "Reservoir Fills Slowly After a Dry Spring"},
      {"marta_k says:", "The water was this low in the dry summer of my childhood, and the town coped then as well.",
       "by old_salt ( 40412 ) writes:", "The pipes have leaked for years and nobody on the board has ever cared about them.",
       "Islander says:", "We were asked to save water last year too, and the rain came in the end as it always does."});
  auto layout = analyze_layout(page_of(story));
  for (size_t i = 2; i <= 4; ++i) CHECK(layout.kinds[i].empty());
  for (size_t i = 5; i < story.size(); ++i) CHECK(layout.kinds[i] == "comment");
}

TEST_CASE("A story that quotes writers after 'He writes:' or a name and 'wrote:' has no comments", "[boilerplate]") {
  const std::vector<std::string> story = reservoir_page(
      {"Menu", "Reservoir Fills Slowly After a Dry Spring"},
      {"He writes:", "The water was this low in the dry summer of my childhood, and the town coped then as well.",
       "She writes:", "The pipes have leaked for years and nobody on the board has ever cared about them at all.",
       "Jane Roe wrote:", "We were asked to save water last year too, and the rain came in the end as it always does.",
       "They write:", "The board will publish its next report on the first Monday of the month, with the figures."});
  auto layout = analyze_layout(page_of(story));
  for (size_t i = 2; i < story.size(); ++i) CHECK(layout.kinds[i] != "comment");
}

TEST_CASE("Two comment stamps are not yet a run of comments", "[boilerplate]") {
  const std::vector<std::string> story = reservoir_page(
      {"Menu", "Reservoir Fills Slowly After a Dry Spring"},
      {"marta_k says:", "The water was this low in the dry summer of my childhood, and the town coped then as well.",
       "Islander says:", "We were asked to save water last year too, and the rain came in the end as it always does."});
  auto layout = analyze_layout(page_of(story));
  for (size_t i = 2; i < story.size(); ++i) CHECK(layout.kinds[i] != "comment");
}

TEST_CASE("Comment stamps above the story's paragraphs do not make the story comments", "[boilerplate]") {
  std::vector<std::string> lines = {"Menu", "Reservoir Fills Slowly After a Dry Spring", "Reply", "Reply to all", "Re: the reservoir"};
  const std::vector<std::string> story = reservoir_page(lines, {});
  auto layout = analyze_layout(page_of(story));
  for (size_t i = 5; i < story.size(); ++i) CHECK(layout.kinds[i].empty());
}

TEST_CASE("A sentence of the story that mentions a comment does not open the comments above their stamps", "[boilerplate]") {
  const std::vector<std::string> story = reservoir_page(
      {"Menu", "Reservoir Fills Slowly After a Dry Spring"},
      {"The board declined to comment.",
       "Its chairman is expected to speak about the repairs at the council's meeting in the spring, officials said.",
       "I have lived by the reservoir for thirty years and have never seen the water this low in the spring.",
       "Reply", "Reply", "Reply"});
  auto layout = analyze_layout(page_of(story));
  CHECK(layout.kinds[5] != "comment");
  CHECK(layout.kinds[6] != "comment");
  CHECK(layout.kinds[8] == "comment");
}

TEST_CASE("Speakers a story introduces with 'The minister says:' are no comment stamps", "[boilerplate]") {
  const std::vector<std::string> story = reservoir_page(
      {"Menu", "Reservoir Fills Slowly After a Dry Spring"},
      {"The minister says:", "\"We will find the money for the pipes before the summer is over, whatever it costs.\"",
       "A farmer says:", "\"We have been told to wait for rain every year, and every year the rain comes later.\"",
       "The mayor says:", "\"The town will cope, as it always has, and the board must now do its part as well.\""});
  auto layout = analyze_layout(page_of(story));
  for (size_t i = 2; i < story.size(); ++i) CHECK(layout.kinds[i] != "comment");
}

TEST_CASE("Subject lines of letters in a story are no comment stamps without a reply button or a signature", "[boilerplate]") {
  const std::vector<std::string> story = reservoir_page(
      {"Menu", "Reservoir Fills Slowly After a Dry Spring"},
      {"Re: pipe repairs at the north dam",
       "The first letter asked the board to delay the repairs until the autumn, when the water would be higher.",
       "Re: water use by the mills", "The second letter asked the mills to cut their use of river water by a third.",
       "Re: the spring report", "The third letter, sent in March, asked for the figures of every dam to be published."});
  auto layout = analyze_layout(page_of(story));
  for (size_t i = 2; i < story.size(); ++i) CHECK(layout.kinds[i] != "comment");
}
