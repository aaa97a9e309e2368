// Tests of ranges of amounts and of years, streaks and superlatives of a period, a step back
// from the year last named, and the readings the scanner refuses (names, compounds, a year
// before a singular "year"). Every document-level case also checks the layer's order.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "table_test.h"

using namespace timex_table;

TEST_CASE("a range of amounts gives two durations, the first in the unit of the second", "[timex]") {
  check_found("The process will take between 60 and 90 days.", "2009-06-04", {{"60", "P60D"}, {"90 days", "P90D"}});
  check_found("Repairs need two to three weeks.", "2009-06-04", {{"two", "P2W"}, {"three weeks", "P3W"}});
  check_found("Terms of 3-5 years apply.", "2009-06-04", {{"3", "P3Y"}, {"5 years", "P5Y"}});
  check_found("It sleeps ten \u2013 twelve hours.", "2009-06-04", {{"ten", "PT10H"}, {"twelve hours", "PT12H"}});
  check_found("They served twenty-five to thirty years.", "2009-06-04", {{"twenty-five", "P25Y"}, {"thirty years", "P30Y"}});
}

TEST_CASE("only a range of years marks the years inside it", "[timex]") {
  // Two numbers joined by a comma before a unit are no range of years.
  auto ts = dossier::timex::find_timexes(doc_of("It lasted 1960,2010 years, from 2001 to 2003.", "2010-02-04"));
  REQUIRE(ts.size() == 4);
  CHECK(ts[0].type == "DURATION");
  CHECK(ts[1].value == "P2Y");
  CHECK(ts[2].value == "2001");
  CHECK(ts[3].value == "2003");
}

TEST_CASE("two years joined by an en dash or a hyphen are two years, as years joined by to are", "[timex]") {
  check_found("She chaired the board 1996\u20132004.", "2010-02-04", {{"1996", "1996"}, {"2004", "2004"}});
  check_found("The 1996-2004 board met in Oslo.", "2010-02-04", {{"1996", "1996"}, {"2004", "2004"}});
  // After a curly quote a year is a word of its own, as after a straight one.
  check_found("He wrote \u201c2004\u201d on the wall.", "2010-02-04", {{"2004", "2004"}});
  // A letter beyond ASCII glued to it makes it part of a word, and so does a sign or a
  // currency; a curly apostrophe between letters is inside a name.
  check_found("The caf\u00e92004 menu.", "2010-02-04", {});
  check_found("Fees of \u00a51999 were set.", "2010-02-04", {});
  // An invisible mark of web text parts words as a space does.
  check_found("Founded in \u200e2004 by miners.", "2010-02-04", {{"2004", "2004"}});
  check_found("Jim O\u2019May spoke.", "2010-02-04", {});
}

TEST_CASE("a year written in figures before a singular year is that year, not a length", "[timex]") {
  check_found("In the 2008 year, the plant closed.", "2010-02-04", {{"2008", "2008"}});
  check_found("The 1450-year flood came in the 1960 year.", "2010-02-04", {{"1960", "1960"}});
  check_found("The 30-year bond and a 1,000 year reign.", "2010-02-04", {{"30-year", "P30Y"}, {"1,000 year", "P1000Y"}});
}

TEST_CASE("a streak up to the story's time is the dct's period", "[timex]") {
  // 2009-04-04 is a Saturday in ISO week 14.
  check_found("Shares rose for a fourth week in a row and the third straight month.", "2009-04-04",
              {{"a fourth week in a row", "2009-W14"}, {"the third straight month", "2009-04"}});
  check_found("It fell for the 12th session in a row.", "2009-04-04", {{"the 12th session in a row", "2009-04-04"}});
}

TEST_CASE("the period a superlative ranks is the dct's, and only its unit is marked", "[timex]") {
  check_found("Stocks had their best week since November.", "2009-03-13", {{"week", "2009-W11"}, {"November", "2008-11"}});
  check_found("The index had its worst day in a decade.", "2009-03-13", {{"day", "2009-03-13"}, {"a decade", "P10Y"}});
  check_found("It was the best week of my life.", "2009-03-13", {});
}

TEST_CASE("the year before steps back from the year last named", "[timex]") {
  check_found("Costs fell last year, less than the year previous.", "2010-01-28", {{"last year", "2009"}, {"the year previous", "2008"}});
  check_found("In 2004 sales rose; the year before they fell.", "2010-01-28", {{"2004", "2004"}, {"the year before", "2003"}});
  check_found("It rose the year before last.", "2010-01-28", {{"the year before last", "2008"}});
  check_found("Sales rose in March, after the month before fell.", "2010-06-28", {{"March", "2010-03"}, {"the month before", "2010-02"}});
  check_cases({{"the year before", kNoDct, U, "XXXX"}, {"the week before", kNoDct, U, "XXXX-WXX"}});
}

