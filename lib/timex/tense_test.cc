// Tests of tense from the nearest verb and of the direction it gives.
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/document.h"
#include "dossier/timex.h"
#include "table_test.h"
#include "tables.h"

namespace {

using dossier::timex::Tense;

using timex_table::dct_of;
using timex_table::doc_of;

}  // namespace

TEST_CASE("weekdays take their direction from the verb of their clause", "[timex]") {
  auto ts = dossier::timex::find_timexes(
      doc_of("The envoy will present the plan in a speech Saturday, her office said.", "2010-02-04"));
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].value == "2010-02-06");
  auto past = dossier::timex::find_timexes(doc_of("A ministry official told reporters on Thursday.", "2010-02-04"));
  REQUIRE(past.size() == 1);
  CHECK(past[0].value == "2010-02-04");
  auto opens = dossier::timex::find_timexes(doc_of("The fair, which opens Friday, is in Vienna.", "2010-02-04"));
  REQUIRE(opens.size() == 1);
  CHECK(opens[0].value == "2010-02-05");
}

TEST_CASE("tense_near finds the nearest cue and skips participles after auxiliaries", "[timex]") {
  std::string s = "The vote is to be held on November 3.";
  size_t at = s.find("November");
  CHECK(dossier::timex::tense_near(s, at, at + 10) == Tense::kFuture);
  std::string p = "Officials said on Monday that it was over.";
  at = p.find("Monday");
  CHECK(dossier::timex::tense_near(p, at, at + 6) == Tense::kPast);
  std::string none = "On Monday.";
  CHECK(dossier::timex::tense_near(none, 3, 9) == Tense::kUnknown);
}

TEST_CASE("a verb after and or but following the expression is another clause's, not the expression's", "[timex]") {
  using timex_table::check_found;
  // 2031-12-10: October told in the past is this year's, January told in the future the next.
  check_found("The bank cut rates in October and will meet again in January.", "2031-12-10",
              {{"October", "2031-10"}, {"January", "2032-01"}});
  check_found("The union struck in October but will return to talks in January.", "2031-12-10",
              {{"October", "2031-10"}, {"January", "2032-01"}});
  // With no verb of its own before it, the expression still takes the one after.
  check_found("Prices in October and November will rise.", "2031-12-10", {{"October", "2032-10"}, {"November", "2032-11"}});
}

TEST_CASE("a participle after an auxiliary and an adverb is no past verb", "[timex]") {
  // In late January a figure "officially published in March" is this March's, not last year's.
  auto ts = dossier::timex::find_timexes(doc_of("The figure could change before it is officially published in March.", "2014-01-20"));
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].value == "2014-03");
  std::string s = "The plan was quietly dropped on Monday.";
  size_t at = s.find("Monday");
  CHECK(dossier::timex::tense_near(s, at, at + 6) == Tense::kPast);
}

TEST_CASE("a bare phrase with no verb names a day, month or holiday to come", "[timex]") {
  // 2021-06-09 is a Wednesday.
  struct Case {
    const char* text;
    const char* value;
  };
  const std::vector<Case> cases = {
      {"On Monday.", "2021-06-14"},
      {"At noon on Friday", "2021-06-11"},
      {"In October.", "2021-10"},
      {"Christmas Eve", "2021-12-24"},
      {"The talks ended on Monday.", "2021-06-07"},
      {"The committee met in October.", "2020-10"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto ts = dossier::timex::find_timexes(doc_of(c.text, "2021-06-09"));
    REQUIRE_FALSE(ts.empty());
    CHECK(ts.back().value == c.value);
  }
}

TEST_CASE("is_bare_phrase counts only the words beside the expression", "[timex]") {
  std::string s = "at 10am on Sunday";
  size_t at = s.find("Sunday");
  CHECK(dossier::timex::is_bare_phrase(s, at, s.size()));
  std::string hours = "late on Sunday, in the early hours";
  at = hours.find("Sunday");
  CHECK(dossier::timex::is_bare_phrase(hours, at, at + 6));
  std::string clause = "The new rules take effect across the region on Saturday";
  at = clause.find("Saturday");
  CHECK_FALSE(dossier::timex::is_bare_phrase(clause, at, clause.size()));
}

TEST_CASE("a short or irregular past verb points back as a regular one does", "[timex]") {
  // 2016-03-03 is a Thursday.
  for (const char* text : {"The poet died on Tuesday.", "The crew fled on Tuesday.", "Shareholders sued the bank on Tuesday.",
                           "A dam broke on Tuesday."}) {
    INFO(text);
    auto ts = dossier::timex::find_timexes(doc_of(text, "2016-03-03"));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].value == "2016-03-01");
  }
}

