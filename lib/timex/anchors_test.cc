// Tests of what counts from the story's own time rather than from the dct (amounts of years
// and months later or earlier) and of periods named by a direction word (an unknown amount
// ahead or back, the latest quarter, a year-earlier comparison). The sentences are invented.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "table_test.h"

using namespace timex_table;

TEST_CASE("years or months later count from the year or month the text last named", "[timex]") {
  check_found("The mill opened in 1962 and was sold six years later.", "2015-03-02",
              {{"1962", "1962"}, {"six years later", "1968"}});
  check_found("The line opened in June 1971 and closed eight months later.", "2015-03-02",
              {{"June 1971", "1971-06"}, {"eight months later", "1972-02"}});
  check_found("The bridge fell in 1990; ten years earlier it had been painted.", "2015-03-02",
              {{"1990", "1990"}, {"ten years earlier", "1980"}});
  // With nothing named before, only the amount of time is known.
  check_found("Two years later the firm was sold.", "2015-03-02", {{"Two years later", "P2Y"}});
}

TEST_CASE("only whole years within the calendar's years move the year; fractions and huge counts are amounts", "[timex]") {
  // One and a half decades are fifteen whole years; two and a half years are no whole year.
  check_found("The mill opened in 1990 and was sold 1.5 decades later.", "2015-03-02",
              {{"1990", "1990"}, {"1.5 decades later", "2005"}});
  check_found("The mill opened in 1990 and was sold 2.5 years later.", "2015-03-02",
              {{"1990", "1990"}, {"2.5 years later", "P2.5Y"}});
  check_found("The comet passed in 2001 and returns 10,000 years later.", "2015-03-02",
              {{"2001", "2001"}, {"10,000 years later", "P10000Y"}});
  check_found("The cave was painted 40,000 years ago.", "2015-03-02", {{"40,000 years ago", "PAST_REF"}});
}

TEST_CASE("a direction word with an unknown amount of time is one length of time", "[timex]") {
  check_found("Prices climbed over the past few years.", "2012-05-07", {{"the past few years", "PXY"}});
  check_found("The court will rule in the next several weeks.", "2012-05-07", {{"the next several weeks", "PXW"}});
  check_found("It rained for the last few days.", "2012-05-07", {{"the last few days", "PXD"}});
}

TEST_CASE("the latest or most recent quarter is the last one ended", "[timex]") {
  check_found("Profit rose in the latest quarter.", "2011-05-10", {{"the latest quarter", "2011-Q1"}});
  check_found("Sales fell in the most recent quarter.", "2011-01-20", {{"the most recent quarter", "2010-Q4"}});
}

TEST_CASE("a year-earlier or year-ago comparison is no reference to the past", "[timex]") {
  check_found("Sales beat the year-ago level and the year-earlier figure.", "2011-05-10", {});
  check_found("Profit beat a year-earlier loss.", "2011-05-10", {});
}

TEST_CASE("that day, week, month or year is the one the story last named", "[timex]") {
  check_found("The dam burst on May 9. Later that day, the river rose.", "2014-06-02",
              {{"May 9", "2014-05-09"}, {"that day", "2014-05-09"}});
  check_found("The mill opened in 1962. That year, it hired 300 people.", "2014-06-02",
              {{"1962", "1962"}, {"That year", "1962"}});
  check_found("The fair was held in August 2003, and in that same month the town flooded.", "2014-06-02",
              {{"August 2003", "2003-08"}, {"that same month", "2003-08"}});
  check_found("The ship sank on Friday, and by that night the harbour was closed.", "2014-06-02",
              {{"Friday", "2014-05-30"}, {"that night", "2014-05-30TNI"}});
}

