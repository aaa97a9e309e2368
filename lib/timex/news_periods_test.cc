// Tests of the periods business and general news compare and look back on: a quarter or
// half taken up again a year back, a weekend told in the past, a part of last or next year.
#include <catch2/catch.hpp>

#include "table_test.h"
#include "tables.h"

namespace {

using timex_table::check_found;
using timex_table::check_found_in_sentences;

}  // namespace

TEST_CASE("the same period a year earlier after a quarter is that quarter a year back", "[timex]") {
  check_found("Sales climbed 6% in the second quarter from the same period a year earlier.", "2027-09-20",
              {{"the second quarter", "2027-Q2"}, {"the same period a year earlier", "2026-Q2"}});
  check_found("Net income for the first half rose from the same period last year.", "2029-08-01",
              {{"the first half", "2029-H1"}, {"the same period last year", "2028-H1"}});
}

TEST_CASE("a year earlier after a quarter is that quarter a year back", "[timex]") {
  check_found("Margins in the fourth quarter of 2027 narrowed from a year earlier.", "2028-02-10",
              {{"the fourth quarter of 2027", "2027-Q4"}, {"a year earlier", "2026-Q4"}});
}

TEST_CASE("a year earlier after a day or a year stays a year", "[timex]") {
  check_found("The mill closed on May 4, 2026. A year earlier it had doubled its staff.", "2028-02-10",
              {{"May 4, 2026", "2026-05-04"}, {"A year earlier", "2025"}});
  check_found("Ferry traffic fell in the third quarter, but in 2026 it grew. Two years earlier it had boomed.", "2028-02-10",
              {{"the third quarter", "2027-Q3"}, {"2026", "2026"}, {"Two years earlier", "2024"}});
}

TEST_CASE("the weekend told in the past on a weekday is the one just gone", "[timex]") {
  // 2030-06-05 is a Wednesday of ISO week 23, 2030-06-08 its Saturday.
  check_found("Rallies drew large crowds over the weekend.", "2030-06-05", {{"the weekend", "2030-W22-WE"}});
  check_found("More rallies will be held over the weekend.", "2030-06-05", {{"the weekend", "2030-W23-WE"}});
  check_found("Rallies drew large crowds over the weekend.", "2030-06-08", {{"the weekend", "2030-W23-WE"}});
}

TEST_CASE("early or late before last or next year is part of the timex", "[timex]") {
  check_found("Home prices began falling late last year.", "2031-03-12", {{"late last year", "2030"}});
  check_found("The agency may raise rates early next month.", "2031-03-12", {{"early next month", "2031-04"}});
}

TEST_CASE("the early hours and after-hours trading are no amount of hours", "[timex]") {
  check_found("Police raided the flat in the early hours of Sunday.", "2031-03-12", {{"Sunday", "2031-03-09"}});
  check_found("The protest went on into the small hours.", "2031-03-12", {});
  check_found("Its shares slid 4% in after-hours trading.", "2031-03-12", {});
}

TEST_CASE("a part of the day after into is a time of the day in view", "[timex]") {
  check_found("Negotiators worked into the night.", "2031-03-12", {{"the night", "2031-03-12TNI"}});
}

TEST_CASE("a season over two years or a span of years written short is valued by its first year", "[timex]") {
  check_found("He scored twice in the 2031-32 season.", "2033-03-12", {{"2031-32", "2031"}});
  check_found("Output doubled over 1990-95.", "2033-03-12", {{"1990-95", "1990"}});
  check_found("The 2030-11 plan was dropped.", "2033-03-12", {{"2030-11", "2030-11"}});
}

TEST_CASE("a year in the possessive before a quarter or half names that quarter of that year", "[timex]") {
  check_found("Orders trailed last year's third quarter by a wide margin.", "2031-03-12",
              {{"last year's third quarter", "2030-Q3"}});
  check_found("Margins matched 2028's first half.", "2031-03-12", {{"2028's first half", "2028-H1"}});
  check_found("Sales topped this year's fourth-quarter goal.", "2031-03-12", {{"this year's fourth-quarter", "2031-Q4"}});
  check_found("Costs outran fiscal 2027's second half.", "2031-03-12", {{"fiscal 2027's second half", "2027-H2"}});
  check_found("Costs outran last fiscal year's first quarter.", "2031-03-12", {{"last fiscal year's first quarter", "2030-Q1"}});
}

TEST_CASE("the prior year is a step back from the year in view, as the previous year is", "[timex]") {
  check_found("Freight volumes rose 4% from the prior year.", "2031-03-12", {{"the prior year", "2030"}});
  check_found("The mill reopened in 2027 after losses in the prior year.", "2031-03-12",
              {{"2027", "2027"}, {"the prior year", "2026"}});
}

