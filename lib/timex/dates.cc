// The value functions of calendar expressions: dates, numeric dates, weekdays, days
// relative to the dct, relative weeks and months, seasons, quarters, years and decades.
// Tested by resolver_test.cc.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "resolver.h"

namespace dossier::timex::resolver {

namespace {

// "FY" when the words name a year of accounts ("fiscal", "financial", "FY2030"), else "":
// TimeML (TimeBank) writes "fiscal 1998" and "FY98" as "FY1998".
std::string fiscal_prefix(const std::vector<std::string>& w) {
  return std::any_of(w.begin(), w.end(), grammar::is_fiscal_word) ? "FY" : "";
}

// R, a year ("2030") written with the prefix FY when it is one ("FY2030"); other values as
// they are.
Result with_fiscal(Result r, const std::string& fy) {
  if (!fy.empty() && r && r->type == "DATE" && r->value.size() == 4 && all_digits(r->value)) r->value = fy + r->value;
  return r;
}

// A word without its possessive ending: "year's" -> "year", "2030's" -> "2030".
std::string without_possessive(const std::string& x) {
  if (x.size() > 2 && x.compare(x.size() - 2, 2, "'s") == 0) return x.substr(0, x.size() - 2);
  if (x.size() > 4 && x.compare(x.size() - 4, 4, "\xE2\x80\x99s") == 0) return x.substr(0, x.size() - 4);
  return x;
}

// A two-digit year: the one in the window from 79 years before the dct's year to 20 after
// (as java.text.SimpleDateFormat reads them), or (without a dct) 19xx from 50 on. Text
// names the past far more often than the far future: "74" said in 2026 is 1974, not the
// nearer 2074; "15" is 2015, "40" 2040, "47" 1947.
int full_year(int yy, const Context& c) {
  if (!c.dct) return yy < 50 ? 2000 + yy : 1900 + yy;
  const int now = c.dct->y;
  int y = now - now % 100 + yy;
  if (y > now + 20) y -= 100;
  else if (y <= now - 80) y += 100;
  return y;
}

// Reads N (up to 3) digit groups of S, split by '/', '-' or '.'; the digit count of each.
int digit_groups(std::string_view s, int (&value)[3], int (&digits)[3]) {
  int n = 0;
  value[0] = digits[0] = 0;
  for (char ch : s) {
    if (ch >= '0' && ch <= '9') {
      value[n] = value[n] * 10 + (ch - '0');
      ++digits[n];
    } else if (ch == ' ') {  // "2 / 15": the figures spaced around their separator
      continue;
    } else if (n < 2 && (ch == '/' || ch == '-' || ch == '.')) {
      ++n;
      value[n] = digits[n] = 0;
    } else {
      return 0;
    }
  }
  return n + 1;
}

bool is_day(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

// A weekday written with a month and day but no year pins the year: "Sun, Nov 8" is the
// nearest November 8 that is a Sunday, a year on either side of YEAR. Within a week of the
// dct the date stands and the weekday is taken for a slip.
int year_of_weekday(const std::vector<std::string>& w, int month, int day, int year, const Ymd& dct) {
  int wd = 0;
  for (const auto& x : w)
    if (auto it = tables().weekdays.find(x); it != tables().weekdays.end()) wd = it->second;
  if (!wd || !is_day(year, month, day) || iso_weekday(Ymd{year, month, day}) == wd) return year;
  if (std::llabs(days_from_civil(Ymd{year, month, day}) - days_from_civil(dct)) <= 7) return year;
  for (int y : {year + 1, year - 1})
    if (is_day(y, month, day) && iso_weekday(Ymd{y, month, day}) == wd) return y;
  return year;
}

// The year the story last named, written as a value's year ("XXXX" when it named none).
std::string anchor_year(const Context& c) { return c.year_anchor ? fmt_year(*c.year_anchor) : "XXXX"; }

}  // namespace

// "the following March", "the next spring" told in the past: the words point from the period
// the text named last, not from the telling ("next March"); "the next" with another verb
// looks ahead from the telling ("faces the next March 31 deadline").
bool follows_named(const std::vector<std::string>& w, const Context& c) {
  return w.size() >= 3 && w[0] == "the" && (w[1] == "following" || (w[1] == "next" && c.tense == Tense::kPast));
}

// The last month of the period the text named last ("2009" December 2009, "2009-Q2" June,
// "FY2009" its calendar year's December); nullopt for none or one with no place on the calendar.
std::optional<Ymd> named_period_end(const Context& c) {
  if (!c.last_value) return std::nullopt;
  auto range = date_range(calendar_value(*c.last_value));
  auto last = range ? parse_ymd(range->second) : std::nullopt;
  if (!last) return std::nullopt;
  return Ymd{last->y, last->m, 1};
}

// The month a story set in an earlier year has reached, for what is still to come in it
// ("due in January"): the last month named, when the sentence or the one before wrote out a
// year before the dct's and that month lies in it or the year after, and the verb is no past
// one (the story's year then, below) nor a present one (the dct's).
std::optional<Ymd> story_reference(const Context& c) {
  if (c.tense == Tense::kPast || c.tense == Tense::kPresent) return std::nullopt;
  if (!c.story_year || !c.dct || *c.story_year >= c.dct->y || !c.month_anchor) return std::nullopt;
  if (c.month_anchor->y < *c.story_year || c.month_anchor->y > *c.story_year + 1) return std::nullopt;
  return c.month_anchor;
}

Result date_value(const std::vector<std::string>& w, const Context& c) {
  const auto& t = tables();
  int month = 0, day = 0;
  bool day_first = false;  // the day came before the month: "27-Nov-86", not "May 4 - May 6"
  std::optional<int> year;
  for (size_t i = 0; i < w.size(); ++i) {
    const auto& x = w[i];
    if (auto it = t.months.find(x); it != t.months.end() && !month) {
      month = it->second;
      day_first = day != 0;
    } else if (x.size() == 4 && all_digits(x)) {
      year = std::stoi(x);
    } else if (auto o = t.day_ordinals.find(x); o != t.day_ordinals.end() && !day) {
      day = o->second;
    } else if ((x == "twenty" || x == "thirty") && i + 1 < w.size() && t.day_ordinals.count(w[i + 1]) && !day) {
      day = (x == "twenty" ? 20 : 30) + t.day_ordinals.at(w[i + 1]);
      ++i;
    } else if (x.size() == 3 && x[0] == '\'' && all_digits(x.substr(1))) {
      year = full_year(std::stoi(x.substr(1)), c);
    } else if (x.size() == 2 && all_digits(x) && day && month && !year && i > 0 && t.months.count(w[i - 1]) && day_first) {
      year = full_year(std::stoi(x), c);  // the two-digit year after a day and a month: "27-Nov-86"
    } else if (int n = leading_number(x); n > 0 && n <= 31 && x.size() <= 4 && !day) {
      day = n;
    } else if (size_t k = x.find_first_of("0123456789"); n < 0 && k != std::string::npos && k > 0 && !month && !day) {
      if (auto glued = t.months.find(x.substr(0, k)); glued != t.months.end()) {  // "Feb13"
        month = glued->second;
        day = leading_number(x.substr(k));
      }
    } else if (n > 0 && n <= 31 && !day && !month) {  // "14april": the day glued to its month
      size_t at = x.find_first_not_of("0123456789");
      if (at == std::string::npos) continue;
      if (x.compare(at, 2, "st") == 0 || x.compare(at, 2, "nd") == 0 || x.compare(at, 2, "rd") == 0 || x.compare(at, 2, "th") == 0) at += 2;
      if (auto glued = t.months.find(x.substr(at)); glued != t.months.end()) {
        day = n;
        month = glued->second;
      }
    }
  }
  if (!month) return std::nullopt;
  // "the last day of May"; "the third last day of May" counts back from it.
  bool last_day = false;
  for (size_t i = 0; i + 1 < w.size(); ++i) last_day = last_day || ((w[i] == "last" || w[i] == "final") && w[i + 1] == "day");
  int from_end = last_day ? std::max(day, 1) : 0;
  if (from_end) day = 0;
  if (day && day > days_in_month(year.value_or(2000), month)) return std::nullopt;
  if (!year) year = relative_year(w, c.dct);  // "October of next year"
  // "the following January 20": the first after the period the text named last.
  if (!year && follows_named(w, c))
    if (auto end = named_period_end(c)) year = month <= end->m ? end->y + 1 : end->y;
  // "the next March 31 deadline" with nothing to count from: the first such day after the dct.
  if (!year && day && c.dct && c.tense != Tense::kPast && w.size() >= 3 && w[0] == "the" && (w[1] == "next" || w[1] == "following"))
    year = (month > c.dct->m || (month == c.dct->m && day > c.dct->d)) ? c.dct->y : c.dct->y + 1;
  // The month the text last named without its year, named again ("set for Oslo in
  // September ... preparing for the September 4-5 meeting"), is the same month, whatever
  // the verb of the second mention.
  if (!year && c.named_month && c.named_month->m == month) year = c.named_month->y;
  // The story's own month, when the sentence or the one before set it in an earlier year
  // ("In December 2008 ... The package, due in January"): the year counts from that month as
  // it would from the dct. (A later year is a plan's: "deliveries from March 2031 ... when
  // the first one lands on March 3" said in 2030 is still the dct's March.)
  if (!year)
    if (auto story = story_reference(c)) year = year_in_context(month, day, *story, c);
  // The story's year, when the tense agrees: a past verb for an earlier year, a future one
  // for a later year.
  if (!year && c.story_year && c.dct &&
      ((c.tense == Tense::kPast && *c.story_year < c.dct->y) || (c.tense == Tense::kFuture && *c.story_year > c.dct->y)))
    year = c.story_year;
  if (!year && c.dct) {
    year = year_in_context(month, day, *c.dct, c);
    if (day) year = year_of_weekday(w, month, day, *year, *c.dct);
  }
  if (from_end) {
    day = days_in_month(year.value_or(2001), month) - from_end + 1;
    if (day < 1) return std::nullopt;
  }
  // "the weekend of June 5": the weekend of that day's week (of a day the year has).
  const bool weekend = day && has(w, "weekend");
  if (!year) {
    if (weekend) return Value{"DATE", "XXXX-WXX-WE"};
    char buf[32];
    std::snprintf(buf, sizeof buf, day ? "XXXX-%02d-%02d" : "XXXX-%02d", month, day);
    return Value{"DATE", buf};
  }
  if (weekend && day <= days_in_month(*year, month)) return Value{"DATE", fmt_week(Ymd{*year, month, day}) + "-WE"};
  return Value{"DATE", day ? fmt_date(Ymd{*year, month, day}) : fmt_month(*year, month)};
}

std::optional<DateOrder> proven_order(std::string_view s) {
  int v[3], digits[3];
  if (digit_groups(s, v, digits) != 3 || digits[0] == 4 || digits[2] != 4) return std::nullopt;
  const int y = v[2];
  const bool month_first = is_day(y, v[0], v[1]), day_first = is_day(y, v[1], v[0]);
  if (month_first == day_first) return std::nullopt;
  return day_first ? DateOrder::kDayFirst : DateOrder::kMonthFirst;
}

Result numeric_value(std::string_view s, const Context& c) {
  // A weekday before the figures ("Mon 3/16") names the day they give, no fraction.
  const size_t first_digit = std::min(s.find_first_of("0123456789"), s.size());
  const bool after_weekday = first_digit > 0;
  s.remove_prefix(first_digit);
  int v[3], digits[3];
  int n = digit_groups(s, v, digits);
  // Without the option or the document's proof, a dotted date reads day first ("10.08.2012"),
  // as the conventions that write dots mostly have it; a slashed or dashed one month first.
  const bool ordered = c.options && c.options->date_order;
  bool day_first = ordered ? *c.options->date_order == DateOrder::kDayFirst
                           : s.find('.') != std::string_view::npos;
  if (n == 3 && digits[0] == 4) {  // 2015-3-3
    if (!is_day(v[0], v[1], v[2])) return std::nullopt;
    return Value{"DATE", fmt_date(Ymd{v[0], v[1], v[2]})};
  }
  if (n == 3) {
    int y = digits[2] == 2 ? full_year(v[2], c) : v[2];
    int m = v[0], d = v[1];
    // The option decides only when both orders give a day: "31/10/1974" needs none.
    if (day_first ? is_day(y, v[1], v[0]) || !is_day(y, m, d) : !is_day(y, m, d)) std::swap(m, d);
    if (!is_day(y, m, d)) return std::nullopt;
    return Value{"DATE", fmt_date(Ymd{y, m, d})};
  }
  if (n != 2) return std::nullopt;
  if (digits[0] == 4 || digits[1] == 4) {  // 2014/10, 9/2012
    int y = digits[0] == 4 ? v[0] : v[1], m = digits[0] == 4 ? v[1] : v[0];
    // "2010-11" is a season or a fiscal year more often than November 2010, and "2031-32",
    // "1990-95" are no month at all: the first year.
    bool dash = digits[0] == 4 && s.find('-') != std::string_view::npos;
    if (dash && (m == (y + 1) % 100 || (m > 12 && m > y % 100))) return Value{"DATE", fmt_year(y)};
    if (m < 1 || m > 12) return std::nullopt;
    return Value{"DATE", fmt_month(y, m)};
  }
  // A month and a day without a year: "2/15". A small denominator reads as a fraction.
  int m = v[0], d = v[1];
  // Spaced around a slash, a score or odds ("won 3 / 2", "7 / 23"); with a dash ("2-15"), only
  // the order the option allows gives a day, and only when the other one gives none ("21-7"
  // is a score).
  if (s.find(" / ") != std::string_view::npos) return std::nullopt;
  if (s.find('-') != std::string_view::npos && !(day_first ? v[0] > 12 && v[1] <= 12 : v[0] <= 12 && v[1] > 12))
    return std::nullopt;
  if (v[0] == 24 && v[1] == 7) return std::nullopt;  // "24/7": around the clock
  if (!after_weekday && v[0] < v[1] && (v[1] <= 10 || v[1] == 12 || v[1] == 16 || v[1] == 32 || v[1] == 64)) return std::nullopt;
  if (day_first ? is_day(2000, d, m) || !is_day(2000, m, d) : !is_day(2000, m, d)) std::swap(m, d);
  if (!is_day(2000, m, d)) return std::nullopt;
  if (!c.dct) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", m, d);
    return Value{"DATE", buf};
  }
  int y = year_in_context(m, d, *c.dct, c);
  if (!is_day(y, m, d)) return std::nullopt;
  return Value{"DATE", fmt_date(Ymd{y, m, d})};
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
    if (!has(w, "morning") && !has(w, "evening") && !has(w, "tonight") && !has(w, "tonite")) part.reset();
  }
  // "The day before", "the same day" count from the day the text last named, if any.
  bool anchored = !has(w, "today") && !has(w, "yesterday") && !has(w, "tomorrow") && !has(w, "tonight") && !has(w, "tonite") &&
                  !has(w, "this") && !has(w, "last");
  std::optional<Ymd> base = anchored && c.anchor ? c.anchor : c.dct;
  std::string value = base ? fmt_date(add_days(*base, offset)) : "XXXX-XX-XX";
  if (part) return Value{"TIME", value + "T" + *part};
  return Value{"DATE", value};
}

