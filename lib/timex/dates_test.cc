// Tests of dates in figures and mixed forms (dates.cc).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "table_test.h"

namespace {

using namespace timex_table;

// Dates in figures and mixed forms, in every common order and separator; 2018-05-09 is a
// Wednesday. The unambiguous ones need no date order.
const std::vector<Case> kFigureCases = {
    {"7/23", "2018-05-09", U, "2018-07-23"},
    {"11/27/1986", "2018-05-09", U, "1986-11-27"},
    {"27/11/1986", "2018-05-09", U, "1986-11-27"},
    {"11-27-86", "2018-05-09", U, "1986-11-27"},
    {"11.27.1986", "2018-05-09", U, "1986-11-27"},
    {"4/2/16", "2018-05-09", U, "2016-04-02"},
    {"2016-7-4", "2018-05-09", U, "2016-07-04"},
    {"2019/08", "2018-05-09", U, "2019-08"},
    {"2019-08", "2018-05-09", U, "2019-08"},
    {"2011-12", "2018-05-09", U, "2011"},
    {"6/2015", "2018-05-09", U, "2015-06"},
    {"27/Nov/1986", "2018-05-09", U, "1986-11-27"},
    {"27-Nov-86", "2018-05-09", U, "1986-11-27"},
    {"22june 2016", "2018-05-09", U, "2016-06-22"},
    {"9 March '83", "2018-05-09", U, "1983-03-09"},
    {"august 6 2016", "2018-05-09", U, "2016-08-06"},
    {"august sixth 2016", "2018-05-09", U, "2016-08-06"},
    {"the second of september", "2018-05-09", F, "2018-09-02"},
    {"the twenty-third of october", "2018-05-09", F, "2018-10-23"},
    {"june the 12th", "2018-05-09", F, "2018-06-12"},
    {"17th june", "2018-05-09", F, "2018-06-17"},
    {"Friday, Jun 15", "2018-05-09", U, "2018-06-15"},
    {"Thu, May10", "2018-05-09", U, "2018-05-10"},
    {"Aug 21, Fri", "2019-09-17", U, "2020-08-21"},
    {"FY2011", "2018-05-09", U, "FY2011"},
    {"FY 11", "2018-05-09", U, "FY2011"},
    {"fiscal 2011", "2018-05-09", U, "FY2011"},
    {"twice a week", kNoDct, U, "P1W"},
    {"three times a year", kNoDct, U, "P1Y"},
};

}  // namespace

TEST_CASE("dates in figures and mixed forms are read in every common order and separator", "[timex]") {
  check_cases(kFigureCases);
}

TEST_CASE("fractions and impossible days in figures are no dates", "[timex]") {
  for (const char* s : {"3/4", "1/2", "2/3", "24/7", "14/13/2016", "4/31"}) {
    INFO(s);
    CHECK_FALSE(dossier::timex::normalize(s, std::string("2018-05-09")).has_value());
  }
}

// Dates typed by hand: figures spaced around slashes with a year, a year first with dots, a
// month in two figures before its year with a dot, a weekday before the figures (which then
// are no fraction: "Wed 1/16" is January 16). 2018-05-09 is a Wednesday.
TEST_CASE("dates typed with spaced slashes, dotted years first, a month before its year or a weekday first are read", "[timex]") {
  check_cases({
      {"11 / 27 / 1986", "2018-05-09", U, "1986-11-27"},
      {"2016.07.04", "2018-05-09", U, "2016-07-04"},
      {"07.2017", "2018-05-09", U, "2017-07"},
      {"Wed 1/16", "2018-05-09", U, "2018-01-16"},
      {"Thursday 5/10", "2018-05-09", U, "2018-05-10"},
      {"Sat, 6/30/2018", "2018-05-09", U, "2018-06-30"},
      {"Fri 29.6.2018", "2018-05-09", U, "2018-06-29"},
      {"Monday 7-2-18", "2018-05-09", U, "2018-07-02"},
  });
}

// A weekday before a score or an amount stays the weekday alone, and a version in dots is no date.
TEST_CASE("a score or an amount after a weekday and a dotted version number are no dates", "[timex]") {
  check_found("The visitors won Saturday 3-1 at home.", "2018-05-09", {{"Saturday", "2018-05-05"}});
  check_found("Exports grew Monday 4.5 percent.", "2018-05-09", {{"Monday", "2018-05-07"}});
  check_found("The patch ships in release 2018.5.9 of the kernel.", "2018-05-09", {});
  CHECK_FALSE(dossier::timex::normalize("3 / 4", std::string("2018-05-09")).has_value());
}