TEST_CASE("a zone after p.m. with its dot is part of the time", "[timex]") {
  check_found("The ferry sailed at 3 p.m. EST.", "2031-03-12", {{"3 p.m. EST", "2031-03-12T15:00"}});
  check_found("Voting closed at 8:30 p.m. EDT.", "2031-03-12", {{"8:30 p.m. EDT", "2031-03-12T20:30"}});
}

TEST_CASE("the end of the month told in the past is the end of the month last named", "[timex]") {
  check_found("Dockers walked out on June 3, 2030, and by the end of the month the port had closed.", "2031-03-12",
              {{"June 3, 2030", "2030-06-03"}, {"the end of the month", "2030-06"}});
  check_found("Exports slid in February, and the port will reopen by the end of the month.", "2031-03-12",
              {{"February", "2031-02"}, {"the end of the month", "2031-03"}});
  check_found("The port closed at the end of the month.", "2031-03-12", {{"the end of the month", "2031-03"}});
}

TEST_CASE("the year-earlier quarter or period is the period in view a year back", "[timex]") {
  check_found("Profit rose in the third quarter from $4 million in the year-earlier quarter.", "2031-03-12",
              {{"the third quarter", "2030-Q3"}, {"the year-earlier quarter", "2029-Q3"}});
  check_found("Net income for the first half trailed the year-ago period.", "2031-08-12",
              {{"the first half", "2031-H1"}, {"the year-ago period", "2030-H1"}});
  check_found("Sales rose 5% from the year-earlier quarter.", "2031-03-12", {{"the year-earlier quarter", "2029-Q4"}});
  check_found("Year-earlier results were restated.", "2031-03-12", {});
  check_found("Sales rose 5% from the year-earlier half.", "2031-08-12", {{"the year-earlier half", "2030-H1"}});
}

TEST_CASE("a fiscal year is written FY and its number, as TimeBank writes it", "[timex]") {
  check_found("Orders for fiscal 1997 slipped.", "1998-10-21", {{"fiscal 1997", "FY1997"}});
  check_found("The carrier expects to break even in FY99.", "1998-10-21", {{"FY99", "FY1999"}});
  check_found("Sales grew in financial year 2003.", "2004-05-02", {{"financial year 2003", "FY2003"}});
}

TEST_CASE("a fiscal year anchors the year before as a calendar year does", "[timex]") {
  check_found("Revenue in fiscal 1996 fell. The year before it had risen.", "1998-10-21",
              {{"fiscal 1996", "FY1996"}, {"The year before", "1995"}});
}
TEST_CASE("a quarter already past told in the future is next year's", "[timex]") {
  check_found("The merger is expected to close in the first quarter.", "1998-10-21", {{"the first quarter", "1999-Q1"}});
  check_found("The refinery will reopen in the first half.", "1998-10-21", {{"the first half", "1999-H1"}});
  check_found("The refinery will reopen in the fourth quarter.", "1998-10-21", {{"the fourth quarter", "1998-Q4"}});
}

TEST_CASE("the quarter just ended told in the future stays this year's", "[timex]") {
  // Results for a quarter are reported, in the future tense, after it closes.
  check_found("The mill will publish figures for the third quarter next week.", "1998-10-21",
              {{"the third quarter", "1998-Q3"}, {"next week", "1998-W44"}});
}

TEST_CASE("the full year after a quarter or half is that period's year", "[timex]") {
  check_found("Revenue for the second half of 2029 rose, and the whole year closed with a profit.", "2030-03-04",
              {{"the second half of 2029", "2029-H2"}, {"the whole year", "2029"}});
  check_found_in_sentences("Tram fares rose in the third quarter of 2029. The operator calls the entire year a turning point.", "2030-03-04",
              {{"the third quarter of 2029", "2029-Q3"}, {"the entire year", "2029"}});
}

TEST_CASE("the entire year with no date named before is the dct's year", "[timex]") {
  check_found("The ferry line expects a loss for the entire year.", "2030-10-16", {{"the entire year", "2030"}});
}

TEST_CASE("the full year after a year with no quarter or half named is the year of the telling", "[timex]") {
  check_found_in_sentences("The ferry line was set up in 1971. It expects a loss for the full year.", "2030-10-16",
              {{"1971", "1971"}, {"the full year", "2030"}});
}

TEST_CASE("the full year after a quarter two sentences back is the year of the telling", "[timex]") {
  check_found_in_sentences("Tolls fell in the first quarter of 2028. The bridge was repainted. It expects a gain for the full year.",
              "2030-10-16", {{"the first quarter of 2028", "2028-Q1"}, {"the full year", "2030"}});
}

