// Holidays and named days (lib/data/timex/holidays.tsv): fixed days, the Nth weekday of a
// month, days counted from Western or Orthodox Easter, days of the Islamic, Hebrew and
// Chinese calendars, the sun's entry into a sidereal sign and the lunar days of Hindu
// months. Tested by holidays_test.cc and tithi_test.cc.
#include <charconv>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <re2/re2.h>

#include "dossier/data.h"
#include "dossier/error.h"
#include "resolver.h"

namespace dossier::timex::resolver {
namespace {

struct Holiday {
  std::unique_ptr<RE2> name;
  // f: fixed, n: nth weekday, e: Easter, o: Orthodox Easter, i: Islamic calendar, h: Hebrew
  // calendar, c: Chinese New Year, s: the sun's entry into a sidereal sign,
  // t: a lunar day of a Hindu lunar month (day 1-30, kept at HOUR, negative: sunrise),
  // y: a day of a year of 365 days (day: days since 1970-01-01 of one such day), k: the day
  // in a sidereal sign's month whose sunrise finds the moon in a lunar mansion
  char kind = 'f';
  int month = 0, day = 0, nth = 0, weekday = 0, offset = 0;
  double hour = -1;
  bool latest = false;
  int before = 0;  // 1-7: the last such weekday before the day the rule gives
  int move[8] = {};  // days a day falling on weekday 1-7 is moved by
  int easter_day = 0, easter_move = 0;  // days a day falling EASTER_DAY days from Easter is moved by
  char kept = 0;  // 'w': a weekend day kept on the nearest weekday, 's': a Sunday on the Saturday before,
                  // 'a': a Saturday on the Sunday after
};

// A whole number cell of rule RULE ("+2", "-1", "09"), or a loading error naming the rule.
int number(std::string_view cell, const std::string& rule) {
  if (!cell.empty() && cell.front() == '+') cell.remove_prefix(1);
  int v = 0;
  auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), v);
  if (cell.empty() || ec != std::errc() || end != cell.data() + cell.size())
    throw Error("timex/holidays.tsv: not a number '" + std::string(cell) + "' in '" + rule + "'");
  return v;
}

// A rule "tithi MONTH PAKSHA DAY [HH:MM] [latest] [D]": the amanta month's name, the bright
// (shukla) or dark (krishna) half, its lunar day 1-15 (15 of the dark half: the new moon).
void parse_tithi(const std::vector<std::string_view>& cells, const std::string& rule, Holiday& x) {
  static const char* const kMonths[] = {"chaitra", "vaishakha", "jyeshtha",     "ashadha", "shravana", "bhadrapada",
                                        "ashwin",  "kartika",   "margashirsha", "pausha",  "magha",    "phalguna"};
  x.kind = 't';
  x.month = -1;
  for (int i = 0; i < 12; ++i)
    if (cells[1] == kMonths[i]) x.month = i;
  int day = number(cells[3], rule);
  if (x.month < 0 || (cells[2] != "shukla" && cells[2] != "krishna") || day < 1 || day > 15)
    throw Error("timex/holidays.tsv: no lunar day '" + rule + "'");
  x.day = cells[2] == "shukla" ? day : day + 15;
  for (size_t i = 4; i < cells.size(); ++i) {
    std::string_view c = cells[i];
    if (c.size() == 5 && c[2] == ':') {
      int hh = number(c.substr(0, 2), rule), mm = number(c.substr(3), rule);
      if (hh < 0 || hh > 30 || mm < 0 || mm > 59) throw Error("timex/holidays.tsv: no hour '" + rule + "'");
      x.hour = hh + mm / 60.0;
    } else if (c == "latest") {
      x.latest = true;
    } else if (!c.empty() && c.find_first_not_of("+-0123456789") == std::string::npos && c.size() < 4) {
      x.offset = number(c, rule);
    } else {
      throw Error("timex/holidays.tsv: no lunar day '" + rule + "'");
    }
  }
}