// A currency's rate to four places reads like October to December of a year with a dot.
TEST_CASE("a rate to four places is no month of a year, though its figures could be", "[timex]") {
  check_found("The rand weakened to 10.2013 per dollar.", "2018-05-09", {});
  check_found("The peso closed at 12.1985 against the dollar.", "2018-05-09", {});
  check_found("Sales were booked in 03.2018.", "2018-05-09", {{"03.2018", "2018-03"}});
}

// A weekday before figures with "of" after them: the figures are a share, the weekday the day.
TEST_CASE("figures after a weekday that are a share of something leave the weekday alone as the timex", "[timex]") {
  check_found("Shares rose Friday 3/4 of a point.", "2018-05-09", {{"Friday", "2018-05-04"}});
  check_found("The vote is on Wed 1/16 at noon.", "2018-05-09", {{"Wed 1/16", "2018-01-16"}, {"noon", "2018-01-16T12:00"}});
  // "of" before a year or a time of its own keeps the date.
  check_found("The hearing was moved to Friday 5/11 of 2018.", "2018-05-09", {{"Friday 5/11", "2018-05-11"}, {"2018", "2018"}});
}

// Figures spaced around one slash are a score or odds, and a month's figures with a dash
// before a year number a decree or a case as often as they give a month.
TEST_CASE("a score or odds with a spaced slash and a law's number with a dash are no dates", "[timex]") {
  check_found("The home side won 3 / 2 and the odds were 9 / 4.", "2018-05-09", {});
  CHECK_FALSE(dossier::timex::normalize("7 / 23", std::string("2018-05-09")).has_value());
  CHECK_FALSE(dossier::timex::normalize("04-2012", std::string("2018-05-09")).has_value());
}

namespace {

// Days and weeks named by their place in a month; 2018-05-09 is a Wednesday.
const std::vector<Case> kPlaceInMonthCases = {
    {"the last day of February 2024", "2018-05-09", U, "2024-02-29"},
    {"the final day of June", "2018-05-09", F, "2018-06-30"},
    {"last day in November 2016", "2018-05-09", U, "2016-11-30"},
    {"last week of August 2016", "2018-05-09", U, "2016-W34"},
    {"first week of March", "2018-05-09", P, "2018-W09"},
};

// A weekend by its place in a month is that of the month's Nth or last Saturday: 2014-03-29
// (ISO week 13) was March's last, 2019-06-08 (week 23) June's second.
const std::vector<Case> kWeekendInMonthCases = {
    {"the last weekend in March 2014", "2018-05-09", U, "2014-W13-WE"},
    {"the second weekend in June 2019", "2018-05-09", U, "2019-W23-WE"},
};

}  // namespace

TEST_CASE("days and weeks named by their place in a month are read", "[timex]") { check_cases(kPlaceInMonthCases); }

TEST_CASE("a weekend by its place in a month is the weekend of that Saturday", "[timex]") { check_cases(kWeekendInMonthCases); }

TEST_CASE("quarters that are a share of something are no length of time", "[timex]") {
  auto durations = [](const char* text) {
    size_t n = 0;
    for (const auto& t : dossier::timex::find_timexes(doc_of(text, "2018-05-09"))) n += t.type == "DURATION";
    return n;
  };
  CHECK(durations("Three-quarters of the members voted for it.") == 0);
  CHECK(durations("Three quarters of its shops have closed.") == 0);
  CHECK(durations("Two quarters of the seats went to the opposition.") == 0);
  CHECK(durations("It was the second of two quarters of growth.") == 1);
}

TEST_CASE("an ordinal day before its month after \"on\" is the whole date, \"on\" left out", "[timex]") {
  check_found("The ferry sails on 3rd June.", "2018-05-09", {{"3rd June", "2018-06-03"}});
  check_found("The ferry sailed on 21st April 2016 at dawn.", "2018-05-09", {{"21st April 2016", "2016-04-21"}});
  check_found("The ferry sailed on the 3rd and returned later.", "2018-05-09", {{"the 3rd", "2018-05-03"}});
}

TEST_CASE("a month and day with a two-digit year after an apostrophe is one date", "[timex]") {
  check_found("The shop opened on March 9th '07 and closed soon.", "2018-05-09", {{"March 9th '07", "2007-03-09"}});
  check_found("The shop opened on 9th March '07.", "2018-05-09", {{"9th March '07", "2007-03-09"}});
}

TEST_CASE("a month with a two-digit year after an apostrophe is one month of that year", "[timex]") {
  check_found("The band toured in Nov '09 and split.", "2018-05-09", {{"Nov '09", "2009-11"}});
  check_found("Sales peaked in January, '04.", "2018-05-09", {{"January, '04", "2004-01"}});
}