Result upcoming_value(const std::vector<std::string>& w, const Context& c) {
  if (w.size() != 3 || w[1] != "upcoming") return std::nullopt;
  auto n = tables().numbers.find(w[0]);
  const int count = all_digits(w[0]) && w[0].size() <= 2 ? std::stoi(w[0]) : n != tables().numbers.end() ? static_cast<int>(n->second) : 0;
  std::string unit = w[2];
  if (unit.back() == 's') unit.pop_back();
  if (count <= 0 || (unit != "day" && unit != "week" && unit != "month" && unit != "quarter" && unit != "year")) return std::nullopt;
  return unit_relative(unit, count, c);
}

Result rel_value(const std::vector<std::string>& words_in, const Context& c) {
  // "the year's end" is the year end.
  std::vector<std::string> w;
  w.reserve(words_in.size());
  for (const auto& x : words_in) w.push_back(without_possessive(x));
  static const char* kUnits[] = {"weekend", "week", "month", "year", "quarter", "decade", "century"};
  if (has(w, "yr")) return unit_relative("year", direction(w).value_or(0), c);
  if (has(w, "qtr")) return unit_relative("quarter", direction(w).value_or(0), c);
  // "the past decade" is a span of ten years rather than the 1990s.
  if ((has(w, "past") || has(w, "last")) && (has(w, "decade") || has(w, "century")))
    return Value{"DURATION", has(w, "decade") ? "P10Y" : "P100Y"};
  // "the previous month", "the following year" step from the period the text last named, as
  // "the year before" does; "last month", "next year" from the dct.
  bool anaphoric = has(w, "previous") || has(w, "following");
  // "The next year it went public", told in the past after a year was named, is the one after
  // that year, as "the following year" is; "next year" without the article, or told in the
  // present or future ("in the next year"), or a future told in the past ("said the next year
  // would be better"), still counts from the dct.
  if (has(w, "the") && has(w, "next") && c.tense == Tense::kPast && !c.modal_after &&
      ((has(w, "year") && c.year_anchor) || (has(w, "month") && c.month_anchor) || (has(w, "week") && c.anchor)))
    anaphoric = true;
  int dir = direction(w).value_or(0);
  // "the weekend" told in the past on a weekday is the one just gone ("protests spread over
  // the weekend"), otherwise the one of the dct's week.
  if (!anaphoric && !direction(w) && has(w, "weekend") && !has(w, "this") && c.tense == Tense::kPast && c.dct &&
      iso_weekday(*c.dct) <= 5)
    dir = -1;
  // "By the end of the month", told in the past after a month or a day was named: a part of
  // that month ("The strike began on June 3. By the end of the month ..."); "this month" is
  // the dct's, and so is the end of the month told in the future.
  if (!anaphoric && !direction(w) && has(w, "month") && has(w, "of") && c.tense == Tense::kPast && c.month_anchor)
    return unit_relative("month", 0, c.month_anchor);
  // "By the end of the decade", told in the past after a decade was named ("In the 1980s ..."):
  // that decade, not the dct's; after a year was named ("opened in 1994 and closed by the end
  // of the decade"), the decade of that year.
  if (!anaphoric && !direction(w) && has(w, "decade") && !has(w, "this") && c.tense == Tense::kPast && !c.modal_after) {
    // Not a decade or a year of a plan: a decade told in the past is no later than the dct's.
    const auto told = [&](int year) { return !c.dct || year / 10 <= c.dct->y / 10; };
    if (c.last_value && granularity(*c.last_value) == "decade" && std::isdigit(static_cast<unsigned char>((*c.last_value)[0])) &&
        told(std::stoi(c.last_value->substr(0, 3)) * 10))
      return Value{"DATE", *c.last_value};
    if (c.year_anchor && told(*c.year_anchor)) return Value{"DATE", fmt_year(*c.year_anchor).substr(0, 3) + "X"};
  }
  // "last fiscal year", "the beginning of the financial year": the year of accounts of that
  // number, written FY as a fiscal year named by its number is ("FY2030").
  const std::string fy = fiscal_prefix(w);
  // "By the end of the year", told in the past after the sentence or the one before wrote out
  // an earlier year ("In 2005 sales rose; by the end of the year ..."): that year, not the dct's
  // (a year of accounts counts from its own, below).
  if (!anaphoric && !direction(w) && has(w, "year") && has(w, "of") && has(w, "the") && !has(w, "this") &&
      c.tense == Tense::kPast && !c.modal_after && fy.empty() && c.story_year && c.dct && *c.story_year < c.dct->y)
    return unit_relative("year", 0, calendar::Ymd{*c.story_year, 1, 1});
  for (const char* u : kUnits) {
    if (!has(w, u)) continue;
    if (!anaphoric) return with_fiscal(unit_relative(u, dir, c), fy);
    std::string_view unit(u);
    std::optional<Ymd> base = c.dct;
    if ((unit == "year" || unit == "decade" || unit == "century") && c.year_anchor) base = Ymd{*c.year_anchor, 1, 1};
    if ((unit == "month" || unit == "quarter") && c.month_anchor) base = c.month_anchor;
    if ((unit == "week" || unit == "weekend") && c.anchor) base = c.anchor;
    return with_fiscal(unit_relative(u, direction(w).value_or(0), base), fy);
  }
  return std::nullopt;
}

