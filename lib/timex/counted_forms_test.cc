// Tests of the counted and shifted forms of the grammar: a month or a holiday put off by
// years ("June after next", "Halloween in two years"), weeks and days counted back from the
// end of a month or a year ("the second last week of May"), the weekday of a week named in
// the possessive, two-digit years glued to a quarter, and the years of an era.
#include <vector>

#include <catch2/catch.hpp>

#include "table_test.h"

namespace {

using namespace timex_table;

// 2016-05-10 is a Tuesday; 2019-12-28 a Saturday, so 2019-W52 is December 23-29.
const std::vector<Case> kPutOff = {
    {"June after next", "2016-05-10", U, "2017-06"},
    {"June after next", "2016-07-10", U, "2018-06"},
    {"September in two years", "2016-05-10", U, "2018-09"},
    {"April in a year", "2016-05-10", U, "2018-04"},
    {"Halloween in 3 years", "2016-05-10", U, "2019-10-31"},
    // Thanksgiving moves with its weekday: the fourth Thursday of November 2017.
    {"Thanksgiving in a year", "2016-05-10", U, "2017-11-23"},
    {"Christmas after next", "2016-05-10", U, "2017-12-25"},
};

const std::vector<Case> kCountedBack = {
    {"the last day of April", "2016-05-10", P, "2016-04-30"},
    {"the third last day of April", "2016-05-10", P, "2016-04-28"},
    {"the 2nd last day of February 2016", "2016-05-10", U, "2016-02-28"},
    {"the last week of 2019", "2016-05-10", U, "2019-W52"},
    {"the second last week of 2019", "2016-05-10", U, "2019-W51"},
    {"the 4th last week of 2019", "2016-05-10", U, "2019-W49"},
    {"the first week of 2020", "2016-05-10", U, "2020-W01"},
    {"the third week of 2020", "2016-05-10", U, "2020-W03"},
    // November 2019 ends on a Saturday: its last week is that of the 27th, W48.
    {"the last week of November 2019", "2016-05-10", U, "2019-W48"},
    {"the second last week of November 2019", "2016-05-10", U, "2019-W47"},
    {"the third last week of November 2019", "2016-05-10", U, "2019-W46"},
    // May 2016 ends on a Tuesday: its last Friday is the 27th.
    {"the last Friday of May 2016", "2016-05-10", U, "2016-05-27"},
    {"the second last Friday of May 2016", "2016-05-10", U, "2016-05-20"},
    {"the 3rd last Tuesday of May 2016", "2016-05-10", U, "2016-05-17"},
    // "last" that names the month is no count from its end.
    {"the second Friday of last month", "2016-05-10", U, "2016-04-08"},
};

const std::vector<Case> kPossessiveWeek = {
    {"last week's Thursday", "2016-05-10", P, "2016-05-05"},
    {"next week's Monday", "2016-05-10", F, "2016-05-16"},
    {"this week's Sunday", "2016-05-10", U, "2016-05-15"},
};

const std::vector<Case> kShortQuarters = {
    {"17Q2", "2016-05-10", U, "2017-Q2"},
    {"'15q4", "2016-05-10", U, "2015-Q4"},
};

const std::vector<Case> kEras = {
    {"753 BC", "2016-05-10", U, "BC0753"},
    {"44 B.C", "2016-05-10", U, "BC0044"},
    {"AD 79", "2016-05-10", U, "0079"},
    {"410 a.d", "2016-05-10", U, "0410"},
    {"1066 AD", "2016-05-10", U, "1066"},
    {"300 CE", "2016-05-10", U, "0300"},
};

}  // namespace

TEST_CASE("A month or a holiday put off by years is the coming one, that many years on", "[timex]") { check_cases(kPutOff); }

TEST_CASE("A day or a week counted back from the end of a month or a year is that many before the last", "[timex]") {
  check_cases(kCountedBack);
}

TEST_CASE("A weekday of a week named in the possessive is that day of that week", "[timex]") { check_cases(kPossessiveWeek); }

TEST_CASE("A two-digit year glued to its quarter is read in the window of two-digit years", "[timex]") { check_cases(kShortQuarters); }

TEST_CASE("A year of an era is written BC before Christ and as plain digits after", "[timex]") { check_cases(kEras); }

