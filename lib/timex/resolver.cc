// The resolver: dispatch on the rule's family, anchoring and direction, and the reading
// of an expression's words. Tested by resolver_test.cc (table-driven: expression, dct,
// tense, expected value).
#include "resolver.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "scanner.h"

namespace dossier::timex::resolver {

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
    // "a dozen", "a couple of": the article counts the word after it.
    if ((tok == "a" || tok == "an") && i < w.size())
      if (auto n = t.numbers.find(w[i]); n != t.numbers.end() && n->second > 1) {
        value = n->second;
        ++i;
        if (i + 1 < w.size() && w[i] == "of") ++i;
      }
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

bool counted_from_end(const std::vector<std::string>& w) {
  using namespace std::string_view_literals;  // views: no library compare per literal
  for (size_t i = 0; i + 1 < w.size(); ++i)
    if ((w[i + 1] == "last"sv || w[i + 1] == "final"sv) && (tables().day_ordinals.count(w[i]) || tables().ordinals.count(w[i]) ||
                                                        (leading_number(w[i]) > 0 && !all_digits(w[i]))))
      return true;
  return false;
}

// Direction words: -1 last/previous/past, +1 next/coming/following, 0 this/current; +2
// "after next" ("the week after next", "Thursday after next"), two steps on.
std::optional<int> direction(const std::vector<std::string>& w) {
  using namespace std::string_view_literals;  // views: no library compare per literal
  for (size_t i = 0; i < w.size(); ++i) {
    const std::string& x = w[i];
    if (x == "after"sv && i + 1 < w.size() && w[i + 1] == "next"sv) return 2;
    // "this past week", "this past Sunday": the one just gone, as "past" says.
    if (x == "this"sv && i + 1 < w.size() && w[i + 1] == "past"sv) continue;
    if (x == "last"sv || x == "previous"sv || x == "past"sv || x == "yesterday"sv) return -1;
    if (x == "next"sv || x == "coming"sv || x == "upcoming"sv || x == "following"sv || x == "tomorrow"sv) return 1;
    if (x == "this"sv || x == "current"sv) return 0;
  }
  return std::nullopt;
}

namespace {

// The value of the number word W[I] when it lies in [LO, HI], else -1.
int number_word(const std::vector<std::string>& w, size_t i, int lo, int hi) {
  if (i >= w.size()) return -1;
  auto it = tables().numbers.find(w[i]);
  if (it == tables().numbers.end() || it->second != std::floor(it->second)) return -1;
  int n = static_cast<int>(it->second);
  return n >= lo && n <= hi ? n : -1;
}

// The last two figures of a year in words from W[I]: "ten", "ninety five", "oh five"; -1 for none.
int year_tail(const std::vector<std::string>& w, size_t i) {
  if (i + 1 < w.size() && (w[i] == "oh" || w[i] == "o")) return number_word(w, i + 1, 1, 9);
  int n = number_word(w, i, 1, 90);
  if (n >= 20 && n % 10 == 0)
    if (int u = number_word(w, i + 1, 1, 9); u > 0) return n + u;
  return n;
}

// A year in words (scanner.cc's {YEARW}): "two thousand (and) ten", "nineteen ninety five".
std::optional<int> year_in_words(const std::vector<std::string>& w) {
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (i + 2 < w.size() && w[i] == "two" && w[i + 1] == "thousand") {
      int t = year_tail(w, i + 2 + (w[i + 2] == "and"));
      if (t > 0) return 2000 + t;
    }
    int century = w[i] == "eighteen" ? 18 : w[i] == "nineteen" ? 19 : w[i] == "twenty" ? 20 : 0;
    if (century && !(i + 1 < w.size() && (w[i + 1] == "oh" || w[i + 1] == "o")) && number_word(w, i + 1, 1, 9) > 0) continue;
    if (int t = century ? year_tail(w, i + 1) : -1; t >= 10 || (t > 0 && (w[i + 1] == "oh" || w[i + 1] == "o"))) return century * 100 + t;
  }
  return std::nullopt;
}

}  // namespace

