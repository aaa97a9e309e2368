#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "boilerplate/test_pages.h"
#include "dossier/boilerplate.h"

using namespace dossier;

namespace {
using boilerplate_test::page_of;

const std::string kPara1 =
    "Foreign ministers met in the capital on Thursday to discuss the proposal, which the host "
    "government has promoted for more than a year.";
const std::string kPara2 =
    "The talks ended without an agreement, and officials said they would meet again in the spring "
    "to continue the discussion of the draft.";
}  // namespace

TEST_CASE("The title is the headline right above the first paragraph", "[boilerplate]") {
  auto layout = analyze_layout(page_of({"Home", "Ministers Meet on Security Pact", kPara1, kPara2}));
  REQUIRE(layout.title);
  CHECK(*layout.title == 1);
  CHECK(layout.kinds[0] == "navigation");
  CHECK(layout.kinds[2].empty());
}

TEST_CASE("Phrase rules mark web chrome by kind", "[boilerplate]") {
  struct Case {
    std::string line, kind;
  };
  std::vector<Case> cases = {
      {"Accessibility links", "navigation"},
      {"Back to the Top of the Page", "navigation"},
      {"News | Opinion | Sport | Culture", "navigation"},
      {"Read more", "navigation"},
      {"Share on Facebook", "share"},
      {"Support The Daily Planet!", "appeal"},
      {"Remind me later.", "appeal"},
      {". Last Updated: 03/14/2031", "timestamp"},
      {"Sign up for our newsletter", "promo"},
      {"Photo: Jane Doe", "credit"},
      {"Sergey Guneev / Imago", "credit"},
  };
  for (const auto& c : cases) {
    INFO(c.line);
    auto layout = analyze_layout(page_of({"Ministers Meet on Security Pact", kPara1, c.line, kPara2}));
    CHECK(layout.kinds[2] == c.kind);
  }
}

TEST_CASE("A line above a photo credit is its caption", "[boilerplate]") {
  auto layout = analyze_layout(page_of(
      {"Ministers Meet", kPara1, "The minister is known as a critic of the West. He smiles.", "Jane Doe / Imago", kPara2}));
  CHECK(layout.kinds[2] == "caption");
  CHECK(layout.kinds[3] == "credit");
  CHECK(layout.kinds[1].empty());
}

TEST_CASE("A donation appeal spanning paragraphs is removed whole", "[boilerplate]") {
  auto layout = analyze_layout(page_of(
      {"Ministers Meet", kPara1, kPara2, "(AP, XY)",
       "We have one small favour to ask. Our newsroom has been covering the region for many years and we want to go on.",
       "Our reporters will not stop, whatever the pressure. But we need your support to keep the newsroom open.",
       "payment methods", "Maybe another time?"}));
  CHECK(layout.kinds[3].empty());
  CHECK(layout.kinds[4] == "appeal");
  CHECK(layout.kinds[5] == "appeal");
  CHECK(layout.kinds[6] == "appeal");
  CHECK_FALSE(layout.kinds[7].empty());
}

TEST_CASE("Crossheads between paragraphs stay content", "[boilerplate]") {
  auto layout = analyze_layout(page_of({"Ministers Meet", kPara1, "Hacker attack on Ukraine", kPara2}));
  CHECK(layout.kinds[2].empty());
}

TEST_CASE("A short unpunctuated line after the last paragraph is chrome", "[boilerplate]") {
  auto layout = analyze_layout(page_of({"Home", "Ministers Meet", kPara1, kPara2, "related site-42"}));
  CHECK(layout.kinds[4] == "other");
}

TEST_CASE("A closing source line with a full stop stays content", "[boilerplate]") {
  auto layout = analyze_layout(
      page_of({"Ministers Meet", kPara1, kPara2, "Source: Ministry of Foreign Affairs, www.example.org.", "Back to top"}));
  CHECK(layout.kinds[3].empty());
  CHECK(layout.kinds[4] == "navigation");
}

