// The Hindu lunisolar calendar as festival lists keep it: the lunar day (tithi) from the
// longitudes of the moon and the sun (J. Meeus, Astronomical Algorithms, ch. 47 and 25),
// the amanta lunar month (new moon to new moon) named by the sidereal sign the sun stands
// in at its first new moon, a month in which the sun enters no sign being the leap (adhika)
// month, and the civil day kept for a lunar day: the one on which it prevails at sunrise in
// Ujjain, or at the hour of day its rite asks for. Tested by tithi_test.cc.
#include <cmath>
#include <cstdint>

#include "calendar.h"

namespace dossier::timex::calendar {
namespace {

constexpr double kIndia = 5.5;  // India's time, hours ahead of UTC
constexpr double kUjjainLat = 23.18, kUjjainLon = 75.77;

double wrap(double deg) {
  double d = std::fmod(deg, 360.0);
  return d < 0 ? d + 360.0 : d;
}

// The periodic terms of the moon's longitude larger than 0.002 degree (Meeus, table 47.A):
// multiples of D, M, M', F and the coefficient in millionths of a degree.
struct Term {
  signed char d, m, mp, f;
  int coeff;
};
constexpr Term kTerms[] = {
    {0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314}, {0, 0, 2, 0, 213618},
    {0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332},  {2, 0, -2, 0, 58793}, {2, -1, -1, 0, 57066},
    {2, 0, 1, 0, 53322},   {2, -1, 0, 0, 45758},   {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
    {0, 1, 1, 0, -30383},  {2, 0, 0, -2, 15327},   {0, 0, 1, 2, -12528}, {0, 0, 1, -2, 10980},
    {4, 0, -1, 0, 10675},  {0, 0, 3, 0, 10034},    {4, 0, -2, 0, 8548},  {2, 1, -1, 0, -7888},
    {2, 1, 0, 0, -6766},   {1, 0, -1, 0, -5163},   {1, 1, 0, 0, 4987},   {2, -1, 1, 0, 4036},
    {2, 0, 2, 0, 3994},    {4, 0, 0, 0, 3861},     {2, 0, -3, 0, 3665},  {0, 1, -2, 0, -2689},
    {2, 0, -1, 2, -2602},  {2, -1, -2, 0, 2390},   {1, 0, 1, 0, -2348},  {2, -2, 0, 0, 2236},
    {0, 1, 2, 0, -2120},   {0, 2, 0, 0, -2069},
};

// The moon's elongation from the sun in degrees [0, 360): 12 degrees to a lunar day.
double elongation(double jd) { return wrap(moon_longitude(jd) - sun_longitude(jd)); }

// The moment the elongation reaches DEG, searched from JD onwards (it grows 10-15 degrees a
// day, so steps at the mean rate converge within a second in a dozen rounds).
double moment_of(double deg, double jd) {
  for (int i = 0; i < 12; ++i) {
    double d = std::fmod(deg - elongation(jd) + 540.0, 360.0) - 180.0;
    if (d < -180.0) d += 360.0;
    jd += d / (360.0 / kSynodicMonth);
  }
  return jd;
}

// The sidereal sign (0 = Aries ... 11 = Pisces) the sun stands in at JD.
int sidereal_sign(double jd) { return static_cast<int>(wrap(sun_longitude(jd) - ayanamsa(jd)) / 30.0) % 12; }

// Sunrise at Ujjain on day D (since 1970-01-01), in hours of India's time: the sun's
// declination and the equation of time from its longitude, the upper limb at the horizon
// with refraction (-0.833 degrees).
double sunrise_hour(int64_t d) {
  double jd = static_cast<double>(d) + kUnixEpochJd + (6.0 - kIndia) / 24;
  double lon = sun_longitude(jd), eps = rad(23.4393);
  double decl = std::asin(std::sin(eps) * std::sin(rad(lon)));
  double ra = std::atan2(std::cos(eps) * std::sin(rad(lon)), std::cos(rad(lon))) * 180.0 / kPi;
  double t = (jd - 2451545.0) / 36525, mean = wrap(280.46646 + 36000.76983 * t);
  double eot = std::fmod(mean - 0.0057183 - wrap(ra) + 540.0, 360.0) - 180.0;  // degrees, 4 minutes each
  double lat = rad(kUjjainLat);
  double cos_h = (std::sin(rad(-0.833)) - std::sin(lat) * std::sin(decl)) / (std::cos(lat) * std::cos(decl));
  double h = std::acos(std::fmax(-1.0, std::fmin(1.0, cos_h))) * 180.0 / kPi;
  double noon = 12.0 + kIndia - kUjjainLon / 15.0 - eot / 15.0;
  return noon - h / 15.0;
}

// The moment (Julian day) of day D's sunrise, or of HOUR India's time on day D.
double moment_on(int64_t d, double hour) {
  double h = hour < 0 ? sunrise_hour(d) : hour;
  return static_cast<double>(d) + kUnixEpochJd + (h - kIndia) / 24;
}

// The lunar month (0 = Chaitra) begun by new moon K: the sun in Pisces at its new moon
// begins Chaitra, the month in which it enters Aries.
int month_name(int64_t k) { return (sidereal_sign(new_moon(k)) + 1) % 12; }
bool is_leap_month(int64_t k) { return sidereal_sign(new_moon(k)) == sidereal_sign(new_moon(k + 1)); }

// The day kept for lunar day TITHI of the month begun by new moon K.
int64_t day_in_month(int64_t k, int tithi, double hour, bool latest) {
  double start = moment_of(12.0 * (tithi - 1), new_moon(k) + (tithi - 1) * kSynodicMonth / 30);
  double end = moment_of(12.0 * tithi, start + kSynodicMonth / 30);
  int64_t d = static_cast<int64_t>(std::floor(start - kUnixEpochJd)) - 1;
  while (moment_on(d, hour) < start) ++d;
  // A lunar day that begins and ends between two such moments (kshaya) is kept on the
  // civil day it runs through.
  if (moment_on(d, hour) >= end) --d;
  // A lunar day that holds two such moments (vriddhi) is kept on the first, or on the last
  // where its rite avoids the day's first half (bhadra, before a full moon's evening).
  while (latest && moment_on(d + 1, hour) < end) ++d;
  return d;
}

}  // namespace

double moon_longitude(double jd) {
  double t = (jd - 2451545.0) / 36525, t2 = t * t, t3 = t2 * t, t4 = t3 * t;
  double lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t2 + t3 / 538841 - t4 / 65194000;
  double d = 297.8501921 + 445267.1114034 * t - 0.0018819 * t2 + t3 / 545868 - t4 / 113065000;
  double m = 357.5291092 + 35999.0502909 * t - 0.0001536 * t2 + t3 / 24490000;
  double mp = 134.9633964 + 477198.8675055 * t + 0.0087414 * t2 + t3 / 69699 - t4 / 14712000;
  double f = 93.2720950 + 483202.0175233 * t - 0.0036539 * t2 - t3 / 3526000 + t4 / 863310000;
  double e = 1 - 0.002516 * t - 0.0000074 * t2;
  double sum = 3958 * std::sin(rad(119.75 + 131.849 * t)) + 1962 * std::sin(rad(lp - f)) + 318 * std::sin(rad(53.09 + 479264.290 * t));
  for (const Term& x : kTerms) {
    double arg = x.d * d + x.m * m + x.mp * mp + x.f * f;
    double scale = x.m == 0 ? 1.0 : (x.m == 1 || x.m == -1 ? e : e * e);
    sum += x.coeff * scale * std::sin(rad(arg));
  }
  // Nutation in longitude, as in sun_longitude; it cancels in the elongation.
  return wrap(lp + sum / 1e6 - 0.00478 * std::sin(rad(125.04 - 1934.136 * t)));
}

int tithi_at(double jd) { return static_cast<int>(elongation(jd) / 12.0) % 30 + 1; }

int64_t nakshatra_day(int y, double lon, int nakshatra) {
  // Of the days while the sun stands in the sign, the last on whose sunrise the moon enters
  // the lunar mansion (27 of 13 degrees 20 minutes each, sidereal, from Ashvini at 0 Aries):
  // a month that holds it twice keeps the second (Onam 2016 and 2024).
  const int64_t first = sankranti(y, lon), end = sankranti(y, std::fmod(lon + 30.0, 360.0));
  int64_t found = first;
  bool before = false;
  for (int64_t d = first; d < end && d < first + 33; ++d) {
    const double jd = moment_on(d, -1);
    const bool in = static_cast<int>(wrap(moon_longitude(jd) - ayanamsa(jd)) * 27.0 / 360.0) + 1 == nakshatra;
    if (in && !before) found = d;
    before = in;
  }
  return found;
}

int64_t tithi_day(int y, int month, int tithi, double hour, bool latest) {
  if (month < 0 || month > 11 || tithi < 1 || tithi > 30) return days_from_civil(Ymd{y, 1, 1});
  int64_t first = days_from_civil(Ymd{y, 1, 1}), last = days_from_civil(Ymd{y, 12, 31});
  // From the new moon before the first of December of the year before, month by month.
  int64_t k = static_cast<int64_t>(std::floor(static_cast<double>(first - 31 - 10962) / kSynodicMonth)) - 1;
  int64_t found = first;
  bool any = false;
  for (int i = 0; i < 16; ++i, ++k) {
    if (month_name(k) != month || is_leap_month(k)) continue;
    int64_t d = day_in_month(k, tithi, hour, latest);
    if (d >= first && d <= last) return d;
    if (!any) found = d;
    any = true;
  }
  return found;
}

}  // namespace dossier::timex::calendar