std::vector<Holiday> compile() {
  std::vector<Holiday> out;
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  for (const auto& h : grammar::tables().holidays) {
    Holiday x;
    x.name = std::make_unique<RE2>("\\b(?:" + h.pattern + ")\\b", o);
    if (!x.name->ok()) throw Error("timex/holidays.tsv: " + h.pattern + ": " + x.name->error());
    auto cells = data::split(h.rule, ' ');
    for (size_t i = 1; i < cells.size(); ++i) {
      if (cells[i] != "move") continue;
      // "move WD:D ...": a day on weekday WD is kept D days on.
      for (size_t j = i + 1; j < cells.size(); ++j) {
        std::string_view c = cells[j];
        int wd = c.size() >= 3 && c[1] == ':' ? number(c.substr(0, 1), h.rule) : 0;
        if (wd < 1 || wd > 7) throw Error("timex/holidays.tsv: no weekday's move '" + h.rule + "'");
        x.move[wd] = number(c.substr(2), h.rule);
      }
      cells.resize(i);
      break;
    }
    if (cells.size() >= 3 && cells[cells.size() - 2] == "off-easter") {
      // "off-easter E:D": a day E days from Easter is kept D days on.
      std::string_view c = cells.back();
      size_t colon = c.find(':');
      if (colon == std::string_view::npos) throw Error("timex/holidays.tsv: no Easter move '" + h.rule + "'");
      x.easter_day = number(c.substr(0, colon), h.rule);
      x.easter_move = number(c.substr(colon + 1), h.rule);
      cells.resize(cells.size() - 2);
    }
    if (cells.size() >= 3 && cells[cells.size() - 2] == "before") {
      x.before = number(cells.back(), h.rule);
      if (x.before < 1 || x.before > 7) throw Error("timex/holidays.tsv: no weekday '" + h.rule + "'");
      cells.resize(cells.size() - 2);
    }
    if (cells[0] == "nth" && cells.size() >= 4) {
      x.kind = 'n';
      x.nth = number(cells[1], h.rule);
      x.weekday = number(cells[2], h.rule);
      x.month = number(cells[3], h.rule);
      x.offset = cells.size() > 4 ? number(cells[4], h.rule) : 0;
    } else if ((cells[0] == "easter" || cells[0] == "orthodox") && cells.size() == 2) {
      x.kind = cells[0] == "easter" ? 'e' : 'o';
      x.offset = number(cells[1], h.rule);
    } else if (cells[0] == "every365" && cells.size() == 2) {
      auto day = calendar::parse_ymd(cells[1]);
      if (!day) throw Error("timex/holidays.tsv: no day '" + h.rule + "'");
      x.kind = 'y';
      x.day = static_cast<int>(calendar::days_from_civil(*day));
    } else if (cells[0] == "chinese" && cells.size() == 2) {
      x.kind = 'c';
      x.offset = number(cells[1], h.rule);
    } else if (cells[0] == "islamic" && cells.size() == 3) {
      x.kind = 'i';
      x.month = number(cells[1], h.rule);
      x.day = number(cells[2], h.rule);
    } else if (cells[0] == "sankranti" && (cells.size() == 2 || cells.size() == 3)) {
      x.kind = 's';
      x.month = number(cells[1], h.rule);  // the sign's first degree
      x.offset = cells.size() == 3 ? number(cells[2], h.rule) : 0;
      if (x.month < 0 || x.month >= 360 || x.month % 30 != 0) throw Error("timex/holidays.tsv: no sign '" + h.rule + "'");
    } else if (cells[0] == "nakshatra" && cells.size() == 3) {
      x.kind = 'k';
      x.month = number(cells[1], h.rule);  // the sign's first degree
      x.day = number(cells[2], h.rule);    // the lunar mansion
      if (x.month < 0 || x.month >= 360 || x.month % 30 != 0 || x.day < 1 || x.day > 27)
        throw Error("timex/holidays.tsv: no sign or mansion '" + h.rule + "'");
    } else if (cells[0] == "tithi" && cells.size() >= 4 && cells.size() <= 7) {
      parse_tithi(cells, h.rule, x);
    } else if (cells[0] == "hebrew" && (cells.size() == 3 || (cells.size() == 4 && cells[3] == "not-saturday"))) {
      x.kind = 'h';
      x.month = number(cells[1], h.rule);
      x.day = number(cells[2], h.rule);
      if (cells.size() == 4) x.kept = 'a';
      if (x.month < 1 || x.month > 12 || x.day < 1 || x.day > 30) throw Error("timex/holidays.tsv: no Hebrew day '" + h.rule + "'");
    } else if ((cells.size() == 1 || (cells.size() == 2 && (cells[1] == "weekday" || cells[1] == "not-sunday"))) &&
               cells[0].size() == 5 && cells[0][2] == '-') {
      x.month = number(cells[0].substr(0, 2), h.rule);
      x.day = number(cells[0].substr(3), h.rule);
      if (cells.size() == 2) x.kept = cells[1] == "weekday" ? 'w' : 's';
    } else {
      throw Error("timex/holidays.tsv: no rule '" + h.rule + "'");
    }
    out.push_back(std::move(x));
  }
  return out;
}