TEST_CASE("a two-digit year is read in the window from eighty years before the telling to twenty after", "[timex]") {
  check_found("She was born on 12-Mar-74 in a port town.", "2026-03-05", {{"12-Mar-74", "1974-03-12"}});
  check_found("The lease runs out on 14-Oct-46.", "2026-03-05", {{"14-Oct-46", "2046-10-14"}});
  check_found("The mill opened on 14-Oct-47.", "2026-03-05", {{"14-Oct-47", "1947-10-14"}});
  check_found("The bridge opened on 14-Oct-20.", "1998-03-05", {{"14-Oct-20", "1920-10-14"}});
  check_found("The bond matures on 14-Oct-05.", "1998-03-05", {{"14-Oct-05", "2005-10-14"}});
}

TEST_CASE("a two-digit year after an apostrophe, after FY or glued to a quarter is read in the same window", "[timex]") {
  check_found("The class of '47 met again.", "2026-03-05", {{"'47", "1947"}});
  check_found("The class of '29 met again.", "1990-03-05", {{"'29", "1929"}});
  check_found("Sales rose in FY29.", "2026-03-05", {{"FY29", "FY2029"}});
  check_found("Sales rose in 4Q25.", "2026-03-05", {{"4Q25", "2025-Q4"}});
}

TEST_CASE("a quarter glued to a two-digit year far from the telling is no quarter", "[timex]") {
  CHECK_FALSE(dossier::timex::normalize("1Q84", std::string("2026-03-05")).has_value());
}

TEST_CASE("an ISO 8601 date with a time of day is a TIME to the minute or second", "[timex]") {
  check_found("Logged at 2016-04-21T09:30Z by the clerk.", "2018-05-09", {{"2016-04-21T09:30Z", "2016-04-21T09:30Z"}});
  check_found("Logged at 2016-04-21 09:30:15 by the clerk.", "2018-05-09", {{"2016-04-21 09:30:15", "2016-04-21T09:30:15"}});
  check_found("Logged at 2016-04-21T09:30:15+02:00 by the clerk.", "2018-05-09",
              {{"2016-04-21T09:30:15+02:00", "2016-04-21T09:30:15"}});
  check_found("Logged on 2016-04-21 by the clerk.", "2018-05-09", {{"2016-04-21", "2016-04-21"}});
}

TEST_CASE("an ISO 8601 time with an unknown offset or no hour of the day keeps no Z", "[timex]") {
  check_found("Logged at 2016-04-21T09:30-00:00 by the clerk.", "2018-05-09",
              {{"2016-04-21T09:30-00:00", "2016-04-21T09:30"}});
  auto ts = dossier::timex::find_timexes(doc_of("Logged at 2016-04-21T29:30 by the clerk.", "2018-05-09"));
  for (const auto& t : ts) CHECK(t.value.find("T29") == std::string::npos);
}

TEST_CASE("a clock reading before a slash and a number is a fraction, no time", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("The odds were 3:10/4 at the close.", "2018-05-09"));
  for (const auto& t : ts) CHECK(t.type != "TIME");
}

TEST_CASE("an ISO 8601 interval's first end is read up to the slash", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("Open 2016-04-21T09:30/2016-04-21T17:00 daily.", "2018-05-09"));
  REQUIRE_FALSE(ts.empty());
  CHECK(ts[0].value == "2016-04-21T09:30");
  auto spaced = dossier::timex::find_timexes(doc_of("Open 2016-04-21 09:30/2016-04-21 17:00 daily.", "2018-05-09"));
  REQUIRE_FALSE(spaced.empty());
  CHECK(spaced[0].value == "2016-04-21T09:30");
}

// 2019-05-07 is a Tuesday, in 2019-W19; June 29, 2019 is the last Saturday of June (W26).
const std::vector<Case> kHyphenWeekendCases = {
    {"this week-end", "2019-05-07", U, "2019-W19-WE"},
    {"next week-end", "2019-05-07", U, "2019-W20-WE"},
    {"the week-end after next", "2019-05-07", U, "2019-W21-WE"},
    {"the last week-end of June", "2019-05-07", U, "2019-W26-WE"},
};

TEST_CASE("A week-end written with a hyphen is the weekend, not the week", "[timex]") {
  check_cases(kHyphenWeekendCases);
  check_found("Crowds came last week-end.", "2019-05-07", {{"last week-end", "2019-W18-WE"}});
}

