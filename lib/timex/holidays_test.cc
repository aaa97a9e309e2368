// Tests of holidays and named days (holidays.cc).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "table_test.h"

namespace {

using namespace timex_table;

// Holidays and named days: fixed, the Nth weekday of a month, and counted from Easter;
// 2019-01-30 is a Wednesday, after the 2019 Martin Luther King Jr. Day (January 21). The
// Islamic days are those observed in Saudi Arabia, a day or two off the tabular calendar.
const std::vector<Case> kHolidayCases = {
    {"Christmas", "2019-01-30", F, "2019-12-25"},
    {"Christmas Eve", "2019-01-30", F, "2019-12-24"},
    {"last Christmas", "2019-01-30", U, "2018-12-25"},
    {"Christmas", "2019-01-30", P, "2018-12-25"},
    {"New Year\u2019s Day", "2019-01-30", F, "2020-01-01"},
    {"Thanksgiving", "2019-01-30", F, "2019-11-28"},
    {"Thanksgiving", "2019-01-30", U, "2018-11-22"},
    {"Christmas", "2007-01-18", U, "2006-12-25"},
    {"Thanksgiving 2021", "2019-01-30", U, "2021-11-25"},
    {"Memorial Day of next year", "2019-01-30", U, "2020-05-25"},
    {"Black Friday 2022", "2019-01-30", U, "2022-11-25"},
    {"Memorial Day", "2019-01-30", U, "2019-05-27"},
    {"Memorial Day", "2019-01-30", P, "2018-05-28"},
    {"Labor Day 2020", "2019-01-30", U, "2020-09-07"},
    {"Martin Luther King Jr. Day", "2019-01-30", F, "2020-01-20"},
    {"Mother's Day", "2019-01-30", U, "2019-05-12"},
    {"Easter", "2019-01-30", U, "2019-04-21"},
    {"Easter", "2019-01-30", P, "2018-04-01"},
    {"Easter 2021", "2019-01-30", U, "2021-04-04"},
    {"next Easter", "2019-05-02", U, "2020-04-12"},
    {"Good Friday 2019", "2019-01-30", U, "2019-04-19"},
    {"Ash Wednesday 2019", "2019-01-30", U, "2019-03-06"},
    {"Pentecost 2019", "2019-01-30", U, "2019-06-09"},
    {"Orthodox Easter 2021", "2019-01-30", U, "2021-05-02"},
    {"Orthodox Easter 2019", "2019-01-30", U, "2019-04-28"},
    {"Christmas", kNoDct, U, "XXXX-12-25"},
    {"Ramadan 2020", "2019-01-30", U, "2020-04-24"},
    {"Eid al-Fitr 2020", "2019-01-30", U, "2020-05-24"},
    {"Eid al-Adha 2023", "2019-01-30", U, "2023-06-28"},
    {"Ramadan 2024", "2019-01-30", U, "2024-03-11"},
    {"Eid al-Fitr 2023", "2019-01-30", U, "2023-04-21"},
    {"Ramadan", kNoDct, U, "XXXX-XX-XX"},
    {"this Easter", "2021-06-09", U, "2022-04-17"},
    {"this Easter", "2021-06-09", P, "2021-04-04"},
    {"this Christmas", "2021-06-09", U, "2021-12-25"},
};

// National and civic days by their calendars' rules, worked out from a 2021 calendar:
// Easter fell on April 4 (so Mothering Sunday on March 14), May 31 was May's last Monday
// (so Victoria Day May 24), October 11 the second Monday of October, April 19 the third
// Monday of April and November 14 the second Sunday of November.
const std::vector<Case> kNationalDayCases = {
    {"Juneteenth", "2021-03-10", F, "2021-06-19"},
    {"Canada Day 2021", "2019-01-30", U, "2021-07-01"},
    {"Victoria Day 2021", "2019-01-30", U, "2021-05-24"},
    {"Canadian Thanksgiving 2021", "2019-01-30", U, "2021-10-11"},
    {"Indigenous Peoples' Day 2021", "2019-01-30", U, "2021-10-11"},
    {"Patriots' Day 2021", "2019-01-30", U, "2021-04-19"},
    {"Remembrance Sunday 2021", "2019-01-30", U, "2021-11-14"},
    {"Armistice Day 2021", "2019-01-30", U, "2021-11-11"},
    {"St. George's Day", "2021-03-10", F, "2021-04-23"},
    {"Anzac Day", "2021-03-10", F, "2021-04-25"},
    {"Australia Day", "2021-03-10", P, "2021-01-26"},
    {"Bastille Day", "2021-03-10", F, "2021-07-14"},
    {"Bonfire Night", "2021-03-10", F, "2021-11-05"},
    {"International Women's Day", "2021-03-10", P, "2021-03-08"},
    {"World AIDS Day", "2021-03-10", P, "2020-12-01"},
    {"Mothering Sunday 2021", "2019-01-30", U, "2021-03-14"},
};

}  // namespace