TEST_CASE("the full or entire year with its year written after it is that year", "[timex]") {
  check_found("Freight for the full year 2031 grew.", "2030-10-16", {{"the full year 2031", "2031"}});
  check_found("The canal closed for the entire year of 2026.", "2030-10-16", {{"the entire year of 2026", "2026"}});
  check_found_in_sentences("Tolls fell in the second quarter of 2029. The full year 2030 looks brighter.", "2030-10-16",
              {{"the second quarter of 2029", "2029-Q2"}, {"The full year 2030", "2030"}});
}

TEST_CASE("the full fiscal year is a year of accounts", "[timex]") {
  check_found("The brewery expects a loss for the full fiscal year.", "2030-10-16", {{"the full fiscal year", "FY2030"}});
}

TEST_CASE("the whole year after a year written in its own sentence is that year", "[timex]") {
  check_found("Tolls for 2027 fell, the worst drop of the whole year.", "2030-10-16", {{"2027", "2027"}, {"the whole year", "2027"}});
}

TEST_CASE("the whole year round is an idiom and no year", "[timex]") {
  check_found("The kiosk sells ice cream the whole year round.", "2030-10-16", {});
}

TEST_CASE("the whole year glued to a hyphen is no whole year", "[timex]") {
  auto found = dossier::timex::find_timexes(timex_table::doc_of("The whole year-end rush began.", "2030-10-16"));
  for (const auto& t : found) CHECK(t.text != "The whole year");
}

TEST_CASE("a quarter of a financial year reads as one of a fiscal year", "[timex]") {
  check_found("Costs outran last financial year's first quarter.", "2031-03-12", {{"last financial year's first quarter", "2030-Q1"}});
  check_found("Fares rose in the last financial quarter.", "2031-03-12", {{"the last financial quarter", "2030-Q4"}});
}

TEST_CASE("fiscal, financial and a word opening with fy are fiscal words, and final is none", "[timex]") {
  CHECK(dossier::timex::grammar::is_fiscal_word("fiscal"));
  CHECK(dossier::timex::grammar::is_fiscal_word("financial"));
  CHECK(dossier::timex::grammar::is_fiscal_word("fy2030"));
  CHECK_FALSE(dossier::timex::grammar::is_fiscal_word("final"));
}

TEST_CASE("the fiscal year in view or a step from it is written FY and its year", "[timex]") {
  check_found("Sales slipped in the last fiscal year.", "2031-03-12", {{"the last fiscal year", "FY2030"}});
  check_found("The chain opened ten stores at the start of the financial year.", "2031-03-12",
              {{"the start of the financial year", "FY2031"}});
  check_found("The fiscal year 2029 closed with a loss.", "2031-03-12", {{"The fiscal year 2029", "FY2029"}});
}

TEST_CASE("a year of accounts before a noun of its own is no timex, before a verb it is one", "[timex]") {
  check_found("She is the financial year auditor.", "2031-03-12", {});
  check_found("The fiscal year begins in April.", "2031-03-12", {{"The fiscal year", "FY2031"}, {"April", "2031-04"}});
}

TEST_CASE("the same period a year back after a fiscal year is the fiscal year before", "[timex]") {
  check_found_in_sentences("Fiscal 2029 brought the brewery 40 new pubs. Only 12 opened in the same period of the previous year.",
              "2031-03-12", {{"Fiscal 2029", "FY2029"}, {"the same period of the previous year", "FY2028"}});
}

TEST_CASE("a quarter or half written number first with its year is that quarter or half", "[timex]") {
  check_found("Margins narrowed in 3Q 2029.", "2031-03-12", {{"3Q 2029", "2029-Q3"}});
  check_found("Margins narrowed in 1Q29.", "2031-03-12", {{"1Q29", "2029-Q1"}});
  check_found("Orders slowed in 2H 2029 and 1H2030.", "2031-03-12", {{"2H 2029", "2029-H2"}, {"1H2030", "2030-H1"}});
  check_found("Orders slowed in H1 2029.", "2031-03-12", {{"H1 2029", "2029-H1"}});
  // Without a year the letters are as often a model or a heading.
  for (const char* text : {"The 4Q model sold well.", "She filed an H1 form.", "The 2H pencil broke."}) {
    INFO(text);
    CHECK(dossier::timex::find_timexes(timex_table::doc_of(text, "2031-03-12")).empty());
  }
}

TEST_CASE("the year's end in the possessive is the year end", "[timex]") {
  check_found("Talks should finish by the year's end.", "2031-03-12", {{"the year's end", "2031"}});
  check_found("Stocks had slid by last year's end.", "2031-03-12", {{"last year's end", "2030"}});
  check_found("Stocks firmed at month\u2019s end.", "2031-03-12", {{"month\u2019s end", "2031-03"}});
}
