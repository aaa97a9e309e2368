// Tests of the wordings of an amount of time: "a pair of", "N more", a hedge
// before "half an hour", and "1/2 hour" (numbers.tsv, units.tsv, patterns.tsv, amounts.cc).
#include <vector>

#include <catch2/catch.hpp>

#include "table_test.h"

namespace {

using namespace timex_table;

const std::vector<Case> kAmounts = {
    {"a pair of weeks", "2019-05-07", U, "P2W"},
    {"a pair of hours", "2019-05-07", U, "PT2H"},
    {"four more years", "2019-05-07", U, "P4Y"},
    {"10 more minutes", "2019-05-07", U, "PT10M"},
    {"roughly half an hour", "2019-05-07", U, "PT0.5H"},
    {"almost half a century", "2019-05-07", U, "P50Y"},
    {"three and a half hours", "2019-05-07", U, "PT3.5H"},
    {"1/2 hour", "2019-05-07", U, "PT30M"},
    {"3/4 hours", "2019-05-07", U, "PT45M"},
    {"1/4 h", "2019-05-07", U, "PT15M"},
    {"3/4h", "2019-05-07", U, "PT45M"},
};

}  // namespace

TEST_CASE("A pair, N more, a hedged half and a fraction of an hour in figures are amounts of time", "[timex]") { check_cases(kAmounts); }

TEST_CASE("Such an amount after in, in a phrase of its own, is a day to come", "[timex]") {
  check_found("Showtime in a pair of minutes.", "2019-05-07", {{"a pair of minutes", "2019-05-07"}});
  check_found("Results in 4 more days.", "2019-05-07", {{"4 more days", "2019-05-11"}});
  check_found("Kickoff in roughly half an hour.", "2019-05-07", {{"roughly half an hour", "2019-05-07"}});
  check_found("Boarding in 3/4 hour.", "2019-05-07", {{"3/4 hour", "2019-05-07"}});
}

TEST_CASE("A pair of things that are no unit of time is no timex", "[timex]") {
  check_found("She packed a pair of boots and more gloves.", "2019-05-07", {});
  check_found("Rebels hold 3/4 of the hills.", "2019-05-07", {});
}
