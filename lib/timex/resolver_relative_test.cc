// Tests of the resolver on what is relative to the dct: weekdays by tense, times of day,
// days, weeks, months and years named from the dct, and seasons.
#include <vector>

#include <catch2/catch.hpp>

#include "table_test.h"

namespace {

using namespace timex_table;

// Dates worked out by hand from a calendar; 2010-02-04 is a Thursday, 2022-01-14 a
// Friday, 2008-12-05 a Friday, 2009-06-28 a Sunday, 2016-11-19 a Saturday, 2014-07-09 a
// Wednesday; 2015-05-25 to 31 is ISO week 22, the last week of May.
const std::vector<Case> kRelative = {
    // Weekdays: a past verb looks back (the dct itself included), a present or future one ahead.
    {"Monday", "2010-02-04", P, "2010-02-01"},
    {"Tuesday", "2010-02-04", P, "2010-02-02"},
    {"Wednesday", "2010-02-04", P, "2010-02-03"},
    {"Thursday", "2010-02-04", P, "2010-02-04"},
    {"Friday", "2010-02-04", P, "2010-01-29"},
    {"Saturday", "2010-02-04", P, "2010-01-30"},
    {"Sunday", "2010-02-04", P, "2010-01-31"},
    {"Monday", "2010-02-04", F, "2010-02-08"},
    {"Tuesday", "2010-02-04", F, "2010-02-09"},
    {"Wednesday", "2010-02-04", F, "2010-02-10"},
    {"Thursday", "2010-02-04", F, "2010-02-04"},
    {"Friday", "2010-02-04", F, "2010-02-05"},
    {"Saturday", "2010-02-04", F, "2010-02-06"},
    {"Sunday", "2010-02-04", F, "2010-02-07"},
    {"Friday", "2010-02-04", R, "2010-02-05"},
    {"Friday", "2010-02-04", U, "2010-01-29"},
    {"Monday", "2009-12-01", P, "2009-11-30"},
    {"Tuesday", "2009-06-28", R, "2009-06-30"},
    {"last Friday", "2010-02-04", U, "2010-01-29"},
    {"last Thursday", "2010-02-04", U, "2010-01-28"},
    {"next Friday", "2010-02-04", U, "2010-02-05"},
    {"next Thursday", "2010-02-04", U, "2010-02-11"},
    {"this Friday", "2010-02-04", P, "2010-02-05"},
    {"this Tuesday", "2010-02-04", F, "2010-02-09"},
    {"this Tuesday", "2010-02-04", P, "2010-02-02"},
    {"Friday", kNoDct, P, "XXXX-WXX-5"},
    {"Monday", kNoDct, F, "XXXX-WXX-1"},
    {"SUNDAY", "2010-02-04", P, "2010-01-31"},
    // Times of day.
    {"Friday morning", "2022-01-14", P, "2022-01-14TMO"},
    {"Thursday night", "2016-11-19", P, "2016-11-17TNI"},
    {"Monday afternoon", "2010-02-04", F, "2010-02-08TAF"},
    {"Friday evening", kNoDct, P, "XXXX-WXX-5TEV"},
    {"this morning", "2013-05-21", U, "2013-05-21TMO"},
    {"yesterday evening", "2008-01-09", U, "2008-01-08TEV"},
    {"tonight", "2008-01-09", U, "2008-01-09TNI"},
    {"tonite", "2008-01-09", U, "2008-01-09TNI"},
    {"mid day", "2008-01-09", U, "2008-01-09T12:00"},
    {"last night", "2008-01-09", U, "2008-01-08TNI"},
    {"17:45 UTC", "2014-08-03", U, "2014-08-03T17:45Z"},
    {"21:05", "2012-02-29", U, "2012-02-29T21:05"},
    {"7:25 p.m", "2016-04-11", U, "2016-04-11T19:25"},
    {"9 a.m", "2007-10-17", U, "2007-10-17T09:00"},
    {"12 pm", "2007-10-17", U, "2007-10-17T12:00"},
    {"0630 UTC", "2013-10-02", U, "2013-10-02T06:30Z"},
    {"09:00 UTC Tuesday", "2014-07-09", P, "2014-07-08T09:00Z"},
    {"14:00 UTC today", "2011-11-23", U, "2011-11-23T14:00Z"},
    {"noon", "2012-09-14", U, "2012-09-14T12:00"},
    {"10:30", kNoDct, U, "XXXX-XX-XXT10:30"},
    // Days relative to the dct.
    {"today", "2014-02-11", U, "2014-02-11"},
    {"Today", "2017-06-30", U, "2017-06-30"},
    {"yesterday", "2008-12-05", U, "2008-12-04"},
    {"tomorrow", "2008-12-31", U, "2009-01-01"},
    {"yesterday", "2008-03-01", U, "2008-02-29"},
    {"yesterday", "2009-03-01", U, "2009-02-28"},
    {"the day before", "2022-01-14", U, "2022-01-13"},
    {"The day before", "2022-01-14", U, "2022-01-13"},
    {"the day after", "2022-01-14", U, "2022-01-15"},
    {"the previous day", "2010-01-01", U, "2009-12-31"},
    {"the next day", "2010-12-31", U, "2011-01-01"},
    {"the following day", "2010-02-04", U, "2010-02-05"},
    {"the same day", "2010-02-04", U, "2010-02-04"},
    {"the day before yesterday", "2010-02-04", U, "2010-02-02"},
    {"earlier today", "2015-01-20", U, "2015-01-20"},
    {"late in the day", "2013-03-27", U, "2013-03-27"},
    {"a fourth straight day", "2012-05-08", U, "2012-05-08"},
    {"finish the day", "2009-10-12", U, "2009-10-12"},
    {"yesterday", kNoDct, U, "XXXX-XX-XX"},
    {"two days ago", "2008-12-05", U, "2008-12-03"},
    {"three days ago", "2008-03-02", U, "2008-02-28"},
    {"a week ago", "2014-10-03", U, "2014-09-26"},
    {"two weeks ago", "2011-03-18", U, "2011-03-04"},
    {"a month ago", "2010-01-15", U, "2009-12"},
    {"six months ago", "2010-03-15", U, "2009-09"},
    {"a year ago", "2015-08-19", U, "2014"},
    {"30 years ago", "2012-04-17", U, "1982"},
    {"two decades ago", "2016-09-09", U, "1996"},
    {"many years ago", "2007-10-20", U, "PAST_REF"},
    // Weeks, months, years relative to the dct (ISO weeks).
    {"last week", "2010-02-04", U, "2010-W04"},
    {"this week", "2010-02-04", U, "2010-W05"},
    {"next week", "2010-02-04", U, "2010-W06"},
    {"last week", "2010-01-06", U, "2009-W53"},
    {"next week", "2009-12-28", U, "2010-W01"},
    {"this week", "2018-03-14", U, "2018-W11"},
    {"earlier in the week", "2022-01-14", U, "2022-W02"},
    {"later this week", "2022-01-14", U, "2022-W02"},
    {"this weekend", "2010-01-28", U, "2010-W04-WE"},
    {"next weekend", "2010-01-28", U, "2010-W05-WE"},
    {"last month", "2010-02-04", U, "2010-01"},
    {"last month", "2010-01-04", U, "2009-12"},
    {"next month", "2011-08-25", U, "2011-09"},
    {"next month", "2011-12-25", U, "2012-01"},
    {"this month", "2011-12-25", U, "2011-12"},
    {"earlier this month", "2011-12-25", U, "2011-12"},
    {"Last year", "2010-02-04", U, "2009"},
    {"last year", "2009-12-01", U, "2008"},
    {"next year", "2008-12-05", U, "2009"},
    {"this year", "2008-12-05", U, "2008"},
    {"the previous year", "2013-07-01", U, "2012"},
    {"the last year", "2016-09-30", U, "2015"},
    {"the coming year", "2010-03-01", U, "2011"},
    {"the beginning of the year", "2019-03-02", U, "2019"},
    {"the end of this year", "2017-02-10", U, "2017"},
    {"the end of last year", "2014-06-20", U, "2013"},
    {"the start of next year", "2009-02-01", U, "2010"},
    {"later this year", "2018-08-21", U, "2018"},
    {"last year", kNoDct, U, "XXXX"},
    {"last week", kNoDct, U, "XXXX-WXX"},
    {"last month", kNoDct, U, "XXXX-XX"},
    {"last August", "2009-06-28", U, "2008-08"},
    {"last September", "2010-11-01", U, "2010-09"},
    {"last June", "2010-06-10", U, "2009-06"},
    {"next March", "2010-02-01", U, "2010-03"},
    {"next March", "2010-05-01", U, "2011-03"},
    {"this August", "2010-02-01", U, "2010-08"},
    {"last decade", "2010-02-04", U, "P10Y"},
    {"the next decade", "2010-02-04", U, "202X"},
    {"this century", "2010-02-04", U, "20"},
    {"the last week of May", "2015-06-12", P, "2015-W22"},
    {"the first week of June", "2009-04-04", U, "2009-W23"},
    {"the first week of june 2010", "2009-04-04", U, "2010-W22"},
    {"the week of June 9", "2009-04-04", F, "2009-W24"},
    {"the same period the previous year", "2013-11-06", U, "2012-11"},
    {"the same month a year before", "2016-07-19", U, "2015-07"},
    // Seasons.
    {"late autumn", "2022-01-14", U, "2021-FA"},
    {"the summer of 2008", "2010-02-04", U, "2008-SU"},
    {"summer 2008", "2010-02-04", U, "2008-SU"},
    {"spring", "2009-06-15", P, "2009-SP"},
    {"Autumn", "2008-11-01", P, "2008-FA"},
    {"autumn", "2008-05-01", F, "2008-FA"},
    {"autumn", "2008-05-01", P, "2007-FA"},
    {"last summer", "2010-02-04", U, "2009-SU"},
    {"last summer", "2010-07-15", U, "2009-SU"},
    {"next spring", "2010-02-04", U, "2010-SP"},
    {"this winter", "2010-12-20", U, "2010-WI"},
    // "this spring" told in November: the next one, but the telling year's with a past verb.
    {"this spring", "2019-11-20", U, "2020-SP"},
    {"this spring", "2019-11-20", F, "2020-SP"},
    {"this spring", "2019-11-20", P, "2019-SP"},
    {"this summer", "2019-06-02", P, "2019-SU"},
    // Told before the season began, this year's whatever the verb.
    {"this spring", "2023-02-10", P, "2023-SP"},
    {"this winter", "2023-11-28", P, "2023-WI"},
    {"the fall of 2007", "2010-02-04", U, "2007-FA"},
    {"last fall", "2010-02-04", U, "2009-FA"},
    {"winter", kNoDct, U, "XXXX-WI"},
};

}  // namespace