TEST_CASE("holidays fall on their day of the year asked for, fixed or movable", "[timex]") {
  check_cases(kHolidayCases);
}

TEST_CASE("national and civic days fall where their countries' calendars put them", "[timex]") {
  check_cases(kNationalDayCases);
}

TEST_CASE("a longer name wins over the holiday inside it", "[timex]") {
  check_found("Families met for Canadian Thanksgiving in 2021.", "2022-02-01", {{"Canadian Thanksgiving in 2021", "2021-10-11"}});
  check_found("Schools marked Holocaust Remembrance Day in 2021.", "2022-02-01", {{"Holocaust Remembrance Day in 2021", "2021-01-27"}});
}

// Fixed days an office keeps off the weekend, and other names of days already known;
// 2016-10-16 and 2014-04-27 are Sundays, 2021-10-16 a Saturday.
TEST_CASE("a fixed day kept on a weekday moves off the weekend, and other names give known days", "[timex]") {
  check_cases({
      {"Boss's Day 2016", kNoDct, U, "2016-10-17"},
      {"boss's day 2021", kNoDct, U, "2021-10-15"},
      {"next Boss's Day", "2013-02-12", U, "2013-10-16"},
      {"King's Day 2014", kNoDct, U, "2014-04-26"},
      {"Koningsdag 2018", kNoDct, U, "2018-04-27"},
      {"the Ides of March", "2013-02-12", F, "2013-03-15"},
      {"Civil Rights Day 2013", kNoDct, U, "2013-01-21"},
      {"Whitsunday 2013", kNoDct, U, "2013-05-19"},
  });
}

// One rule joins a year to any holiday, whichever side it stands on; the document is of
// mid-2020, so a holiday without its year would take 2019's or 2020's.
TEST_CASE("a year beside a holiday, before or after it, names the holiday of that year", "[timex]") {
  check_cases({
      {"Diwali in 2018", "2020-06-15", U, "2018-11-07"},
      {"Easter of 2016", "2020-06-15", U, "2016-03-27"},
      {"Easter, in 2016", "2020-06-15", P, "2016-03-27"},
      {"2017's Thanksgiving", "2020-06-15", U, "2017-11-23"},
      {"2017\u2019s Thanksgiving", "2020-06-15", P, "2017-11-23"},
      {"the 2016 Hanukkah", "2020-06-15", F, "2016-12-25"},
      {"Christmas Day in 2010", "2020-06-15", F, "2010-12-25"},
  });
  check_found("Lamps lit up the old quarter for Diwali in 2018, the council said.", "2020-06-15",
              {{"Diwali in 2018", "2018-11-07"}});
  check_found("Shops near the station closed early for 2017's Thanksgiving rush.", "2020-06-15",
              {{"2017's Thanksgiving", "2017-11-23"}});
  check_found("Volunteers remembered the 2016 Hanukkah lights on the square.", "2020-06-15",
              {{"the 2016 Hanukkah", "2016-12-25"}});
}

