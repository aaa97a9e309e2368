#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/error.h"
#include "dossier/positions.h"
#include "positions/test_docs.h"

using namespace positions_test;

TEST_CASE("selections parse actor, since, until and doc", "[positions][diff]") {
  auto s = dossier::parse_selection("actor=Russia, until=2010");
  CHECK(s.actor == std::optional<std::string>("Russia"));
  CHECK(s.until == std::optional<std::string>("2010"));
  CHECK(!s.since);
  CHECK_THROWS_AS(dossier::parse_selection("speaker=Russia"), dossier::Error);
  CHECK_THROWS_AS(dossier::parse_selection("since=later"), dossier::Error);
  CHECK_THROWS_AS(dossier::parse_selection("actor"), dossier::Error);
}

TEST_CASE("dates in selections compare by prefix", "[positions][diff]") {
  auto until = dossier::parse_selection("until=2010");
  auto since = dossier::parse_selection("since=2020");
  Position p{"Russia", "cfe-treaty", "support", "2010-12-31", {}, {}};
  CHECK(until.matches(p, "d"));
  CHECK(!since.matches(p, "d"));
  p.date = "2021-11";
  CHECK(since.matches(p, "d"));
  CHECK(!until.matches(p, "d"));
}

TEST_CASE("the diff says added, removed, flipped and same", "[positions][diff]") {
  dossier::PositionDiffer differ(dossier::parse_selection("actor=Russia,until=2010"),
                                 dossier::parse_selection("actor=Russia,since=2020"));
  Document d;
  d.id = "d1";
  d.text = "Evidence sentence.";
  auto pos = [](const char* topic, const char* stance, const char* date) {
    return Position{"Russia", topic, stance, date, Span{0, 18}, {}};
  };
  differ.add(d, {pos("cfe-treaty", "support", "2008-12-05"), pos("legally-binding", "support", "2008-12-05"),
                 pos("legally-binding", "support", "2022-01-14"), pos("nato-withdrawal", "support", "2022-01-14"),
                 pos("missile-defense", "oppose", "2009-06-28"), pos("missile-defense", "support", "2022-01-14"),
                 pos("arms-control", "support", "2015-01-01")});
  auto diffs = differ.diffs();
  auto change = [&](const std::string& topic) {
    for (const auto& x : diffs)
      if (x.topic == topic) return x.change;
    return std::string("absent");
  };
  CHECK(change("cfe-treaty") == "removed");
  CHECK(change("legally-binding") == "same");
  CHECK(change("nato-withdrawal") == "added");
  CHECK(change("missile-defense") == "flipped");
  CHECK(change("arms-control") == "absent");
  auto text = dossier::diff_text(diffs, dossier::parse_selection("actor=Russia,until=2010"),
                                 dossier::parse_selection("actor=Russia,since=2020"));
  CHECK(text.find("+ Russia nato-withdrawal: support (2022-01-14)\n") != std::string::npos);
  CHECK(text.find("- Russia cfe-treaty: support (2008-12-05)\n") != std::string::npos);
  CHECK(text.find("~ Russia missile-defense: oppose -> support") != std::string::npos);
  CHECK(text.find("\"Evidence sentence.\"") != std::string::npos);
}

TEST_CASE("a side's stance is its majority, ties going to the latest", "[positions][diff]") {
  dossier::PositionDiffer differ(dossier::Selection{}, dossier::Selection{});
  Document d;
  d.text = "x";
  differ.add(d, {Position{"NATO", "t", "oppose", "2001", {}, {}}, Position{"NATO", "t", "support", "2003", {}, {}}});
  auto diffs = differ.diffs();
  REQUIRE(diffs.size() == 1);
  CHECK(diffs[0].left->stance == "support");
  CHECK(diffs[0].left->dates == std::vector<std::string>{"2001", "2003"});
}

TEST_CASE("two named actors are compared topic by topic", "[positions][diff]") {
  dossier::PositionDiffer differ(dossier::parse_selection("actor=Russia"), dossier::parse_selection("actor=NATO"));
  Document d;
  d.text = "x";
  differ.add(d, {Position{"Russia", "nato-enlargement", "oppose", "2008", {}, {}},
                 Position{"NATO", "nato-enlargement", "support", "2008", {}, {}}});
  auto diffs = differ.diffs();
  REQUIRE(diffs.size() == 1);
  CHECK(diffs[0].actor == "Russia vs NATO");
  CHECK(diffs[0].change == "flipped");
}

TEST_CASE("the svg is one picture with a cell per actor and topic", "[positions][diff]") {
  dossier::PositionDiff d;
  d.actor = "A & B";
  d.topic = "cfe-treaty";
  d.change = "added";
  d.right = dossier::PositionSide{"support", {"2020"}, {}};
  std::string svg = dossier::diff_svg({d}, dossier::Selection{}, dossier::Selection{});
  CHECK(svg.rfind("<svg", 0) == 0);
  CHECK(svg.find("</svg>") != std::string::npos);
  CHECK(svg.find("A &amp; B") != std::string::npos);
  CHECK(svg.find("#2e8b57") != std::string::npos);
}
