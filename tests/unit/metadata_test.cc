#include <catch2/catch.hpp>

#include "dossier/metadata.h"

using namespace dossier;

namespace {
Metadata meta_of(const std::vector<std::string>& lines) {
  std::vector<Block> blocks;
  int64_t n = 1;
  for (const auto& l : lines) blocks.push_back(Block{l, n, n}), n += 2;
  return extract_metadata(blocks, analyze_layout(blocks));
}
const std::string kPara =
    "The talks ended without an agreement, and officials said they would meet again in the spring "
    "to continue the discussion of the draft.";
}  // namespace

TEST_CASE("Full dates are found in common formats", "[metadata]") {
  CHECK(find_full_date("Helsinki, 5 December 2008") == "2008-12-05");
  CHECK(find_full_date("on December 5, 2008 in") == "2008-12-05");
  CHECK(find_full_date("Dec. 5, 2008") == "2008-12-05");
  CHECK(find_full_date("posted 2008-12-05") == "2008-12-05");
  CHECK(find_full_date("31 February 2008") == std::nullopt);
  CHECK(find_full_date("in December 2008") == std::nullopt);
}

TEST_CASE("A wire dateline gives the dateline and the agency as publisher", "[metadata]") {
  auto m = meta_of({"Skeptical West Debates Plan", "CORFU, Greece (Reuters) -- " + kPara});
  CHECK(m.dateline == "CORFU, Greece (Reuters)");
  CHECK(m.publisher == "Reuters");
}

TEST_CASE("A wire dateline with its place in title case gives the dateline and the agency as publisher", "[metadata]") {
  auto m = meta_of({"Skeptical West Debates Plan", "Tartu, Oct. 4 (Reuters) - " + kPara});
  CHECK(m.dateline == "Tartu, Oct. 4 (Reuters)");
  CHECK(m.publisher == "Reuters");
}

TEST_CASE("A place and a date closing a paragraph after a comma are its dateline", "[metadata]") {
  auto m = meta_of({"Skeptical West Debates Plan", kPara + " The council, in the end, agreed on the budget, Tartu, 4 October 2024."});
  CHECK(m.dateline == "Tartu, 4 October 2024");
  auto two = meta_of({"Skeptical West Debates Plan", kPara + " The council agreed, at last, on the budget, Nova Tartu, 4 October 2024"});
  CHECK(two.dateline == "Nova Tartu, 4 October 2024");
  auto none = meta_of({"Skeptical West Debates Plan", kPara + " The council agreed on the budget, tartu, 4 October 2024."});
  CHECK_FALSE(none.dateline);
}

TEST_CASE("A body named with its acronym before an aside in dashes is no dateline", "[metadata]") {
  auto m = meta_of({"Skeptical West Debates Plan",
                    "The Harbour Safety Board (HSB) - which runs the port - said " + kPara});
  CHECK_FALSE(m.dateline);
}

TEST_CASE("A date in the title is the publication date", "[metadata]") {
  auto m = meta_of({"Envoy on trade with Canada, 5 December 2008", kPara});
  CHECK(m.published == "2008-12-05");
}

TEST_CASE("A Last Updated stamp is not the publication date", "[metadata]") {
  auto m = meta_of({". Last Updated: 03/14/2031", "Minister to Push New Trade Pact", kPara});
  CHECK(m.published == std::nullopt);
}

TEST_CASE("A credit line is the byline and names the publisher", "[metadata]") {
  auto m = meta_of({"Draft Treaty Released", kPara, "(AP, MT)"});
  CHECK(m.byline == "(AP, MT)");
  CHECK(m.publisher == "The Moscow Times");
}

TEST_CASE("An appeal naming the outlet beats the wire agency", "[metadata]") {
  auto m = meta_of({"Support The Moscow Times!", "Draft Treaty Released", kPara, "(AP)"});
  CHECK(m.publisher == "The Moscow Times");
}

TEST_CASE("An appeal naming two outlets gives the one named by the longer alias, wherever each stands", "[metadata]") {
  CHECK(meta_of({"Support The Washington Post and the BBC!", "Draft Treaty Released", kPara}).publisher ==
        "The Washington Post");
  CHECK(meta_of({"Support the BBC and The Washington Post!", "Draft Treaty Released", kPara}).publisher ==
        "The Washington Post");
  // An alias inside a longer word is no mention ("CNNs" is not "CNN").
  CHECK(meta_of({"Support the CNNs and BBC!", "Draft Treaty Released", kPara}).publisher == "BBC");
}