// "last" is the holiday before the document date and "next" the one after, even when the
// document is dated on the holiday itself; "this" is the coming one (2013-02-12: the day's
// Martin Luther King Jr. Day is past, so this one is 2014's).
TEST_CASE("last and next holiday take the occurrence before and after the document date", "[timex]") {
  check_cases({
      {"last Christmas", "2020-12-25", U, "2019-12-25"},
      {"next Christmas", "2020-12-25", U, "2021-12-25"},
      {"last Easter", "2020-04-10", P, "2019-04-21"},
      {"next Easter", "2020-04-13", F, "2021-04-04"},
      {"this Thanksgiving", "2020-06-15", F, "2020-11-26"},
  });
  check_found("A farmer sold 2000 Easter eggs at the fair.", "2020-06-15", {{"2000", "2000"}, {"Easter", "2020-04-12"}});
}

TEST_CASE("a holiday weekend is the weekend the holiday falls in, or the one before a Monday's", "[timex]") {
  // Easter 2021 is Sunday 4 April (ISO week 13); Memorial Day 2021 is Monday 31 May (week 22).
  check_found("Ferries were full over the Easter weekend.", "2021-06-15", {{"the Easter weekend", "2021-W13-WE"}});
  check_found("Roads were jammed over the Memorial Day weekend.", "2021-06-15", {{"the Memorial Day weekend", "2021-W21-WE"}});
  check_found("Ferries were full on Easter.", "2021-06-15", {{"Easter", "2021-04-04"}});
  // A Tuesday's is the weekend before it (Christmas 2018 is a Tuesday, in ISO week 52).
  check_found("Shops were quiet over the Christmas week-end.", "2019-06-15", {{"the Christmas week-end", "2018-W51-WE"}});
}

TEST_CASE("the following or the next holiday told in the past is the first after the period last named", "[timex]") {
  check_found("The walk was held on Easter 2015. The next Easter, walkers returned.", "2019-06-12",
              {{"Easter 2015", "2015-04-05"}, {"The next Easter", "2016-03-27"}});
  check_found("The fair ran on Christmas 2010. The following Christmas, it moved.", "2019-06-12",
              {{"Christmas 2010", "2010-12-25"}, {"The following Christmas", "2011-12-25"}});
}

TEST_CASE("a good Friday for the markets is no holiday", "[timex]") {
  CHECK_FALSE(dossier::timex::normalize("good Friday", std::string("2019-01-30")).has_value());
  CHECK_FALSE(dossier::timex::normalize("lent", std::string("2019-01-30")).has_value());
}

// Chinese New Year begins the second month after the one holding the winter solstice, the
// third when a leap month comes between (1920, 1985: February 20, a month later than the
// first new moon after January 21; 2034 after the leap month of 2033). The expected days are
// those of the published calendars of those years.
TEST_CASE("the lunar new year falls on the new moon it is computed for", "[timex]") {
  check_cases({
      {"Chinese New Year 2011", kNoDct, U, "2011-02-03"},
      {"Lunar New Year 2027", kNoDct, U, "2027-02-06"},
      {"Chinese New Year 1995", kNoDct, U, "1995-01-31"},
      {"Chinese New Year 1985", kNoDct, U, "1985-02-20"},
      {"Chinese New Year 1920", kNoDct, U, "1920-02-20"},
      {"Lunar New Year 2033", kNoDct, U, "2033-01-31"},
      {"Lunar New Year 2034", kNoDct, U, "2034-02-19"},
      {"Chinese New Year 2023", kNoDct, U, "2023-01-22"},
      {"the Lunar New Year", "2021-06-09", P, "2021-02-12"},
      {"Chinese New Year's Eve 2012", kNoDct, U, "2012-01-22"},
      {"the Lantern Festival 2012", kNoDct, U, "2012-02-06"},
      {"Lunar New Year", kNoDct, U, "XXXX-XX-XX"},
  });
}