Result relmonth_value(const std::vector<std::string>& w, const Context& c) {
  int month = 0;
  for (const auto& x : w)
    if (auto it = tables().months.find(x); it != tables().months.end()) month = it->second;
  if (!month) return std::nullopt;
  if (follows_named(w, c))
    if (auto end = named_period_end(c)) return Value{"DATE", fmt_month(month <= end->m ? end->y + 1 : end->y, month)};
  if (!c.dct) return Value{"DATE", fmt_month(0, month).replace(0, 4, "XXXX")};
  int dir = direction(w).value_or(0), y = c.dct->y;
  if (dir < 0 && month >= c.dct->m) y -= 1;
  if (dir > 0 && month <= c.dct->m) y += 1;
  return Value{"DATE", fmt_month(y, month)};
}

Result season_value(const std::vector<std::string>& w, const Context& c) {
  const grammar::Season* s = nullptr;
  for (const auto& x : w)
    if (auto it = tables().seasons.find(x); it != tables().seasons.end()) s = &it->second;
  if (!s) return std::nullopt;
  std::optional<int> year = year_in(w);
  if (!year && follows_named(w, c))
    if (auto end = named_period_end(c)) year = end->m >= s->start_month ? end->y + 1 : end->y;
  if (!year && c.dct) {
    // In a story set in an earlier year, a season still to come counts from the story's
    // month, and one with a past verb is the story's year's.
    const std::optional<Ymd> story = story_reference(c);
    if (!story && c.story_year && *c.story_year < c.dct->y && c.tense == Tense::kPast && !direction(w))
      return Value{"DATE", fmt_year(*c.story_year) + "-" + s->code};
    const Ymd& d = story ? *story : *c.dct;
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
      // "this spring" told in November is the next one, but with a past verb the one of
      // the telling's year ("said this spring it would cut jobs"); told in February, before
      // it began, this year's whatever the verb.
      year = current || (c.tense == Tense::kPast && started) ? recent : (started ? d.y + 1 : d.y);
    } else if (c.tense == Tense::kFuture || (c.tense == Tense::kPresent && !current)) {
      year = current ? recent : (started ? d.y + 1 : d.y);
    } else {
      year = recent;
    }
  }
  return Value{"DATE", (year ? fmt_year(*year) : std::string("XXXX")) + "-" + s->code};
}

