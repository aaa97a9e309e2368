// Tests of the resolver on quarters, durations, sets and vague references, the TIMEX3 type of
// each family, what it refuses, and the date order option. Absolute dates are tested in
// resolver_dates_test.cc, periods relative to the dct in resolver_relative_test.cc.
#include <vector>

#include <catch2/catch.hpp>

#include "table_test.h"

namespace {

using namespace timex_table;

// Dates worked out by hand from a calendar; 2010-02-04 is a Thursday, 2022-01-14 a
// Friday, 2008-12-05 a Friday, 2009-06-28 a Sunday.
const std::vector<Case> kCases = {
    // Quarters and halves.
    {"the first half of next year", "2008-12-05", U, "2009-H1"},
    {"the second half of 2009", "2010-02-04", U, "2009-H2"},
    {"the third quarter of this year", "2009-10-01", U, "2009-Q3"},
    {"the fourth quarter of 2005", "2006-01-20", U, "2005-Q4"},
    {"the first quarter of last year", "2009-05-07", U, "2008-Q1"},
    {"the final quarter of 2009", "2010-02-04", U, "2009-Q4"},
    {"the fourth quarter", "2007-03-13", P, "2006-Q4"},
    {"the fourth quarter", "2006-08-19", U, "2006-Q4"},
    {"the second quarter", "2006-08-19", P, "2006-Q2"},
    {"third-quarter", "2009-10-20", U, "2009-Q3"},
    {"the last quarter", "2007-01-18", U, "2006-Q4"},
    {"next quarter", "2007-01-18", U, "2007-Q2"},
    {"this quarter", "2007-05-18", U, "2007-Q2"},
    {"Q3 2009", "2010-02-04", U, "2009-Q3"},
    {"the first half of 2010", kNoDct, U, "2010-H1"},
    // Durations.
    {"five-day", "2009-12-01", U, "P5D"},
    {"almost 18 years", "2022-01-14", U, "P18Y"},
    {"a week", "2022-01-14", U, "P1W"},
    {"a day", "2009-06-28", U, "P1D"},
    {"two years", kNoDct, U, "P2Y"},
    {"twenty-five years", kNoDct, U, "P25Y"},
    {"18 months", kNoDct, U, "P18M"},
    {"thirty minutes", kNoDct, U, "PT30M"},
    {"12-hour", kNoDct, U, "PT12H"},
    {"90 days", kNoDct, U, "P90D"},
    {"a decade", kNoDct, U, "P10Y"},
    {"over a decade", kNoDct, U, "P10Y"},
    {"two decades", kNoDct, U, "P20Y"},
    {"a century", kNoDct, U, "P100Y"},
    {"a fortnight", kNoDct, U, "P2W"},
    {"nearly five months", kNoDct, U, "P5M"},
    {"more than a week", kNoDct, U, "P1W"},
    {"over six years", kNoDct, U, "P6Y"},
    {"almost two and a half years", kNoDct, U, "P2.5Y"},
    {"half a day", kNoDct, U, "P0.5D"},
    {"six straight days", kNoDct, U, "P6D"},
    {"the past five trading days", kNoDct, U, "P5D"},
    {"the past nine days", kNoDct, U, "P9D"},
    {"the next four years", kNoDct, U, "P4Y"},
    {"the next six months", kNoDct, U, "P6M"},
    {"two consecutive quarters", kNoDct, U, "P2Q"},
    {"single-day", kNoDct, U, "P1D"},
    {"fifty-year", kNoDct, U, "P50Y"},
    {"27-year", kNoDct, U, "P27Y"},
    {"many, many years", kNoDct, U, "PXY"},
    {"recent years", kNoDct, U, "PXY"},
    {"all these years", kNoDct, U, "PXY"},
    {"the coming months", kNoDct, U, "PXM"},
    {"several years", kNoDct, U, "PXY"},
    {"a few days", kNoDct, U, "PXD"},
    {"over the years", kNoDct, U, "PXY"},
    {"for years", kNoDct, U, "PXY"},
    {"for decades", kNoDct, U, "PXDE"},
    {"in minutes", kNoDct, U, "PTXM"},
    {"from 2009 to 2011", kNoDct, U, "P2Y"},
    {"between 2014 and 2016", kNoDct, U, "P2Y"},
    // Sets.
    {"every year", kNoDct, U, "P1Y"},
    {"each week", kNoDct, U, "P1W"},
    {"every other week", kNoDct, U, "P2W"},
    {"every day", kNoDct, U, "P1D"},
    {"every hour", kNoDct, U, "PT1H"},
    {"every Monday", kNoDct, U, "XXXX-WXX-1"},
    {"every summer", kNoDct, U, "XXXX-SU"},
    {"weekly", kNoDct, U, "P1W"},
    {"daily", kNoDct, U, "P1D"},
    {"annually", kNoDct, U, "P1Y"},
    {"annual", kNoDct, U, "P1Y"},
    {"monthly", kNoDct, U, "P1M"},
    {"quarterly", kNoDct, U, "P3M"},
    // Vague references.
    {"now", "2008-12-05", U, "PRESENT_REF"},
    {"Now", kNoDct, U, "PRESENT_REF"},
    {"right now", kNoDct, U, "PRESENT_REF"},
    {"this stage", kNoDct, U, "PRESENT_REF"},
    {"present-day", kNoDct, U, "PRESENT_REF"},
    {"nowadays", kNoDct, U, "PRESENT_REF"},
    {"the time being", kNoDct, U, "PRESENT_REF"},
    {"earlier", kNoDct, U, "PAST_REF"},
    {"recently", kNoDct, U, "PAST_REF"},
    {"the past", kNoDct, U, "PAST_REF"},
    {"anytime soon", kNoDct, U, "FUTURE_REF"},
    {"very soon", kNoDct, U, "FUTURE_REF"},
    {"the future", kNoDct, U, "FUTURE_REF"},
    {"the near future", kNoDct, U, "FUTURE_REF"},
    {"the long term", kNoDct, U, "FUTURE_REF"},
};

}  // namespace