// The standard other names of days already known. The expected days were derived apart
// from the code under test: the Islamic ones are the days observed in Saudi Arabia (10 Dhu
// al-Hijjah 1444 was 2023-06-28), or the tabular calendar's where it agrees with the new
// moon (27 Ramadan 1426 is 2005-10-30, 27 Rajab 1431 2010-07-09); the Orthodox ones from Orthodox Easter 2024 (May 5, Julian computus), eight
// days before it for Lazarus Saturday and 48 for Clean Monday; 2015-10-16 is a Friday and
// 2022-10-16 a Sunday, an office's Boss's Day then kept on the Monday; Great Lent, as Lent
// gives Ash Wednesday, gives the day it opens, Clean Monday; the Hebrew ones from the
// published calendars (Lag BaOmer 5781 was Friday, April 30, 2021, and the first day of
// Sukkot 5783 Monday, October 10, 2022); Lakshmi Puja from Diwali 2022 (October 24), the
// evening it is held.
TEST_CASE("a holiday's standard other names give its day", "[timex]") {
  check_cases({
      {"Bakrid 2023", kNoDct, U, "2023-06-28"},
      {"the Feast of the Sacrifice 2023", kNoDct, U, "2023-06-28"},
      {"Eid ul-Adha 2023", kNoDct, U, "2023-06-28"},
      {"Laylat al-Qadr 2005", kNoDct, U, "2005-10-30"},
      {"the Night of Power 2005", kNoDct, U, "2005-10-30"},
      {"Isra and Mi'raj 2010", kNoDct, U, "2010-07-09"},
      {"Lazarus Saturday 2024", kNoDct, U, "2024-04-27"},
      {"Clean Monday 2024", kNoDct, U, "2024-03-18"},
      {"Bosses Day 2015", kNoDct, U, "2015-10-16"},
      {"Boss's Day 2022", kNoDct, U, "2022-10-17"},
      {"Lag B'Omer 2021", kNoDct, U, "2021-04-30"},
      {"Lag Ba'omer 2021", kNoDct, U, "2021-04-30"},
      {"Succos 2022", kNoDct, U, "2022-10-10"},
      {"Great Lent 2024", kNoDct, U, "2024-03-18"},
      {"the Great Fast 2024", kNoDct, U, "2024-03-18"},
      {"Lakshmi Puja 2022", kNoDct, U, "2022-10-24"},
      {"Laxmi Puja 2022", kNoDct, U, "2022-10-24"},
  });
}

// Sharad Purnima, the full moon of Ashwin, was October 9 in 2022 and October 28 in 2023 (as
// Valmiki Jayanti, tithi_test.cc); Diwali 2022 was October 24.
TEST_CASE("Kojagari Lakshmi Puja is held on the full moon of Ashwin, not on Diwali", "[timex]") {
  check_cases({
      {"Kojagari Lakshmi Puja 2022", kNoDct, U, "2022-10-09"},
      {"Kojagari Laxmi Puja 2023", kNoDct, U, "2023-10-28"},
      {"Sharad Purnima 2022", kNoDct, U, "2022-10-09"},
      {"Lakshmi Puja 2022", kNoDct, U, "2022-10-24"},
  });
}

TEST_CASE("a period or a common phrase is not taken for a named day", "[timex]") {
  // "the great fast" in small letters is a phrase, not the Orthodox Lent (whose name in
  // capitals gives its first day, Clean Monday, as Lent gives Ash Wednesday); a night of
  // power cuts is no holy night.
  CHECK_FALSE(dossier::timex::normalize("the great fast", std::string("2019-01-30")).has_value());
  CHECK_FALSE(dossier::timex::normalize("a great fast 2024", std::string("2019-01-30")).has_value());
  CHECK_FALSE(dossier::timex::normalize("a night of power cuts", std::string("2019-01-30")).has_value());
}

