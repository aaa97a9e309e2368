// Normalization of temporal expressions against the document creation time (TimeML
// TIMEX3 values), tense from the nearest verb, and the document's timexes layer.
// Tested by timex_test.cc (table-driven: expression, dct, tense, expected value).
#include "dossier/timex.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "dossier/utf8.h"
#include "timex_calendar.h"
#include "timex_grammar.h"

namespace dossier::timex {
namespace {

using grammar::lower;
using grammar::tables;
using grammar::words;

using calendar::add_days;
using calendar::days_from_civil;
using calendar::days_in_month;
using calendar::fmt_date;
using calendar::fmt_month;
using calendar::fmt_week;
using calendar::fmt_year;
using calendar::iso_weekday;
using calendar::parse_ymd;
using calendar::Ymd;

std::optional<Ymd> parse_dct(const std::optional<std::string>& dct) {
  if (!dct) return std::nullopt;
  return parse_ymd(*dct);
}

bool has(const std::vector<std::string>& w, std::string_view word) {
  return std::find(w.begin(), w.end(), word) != w.end();
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Leading digits of a token ("5th" -> 5), or -1.
int leading_number(std::string_view s) {
  int n = 0, k = 0;
  while (k < static_cast<int>(s.size()) && s[k] >= '0' && s[k] <= '9' && k < 5) n = n * 10 + (s[k++] - '0');
  return k ? n : -1;
}

// The number at words[i...]: digits, a number word, "twenty five", "two and a half".
// Sets vague when the quantity is a word like "several". Returns the index after it.
size_t read_number(const std::vector<std::string>& w, size_t i, double& value, bool& vague) {
  const auto& t = tables();
  value = 0;
  vague = false;
  if (i >= w.size()) return i;
  std::string tok = w[i];
  tok.erase(std::remove(tok.begin(), tok.end(), ','), tok.end());
  if (!tok.empty() && (std::isdigit(static_cast<unsigned char>(tok[0])) != 0)) {
    value = std::atof(tok.c_str());
    ++i;
  } else if (auto it = t.numbers.find(tok); it != t.numbers.end()) {
    value = it->second;
    ++i;
    if (i < w.size() && value >= 20 && value < 100) {
      auto next = t.numbers.find(w[i]);
      if (next != t.numbers.end() && next->second < 10 && w[i] != "a" && w[i] != "an") {
        value += next->second;
        ++i;
      }
    }
  } else if (std::find(t.vague_numbers.begin(), t.vague_numbers.end(), tok) != t.vague_numbers.end()) {
    vague = true;
    return i + 1;
  } else {
    return i;
  }
  if (i + 2 < w.size() && w[i] == "and" && (w[i + 1] == "a" || w[i + 1] == "one") && w[i + 2] == "half") {
    value += 0.5;
    i += 3;
  }
  return i;
}

std::string number_text(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(std::llround(v)));
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

// Direction words: -1 last/previous/past, +1 next/coming/following, 0 this/current.
std::optional<int> direction(const std::vector<std::string>& w) {
  for (const auto& x : w) {
    if (x == "last" || x == "previous" || x == "past" || x == "yesterday") return -1;
    if (x == "next" || x == "coming" || x == "following" || x == "tomorrow") return 1;
    if (x == "this" || x == "current") return 0;
  }
  return std::nullopt;
}

std::optional<int> year_in(const std::vector<std::string>& w) {
  for (const auto& x : w)
    if (x.size() == 4 && all_digits(x)) return std::stoi(x);
  return std::nullopt;
}

// The year named relatively: "of next year" -> dct.y + 1.
std::optional<int> relative_year(const std::vector<std::string>& w, const std::optional<Ymd>& dct) {
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i + 1] != "year" || !dct) continue;
    if (w[i] == "next") return dct->y + 1;
    if (w[i] == "last" || w[i] == "previous") return dct->y - 1;
    if (w[i] == "this" || w[i] == "the" || w[i] == "current") return dct->y;
  }
  return std::nullopt;
}

std::optional<std::string> part_of_day(const std::vector<std::string>& w) {
  for (const auto& x : w)
    if (auto it = tables().parts.find(x); it != tables().parts.end()) return it->second;
  return std::nullopt;
}

// The weekday WD nearest to the dct in the direction the tense or a direction word gives.
std::optional<Ymd> resolve_weekday(int wd, const Ymd& dct, Tense tense, std::optional<int> dir) {
  int today = iso_weekday(dct);
  if (dir && *dir == 0) return add_days(dct, wd - today);  // this Friday: the current ISO week
  if (dir && *dir < 0) return add_days(dct, -(((today - wd) + 6) % 7 + 1));  // strictly before
  if (dir && *dir > 0) return add_days(dct, ((wd - today) + 6) % 7 + 1);     // strictly after
  // News: a past verb points back ("told ... on Thursday", which may be the dct itself);
  // a present or future one ahead ("kicks off Friday", "will speak Saturday").
  if (tense == Tense::kPresent || tense == Tense::kFuture) return add_days(dct, ((wd - today) + 7) % 7);
  return add_days(dct, -(((today - wd) + 7) % 7));
}

