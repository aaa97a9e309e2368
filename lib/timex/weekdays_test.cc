// Tests of weekdays with a day, the Nth weekday of a month, the day alone (weekdays.cc).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "table_test.h"

namespace {

using namespace timex_table;

// Weekdays with a day of the month, the Nth weekday of a month, a day of the month alone;
// 2013-02-12 is a Tuesday.
const std::vector<Case> kWeekdayDayCases = {
    {"Tuesday the 19th", "2013-02-12", U, "2013-02-19"},
    {"Thu 15th", "2013-02-12", U, "2013-08-15"},
    {"Friday the 13th", "2013-02-12", P, "2012-07-13"},
    {"the first Tuesday of October", "2013-02-12", F, "2013-10-01"},
    {"the last Monday of March", "2013-02-12", F, "2013-03-25"},
    {"the third Tuesday of September 2014", "2013-02-12", U, "2014-09-16"},
    {"the first Monday of this month", "2013-02-12", U, "2013-02-04"},
    {"the second Friday of next month", "2013-02-12", U, "2013-03-08"},
    {"the 15th", "2013-02-12", U, "2013-02-15"},
    {"the 28th", "2013-02-12", P, "2013-01-28"},
    {"the 1st", "2013-02-12", F, "2013-03-01"},
};

// A weekday written with a date pins its year; a weekday of a named week; 2019-09-17 is a
// Tuesday.
const std::vector<Case> kWeekdayAgreementCases = {
    {"Sunday, November 8", "2019-09-17", U, "2020-11-08"},
    {"Thursday, March 14", "2019-09-17", U, "2019-03-14"},
    {"Monday, September 18", "2019-09-17", U, "2019-09-18"},
    {"Friday next week", "2019-09-17", U, "2019-09-27"},
    {"Monday of last week", "2019-09-17", U, "2019-09-09"},
    {"Thursday of this week", "2019-09-17", P, "2019-09-19"},
    {"Thursday after next", "2019-09-17", U, "2019-09-26"},
    {"two Tuesdays ago", "2019-09-17", U, "2019-09-03"},
    {"3 Sundays from now", "2019-09-17", U, "2019-10-06"},
    {"two Mondays back", "2019-09-17", U, "2019-09-09"},
    {"five Wednesdays hence", "2019-09-17", U, "2019-10-16"},
};

}  // namespace

TEST_CASE("weekdays with a day of the month and the Nth weekday of a month find their day", "[timex]") {
  check_cases(kWeekdayDayCases);
}

TEST_CASE("a weekday written with a date picks the year it falls on, and a named week picks the day", "[timex]") {
  check_cases(kWeekdayAgreementCases);
}