TEST_CASE("A past spelt as its present points back before its object or after he, she or it", "[timex]") {
  // 2016-03-03: December is three months back, or nine ahead.
  // Short sentences with no other cue name a month to come; "hopes" looks ahead too.
  for (const char* text : {"The airline cut 300 jobs in December.", "The town hopes the storm cost the region little in December.",
                           "Investors hope the bank set its rates well in December.", "She quit in December.",
                           "It hurt sales in December.", "December cost the airline millions."}) {
    INFO(text);
    auto ts = dossier::timex::find_timexes(doc_of(text, "2016-03-03"));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].value == "2015-12");
  }
}

TEST_CASE("A noun or a bare verb spelt as a past tells no tense, and a farther cue decides", "[timex]") {
  // "hopes", "plans" and "due" look ahead: December nine months on.
  for (const char* text : {"The board is due to approve a rate cut in December.", "The airline hopes to cut jobs in December.",
                           "The airline hopes it does not cut jobs in December.", "The firm plans a vote set for December.",
                           "Cost cuts come in December, he will say.", "The bill will let banks set fees in December.",
                           "The union will strike if firms cut jobs in December.",
                           "Officials will not let it spread in December.", "Ministers want to see it cut in December."}) {
    INFO(text);
    auto ts = dossier::timex::find_timexes(doc_of(text, "2016-03-03"));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].value == "2016-12");
  }
}

TEST_CASE("A verb after a modal is bare and the modal tells the weekday's direction", "[timex]") {
  struct Case {
    const char* text;
    const char* value;
  };
  // 2031-11-12 is a Wednesday.
  const std::vector<Case> cases = {
      {"The storm could make landfall late Friday near the harbour.", "2031-11-14"},
      {"The storm may hit the coast Friday, forecasters said.", "2031-11-14"},
      {"Officials said the vote could come as early as Tuesday.", "2031-11-18"},
      {"The mayor could not be reached for comment on Friday.", "2031-11-07"},
      {"The bill could have passed on Friday.", "2031-11-07"},
      {"Protesters hit the streets on Friday.", "2031-11-07"},
      // A modal's word with a capital is a name; a past perception looks back.
      {"Prime Minister Theresa May said on Friday that talks would go on.", "2031-11-07"},
      {"Residents said they could hear explosions on Tuesday.", "2031-11-11"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto ts = dossier::timex::find_timexes(doc_of(c.text, "2031-11-12"));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].value == c.value);
  }
}

TEST_CASE("A weekday after would in reported speech is the one to come, after would have the one past", "[timex]") {
  struct Case {
    const char* text;
    const char* value;
  };
  // 2031-11-12 is a Wednesday.
  const std::vector<Case> cases = {
      {"The envoy said the ceasefire talks would start on Thursday.", "2031-11-13"},
      {"The union said its members would not work on Friday.", "2031-11-14"},
      {"The champion would have won on Sunday without the penalty.", "2031-11-09"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto ts = dossier::timex::find_timexes(doc_of(c.text, "2031-11-12"));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].value == c.value);
  }
}

TEST_CASE("a cue word after an article or a possessive is a noun and tells no tense", "[timex]") {
  std::string s = "The council said it had approved the plan Monday.";
  size_t at = s.find("Monday");
  CHECK(dossier::timex::tense_near(s, at, at + 6) == Tense::kPast);
  std::string r = "Officials cheered its return on Friday.";
  at = r.find("Friday");
  CHECK(dossier::timex::tense_near(r, at, at + 6) == Tense::kPast);
}

