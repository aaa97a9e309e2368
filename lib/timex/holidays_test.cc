// Tests of holidays and named days (holidays.cc).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "table_test.h"

namespace {

using namespace timex_table;

// Holidays and named days: fixed, the Nth weekday of a month, and counted from Easter.
const std::vector<Case> kHolidayCases = {
    {"Christmas", "2013-02-12", F, "2013-12-25"},
    {"Christmas Eve", "2013-02-12", F, "2013-12-24"},
    {"last Christmas", "2013-02-12", U, "2012-12-25"},
    {"Christmas", "2013-02-12", P, "2012-12-25"},
    {"New Year\u2019s Day", "2013-02-12", F, "2014-01-01"},
    {"Thanksgiving", "2013-02-12", F, "2013-11-28"},
    {"Thanksgiving", "2013-02-12", U, "2012-11-22"},
    {"Christmas", "2007-01-18", U, "2006-12-25"},
    {"Thanksgiving 2016", "2013-02-12", U, "2016-11-24"},
    {"Thanksgiving of next year", "2013-02-12", U, "2014-11-27"},
    {"Black Friday 2017", "2013-02-12", U, "2017-11-24"},
    {"Memorial Day", "2013-02-12", U, "2013-05-27"},
    {"Memorial Day", "2013-02-12", P, "2012-05-28"},
    {"Labor Day 2014", "2013-02-12", U, "2014-09-01"},
    {"Martin Luther King Jr. Day", "2013-02-12", F, "2014-01-20"},
    {"Mother's Day", "2013-02-12", U, "2013-05-12"},
    {"Easter", "2013-02-12", U, "2013-03-31"},
    {"Easter", "2013-02-12", P, "2012-04-08"},
    {"Easter 2010", "2013-02-12", U, "2010-04-04"},
    {"next Easter", "2013-04-05", U, "2014-04-20"},
    {"Good Friday 2013", "2013-02-12", U, "2013-03-29"},
    {"Ash Wednesday 2013", "2013-02-12", U, "2013-02-13"},
    {"Pentecost 2013", "2013-02-12", U, "2013-05-19"},
    {"Orthodox Easter 2018", "2013-02-12", U, "2018-04-08"},
    {"Orthodox Easter 2013", "2013-02-12", U, "2013-05-05"},
    {"Christmas", kNoDct, U, "XXXX-12-25"},
    {"Ramadan 2018", "2013-02-12", U, "2018-05-16"},
    {"Eid al-Fitr 2018", "2013-02-12", U, "2018-06-15"},
    {"Eid al-Adha 2046", "2013-02-12", U, "2046-10-11"},
    {"Ramadan", kNoDct, U, "XXXX-XX-XX"},
    {"this Easter", "2021-06-09", U, "2022-04-17"},
    {"this Easter", "2021-06-09", P, "2021-04-04"},
    {"this Christmas", "2021-06-09", U, "2021-12-25"},
};

}  // namespace

TEST_CASE("holidays fall on their day of the year asked for, fixed or movable", "[timex]") {
  check_cases(kHolidayCases);
}

TEST_CASE("a good Friday for the markets is no holiday", "[timex]") {
  CHECK_FALSE(dossier::timex::normalize("good Friday", std::string("2013-02-12")).has_value());
  CHECK_FALSE(dossier::timex::normalize("lent", std::string("2013-02-12")).has_value());
}
