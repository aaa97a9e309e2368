// Private to the timex module: calendar arithmetic on days since 1970-01-01 (H. Hinnant's
// civil-from-days algorithms) and the TIMEX3 forms of dates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dossier::timex::calendar {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

int64_t days_from_civil(Ymd t);
Ymd civil_from_days(int64_t z);
Ymd add_days(Ymd t, int64_t n);
int iso_weekday(Ymd t);  // 1 = Monday
int days_in_month(int y, int m);

// printf's "%04d-%02d-%02d", "%04d-%02d" and "%04d" (a buffer of 32 bytes for the first).
std::string fmt_date(Ymd t);
std::string fmt_month(int y, int m);
std::string fmt_year(int y);
// The ISO week of T, "2009-W53": the week belongs to the year of its Thursday.
std::string fmt_week(Ymd t);

// The date at the start of S as sscanf's "%4d-%2d-%2d" reads it; nullopt when it does not
// read three numbers or they are no day of the calendar.
std::optional<Ymd> parse_ymd(std::string_view s);

// What the astronomical calendars share (lunisolar.cc, tithi.cc).
inline constexpr double kPi = 3.14159265358979323846;
inline constexpr double kUnixEpochJd = 2440587.5;  // 1970-01-01 00:00 UTC as a Julian day
inline constexpr double kSynodicMonth = 29.530588861;
// DEG degrees in radians.
double rad(double deg);

// The moment of new moon number K (0: that of 2000-01-06) as a Julian day (lunisolar.cc).
double new_moon(int64_t k);
// The sun's apparent longitude in degrees [0, 360) at Julian day JD (lunisolar.cc).
double sun_longitude(double jd);
// Lahiri's ayanamsa in degrees at Julian day JD: sidereal = tropical - ayanamsa (lunisolar.cc).
double ayanamsa(double jd);

// The first day of the Chinese year that begins in Gregorian year Y (lunisolar.cc).
Ymd chinese_new_year(int y);
// The day (since 1970-01-01) in Gregorian year Y on which the sun enters the sidereal sign
// that begins at LON degrees (270: Capricorn), as Indian calendars keep it (lunisolar.cc).
int64_t sankranti(int y, double lon);
// The moon's apparent longitude in degrees [0, 360) at Julian day JD (tithi.cc).
double moon_longitude(double jd);
// The lunar day (tithi, 1-30: 1-15 the bright half, 15 the full moon, 30 the new moon)
// prevailing at Julian day JD (tithi.cc).
int tithi_at(double jd);
// The day (since 1970-01-01) in Gregorian year Y kept for lunar day TITHI (1-30) of the
// amanta lunar month MONTH (0 = Chaitra ... 11 = Phalguna, never a leap month): the first
// day on which that lunar day prevails at HOUR (India's time; negative: sunrise at Ujjain),
// or the day before when it begins and ends between two such moments; LATEST: the last day on
// which it prevails at HOUR (tithi.cc).
int64_t tithi_day(int y, int month, int tithi, double hour, bool latest = false);

// The day (since 1970-01-01), while the sun stands in the sidereal sign that begins at LON
// degrees (entered in Gregorian year Y), whose sunrise in Ujjain first finds the moon in lunar
// mansion NAKSHATRA (1 = Ashvini ... 27 = Revati); of two such, the second, as Kerala keeps
// Onam (tithi.cc).
int64_t nakshatra_day(int y, double lon, int nakshatra);

// The first day (since 1970-01-01) of the Islamic month whose tabular first day is GUESS,
// from the new moon and its sighting in Mecca (lunisolar.cc).
int64_t islamic_month_start(int64_t guess);

// Days since 1970-01-01 of day D of month M (1 = Nisan, 7 = Tishri, 12 = Adar, kept in Adar II
// in a leap year) of Hebrew year Y (hebrew.cc).
int64_t hebrew_days(int64_t y, int m, int d);
// The first day D of Hebrew month M that falls in Gregorian year Y.
Ymd hebrew_in(int y, int m, int d);

}  // namespace dossier::timex::calendar