TEST_CASE("a step back and a streak count their weeks and months as next and last do", "[timex]") {
  // The same calendar arithmetic as "last week" and "last month", across the turn of a year.
  check_found("Prices rose in January; the month before they fell.", "2010-03-28", {{"January", "2010-01"}, {"the month before", "2009-12"}});
  check_found("It rose the week before last.", "2010-01-06", {{"the week before last", "2009-W52"}});
  check_found("It fell for a third straight quarter.", "2010-01-06", {{"a third straight quarter", "2010-Q1"}});
  check_cases({{"the month before", kNoDct, U, "XXXX-XX"}, {"a third straight month", kNoDct, U, "XXXX-XX"}});
}

TEST_CASE("a vague word or a short year that is part of a word or a name is no timex", "[timex]") {
  check_found("The now-cancelled deal and the iLife '11 suite.", "2010-10-23", {});
  check_found("It sold well in '86 and in Summer '69.", "2010-10-23", {{"'86", "1986"}, {"Summer", "2010-SU"}, {"'69", "1969"}});
}

namespace {

struct DocCase {
  const char* text;
  const char* dct;
  std::vector<Found> want;
};

// Days named by an event, by a part of the day or by "earlier/later in the day".
// 2011-03-09 is a Wednesday, 2013-02-12 a Tuesday.
const std::vector<DocCase> kDayPhraseCases = {
    // A weekday named for an event is a name, not a day.
    {"Markets fell 20 years after Black Monday, and before Super Tuesday.", "2007-10-20", {{"20 years", "P20Y"}}},
    {"Black Friday sales rose.", "2013-12-02", {{"Black Friday", "2013-11-29"}}},
    // A part of the day before a market's noun is the day last named; only the part is marked.
    {"Copper slipped on Monday in evening dealings.", "2011-03-09", {{"Monday", "2011-03-07"}, {"evening", "2011-03-07TEV"}}},
    {"The index gained in the afternoon session.", "2011-03-09", {{"afternoon", "2011-03-09TAF"}}},
    {"Bonds rallied in early evening trade.", "2011-03-09", {{"early evening", "2011-03-09TEV"}}},
    {"The morning paper sold out.", "2011-03-09", {}},
    // "Earlier/later in the day" marks the day (the one last named), not the relation.
    {"The jury met on Friday and returned its verdict later in the day.", "2011-03-09", {{"Friday", "2011-03-04"}, {"the day", "2011-03-04"}}},
    {"The mayor had spoken earlier in the day.", "2011-03-09", {{"the day", "2011-03-09"}}},
    {"It rebounded late in the day.", "2011-03-09", {{"late in the day", "2011-03-09"}}},
    {"The trip took a day.", "2011-08-24", {{"a day", "P1D"}}},
    // A weekday abbreviated in lower case is read, but not the verb "wed".
    {"The team will meet fri. or thurs at the latest.", "2013-02-12", {{"fri", "2013-02-15"}, {"thurs", "2013-02-14"}}},
    {"They will wed in June.", "2013-02-12", {{"June", "2013-06"}}},
};

}  // namespace

TEST_CASE("event names, parts of the day and days relative to the last named are marked as news uses them", "[timex]") {
  for (const auto& c : kDayPhraseCases) check_found(c.text, c.dct, c.want);
}

// 2013-02-12 is a Tuesday in ISO week 7.
TEST_CASE("a part of a period is marked with or without its article, and a period's end in one word", "[timex]") {
  check_found("The plant will close by end of next year.", "2013-02-12", {{"end of next year", "2014"}});
  check_found("Stocks were sold at end of month.", "2013-02-12", {{"end of month", "2013-02"}});
  check_found("The fund reopens at the start of the coming week.", "2013-02-12", {{"the start of the coming week", "2013-W08"}});
  check_found("Orders are due by end of June.", "2013-02-12", {{"end of June", "2013-06"}});
  check_found("Staff left at the beginning of 2009.", "2013-02-12", {{"the beginning of 2009", "2009"}});
  check_found("Debt must fall by year-end.", "2013-02-12", {{"year-end", "2013"}});
  check_found("Cash rose at quarter end.", "2013-02-12", {{"quarter end", "2013-Q1"}});
  // A leading preposition still leaves the span.
  check_found("The firm will move in early May.", "2013-02-12", {{"early May", "2013-05"}});
}