TEST_CASE("that day, week or month after a story named only its year or month lies in it, unknown which", "[timex]") {
  check_found("The ferry sank in 1987. That night, the harbour was closed.", "2014-06-02",
              {{"1987", "1987"}, {"That night", "1987-XX-XXTNI"}});
  check_found("The pass was closed in March 1999. That day, the snow was deep.", "2014-06-02",
              {{"March 1999", "1999-03"}, {"That day", "1999-03-XX"}});
  check_found("The mill burned in 1911, and in that same month the town rebuilt it.", "2014-06-02",
              {{"1911", "1911"}, {"that same month", "1911-XX"}});
  check_found("The mill burned in May 1911. That week, the town rebuilt it.", "2014-06-02",
              {{"May 1911", "1911-05"}, {"That week", "1911-WXX"}});
  // A day named before the year stays the day: the year is background.
  check_found("The barn burned on Tuesday. It was built in 1921. That night, crews kept watch.", "2014-06-05",
              {{"Tuesday", "2014-06-03"}, {"1921", "1921"}, {"That night", "2014-06-03TNI"}});
}

TEST_CASE("that time after at or by is the date the story last named, and nothing with none named", "[timex]") {
  check_found("The lease runs out on March 3. By that time the shop must move.", "2014-06-02",
              {{"March 3", "2014-03-03"}, {"that time", "2014-03-03"}});
  check_found("The mill opened in 1962. At that time the town had one road.", "2014-06-02",
              {{"1962", "1962"}, {"that time", "1962"}});
  check_found("At that time the town had one road.", "2014-06-02", {});
}

TEST_CASE("that time after a clock time on a named day is that day", "[timex]") {
  check_found("The depot shut on Friday at 4 p.m. By that time the drivers had gone home.", "2015-03-11",
              {{"Friday at 4 p.m", "2015-03-06T16:00"}, {"that time", "2015-03-06"}});
}

TEST_CASE("at points back only before that time with no noun of its own after it", "[timex]") {
  check_found("The clerk laughed at that day nursery idea.", "2015-03-11", {});
  check_found("The pier opened in 1931. He glanced at that time card again.", "2015-03-11", {{"1931", "1931"}});
  check_found("The pier opened in 1931. At that time the harbour had two cranes.", "2015-03-11",
              {{"1931", "1931"}, {"that time", "1931"}});
}

TEST_CASE("at that time opening a sentence points back whatever word follows it", "[timex]") {
  check_found("The pier opened in 1931. At that time cranes were rare.", "2015-03-11",
              {{"1931", "1931"}, {"that time", "1931"}});
  check_found("The pier opened in 1931.\nAt that time cranes were rare.", "2015-03-11",
              {{"1931", "1931"}, {"that time", "1931"}});
  // Inside a sentence a noun after it is still the noun's: "a look at that time card".
  check_found("The pier opened in 1931. She took a look at that time card.", "2015-03-11", {{"1931", "1931"}});
}

TEST_CASE("A sentence opening with that year, or ending on it, takes up the period the story last named", "[timex]") {
  check_found("The mill opened in 1962. That year the town grew.", "2014-06-02",
              {{"1962", "1962"}, {"That year", "1962"}});
  check_found("The dam burst on May 9. The river rose that day.", "2014-06-02",
              {{"May 9", "2014-05-09"}, {"that day", "2014-05-09"}});
  check_found("The fair opened in August 2003. \"That month was hot.\"", "2014-06-02",
              {{"August 2003", "2003-08"}, {"That month", "2003-08"}});
}

TEST_CASE("that before a day or year is the conjunction when nothing marks a time", "[timex]") {
  check_found("Officials said that day care costs rose.", "2014-06-02", {});
  check_found("He said that year-end bonuses were cut.", "2014-06-02", {{"year-end", "2014"}});
  check_found("She hoped that week by week it would improve.", "2014-06-02", {});
}

TEST_CASE("the previous or following period steps from the one the story last named", "[timex]") {
  check_found("The mill was sold in 2004 and shut the following year.", "2015-03-02",
              {{"2004", "2004"}, {"the following year", "2005"}});
  check_found("Exports rose in October after falling the previous month.", "2015-03-02",
              {{"October", "2014-10"}, {"the previous month", "2014-09"}});
  // Without a period named before, the dct's; "last" and "next" always count from the dct.
  check_found("Exports fell from the previous year.", "2015-03-02", {{"the previous year", "2014"}});
  check_found("In 2004 exports fell from last year.", "2015-03-02", {{"2004", "2004"}, {"last year", "2014"}});
}