// The year of a month (and day) without a year: for a past verb the last such date up to
// the dct, for a future one the next from it, else the one nearest to the dct.
int resolve_year(int m, int d, const Ymd& dct, Tense tense) {
  int key = m * 100 + d, now = dct.m * 100 + (d ? dct.d : 0);
  if (tense == Tense::kPast) return key > now ? dct.y - 1 : dct.y;
  if (tense == Tense::kFuture) return key < now ? dct.y + 1 : dct.y;
  int64_t today = days_from_civil(dct);
  int best = dct.y;
  int64_t best_gap = -1;
  for (int y = dct.y - 1; y <= dct.y + 1; ++y) {
    int64_t gap = std::llabs(days_from_civil(Ymd{y, m, d ? std::min(d, days_in_month(y, m)) : 15}) - today);
    if (best_gap < 0 || gap < best_gap) {
      best_gap = gap;
      best = y;
    }
  }
  return best;
}

struct Context {
  std::optional<Ymd> dct;
  std::optional<Ymd> month_anchor;  // the last month named (day 1), for "the same month a year ago"
  std::optional<Ymd> anchor;  // the last day named before the expression, for "the day before"
  Tense tense = Tense::kUnknown;
  const Options* options = nullptr;
};

using Result = std::optional<Value>;

Result date_value(const std::vector<std::string>& w, const Context& c) {
  const auto& t = tables();
  int month = 0, day = 0;
  std::optional<int> year;
  for (const auto& x : w) {
    if (auto it = t.months.find(x); it != t.months.end() && !month) {
      month = it->second;
    } else if (x.size() == 4 && all_digits(x)) {
      year = std::stoi(x);
    } else if (int n = leading_number(x); n > 0 && n <= 31 && x.size() <= 4) {
      day = n;
    }
  }
  if (!month) return std::nullopt;
  if (day && day > days_in_month(year.value_or(2000), month)) return std::nullopt;
  if (!year) year = relative_year(w, c.dct);  // "October of next year"
  if (!year && c.dct) year = resolve_year(month, day, *c.dct, c.tense);
  if (!year) {
    char buf[32];
    std::snprintf(buf, sizeof buf, day ? "XXXX-%02d-%02d" : "XXXX-%02d", month, day);
    return Value{"DATE", buf};
  }
  return Value{"DATE", day ? fmt_date(Ymd{*year, month, day}) : fmt_month(*year, month)};
}

Result numeric_value(std::string_view s, const Context& c) {
  int a = 0, b = 0, y = 0;
  char tail[8] = {0};
  if (std::sscanf(std::string(s).c_str(), "%d/%d/%d%7s", &a, &b, &y, tail) != 3) return std::nullopt;
  int m = a, d = b;
  if (c.options && c.options->date_order == DateOrder::kDayFirst) std::swap(m, d);
  if (s.size() - s.rfind('/') - 1 == 2) y += y < 50 ? 2000 : 1900;
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Value{"DATE", fmt_date(Ymd{y, m, d})};
}

Result weekday_value(const std::vector<std::string>& w, const Context& c) {
  int wd = 0;
  for (const auto& x : w)
    if (auto it = tables().weekdays.find(x); it != tables().weekdays.end()) wd = it->second;
  if (!wd) return std::nullopt;
  auto part = part_of_day(w);
  std::string value;
  if (c.dct) {
    value = fmt_date(*resolve_weekday(wd, *c.dct, c.tense, direction(w)));
  } else {
    value = "XXXX-WXX-" + std::to_string(wd);
  }
  if (part) return Value{"TIME", value + "T" + *part};
  return Value{"DATE", value};
}

Result day_value(const std::vector<std::string>& w, const Context& c) {
  int offset = 0;
  if (has(w, "yesterday")) offset = -1;
  if (has(w, "tomorrow")) offset = 1;
  if (has(w, "before") || has(w, "previous")) offset -= 1;
  if (has(w, "after") || has(w, "next") || has(w, "following")) offset += 1;
  if (has(w, "last") && part_of_day(w)) offset = -1;  // "last night"
  auto part = part_of_day(w);
  if (has(w, "night") && !has(w, "day")) part = "NI";
  if (has(w, "day") || has(w, "today")) {
    if (!has(w, "morning") && !has(w, "evening") && !has(w, "tonight")) part.reset();
  }
  // "The day before", "the same day" count from the day the text last named, if any.
  bool anchored = !has(w, "today") && !has(w, "yesterday") && !has(w, "tomorrow") && !has(w, "tonight") &&
                  !has(w, "this") && !has(w, "last");
  std::optional<Ymd> base = anchored && c.anchor ? c.anchor : c.dct;
  std::string value = base ? fmt_date(add_days(*base, offset)) : "XXXX-XX-XX";
  if (part) return Value{"TIME", value + "T" + *part};
  return Value{"DATE", value};
}