Result quarter_value(const std::vector<std::string>& words_in, const Context& c) {
  // "last year's third quarter", "2030's first half": the year in the possessive is the one of
  // "of"; "fiscal" changes no value ("last fiscal year's" is "last year's").
  std::vector<std::string> w;
  w.reserve(words_in.size());
  for (const auto& x : words_in)
    if (!tables().fiscal_words.count(x)) w.push_back(without_possessive(x));
  bool half = has(w, "half");
  int n = 0;
  std::optional<int> year_glued;
  for (size_t i = 0; i < w.size(); ++i) {
    const std::string& x = w[i];
    if (x.size() == 2 && (x[0] == 'q') && x[1] >= '1' && x[1] <= '4') n = x[1] - '0';
    if (x.size() == 6 && x[4] == 'q' && all_digits(x.substr(0, 4)) && x[5] >= '1' && x[5] <= '4') {  // 2018Q4
      n = x[5] - '0';
      year_glued = std::stoi(x.substr(0, 4));
    }
    // "18Q4", "'18Q4": a two-digit year, read in the window of two-digit years.
    size_t at = !x.empty() && x[0] == '\'' ? 1 : 0;
    if (x.size() == at + 4 && x[at + 2] == 'q' && all_digits(x.substr(at, 2)) && x[at + 3] >= '1' && x[at + 3] <= '4') {
      n = x[at + 3] - '0';
      year_glued = full_year(std::stoi(x.substr(at, 2)), c);
    }
    // The quarter or half first, as financial news writes them: "3Q", "1H", "H2", and a
    // year glued to it: "1Q13", "2H2013" (with a year apart, "3Q 2013", year_in reads it).
    const bool digit_first = x.size() >= 2 && x[0] >= '1' && x[0] <= '4' && (x[1] == 'q' || x[1] == 'h');
    const bool half_first = x.size() == 2 && x[0] == 'h' && (x[1] == '1' || x[1] == '2');
    if (half_first) {
      n = x[1] - '0';
      half = true;
    }
    if (digit_first && (x.size() == 2 || ((x.size() == 4 || x.size() == 6) && all_digits(x.substr(2))))) {
      n = x[0] - '0';
      half = half || x[1] == 'h';
      if (x.size() == 4) {
        // "1Q84" in a story of 2026 is a title or a part number, not a quarter of 1984: a
        // glued two-digit year is a quarter's only near the telling.
        const int y = full_year(std::stoi(x.substr(2)), c);
        if (c.dct && std::abs(y - c.dct->y) > 15) return std::nullopt;
        year_glued = y;
      }
      if (x.size() == 6) year_glued = std::stoi(x.substr(2));
    }
    // The "last" of "last year" names the year, not the quarter.
    bool of_year = i + 1 < w.size() && w[i + 1] == "year";
    if (auto it = tables().ordinals.find(x); it != tables().ordinals.end() && n == 0 && !of_year) n = it->second;
  }
  std::optional<int> year = year_glued ? year_glued : year_in(w);
  if (!year) year = relative_year(w, c.dct);
  bool of = has(w, "of") || year;
  bool latest = has(w, "latest") || has(w, "recent");  // "the latest quarter": the last one ended
  if (!of && c.dct && (n == -1 || latest || has(w, "previous") || has(w, "next") || has(w, "this") || has(w, "current"))) {
    int dir = n == -1 || latest || has(w, "previous") ? -1 : has(w, "next") ? 1 : 0;
    if (!half) return unit_relative("quarter", dir, c);
    int idx = c.dct->y * 2 + (c.dct->m - 1) / 6 + dir;
    return Value{"DATE", fmt_year(idx / 2) + "-H" + std::to_string(idx % 2 + 1)};
  }
  if (n == -1) n = half ? 2 : 4;
  if (n <= 0 || (half && n > 2)) return std::nullopt;
  if (!year && c.dct) {
    // "rose in the fourth quarter", said in March: last year's; "will close in the first
    // quarter", said in October: next year's.
    int current = half ? (c.dct->m - 1) / 6 + 1 : (c.dct->m - 1) / 3 + 1;
    // The quarter just ended stays this year's told in the future: its results are reported
    // after it closes ("will report on the third quarter", said in October).
    const int last_ended = half ? current : current - 1;
    year = c.dct->y - (n > current && c.tense == Tense::kPast ? 1 : 0) + (n < last_ended && c.tense == Tense::kFuture ? 1 : 0);
  }
  return Value{"DATE", (year ? fmt_year(*year) : std::string("XXXX")) + (half ? "-H" : "-Q") + std::to_string(n)};
}