TEST_CASE("a day before or after a verb that ends or starts something is the step from the day, not the market's day", "[timex]") {
  check_found("The ferry strike ended the day before.", "2015-03-02", {{"the day before", "2015-03-01"}});
  check_found("Voting closed the day after.", "2015-03-02", {{"the day after", "2015-03-03"}});
  // A market's day stays the day of the story.
  check_found("Copper ended the day 2% higher.", "2015-03-02", {{"the day", "2015-03-02"}});
}

TEST_CASE("the year, month or week after steps forward from the one the story last named", "[timex]") {
  check_found("The plant opened in 2011 and closed the year after.", "2015-03-02",
              {{"2011", "2011"}, {"the year after", "2012"}});
  check_found("Sales slumped in October and recovered the month after.", "2015-03-02",
              {{"October", "2014-10"}, {"the month after", "2014-11"}});
  check_found("Rates rose on June 3 and fell the week after.", "2019-06-12", {{"June 3", "2019-06-03"}, {"the week after", "2019-W24"}});
  // The year after next is still two years on from the dct's.
  check_found("The plant opens the year after next.", "2015-03-02", {{"the year after next", "2017"}});
}

TEST_CASE("the year, month or week after with nothing named before it is a date not known", "[timex]") {
  // Not the dct's next year: the story tells of a year after something it has not dated.
  check_found("The year after, the firm was sold.", "2019-06-12", {{"The year after", "XXXX"}});
  // A story that named only the year: the week after lies in it, unknown which.
  check_found("In 2012 the firm collapsed. The week after, its chief resigned.", "2019-06-12",
              {{"2012", "2012"}, {"The week after", "2012-WXX"}});
  check_found("In 2012 the firm collapsed. The month after, its chief resigned.", "2019-06-12",
              {{"2012", "2012"}, {"The month after", "2012-XX"}});
  // "the month later" is no timex: "agreed the month later" is no step in time.
  check_found("The deal, agreed the month later, collapsed.", "2019-06-12", {});
}

TEST_CASE("a month of that year is that month of the year the story last named", "[timex]") {
  check_found("The mine closed in 1987. In June of that year, the town emptied.", "2021-03-17",
              {{"1987", "1987"}, {"June of that year", "1987-06"}});
  // With no year named before, the month of a year unknown.
  check_found("In June of that year, the town emptied.", "2021-03-17", {{"June of that year", "XXXX-06"}});
  // Whatever comes before the month: only a bare "that" may be the conjunction.
  check_found("The mill reopened in 2016. June of that year was busy.", "2021-03-17",
              {{"2016", "2016"}, {"June of that year", "2016-06"}});
}

TEST_CASE("the last year of a range of years is the year the story last named", "[timex]") {
  check_found("The mine ran from 1961 to 1987. That year, the town emptied.", "2021-03-17",
              {{"1961 to 1987", "P26Y"}, {"1961", "1961"}, {"1987", "1987"}, {"That year", "1987"}});
}

TEST_CASE("closed for the day after something is the story's day, not the day after", "[timex]") {
  check_found("The shop closed for the day after lunch.", "2019-06-12", {{"the day", "2019-06-12"}});
}

TEST_CASE("a day, month and year with the article before it is one date", "[timex]") {
  check_found("Bonds rallied after the 9 June 2021 auction.", "2024-03-13", {{"the 9 June 2021", "2021-06-09"}});
}

TEST_CASE("the next year told in the past is the one after the year the story last named", "[timex]") {
  check_found("The firm was founded in 1998. The next year it went public.", "2021-03-17",
              {{"1998", "1998"}, {"The next year", "1999"}});
  check_found("Output fell in March 2019 and recovered the next month.", "2021-03-17",
              {{"March 2019", "2019-03"}, {"the next month", "2019-04"}});
  // Told in the future, or without the article, it counts from the dct.
  check_found("The firm was founded in 1998. It will grow over the next year.", "2021-03-17",
              {{"1998", "1998"}, {"the next year", "2022"}});
  check_found("The firm was founded in 1998. It expects to list next year.", "2021-03-17", {{"1998", "1998"}, {"next year", "2022"}});
  // A future told in the past looks ahead from the telling.
  check_found("Sales fell in 2017. The company said the next year would be better.", "2019-06-12",
              {{"2017", "2017"}, {"the next year", "2020"}});
  check_found("Talks began on May 3. The next week, both sides walked out.", "2019-06-12",
              {{"May 3", "2019-05-03"}, {"The next week", "2019-W19"}});
}