TEST_CASE("Unknown metadata stays null", "[metadata]") {
  auto m = meta_of({"Draft Treaty Released", kPara});
  CHECK(m.publisher == std::nullopt);
  CHECK(m.published == std::nullopt);
  CHECK(m.byline == std::nullopt);
  CHECK(m.dateline == std::nullopt);
}

TEST_CASE("A date alone under the headline is the publication date, an update stamp is not", "[metadata]") {
  CHECK(meta_of({"Farmers Protest New Water Rules", "3 March 2031, 10:15 AM", kPara}).published == "2031-03-03");
  CHECK(meta_of({"Farmers Protest New Water Rules", "Wednesday, March 5, 2031", kPara}).published == "2031-03-05");
  CHECK(meta_of({"Farmers Protest New Water Rules", "Updated: March 5, 2031 10:15 AM", kPara}).published == std::nullopt);
  // A sentence of the story naming a date is no stamp.
  CHECK(meta_of({"Farmers Protest New Water Rules", "The council met on 3 March 2031 and voted.", kPara}).published ==
        std::nullopt);
}

TEST_CASE("A wire dateline is found after the byline, the time stamp and a caption under the headline", "[metadata]") {
  auto m = meta_of({"Storm Nears the Coast", "By Jane Roe and John Doe", "Published 6:42 PM EST, Thu November 12, 2031",
                    "Residents leave the harbour district before the storm arrives on the coast of the county.",
                    "PORT ALDER, Fla. (AP) — " + kPara});
  CHECK(m.dateline == "PORT ALDER, Fla. (AP)");
  CHECK(m.publisher == "Associated Press");
}

namespace {
// Blocks of LINES with a layout that removes the lines marked by a kind in KINDS, the first
// line the title.
std::pair<std::vector<Block>, Layout> page_with(const std::vector<std::pair<std::string, std::string>>& lines) {
  std::vector<Block> blocks;
  Layout layout;
  int64_t n = 1;
  for (const auto& [text, kind] : lines) {
    blocks.push_back(Block{text, n, n});
    layout.kinds.push_back(kind);
    n += 2;
  }
  layout.title = 0;
  return {blocks, layout};
}
}  // namespace

TEST_CASE("A byline, an agency's line and a sign-off removed with the chrome return to the story", "[metadata]") {
  auto [blocks, layout] = page_with({{"Storm Nears the Coast", ""},
                                     {"By Jane Roe / March 4, 2031", "other"},
                                     {"The Associated Press", "other"},
                                     {kPara, ""},
                                     {kPara + " Later.", ""},
                                     {"\u2014 Jane Roe, with Reuters", "other"},
                                     {"Share this story", "share"}});
  keep_story_credits(blocks, layout);
  CHECK(layout.kinds == std::vector<std::string>{"", "", "", "", "", "", "share"});
}

TEST_CASE("A sign-off's words after its comma are forty characters at most, counted as characters not bytes", "[metadata]") {
  std::string accents;
  for (int k = 0; k < 33; ++k) accents += "\u00E9";
  // "H" then "arbour " (7) and 33 two-byte letters: 40 characters, 73 bytes.
  const std::string forty = "-- Jane Roe, with Harbour " + accents;
  for (const auto& [line, kept] : std::vector<std::pair<std::string, bool>>{{forty, true},
                                                                           {forty + "\u00E9", false},
                                                                           {"\u2013 Jane Roe, for Coast Desk", true},
                                                                           {"- Jane Roe, for Coast Desk", false},
                                                                           {"\u2014 Jane Roe, with Ann Lee, in Oslo", false}}) {
    INFO(line);
    auto [blocks, layout] = page_with({{"Storm Nears the Coast", ""}, {kPara, ""}, {line, "other"}});
    keep_story_credits(blocks, layout);
    CHECK(layout.kinds[2] == (kept ? "" : "other"));
  }
}

TEST_CASE("A byline's stamp is found after a spaced separator, tried slash, bar, bullet, middle dot in turn", "[metadata]") {
  auto [blocks, layout] = page_with({{"Storm Nears the Coast", ""},
                                     {"By Jane Roe / March 4, 2031", "other"},
                                     {kPara, ""},
                                     {"By Jane Roe \u00B7 4/3/2031", "other"},
                                     {kPara, ""},
                                     {"By Jane Roe|Harbour Desk \u2022 March 4, 2031", "other"},
                                     {kPara, ""},
                                     {"Harbour/Coast | Weather / March 4, 2031", "other"},
                                     {kPara, ""},
                                     {"By Jane Roe /", "other"},
                                     {kPara, ""}});
  keep_story_credits(blocks, layout);
  // The third's bar has no spaces: its bullet parts the credit from the stamp. The fourth
  // is parted at its spaced slash, with no credit before it; the last has no stamp.
  CHECK(layout.kinds == std::vector<std::string>{"", "", "", "", "", "", "", "other", "", "other", ""});
}

