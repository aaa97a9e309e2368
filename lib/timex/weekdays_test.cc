// Tests of weekdays with a day, the Nth weekday of a month, the day alone (weekdays.cc).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "table_test.h"

namespace {

using namespace timex_table;

// Weekdays with a day of the month, the Nth weekday of a month, a day of the month alone;
// 2016-04-21 is a Thursday.
const std::vector<Case> kWeekdayDayCases = {
    {"Sunday the 24th", "2016-04-21", U, "2016-04-24"},
    {"Wed 12th", "2016-04-21", U, "2016-10-12"},
    {"Tuesday the 13th", "2016-04-21", P, "2015-10-13"},
    {"the first Wednesday of November", "2016-04-21", F, "2016-11-02"},
    {"the last Friday of June", "2016-04-21", F, "2016-06-24"},
    {"the second Thursday of August 2018", "2016-04-21", U, "2018-08-09"},
    {"the second Monday of this month", "2016-04-21", U, "2016-04-11"},
    {"the fourth Tuesday of next month", "2016-04-21", U, "2016-05-24"},
    {"the 25th", "2016-04-21", U, "2016-04-25"},
    {"the 29th", "2016-04-21", P, "2016-03-29"},
    {"the 3rd", "2016-04-21", F, "2016-05-03"},
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

// 2019-05-07 is a Tuesday.
TEST_CASE("Mon., Sat. and Sun. with their period after on or a direction word are weekdays", "[timex]") {
  timex_table::check_found("The fair opens on Sat. with a parade.", "2019-05-07", {{"Sat", "2019-05-11"}});
  timex_table::check_found("The board meets next Mon.", "2019-05-07", {{"next Mon", "2019-05-13"}});
  // Without the period the words are a name or a verb.
  timex_table::check_found("He built servers on Sun hardware and sat on Sat committees.", "2019-05-07", {});
}

TEST_CASE("mon, sat and sun alone on their line, in any case, are weekdays but a sun or a sat in a sentence is not", "[timex]") {
  timex_table::check_found("Rota for the garden club\nsat.\nMark will water the beans", "2019-05-07", {{"sat", "2019-05-11"}});
  timex_table::check_found("Rota for the garden club\n  SUN\nEllen will mow", "2019-05-07", {{"SUN", "2019-05-12"}});
  timex_table::check_found("mon", "2019-05-07", {{"mon", "2019-05-13"}});
  timex_table::check_found("The sun sat low.\nsun and wind dried the field\nWe sat on the sun deck", "2019-05-07", {});
}

TEST_CASE("Sun alone on its line above or below a paragraph of running text is the paper's name and no day", "[timex]") {
  timex_table::check_found("Council to sell the old pier\nSun\nThe council will sell the old pier to a hotel group, its leader told the paper after a long meeting.",
                           "2019-05-07", {});
  timex_table::check_found("The council will sell the old pier to a hotel group, its leader told the paper after a long meeting.\n\nSUN.",
                           "2019-05-07", {});
  // Beside short lines, an entry of a list, it stays a day.
  timex_table::check_found("Rota for the garden club\nSat.\nMark will water the beans\nSun\nEllen will mow the lawn", "2019-05-07", {{"Sat", "2019-05-11"}, {"Sun", "2019-05-12"}});
}

TEST_CASE("earlier or later before a weekday is that day and no reference to the past", "[timex]") {
  check_found("Earlier Tuesday, the council approved the budget.", "2016-04-21", {{"Earlier Tuesday", "2016-04-19"}});
  check_found("The jury is expected to return later on Friday.", "2016-04-21", {{"later on Friday", "2016-04-22"}});
}
