// Tests of the document layer (anchors, ids, code-point spans) and of the calendar
// extent of values.
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/document.h"
#include "dossier/timex.h"
#include "table_test.h"

namespace {

using dossier::timex::Tense;

using timex_table::dct_of;
using timex_table::doc_of;
using timex_table::check_found;

}  // namespace

TEST_CASE("without a dct values keep X placeholders and never read the clock", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("She said on Friday that last year was hard, and yesterday too.", nullptr));
  REQUIRE(ts.size() == 3);
  CHECK(ts[0].value == "XXXX-WXX-5");
  CHECK(ts[1].value == "XXXX");
  CHECK(ts[2].value == "XXXX-XX-XX");
}

TEST_CASE("the day before counts from the day last named", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("Stocks fell on Monday. The day before, they rose.", "2009-02-25"));
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].value == "2009-02-23");
  CHECK(ts[1].value == "2009-02-22");
}

TEST_CASE("a clock time takes its day from a date in the same sentence", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("It made its first flight Tuesday in Everett at 18:00 UTC.", "2009-12-16"));
  REQUIRE(ts.size() == 2);
  CHECK(ts[1].value == "2009-12-15T18:00Z");
}

TEST_CASE("annotate replaces the timexes layer with ids in text order", "[timex]") {
  auto d = doc_of("Last year and next year.", "2010-02-04");
  dossier::timex::annotate(d);
  dossier::timex::annotate(d);
  REQUIRE(d.timexes);
  REQUIRE(d.timexes->size() == 2);
  CHECK((*d.timexes)[0].id == "t1");
  CHECK((*d.timexes)[1].id == "t2");
  CHECK((*d.timexes)[1].span == dossier::Span{14, 23});
}

TEST_CASE("spans count code points, not bytes", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("Moscow’s envoy spoke Monday.", "2009-12-01"));
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].span == dossier::Span{21, 27});
}

TEST_CASE("granularity names the calendar unit of a value", "[timex]") {
  CHECK(dossier::timex::granularity("2010-02-05") == "day");
  CHECK(dossier::timex::granularity("2022-01-14TMO") == "day");
  CHECK(dossier::timex::granularity("2009-12") == "month");
  CHECK(dossier::timex::granularity("2009") == "year");
  CHECK(dossier::timex::granularity("196X") == "decade");
  CHECK(dossier::timex::granularity("20") == "century");
  CHECK(dossier::timex::granularity("2009-Q3") == "quarter");
  CHECK(dossier::timex::granularity("2009-H1") == "half");
  CHECK(dossier::timex::granularity("2021-FA") == "season");
  CHECK(dossier::timex::granularity("2010-W04") == "week");
  CHECK(dossier::timex::granularity("PRESENT_REF").empty());
  CHECK(dossier::timex::granularity("P5D").empty());
  CHECK(dossier::timex::granularity("XXXX-XX-XX").empty());
  CHECK(dossier::timex::granularity("XXXX-WXX-5").empty());
  // A week of a known year, unknown which, or a day of a known month: no place on the calendar.
  CHECK(dossier::timex::granularity("2004-WXX").empty());
  CHECK(dossier::timex::granularity("2004-WXX-WE").empty());
  CHECK(dossier::timex::granularity("2003-03-XX").empty());
  CHECK(dossier::timex::granularity("2010-W04-WE") == "week");
  CHECK(dossier::timex::granularity("2009-WI") == "season");
}

TEST_CASE("date_range gives the first and last day a value covers", "[timex]") {
  using R = std::pair<std::string, std::string>;
  CHECK(*dossier::timex::date_range("2010-W04") == R{"2010-01-25", "2010-01-31"});
  CHECK(*dossier::timex::date_range("2009-W53") == R{"2009-12-28", "2010-01-03"});
  CHECK(*dossier::timex::date_range("2008-02") == R{"2008-02-01", "2008-02-29"});
  CHECK(*dossier::timex::date_range("2009-H1") == R{"2009-01-01", "2009-06-30"});
  CHECK(*dossier::timex::date_range("2009-Q4") == R{"2009-10-01", "2009-12-31"});
  CHECK(*dossier::timex::date_range("2021-FA") == R{"2021-09-01", "2021-11-30"});
  CHECK(*dossier::timex::date_range("196X") == R{"1960-01-01", "1969-12-31"});
  CHECK(*dossier::timex::date_range("2022-01-14TMO") == R{"2022-01-14", "2022-01-14"});
  CHECK_FALSE(dossier::timex::date_range("FUTURE_REF"));
}