// Jewish holidays by the Hebrew calendar's own arithmetic. The expected days are those of
// the published calendars: Yom Kippur 1973 was Saturday, October 6; 5784 began on September
// 16, 2023; Purim 2024 fell in Adar II of a leap year (March 24), Purim 2023 in a common
// year's Adar (March 7); 9 Av 5782 was a Saturday (August 6, 2022), so the fast was kept on
// the Sunday, while 9 Av 5781 was itself a Sunday (July 18, 2021).
TEST_CASE("Jewish holidays fall on the day the Hebrew calendar gives them", "[timex]") {
  check_cases({
      {"Yom Kippur 1973", kNoDct, U, "1973-10-06"},
      {"Rosh Hashanah 2023", kNoDct, U, "2023-09-16"},
      {"Purim 2024", kNoDct, U, "2024-03-24"},
      {"Purim 2023", kNoDct, U, "2023-03-07"},
      {"Passover 2020", kNoDct, U, "2020-04-09"},
      {"Hanukkah 2022", kNoDct, U, "2022-12-19"},
      {"Shavuot 2019", kNoDct, U, "2019-06-09"},
      {"Tisha B'Av 2022", kNoDct, U, "2022-08-07"},
      {"Tisha B\u2019Av 2021", kNoDct, U, "2021-07-18"},
      {"Passover", "2021-06-09", P, "2021-03-28"},
      {"next Rosh Hashanah", "2021-06-09", U, "2021-09-07"},
      {"Hanukkah", kNoDct, U, "XXXX-XX-XX"},
  });
}

// An Islamic month begins the day after the new moon, or a day later when the new moon
// comes after sunset in Mecca: the new moon of 2023-04-20 came at 07:12 Mecca time and
// Shawwal began the next day; that of 2023-03-21 at 20:23, and Ramadan began on the 23rd.
TEST_CASE("an Islamic month begins with the new moon seen after it, not on the tabular day", "[timex]") {
  check_cases({
      {"Eid al-Fitr 2023", kNoDct, U, "2023-04-21"},
      {"Ramadan 2023", kNoDct, U, "2023-03-23"},
      {"Eid al-Adha 2024", kNoDct, U, "2024-06-16"},
      {"Eid al-Fitr 2024", kNoDct, U, "2024-04-10"},
  });
}

// Makar Sankranti (Pongal in Tamil Nadu) is kept the day the sun enters sidereal Capricorn
// in India, or the next day when it enters after sunset: it entered on 2021-01-14 at 08:14
// and on 2023-01-14 at 20:44 India time, and the festival fell on the 14th and the 15th.
TEST_CASE("a festival of the sun's sidereal sign falls on the day the sun enters it in India", "[timex]") {
  check_cases({
      {"Makar Sankranti 2021", kNoDct, U, "2021-01-14"},
      {"Makar Sankranti 2023", kNoDct, U, "2023-01-15"},
      {"Makar Sankranti 2024", kNoDct, U, "2024-01-15"},
      {"Thai Pongal 2010", kNoDct, U, "2010-01-14"},
      {"Pongal", "2021-06-09", P, "2021-01-14"},
  });
}

// Diwali is kept on the evening of the last lunar day before the first new moon after the
// sun enters sidereal Libra: the published days of 2012, 2015 and 2020-2023. (Where that
// lunar day barely overlaps two evenings, as in 2024, calendars disagree by a day.)
TEST_CASE("Diwali falls on the evening of the new moon that ends the month of Libra", "[timex]") {
  check_cases({
      {"Deepavali 2012", kNoDct, U, "2012-11-13"},
      {"Diwali 2015", kNoDct, U, "2015-11-11"},
      {"Diwali 2020", kNoDct, U, "2020-11-14"},
      {"Diwali 2021", kNoDct, U, "2021-11-04"},
      {"Diwali 2022", kNoDct, U, "2022-10-24"},
      {"Diwali 2023", kNoDct, U, "2023-11-12"},
  });
}