Result unit_relative(const std::string& unit, int dir, const Context& c) {
  if (!c.dct) {
    if (unit == "week") return Value{"DATE", "XXXX-WXX"};
    if (unit == "weekend") return Value{"DATE", "XXXX-WXX-WE"};
    if (unit == "month") return Value{"DATE", "XXXX-XX"};
    return Value{"DATE", "XXXX"};
  }
  const Ymd& d = *c.dct;
  if (unit == "year") return Value{"DATE", fmt_year(d.y + dir)};
  if (unit == "month") {
    int idx = d.y * 12 + (d.m - 1) + dir;
    return Value{"DATE", fmt_month(idx / 12, idx % 12 + 1)};
  }
  if (unit == "week") return Value{"DATE", fmt_week(add_days(d, 7 * dir))};
  if (unit == "weekend") return Value{"DATE", fmt_week(add_days(d, 7 * dir)) + "-WE"};
  if (unit == "quarter") {
    int idx = d.y * 4 + (d.m - 1) / 3 + dir;
    return Value{"DATE", fmt_year(idx / 4) + "-Q" + std::to_string(idx % 4 + 1)};
  }
  if (unit == "decade") return Value{"DATE", fmt_year(d.y + 10 * dir).substr(0, 3) + "X"};
  if (unit == "century") return Value{"DATE", fmt_year(d.y + 100 * dir).substr(0, 2) + "XX"};
  if (unit == "day") return Value{"DATE", fmt_date(add_days(d, dir))};
  return std::nullopt;
}

Result rel_value(const std::vector<std::string>& w, const Context& c) {
  static const char* kUnits[] = {"weekend", "week", "month", "year", "quarter", "decade", "century"};
  // "the past decade" is a span of ten years rather than the 1990s.
  if ((has(w, "past") || has(w, "last")) && (has(w, "decade") || has(w, "century")))
    return Value{"DURATION", has(w, "decade") ? "P10Y" : "P100Y"};
  for (const char* u : kUnits)
    if (has(w, u)) return unit_relative(u, direction(w).value_or(0), c);
  return std::nullopt;
}

Result relmonth_value(const std::vector<std::string>& w, const Context& c) {
  int month = 0;
  for (const auto& x : w)
    if (auto it = tables().months.find(x); it != tables().months.end()) month = it->second;
  if (!month) return std::nullopt;
  if (!c.dct) return Value{"DATE", fmt_month(0, month).replace(0, 4, "XXXX")};
  int dir = direction(w).value_or(0), y = c.dct->y;
  if (dir < 0 && month >= c.dct->m) y -= 1;
  if (dir > 0 && month <= c.dct->m) y += 1;
  return Value{"DATE", fmt_month(y, month)};
}

const grammar::Unit* unit_of(const std::vector<std::string>& w, std::string* name = nullptr) {
  for (const auto& x : w)
    if (auto it = tables().units.find(x); it != tables().units.end()) {
      if (name) *name = x;
      return &it->second;
    }
  return nullptr;
}

Result ago_value(const std::vector<std::string>& w, const Context& c) {
  std::string uname;
  const grammar::Unit* u = unit_of(w, &uname);
  if (!u) return std::nullopt;
  double n = 0;
  bool vague = false;
  read_number(w, 0, n, vague);
  if (vague || n <= 0 || !c.dct) return Value{"DATE", c.dct && vague ? "PAST_REF" : "XXXX-XX-XX"};
  int64_t k = std::llround(n) * u->multiplier;
  const Ymd& d = *c.dct;
  if (u->time) return Value{"DATE", fmt_date(d)};
  switch (u->letter) {
    case 'D': return Value{"DATE", fmt_date(add_days(d, -k))};
    case 'W': return Value{"DATE", fmt_date(add_days(d, -7 * k))};  // "a week ago": that day
    case 'M': return unit_relative("month", static_cast<int>(-k), c);
    case 'Q': return unit_relative("quarter", static_cast<int>(-k), c);
    default: return Value{"DATE", fmt_year(d.y - static_cast<int>(k))};
  }
}

Result season_value(const std::vector<std::string>& w, const Context& c) {
  const grammar::Season* s = nullptr;
  for (const auto& x : w)
    if (auto it = tables().seasons.find(x); it != tables().seasons.end()) s = &it->second;
  if (!s) return std::nullopt;
  std::optional<int> year = year_in(w);
  if (!year && c.dct) {
    const Ymd& d = *c.dct;
    bool started = d.m >= s->start_month;
    // The season the dct is in, or the one that began most recently.
    int recent = started ? d.y : d.y - 1;
    bool current = (d.y * 12 + d.m) - (recent * 12 + s->start_month) < 3;
    auto dir = direction(w);
    if (dir && *dir < 0) {
      year = current ? recent - 1 : recent;
    } else if (dir && *dir > 0) {
      year = current || !started ? (current ? recent + 1 : d.y) : d.y + 1;
    } else if (dir && *dir == 0) {
      year = current ? recent : (started ? d.y + 1 : d.y);
    } else if (c.tense == Tense::kFuture || (c.tense == Tense::kPresent && !current)) {
      year = current ? recent : (started ? d.y + 1 : d.y);
    } else {
      year = recent;
    }
  }
  return Value{"DATE", (year ? fmt_year(*year) : std::string("XXXX")) + "-" + s->code};
}