TEST_CASE("a month without its year takes the year the story just wrote out when the tense agrees", "[timex]") {
  auto d = doc_of("The treaty was signed in 2008. In December, Russia suspended it.", "2014-04-02");
  d.sentences = {dossier::Span{0, 30}, dossier::Span{31, 65}};
  auto ts = dossier::timex::find_timexes(d);
  REQUIRE(ts.size() == 2);
  CHECK(ts[1].value == "2008-12");
  auto now = doc_of("The treaty was signed in 2008. In December, Russia will suspend it.", "2014-04-02");
  now.sentences = {dossier::Span{0, 30}, dossier::Span{31, 67}};
  auto later = dossier::timex::find_timexes(now);
  REQUIRE(later.size() == 2);
  CHECK(later[1].value == "2014-12");
}

TEST_CASE("a month without its year after a sentence set last year takes last year when the tense agrees", "[timex]") {
  auto d = doc_of("Last year the orchard failed. In May, frost killed the buds.", "2014-11-02");
  d.sentences = {dossier::Span{0, 29}, dossier::Span{30, 60}};
  auto ts = dossier::timex::find_timexes(d);
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].value == "2013");
  CHECK(ts[1].value == "2013-05");
  auto ahead = doc_of("Last year the orchard failed. In May, new trees will bloom.", "2014-11-02");
  ahead.sentences = {dossier::Span{0, 29}, dossier::Span{30, 59}};
  auto coming = dossier::timex::find_timexes(ahead);
  REQUIRE(coming.size() == 2);
  CHECK(coming[1].value == "2015-05");
  // "Next year" sets the scene as well: a month to come in the next sentence is of that year.
  auto next = doc_of("Next year the mill will reopen. In May, it will hire forty people.", "2014-11-02");
  next.sentences = {dossier::Span{0, 31}, dossier::Span{32, 66}};
  auto ts3 = dossier::timex::find_timexes(next);
  REQUIRE(ts3.size() == 2);
  CHECK(ts3[1].value == "2015-05");
  // The last year (twelve months to now), a possessive, or a date of the dct's year since: no scene.
  for (const char* text : {"In the last year, prices doubled. In May, the bank raised rates.",
                           "Last year's crop was poor. In May, farmers planted early.",
                           "Last year, sales fell. Yesterday, in May's report, the firm said so."}) {
    INFO(text);
    auto d2 = doc_of(text, "2014-11-02");
    const std::string t = text;
    const size_t cut = t.find(". ") + 1;
    d2.sentences = {dossier::Span{0, static_cast<int64_t>(cut)}, dossier::Span{static_cast<int64_t>(cut) + 1, static_cast<int64_t>(t.size())}};
    auto found = dossier::timex::find_timexes(d2);
    REQUIRE(!found.empty());
    CHECK(found.back().value == "2014-05");
  }
  // "Early last year" sets it too; a date of the dct's year that dates the telling does not
  // bring the story back.
  for (const char* text : {"Early last year the mill shut. In May, it was sold.", "The mill shut in 2013, its owner said on Tuesday. In May, it was sold."}) {
    INFO(text);
    auto d3 = doc_of(text, "2014-11-02");
    const std::string t = text;
    const size_t cut = t.find(". ") + 1;
    d3.sentences = {dossier::Span{0, static_cast<int64_t>(cut)}, dossier::Span{static_cast<int64_t>(cut) + 1, static_cast<int64_t>(t.size())}};
    auto found = dossier::timex::find_timexes(d3);
    REQUIRE(!found.empty());
    CHECK(found.back().value == "2013-05");
  }
  // Last year compared with sets no scene: the month is this year's.
  auto compared = doc_of("Exports rose 4% from last year. In May, a ship sank.", "2014-11-02");
  compared.sentences = {dossier::Span{0, 31}, dossier::Span{32, 52}};
  auto ts2 = dossier::timex::find_timexes(compared);
  REQUIRE(ts2.size() == 2);
  CHECK(ts2[1].value == "2014-05");
}