Result decade_value(const std::vector<std::string>& w, const Context& c) {
  // A decade of two figures or in words ("the 80s", "the nineties") is the last one begun by
  // the dct's year ("the 20s" is the 1920s told in 2015, the 2020s in 2025); without a dct,
  // the 2000s up to the 20s.
  const auto decade = [&](int tens) {
    const bool this_century = c.dct ? 2000 + 10 * tens <= c.dct->y : tens <= 2;
    return Value{"DATE", std::string(this_century ? "20" : "19") + static_cast<char>('0' + tens) + "X"};
  };
  for (const auto& x : w) {
    // "nineties": the number word "ninety" (numbers.tsv) with -ies for its -y.
    if (x.size() > 4 && x.compare(x.size() - 3, 3, "ies") == 0) {
      auto it = tables().numbers.find(x.substr(0, x.size() - 3) + "y");
      if (it != tables().numbers.end() && it->second >= 20 && it->second <= 90 && static_cast<int>(it->second) % 10 == 0)
        return decade(static_cast<int>(it->second) / 10);
    }
    std::string digits;
    for (char ch : x)
      if (ch >= '0' && ch <= '9') digits += ch;
    if (x.back() != 's') continue;
    if (digits.size() == 4) return Value{"DATE", digits.substr(0, 3) + "X"};
    if (digits.size() == 2) return decade(digits[0] - '0');
  }
  return std::nullopt;
}

