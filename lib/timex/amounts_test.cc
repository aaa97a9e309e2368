// Tests of ranges of days, clock times and counts back and ahead (dates.cc, amounts.cc).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "table_test.h"

namespace {

using namespace timex_table;

// Ranges of days (valued by their first day), clock times with seconds, zones and a date,
// hedged counts back; 2017-06-07 is a Wednesday.
const std::vector<Case> kRangeAndClockCases = {
    {"July 8-9", "2016-06-01", F, "2016-07-08"},
    {"July 18-19, 2015", "2016-06-01", U, "2015-07-18"},
    {"4 to 6 August", "2017-06-07", F, "2017-08-04"},
    {"from the 21st to the 23rd of September", "2017-06-07", F, "2017-09-21"},
    {"17:42:05", "2017-06-07", U, "2017-06-07T17:42:05"},
    {"11:06:52 AM", "2017-06-07", U, "2017-06-07T11:06:52"},
    {"21h45", "2017-06-07", U, "2017-06-07T21:45"},
    {"14:30 GMT", "2017-06-07", U, "2017-06-07T14:30Z"},
    {"07:15 EST", "2017-06-07", U, "2017-06-07T07:15"},
    {"Saturday 9:00 GMT", "2017-06-07", F, "2017-06-10T09:00Z"},
    {"Fri at 10 am", "2017-06-07", F, "2017-06-09T10:00"},
    {"4 in the afternoon", "2017-06-07", U, "2017-06-07T16:00"},
    {"9 o'clock in the evening", "2017-06-07", U, "2017-06-07T21:00"},
    {"330 p.m", "2017-06-07", U, "2017-06-07T15:30"},
    {"1030am", "2017-06-07", U, "2017-06-07T10:30"},
    {"5 in the morning", "2017-06-07", U, "2017-06-07T05:00"},
    {"4:45p", "2019-09-17", U, "2019-09-17T16:45"},
    {"6:05a", "2019-09-17", U, "2019-09-17T06:05"},
    {"11 o'clock", "2017-06-07", U, "2017-06-07T11:00"},
    {"Tues", "2017-06-07", F, "2017-06-13"},
    {"five days from now", "2017-06-07", U, "2017-06-12"},
    {"four years hence", "2017-06-07", U, "2021"},
    {"a few weeks from now", "2017-06-07", U, "FUTURE_REF"},
    {"the 11th of next month", "2017-06-07", U, "2017-07-11"},
    {"26 of this month", "2017-06-07", U, "2017-06-26"},
    {"the coming yr", "2017-06-07", U, "2018"},
    {"the 2nd qtr", "2017-06-07", U, "2017-Q2"},
    {"2021Q2", "2017-06-07", U, "2021-Q2"},
    {"the 17th century", "2017-06-07", U, "16"},
    {"the late eighteenth century", "2017-06-07", U, "17"},
    {"the mid-twenty-first century", "2017-06-07", U, "20"},
    {"midnight on December 12", "2007-12-10", F, "2007-12-12T00:00"},
    {"6:15 PM on Wed, Oct 18", "2017-06-07", F, "2017-10-18T18:15"},
    {"almost 35 years ago", "2009-05-01", P, "1974"},
    {"nearly 20 years ago", "2009-11-20", P, "1990"},
    {"20 years ago", "2009-11-20", P, "1989"},
    {"mid-fall 2021", "2022-01-14", U, "2021-FA"},
    {"late on Tuesday", "2014-04-02", P, "2014-04-01"},
    {"three whole months", kNoDct, U, "P3M"},
};

}  // namespace

TEST_CASE("a century is valued by its first two figures with no placeholder after them, as TimeML writes it", "[timex]") {
  check_found("Churches built in the 19th century are at risk.", "2031-08-10", {{"the 19th century", "18"}});
  check_found("The 21st century has brought new threats.", "2031-08-10", {{"The 21st century", "20"}});
}

TEST_CASE("ranges of days, clock times with seconds or a date, and hedged counts are read", "[timex]") {
  check_cases(kRangeAndClockCases);
}