TEST_CASE("a date the story's year gave carries that year on to the next sentence", "[timex]") {
  auto d = doc_of("The mine flooded on May 4, 2009. Ten days later, divers arrived. On June 20, the pumps stopped.", "2015-10-01");
  d.sentences = {dossier::Span{0, 32}, dossier::Span{33, 64}, dossier::Span{65, 95}};
  auto ts = dossier::timex::find_timexes(d);
  REQUIRE(ts.size() == 3);
  CHECK(ts[1].value == "2009-05-14");
  CHECK(ts[2].value == "2009-06-20");
}

TEST_CASE("a part of the day alone belongs to the day the text last named", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("Stocks fell on Monday. Late in the afternoon, they rose.", "2009-02-25"));
  REQUIRE(ts.size() == 2);
  CHECK(ts[1].value == "2009-02-23TAF");
}

TEST_CASE("a clock time takes its day from another clock time of the sentence that has one", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("The session will run from 9:30 to 11:00 on Thursday.", "2019-09-17"));
  REQUIRE(ts.size() >= 2);
  CHECK(ts[0].value == "2019-09-19T09:30");
  CHECK(ts[1].value == "2019-09-19T11:00");
}

TEST_CASE("a month named again in a story is the month it named before", "[timex]") {
  std::string first = "A summit is set for Oslo in September.";
  auto d = doc_of(first + " Officials were preparing for the September 4-5 meeting.", "2019-06-03");
  d.sentences = {dossier::Span{0, static_cast<int64_t>(first.size())},
                 dossier::Span{static_cast<int64_t>(first.size() + 1), static_cast<int64_t>(d.text.size())}};
  auto ts = dossier::timex::find_timexes(d);
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].value == "2019-09");
  CHECK(ts[1].value == "2019-09-04");
}

namespace {
// One timex in each text, of the type and value given, against a document dated 2019-09-17 (a
// Tuesday).
struct TypedCase {
  const char* text;
  const char* type;
  const char* value;
};
void check_one_timex(const std::vector<TypedCase>& cases) {
  for (const auto& c : cases) {
    INFO(c.text);
    auto ts = dossier::timex::find_timexes(doc_of(c.text, "2019-09-17"));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].type == c.type);
    CHECK(ts[0].value == c.value);
  }
}
}  // namespace

TEST_CASE("in an amount of time, as a phrase of its own, is the day that far ahead", "[timex]") {
  check_one_timex({
      {"In three days.", "DATE", "2019-09-20"},
      {"in 2 weeks", "DATE", "2019-10-01"},
      {"in five months", "DATE", "2020-02-17"},
      {"in 36 hours", "DATE", "2019-09-18"},
      {"in ten minutes", "DATE", "2019-09-17"},
      {"In a few hours.", "DATE", "2019-09-17"},
      {"in a few weeks", "DURATION", "PXW"},
      {"The vote will be held in three days.", "DURATION", "P3D"},
      {"They finished the work in three days, the report said.", "DURATION", "P3D"},
  });
}

// A verb the tense table does not know ("swell", "double") makes a clause as one it knows
// does; figures and number words read alike.
TEST_CASE("in an amount of time after a subject and its verb is a duration, in figures or in words", "[timex]") {
  check_one_timex({
      {"Lakes swell in 4 months.", "DURATION", "P4M"},
      {"Lakes swell in four months.", "DURATION", "P4M"},
      {"In 6 weeks the herd doubles.", "DURATION", "P6W"},
      {"In six weeks the herd doubles.", "DURATION", "P6W"},
      {"Doors open in a pair of minutes.", "DURATION", "PT2M"},
      {"Checkup in 6 weeks.", "DATE", "2019-10-29"},
      {"Checkup in six weeks.", "DATE", "2019-10-29"},
  });
}

TEST_CASE("a range of years gives its length and each year it runs between", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("The plant will close from 2031 to 2034, and again between 2040 and 2042.", "2025-03-01"));
  REQUIRE(ts.size() == 6);
  CHECK(ts[0].text == "2031 to 2034");
  CHECK(ts[0].value == "P3Y");
  CHECK(ts[1].text == "2031");
  CHECK(ts[1].type == "DATE");
  CHECK(ts[2].value == "2034");
  CHECK(ts[2].span.start == 34);
  CHECK(ts[3].value == "P2Y");
  CHECK(ts[4].value == "2040");
  CHECK(ts[5].value == "2042");
}