Result quarter_value(const std::vector<std::string>& w, const Context& c) {
  bool half = has(w, "half");
  int n = 0;
  for (const auto& x : w) {
    if (x.size() == 2 && (x[0] == 'q') && x[1] >= '1' && x[1] <= '4') n = x[1] - '0';
    if (auto it = tables().ordinals.find(x); it != tables().ordinals.end() && n == 0) n = it->second;
  }
  std::optional<int> year = year_in(w);
  if (!year) year = relative_year(w, c.dct);
  bool of = has(w, "of") || year_in(w);
  if (!of && c.dct && (n == -1 || has(w, "previous") || has(w, "next") || has(w, "this") || has(w, "current"))) {
    int dir = n == -1 || has(w, "previous") ? -1 : has(w, "next") ? 1 : 0;
    if (!half) return unit_relative("quarter", dir, c);
    int idx = c.dct->y * 2 + (c.dct->m - 1) / 6 + dir;
    return Value{"DATE", fmt_year(idx / 2) + "-H" + std::to_string(idx % 2 + 1)};
  }
  if (n == -1) n = half ? 2 : 4;
  if (n <= 0 || (half && n > 2)) return std::nullopt;
  if (!year && c.dct) {
    // "rose in the fourth quarter", said in March: last year's.
    int current = half ? (c.dct->m - 1) / 6 + 1 : (c.dct->m - 1) / 3 + 1;
    year = c.dct->y - (n > current && c.tense == Tense::kPast ? 1 : 0);
  }
  return Value{"DATE", (year ? fmt_year(*year) : std::string("XXXX")) + (half ? "-H" : "-Q") + std::to_string(n)};
}

Result duration_value(const std::vector<std::string>& w) {
  std::vector<int> years;
  for (const auto& x : w)
    if (x.size() == 4 && all_digits(x)) years.push_back(std::stoi(x));
  if (years.size() == 2 && years[1] > years[0]) return Value{"DURATION", "P" + std::to_string(years[1] - years[0]) + "Y"};
  std::string uname;
  const grammar::Unit* u = unit_of(w, &uname);
  if (!u) return std::nullopt;
  double n = 0;
  bool vague = false, found = false;
  // A number anywhere before the unit wins over a vague word ("the past nine days").
  for (int pass = 0; pass < 2 && !found; ++pass) {
    for (size_t i = 0; i < w.size() && !found; ++i) {
      if (w[i] == uname) break;
      size_t next = read_number(w, i, n, vague);
      if (next != i && (pass == 0 ? !vague && n > 0 : vague)) found = true;
    }
  }
  if (!w.empty() && w[0] == "half") {  // "half a day"
    n = 0.5;
    found = true;
    vague = false;
  } else if (has(w, "few")) {  // "a few days": the "a" is no number
    vague = true;
    found = true;
  } else if (has(w, "half") && !found) {
    n = 0.5;
    found = true;
  } else if (has(w, "half") && found && n == std::floor(n) && !has(w, "and")) {
    n += 0.5;
  } else if (has(w, "half") && found && n == 1 && has(w, "and")) {
    n = 1.5;
  }
  if (!found) vague = true;  // "for years", "over the years"
  std::string p = u->time ? "PT" : "P";
  if (vague) {
    if (u->multiplier == 10) return Value{"DURATION", "PXDE"};
    if (u->multiplier == 100) return Value{"DURATION", "PXCE"};
    return Value{"DURATION", p + "X" + std::string(1, u->letter)};
  }
  return Value{"DURATION", p + number_text(n * u->multiplier) + std::string(1, u->letter)};
}

Result set_value(const std::vector<std::string>& w) {
  static const std::pair<const char*, const char*> kAdverbs[] = {
      {"daily", "P1D"},   {"weekly", "P1W"},     {"monthly", "P1M"}, {"annually", "P1Y"},
      {"yearly", "P1Y"},  {"annual", "P1Y"},     {"quarterly", "P3M"}, {"hourly", "PT1H"},
      {"nightly", "P1D"}, {"biannual", "P6M"},   {"biennial", "P2Y"}};
  for (const auto& [word, value] : kAdverbs)
    if (has(w, word)) return Value{"SET", value};
  int every = has(w, "other") ? 2 : 1;
  for (const auto& x : w) {
    if (auto it = tables().weekdays.find(x); it != tables().weekdays.end())
      return Value{"SET", "XXXX-WXX-" + std::to_string(it->second)};
    if (auto it = tables().seasons.find(x); it != tables().seasons.end())
      return Value{"SET", "XXXX-" + it->second.code};
    if (auto it = tables().parts.find(x); it != tables().parts.end())
      return Value{"SET", "XXXX-XX-XXT" + it->second};
  }
  if (const grammar::Unit* u = unit_of(w))
    return Value{"SET", std::string(u->time ? "PT" : "P") + std::to_string(every * u->multiplier) + u->letter};
  return std::nullopt;
}