TEST_CASE("A credit outside the story stays chrome: above the headline or after the closing chrome", "[metadata]") {
  auto [blocks, layout] = page_with({{"By Jane Roe", "other"},
                                     {"Storm Nears the Coast", ""},
                                     {kPara, ""},
                                     {"Most read", "navigation"},
                                     {"\u2014 Jane Roe, with Reuters", "other"},
                                     {"By Jane Roe", "other"}});
  layout.title = 1;
  keep_story_credits(blocks, layout);
  CHECK(layout.kinds == std::vector<std::string>{"other", "", "", "navigation", "other", "other"});
}

TEST_CASE("Chrome shaped like a credit stays chrome: a bracketed label, a link after a dash, a photo's agency", "[metadata]") {
  auto [blocks, layout] = page_with({{"Storm Nears the Coast", ""},
                                     {"Waves break over the harbour wall.", "caption"},
                                     {"Reuters", "other"},
                                     {kPara, ""},
                                     {"(Advertisement)", "credit"},
                                     {kPara, ""},
                                     {"\u2014 Read More", "navigation"}});
  keep_story_credits(blocks, layout);
  CHECK(layout.kinds == std::vector<std::string>{"", "caption", "other", "", "credit", "", "navigation"});
}

TEST_CASE("A caption or a line of chrome between the headline and the story is not taken for a credit", "[metadata]") {
  auto [blocks, layout] = page_with({{"Storm Nears the Coast", ""},
                                     {"Waves break over the harbour wall in Port Alder.", "caption"},
                                     {"Jane Roe/Wire Photos", "credit"},
                                     {"By the numbers: how the storm grew", "other"},
                                     {kPara, ""}});
  keep_story_credits(blocks, layout);
  CHECK(layout.kinds == std::vector<std::string>{"", "caption", "credit", "other", ""});
}

TEST_CASE("A page's posting stamp under the headline of text without chrome is not kept, a date line is", "[metadata]") {
  std::vector<Block> stamped{{"Farmers Protest New Water Rules", 1, 1}, {"3 March 2031, 10:15 AM", 3, 3}, {kPara, 5, 5}};
  Layout a = analyze_layout(stamped);
  CHECK(a.kinds[1] == "timestamp");
  CHECK(extract_metadata(stamped, a).published == "2031-03-03");
  std::vector<Block> dated{{"Farmers Protest New Water Rules", 1, 1}, {"March 3, 2031", 3, 3}, {kPara, 5, 5}};
  Layout b = analyze_layout(dated);
  CHECK(b.kinds[1].empty());
  CHECK(extract_metadata(dated, b).published == "2031-03-03");
}

TEST_CASE("A posting stamp under the standfirst and the byline is still the publication date", "[metadata]") {
  auto m = meta_of({"Menu", "Harbour Workers Vote to Strike Over Pay",
                    "Fishing town faces its first walkout in two decades as talks collapse",
                    "By Jane Roe, Labour correspondent", "Tue 14 Oct 2031 17.42 BST", kPara, kPara});
  CHECK(m.published == "2031-10-14");
  // One after the story's first two paragraphs is not its stamp.
  CHECK(meta_of({"Harbour Workers Vote to Strike Over Pay", kPara, kPara, "Tue 14 Oct 2031 17.42 BST", kPara}).published ==
        std::nullopt);
}

TEST_CASE("An update stamp at the head of the page gives its date apart from the publication date", "[metadata]") {
  auto m = meta_of({"Home | News | World", "UPDATED 3:15 PM ET, Thursday, March 6, 2031",
                    "Ministers Agree to New Round of Border Talks", kPara, kPara});
  CHECK(m.published == std::nullopt);
  CHECK(m.updated == "2031-03-06");
  // A stamp far down the page, after the story, is not the story's.
  CHECK(meta_of({"Ministers Agree to New Round of Border Talks", kPara, kPara, kPara, kPara, kPara,
                 "Updated: March 9, 2031 10:15 AM", kPara})
            .updated == std::nullopt);
}