TEST_CASE("The counted and shifted forms are found in running text with their own spans", "[timex]") {
  check_found("The fair comes back in June after next.", "2016-05-10", {{"June after next", "2017-06"}});
  check_found("The market reopens for Halloween in two years.", "2016-05-10", {{"Halloween in two years", "2018-10-31"}});
  check_found("Rents are due on the second last day of July.", "2016-05-10", {{"the second last day of July", "2016-07-30"}});
  check_found("He had phoned last week's Tuesday about the lease.", "2016-05-10", {{"last week's Tuesday", "2016-05-03"}});
  check_found("The town was founded around 600 BC by traders.", "2016-05-10", {{"600 BC", "BC0600"}});
  // A span ends at a word: the last dot of "B.C." stays out, as a sentence's full stop would.
  check_found("The wall was built in 44 B.C. and stood.", "2016-05-10", {{"44 B.C", "BC0044"}});
  // "in a year" after a month is no shift when the phrase does not end there, nor when the
  // year is a noun that the words after it describe.
  check_found("Prices rose in March, and again within a year.", "2016-05-10", {{"March", "2016-03"}, {"a year", "P1Y"}});
  check_found("The strike began in March in a year of cuts.", "2016-05-10", {{"March", "2016-03"}});
  check_found("They married at Christmas in one year when snow fell.", "2016-05-10", {{"Christmas", "2015-12-25"}});
  // After a superlative or an ordinal the years count back: the month or holiday alone.
  check_found("It was the wettest June in 30 years.", "2016-05-10", {{"June", "2015-06"}});
  check_found("Shops had their busiest Christmas in five years.", "2016-05-10", {{"Christmas", "2015-12-25"}});
  // Era letters before a noun are something else: the year alone.
  check_found("The 2017 BC election was close.", "2016-05-10", {{"2017", "2017"}});
  check_found("In 44 BC Caesar died.", "2016-05-10", {{"44 BC", "BC0044"}});
  // A holiday whose name ends in "Year" is no shift.
  check_found("They will sing at the Lunar New Year with drums.", "2016-05-10", {{"the Lunar New Year", "2017-01-28"}});
}

// 2013-02-12 is a Tuesday of 2013-W07, 2014-06-04 a Wednesday of 2014-W23.
TEST_CASE("A count before upcoming and a unit is the period that many steps on", "[timex]") {
  check_found("3 upcoming weeks", "2014-06-04", {{"3 upcoming weeks", "2014-W26"}});
  check_found("Reminder: three upcoming days", "2013-02-12", {{"three upcoming days", "2013-02-15"}});
  check_found("two upcoming months", "2013-11-20", {{"two upcoming months", "2014-01"}});
  check_found("4 upcoming quarters", "2013-02-12", {{"4 upcoming quarters", "2014-Q1"}});
  check_found("five upcoming years", "2013-02-12", {{"five upcoming years", "2018"}});
}

TEST_CASE("With an article or a preposition before it the count of upcoming periods is their length", "[timex]") {
  check_found("The three upcoming months will test the new ferry line.", "2013-02-12", {{"three upcoming months", "P3M"}});
  check_found("Rail fares rise over the two upcoming years.", "2013-02-12", {{"two upcoming years", "P2Y"}});
  check_found("The club has four upcoming weeks of matches.", "2013-02-12", {{"four upcoming weeks", "P4W"}});
  check_found("She faces two upcoming hearings.", "2013-02-12", {});
}

TEST_CASE("In a clause of its own the count of upcoming periods is their length and no step on", "[timex]") {
  check_found("Two upcoming weeks will settle the fate of the ferry line.", "2013-02-12", {{"Two upcoming weeks", "P2W"}});
  check_found("The board meets again after two upcoming weeks, a spokesman said.", "2013-02-12", {{"two upcoming weeks", "P2W"}});
  check_found("Gales are forecast across three upcoming days.", "2013-02-12", {{"three upcoming days", "P3D"}});
}

TEST_CASE("An ordinal day and month with two figures at the end of the clause take them as the year", "[timex]") {
  check_found("The lease on the mill runs out on 21st October 27.", "2013-02-12", {{"21st October 27", "2027-10-21"}});
  check_found("Tickets bought by the 3rd of March 14, said the club, stay valid.", "2013-02-12", {{"the 3rd of March 14", "2014-03-03"}});
  // Before a noun the figures are a count, and before a colon or a dot and figures a clock.
  check_found("On 9th June 40 boats left the harbour.", "2013-02-12", {{"9th June", "2012-06-09"}});
  check_found("The ferry leaves on 2nd August 16:45 sharp.", "2013-02-12", {{"2nd August", "2013-08-02"}, {"16:45", "2013-08-02T16:45"}});
}

TEST_CASE("An ordinal day and month with two figures before a comma or a semicolon and another figure are a list of counts", "[timex]") {
  check_found("The shelter took in 4th July 31, 5th July 26 and the next day 40 dogs.", "2013-02-12",
              {{"4th July", "2012-07-04"}, {"5th July", "2012-07-05"}, {"the next day", "2012-07-06"}});
  check_found("Rainfall in millimetres: 9th June 14; 10th June 22 at the coast.", "2013-02-12", {{"9th June", "2013-06-09"}, {"10th June", "2013-06-10"}});
  check_found("The pier reopens on 9th June 14; the cafe a week later.", "2013-02-12", {{"9th June 14", "2014-06-09"}, {"a week later", "2014-06-16"}});
}
