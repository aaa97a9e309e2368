// Calendar arithmetic and the TIMEX3 date formats. Tested by timex_perf_test.cc and,
// through the values, resolver_test.cc.
#include "calendar.h"

#include <cstdio>

namespace dossier::timex::calendar {

int64_t days_from_civil(Ymd t) {
  int y = t.y - (t.m <= 2);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (t.m + (t.m > 2 ? -3 : 9)) + 2) / 5 + t.d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd civil_from_days(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Ymd{static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

Ymd add_days(Ymd t, int64_t n) { return civil_from_days(days_from_civil(t) + n); }

int iso_weekday(Ymd t) {  // 1 = Monday
  int64_t z = days_from_civil(t);
  return static_cast<int>(((z % 7) + 7 + 3) % 7) + 1;
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

namespace {

// Zero-padded decimal digits of V (0 <= V < 10^width) at OUT.
void put_digits(char* out, int v, int width) {
  for (int k = width - 1; k >= 0; --k, v /= 10) out[k] = static_cast<char>('0' + v % 10);
}

}  // namespace

// Fields in range are written by hand, anything else (a negative year) goes through
// snprintf; tested against snprintf in timex_perf_test.cc.
std::string fmt_date(Ymd t) {
  if (t.y >= 0 && t.y <= 9999 && t.m >= 0 && t.m <= 99 && t.d >= 0 && t.d <= 99) {
    std::string out(10, '-');
    put_digits(&out[0], t.y, 4);
    put_digits(&out[5], t.m, 2);
    put_digits(&out[8], t.d, 2);
    return out;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.y, t.m, t.d);
  return buf;
}
std::string fmt_month(int y, int m) {
  if (y >= 0 && y <= 9999 && m >= 0 && m <= 99) {
    std::string out(7, '-');
    put_digits(&out[0], y, 4);
    put_digits(&out[5], m, 2);
    return out;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}
std::string fmt_year(int y) {
  if (y >= 0 && y <= 9999) {
    std::string out(4, '0');
    put_digits(&out[0], y, 4);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}
std::string fmt_week(Ymd t) {
  // ISO week: the week belongs to the year of its Thursday.
  Ymd thu = add_days(t, 4 - iso_weekday(t));
  int week = static_cast<int>((days_from_civil(thu) - days_from_civil(Ymd{thu.y, 1, 1})) / 7) + 1;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", thu.y, week);
  return buf;
}

// The plain YYYY-MM-DD form is read by hand, anything else by sscanf; tested against
// sscanf in timex_perf_test.cc.
std::optional<Ymd> parse_ymd(std::string_view s) {
  if (s.size() < 10) return std::nullopt;
  Ymd t;
  auto digit = [&](size_t k) { return s[k] >= '0' && s[k] <= '9'; };
  auto number = [&](size_t from, size_t len) {
    int v = 0;
    for (size_t k = from; k < from + len; ++k) v = v * 10 + (s[k] - '0');
    return v;
  };
  if (digit(0) && digit(1) && digit(2) && digit(3) && s[4] == '-' && digit(5) && digit(6) && s[7] == '-' && digit(8) &&
      digit(9)) {
    t = Ymd{number(0, 4), number(5, 2), number(8, 2)};
  } else {
    std::string copy(s);
    if (std::sscanf(copy.c_str(), "%4d-%2d-%2d", &t.y, &t.m, &t.d) != 3) return std::nullopt;
  }
  if (t.m < 1 || t.m > 12 || t.d < 1 || t.d > days_in_month(t.y, t.m)) return std::nullopt;
  return t;
}

}  // namespace dossier::timex::calendar