// 2024-03-13 is a Wednesday.
TEST_CASE("a range's end named by a weekday or a month alone is the first after its start", "[timex]") {
  check_found("The bridge is shut from Tuesday to Friday.", "2024-03-13", {{"Tuesday", "2024-03-19"}, {"Friday", "2024-03-22"}});
  check_found("The drought lasted from May to July.", "2024-03-13", {{"May", "2023-05"}, {"July", "2023-07"}});
  check_found("Lessons run from October to February.", "2024-03-13", {{"October", "2024-10"}, {"February", "2025-02"}});
  check_found("Talks were held between Monday and Thursday.", "2024-03-13", {{"Monday", "2024-03-11"}, {"Thursday", "2024-03-14"}});
  // "and" joins a range only after "between": two months named apart keep their own readings.
  check_found("Sales fell in May and rose in July.", "2024-03-13", {{"May", "2023-05"}, {"July", "2023-07"}});
}

TEST_CASE("a range of days across two months is two dates, the year written at its end the start's too", "[timex]") {
  check_found("The fair runs from June 28 to July 4.", "2024-03-13", {{"June 28", "2024-06-28"}, {"July 4", "2024-07-04"}});
  check_found("The fair ran June 28 to July 4, 2019.", "2024-03-13", {{"June 28", "2019-06-28"}, {"July 4, 2019", "2019-07-04"}});
  check_found("The frost lasted from December 29 to January 2, 2022.", "2024-03-13",
              {{"December 29", "2021-12-29"}, {"January 2, 2022", "2022-01-02"}});
  check_found("The show runs August 4 - August 6.", "2017-06-07", {{"August 4", "2017-08-04"}, {"August 6", "2017-08-06"}});
  // Within one month the range stays one date, valued by its first day.
  check_found("The fair runs June 3-7.", "2024-03-13", {{"June 3-7", "2024-06-03"}});
}

TEST_CASE("the day after or the week before a date named right after it counts from that date", "[timex]") {
  check_found("Shops reopened the day after Christmas Day.", "2024-03-13", {{"the day after", "2023-12-26"}, {"Christmas Day", "2023-12-25"}});
  check_found("Rates fell the week before 9 June 2021.", "2024-03-13", {{"the week before", "2021-W22"}, {"9 June 2021", "2021-06-09"}});
  // Without a date after it, "the day after" counts from the last day the story named.
  check_found("The dam broke on 2 May 2020. The day after, the town was empty.", "2024-03-13",
              {{"2 May 2020", "2020-05-02"}, {"The day after", "2020-05-03"}});
}

TEST_CASE("the day before or after the date of an event named right after it counts from that date", "[timex]") {
  check_found("Crowds gathered the day before the October 12 referendum.", "2024-03-13",
              {{"the day before", "2023-10-11"}, {"October 12", "2023-10-12"}});
  check_found("Rates fell the week after the 9 June 2021 auction.", "2024-03-13",
              {{"the week after", "2021-W24"}, {"the 9 June 2021", "2021-06-09"}});
  check_found("Crowds gathered the week before the October 12 referendum.", "2024-03-13",
              {{"the week before", "2023-W40"}, {"October 12", "2023-10-12"}});
  // A clause between: the date is no longer the event's, and the day before is the dct's.
  check_found("Crowds gathered the day before; October 12 was quiet.", "2024-03-13",
              {{"the day before", "2024-03-12"}, {"October 12", "2023-10-12"}});
  // The market's "for the day" matched first gives way to the step from the date.
  check_found("Shops closed for the day before Christmas.", "2019-06-12",
              {{"the day before", "2018-12-24"}, {"Christmas", "2018-12-25"}});
}

TEST_CASE("the year or month before or after an event dated right after it counts from that date", "[timex]") {
  check_found("Inflation eased in the year after the 2016 referendum.", "2019-06-12",
              {{"the year after", "2017"}, {"2016", "2016"}});
  check_found("Shares fell the month after the 12 May 2018 vote.", "2019-06-12",
              {{"the month after", "2018-06"}, {"the 12 May 2018", "2018-05-12"}});
  check_found("Turnout rose in the month before the January 2018 election.", "2019-06-12",
              {{"the month before", "2017-12"}, {"January 2018", "2018-01"}});
}

TEST_CASE("a range of days in one month may give its second day with the article", "[timex]") {
  check_found("The fair runs May 4th through the 6th.", "2031-03-12", {{"May 4th through the 6th", "2031-05-04"}});
  check_found("The fair ran May 4 to the 6th, 2029.", "2031-03-12", {{"May 4 to the 6th, 2029", "2029-05-04"}});
}

TEST_CASE("a bare hour that starts a range of clock times takes the end's half of the day and day", "[timex]") {
  // 2031-03-14 is a Friday.
  check_found("Polls stay open from 8 to 9 p.m.", "2031-03-14", {{"8", "2031-03-14T20:00"}, {"9 p.m", "2031-03-14T21:00"}});
  check_found("The sirens sounded between 1 and 3 a.m. Sunday.", "2031-03-14",
              {{"1", "2031-03-09T01:00"}, {"3 a.m. Sunday", "2031-03-09T03:00"}});
  check_found("Friday 5-7pm: open studios.", "2031-03-14", {{"Friday", "2031-03-14"}, {"5", "2031-03-14T17:00"}, {"7pm", "2031-03-14T19:00"}});
  check_found("Talks ran from 2:15 to 4 p.m.", "2031-03-14", {{"2:15", "2031-03-14T14:15"}, {"4 p.m", "2031-03-14T16:00"}});
}