TEST_CASE("a length counted in years written like a year marks no year inside it", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("In the early 1960 year, almost 18 years passed.", "2010-02-04"));
  for (size_t i = 1; i < ts.size(); ++i) CHECK(ts[i].span.start >= ts[i - 1].span.end);
}

TEST_CASE("without a sentence layer each line gives the tense of its own expressions", "[timex]") {
  // 2013-02-12 is a Tuesday: each Friday's direction comes from the verb of its line.
  dossier::Document d;
  d.id = "d1";
  d.text = "They met on Friday and on Friday.\nThey will meet on Friday.\nNothing here.\nThey met Friday";
  d.dct.value = "2013-02-12";
  auto ts = dossier::timex::find_timexes(d);
  REQUIRE(ts.size() == 4);
  CHECK(ts[0].value == "2013-02-08");
  CHECK(ts[1].value == "2013-02-08");
  CHECK(ts[2].value == "2013-02-15");
  CHECK(ts[3].value == "2013-02-08");
}

TEST_CASE("without a sentence layer each timex takes the tense of its own line", "[timex]") {
  // 2011-03-09 is a Wednesday: a past verb names the Friday before, a future one the next.
  auto d = doc_of("Markets fell on Monday.\nTalks will resume on Friday.\nShares rose on Friday.", "2011-03-09");
  d.sentences.clear();
  auto ts = dossier::timex::find_timexes(d);
  REQUIRE(ts.size() == 3);
  CHECK(ts[0].value == "2011-03-07");
  CHECK(ts[1].value == "2011-03-11");
  CHECK(ts[2].value == "2011-03-04");
}

TEST_CASE("A month's name after a capitalised given name is a surname, after a preposition a month", "[timex]") {
  CHECK(dossier::timex::find_timexes(doc_of("Prime Minister Anna May met the envoy.", "2031-11-12")).empty());
  CHECK(dossier::timex::find_timexes(doc_of("The guitarist Brian June said nothing.", "2031-11-12")).empty());
  for (const char* month : {"Last May was wet.", "In May, the talks resumed.", "Talks Resume In May", "The vote was held in June."}) {
    INFO(month);
    CHECK(dossier::timex::find_timexes(doc_of(month, "2031-11-12")).size() == 1);
  }
}

TEST_CASE("A month's name after a sentence's opening article or possessive is a month before its noun", "[timex]") {
  // 2031-11-12: a month told in the past is this year's.
  check_found("The March report showed heavy losses.", "2031-11-12", {{"March", "2031-03"}});
  check_found("A January meeting was cancelled at short notice.", "2031-11-12", {{"January", "2031-01"}});
  check_found("Their October results disappointed investors.", "2031-11-12", {{"October", "2031-10"}});
}

TEST_CASE("a capitalised today after a capitalised word ends a name, not a day", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("The minister told Harbour Today that talks had failed.", "2031-03-12"));
  CHECK(ts.empty());
  ts = dossier::timex::find_timexes(doc_of("Today the minister said talks had failed.", "2031-03-12"));
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].value == "2031-03-12");
  ts = dossier::timex::find_timexes(doc_of("The minister said talks had failed. Tomorrow they resume.", "2031-03-12"));
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].value == "2031-03-13");  ts = dossier::timex::find_timexes(doc_of("The senator, speaking to Harbour Tonight, said talks had failed.", "2031-03-12"));
  CHECK(ts.empty());
  ts = dossier::timex::find_timexes(doc_of("Harbour Strike Ends Today", "2031-03-12"));
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].value == "2031-03-12");
}

TEST_CASE("a cue word after her is a verb of the clause, her an object", "[timex]") {
  // 2031-03-12 is a Wednesday; "were" makes Friday the one past.
  auto ts = dossier::timex::find_timexes(doc_of("Police who will interview her were there on Friday.", "2031-03-12"));
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].value == "2031-03-07");
}

