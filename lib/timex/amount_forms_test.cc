// Tests of the wordings of an amount of time: "a pair of", "N more", "hrs", and a hedge
// before "half an hour" (numbers.tsv, units.tsv, patterns.tsv, amounts.cc).
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
    {"5 hrs", "2019-05-07", U, "PT5H"},
    {"one hr", "2019-05-07", U, "PT1H"},
    {"roughly half an hour", "2019-05-07", U, "PT0.5H"},
    {"almost half a century", "2019-05-07", U, "P50Y"},
    {"three and a half hours", "2019-05-07", U, "PT3.5H"},
};

}  // namespace

TEST_CASE("A pair, N more, hrs and a hedged half are amounts of time", "[timex]") { check_cases(kAmounts); }

TEST_CASE("Such an amount after in, in a phrase of its own, is a day to come", "[timex]") {
  check_found("Doors open in a pair of minutes.", "2019-05-07", {{"a pair of minutes", "2019-05-07"}});
  check_found("Results in 4 more days.", "2019-05-07", {{"4 more days", "2019-05-11"}});
  check_found("Kickoff in roughly half an hour.", "2019-05-07", {{"roughly half an hour", "2019-05-07"}});
}

TEST_CASE("A pair of things that are no unit of time is no timex", "[timex]") {
  check_found("She packed a pair of boots and more gloves.", "2019-05-07", {});
}
