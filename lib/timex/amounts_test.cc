// Tests of ranges of days, clock times and counts back and ahead (dates.cc, amounts.cc).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "table_test.h"

namespace {

using namespace timex_table;

// Ranges of days (valued by their first day), clock times with seconds, zones and a date,
// hedged counts back.
const std::vector<Case> kRangeAndClockCases = {
    {"July 8-9", "2016-06-01", F, "2016-07-08"},
    {"July 18-19, 2015", "2016-06-01", U, "2015-07-18"},
    {"13 to 15 July", "2013-02-12", F, "2013-07-13"},
    {"from the 13th to the 15th of July", "2013-02-12", F, "2013-07-13"},
    {"15:23:24", "2013-02-12", U, "2013-02-12T15:23:24"},
    {"9:01:10 AM", "2013-02-12", U, "2013-02-12T09:01:10"},
    {"15h30", "2013-02-12", U, "2013-02-12T15:30"},
    {"10:00 GMT", "2013-02-12", U, "2013-02-12T10:00Z"},
    {"10:00 EST", "2013-02-12", U, "2013-02-12T10:00"},
    {"Thursday 8:00 GMT", "2013-02-12", F, "2013-02-14T08:00Z"},
    {"Thu at 8 am", "2013-02-12", F, "2013-02-14T08:00"},
    {"July 13 - July 15", "2013-02-12", F, "2013-07-13"},
    {"3 in the afternoon", "2013-02-12", U, "2013-02-12T15:00"},
    {"8 o'clock in the evening", "2013-02-12", U, "2013-02-12T20:00"},
    {"3 in the morning", "2013-02-12", U, "2013-02-12T03:00"},
    {"4:45p", "2019-09-17", U, "2019-09-17T16:45"},
    {"6:05a", "2019-09-17", U, "2019-09-17T06:05"},
    {"8 o'clock", "2013-02-12", U, "2013-02-12T08:00"},
    {"Fri", "2013-02-12", F, "2013-02-15"},
    {"three days from now", "2013-02-12", U, "2013-02-15"},
    {"two years hence", "2013-02-12", U, "2015"},
    {"a few weeks from now", "2013-02-12", U, "FUTURE_REF"},
    {"the 20th of next month", "2013-02-12", U, "2013-03-20"},
    {"20 of this month", "2013-02-12", U, "2013-02-20"},
    {"last yr", "2013-02-12", U, "2012"},
    {"the 3rd qtr", "2013-02-12", U, "2013-Q3"},
    {"2018Q4", "2013-02-12", U, "2018-Q4"},
    {"the 19th century", "2013-02-12", U, "18XX"},
    {"the early twentieth century", "2013-02-12", U, "19XX"},
    {"the twenty-first century", "2013-02-12", U, "20XX"},
    {"midnight on December 12", "2007-12-10", F, "2007-12-12T00:00"},
    {"7:30 PM on Fri, Sep 20", "2013-02-12", F, "2013-09-20T19:30"},
    {"almost 35 years ago", "2009-05-01", P, "1974"},
    {"mid-fall 2021", "2022-01-14", U, "2021-FA"},
    {"late on Tuesday", "2014-04-02", P, "2014-04-01"},
    {"three whole months", kNoDct, U, "P3M"},
};

}  // namespace

TEST_CASE("ranges of days, clock times with seconds or a date, and hedged counts are read", "[timex]") {
  check_cases(kRangeAndClockCases);
}