const std::vector<Holiday>& holidays() {
  static const std::vector<Holiday> h = compile();
  return h;
}

// Western Easter Sunday of year Y (the anonymous Gregorian algorithm, Meeus).
Ymd easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Ymd{y, month, day};
}

// Orthodox Easter Sunday of year Y: the Julian computus (Meeus), its Julian date moved to
// the Gregorian calendar (13 days from 1900 to 2099, one less a century before or after).
Ymd orthodox_easter(int y) {
  int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  int shift = y / 100 - y / 400 - 2;
  return add_days(Ymd{y, month, day}, shift);
}

// Days since 1970-01-01 of day D of month M of Islamic year Y: the month found by the
// tabular (arithmetic) calendar with the astronomical epoch (Julian day 1948439), its first
// day by the new moon, which the tabular calendar misses by a day or two.
int64_t islamic_days(int64_t y, int m, int d) {
  int64_t jd = (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y) / 30 + 1948439;
  return calendar::islamic_month_start(jd - 2440587) + d - 1;
}

// The first day D of Islamic month M that falls in Gregorian year Y (an Islamic year is
// 11 days shorter, so one Gregorian year may hold the day twice; the first is taken).
Ymd islamic_in(int y, int m, int d) {
  int64_t guess = (static_cast<int64_t>(y) - 622) * 33 / 32;
  for (int64_t iy = guess - 2; iy <= guess + 2; ++iy) {
    Ymd g = calendar::civil_from_days(islamic_days(iy, m, d));
    if (g.y == y) return g;
  }
  return calendar::civil_from_days(islamic_days(guess, m, d));
}

Ymd rule_day(const Holiday& h, int y) {
  switch (h.kind) {
    case 'c': return add_days(calendar::chinese_new_year(y), h.offset);
    case 'y': {
      // The first day of year Y that is a whole number of 365-day years from the one given.
      int64_t first = calendar::days_from_civil(Ymd{y, 1, 1}), k = first - h.day;
      int64_t years = k >= 0 ? (k + 364) / 365 : -(-k / 365);
      return calendar::civil_from_days(h.day + 365 * years);
    }
    case 'i': return islamic_in(y, h.month, h.day);
    case 't': return add_days(calendar::civil_from_days(calendar::tithi_day(y, h.month, h.day, h.hour, h.latest)), h.offset);
    case 's': return add_days(calendar::civil_from_days(calendar::sankranti(y, h.month)), h.offset);
    case 'k': return calendar::civil_from_days(calendar::nakshatra_day(y, h.month, h.day));
    case 'h': {
      // A fast that falls on the Sabbath is kept the next day ("not-saturday").
      Ymd day = calendar::hebrew_in(y, h.month, h.day);
      return h.kept == 'a' && iso_weekday(day) == 6 ? add_days(day, 1) : day;
    }
    case 'e': return add_days(easter(y), h.offset);
    case 'o': return add_days(orthodox_easter(y), h.offset);
    case 'n': {
      Ymd first{y, h.month, 1};
      int shift = (h.weekday - iso_weekday(first) + 7) % 7;
      Ymd day = add_days(first, shift + 7 * (h.nth - 1));
      if (h.nth < 0) {
        Ymd last{y, h.month, days_in_month(y, h.month)};
        day = add_days(last, -((iso_weekday(last) - h.weekday + 7) % 7));
      }
      return add_days(day, h.offset);
    }
    default: {
      Ymd day{y, h.month, std::min(h.day, days_in_month(y, h.month))};
      int wd = iso_weekday(day);
      if (h.kept == 'w' && wd >= 6) return add_days(day, wd == 6 ? -1 : 1);
      if (h.kept == 's' && wd == 7) return add_days(day, -1);
      return day;
    }
  }
}