TEST_CASE("a month or weekday after since is the one before the telling", "[timex]") {
  auto month = dossier::timex::find_timexes(doc_of("Tin prices have risen since March.", "2030-10-16"));
  REQUIRE(month.size() == 1);
  CHECK(month[0].value == "2030-03");
  auto december = dossier::timex::find_timexes(doc_of("The quarry has stood idle since December.", "2030-10-16"));
  REQUIRE(december.size() == 1);
  CHECK(december[0].value == "2029-12");
  auto day = dossier::timex::find_timexes(doc_of("The strike has dragged on since Friday.", "2030-10-16"));
  REQUIRE(day.size() == 1);
  CHECK(day[0].value == "2030-10-11");
}

TEST_CASE("since before a date in the possessive means because and leaves the date to the tense", "[timex]") {
  auto day = dossier::timex::find_timexes(doc_of("Since Friday's fair is off, the band will rest.", "2030-10-16"));
  REQUIRE(day.size() == 1);
  CHECK(day[0].value == "2030-10-18");
  auto curly = dossier::timex::find_timexes(doc_of("Since Friday\u2019s fair is off, the band will rest.", "2030-10-16"));
  REQUIRE(curly.size() == 1);
  CHECK(curly[0].value == "2030-10-18");
}

TEST_CASE("since before a date that a verb follows means because and leaves the date to the tense", "[timex]") {
  auto day = dossier::timex::find_timexes(doc_of("Since Sunday is a market day, the bakery will open late.", "2030-10-16"));
  REQUIRE(day.size() == 1);
  CHECK(day[0].value == "2030-10-20");
  auto month = dossier::timex::find_timexes(doc_of("Since November is quiet, the crew will take leave.", "2030-10-16"));
  REQUIRE(month.size() == 1);
  CHECK(month[0].value == "2030-11");
}

TEST_CASE("a timetable's present with a plural subject points ahead, whatever the attribution after it", "[timex]") {
  struct Case {
    const char* text;
    const char* value;
  };
  // 2031-03-19 is a Wednesday.
  const std::vector<Case> cases = {
      {"Negotiators resume talks in April, two diplomats said.", "2031-04"},
      {"Farmers gather in the capital on Friday, organisers said.", "2031-03-21"},
      {"Voters go to the polls in June, the commission announced.", "2031-06"},
      {"The finance ministers meet again on Monday, an aide said.", "2031-03-24"},
      // Words as often an adjective or a noun are no cue: the past verb decides.
      {"The border crossing remained open on Monday, guards said.", "2031-03-17"},
      {"Aides close to the minister said on Monday that talks had stalled.", "2031-03-17"},
      // A bare form is a cue only right after its subject: not an infinitive, "let go", a noun.
      {"The merger was put on hold on Friday.", "2031-03-14"},
      {"Guards told the crowd to go home on Friday, a witness said.", "2031-03-14"},
      {"The plant let go 80 workers on Friday.", "2031-03-14"},
      {"The bond fund posted a solid return on Friday.", "2031-03-14"},
      {"Protesters began to gather near the port on Friday, police said.", "2031-03-14"},
      {"Bonds got off to a slow start on Monday.", "2031-03-17"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto ts = dossier::timex::find_timexes(doc_of(c.text, "2031-03-19"));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].value == c.value);
  }
}

TEST_CASE("A verb after to is bare whatever its spelling and the verb before it tells the direction", "[timex]") {
  struct Case {
    const char* text;
    const char* value;
  };
  // 2031-11-12 is a Wednesday.
  const std::vector<Case> cases = {
      {"The storm is expected to hit the coast Friday.", "2031-11-14"},
      {"Forecasters say the front is set to hit the valley early Friday.", "2031-11-14"},
      {"The judge is due to read the verdict on Friday.", "2031-11-14"},
      // The past verb before "to" still looks back.
      {"The storm threatened to hit the coast on Friday.", "2031-11-07"},
      {"Gales hit the coast on Friday.", "2031-11-07"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto ts = dossier::timex::find_timexes(doc_of(c.text, "2031-11-12"));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].value == c.value);
  }
}