namespace {

// The clock in words and the quantities "a couple of", "a dozen"; 2017-06-07 is a Wednesday.
const std::vector<Case> kClockWordCases = {
    {"eight forty-five pm", "2017-06-07", U, "2017-06-07T20:45"},
    {"eleven o'clock", "2017-06-07", U, "2017-06-07T11:00"},
    {"six a.m", "2017-06-07", U, "2017-06-07T06:00"},
    {"at four twenty", "2017-06-07", U, "2017-06-07T04:20"},
    {"at nine oh five pm", "2017-06-07", U, "2017-06-07T21:05"},
    {"half past eleven", "2017-06-07", U, "2017-06-07T11:30"},
    {"a quarter past two in the afternoon", "2017-06-07", U, "2017-06-07T14:15"},
    {"quarter to eight", "2017-06-07", U, "2017-06-07T07:45"},
    {"ten minutes to midnight", "2017-06-07", U, "2017-06-07T23:50"},
    {"twenty-five minutes after four pm", "2017-06-07", U, "2017-06-07T16:25"},
    {"a quarter past 9 pm", "2017-06-07", U, "2017-06-07T21:15"},
    {"midday", "2017-06-07", U, "2017-06-07T12:00"},
    {"mid-day", "2017-06-07", U, "2017-06-07T12:00"},
    {"a couple of weeks", kNoDct, U, "P2W"},
    {"a couple years", kNoDct, U, "P2Y"},
    {"a couple of months ago", "2017-06-07", U, "2017-04"},
    {"a dozen years ago", "2017-06-07", U, "2005"},
};

}  // namespace

TEST_CASE("clock times in words and counts in words are read", "[timex]") { check_cases(kClockWordCases); }

TEST_CASE("an hour word or a fraction before a number is no clock time", "[timex]") {
  for (const char* text : {"The budget was cut by half to two billion.", "Sales rose by a quarter to 7 million units.",
                           "Police searched ten homes at ten stations.", "She said one am I not."}) {
    INFO(text);
    auto found = dossier::timex::find_timexes(doc_of(text, "2017-06-07"));
    for (const auto& t : found) CHECK(t.type != "TIME");
  }
}

TEST_CASE("a bare plural unit is a length of time left unknown", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("The repairs took decades, and weeks passed before the first train ran.", "2018-05-09"));
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].text == "decades");
  CHECK(ts[0].value == "PXDE");
  CHECK(ts[1].value == "PXW");
  check_cases({{"hours", kNoDct, U, "PTXH"}, {"months", kNoDct, U, "PXM"}});
}

TEST_CASE("short clock forms after at, a day of the month after on, and the day after tomorrow are read", "[timex]") {
  struct {
    const char* text;
    const char* expression;
    const char* value;
  } cases[] = {
      {"Call me at 3p.", "3p", "2017-06-07T15:00"},
      {"The train leaves at 15h.", "15h", "2017-06-07T15:00"},
      {"See you on 24th.", "24th", "2017-06-24"},
      {"We meet day after tomorrow.", "day after tomorrow", "2017-06-09"},
      {"It opened day before yesterday.", "day before yesterday", "2017-06-05"},
  };
  for (const auto& c : cases) check_found(c.text, "2017-06-07", {{c.expression, c.value}});
  // A figure and a letter with no "at" before it is no clock time ("3p" may be pence).
  CHECK(dossier::timex::find_timexes(doc_of("It cost 3p more.", "2017-06-07")).empty());
}

TEST_CASE("a quarter of an hour is fifteen minutes, three quarters forty-five", "[timex]") {
  check_found("The talk ran a quarter of an hour over.", "2017-06-07", {{"a quarter of an hour", "PT15M"}});
  check_found("She waited three-quarters of an hour.", "2017-06-07", {{"three-quarters of an hour", "PT45M"}});
  // A share of a vote or of a year is no length of time in minutes.
  CHECK(dossier::timex::find_timexes(doc_of("Three quarters of the members voted.", "2017-06-07")).empty());
}

// An amount of time before "later" or "earlier" counts from the last day the text named,
// not from the dct, and is one timex (not a length and a vague "earlier"); compared with
// "than", or with no day named before it, it is the amount alone.
TEST_CASE("A year earlier with no day named before it counts back from the dct", "[timex]") {
  check_found("Net profit rose 8 percent from a year earlier.", "2031-11-12", {{"a year earlier", "2030"}});
  check_found("Exports fell from six months earlier, the ministry said.", "2031-11-12", {{"six months earlier", "2031-05"}});
}

TEST_CASE("a week or some days earlier with no day named before it count back from the dct", "[timex]") {
  // 2031-11-12 is a Wednesday.
  check_found("Diesel was dearer a week earlier, the survey found.", "2031-11-12", {{"a week earlier", "2031-11-05"}});
  check_found("Ticket sales were down from three days earlier.", "2031-11-12", {{"three days earlier", "2031-11-09"}});
  // Later, with no day named, is still only the amount.
  check_found("Three days later the dam held.", "2031-11-12", {{"Three days later", "P3D"}});
}

