// Tests of the resolver on absolute dates: calendar dates in every month and format,
// numeric dates, years and decades, each against its dct and tense.
#include <vector>

#include <catch2/catch.hpp>

#include "table_test.h"

namespace {

using namespace timex_table;

// Dates worked out by hand from a calendar; 2010-02-04 is a Thursday, 2022-01-14 a
// Friday, 2008-12-05 a Friday, 2009-06-28 a Sunday.
const std::vector<Case> kDates = {
    // Calendar dates in every month and the common formats.
    {"3 January 2008", "2008-12-05", U, "2008-01-03"},
    {"January 3, 2008", "2008-12-05", U, "2008-01-03"},
    {"January 2007", "2008-12-05", U, "2007-01"},
    {"JANUARY 3, 2011", "2008-12-05", U, "2011-01-03"},
    {"Jan. 3, 2008", "2008-12-05", U, "2008-01-03"},
    {"January", "2009-06-15", P, "2009-01"},
    {"January", "2009-06-15", F, "2010-01"},
    {"January", kNoDct, U, "XXXX-01"},
    {"5 February 2008", "2008-12-05", U, "2008-02-05"},
    {"February 5, 2008", "2008-12-05", U, "2008-02-05"},
    {"February 2007", "2008-12-05", U, "2007-02"},
    {"FEBRUARY 5, 2011", "2008-12-05", U, "2011-02-05"},
    {"Feb. 5, 2008", "2008-12-05", U, "2008-02-05"},
    {"February", "2009-06-15", P, "2009-02"},
    {"February", "2009-06-15", F, "2010-02"},
    {"February", kNoDct, U, "XXXX-02"},
    {"7 March 2008", "2008-12-05", U, "2008-03-07"},
    {"March 7, 2008", "2008-12-05", U, "2008-03-07"},
    {"March 2007", "2008-12-05", U, "2007-03"},
    {"MARCH 7, 2011", "2008-12-05", U, "2011-03-07"},
    {"Mar. 7, 2008", "2008-12-05", U, "2008-03-07"},
    {"March", "2009-06-15", P, "2009-03"},
    {"March", "2009-06-15", F, "2010-03"},
    {"March", kNoDct, U, "XXXX-03"},
    {"9 April 2008", "2008-12-05", U, "2008-04-09"},
    {"April 17, 2008", "2008-12-05", U, "2008-04-17"},
    {"April 2007", "2008-12-05", U, "2007-04"},
    {"APRIL 9, 2011", "2008-12-05", U, "2011-04-09"},
    {"Apr. 9, 2008", "2008-12-05", U, "2008-04-09"},
    {"April", "2009-06-15", P, "2009-04"},
    {"April", "2009-06-15", F, "2010-04"},
    {"April", kNoDct, U, "XXXX-04"},
    {"11 May 2008", "2008-12-05", U, "2008-05-11"},
    {"May 11, 2008", "2008-12-05", U, "2008-05-11"},
    {"May 2007", "2008-12-05", U, "2007-05"},
    {"MAY 11, 2011", "2008-12-05", U, "2011-05-11"},
    {"May", "2009-06-15", P, "2009-05"},
    {"May", "2009-06-15", F, "2010-05"},
    {"May", kNoDct, U, "XXXX-05"},
    {"13 June 2008", "2008-12-05", U, "2008-06-13"},
    {"June 13, 2008", "2008-12-05", U, "2008-06-13"},
    {"June 2007", "2008-12-05", U, "2007-06"},
    {"JUNE 13, 2011", "2008-12-05", U, "2011-06-13"},
    {"June", "2009-06-15", P, "2009-06"},
    {"June", "2009-06-15", F, "2009-06"},
    {"June", kNoDct, U, "XXXX-06"},
    {"15 July 2008", "2008-12-05", U, "2008-07-15"},
    {"July 15, 2008", "2008-12-05", U, "2008-07-15"},
    {"July 2007", "2008-12-05", U, "2007-07"},
    {"JULY 15, 2011", "2008-12-05", U, "2011-07-15"},
    {"July", "2009-06-15", P, "2008-07"},
    {"July", "2009-06-15", F, "2009-07"},
    {"July", kNoDct, U, "XXXX-07"},
    {"17 August 2008", "2008-12-05", U, "2008-08-17"},
    {"August 17, 2008", "2008-12-05", U, "2008-08-17"},
    {"August 2007", "2008-12-05", U, "2007-08"},
    {"AUGUST 17, 2011", "2008-12-05", U, "2011-08-17"},
    {"Aug. 17, 2008", "2008-12-05", U, "2008-08-17"},
    {"August", "2009-06-15", P, "2008-08"},
    {"August", "2009-06-15", F, "2009-08"},
    {"August", kNoDct, U, "XXXX-08"},
    {"19 September 2008", "2008-12-05", U, "2008-09-19"},
    {"September 19, 2008", "2008-12-05", U, "2008-09-19"},
    {"September 2007", "2008-12-05", U, "2007-09"},
    {"SEPTEMBER 19, 2011", "2008-12-05", U, "2011-09-19"},
    {"Sept. 19, 2008", "2008-12-05", U, "2008-09-19"},
    {"September", "2009-06-15", P, "2008-09"},
    {"September", "2009-06-15", F, "2009-09"},
    {"September", kNoDct, U, "XXXX-09"},
    {"21 October 2008", "2008-12-05", U, "2008-10-21"},
    {"October 21, 2008", "2008-12-05", U, "2008-10-21"},
    {"October 2007", "2008-12-05", U, "2007-10"},
    {"OCTOBER 21, 2011", "2008-12-05", U, "2011-10-21"},
    {"Oct. 21, 2008", "2008-12-05", U, "2008-10-21"},
    {"October", "2009-06-15", P, "2008-10"},
    {"October", "2009-06-15", F, "2009-10"},
    {"October", kNoDct, U, "XXXX-10"},
    {"23 November 2008", "2008-12-05", U, "2008-11-23"},
    {"November 23, 2008", "2008-12-05", U, "2008-11-23"},
    {"November 2007", "2008-12-05", U, "2007-11"},
    {"NOVEMBER 23, 2011", "2008-12-05", U, "2011-11-23"},
    {"Nov. 23, 2008", "2008-12-05", U, "2008-11-23"},
    {"November", "2009-06-15", P, "2008-11"},
    {"November", "2009-06-15", F, "2009-11"},
    {"November", kNoDct, U, "XXXX-11"},
    {"25 December 2008", "2008-12-05", U, "2008-12-25"},
    {"December 25, 2008", "2008-12-05", U, "2008-12-25"},
    {"December 2007", "2008-12-05", U, "2007-12"},
    {"DECEMBER 25, 2011", "2008-12-05", U, "2011-12-25"},
    {"Dec. 25, 2008", "2008-12-05", U, "2008-12-25"},
    {"December", "2009-06-15", P, "2008-12"},
    {"December", "2009-06-15", F, "2009-12"},
    {"December", kNoDct, U, "XXXX-12"},
    {"2008-12-05", "2010-02-04", U, "2008-12-05"},
    {"1999-01-31", kNoDct, U, "1999-01-31"},
    {"the 5th of December", "2008-12-10", U, "2008-12-05"},
    {"5 December", "2008-12-10", U, "2008-12-05"},
    {"December 5", "2008-12-10", U, "2008-12-05"},
    {"June 28", "2009-06-28", U, "2009-06-28"},
    {"June 1st", "2016-06-09", U, "2016-06-01"},
    {"April 2nd", "2008-04-05", U, "2008-04-02"},
    {"October 19", "2013-10-08", F, "2013-10-19"},
    {"October 19", "2013-10-08", P, "2012-10-19"},
    {"December 20", "2010-01-05", P, "2009-12-20"},
    {"January 3", "2009-12-28", F, "2010-01-03"},
    {"February 29", "2008-03-01", U, "2008-02-29"},
    {"June 5", kNoDct, U, "XXXX-06-05"},
    {"early June", "2017-05-22", F, "2017-06"},
    {"late March", "2009-06-15", P, "2009-03"},
    {"mid-October 2008", "2009-06-15", U, "2008-10"},
    {"the end of May", "2009-06-15", P, "2009-05"},
    {"October of next year", "2009-05-15", U, "2010-10"},
    {"March of last year", "2009-05-15", U, "2008-03"},
    // Numeric dates.
    {"12/05/2008", "2010-02-04", U, "2008-12-05"},
    {"7/8/07", "2010-02-04", U, "2007-07-08"},
    {"1/2/1999", kNoDct, U, "1999-01-02"},
    // Years, decades.
    {"2007", "2010-02-04", U, "2007"},
    {"1999", kNoDct, U, "1999"},
    {"the year 2000", "2010-02-04", U, "2000"},
    {"early 2009", "2010-02-04", U, "2009"},
    {"late 2006", "2010-02-04", U, "2006"},
    {"mid-2011", "2010-02-04", U, "2011"},
    {"'82", "2010-02-04", U, "1982"},
    {"'05", "2010-02-04", U, "2005"},
    {"the early 1960s", "2010-02-04", U, "196X"},
    {"the 1990s", "2010-02-04", U, "199X"},
    {"1980s", kNoDct, U, "198X"},
    {"the late 2000s", "2010-02-04", U, "200X"},
    {"the 80s", "2010-02-04", U, "198X"},
    {"'70s", "2010-02-04", U, "197X"},
};

}  // namespace