Ymd in_year(const Holiday& h, int y) {
  Ymd day = rule_day(h, y);
  day = add_days(day, h.move[iso_weekday(day)]);
  if (h.easter_move && calendar::days_from_civil(day) == calendar::days_from_civil(easter(y)) + h.easter_day)
    day = add_days(day, h.easter_move);
  if (!h.before) return day;
  return add_days(day, -((iso_weekday(day) - h.before + 6) % 7 + 1));
}

// The year a holiday's words name: "1998", or "1998's" before the name (either apostrophe).
std::optional<int> named_year(const std::vector<std::string>& w) {
  if (auto y = year_in(w)) return y;
  for (const auto& x : w) {
    std::string_view s(x);
    for (std::string_view tail : {"'s", "\xE2\x80\x99s"})
      if (s.size() == 4 + tail.size() && s.substr(4) == tail) return year_in({std::string(s.substr(0, 4))});
  }
  return std::nullopt;
}

}  // namespace

Result holiday_value(std::string_view text, const std::vector<std::string>& w, const Context& c) {
  // The longest name that matches: "Easter Monday" over "Easter", "black Friday" alone.
  const Holiday* best = nullptr;
  size_t best_len = 0;
  re2::StringPiece input(text.data(), text.size());
  for (const auto& h : holidays()) {
    re2::StringPiece m;
    if (h.name->Match(input, 0, input.size(), RE2::UNANCHORED, &m, 1) && m.size() > best_len) {
      best = &h;
      best_len = m.size();
    }
  }
  if (!best) return std::nullopt;
  std::optional<int> year = named_year(w);
  if (!year) year = relative_year(w, c.dct);
  if (!year && !c.dct) {
    if (best->kind != 'f') return Value{"DATE", "XXXX-XX-XX"};
    std::string v = fmt_date(Ymd{2000, best->month, best->day});
    return Value{"DATE", v.replace(0, 4, "XXXX")};
  }
  // "The march was held on Easter 2015. The next Easter, ...": the first after that period.
  if (!year && follows_named(w, c))
    if (auto end = named_period_end(c)) {
      const int64_t last = calendar::days_from_civil(Ymd{end->y, end->m, calendar::days_in_month(end->y, end->m)});
      year = calendar::days_from_civil(in_year(*best, end->y)) > last ? end->y : end->y + 1;
    }
  if (!year) {
    // "last Easter" is the one before the dct, "next Easter" the one after; a past verb
    // takes the latest up to the dct, a future one the next from it, else the nearest
    // ("Christmas sales" in a January story were last year's).
    const Ymd& d = *c.dct;
    auto dir = direction(w);
    int64_t today = calendar::days_from_civil(d);
    auto at = [&](int y) { return calendar::days_from_civil(in_year(*best, y)); };
    year = d.y;
    // "this Easter" is the coming one, or with a past verb the one just gone.
    bool this_one = dir && *dir == 0;
    if ((dir && *dir < 0) || ((!dir || this_one) && c.tense == Tense::kPast)) {
      bool strict = dir && !this_one;
      if (strict ? at(d.y) >= today : at(d.y) > today) year = d.y - 1;
    } else if ((dir && *dir > 0) || this_one || (!dir && c.tense == Tense::kFuture)) {
      bool strict = dir && !this_one;
      if (strict ? at(d.y) <= today : at(d.y) < today) year = d.y + 1;
    } else {
      for (int y : {d.y - 1, d.y + 1})
        if (std::llabs(at(y) - today) < std::llabs(at(*year) - today)) year = y;
    }
  }
  const Ymd day = in_year(*best, *year);
  // "the Memorial Day weekend", "Easter weekend": the weekend the holiday ends or falls in; a
  // Monday's or a Tuesday's is the one before it.
  if (has(w, "weekend") || has(w, "week-end")) {
    const int wd = calendar::iso_weekday(day);
    return Value{"DATE", calendar::fmt_week(calendar::add_days(day, wd <= 2 ? -7 : 0)) + "-WE"};
  }
  return Value{"DATE", fmt_date(day)};
}

}  // namespace dossier::timex::resolver