Result century_value(const std::vector<std::string>& w) {
  // "the 19th century" runs 1801-1900 strictly; TimeML, like common use, takes the 1800s, and
  // writes a century as its two first figures, with no X after them ("18").
  int n = 0;
  for (size_t i = 0; i < w.size() && !n; ++i) {
    if (int k = leading_number(w[i]); k > 0) n = k;
    if ((w[i] == "twenty" || w[i] == "thirty") && i + 1 < w.size() && tables().day_ordinals.count(w[i + 1]))
      n = (w[i] == "twenty" ? 20 : 30) + tables().day_ordinals.at(w[i + 1]);
    else if (auto it = tables().day_ordinals.find(w[i]); it != tables().day_ordinals.end() && !n)
      n = it->second;
  }
  if (n < 1 || n > 21) return std::nullopt;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n - 1);
  return Value{"DATE", buf};
}

Result year_value(const std::vector<std::string>& w, const Context& c) {
  // A year of an era: "753 BC", "AD 79", "300 CE"; a year before Christ takes the "BC" of
  // TIMEX2 and TimeML ("BC0753"), one after it the plain four digits ("0079").
  for (size_t i = 0; i < w.size(); ++i) {
    const auto& e = w[i];
    bool bc = e == "bc" || e == "bce" || e == "b.c" || e == "b.c.e";
    bool ad = e == "ad" || e == "a.d" || e == "ce" || e == "c.e";
    if (!bc && !ad) continue;
    size_t at = i > 0 && all_digits(w[i - 1]) ? i - 1 : i + 1;  // "79 AD" or "AD 79"
    if (at >= w.size() || !all_digits(w[at]) || w[at].size() > 4) continue;
    int y = std::stoi(w[at]);
    if (y < 1) return std::nullopt;
    return Value{"DATE", (bc ? "BC" : "") + fmt_year(y)};
  }
  // A fiscal year is not the calendar year of its number.
  const std::string fy = fiscal_prefix(w);
  if (auto y = year_in(w)) return Value{"DATE", fy + fmt_year(*y)};
  for (const auto& x : w) {  // "FY2009", "FY09", "FY 09"
    std::string digits = x.size() > 2 && x.compare(0, 2, "fy") == 0 ? x.substr(2) : x;
    if (digits.size() == 4 && all_digits(digits)) return Value{"DATE", fy + digits};
    if (digits.size() == 2 && all_digits(digits) && (digits != x || (w.size() > 1 && w[0] == "fy")))
      return Value{"DATE", fy + fmt_year(full_year(std::stoi(digits), c))};
  }
  for (const auto& x : w)
    if (x.size() == 3 && x[0] == '\'' && all_digits(x.substr(1))) {
      return Value{"DATE", fmt_year(full_year(std::stoi(x.substr(1)), c))};
    }
  return std::nullopt;
}