// Fixed days of the US calendar, Germany's national day and days of the United Nations' list;
// 2022-06-01 is the document date, so a past verb takes the day before it, a future one the next.
TEST_CASE("more fixed days of the year fall on their calendar dates", "[timex]") {
  check_found("Forecasters joked about the weather on Groundhog Day.", "2022-06-01", {{"Groundhog Day", "2022-02-02"}});
  check_found("The paper ran a spoof on April Fools' Day.", "2022-06-01", {{"April Fools' Day", "2022-04-01"}});
  check_found("The taqueria will open on Cinco de Mayo.", "2022-06-01", {{"Cinco de Mayo", "2023-05-05"}});
  check_found("Survivors will gather on Pearl Harbor Remembrance Day.", "2022-06-01", {{"Pearl Harbor Remembrance Day", "2022-12-07"}});
  check_found("The derby will be played on St Stephen's Day.", "2022-06-01", {{"St Stephen's Day", "2022-12-26"}});
  check_found("Bonn will host the party for German Unity Day.", "2022-06-01", {{"German Unity Day", "2022-10-03"}});
  check_found("The charity will speak on Human Rights Day.", "2022-06-01", {{"Human Rights Day", "2022-12-10"}});
  check_found("The agency will report on World Refugee Day.", "2022-06-01", {{"World Refugee Day", "2022-06-20"}});
  check_found("Reporters marched on World Press Freedom Day.", "2022-06-01", {{"World Press Freedom Day", "2022-05-03"}});
  check_found("Unions marched on International Workers' Day.", "2022-06-01", {{"International Workers' Day", "2022-05-01"}});
  check_found("The choir sang on United Nations Day.", "2021-11-20", {{"United Nations Day", "2021-10-24"}});
}

// The other names and spellings of holidays by which the press knows them give the same
// days as their main names, from the published calendars: Eid al-Adha 2023 on June 28,
// Isra and Mi'raj 2010 on July 9, Hanukkah 2022 on December 19, Sukkot 2019 on October 14;
// in India Makar Sankranti 2021 on January 14 (Bhogi the day before, Kaanum Pongal two days
// after), Vasant Panchami 2022 on February 5, Holi 2022 on March 18, Dhanteras 2021 on
// November 2 and the day before Diwali on November 3 (Lakshmi Puja is not Diwali everywhere: in
// Bengal it is two weeks before, so it names no day here),
// Chhath 2022 on October 30, Maha Saptami 2022 on October 2.
TEST_CASE("a holiday's regional names and spellings give the day of its main name", "[timex]") {
  check_cases({
      {"Bakr-Id 2023", kNoDct, U, "2023-06-28"},
      {"Id al-Adha 2023", kNoDct, U, "2023-06-28"},
      {"Id ul-Fitr 2023", kNoDct, U, "2023-04-21"},
      {"the Prophet's Ascension 2010", kNoDct, U, "2010-07-09"},
      {"the Night Journey 2010", kNoDct, U, "2010-07-09"},
      {"Rosh Hashana 2023", kNoDct, U, "2023-09-16"},
      {"Hannukah 2022", kNoDct, U, "2022-12-19"},
      {"Chanukkah 2022", kNoDct, U, "2022-12-19"},
      {"Sukkos 2019", kNoDct, U, "2019-10-14"},
      {"the Feast of Booths 2019", kNoDct, U, "2019-10-14"},
      {"Makara Sankranthi 2021", kNoDct, U, "2021-01-14"},
      {"Maghi 2021", kNoDct, U, "2021-01-14"},
      {"Bogi Pongal 2021", kNoDct, U, "2021-01-13"},
      {"Kanni Pongal 2021", kNoDct, U, "2021-01-16"},
      {"Vaishakhi 2022", kNoDct, U, "2022-04-14"},
      {"Saraswati Puja 2022", kNoDct, U, "2022-02-05"},
      {"Guru Ravidas Birthday 2022", kNoDct, U, "2022-02-16"},
      {"Phagwah 2022", kNoDct, U, "2022-03-18"},
      {"Mahavir Janma Kalyanak 2022", kNoDct, U, "2022-04-14"},
      {"Rath-Yatra 2022", kNoDct, U, "2022-07-01"},
      {"Dhanatrayodashi 2021", kNoDct, U, "2021-11-02"},
      {"Chhoti Diwali 2021", kNoDct, U, "2021-11-03"},
      {"Naraka Chaturdashi 2021", kNoDct, U, "2021-11-03"},
      {"Surya Shashthi 2022", kNoDct, U, "2022-10-30"},
      {"Maha Saptami 2022", kNoDct, U, "2022-10-02"},
  });
  // The Night Journey is a name only with its capitals.
  CHECK_FALSE(dossier::timex::normalize("a night journey", std::string("2019-01-30")).has_value());
}