TEST_CASE("A year in words as speech gives it names that year after in, since or of, or after a holiday", "[timex]") {
  check_found("We moved here in two thousand eight.", "2021-09-15", {{"two thousand eight", "2008"}});
  check_found("They built it in two thousand and eleven.", "2021-09-15", {{"two thousand and eleven", "2011"}});
  check_found("It has grown since nineteen ninety-five.", "2021-09-15", {{"nineteen ninety-five", "1995"}});
  check_found("The law of twenty twelve changed it.", "2021-09-15", {{"twenty twelve", "2012"}});
  check_found("He won in nineteen oh five.", "2021-09-15", {{"nineteen oh five", "1905"}});
  check_found("In nineteen ninety-five he left.", "2021-09-15", {{"nineteen ninety-five", "1995"}});
  check_found("We met at Christmas two thousand nine.", "2021-09-15", {{"Christmas two thousand nine", "2009-12-25"}});
  // Counts are no years: a number word before "hundred" or a hyphen, or a tens word and its units.
  for (const char* text : {"It spread in two thousand five hundred homes.", "They ran in nineteen twenty-minute heats.",
                           "They won the vote in twenty five states.", "A crowd of two thousand and forty people came."}) {
    INFO(text);
    CHECK(dossier::timex::find_timexes(doc_of(text, "2021-09-15")).empty());
  }
}

TEST_CASE("a month or a day followed by last year, next year or this year is one date of that year", "[timex]") {
  check_found("The mill has been idle since May last year.", "2024-02-20", {{"May last year", "2023-05"}});
  check_found("The mill has been idle since mid-May last year.", "2024-02-20", {{"mid-May last year", "2023-05"}});
  check_found("The mill closed on 14 May last year.", "2024-02-20", {{"14 May last year", "2023-05-14"}});
  check_found("The mill will reopen on May 14 next year.", "2024-02-20", {{"May 14 next year", "2025-05-14"}});
  check_found("The mill reopened in January this year.", "2024-02-20", {{"January this year", "2024-01"}});
  // A possessive or a compound after "last year" makes it part of another phrase.
  check_found("The mill closed on May 14, last year's output was low.", "2024-02-20",
              {{"May 14", "2023-05-14"}, {"last year", "2023"}});
  check_found("Since March last year's flood the road has stayed shut.", "2024-02-20",
              {{"March", "2023-03"}, {"last year", "2023"}});
  check_found("On 14 May last year\u2019s winner was crowned.", "2024-02-20", {{"14 May", "2023-05-14"}, {"last year", "2023"}});
  check_found("Exports rose in March last year-on-year.", "2024-02-20", {{"March", "2023-03"}, {"last year", "2023"}});
  // A surname before "last year" is no month: the month form wants a preposition before it.
  check_found("Councillor Anna May last year resigned.", "2024-02-20", {{"last year", "2023"}});
  check_found("The mill's sale was put off to June next year.", "2024-02-20", {{"June next year", "2025-06"}});
  check_found("The mill closed at the end of March last year.", "2024-02-20", {{"the end of March last year", "2023-03"}});
  // After "and", "between" or "after", a month that is nobody's name.
  check_found("Prices rose between March last year and May.", "2024-02-20", {{"March last year", "2023-03"}, {"May", "2023-05"}});
  check_found("The mill reopened after October last year.", "2024-02-20", {{"October last year", "2023-10"}});
  // Other context after a timex stays read: no "earlier" of its own.
  check_found("The mill reopened three days earlier than planned.", "2024-02-20", {{"three days", "P3D"}});
  // The mark after "last year" may open the next timex.
  check_found("The mill closed on March 3 last year(1100 GMT).", "2024-02-20",
              {{"March 3 last year", "2023-03-03"}, {"1100 GMT", "2023-03-03T11:00Z"}});
}

TEST_CASE("the weekend of a named day is the weekend of that day's week, one timex", "[timex]") {
  check_found("The regatta is set for the weekend of Aug. 17-18.", "2024-06-03", {{"the weekend of Aug. 17-18", "2024-W33-WE"}});
  check_found("The regatta returns the weekend of 17 August.", "2024-06-03", {{"the weekend of 17 August", "2024-W33-WE"}});
  check_found("The regatta was held the weekend of Aug. 19, 2023.", "2024-06-03",
              {{"the weekend of Aug. 19, 2023", "2023-W33-WE"}});
  check_found("The regatta returns the weekend of Aug. 17 to 18.", "2024-06-03", {{"the weekend of Aug. 17 to 18", "2024-W33-WE"}});
  check_found("The regatta returns the weekend of Aug. 17 to Aug. 18.", "2024-06-03",
              {{"the weekend of Aug. 17 to Aug. 18", "2024-W33-WE"}});
  // "and" joins no weekend's days: a count may follow.
  check_found("Over the weekend of Aug. 17 and 20 boats capsized.", "2024-06-03", {{"the weekend of Aug. 17", "2023-W33-WE"}});
  // Without a dct, a weekend of no known year.
  check_found("The regatta returns the weekend of Aug. 17.", "", {{"the weekend of Aug. 17", "XXXX-WXX-WE"}});
}