Result monthweek_value(const std::vector<std::string>& w, const Context& c) {
  if (w.size() > 3 && w[0] == "the" && w[1] == "week" && w[2] == "of") {  // "the week of October 7"
    auto d = date_value(std::vector<std::string>(w.begin() + 3, w.end()), c);
    auto day = d ? parse_ymd(d->value) : std::nullopt;
    if (!day) return Value{"DATE", "XXXX-WXX"};
    // A week is named by its first day, and a Sunday begins the week of the calendars that
    // start on Sunday (North America's): "the week of" a Sunday is the ISO week after the
    // one that Sunday ends, six of its seven days.
    if (iso_weekday(*day) == 7) day = add_days(*day, 1);
    return Value{"DATE", fmt_week(*day)};
  }
  // N counts from the start ("the second week of May"), or from the end with "last" ("the
  // second last week of May"; "the last week" alone is N = -1).
  int month = 0, n = 0;
  for (const auto& x : w) {
    if (auto it = tables().months.find(x); it != tables().months.end()) month = it->second;
    if (n != 0) continue;
    if (auto it = tables().ordinals.find(x); it != tables().ordinals.end()) n = it->second;
    else if (auto d = tables().day_ordinals.find(x); d != tables().day_ordinals.end() && d->second <= 5) n = d->second;
    else if (int k = leading_number(x); k > 0 && k <= 5 && !all_digits(x)) n = k;
  }
  if (n > 0 && counted_from_end(w)) n = -n;
  std::optional<int> year = year_in(w);
  if (!month && year && !has(w, "weekend")) {
    // A week of a year: the one of January 4 (the ISO first) or of December 28 (the last).
    Ymd day = n > 0 ? add_days(Ymd{*year, 1, 4}, 7 * (n - 1)) : add_days(Ymd{*year, 12, 28}, 7 * (n + 1));
    return Value{"DATE", fmt_week(day)};
  }
  if (!year && c.dct) year = year_in_context(month, 0, *c.dct, c);
  if (!month || !year) return Value{"DATE", "XXXX-WXX"};
  if (has(w, "weekend")) {
    // The weekend of the month's Nth (or Nth last) Saturday: "the first weekend of May".
    Ymd first{*year, month, 1}, last{*year, month, days_in_month(*year, month)};
    Ymd saturday = n > 0 ? add_days(first, (6 - iso_weekday(first) + 7) % 7 + 7 * (std::min(n, 4) - 1))
                         : add_days(last, -((iso_weekday(last) - 6 + 7) % 7) + 7 * (std::max(n, -4) + 1));
    return Value{"DATE", fmt_week(saturday) + "-WE"};
  }
  // The week that holds most of its days in the month: the one of day 4 (first) or of
  // the last day but three (last), and N - 1 weeks on (or back).
  Ymd day = n > 0 ? Ymd{*year, month, std::min(28, 4 + 7 * (n - 1))}
                  : Ymd{*year, month, std::max(1, days_in_month(*year, month) - 3 + 7 * (std::max(n, -4) + 1))};
  return Value{"DATE", fmt_week(day)};
}

std::string period_shifted(const std::string& period, int years) {
  const size_t at = period.compare(0, 2, "FY") == 0 ? 2 : 0;
  return period.substr(0, at) + fmt_year(std::stoi(period.substr(at, 4)) + years) + period.substr(at + 4);
}

Result same_value(const std::vector<std::string>& w, const Context& c) {
  // After a quarter or a half ("the third quarter ... the same period last year"), that
  // quarter or half a year back.
  if (c.period_anchor) return Value{"DATE", period_shifted(*c.period_anchor, -1)};
  // "the year-earlier quarter" with no quarter named: the last one ended, a year back.
  if (has(w, "quarter") && c.dct) {
    int idx = c.dct->y * 4 + (c.dct->m - 1) / 3 - 1 - 4;
    return Value{"DATE", fmt_year(idx / 4) + "-Q" + std::to_string(idx % 4 + 1)};
  }
  if (has(w, "half") && c.dct) {  // "the year-earlier half": the last half ended, a year back
    int idx = c.dct->y * 2 + (c.dct->m - 1) / 6 - 1 - 2;
    return Value{"DATE", fmt_year(idx / 2) + "-H" + std::to_string(idx % 2 + 1)};
  }
  std::optional<Ymd> base = c.month_anchor ? c.month_anchor : c.dct;
  if (!base) return Value{"DATE", "XXXX-XX"};
  return Value{"DATE", fmt_month(base->y - 1, base->m)};
}

}  // namespace dossier::timex::resolver