Result time_value(std::string_view s, const std::vector<std::string>& w, const Context& c) {
  int h = -1, m = 0;
  std::string first = w.empty() ? "" : w[0];
  if (first == "noon") {
    h = 12;
  } else if (first == "midnight") {
    h = 0;
  } else if (std::sscanf(first.c_str(), "%d:%d", &h, &m) == 2 || std::sscanf(first.c_str(), "%d.%d", &h, &m) == 2) {
  } else if (first.size() == 4 && all_digits(first)) {
    h = std::stoi(first.substr(0, 2));
    m = std::stoi(first.substr(2));
  } else {
    h = leading_number(first);
  }
  std::string ls = lower(s);
  bool pm = ls.find("pm") != std::string::npos || ls.find("p.m") != std::string::npos;
  bool am = ls.find("am") != std::string::npos || ls.find("a.m") != std::string::npos;
  if (pm && h < 12) h += 12;
  if (am && h == 12) h = 0;
  if (h < 0 || h > 24 || m > 59) return std::nullopt;
  bool utc = has(w, "utc") || has(w, "gmt");
  std::string date = "XXXX-XX-XX";
  if (c.dct) {
    Ymd d = *c.dct;
    int wd = 0;
    for (const auto& x : w)
      if (auto it = tables().weekdays.find(x); it != tables().weekdays.end()) wd = it->second;
    if (wd) d = *resolve_weekday(wd, d, c.tense, std::nullopt);
    if (has(w, "yesterday")) d = add_days(d, -1);
    if (has(w, "tomorrow")) d = add_days(d, 1);
    date = fmt_date(d);
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", h, m);
  return Value{"TIME", date + buf + (utc ? "Z" : "")};
}

Result decade_value(const std::vector<std::string>& w) {
  for (const auto& x : w) {
    std::string digits;
    for (char ch : x)
      if (ch >= '0' && ch <= '9') digits += ch;
    if (x.back() != 's') continue;
    if (digits.size() == 4) return Value{"DATE", digits.substr(0, 3) + "X"};
    if (digits.size() == 2) return Value{"DATE", std::string(digits[0] <= '2' ? "20" : "19") + digits[0] + "X"};
  }
  return std::nullopt;
}

Result year_value(const std::vector<std::string>& w) {
  if (auto y = year_in(w)) return Value{"DATE", fmt_year(*y)};
  for (const auto& x : w)
    if (x.size() == 3 && x[0] == '\'' && all_digits(x.substr(1))) {
      int n = std::stoi(x.substr(1));
      return Value{"DATE", fmt_year(n < 30 ? 2000 + n : 1900 + n)};
    }
  return std::nullopt;
}

Result monthweek_value(const std::vector<std::string>& w, const Context& c) {
  int month = 0, n = 0;
  for (const auto& x : w) {
    if (auto it = tables().months.find(x); it != tables().months.end()) month = it->second;
    if (auto it = tables().ordinals.find(x); it != tables().ordinals.end() && n == 0) n = it->second;
  }
  std::optional<int> year = year_in(w);
  if (!year && c.dct) year = resolve_year(month, 0, *c.dct, c.tense);
  if (!month || !year) return Value{"DATE", "XXXX-WXX"};
  // The week that holds most of its days in the month: the one of day 4 (first) or of
  // the last day but three (last).
  Ymd day = n > 0 ? Ymd{*year, month, std::min(28, 4 + 7 * (n - 1))} : Ymd{*year, month, days_in_month(*year, month) - 3};
  return Value{"DATE", fmt_week(day)};
}

Result same_value(const Context& c) {
  std::optional<Ymd> base = c.month_anchor ? c.month_anchor : c.dct;
  if (!base) return Value{"DATE", "XXXX-XX"};
  return Value{"DATE", fmt_month(base->y - 1, base->m)};
}

Result resolve(int rule, std::string_view text, const Context& c) {
  using grammar::Kind;
  if (rule < 0) return std::nullopt;
  const auto& sc = grammar::scanner();
  Kind kind = sc.kind_id(rule);
  switch (kind) {
    case Kind::kVague: {
      const auto& v = tables().vague[static_cast<size_t>(sc.vague_of(rule))];
      return Value{v.type, v.value};
    }
    case Kind::kIso: return Value{"DATE", std::string(text.substr(0, 10))};
    case Kind::kNumeric: return numeric_value(text, c);
    case Kind::kSame: return same_value(c);
    case Kind::kOther: return std::nullopt;
    default: break;
  }
  auto w = words(text);
  switch (kind) {
    case Kind::kDate: return date_value(w, c);
    case Kind::kYear: return year_value(w);
    case Kind::kDecade: return decade_value(w);
    case Kind::kWeekday: return weekday_value(w, c);
    case Kind::kDay: return day_value(w, c);
    case Kind::kRel: return rel_value(w, c);
    case Kind::kRelmonth: return relmonth_value(w, c);
    case Kind::kMonthweek: return monthweek_value(w, c);
    case Kind::kAgo: return ago_value(w, c);
    case Kind::kSeason: return season_value(w, c);
    case Kind::kQuarter: return quarter_value(w, c);
    case Kind::kDuration: return duration_value(w);
    case Kind::kSet: return set_value(w);
    case Kind::kTime: return time_value(text, w, c);
    default: return std::nullopt;
  }
}

// Kinds whose value depends on the tense of the clause.
bool needs_tense(grammar::Kind kind) {
  using grammar::Kind;
  return kind == Kind::kWeekday || kind == Kind::kDate || kind == Kind::kSeason || kind == Kind::kTime ||
         kind == Kind::kQuarter || kind == Kind::kMonthweek;
}

constexpr bool is_word_byte(char c) {
  // ASCII by hand: this runs on every byte the tense cues are looked for in.
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || u >= 0x80;
}

// Byte classes of the tense scan: a word is a run of word bytes and apostrophes ("won't",
// "'ll"), and these punctuation marks open a new clause.
constexpr unsigned char kOtherByte = 0, kWordPart = 1, kClauseBreak = 2;
constexpr std::array<unsigned char, 256> tense_classes() {
  std::array<unsigned char, 256> c{};
  for (int b = 0; b < 256; ++b) {
    char ch = static_cast<char>(b);
    c[static_cast<size_t>(b)] = is_word_byte(ch) || ch == '\'' ? kWordPart
                                : ch == ',' || ch == ';' || ch == ':' || ch == '"' || ch == '(' || ch == ')' ? kClauseBreak
                                                                                                            : kOtherByte;
  }
  return c;
}
constexpr std::array<unsigned char, 256> kTenseClass = tense_classes();

// ASCII lower case of S into OUT, reusing its buffer.
void lower_into(std::string_view s, std::string& out) {
  out.assign(s.data(), s.size());
  for (auto& ch : out) ch = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch;
}

// The tense a word (lower case W, first byte FIRST as written) signals: listed in
// tense.tsv, or a regular past form in -ed ("announced", not "need"). LISTED tells which.
Tense cue_tense(const std::string& w, char first, bool& listed) {
  const auto& table = tables().tense;
  if (auto it = table.find(w); it != table.end()) {
    listed = true;
    return it->second;
  }
  listed = false;
  if (w.size() >= 5 && w.compare(w.size() - 2, 2, "ed") == 0 && w.compare(w.size() - 3, 3, "eed") != 0 && first >= 'a' &&
      first <= 'z')
    return Tense::kPast;
  return Tense::kUnknown;
}

bool is_auxiliary(std::string_view word) {
  static const char* const kAuxiliaries[] = {"be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "'s"};
  for (const char* a : kAuxiliaries) {
    size_t len = std::char_traits<char>::length(a);
    if (len != word.size()) continue;
    bool same = true;
    for (size_t k = 0; k < len && same; ++k) {
      char ch = word[k];
      same = (ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch) == a[k];
    }
    if (same) return true;
  }
  return false;
}

// Leading words of strip.txt ("on Thursday", "for years", "has long") leave the span.
size_t strip_leading(std::string_view text, size_t b, size_t e) {
  const auto& strip = tables().strip;
  while (true) {
    size_t sp = text.find(' ', b);
    if (sp == std::string_view::npos || sp >= e) return b;
    std::string first = lower(text.substr(b, sp - b));
    if (std::find(strip.begin(), strip.end(), first) == strip.end()) return b;
    b = sp + 1;
  }
}

// A number that is part of an amount ("$2008", "2,010", "2010%") is no year.
bool numeric_context_ok(std::string_view text, size_t b, size_t e) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (digit(text[b]) && b > 0) {
    char p = text[b - 1];
    if (p == '$' || p == '#' || p == '.' || p == ',' || p == '/' || p == ':') return false;
    if (b >= 2 && (static_cast<unsigned char>(p) == 0xac || static_cast<unsigned char>(p) == 0xa3)) return false;  // euro, pound
  }
  if (digit(text[e - 1]) && e < text.size()) {
    char n = text[e];
    if (n == '%' || n == '/' || n == ':') return false;
    if ((n == ',' || n == '.') && e + 1 < text.size() && digit(text[e + 1])) return false;
  }
  return true;
}

// A bare number between two capitalized words is part of a name ("Russell 2000 Index").
bool is_name_part(std::string_view text, size_t b, size_t e) {
  auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (b < 2 || text[b - 1] != ' ' || e + 1 >= text.size() || text[e] != ' ' || !capital(text[e + 1])) return false;
  size_t ws = text.rfind(' ', b - 2);
  ws = ws == std::string_view::npos ? 0 : ws + 1;
  if (!capital(text[ws])) return false;
  std::string prev = lower(text.substr(ws, b - 1 - ws));
  const auto& strip = tables().strip;
  return std::find(strip.begin(), strip.end(), prev) == strip.end();
}

}  // namespace