TEST_CASE("the normalizer resolves calendar dates, numeric dates and years against their dct", "[timex]") {
  REQUIRE(kDates.size() >= 130);
  check_cases(kDates);
}

TEST_CASE("a decade in words with its article reads as its figures do, and is no age or degrees", "[timex]") {
  check_found("Prices fell in the nineties and rose in the early seventies.", "2010-02-04",
              {{"the nineties", "199X"}, {"the early seventies", "197X"}});
  check_found("The founder, in her nineties, met staff in their late twenties.", "2010-02-04", {});
  check_found("Highs will reach the nineties and temperatures stay in the 80s.", "2010-02-04", {});
}

TEST_CASE("a half of a decade is one time in that decade, not a half of the dct's year", "[timex]") {
  check_found("Output doubled in the second half of the 1970s.", "2010-02-04", {{"the second half of the 1970s", "197X"}});
  // A half of a year is still that half.
  check_found("Output doubled in the second half of 1977.", "2010-02-04", {{"the second half of 1977", "1977-H2"}});
}

TEST_CASE("a decade after a common word such as high or degree stays a decade", "[timex]") {
  check_found("Jobless claims hit a high in the 1990s; he took his degree in the seventies.", "2010-02-04",
              {{"the 1990s", "199X"}, {"the seventies", "197X"}});
  check_found("Highs in the 1930s broke records.", "2010-02-04", {{"the 1930s", "193X"}});
  // A forecast's high and low in two figures are degrees; two degrees are diplomas.
  check_found("Sunny, with a high in the 80s and a low in the 60s.", "2010-02-04", {});
  check_found("She earned two degrees in the 80s.", "2010-02-04", {{"the 80s", "198X"}});
  // High or low alone is no forecast: "high school", "prices stayed low".
  check_found("She went to high school in the 80s.", "2010-02-04", {{"the 80s", "198X"}});
  check_found("Prices stayed low in the nineties.", "2010-02-04", {{"the nineties", "199X"}});
}

TEST_CASE("a decade of two figures or in words is the last one the dct's year has begun", "[timex]") {
  check_found("Jazz boomed in the twenties.", "2015-06-01", {{"the twenties", "192X"}});
  check_found("Jazz boomed in the twenties.", "2025-06-01", {{"the twenties", "202X"}});
  check_found("Rents rose in the 20s and the 30s.", "2025-06-01", {{"the 20s", "202X"}, {"the 30s", "193X"}});
}