namespace dossier::timex::resolver {

Result streak_value(const std::vector<std::string>& w, const Context& c) {
  for (const char* u : {"day", "session", "week", "month", "quarter", "year"})
    if (has(w, u)) return unit_relative(std::string_view(u) == "session" ? "day" : u, 0, c);
  return std::nullopt;
}

Result before_value(const std::vector<std::string>& w, const Context& c) {
  if (has(w, "after")) {
    // "the year after": a step forward from a period the story named. With none named the
    // dct's next year would be a guess ("the year after the war"): the value is unknown
    // (a date named right after it may still give it: anchor_to_following_date), and a week
    // or month after a story that named only the year lies in that year, unknown which.
    const std::string year = anchor_year(c);
    if (has(w, "year")) return c.year_anchor ? unit_relative("year", 1, Ymd{*c.year_anchor, 1, 1}) : Result(Value{"DATE", year});
    if (has(w, "month")) return c.month_anchor ? unit_relative("month", 1, c.month_anchor) : Result(Value{"DATE", year + "-XX"});
    return c.anchor ? unit_relative("week", 1, c.anchor) : Result(Value{"DATE", year + "-WXX"});
  }
  int back = has(w, "last") ? 2 : 1;  // "the year before last"
  if (has(w, "year")) {
    // "the year before last" counts from the dct's year, as "last year" does.
    std::optional<Ymd> base = c.year_anchor && back == 1 ? std::optional<Ymd>(Ymd{*c.year_anchor, 1, 1}) : c.dct;
    return unit_relative("year", -back, base);
  }
  if (has(w, "month")) return unit_relative("month", -back, c.month_anchor ? c.month_anchor : c.dct);
  return unit_relative("week", -back, c.anchor ? c.anchor : c.dct);
}

Result that_value(const std::vector<std::string>& w, const Context& c) {
  // "June of that year": that month of the year last named; with none named, of a year unknown.
  if (has(w, "year")) {
    for (const auto& x : w) {
      auto it = tables().months.find(x);
      if (it == tables().months.end()) continue;
      return Value{"DATE", anchor_year(c) + fmt_month(0, it->second).substr(4)};  // the year, then "-MM"
    }
  }
  // "by that time": the date last named as it was named; with none there is nothing to take up.
  if (has(w, "time")) return c.last_value ? Result(Value{"DATE", *c.last_value}) : std::nullopt;
  if (has(w, "year")) return unit_relative("year", 0, c.year_anchor ? std::optional<Ymd>(Ymd{*c.year_anchor, 1, 1}) : c.dct);
  // The story last named a year or a month, not a day ("In 1989 the wall fell. That night,
  // ..."): the month, week or day is unknown but lies in it.
  const std::string coarse = c.last_value ? *c.last_value : std::string();
  const std::string g = granularity(coarse);
  // A day the story named before ("on Tuesday ... built in 1975. That night") is still the day.
  const bool year = g == "year" && !c.anchor, month = g == "month" && !c.anchor;
  if (has(w, "month")) {
    if (year) return Value{"DATE", coarse + "-XX"};
    return unit_relative("month", 0, c.month_anchor ? c.month_anchor : c.dct);
  }
  if (has(w, "week") || has(w, "weekend")) {
    if (year || month) return Value{"DATE", coarse.substr(0, 4) + (has(w, "week") ? "-WXX" : "-WXX-WE")};
    return unit_relative(has(w, "week") ? "week" : "weekend", 0, c.anchor ? c.anchor : c.dct);
  }
  Result r = day_value(w, c);  // "that day", "that night": anchored as "the same day" is
  if ((year || month) && r && r->value.size() >= 10) r->value.replace(0, 10, coarse + (year ? "-XX-XX" : "-XX"));
  return r;
}

Result whole_value(const std::vector<std::string>& w, const Context& c) {
  // "results for the third quarter ... the full year": the year the quarter fell in. A year
  // named earlier in the story without a quarter is no anchor ("founded in 1971 ... a loss
  // for the full year"): the year is then the one of the telling.
  // "the full year 2030": the year it names. "the full fiscal year": a year of accounts, FY.
  if (!has(w, "year")) return std::nullopt;
  const std::string fy = fiscal_prefix(w);
  for (const auto& x : w)
    if (x.size() == 4 && all_digits(x)) return Value{"DATE", fy + x};
  if (c.near_period) return Value{"DATE", fy + c.near_period->substr(0, 4)};
  return with_fiscal(unit_relative("year", 0, c.dct), fy);
}

}  // namespace dossier::timex::resolver