const std::string& rule_kind(int rule) { return grammar::scanner().kind(rule); }

std::vector<Match> scan(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> spans;
  std::vector<int> rules;
  grammar::scanner().scan(text, spans, rules);
  std::vector<Match> out;
  out.reserve(spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    auto [b, e] = spans[i];
    if (rules[i] < 0 || !numeric_context_ok(text, b, e)) continue;
    b = strip_leading(text, b, e);
    if (b > 0 && is_word_byte(text[b - 1]) && is_word_byte(text[b])) continue;
    if (grammar::scanner().kind_id(rules[i]) == grammar::Kind::kYear && e - b == 4 && is_name_part(text, b, e)) continue;
    out.push_back(Match{b, e, rules[i]});
  }
  return out;
}

std::optional<Value> normalize(std::string_view expression, const std::optional<std::string>& dct, Tense tense,
                               const Options& options) {
  Context c{parse_dct(dct), std::nullopt, std::nullopt, tense, &options};
  return resolve(grammar::scanner().full_match(expression), expression, c);
}

Tense tense_near(std::string_view sentence, size_t at, size_t at_end) {
  // Words are runs of word bytes and apostrophes ("won't", "'ll"); the expression's own
  // words (those that start in [at, at_end)) are skipped and not counted. A comma,
  // semicolon, colon, quote or bracket opens a new clause. A cue costs the words between
  // it and the expression, plus eight per clause boundary, plus one when it comes after
  // the expression; the cheapest wins, the earlier one on a tie, and none costing more
  // than kMaxCueCost: a verb far off in another clause says little about this expression.
  // So only the kMaxCueCost words on either side can matter, and the scan goes out from
  // the expression. Tested against the whole-sentence scan in timex_perf_test.cc.
  constexpr long kMaxCueCost = 12;
  struct Word {
    size_t begin = 0, end = 0;
    long breaks = 0;  // clause breaks between the word and the expression
  };
  auto cls = [&](size_t k) { return kTenseClass[static_cast<unsigned char>(sentence[k])]; };
  const size_t n = sentence.size();
  const size_t from = std::min(at, n);
  // Words before the expression, nearest first; one more than can be cues, as the
  // earliest one's auxiliary.
  Word before[kMaxCueCost + 1];
  long nb = 0, breaks = 0;
  size_t after_from = from;  // a word that starts before AT and runs into it counts before
  for (size_t i = from; i > 0 && nb < kMaxCueCost + 1;) {
    if (cls(i - 1) != kWordPart) {
      if (cls(i - 1) == kClauseBreak) ++breaks;
      --i;
      continue;
    }
    size_t b = i - 1, e = i;
    while (b > 0 && cls(b - 1) == kWordPart) --b;
    if (e == from) {
      while (e < n && cls(e) == kWordPart) ++e;
      after_from = e;
    }
    before[nb++] = Word{b, e, breaks};
    i = b;
  }
  Word after[kMaxCueCost];
  long na = 0;
  breaks = 0;
  for (size_t i = after_from; i < n && na < kMaxCueCost;) {
    if (cls(i) != kWordPart) {
      if (cls(i) == kClauseBreak) ++breaks;
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && cls(j) == kWordPart) ++j;
    if (i >= at_end) after[na++] = Word{i, j, breaks};
    i = j;
  }
  Tense best = Tense::kUnknown;
  long best_cost = kMaxCueCost + 1;
  std::string w;
  // CANDIDATE with its cost; PREVIOUS is the word before it, or null.
  auto consider = [&](const Word& candidate, long cost, const Word* previous) {
    if (cost >= best_cost) return;
    lower_into(sentence.substr(candidate.begin, candidate.end - candidate.begin), w);
    bool listed = false;
    Tense t = cue_tense(w, sentence[candidate.begin], listed);
    if (t == Tense::kUnknown) return;
    // A participle after "be", "is", "has" ... is no past: the auxiliary tells the tense.
    bool participle = t == Tense::kPast && (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0
                                                ? true
                                                : listed && w != "was" && w != "were" && w != "had" && w != "did");
    if (participle && previous && is_auxiliary(sentence.substr(previous->begin, previous->end - previous->begin))) return;
    best_cost = cost;
    best = t;
  };
  for (long d = std::min(nb, kMaxCueCost); d >= 1; --d)
    consider(before[d - 1], d + 8 * before[d - 1].breaks, d < nb ? &before[d] : nullptr);
  for (long q = 0; q < na; ++q)
    consider(after[q], q + 1 + 8 * after[q].breaks, q > 0 ? &after[q - 1] : nb > 0 ? &before[0] : nullptr);
  return best;
}

