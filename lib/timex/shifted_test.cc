// Tests of a holiday moved by days or weeks, or to a weekday counted from it (shifted.cc).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "table_test.h"

namespace {

using namespace timex_table;

// 2019-01-30 is a Wednesday; Easter 2019 is April 21, Thanksgiving 2019 November 28 (a
// Thursday), Christmas 2015 a Friday and Christmas 2019 a Wednesday.
TEST_CASE("a holiday moved by days or weeks or to a weekday after or before it is that day", "[timex]") {
  check_found("The fair opens four days after Easter.", "2019-01-30", {{"four days after Easter", "2019-04-25"}});
  check_found("Voting ends two weeks before Christmas 2020.", "2019-01-30", {{"two weeks before Christmas 2020", "2020-12-11"}});
  check_found("It reopens a week after Easter 2021.", "2019-01-30", {{"a week after Easter 2021", "2021-04-11"}});
  check_found("Term starts 10 days after New Year's Day 2020.", "2019-01-30", {{"10 days after New Year's Day 2020", "2020-01-11"}});
  check_found("Shops will reopen the Monday after Thanksgiving.", "2019-01-30", {{"the Monday after Thanksgiving", "2019-12-02"}});
  check_found("The parade is on the Sunday before Easter.", "2019-01-30", {{"the Sunday before Easter", "2019-04-14"}});
  check_found("He was sworn in the second Wednesday after Christmas 2015.", "2019-01-30",
              {{"the second Wednesday after Christmas 2015", "2016-01-06"}});
  check_found("The second Sunday before Christmas 2019 is free.", "2019-01-30", {{"The second Sunday before Christmas 2019", "2019-12-15"}});
  check_found("We met Thursday after Thanksgiving 2019.", "2019-01-30", {{"Thursday after Thanksgiving 2019", "2019-12-05"}});
}

TEST_CASE("a count after a word of length before a holiday is a length and the holiday a day of its own", "[timex]") {
  check_found("The shop stays open for two weeks before Christmas 2019.", "2019-01-30",
              {{"two weeks", "P2W"}, {"Christmas 2019", "2019-12-25"}});
  check_found("Sales rose in the ten days after Easter 2019.", "2019-01-30", {{"ten days", "P10D"}, {"Easter 2019", "2019-04-21"}});
}

TEST_CASE("a shift needs a whole count of days or weeks and a named holiday", "[timex]") {
  check_found("The vote came three days after the election in 2019.", "2019-01-30", {{"three days", "P3D"}, {"2019", "2019"}});
  check_found("Prices fell 2.5 days after Easter 2019.", "2019-01-30", {{"2.5 days", "P2.5D"}, {"Easter 2019", "2019-04-21"}});
}

}  // namespace

namespace {

using namespace timex_table;

TEST_CASE("a holiday moved by hundreds of days is moved, not left at the holiday's own day", "[timex]") {
  check_found("The ceasefire held 500 days after Easter 2019.", "2019-01-30", {{"500 days after Easter 2019", "2020-09-02"}});
  check_found("It fell 450 days before Christmas 2019.", "2019-01-30", {{"450 days before Christmas 2019", "2018-10-01"}});
}

}  // namespace

namespace {

using namespace timex_table;

// Ramadan 2019 began on May 6, Lent 2019 on March 6 (Ash Wednesday).
TEST_CASE("a count after a holiday of many days is read apart from it, as its end is not known", "[timex]") {
  check_found("The talks resumed three days after Ramadan 2019.", "2019-01-30", {{"three days", "P3D"}, {"Ramadan 2019", "2019-05-06"}});
  check_found("The Monday after Lent 2019 was cold.", "2019-01-30", {{"Monday", "2019-01-28"}, {"Lent 2019", "2019-03-06"}});
  check_found("The talks resumed two weeks before Ramadan 2019.", "2019-01-30", {{"two weeks before Ramadan 2019", "2019-04-22"}});
}

}  // namespace