std::optional<int> year_in(const std::vector<std::string>& w) {
  for (const auto& x : w)
    if (x.size() == 4 && all_digits(x)) return std::stoi(x);
  return year_in_words(w);
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

const grammar::Unit* unit_of(const std::vector<std::string>& w, std::string* name) {
  for (const auto& x : w)
    if (auto it = tables().units.find(x); it != tables().units.end()) {
      if (name) *name = x;
      return &it->second;
    }
  return nullptr;
}

// The weekday WD nearest to the dct in the direction the tense or a direction word gives.
std::optional<Ymd> resolve_weekday(int wd, const Ymd& dct, Tense tense, std::optional<int> dir) {
  int today = iso_weekday(dct);
  // "this Friday": the current ISO week; but a day of it already gone is the coming one
  // unless the verb is past ("will meet this Monday", said on a Thursday).
  if (dir && *dir == 0) return add_days(dct, wd - today + (wd < today && tense != Tense::kPast ? 7 : 0));
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

int year_in_context(int m, int d, const Ymd& day, const Context& c) {
  if (c.plan == Plan::kNone || c.tense != Tense::kFuture) return resolve_year(m, d, day, c.tense);
  if (c.plan == Plan::kReplaced) return resolve_year(m, d, day, Tense::kUnknown);
  const int past = resolve_year(m, d, day, Tense::kPast);
  // A month without its day came due at its end.
  const Ymd due{past, m, d ? std::min(d, days_in_month(past, m)) : days_in_month(past, m)};
  if (days_from_civil(day) - days_from_civil(due) <= kPlanPastDays) return past;
  return resolve_year(m, d, day, Tense::kFuture);
}

Result unit_relative(const std::string& unit, int dir, const Context& c) { return unit_relative(unit, dir, c.dct); }

Result unit_relative(const std::string& unit, int dir, const std::optional<Ymd>& base) {
  if (!base) {
    if (unit == "day") return Value{"DATE", "XXXX-XX-XX"};
    if (unit == "week") return Value{"DATE", "XXXX-WXX"};
    if (unit == "weekend") return Value{"DATE", "XXXX-WXX-WE"};
    if (unit == "month") return Value{"DATE", "XXXX-XX"};
    return Value{"DATE", "XXXX"};
  }
  const Ymd& d = *base;
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
  if (unit == "century") return Value{"DATE", fmt_year(d.y + 100 * dir).substr(0, 2)};
  if (unit == "day") return Value{"DATE", fmt_date(add_days(d, dir))};
  return std::nullopt;
}

// "2014-06-03" a DATE; "2014-06-03T09:30:15Z", "2014-06-03 09:30+00:00" a TIME to the second
// given, "Z" kept for a zero offset (another offset is no part of a TIMEX3 value here).
Result iso_value(std::string_view text) {
  if (text.size() < 16) return Value{"DATE", std::string(text.substr(0, 10))};
  size_t clock = text.size() > 16 && text[16] == ':' ? 19 : 16;
  std::string value = std::string(text.substr(0, 10)) + "T" + std::string(text.substr(11, clock - 11));
  std::string_view zone = text.substr(clock);
  if (!zone.empty() && zone[0] == '.') zone.remove_prefix(std::min(zone.size(), zone.find_first_not_of("0123456789", 1)));
  if (zone == "Z" || zone == "+00" || zone == "+00:00" || zone == "+0000") value += "Z";  // "-00:00": offset unknown (RFC 3339)
  return Value{"TIME", value};
}

// A calendar date, or a part of one's day: "the morning of June 5" is a TIME, "2013-06-05TMO".
Result part_of_date_value(const std::vector<std::string>& w, const Context& c) {
  size_t at = !w.empty() && w[0] == "the" ? 1 : 0;
  auto part = at + 1 < w.size() && w[at + 1] == "of" ? tables().parts.find(w[at]) : tables().parts.end();
  if (part == tables().parts.end()) return date_value(w, c);
  auto day = date_value(std::vector<std::string>(w.begin() + static_cast<long>(at) + 2, w.end()), c);
  if (!day || day->value.size() != 10) return day;
  return Value{"TIME", day->value + "T" + part->second};
}

// "March after next", "Thanksgiving in three years": the years a month or a holiday is put
// off by its last words (1 for "after next": the one after the coming one, as "in a year"
// is), and the byte where those words begin; nullopt for none.
std::optional<std::pair<int, size_t>> years_later(std::string_view text) {
  static constexpr std::string_view kAfterNext = " after next";
  if (text.size() > kAfterNext.size() && lower(text.substr(text.size() - kAfterNext.size())) == kAfterNext)
    return std::make_pair(1, text.size() - kAfterNext.size());
  // "... three years hence", "... a year from now": the count begins after the holiday's name.
  std::string lt = lower(text);
  size_t in = lt.rfind(" in ");
  size_t skip = 4;
  for (std::string_view tail : {std::string_view(" hence"), std::string_view(" from now")})
    if (lt.size() > tail.size() && lt.compare(lt.size() - tail.size(), tail.size(), tail) == 0) {
      text.remove_suffix(tail.size());
      size_t year = lower(text).rfind(" year");
      size_t count = year == std::string_view::npos ? std::string_view::npos : lower(text.substr(0, year)).rfind(' ');
      if (count == std::string_view::npos) return std::nullopt;
      in = count;
      skip = 1;
    }
  if (in == std::string_view::npos) return std::nullopt;
  auto w = words(text.substr(in + skip));
  double n = 0;
  bool vague = false;
  size_t after = read_number(w, 0, n, vague);
  if (after == 0 && !w.empty() && w[0] == "a") n = 1, after = 1;
  if (after == 0 || vague || n < 1 || n > 99 || n != std::floor(n) || after + 1 != w.size()) return std::nullopt;
  if (w[after] != "year" && w[after] != "years") return std::nullopt;
  return std::make_pair(static_cast<int>(n), in);
}

Result resolve(int rule, std::string_view text, const Context& c) {
  using grammar::Kind;
  if (rule < 0) return std::nullopt;
  const auto& sc = grammar::scanner();
  Kind kind = sc.kind_id(rule);
  if (kind == Kind::kHoliday)
    if (auto shifted = shifted_value(text, c)) return *shifted;
  if (kind == Kind::kDate || kind == Kind::kHoliday) {
    if (auto later = years_later(text)) {
      // The coming one, then the same name in the year that many later ("Thanksgiving
      // 2016" is read again, as its day of the month moves).
      std::string_view head = text.substr(0, later->second);
      Context ahead = c;
      ahead.tense = Tense::kFuture;
      auto first = resolve(sc.full_match(head), head, ahead);
      if (!first || first->value.size() < 4 || !all_digits(first->value.substr(0, 4))) return first;
      int year = std::atoi(first->value.substr(0, 4).c_str()) + later->first;
      std::string named = std::string(head) + " " + std::to_string(year);
      auto again = resolve(sc.full_match(named), named, ahead);
      if (again && again->value.compare(0, 4, std::to_string(year)) == 0) return again;
      first->value.replace(0, 4, fmt_year(year));
      return first;
    }
  }
  switch (kind) {
    case Kind::kVague: {
      const auto& v = tables().vague[static_cast<size_t>(sc.vague_of(rule))];
      return Value{v.type, v.value};
    }
    case Kind::kIso: return iso_value(text);
    case Kind::kNumeric: return numeric_value(text, c);
    case Kind::kOther: return std::nullopt;
    default: break;
  }
  auto w = words(text);
  switch (kind) {
    case Kind::kSame: return same_value(w, c);
    case Kind::kDate: return part_of_date_value(w, c);
    case Kind::kYear: return year_value(w, c);
    case Kind::kDecade: return decade_value(w, c);
    case Kind::kWeekday: return weekday_value(w, c);
    case Kind::kDay: return day_value(w, c);
    case Kind::kRel: return rel_value(w, c);
    case Kind::kRelmonth: return relmonth_value(w, c);
    case Kind::kMonthweek: return monthweek_value(w, c);
    case Kind::kAgo: return ago_value(w, c);
    case Kind::kSeason: return season_value(w, c);
    case Kind::kQuarter: return quarter_value(w, c);
    case Kind::kDuration: return duration_value(w);
    case Kind::kYearRange: return year_range_value(w);
    case Kind::kAmountRange: {
      auto range = amount_range(text);
      return range ? Result(range->second) : std::nullopt;
    }
    case Kind::kStreak: return streak_value(w, c);
    case Kind::kBefore: return before_value(w, c);
    case Kind::kThat: return that_value(w, c);
    case Kind::kWhole: return whole_value(w, c);
    case Kind::kSet: return set_value(w);
    case Kind::kTime: return time_value(text, w, c);
    case Kind::kHoliday: return holiday_value(text, w, c);
    case Kind::kCentury: return century_value(w);
    case Kind::kWeekdayDay: return weekday_day_value(w, c);
    case Kind::kNthWeekday: return nth_weekday_value(w, c);
    case Kind::kOrdinalDay: return ordinal_day_value(w, c);
    default: return std::nullopt;
  }
}

// Kinds whose value depends on the tense of the clause.
bool needs_tense(grammar::Kind kind) {
  using grammar::Kind;
  return kind == Kind::kWeekday || kind == Kind::kDate || kind == Kind::kHoliday || kind == Kind::kWeekdayDay || kind == Kind::kNthWeekday ||
         kind == Kind::kOrdinalDay || kind == Kind::kSeason || kind == Kind::kTime ||
         kind == Kind::kQuarter || kind == Kind::kMonthweek || kind == Kind::kRel || kind == Kind::kRelmonth;
}

}  // namespace dossier::timex::resolver

namespace dossier::timex {

std::optional<Value> normalize(std::string_view expression, const std::optional<std::string>& dct, Tense tense,
                               const Options& options) {
  resolver::Context c;
  c.dct = resolver::parse_dct(dct);
  c.tense = tense;
  c.options = &options;
  return resolver::resolve(grammar::scanner().full_match(expression), expression, c);
}

}  // namespace dossier::timex