TEST_CASE("a numeric date that reads only one way decides how the document's other numeric dates read", "[timex]") {
  SECTION("a day above twelve first: the document writes the day first") {
    auto ts = dossier::timex::find_timexes(doc_of("Filed on 27.11.2031. The appeal was heard on 04.11.2031.", "2031-12-01"));
    REQUIRE(ts.size() == 2);
    CHECK(ts[1].value == "2031-11-04");
  }
  SECTION("a date of another separator tells nothing of these") {
    auto ts = dossier::timex::find_timexes(doc_of("Filed on 11/27/2031. The appeal was heard on 04.11.2031.", "2031-12-01"));
    REQUIRE(ts.size() == 2);
    CHECK(ts[1].value == "2031-11-04");
    ts = dossier::timex::find_timexes(doc_of("Filed on 27.11.2031. The appeal was heard on 04/11/2031.", "2031-12-01"));
    REQUIRE(ts.size() == 2);
    CHECK(ts[1].value == "2031-04-11");
  }
  SECTION("without proof a dotted date reads day first, a slashed or dashed one month first") {
    auto ts = dossier::timex::find_timexes(doc_of("The appeal was heard on 04.11.2031.", "2031-12-01"));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].value == "2031-11-04");
    for (const char* text : {"The appeal was heard on 04/11/2031.", "The appeal was heard on 04-11-2031."}) {
      INFO(text);
      ts = dossier::timex::find_timexes(doc_of(text, "2031-12-01"));
      REQUIRE(ts.size() == 1);
      CHECK(ts[0].value == "2031-04-11");
    }
  }
  SECTION("dotted dates that prove the month first are read so") {
    auto ts = dossier::timex::find_timexes(doc_of("Filed on 11.27.2031. The appeal was heard on 04.11.2031.", "2031-12-01"));
    REQUIRE(ts.size() == 2);
    CHECK(ts[1].value == "2031-04-11");
  }
  SECTION("a tally or a reference with a short year proves no order") {
    auto ts = dossier::timex::find_timexes(doc_of("The panel voted 13-12-20 on it. The law was signed on 04-11-2031.", "2031-12-01"));
    REQUIRE_FALSE(ts.empty());
    CHECK(ts.back().value == "2031-04-11");
  }
  SECTION("an order the user gives outweighs the document's dates") {
    dossier::timex::Options dmy;
    dmy.date_order = dossier::timex::DateOrder::kDayFirst;
    auto ts = dossier::timex::find_timexes(doc_of("Due 12/28/2031 and 02/03/2032.", "2031-12-01"), dmy);
    REQUIRE(ts.size() == 2);
    CHECK(ts[1].value == "2032-03-02");
  }
  SECTION("dates that prove both orders, or none, read month first") {
    auto mixed = dossier::timex::find_timexes(doc_of("From 28/12/2031 to 12/28/2031, then 02/03/2032.", "2031-12-01"));
    REQUIRE(mixed.size() == 3);
    CHECK(mixed[2].value == "2032-02-03");
  }
}

TEST_CASE("a part of the day glued by a hyphen into a compound adjective is no time of its own", "[timex]") {
  for (const char* text : {"The late-night session broke up.", "The attack came in a night-time assault.",
                           "Pickets kept an all-night watch.", "Police carried out an early-morning search."}) {
    INFO(text);
    CHECK(dossier::timex::find_timexes(doc_of(text, "2031-03-19")).empty());
  }
  // A part of the day standing alone, and a length glued to its unit, still are.
  CHECK(dossier::timex::find_timexes(doc_of("Shots rang out during the night.", "2031-03-19")).size() == 1);
  CHECK(dossier::timex::find_timexes(doc_of("It was a day-long strike.", "2031-03-19")).size() == 1);
  CHECK(dossier::timex::find_timexes(doc_of("The band plays a one-night-only show.", "2031-03-19")).size() == 1);
}

TEST_CASE("in the past or the next few hours is a length of time, not a day counted from the telling", "[timex]") {
  // A clause of few words after "in" would make "in 24 hours" a day to come; with "the past",
  // "the last" or "the first" it is counted from a point the text sets, a length.
  check_found("Rainfall has doubled in the past 24 hours.", "2019-09-17", {{"the past 24 hours", "PT24H"}});
  check_found("Sales rose in the last seven days.", "2019-09-17", {{"the last seven days", "P7D"}});
  check_found("Ten rigs closed in the first two weeks.", "2019-09-17", {{"the first two weeks", "P2W"}});
  check_found("Back in 24 hours.", "2019-09-17", {{"24 hours", "2019-09-18"}});
}
