// Tests of clock times that stand without a zone or a part of the day: an hour and its quarter
// or half in words, "a m" and "p m" as speech is written down, four figures after "at"
// (patterns.tsv, context.cc, amounts.cc).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "table_test.h"

using namespace timex_table;

// 2021-09-15 is a Wednesday.
TEST_CASE("an hour and its quarter or half in words joined by a space are a clock time", "[timex]") {
  check_found("The ferry leaves at eleven fifteen.", "2021-09-15", {{"eleven fifteen", "2021-09-15T11:15"}});
  check_found("Doors open, she said, by seven thirty.", "2021-09-15", {{"seven thirty", "2021-09-15T07:30"}});
  check_found("The last bus goes at two forty five, he said.", "2021-09-15", {{"two forty five", "2021-09-15T02:45"}});
}

TEST_CASE("an hour and minutes in words before a m or p m are a morning or an evening time", "[timex]") {
  check_found("The call came in at eight fifty two p m on the line.", "2021-09-15", {{"eight fifty two p m", "2021-09-15T20:52"}});
  check_found("It ended at six oh five a m.", "2021-09-15", {{"six oh five a m", "2021-09-15T06:05"}});
  check_found("They woke at four twenty a m.", "2021-09-15", {{"four twenty a m", "2021-09-15T04:20"}});
}

TEST_CASE("an hour and a count in words before a noun or a hyphen are no clock time", "[timex]") {
  check_found("The firm sold ten thirty-year bonds.", "2021-09-15", {{"thirty-year", "P30Y"}});
  check_found("It was in the top ten thirty years ago.", "2021-09-15", {{"thirty years ago", "1991"}});
  check_found("They hired two fifteen people.", "2021-09-15", {});
  check_found("Some nine fifteen-year-olds were hurt.", "2021-09-15", {});
}

TEST_CASE("four figures after at are a clock time of the 24-hour day", "[timex]") {
  check_found("The convoy left the base at 0545.", "2021-09-15", {{"0545", "2021-09-15T05:45"}});
  check_found("Troops moved in at 1040.", "2021-09-15", {{"1040", "2021-09-15T10:40"}});
  check_found("The strike was called at 2215 yesterday.", "2021-09-15", {{"2215", "2021-09-14T22:15"}, {"yesterday", "2021-09-14"}});
}

TEST_CASE("four figures after at that read as a year, a count or a tally are no clock time", "[timex]") {
  check_found("The toll stood at 1130.", "2021-09-15", {});
  check_found("The plane flew at 1030 feet.", "2021-09-15", {});
  check_found("Aid was aimed at 2015 projects.", "2021-09-15", {{"2015", "2015"}});
  check_found("The count was put at 1200.", "2021-09-15", {});
  check_found("The temple was built at 1920 prices.", "2021-09-15", {{"1920", "1920"}});
}

TEST_CASE("half and an hour in words without at are half past that hour", "[timex]") {
  check_found("Be back by half seven.", "2021-09-15", {{"half seven", "2021-09-15T07:30"}});
  check_found("Kick-off moved to half three, the club said.", "2021-09-15", {{"half three", "2021-09-15T03:30"}});
}

TEST_CASE("half before a count that is a share is no clock time, and the count is read again", "[timex]") {
  check_found("They cut the cake in half three times.", "2021-09-15", {});
  check_found("Sales fell by half three years ago.", "2021-09-15", {{"three years ago", "2018"}});
  check_found("More than half two weeks later.", "2021-09-15", {{"two weeks later", "P2W"}});
}

TEST_CASE("the words after a dropped clock are read again when no match follows it at once", "[timex]") {
  check_found("Costs fell by half one year later.", "2021-09-15", {{"one year later", "P1Y"}});
  check_found("Ten thirty minute slots were booked.", "2021-09-15", {{"thirty minute", "PT30M"}});
}

TEST_CASE("four figures after a verb that sets, values or quotes an amount are no clock time", "[timex]") {
  check_found("The ceiling was set at 1045 by the board.", "2021-09-15", {});
  check_found("The estate is valued at 1120, the agent said.", "2021-09-15", {});
  check_found("Shares opened at 1035 and closed at 1140.", "2021-09-15", {});
  check_found("The index peaked at 1215 before noon.", "2021-09-15", {{"noon", "2021-09-15T12:00"}});
  check_found("The guess was estimated at 1050.", "2021-09-15", {});
}

TEST_CASE("half and an hour after an approximating word or before of are a share", "[timex]") {
  check_found("Nearly half two of the crews quit.", "2021-09-15", {});
  check_found("Only about half three of them voted.", "2021-09-15", {});
  check_found("Roughly half four days later they left.", "2021-09-15", {{"four days later", "P4D"}});
}

TEST_CASE("an hour and its quarter or half in words before of, and a number, or after a score are no clock time", "[timex]") {
  check_found("About one thirty of the boats sank.", "2021-09-15", {});
  check_found("The tallies were twelve fifteen and nine.", "2021-09-15", {});
  check_found("The final score was four thirty, officials said.", "2021-09-15", {});
  check_found("She gets in by seven thirty and leaves at noon.", "2021-09-15", {{"seven thirty", "2021-09-15T07:30"}, {"noon", "2021-09-15T12:00"}});
}
