// Tests of the Hindu lunisolar calendar (tithi.cc) and of the festivals kept by its lunar
// days (holidays.tsv). The expected days are those of the Government of India's yearly
// lists of holidays and, for festivals those lists leave out, of published panchangs for
// New Delhi; the sentences are invented.
#include <cmath>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "calendar.h"
#include "dossier/timex.h"
#include "table_test.h"

namespace {

using namespace timex_table;
namespace cal = dossier::timex::calendar;

struct Festival {
  const char* name;
  int year;
  const char* day;
};

// Each festival named in a story dated the second day of its year, of celebrations to come.
void check_festivals(const std::vector<Festival>& table) {
  for (const auto& f : table) {
    std::string text = std::string("The old city will prepare for ") + f.name + " with lights and music.";
    std::string dct = std::to_string(f.year) + "-01-02";
    INFO(text << ", dct " << dct);
    auto ts = dossier::timex::find_timexes(doc_of(text, dct.c_str()));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].value == f.day);
  }
}

double julian_day(int y, int m, int d, double utc_hours) {
  return static_cast<double>(cal::days_from_civil(cal::Ymd{y, m, d})) + 2440587.5 + utc_hours / 24;
}

}  // namespace

// Meeus's example 47.a: the moon's apparent longitude on 1992-04-12 at 0h TD is 133.167265
// degrees (nutation included).
TEST_CASE("the moon's longitude agrees with the worked example to a few thousandths of a degree", "[timex]") {
  CHECK(std::fabs(cal::moon_longitude(2448724.5) - 133.167265) < 0.005);
}

// The full moon of the penumbral eclipse of 2024-03-25 fell at about 07:00 UTC.
TEST_CASE("the lunar day turns from the full moon to the dark half's first at the full moon", "[timex]") {
  CHECK(cal::tithi_at(julian_day(2024, 3, 25, 6.5)) == 15);
  CHECK(cal::tithi_at(julian_day(2024, 3, 25, 7.5)) == 16);
  CHECK(cal::tithi_at(julian_day(2024, 3, 10, 12)) == 1);
}

TEST_CASE("a festival of a lunar day falls on the day that lunar day prevails at sunrise", "[timex]") {
  check_festivals({
      {"Vasant Panchami", 2017, "2017-02-01"},       {"Basant Panchami", 2021, "2021-02-16"},
      {"Ugadi", 2021, "2021-04-13"},                 {"Gudi Padwa", 2023, "2023-03-22"},
      {"Mahavir Jayanti", 2022, "2022-04-14"},       {"Hanuman Jayanti", 2024, "2024-04-23"},
      {"Buddha Purnima", 2021, "2021-05-26"},        {"Buddha Jayanti", 2024, "2024-05-23"},
      {"Guru Purnima", 2018, "2018-07-27"},          {"Rath Yatra", 2022, "2022-07-01"},
      {"Janmashtami", 2021, "2021-08-30"},           {"Janmashtami", 2022, "2022-08-19"},
      {"Navaratri", 2022, "2022-09-26"},             {"Chhath Puja", 2021, "2021-11-10"},
      {"Guru Nanak Jayanti", 2017, "2017-11-04"},    {"Guru Nanak Jayanti", 2023, "2023-11-27"},
      {"Guru Ravidas Jayanti", 2022, "2022-02-16"},  {"Guru Gobind Singh Jayanti", 2021, "2021-01-20"},
      {"Akshaya Tritiya", 2022, "2022-05-03"},       {"Govardhan Puja", 2021, "2021-11-05"},
      {"Valmiki Jayanti", 2021, "2021-10-20"},       {"Valmiki Jayanti", 2023, "2023-10-28"},
  });
}

// Holi is the first day of the dark half, the day after the full moon's bonfire (Holika
// Dahan): in 2016 and 2023 the full moon ran to the second evening, in 2022 and 2024 it
// ended by noon.
TEST_CASE("a festival whose rite has its hour falls on the day its lunar day prevails then", "[timex]") {
  check_festivals({
      {"Holi", 2016, "2016-03-24"},               {"Holi", 2022, "2022-03-18"},
      {"Dhulandi", 2023, "2023-03-08"},           {"Holi", 2024, "2024-03-25"},
      {"Holika Dahan", 2016, "2016-03-23"},       {"Holika Dahan", 2023, "2023-03-07"},
      {"Maha Shivaratri", 2018, "2018-02-13"},    {"Mahashivratri", 2022, "2022-03-01"},
      {"Ram Navami", 2021, "2021-04-21"},         {"Ganesh Chaturthi", 2017, "2017-08-25"},
      {"Ganesh Chaturthi", 2024, "2024-09-07"},   {"Raksha Bandhan", 2021, "2021-08-22"},
      {"Dussehra", 2022, "2022-10-05"},           {"Vijayadashami", 2020, "2020-10-25"},
      {"Bhai Dooj", 2021, "2021-11-06"},
  });
}

// Dhanteras and Karva Chauth fall on the later of two evenings their lunar day holds.
TEST_CASE("an evening festival whose lunar day holds two evenings falls on the later", "[timex]") {
  check_festivals({
      {"Dhanteras", 2016, "2016-10-28"},
      {"Dhanteras", 2020, "2020-11-13"},
      {"Dhanteras", 2022, "2022-10-23"},
      {"Karva Chauth", 2016, "2016-10-19"},
      {"Karva Chauth", 2021, "2021-10-24"},
  });
}

// 2020 had a leap Ashwin (from the new moon of 2020-09-17) and 2023 a leap Shravana (from
// 2023-07-17): the festivals of those months fell a month after their usual season.
TEST_CASE("a lunar month in which the sun enters no sign is a leap month festivals skip", "[timex]") {
  check_festivals({
      {"Navaratri", 2020, "2020-10-17"},
      {"Raksha Bandhan", 2023, "2023-08-30"},
      {"Dussehra", 2023, "2023-10-24"},
  });
}

TEST_CASE("a festival of the sun's sidereal entry falls on or beside the day it enters", "[timex]") {
  check_festivals({
      {"Vaisakhi", 2019, "2019-04-14"},
      {"Baisakhi", 2023, "2023-04-14"},
      {"Lohri", 2021, "2021-01-13"},
      {"Bhogi", 2023, "2023-01-14"},
      {"Mattu Pongal", 2024, "2024-01-16"},
  });
}

TEST_CASE("a lunar festival is resolved against the story's date and tense", "[timex]") {
  check_cases({
      {"Holi", "2023-05-10", P, "2023-03-08"},
      {"Dhanteras", "2021-06-01", F, "2021-11-02"},
      {"Chhath", kNoDct, U, "XXXX-XX-XX"},
  });
}

// The Parsi new year of the Shahenshahi calendar, a year of 365 days: 2021-08-16,
// 2024-08-15 and 2025-08-15 in the Government of India's lists.
TEST_CASE("a new year of a calendar without leap days drifts a day every four years", "[timex]") {
  check_festivals({
      {"Parsi New Year", 2021, "2021-08-16"},
      {"Parsi New Year", 2024, "2024-08-15"},
      {"Parsi New Year", 2025, "2025-08-15"},
  });
}

TEST_CASE("Onam falls on the day of Chingam whose sunrise finds the moon in Shravana, the second when there are two", "[timex]") {
  check_festivals({
      {"Onam", 2015, "2015-08-28"},
      {"Thiruvonam", 2017, "2017-09-04"},
      {"Onam", 2019, "2019-09-11"},
      {"Thiru Onam", 2021, "2021-08-21"},
      {"Onam", 2023, "2023-08-29"},
      {"Onam", 2024, "2024-09-15"},
  });
}