TEST_CASE("a range's start later than its end in that half of the day is in the other half", "[timex]") {
  check_found("The kitchen serves from 11 to 2 pm.", "2031-03-14", {{"11", "2031-03-14T11:00"}, {"2 pm", "2031-03-14T14:00"}});
  check_found("The desk is staffed from 9 to 12 pm.", "2031-03-14", {{"9", "2031-03-14T09:00"}, {"12 pm", "2031-03-14T12:00"}});
}

TEST_CASE("a range of clock times whose end comes earlier in the day ends on the next day", "[timex]") {
  // 2031-03-14 is a Friday.
  check_found("The bridge is shut from 11 p.m. to 5 a.m.", "2031-03-14",
              {{"11 p.m", "2031-03-14T23:00"}, {"5 a.m", "2031-03-15T05:00"}});
  check_found("Night buses run 23:30-04:30.", "2031-03-14", {{"23:30", "2031-03-14T23:30"}, {"04:30", "2031-03-15T04:30"}});
  check_found("From 11 p.m. to 5 a.m. the bridge is shut.", "2031-03-14",
              {{"11 p.m", "2031-03-14T23:00"}, {"5 a.m", "2031-03-15T05:00"}});
  check_found("On Sunday the bar is open between 9 p.m. and 1 a.m.", "2031-03-14",
              {{"Sunday", "2031-03-16"}, {"9 p.m", "2031-03-16T21:00"}, {"1 a.m", "2031-03-17T01:00"}});
  // Two times not joined as a range, or an end that names its own day, stay as they are.
  check_found("She left at 11 p.m. and came back at 5 a.m.", "2031-03-14",
              {{"11 p.m", "2031-03-14T23:00"}, {"5 a.m", "2031-03-14T05:00"}});
  // A time changed for another is no range; nor is one from the morning or into the evening.
  // A delay does end later: past midnight.
  check_found("The vote was delayed from 10 p.m. to 2 a.m.", "2031-03-14",
              {{"10 p.m", "2031-03-14T22:00"}, {"2 a.m", "2031-03-15T02:00"}});
  check_found("The match was moved from 9 p.m. to 1 a.m.", "2031-03-14",
              {{"9 p.m", "2031-03-14T21:00"}, {"1 a.m", "2031-03-14T01:00"}});
  check_found("Kick-off was brought forward from 8 p.m. to 6 p.m.", "2031-03-14",
              {{"8 p.m", "2031-03-14T20:00"}, {"6 p.m", "2031-03-14T18:00"}});
  check_found("Times changed from 9:30 to 8:45 a.m.", "2031-03-14", {{"9:30", "2031-03-14T09:30"}, {"8:45 a.m", "2031-03-14T08:45"}});
  check_found("The bridge is shut from 11 p.m. Friday to 5 a.m. Saturday.", "2031-03-12",
              {{"11 p.m. Friday", "2031-03-14T23:00"}, {"5 a.m. Saturday", "2031-03-15T05:00"}});
}

TEST_CASE("a number before a clock time is no start of a range without a range's words", "[timex]") {
  // Across midnight the start is the day before: left unmarked rather than misdated.
  check_found("The shift runs from 10 to 2 a.m.", "2031-03-14", {{"2 a.m", "2031-03-14T02:00"}});
  // "to" without "from", "and" without "between", a figure of another number.
  check_found("Viewers rose 7 to 10 p.m. on average.", "2031-03-14", {{"10 p.m", "2031-03-14T22:00"}});
  check_found("Bring 2 and 4 pm is fine.", "2031-03-14", {{"4 pm", "2031-03-14T16:00"}});
  check_found("Rates from 4.5 to 6 p.m. apply.", "2031-03-14", {{"6 p.m", "2031-03-14T18:00"}});
  // A number after a capitalised word before a dash is that word's label.
  check_found("Game 7 - 10 p.m. on the main channel.", "2031-03-14", {{"10 p.m", "2031-03-14T22:00"}});
  check_found("Studio 4 \u2013 9pm: the late news.", "2031-03-14", {{"9pm", "2031-03-14T21:00"}});
}

TEST_CASE("a capitalised word before an unspaced dash range is no label", "[timex]") {
  check_found("Dinner 6-9pm in the hall.", "2031-03-14", {{"6", "2031-03-14T18:00"}, {"9pm", "2031-03-14T21:00"}});
}