TEST_CASE("the end of the year told in the past after an earlier year was written is in that year", "[timex]") {
  check_found("In 2015 the mill hired 40 people; by the end of the year it had hired 90.", "2021-03-17",
              {{"2015", "2015"}, {"the end of the year", "2015"}});
  check_found("The mill opened in 2015. At the end of the year it closed for repairs.", "2021-03-17",
              {{"2015", "2015"}, {"the end of the year", "2015"}});
  // Told in the future, or with no earlier year written, it is the dct's year.
  check_found("In 2015 the mill opened. It will close at the end of the year.", "2021-03-17",
              {{"2015", "2015"}, {"the end of the year", "2021"}});
  check_found("The mill closed at the end of the year.", "2021-03-17", {{"the end of the year", "2021"}});
}

TEST_CASE("the end of the decade told in the past after a decade was named is in that decade", "[timex]") {
  check_found("In the 1980s the port grew fast. By the end of the decade, it had doubled.", "2021-03-17",
              {{"the 1980s", "198X"}, {"the end of the decade", "198X"}});
  // Told in the future it is the dct's.
  check_found("Unlike in the 1980s, the port will double by the end of the decade.", "2021-03-17",
              {{"the 1980s", "198X"}, {"the end of the decade", "202X"}});
  check_found("In the 1990s the port grew. He said by the end of the decade it would double.", "2019-06-12",
              {{"the 1990s", "199X"}, {"the end of the decade", "201X"}});
}

TEST_CASE("the end of the decade told in the past after a year was named is in that year's decade", "[timex]") {
  check_found("The mill opened in 1974 and had closed by the end of the decade.", "2021-03-17",
              {{"1974", "1974"}, {"the end of the decade", "197X"}});
  // A decade named after the year is the one meant.
  check_found("The mill opened in 1974; in the 1980s it grew, and by the end of the decade it had closed.", "2021-03-17",
              {{"1974", "1974"}, {"the 1980s", "198X"}, {"the end of the decade", "198X"}});
  // Told in the future it is the dct's, and so it is after a year of a plan, later than the
  // dct's decade.
  check_found("The mill opened in 1974 and will close by the end of the decade.", "2021-03-17",
              {{"1974", "1974"}, {"the end of the decade", "202X"}});
  check_found("The town hopes to host the games in 2036. By the end of the decade it had built a stadium.", "2021-03-17",
              {{"2036", "2036"}, {"the end of the decade", "202X"}});
  check_found("The town hopes to host the games in the 2030s. By the end of the decade it had built a stadium.", "2021-03-17",
              {{"the 2030s", "203X"}, {"the end of the decade", "202X"}});
}

TEST_CASE("the following or the next month or season is the first after the period the story last named", "[timex]") {
  check_found("The mayor was elected in 2006 and sworn in the following January.", "2015-03-02",
              {{"2006", "2006"}, {"the following January", "2007-01"}});
  check_found("The canal froze in February 1963; the following March it thawed.", "2015-03-02",
              {{"February 1963", "1963-02"}, {"the following March", "1963-03"}});
  check_found("The canal froze in the winter of 2009. The following summer, it ran dry.", "2015-03-02",
              {{"the winter of 2009", "2009-WI"}, {"The following summer", "2010-SU"}});
  check_found("Output fell in the third quarter of 2009 and recovered the next spring.", "2015-03-02",
              {{"the third quarter of 2009", "2009-Q3"}, {"the next spring", "2010-SP"}});
  check_found("The dam opened in 1998 and flooded the following October 12.", "2015-03-02",
              {{"1998", "1998"}, {"the following October 12", "1999-10-12"}});
  // "the next" with a verb that is not past looks ahead from the telling, whatever was named.
  check_found("Talks failed in 2009, and envoys now face the next March 31 deadline.", "2015-03-02",
              {{"2009", "2009"}, {"now", "PRESENT_REF"}, {"the next March 31", "2015-03-31"}});
  check_found("The plant closed in 2011. The next spring will test the town.", "2015-01-10",
              {{"2011", "2011"}, {"The next spring", "2015-SP"}});
  check_found("The next May Day march was cancelled.", "2015-03-02", {{"The next May Day", "2015-05-01"}});
  // With nothing named and a past verb, the day is the last such before the dct.
  check_found("Workers returned the next March 3.", "2015-06-02", {{"the next March 3", "2015-03-03"}});
  // With no period named before, the first after the dct; without "the", "next" is the dct's.
  check_found("Sales will recover the following spring.", "2015-01-10", {{"the following spring", "2015-SP"}});
  check_found("The school opened in 2004. Next January it closes.", "2015-03-02",
              {{"2004", "2004"}, {"Next January", "2016-01"}});
}