std::vector<Timex> find_timexes(const Document& doc, const Options& options) {
  std::vector<Timex> out;
  const std::string& text = doc.text;
  auto matches = scan(text);
  if (matches.empty()) return out;
  out.reserve(matches.size());
  utf8::OffsetMap map(text);
  Context base{parse_dct(doc.dct.value), std::nullopt, std::nullopt, Tense::kUnknown, &options};
  size_t si = 0, bounds_of = SIZE_MAX, sentence_b = 0, sentence_e = 0;  // byte bounds of sentence bounds_of
  std::vector<std::pair<size_t, size_t>> sentence_of;  // byte bounds of each timex's sentence
  sentence_of.reserve(matches.size());
  std::optional<Ymd> last_day, last_month;
  for (const auto& m : matches) {
    std::string_view expr(text.data() + m.begin, m.end - m.begin);
    Context c = base;
    int64_t cp_b = static_cast<int64_t>(map.to_cp(m.begin)), cp_e = static_cast<int64_t>(map.to_cp(m.end));
    while (si < doc.sentences.size() && doc.sentences[si].end <= cp_b) ++si;
    size_t sb = 0, se = text.size();
    if (si < doc.sentences.size() && doc.sentences[si].start <= cp_b) {
      if (si != bounds_of) {
        bounds_of = si;
        sentence_b = map.to_byte(static_cast<size_t>(doc.sentences[si].start));
        sentence_e = map.to_byte(static_cast<size_t>(doc.sentences[si].end));
      }
      sb = sentence_b;
      se = sentence_e;
    } else {
      // No sentence layer: the surrounding line.
      size_t nl = text.rfind('\n', m.begin);
      sb = nl == std::string::npos ? 0 : nl + 1;
      se = std::min(text.size(), text.find('\n', m.end));
    }
    if (needs_tense(grammar::scanner().kind_id(m.rule)))
      c.tense = tense_near(std::string_view(text).substr(sb, se - sb), m.begin - sb, m.end - sb);
    c.anchor = last_day;
    c.month_anchor = last_month;
    auto v = resolve(m.rule, expr, c);
    if (!v) continue;
    Timex t;
    t.id = "t" + std::to_string(out.size() + 1);
    t.text = std::string(expr);
    t.span = Span{cp_b, cp_e};
    t.type = v->type;
    t.value = v->value;
    if (t.type == "DATE") {
      std::string g = granularity(t.value);
      if (g == "day") last_day = parse_ymd(t.value);
      if (g == "day" || g == "month") last_month = parse_ymd(t.value.substr(0, 7) + "-01");
    }
    out.push_back(std::move(t));
    sentence_of.emplace_back(sb, se);
  }
  // A clock time takes its day from a date in the same sentence ("Tuesday ... at 18:00 UTC").
  const std::string dct_day = base.dct ? fmt_date(*base.dct) : "XXXX-XX-XX";
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].type != "TIME" || out[i].value.size() < 11 || out[i].value[10] != 'T' || !std::isdigit(static_cast<unsigned char>(out[i].value[11])) ||
        out[i].value.compare(0, 10, dct_day) != 0)
      continue;
    for (size_t j = 0; j < out.size(); ++j) {
      if (j == i || sentence_of[j] != sentence_of[i] || out[j].type != "DATE" || granularity(out[j].value) != "day") continue;
      out[i].value = out[j].value.substr(0, 10) + out[i].value.substr(10);
      break;
    }
  }
  return out;
}