TEST_CASE("the normalizer resolves weekdays, times of day and relative periods against the dct and tense", "[timex]") {
  REQUIRE(kRelative.size() >= 137);
  check_cases(kRelative);
}

// 2010-02-04 is a Thursday of ISO week 5.
TEST_CASE("a period after next is two steps from the dct's", "[timex]") {
  check_cases({
      {"the week after next", "2010-02-04", F, "2010-W07"},
      {"the month after next", "2010-02-04", F, "2010-04"},
      {"the year after next", "2010-02-04", F, "2012"},
      {"the quarter after next", "2010-11-20", F, "2011-Q2"},
  });
}

TEST_CASE("A count of days or weeks from right now is counted from the document date", "[timex]") {
  check_found("We will meet three days from right now.", "2013-02-12", {{"three days from right now", "2013-02-15"}});
  check_found("The fund closes two weeks from right now.", "2013-02-12", {{"two weeks from right now", "2013-02-26"}});
}

// "This past" is the American "the one just gone": the whole phrase is the timex, valued as
// "last" or "past" alone would be. 2024-04-17 is a Wednesday of ISO week 16.
TEST_CASE("this past week, weekday, month, season or holiday is the one just gone", "[timex]") {
  check_found("Shares slid this past week.", "2024-04-17", {{"this past week", "2024-W15"}});
  check_found("Crowds rallied this past Sunday.", "2024-04-17", {{"this past Sunday", "2024-04-14"}});
  check_found("Ferries were full this past weekend.", "2024-04-17", {{"this past weekend", "2024-W15-WE"}});
  check_found("This past year was the warmest.", "2024-04-17", {{"This past year", "2023"}});
  check_found("Orchards froze this past winter.", "2024-04-17", {{"this past winter", "2023-WI"}});
  check_found("Orchards froze the past winter.", "2024-04-17", {{"the past winter", "2023-WI"}});
  check_found("Snow closed roads this past January.", "2024-04-17", {{"this past January", "2024-01"}});
  check_found("Shops were busy this past Christmas.", "2024-04-17", {{"this past Christmas", "2023-12-25"}});
  check_found("Losses mounted at the end of this past month.", "2024-04-17", {{"the end of this past month", "2024-03"}});
  check_found("Losses mounted at the end of the past week.", "2024-04-17", {{"the end of the past week", "2024-W15"}});
  // "past" alone before a holiday is the preposition ("walked past Christmas stalls").
  check_found("Tourists walked past Christmas stalls.", "2024-04-17", {{"Christmas", "2023-12-25"}});
}

// 2024-03-10 is a Sunday, the last day of ISO week 10; March 11 the Monday of week 11. A year
// turns too: 2025-12-28 is a Sunday of week 52, and the week it begins is 2026's first.
TEST_CASE("the week of a Sunday is the week that Sunday begins", "[timex]") {
  check_cases({
      {"the week of March 10", "2024-01-15", F, "2024-W11"},
      {"the week of March 11", "2024-01-15", F, "2024-W11"},
      {"the week of March 9", "2024-01-15", F, "2024-W10"},
      {"the week of December 28, 2025", "2025-06-01", U, "2026-W01"},
  });
}
