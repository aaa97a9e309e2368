// The Hebrew calendar by its arithmetic rules (E. Reingold and N. Dershowitz, Calendrical
// Calculations, ch. 8): 19-year cycles of 12 and 13 months, the molad of Tishri counted in
// parts (1/25920 of a day), and the postponements that keep Rosh Hashanah off Sunday,
// Wednesday and Friday and keep every year 353-355 or 383-385 days long. Months are
// numbered from Nisan (1) to Adar (12) or Adar II (13); the year begins on 1 Tishri (7).
// Tested by holidays_test.cc.
#include <cstdint>

#include "calendar.h"

namespace dossier::timex::calendar {
namespace {

constexpr int64_t kEpochRd = -1373427;     // 1 Tishri AM 1 (7 October 3761 BCE, Julian)
constexpr int64_t kUnixEpochRd = 719163;   // 1970-01-01 as a day of the proleptic Gregorian count from 0001-01-01 = 1

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int64_t mod(int64_t a, int64_t b) { return a - b * floor_div(a, b); }

bool leap(int64_t y) { return mod(7 * y + 1, 19) < 7; }
int last_month(int64_t y) { return leap(y) ? 13 : 12; }

// Days from the epoch to the molad of Tishri of year Y, a day later when the molad would
// put Rosh Hashanah on Sunday, Wednesday or Friday.
int64_t elapsed_days(int64_t y) {
  int64_t months = floor_div(235 * y - 234, 19);
  int64_t parts = 12084 + 13753 * months;
  int64_t days = 29 * months + floor_div(parts, 25920);
  return mod(3 * (days + 1), 7) < 3 ? days + 1 : days;
}

// The further delay of one or two days that keeps the year, or the one before, within
// its lawful length.
int year_length_correction(int64_t y) {
  int64_t ny0 = elapsed_days(y - 1), ny1 = elapsed_days(y), ny2 = elapsed_days(y + 1);
  if (ny2 - ny1 == 356) return 2;
  if (ny1 - ny0 == 382) return 1;
  return 0;
}

int64_t new_year(int64_t y) { return kEpochRd + elapsed_days(y) + year_length_correction(y); }

int month_length(int64_t y, int m) {
  int64_t len = new_year(y + 1) - new_year(y);
  bool long_heshvan = len % 10 == 5, short_kislev = len % 10 == 3;
  if (m == 2 || m == 4 || m == 6 || m == 10 || m == 13) return 29;
  if (m == 12 && !leap(y)) return 29;
  if (m == 8 && !long_heshvan) return 29;
  if (m == 9 && short_kislev) return 29;
  return 30;
}

}  // namespace

int64_t hebrew_days(int64_t y, int m, int d) {
  if (m == 12 && leap(y)) m = 13;  // Adar's days are kept in Adar II in a leap year
  int64_t rd = new_year(y) + d - 1;
  if (m < 7) {
    for (int k = 7; k <= last_month(y); ++k) rd += month_length(y, k);
    for (int k = 1; k < m; ++k) rd += month_length(y, k);
  } else {
    for (int k = 7; k < m; ++k) rd += month_length(y, k);
  }
  return rd - kUnixEpochRd;
}

Ymd hebrew_in(int y, int m, int d) {
  // The Hebrew year that begins in the autumn of Y is Y + 3761: Tishri to Tevet may fall in
  // Y, the months from Tevet to Elul of the year before in Y too. The first is taken.
  for (int64_t hy : {static_cast<int64_t>(y) + 3760, static_cast<int64_t>(y) + 3761}) {
    Ymd g = civil_from_days(hebrew_days(hy, m, d));
    if (g.y == y) return g;
  }
  return civil_from_days(hebrew_days(static_cast<int64_t>(y) + 3761, m, d));
}

}  // namespace dossier::timex::calendar