TEST_CASE("the normalizer resolves quarters, durations, sets and vague references", "[timex]") {
  REQUIRE(kCases.size() >= 84);
  check_cases(kCases);
}

TEST_CASE("the normalizer gives each family its TIMEX3 type", "[timex]") {
  CHECK(dossier::timex::normalize("5 December 2008", std::nullopt)->type == "DATE");
  CHECK(dossier::timex::normalize("Friday morning", std::string("2022-01-14"), Tense::kPast)->type == "TIME");
  CHECK(dossier::timex::normalize("18:00 UTC", std::string("2022-01-14"))->type == "TIME");
  CHECK(dossier::timex::normalize("five-day", std::nullopt)->type == "DURATION");
  CHECK(dossier::timex::normalize("every year", std::nullopt)->type == "SET");
  CHECK(dossier::timex::normalize("now", std::nullopt)->type == "DATE");
}

TEST_CASE("the normalizer refuses what is no expression or no real date", "[timex]") {
  for (const char* s : {"", "the cat", "may", "march", "soon", "current", "currently", "February 30, 2009", "13/45/2008", "Monday Tuesday"}) {
    INFO(s);
    CHECK_FALSE(dossier::timex::normalize(s, std::string("2010-02-04")).has_value());
  }
}

TEST_CASE("numeric dates follow the date order option", "[timex]") {
  dossier::timex::Options dmy;
  dmy.date_order = dossier::timex::DateOrder::kDayFirst;
  CHECK(dossier::timex::normalize("12/05/2008", std::nullopt, U, dmy)->value == "2008-05-12");
  CHECK(dossier::timex::normalize("12/05/2008", std::nullopt, U)->value == "2008-12-05");
  CHECK(dossier::timex::normalize("25/12/2008", std::nullopt, U)->value == "2008-12-25");
  CHECK(dossier::timex::normalize("12/25/2008", std::nullopt, U, dmy)->value == "2008-12-25");
}