TEST_CASE("a week or some days earlier after a month named with no day stay a length of time", "[timex]") {
  check_found("The ferry lost money in October. Four days earlier the engine failed.", "2031-11-12",
              {{"October", "2031-10"}, {"Four days earlier", "P4D"}});
  check_found("The ferry lost money in October. A week earlier the engine failed.", "2031-11-12",
              {{"October", "2031-10"}, {"A week earlier", "P1W"}});
}

TEST_CASE("an amount of time later or earlier counts from the last day named", "[timex]") {
  check_found("The bridge opened on 4 March 2015. Two weeks later it was shut.", "2019-01-10",
              {{"4 March 2015", "2015-03-04"}, {"Two weeks later", "2015-03-18"}});
  check_found("The league was founded on 2 May 1990; a year earlier its clubs had quarrelled.", "2019-01-10",
              {{"2 May 1990", "1990-05-02"}, {"a year earlier", "1989"}});
  check_found("The ferry arrived three hours later than its timetable said.", "2019-01-10", {{"three hours", "PT3H"}});
  check_found("Two months later the mill closed.", kNoDct, {{"Two months later", "P2M"}});
}

TEST_CASE("an amount compared with than is a length whatever form its number takes", "[timex]") {
  check_found("On 4 March 2015 the bridge opened twenty-five days later than the council had promised.", "2019-01-10",
              {{"4 March 2015", "2015-03-04"}, {"twenty-five days", "P25D"}});
  check_found("On 4 March 2015 the train left 2.5 hours later than usual.", "2019-01-10",
              {{"4 March 2015", "2015-03-04"}, {"2.5 hours", "PT2.5H"}});
}

TEST_CASE("a counted or quarterly set takes its count, and every quarter of a place is none", "[timex]") {
  check_found("Ferries leave every 20 minutes and the mail comes every two days.", "2016-04-11",
              {{"every 20 minutes", "PT20M"}, {"every two days", "P2D"}});
  check_found("The survey is repeated every few years.", "2016-04-11", {{"every few years", "PXY"}});
  check_found("The fund reports each quarter.", "2016-04-11", {{"each quarter", "P3M"}});
  check_found("Fires broke out in every quarter of the old town.", "2016-04-11", {});
}

TEST_CASE("a singular unit before long is one of it, a plural one an unknown count", "[timex]") {
  check_found("A year-long audit followed a month-long strike.", "2016-04-11",
              {{"A year-long", "P1Y"}, {"a month-long", "P1M"}});
  check_found("It ended a years-long feud.", "2016-04-11", {{"a years-long", "PXY"}});
  check_found("They blamed each year-long delay.", "2016-04-11", {});
}

TEST_CASE("a count and a half or half a unit ago is the month or day that far back", "[timex]") {
  // 2031-08-10: a year and a half back is February 2030, four and a half years back February 2027.
  check_found("A year and a half ago the plant shut.", "2031-08-10", {{"A year and a half ago", "2030-02"}});
  check_found("The mine closed four and a half years ago.", "2031-08-10", {{"four and a half years ago", "2027-02"}});
  check_found("Half a year ago the rules changed.", "2031-08-10", {{"Half a year ago", "2031-02"}});
  check_found("Talks broke down a week and a half ago.", "2031-08-10", {{"a week and a half ago", "2031-07-30"}});
  check_found("The town was founded half a century ago.", "2031-08-10", {{"half a century ago", "1981"}});
}

TEST_CASE("some before a count ago hedges the count, and alone leaves it unknown", "[timex]") {
  check_found("The bridge opened some 40 years ago.", "2031-08-10", {{"some 40 years ago", "1991"}});
  check_found("The bridge opened some years ago.", "2031-08-10", {{"some years ago", "PAST_REF"}});
}

TEST_CASE("a bare plural unit ago is a past left unknown, not a length", "[timex]") {
  check_found("Years ago the mill closed, and weeks ago the shop.", "2031-08-10",
              {{"Years ago", "PAST_REF"}, {"weeks ago", "PAST_REF"}});
  // Without ago it stays a length, as before.
  check_found("Years later the mill closed.", "2031-08-10", {{"Years", "PXY"}});
}