TEST_CASE("a month or season still to come in a story set in an earlier year counts from the story's month", "[timex]") {
  // The month after the story's December is the next January, not the dct's.
  check_found("In December 2009 the council announced a rescue plan. The money, due in January, was to come from a levy.",
              "2021-06-15", {{"December 2009", "2009-12"}, {"January", "2010-01"}});
  // So does a season after it.
  check_found("In November 2009 the council announced a rescue plan. The vote, due in the spring, was delayed.",
              "2021-06-15", {{"November 2009", "2009-11"}, {"the spring", "2010-SP"}});
  // A past verb keeps the story's year.
  check_found("In March 2009 the plan was announced. In November it was scrapped.", "2021-06-15",
              {{"March 2009", "2009-03"}, {"November", "2009-11"}});
  check_found("In March 2009 the plan was announced. In the autumn it was scrapped.", "2021-06-15",
              {{"March 2009", "2009-03"}, {"the autumn", "2009-FA"}});
}

TEST_CASE("one day after a modal or opening its clause is a day nobody names, not a length of time", "[timex]") {
  check_found("Engineers say the bridge may one day carry trains.", "2021-06-15", {{"one day", "FUTURE_REF"}});
  check_found("One day, the mayor said, the port will reopen.", "2021-06-15", {{"One day", "FUTURE_REF"}});
  check_found("One day she walked into the office and resigned.", "2021-06-15", {{"One day", "PAST_REF"}});
  check_found("The strike lasted one day.", "2021-06-15", {{"one day", "P1D"}});
  check_found("Workers walked out for one day.", "2021-06-15", {{"one day", "P1D"}});
  check_found("One day was enough for the inspectors.", "2021-06-15", {{"One day", "P1D"}});
  check_found("It took two days and one day more.", "2021-06-15", {{"two days", "P2D"}, {"one day", "P1D"}});
  check_found("One day she walked in, and said she will resign.", "2021-06-15", {{"One day", "PAST_REF"}});
}

TEST_CASE("a day that a clause after 'when' describes is a day nobody names, not a length of time", "[timex]") {
  check_found("There will come a day when the treaty is forgotten.", "2021-06-15", {{"a day", "FUTURE_REF"}});
  check_found("She said there was a day when the river froze over.", "2021-06-15", {{"a day", "PAST_REF"}});
  check_found("Farmers fear a day when the wells run dry.", "2021-06-15", {{"a day", "FUTURE_REF"}});
  check_found("The repairs took a day.", "2021-06-15", {{"a day", "P1D"}});
  check_found("Talks lasted a day and ended when the envoy left.", "2021-06-15", {{"a day", "P1D"}});
  // A length of time still, before "when" too.
  check_found("The repairs took a day when the parts arrived.", "2021-06-15", {{"a day", "P1D"}});
  check_found("It rained for a day when the front passed.", "2021-06-15", {{"a day", "P1D"}});
  check_found("Prices rose 3 percent in a day when markets fell.", "2021-06-15", {{"a day", "P1D"}});
  check_found("The strike lasted one day when the talks collapsed.", "2021-06-15", {{"one day", "P1D"}});
}
