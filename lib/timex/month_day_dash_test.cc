// Tests of a month and a day in figures joined by a dash without a year (patterns.tsv,
// dates.cc, context.cc).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "table_test.h"

using namespace timex_table;

TEST_CASE("a month and a day joined by a dash after a preposition of time or alone on a line are that day", "[timex]") {
  check_found("The shipment is due on 3-19 at the port.", "2018-05-09", {{"3-19", "2018-03-19"}});
  check_found("Bids close by 11 - 24.", "2018-09-09", {{"11 - 24", "2018-11-24"}});
  check_found("Menu\n6-14\nSoup and bread", "2018-05-09", {{"6-14", "2018-06-14"}});
}

TEST_CASE("a month and a day joined by a dash read in the order the date order option gives", "[timex]") {
  dossier::timex::Options day_first;
  day_first.date_order = dossier::timex::DateOrder::kDayFirst;
  auto v = dossier::timex::normalize("19-3", std::string("2018-05-09"), Tense::kUnknown, day_first);
  REQUIRE(v.has_value());
  CHECK(v->value == "2018-03-19");
  CHECK_FALSE(dossier::timex::normalize("3-19", std::string("2018-05-09"), Tense::kUnknown, day_first).has_value());
  CHECK_FALSE(dossier::timex::normalize("19-3", std::string("2018-05-09")).has_value());
}

TEST_CASE("figures joined by a dash that are a score, a range or an amount are no month and day", "[timex]") {
  check_found("The visitors lost 7-21 in the rain.", "2018-05-09", {});
  check_found("They finished with a 4-17 record.", "2018-05-09", {});
  check_found("Children aged 5-16 may enter.", "2018-05-09", {});
  check_found("The home side won 24-6.", "2018-05-09", {});
  check_found("Both 3-5 and 9-11 were close.", "2018-05-09", {});
  check_found("Output rose by 3-16 percent.", "2018-05-09", {});
}

TEST_CASE("figures joined by a dash after a preposition of time near a score, a vote or a change by an amount are no month and day", "[timex]") {
  check_found("She had 22 points on 9-14 from the floor.", "2018-05-09", {});
  check_found("Fees were lowered by 5-15 in most towns.", "2018-05-09", {});
  check_found("The bill failed on 5-18 in the senate.", "2018-05-09", {});
  check_found("Sales rose on 3-19 after the launch.", "2018-05-09", {{"3-19", "2018-03-19"}});
}

TEST_CASE("two months and days joined by a dash after from and to are both dates or neither", "[timex]") {
  check_found("The fair runs from 6-14 to 6-20, the board said.", "2018-05-09", {{"6-14", "2018-06-14"}, {"6-20", "2018-06-20"}});
  check_found("Their record went from 3-14 to 5-17 on the road.", "2018-05-09", {});
}