TEST_CASE("Credit lines and bylines are recognized", "[boilerplate]") {
  CHECK(is_credit_line("(AP, MT)"));
  CHECK(is_credit_line("(Reuters)"));
  CHECK(is_credit_line("By Jane Doe"));
  CHECK(is_credit_line("By Jane Doe and John Roe, Staff Writers"));
  CHECK_FALSE(is_credit_line("By the way, the talks failed."));
  CHECK_FALSE(is_credit_line("(This is) maybe the beginning"));
}

TEST_CASE("A line ending in a photo credit in brackets is a caption whatever its length", "[boilerplate]") {
  for (const char* caption :
       {"Volunteers stack sandbags along the river in Eastwick, Monday, March 3, 2031. (AP Photo/Jane Roe)",
        "The harbour at dawn after the storm had passed over the coast. (Photo: John Doe/Harbour Times)",
        "Crews clear a fallen tree from the main road into town on Sunday (Image by Jane Roe)"}) {
    INFO(caption);
    auto layout = analyze_layout(page_of({"Ministers Meet on Security Pact", kPara1, caption, kPara2}));
    CHECK(layout.kinds[2] == "caption");
  }
  // A sentence with a bracket that is no credit stays text.
  auto layout = analyze_layout(page_of(
      {"Ministers Meet on Security Pact", kPara1, "The minister spoke for an hour (far longer than planned).", kPara2}));
  CHECK(layout.kinds[2].empty());
  layout = analyze_layout(page_of({"Ministers Meet on Security Pact", kPara1,
                                   "He said the only thing he saved from the house was on his phone (a picture of his late wife)",
                                   kPara2}));
  CHECK(layout.kinds[2].empty());
}

TEST_CASE("A copyright notice is chrome however long it runs", "[boilerplate]") {
  auto layout = analyze_layout(page_of(
      {"Ministers Meet on Security Pact", kPara1, kPara2,
       "Copyright 2031 The Daily Planet. All rights reserved. This material may not be published, broadcast, "
       "rewritten or redistributed without permission."}));
  CHECK(layout.kinds[3] == "other");
  // An article about copyright is not one.
  layout = analyze_layout(page_of({"Ministers Meet on Security Pact", kPara1,
                                   "Copyright law in the region has changed twice since the court's ruling, the minister said.",
                                   kPara2}));
  CHECK(layout.kinds[2].empty());
  layout = analyze_layout(page_of({"Ministers Meet on Security Pact", kPara1,
                                   "Copyright 2029 rules, which the court struck down on Tuesday, had let publishers charge "
                                   "platforms for every snippet of news they showed, the minister said.",
                                   kPara2}));
  CHECK(layout.kinds[2].empty());
}

TEST_CASE("A paragraph the page breaks off in mid-sentence as its last line stays text", "[boilerplate]") {
  auto layout = analyze_layout(page_of(
      {"Ministers Meet on Security Pact", kPara1, kPara2,
       "The ministers also agreed that the working group would report on the state of the draft before the end of"}));
  CHECK(layout.kinds[3].empty());
}

TEST_CASE("A caption's label standing alone makes the line under it the caption", "[boilerplate]") {
  auto layout = analyze_layout(page_of({"Ministers Meet on Security Pact", "Image caption,",
                                        "Delegates arrive at the conference hall on the first morning", kPara1, kPara2}));
  CHECK(layout.kinds[1] == "caption");
  CHECK(layout.kinds[2] == "caption");
  CHECK(layout.kinds[3].empty());
  layout = analyze_layout(page_of({"Ministers Meet on Security Pact", kPara1,
                                   "Caption: Delegates arrive at the conference hall on the first morning of the talks.", kPara2}));
  CHECK(layout.kinds[2] == "caption");
  // A photo's credit standing alone is no label: the paragraph under it stays text.
  layout = analyze_layout(page_of({"Ministers Meet on Security Pact", kPara1, "(Photo: Jane Roe)", kPara2, kPara1 + " Again."}));
  CHECK(layout.kinds[3].empty());
  CHECK(layout.kinds[4].empty());
}
