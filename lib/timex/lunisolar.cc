// The Chinese lunisolar calendar's new year, from the moments of new moon and of the sun's
// major solar terms (J. Meeus, Astronomical Algorithms, ch. 25 and 49), reckoned in China's
// time (UTC+8); and the first day of an Islamic month from the same new moons. Tested by
// holidays_test.cc.
#include <cmath>
#include <cstdint>

#include "calendar.h"

namespace dossier::timex::calendar {
namespace {

constexpr double kTropicalYear = 365.2422;

}  // namespace

double rad(double deg) { return std::fmod(deg, 360.0) * kPi / 180.0; }

// The moment of new moon number K (0: that of 2000-01-06) as a Julian Ephemeris Day, from
// the mean lunation and its largest periodic terms (ch. 49; within minutes of the truth).
double new_moon(int64_t k) {
  double kd = static_cast<double>(k), t = kd / 1236.85;
  double jde = 2451550.09766 + kSynodicMonth * kd + 0.00015437 * t * t;
  double e = 1 - 0.002516 * t, m = rad(2.5534 + 29.10535670 * kd), mp = rad(201.5643 + 385.81693528 * kd);
  double f = rad(160.7108 + 390.67050284 * kd), om = rad(124.7746 - 1.56375588 * kd);
  return jde - 0.40720 * std::sin(mp) + 0.17241 * e * std::sin(m) + 0.01608 * std::sin(2 * mp) + 0.01039 * std::sin(2 * f) +
         0.00739 * e * std::sin(mp - m) - 0.00514 * e * std::sin(mp + m) + 0.00208 * e * e * std::sin(2 * m) -
         0.00111 * std::sin(mp - 2 * f) - 0.00057 * std::sin(mp + 2 * f) + 0.00056 * e * std::sin(2 * mp + m) -
         0.00042 * std::sin(3 * mp) + 0.00042 * e * std::sin(m + 2 * f) + 0.00038 * e * std::sin(m - 2 * f) -
         0.00024 * e * std::sin(2 * mp - m) - 0.00017 * std::sin(om);
}

// The sun's apparent longitude in degrees [0, 360) at Julian day JD (ch. 25, to 0.01 degree).
double sun_longitude(double jd) {
  double t = (jd - 2451545.0) / 36525;
  double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
  double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(m) + (0.019993 - 0.000101 * t) * std::sin(2 * m) +
             0.000289 * std::sin(3 * m);
  double lon = std::fmod(l0 + c - 0.00569 - 0.00478 * std::sin(rad(125.04 - 1934.136 * t)), 360.0);
  return lon < 0 ? lon + 360.0 : lon;
}

namespace {

// The moment near JD when the sun's longitude is LON degrees (Newton's steps).
double solar_term(double lon, double jd) {
  for (int i = 0; i < 6; ++i) {
    double d = std::fmod(lon - sun_longitude(jd) + 540.0, 360.0) - 180.0;
    if (d < -180.0) d += 360.0;
    jd += d * kTropicalYear / 360.0;
  }
  return jd;
}

// The day (since 1970-01-01) in China's time of moment JD.
int64_t china_day(double jd) { return static_cast<int64_t>(std::floor(jd - kUnixEpochJd + 8.0 / 24)); }
int64_t new_moon_day(int64_t k) { return china_day(new_moon(k)); }

// The number of the new moon that begins the month holding day D.
int64_t month_of(int64_t d) {
  int64_t k = static_cast<int64_t>(std::floor(static_cast<double>(d - 10962) / kSynodicMonth)) + 1;  // 10962: 2000-01-06
  while (new_moon_day(k) > d) --k;
  while (new_moon_day(k + 1) <= d) ++k;
  return k;
}

// Whether the month begun by new moon K holds a major solar term (a multiple of 30 degrees).
bool has_major_term(int64_t k) {
  int64_t first = new_moon_day(k), next = new_moon_day(k + 1);
  double start = static_cast<double>(first) + kUnixEpochJd - 8.0 / 24;  // midnight in China
  double lon = sun_longitude(start);
  double term = (std::floor(lon / 30.0) + 1) * 30.0;
  double at = solar_term(std::fmod(term, 360.0), start + (term - lon) * kTropicalYear / 360.0);
  return china_day(at) < next;
}

// The day of the winter solstice of Gregorian year Y, in China's time.
int64_t winter_solstice(int y) {
  return china_day(solar_term(270.0, static_cast<double>(days_from_civil(Ymd{y, 12, 21})) + kUnixEpochJd));
}

}  // namespace

// The month holding the winter solstice is the eleventh; the new year begins the second month
// after it, unless one of those two is the leap month: when thirteen months begin between one
// solstice's month and the next, the first that holds no major solar term is the leap month.
Ymd chinese_new_year(int y) {
  int64_t k11 = month_of(winter_solstice(y - 1)), next11 = month_of(winter_solstice(y));
  int64_t k = k11 + 2;
  if (next11 - k11 == 13 && (!has_major_term(k11 + 1) || !has_major_term(k11 + 2))) ++k;
  return civil_from_days(new_moon_day(k));
}

// Lahiri's ayanamsa in degrees at Julian day JD: the sidereal zodiac of Indian calendars
// trails the tropical one by 23.853 degrees at 2000.0, 50.29 arc seconds more each year.
double ayanamsa(double jd) { return 23.853 + (jd - 2451545.0) / 365.25 * 50.29 / 3600.0; }

// The day (since 1970-01-01) in India's time (UTC+5:30) that the sun enters the sidereal sign
// beginning at LON degrees in Gregorian year Y (its tropical longitude near LON + 24); the
// next day when it enters after sunset (taken at 18:00), as Makar Sankranti is kept.
int64_t sankranti(int y, double lon) {
  double guess = static_cast<double>(days_from_civil(Ymd{y, 1, 1})) + kUnixEpochJd + std::fmod(lon + 24.0 + 80.0, 360.0) * kTropicalYear / 360.0;
  double at = guess;
  for (int i = 0; i < 3; ++i) at = solar_term(std::fmod(lon + ayanamsa(at), 360.0), at);
  double local = at - kUnixEpochJd + 5.5 / 24;
  int64_t day = static_cast<int64_t>(std::floor(local));
  return local - static_cast<double>(day) < 18.0 / 24 ? day : day + 1;
}

// An Islamic month begins on the evening the new crescent can be seen: the day after the
// conjunction when it falls before sunset in Mecca (UTC+3, sunset taken at 18:00), else the
// day after that, as the Umm al-Qura calendar does (without its moonset condition).
// GUESS is the month's first day by the tabular calendar, never more than two days off.
int64_t islamic_month_start(int64_t guess) {
  int64_t k = static_cast<int64_t>(std::floor(static_cast<double>(guess - 10962) / kSynodicMonth));
  double best = new_moon(k);
  for (int64_t j = k - 1; j <= k + 2; ++j) {
    double jd = new_moon(j);
    if (std::fabs(jd - kUnixEpochJd - static_cast<double>(guess)) < std::fabs(best - kUnixEpochJd - static_cast<double>(guess))) best = jd;
  }
  double local = best - kUnixEpochJd + 3.0 / 24;
  int64_t day = static_cast<int64_t>(std::floor(local));
  return local - static_cast<double>(day) < 18.0 / 24 ? day + 1 : day + 2;
}

}  // namespace dossier::timex::calendar