TEST_CASE("an irregular past form tells a past verb, and one that is an adjective tells nothing", "[timex]") {
  // The forms themselves, without the weekday's own choice of direction.
  for (const char* text : {"The crew hid the boat on Tuesday.", "The lake shrank in March.", "Wasps stung the boy in March.",
                           "The levee withstood the flood in March."}) {
    INFO(text);
    std::string s = text;
    size_t at = s.rfind(' ') + 1;
    CHECK(dossier::timex::tense_near(s, at, s.size() - 1) == Tense::kPast);
  }
  // An adjective: "go broke", and forms left out for being adjectives as often as verbs.
  for (const char* text : {"The firm will go broke in October.", "Crews will move spent fuel in October.",
                           "Mourners will hold a candle-lit vigil in October.", "Britain faces a hung parliament in October."}) {
    INFO(text);
    auto ts = dossier::timex::find_timexes(doc_of(text, "2019-06-12"));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].value == "2019-10");
  }
}

TEST_CASE("a past spelt as its present after a bare verb's word tells nothing, and a stranded to leaves other pasts", "[timex]") {
  struct Case {
    const char* text;
    const char* value;
  };
  const std::vector<Case> cases = {
      {"The storm is expected to hit the coast in October.", "2019-10"},
      {"The clerk will not read the verdict in October.", "2019-10"},
      // "never" or "not" alone before it: the form is the past.
      {"The storm never hit the coast in October.", "2018-10"},
      // Before its object, a past spelt as its present is a past: "upset", "thrust".
      {"Rebels upset the count in October.", "2018-10"},
      {"The crisis thrust him into office in October.", "2018-10"},
      // "to" ending a relative clause before a past verb: that verb still looks back.
      {"The agency the pilots report to closed the airport in October.", "2018-10"},
      {"The board it answers to met in October.", "2018-10"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto ts = dossier::timex::find_timexes(doc_of(c.text, "2019-06-12"));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].value == c.value);
  }
}

TEST_CASE("a plan told as made in the past dates its month and day nearest to the telling", "[timex]") {
  using timex_table::check_found;
  // Eight days before the telling, not next year's: the plan's date may have passed.
  check_found("The ferry crossing was scheduled for Sept. 4.", "2023-09-12", {{"Sept. 4", "2023-09-04"}});
  check_found("The auction, originally planned for Sept. 4, drew no bids.", "2023-09-12", {{"Sept. 4", "2023-09-04"}});
  check_found("The bridge had been due to reopen on Sept. 4.", "2023-09-12", {{"Sept. 4", "2023-09-04"}});
  check_found("Repairs were officially scheduled for Sept. 4.", "2023-09-12", {{"Sept. 4", "2023-09-04"}});
  // And after it, when that is nearer.
  check_found("The ferry crossing was scheduled for Sept. 20.", "2023-09-12", {{"Sept. 20", "2023-09-20"}});
  // A plan told in the present still looks ahead, and "would" may be a condition.
  check_found("The ferry crossing is scheduled for Sept. 4.", "2023-09-12", {{"Sept. 4", "2024-09-04"}});
  check_found("Under the bill the levy would apply from Sept. 4.", "2023-09-12", {{"Sept. 4", "2024-09-04"}});
  // A weekday keeps the plan's direction.
  check_found("The ferry crossing was scheduled for Friday.", "2023-09-12", {{"Friday", "2023-09-15"}});
  // So do a numeric date, a weekday of a month and a week of a month.
  check_found("The ferry crossing was scheduled for 9/4.", "2023-09-12", {{"9/4", "2023-09-04"}});
  check_found("The ferry crossing was scheduled for the first Monday in September.", "2023-09-12",
              {{"the first Monday in September", "2023-09-04"}});
  check_found("The ferry crossing was scheduled for the first week of September.", "2023-09-12",
              {{"the first week of September", "2023-W36"}});
}

TEST_CASE("a plan told in the past whose date is months before the telling is still ahead", "[timex]") {
  using timex_table::check_found;
  // Reported speech keeps the past of its verb: the plan stands, its date next May.
  check_found("The operator said the line was scheduled to reopen on May 1.", "2023-09-12", {{"May 1", "2024-05-01"}});
  check_found("Engineers said the tunnel was expected to open in April.", "2023-09-12", {{"April", "2024-04"}});
  // Within the weeks before the telling it came due then.
  check_found("Engineers said the tunnel was expected to open in August.", "2023-09-12", {{"August", "2023-08"}});
}