// From a 2013-02-12 story: the coming Thanksgiving is 2013's, three years on 2016-11-24;
// the coming Easter 2013-03-31, a year on 2014-04-20.
TEST_CASE("A holiday some years hence or from now is the coming one that many years on", "[timex]") {
  check_found("They plan it for Thanksgiving three years hence.", "2013-02-12", {{"Thanksgiving three years hence", "2016-11-24"}});
  check_found("The games open on Easter a year from now.", "2013-02-12", {{"Easter a year from now", "2014-04-20"}});
}

// The last Friday of Ramadan is the Friday before the feast that ends it: Eid al-Fitr 2023 was
// itself a Friday (April 21), so the week before (April 14); in 2020 it was a Sunday (May 24).
TEST_CASE("the last Friday of Ramadan is the Friday before the feast, never the feast's own day", "[timex]") {
  check_cases({
      {"Jumu'atul-Wida 2023", kNoDct, U, "2023-04-14"},
      {"Jamat-ul-Vida 2020", kNoDct, U, "2020-05-22"},
  });
  check_found("Crowds filled the mosque on Jamat-ul-Vida in 2020.", "2021-01-05", {{"Jamat-ul-Vida in 2020", "2020-05-22"}});
}

// More names of days already computed: Easter 2021 was April 4 (so its Monday April 5, its
// Thursday April 1, the Monday before Lent February 15); Orthodox Clean Monday 2024 March 18;
// Ugadi 2022 April 2, Holika Dahan 2022 March 17, Raksha Bandhan 2022 August 11, Valmiki
// Jayanti 2022 October 9, Guru Gobind Singh's birthday 2022 January 9; Tagore's birthday is
// the 25th of Boishakh (May 9 in 2022, the sun having entered Aries on April 14); the Islamic
// new year 1445 began on July 19, 2023.
TEST_CASE("a holiday's less common names and spellings give the day of its main name", "[timex]") {
  check_cases({
      {"Easter Mon 2021", kNoDct, U, "2021-04-05"},
      {"Covenant Thursday 2021", kNoDct, U, "2021-04-01"},
      {"the Thursday of Mysteries 2021", kNoDct, U, "2021-04-01"},
      {"Shrove Monday 2021", kNoDct, U, "2021-02-15"},
      {"Orthodox Shrove Monday 2024", kNoDct, U, "2024-03-18"},
      {"the Sacrifice Feast 2023", kNoDct, U, "2023-06-28"},
      {"Amun Jadid 2023", kNoDct, U, "2023-07-19"},
      {"Samvatsaradi 2022", kNoDct, U, "2022-04-02"},
      {"Chaitra Sukhladi 2022", kNoDct, U, "2022-04-02"},
      {"Kamudu Pyre 2022", kNoDct, U, "2022-03-17"},
      {"Rakhi Purnima 2022", kNoDct, U, "2022-08-11"},
      {"rakhi 2022", kNoDct, U, "2022-08-11"},
      {"Pargat Diwas 2022", kNoDct, U, "2022-10-09"},
      {"Guru Govind Singh Jayanti 2022", kNoDct, U, "2022-01-09"},
      {"Rabindra Jayanti 2022", kNoDct, U, "2022-05-09"},
      {"Rabindranath Jayanti 2021", kNoDct, U, "2021-05-09"},
      {"World Vegan Day 2021", kNoDct, U, "2021-11-01"},
      {"boss day 2021", kNoDct, U, "2021-10-15"},
      {"the Night of Measures 2005", kNoDct, U, "2005-10-30"},
  });
  // The holy nights' names in lower case are holidays only with their year.
  check_found("Prayers lasted all of the night of destiny 2005 in the old city.", "2006-03-01", {{"the night of destiny 2005", "2005-10-30"}});
  check_found("Pilgrims gathered for the night journey 2010 at the shrine.", "2011-03-01", {{"the night journey 2010", "2010-07-09"}});
  // A rakhi is also the thread tied on the day: in lower case, the festival only with its year.
  CHECK(dossier::timex::find_timexes(doc_of("She tied a rakhi on her brother's wrist.", "2021-09-15")).empty());
  // A capitalised Rakhi is a given name as often as the festival.
  CHECK_FALSE(dossier::timex::normalize("Rakhi", std::string("2019-01-30")).has_value());
}