void annotate(Document& doc, const Options& options) { doc.timexes = find_timexes(doc, options); }

std::string granularity(std::string_view v) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (v.size() < 4 || !digit(v[0]) || !digit(v[1])) return "";
  if (v.size() == 4) {
    if (v[2] == 'X' && v[3] == 'X') return "century";
    if (v[3] == 'X') return digit(v[2]) ? "decade" : "";
    return all_digits(v) ? "year" : "";
  }
  if (!all_digits(v.substr(0, 4)) || v[4] != '-' || v.size() < 7) return "";
  char k = v[5];
  if (k == 'W') return v.size() > 8 && v.substr(8) == "-WE" ? "week" : "week";
  if (k == 'Q') return "quarter";
  if (k == 'H') return "half";
  if (k == 'S' || k == 'F') return "season";
  if (!digit(k)) return "";
  if (v.size() == 7) return "month";
  if (v.size() >= 10 && digit(v[8]) && digit(v[9])) return "day";
  return "";
}

std::optional<std::pair<std::string, std::string>> date_range(std::string_view v) {
  std::string g = granularity(v);
  if (g.empty()) return std::nullopt;
  std::string s(v);
  auto year = [&](int y) { return std::make_pair(fmt_date(Ymd{y, 1, 1}), fmt_date(Ymd{y, 12, 31})); };
  if (g == "century") {
    int c = std::stoi(s.substr(0, 2));
    return std::make_pair(fmt_date(Ymd{c * 100, 1, 1}), fmt_date(Ymd{c * 100 + 99, 12, 31}));
  }
  if (g == "decade") {
    int d = std::stoi(s.substr(0, 3));
    return std::make_pair(fmt_date(Ymd{d * 10, 1, 1}), fmt_date(Ymd{d * 10 + 9, 12, 31}));
  }
  int y = std::stoi(s.substr(0, 4));
  if (g == "year") return year(y);
  if (g == "day") return std::make_pair(s.substr(0, 10), s.substr(0, 10));
  auto months = [&](int m1, int m2) {
    int y2 = m2 > 12 ? y + 1 : y;
    m2 = m2 > 12 ? m2 - 12 : m2;
    return std::make_pair(fmt_date(Ymd{y, m1, 1}), fmt_date(Ymd{y2, m2, days_in_month(y2, m2)}));
  };
  if (g == "month") {
    int m = std::stoi(s.substr(5, 2));
    return months(m, m);
  }
  if (g == "quarter") {
    int q = s[6] - '0';
    return months(3 * q - 2, 3 * q);
  }
  if (g == "half") {
    int h = s[6] - '0';
    return months(6 * h - 5, 6 * h);
  }
  if (g == "season") {
    std::string code = s.substr(5, 2);
    for (const auto& [name, season] : tables().seasons)
      if (season.code == code) return months(season.start_month, season.start_month + 2);
    return year(y);
  }
  // week: Monday of ISO week W of year Y is the Monday of the week holding January 4.
  int w = std::atoi(s.c_str() + 6);
  Ymd jan4{y, 1, 4};
  Ymd monday = add_days(jan4, 1 - iso_weekday(jan4) + 7 * (w - 1));
  bool weekend = s.size() >= 11 && s.substr(8) == "-WE";
  Ymd first = weekend ? add_days(monday, 5) : monday;
  return std::make_pair(fmt_date(first), fmt_date(add_days(monday, 6)));
}

}  // namespace dossier::timex