TEST_CASE("tense_near tells a plan's participle after a past auxiliary as a plan told in the past", "[timex]") {
  dossier::timex::Plan plan = dossier::timex::Plan::kNone;
  std::string s = "The ferry crossing was scheduled for May 3.";
  size_t at = s.find("May");
  CHECK(dossier::timex::tense_near(s, at, at + 5, &plan) == Tense::kFuture);
  CHECK(plan == dossier::timex::Plan::kPast);
  std::string t = "The ferry crossing is scheduled for May 3.";
  at = t.find("May");
  CHECK(dossier::timex::tense_near(t, at, at + 5, &plan) == Tense::kFuture);
  CHECK(plan == dossier::timex::Plan::kNone);
}

TEST_CASE("a plan that has been made still stands and looks ahead", "[timex]") {
  using timex_table::check_found;
  check_found("The ferry crossing has been scheduled for Sept. 4.", "2023-09-12", {{"Sept. 4", "2024-09-04"}});
  check_found("The ferry crossing had been scheduled for Sept. 4.", "2023-09-12", {{"Sept. 4", "2023-09-04"}});
}

TEST_CASE("a plan given up or changed dates its month and day nearest the telling", "[timex]") {
  using timex_table::check_found;
  check_found("The ferry crossing, originally scheduled for March 28, was moved to May.", "2023-06-12",
              {{"March 28", "2023-03-28"}, {"May", "2023-05"}});
  check_found("The ferry crossing had been due on April 2 but slipped.", "2023-06-12", {{"April 2", "2023-04-02"}});
  // Put off, its first date may still be ahead: the one nearest the telling.
  check_found("The ferry crossing had been scheduled for June 30 but was put off.", "2023-06-12", {{"June 30", "2023-06-30"}});
  // Told with "was" alone, months back, it is still ahead.
  check_found("The ferry crossing was due on April 2.", "2023-06-12", {{"April 2", "2024-04-02"}});
}

TEST_CASE("slated as a verb of criticism tells a past, not a plan", "[timex]") {
  using timex_table::check_found;
  check_found("Critics slated the ferry service in March.", "2023-06-12", {{"March", "2023-03"}});
}

TEST_CASE("the tense table's filter holds every listed word in any capitals, so no cue is passed over", "[timex]") {
  // tense_near skips a word whose filter bit is clear without looking it up: every word of
  // the table, lower case, capitalised or in capitals, must find its bit set.
  const auto& t = dossier::timex::grammar::tables();
  REQUIRE(t.tense.size() > 100);
  const auto has_bit = [&](std::string_view w) {
    const unsigned bit = dossier::timex::grammar::tense_filter_key(w);
    return ((t.tense_bits[bit >> 6] >> (bit & 63)) & 1) != 0;
  };
  for (const auto& [word, tense] : t.tense) {
    std::string upper = word, capital = word;
    for (auto& c : upper) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
    if (!capital.empty() && capital[0] >= 'a' && capital[0] <= 'z') capital[0] = static_cast<char>(capital[0] - 32);
    CHECK(has_bit(word));
    CHECK(has_bit(upper));
    CHECK(has_bit(capital));
  }
}

TEST_CASE("tense_near reads a listed cue in capitals and a past in -ed beside words that are no cue", "[timex]") {
  std::string caps = "The ferry company SAID on Monday that the crossing was over.";
  size_t at = caps.find("Monday");
  CHECK(dossier::timex::tense_near(caps, at, at + 6) == Tense::kPast);
  std::string ed = "The orchard owners harvested apples on Monday near the meadow.";
  at = ed.find("Monday");
  CHECK(dossier::timex::tense_near(ed, at, at + 6) == Tense::kPast);
  // The -ed of a word in mixed capitals is a past too.
  std::string mixed = "The orchard owners harvestED apples on Monday near the meadow.";
  at = mixed.find("Monday");
  CHECK(dossier::timex::tense_near(mixed, at, at + 6) == Tense::kPast);
  // A word of five bytes or more in -eed is no past form.
  std::string eed = "The orchard owners proceed to pick apples on Monday near the meadow.";
  at = eed.find("Monday");
  CHECK(dossier::timex::tense_near(eed, at, at + 6) != Tense::kPast);
}