// Israel's calendar of remembrance as published: 5 Iyar 5781 was a Saturday, so Independence
// Day 2021 was Thursday, April 15 (Memorial Day April 14); 5 Iyar 5784 a Monday, so May 14,
// 2024 (Memorial Day May 13, 4 Iyar being a Sunday); 5 Iyar 5783 a Wednesday, kept as it fell
// (April 26, 2023); 27 Nisan 5784 a Monday, Yom HaShoah May 6, 2024.
TEST_CASE("Israel's days of remembrance and independence move off the Sabbath as its laws say", "[timex]") {
  check_cases({
      {"Yom Ha'atzmaut 2021", kNoDct, U, "2021-04-15"},
      {"Yom HaZikaron 2021", kNoDct, U, "2021-04-14"},
      {"Yom HaAtzmaut 2024", kNoDct, U, "2024-05-14"},
      {"Yom HaZikaron 2024", kNoDct, U, "2024-05-13"},
      {"Israel's Independence Day 2023", kNoDct, U, "2023-04-26"},
      {"Yom HaShoah 2024", kNoDct, U, "2024-05-06"},
      {"Independence Day 2023", kNoDct, U, "2023-07-04"},
  });
  check_found("Sirens sounded across the country on Yom HaShoah in 2022.", "2023-01-10", {{"Yom HaShoah in 2022", "2022-04-28"}});
}

// Older and translated names of the days after Easter, and Earth Hour, the last Saturday of
// March: Easter 2021 was April 4 (Palm Sunday March 28, Pentecost May 23, its Monday May 24;
// Vesak, Buddha Day, fell on May 16 in 2022);
// March 2021 ended on a Wednesday (its last Saturday the 27th), March 2022 on a Thursday (the
// 26th); in 2024 March's last Saturday, the 30th, was Holy Saturday (Easter fell on the 31st),
// so Earth Hour was held a week before, on the 23rd.
TEST_CASE("a holiday's older or translated names and Earth Hour give their day", "[timex]") {
  check_cases({
      {"White Sunday 2021", kNoDct, U, "2021-05-23"},
      {"the Monday of the Holy Spirit 2021", kNoDct, U, "2021-05-24"},
      {"Branch Sunday 2021", kNoDct, U, "2021-03-28"},
      {"Earth Hour 2021", kNoDct, U, "2021-03-27"},
      {"Earth Hour", "2022-01-15", F, "2022-03-26"},
      {"Earth Hour 2024", kNoDct, U, "2024-03-23"},
      {"Vasakhi 2022", kNoDct, U, "2022-04-14"},
      {"white sunday 2021", kNoDct, U, "2021-05-23"},
      {"Buddha Day 2022", kNoDct, U, "2022-05-16"},
  });
  // In small letters and without its year, a white Sunday is one of snow.
  CHECK_FALSE(dossier::timex::normalize("a white sunday", std::string("2021-01-30")).has_value());
}
