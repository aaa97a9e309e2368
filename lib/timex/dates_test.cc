// Tests of dates in figures and mixed forms (dates.cc).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "table_test.h"

namespace {

using namespace timex_table;

// Dates in figures and mixed forms, in every common order and separator; 2013-02-12 is a
// Tuesday. The unambiguous ones need no date order.
const std::vector<Case> kFigureCases = {
    {"2/15", "2013-02-12", U, "2013-02-15"},
    {"10/31/1974", "2013-02-12", U, "1974-10-31"},
    {"31/10/1974", "2013-02-12", U, "1974-10-31"},
    {"10-31-74", "2013-02-12", U, "1974-10-31"},
    {"10.31.1974", "2013-02-12", U, "1974-10-31"},
    {"3/1/15", "2013-02-12", U, "2015-03-01"},
    {"2015-3-3", "2013-02-12", U, "2015-03-03"},
    {"2014/10", "2013-02-12", U, "2014-10"},
    {"2014-10", "2013-02-12", U, "2014-10"},
    {"2010-11", "2013-02-12", U, "2010"},
    {"9/2012", "2013-02-12", U, "2012-09"},
    {"31/Oct/1974", "2013-02-12", U, "1974-10-31"},
    {"31-Oct-74", "2013-02-12", U, "1974-10-31"},
    {"14april 2015", "2013-02-12", U, "2015-04-14"},
    {"5 June '74", "2013-02-12", U, "1974-06-05"},
    {"march 3 2015", "2013-02-12", U, "2015-03-03"},
    {"march third 2015", "2013-02-12", U, "2015-03-03"},
    {"the first of march", "2013-02-12", F, "2013-03-01"},
    {"the twenty-first of june", "2013-02-12", F, "2013-06-21"},
    {"february the 15th", "2013-02-12", F, "2013-02-15"},
    {"15th february", "2013-02-12", F, "2013-02-15"},
    {"Monday, Feb 18", "2013-02-12", U, "2013-02-18"},
    {"Wed, Feb13", "2013-02-12", U, "2013-02-13"},
    {"Aug 21, Fri", "2019-09-17", U, "2020-08-21"},
    {"FY2009", "2013-02-12", U, "2009"},
    {"FY 09", "2013-02-12", U, "2009"},
    {"fiscal 2009", "2013-02-12", U, "2009"},
    {"twice a week", kNoDct, U, "P1W"},
    {"three times a year", kNoDct, U, "P1Y"},
};

}  // namespace

TEST_CASE("dates in figures and mixed forms are read in every common order and separator", "[timex]") {
  check_cases(kFigureCases);
}

TEST_CASE("fractions and impossible days in figures are no dates", "[timex]") {
  for (const char* s : {"3/4", "1/2", "2/3", "24/7", "13/13/2013", "2/30"}) {
    INFO(s);
    CHECK_FALSE(dossier::timex::normalize(s, std::string("2013-02-12")).has_value());
  }
}
