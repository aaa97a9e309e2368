// The value functions of amounts of time: "three years ago", "two days from now", durations, sets and clock
// times. Tested by resolver_test.cc.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "resolver.h"

namespace dossier::timex::resolver {

Result ago_value(const std::vector<std::string>& w, const Context& story) {
  std::string uname;
  const grammar::Unit* u = unit_of(w, &uname);
  if (!u) return weekday_value(w, story);  // "two Tuesdays ago": counted weekdays
  double n = 0;
  bool vague = false;
  // The number after any hedge: "almost 35 years ago", "some 20 years ago" ("some years ago"
  // has no number).
  for (size_t i = 0; i < w.size() && w[i] != uname; ++i) {
    if (w[i] == "some" && i + 1 < w.size() && w[i + 1] != uname) continue;
    if (read_number(w, i, n, vague) != i) break;
  }
  if (has(w, "few")) vague = true;  // "a few years ago": the "a" is no number
  if (!w.empty() && w[0] == uname) vague = true;  // "years ago": no count at all
  // "a year and a half ago", "half a year ago" ("six and a half" is read as 6.5 above).
  if (!vague && has(w, "half")) n = !has(w, "and") ? 0.5 : n == std::floor(n) ? n + 0.5 : n;
  // "two weeks later", "a year earlier" count from the last day the text named, as TimeML
  // anchors them, not from the dct; without such a day only the amount of time is known.
  bool shift = has(w, "earlier") || has(w, "later");
  // Years count from the year the text last named, which may be no day ("elected in 2004 and
  // again four years later": 2008), and months from its last month.
  // Only a whole number of units moves the anchor ("1.5 decades later" is no year), and only
  // to a year TIMEX3 can write (1 to 9999: "10,000 years later" is an amount of time).
  double units = n * u->multiplier;
  bool whole = units < 1e6 && std::fabs(units - std::round(units)) < 1e-9;
  if (shift && !vague && n > 0 && whole && !u->time && (u->letter == 'Y' || u->letter == 'M')) {
    int k = static_cast<int>(std::llround(units)) * (has(w, "later") ? 1 : -1);
    if (u->letter == 'Y' && story.year_anchor) {
      int y = *story.year_anchor + k;
      if (y < 1 || y > 9999) return duration_value(w);
      // Right after a quarter or a half, "a year earlier" is that quarter or half a year back;
      // a fiscal year anchors it as a calendar year does ("the year before" too).
      const bool quarter_or_half = story.period_anchor && story.period_anchor->compare(0, 2, "FY") != 0;
      return Value{"DATE", quarter_or_half ? period_shifted(*story.period_anchor, k) : fmt_year(y)};
    }
    if (u->letter == 'M' && story.month_anchor) return unit_relative("month", k, story.month_anchor);
  }
  // With no day named, "a year earlier" ("profit rose from a year earlier") counts back from
  // the dct, as "a year ago" does: TimeML's reference time is the dct until the text moves it.
  // So do "a week earlier" and "two days earlier": the day that far before the telling, but
  // not once the story has named a month ("a loss in May. Three days earlier ..."): the days
  // count from some day of it, which is unknown, so they stay a length of time.
  const bool days = u->letter == 'W' || u->letter == 'D';
  bool from_dct = shift && !story.anchor && story.dct && has(w, "earlier") && !vague && n > 0 && whole && !u->time &&
                  (u->letter == 'Y' || u->letter == 'M' || u->letter == 'Q' || (days && !story.month_anchor));
  if (shift && !from_dct && (vague || n <= 0 || !story.anchor)) return duration_value(w);
  Context c = story;
  if (shift && !from_dct) c.dct = story.anchor;
  bool ahead = has(w, "hence") || has(w, "from") || has(w, "later");  // "three weeks hence", "three days from now"
  if (vague || n <= 0 || !c.dct) return Value{"DATE", c.dct && vague ? (ahead ? "FUTURE_REF" : "PAST_REF") : "XXXX-XX-XX"};
  if (units >= 1e6) return Value{"DATE", ahead ? "FUTURE_REF" : "PAST_REF"};  // "a billion years ago"
  int64_t k = std::llround(units) * (ahead ? -1 : 1);
  const Ymd& d = *c.dct;
  if (u->time) return Value{"DATE", fmt_date(d)};
  if (!whole) {
    // A part of a unit ("a year and a half ago"): the days it spans, at the grain of the
    // count's own month for years and months, of the day for weeks and days.
    const double days_per = u->letter == 'Y' ? 365.25 : u->letter == 'Q' ? 91.31 : u->letter == 'M' ? 30.44
                            : u->letter == 'W' ? 7 : u->letter == 'D' ? 1 : 0;
    if (days_per == 0) return duration_value(w);
    const int64_t back = std::llround(units * days_per) * (ahead ? -1 : 1);
    const Ymd day = add_days(d, -back);
    return Value{"DATE", u->letter == 'W' || u->letter == 'D' ? fmt_date(day) : calendar::fmt_month(day.y, day.m)};
  }
  switch (u->letter) {
    case 'D': return Value{"DATE", fmt_date(add_days(d, -k))};
    case 'W': return Value{"DATE", fmt_date(add_days(d, -7 * k))};  // "a week ago": that day
    case 'M': return unit_relative("month", static_cast<int>(-k), c);
    case 'Q': return unit_relative("quarter", static_cast<int>(-k), c);
    default: {
      // "almost 35 years ago" is less than 35 years back: said in the second half of a year,
      // the year after the plain count ("almost 35 years ago" in December 2009: 1975).
      bool almost = !ahead && (has(w, "almost") || has(w, "nearly") || (has(w, "just") && has(w, "under")));
      int64_t y = d.y - k + (almost && d.m >= 7 ? 1 : 0);
      // Beyond the years TIMEX3 writes ("10,000 years ago"): only the direction is known.
      if (y < 1 || y > 9999) return Value{"DATE", ahead ? "FUTURE_REF" : "PAST_REF"};
      return Value{"DATE", fmt_year(static_cast<int>(y))};
    }
  }
}

Result year_range_value(const std::vector<std::string>& w) {
  std::vector<int> years;
  for (const auto& x : w)
    if (x.size() == 4 && all_digits(x)) years.push_back(std::stoi(x));
  if (years.size() == 2 && years[1] > years[0]) return Value{"DURATION", "P" + std::to_string(years[1] - years[0]) + "Y"};
  return std::nullopt;
}

Result duration_value(const std::vector<std::string>& w) {
  // "a quarter of an hour", "three quarters of an hour": minutes, not the quarter of a year.
  if ((has(w, "quarter") || has(w, "quarters")) && has(w, "hour")) return Value{"DURATION", has(w, "three") ? "PT45M" : "PT15M"};
  // "1/2 hour", "3/4 h", "1/4h" (the slash splits the words): a half or quarters of an hour.
  if (w.size() >= 2 && (w[0] == "1" || w[0] == "3") && !w[1].empty() && (w[1][0] == '2' || w[1][0] == '4')) {
    bool glued = w[1].size() == 2 && w[1][1] == 'h';
    bool unit = w.size() == 3 && w[1].size() == 1 && (w[2] == "h" || w[2] == "hr" || w[2] == "hour" || w[2] == "hours" || w[2] == "hrs");
    if ((glued && w.size() == 2) || unit) {
      int num = w[0][0] - '0', den = w[1][0] - '0';
      if (num < den) return Value{"DURATION", "PT" + std::to_string(60 * num / den) + "M"};
    }
  }
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
  // "half a day", "about half an hour": "half" before its article, not "two and a half".
  auto half = std::find(w.begin(), w.end(), "half");
  bool half_an = half != w.end() && half + 1 != w.end() && (half[1] == "a" || half[1] == "an") &&
                 (half == w.begin() || half[-1] != "and");
  if (half_an) {
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
  bool plural = !uname.empty() && uname.back() == 's';
  if (has(w, "long") && plural) {  // "a years-long dispute": no count, the "a" is the article
    vague = true;
    found = true;
  } else if (!found && has(w, "long")) {  // "year-long": one
    n = 1;
    found = true;
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

namespace {

// The byte bounds of the first number of a range of amounts in [FIRST_B, FIRST_E) and the
// offset where the second amount begins, or 0 when TEXT is no such range.
size_t amount_range_split(std::string_view text, size_t& first_b, size_t& first_e) {
  size_t b = text.size() > 8 && lower(text.substr(0, 8)) == "between " ? 8 : 0;
  std::string low = lower(text);
  // A connector in words, or a dash with spaces around it, ends the first number; "twenty-five
  // to thirty years" keeps its own hyphen. Without one the dash is glued: "3-5", "two-three".
  size_t e = std::string::npos, second = 0;
  for (const char* joint : {" to ", " and ", " or ", " - ", " \u2013 "}) {
    size_t at = low.find(joint, b);
    if (at != std::string::npos && at < e) {
      e = at;
      second = at + std::string_view(joint).size();
    }
  }
  if (e == std::string::npos) {
    bool digits = b < text.size() && text[b] >= '0' && text[b] <= '9';
    e = b;
    while (e < text.size() && text[e] != ' ' && text[e] != '-' && static_cast<unsigned char>(text[e]) != 0xe2 &&
           (!digits || (text[e] >= '0' && text[e] <= '9') || text[e] == '.' || text[e] == ','))
      ++e;
    second = e;
    while (second < text.size() && (text[second] == ' ' || text[second] == '-')) ++second;
    if (text.substr(second, 3) == "\u2013") second += 3;
    while (second < text.size() && text[second] == ' ') ++second;
  }
  if (e <= b || second <= e || second >= text.size()) return 0;
  first_b = b;
  first_e = e;
  return second;
}

}  // namespace

std::optional<AmountRange> amount_range(std::string_view text) {
  AmountRange r;
  r.second_b = amount_range_split(text, r.first_b, r.first_e);
  if (!r.second_b) return std::nullopt;
  auto second = words(text.substr(r.second_b));
  std::string unit;
  auto second_value = duration_value(second);
  if (!second_value || !unit_of(second, &unit)) return std::nullopt;
  auto first = words(text.substr(r.first_b, r.first_e - r.first_b));
  first.push_back(unit);
  auto first_value = duration_value(first);
  if (!first_value) return std::nullopt;
  r.first = *first_value;
  r.second = *second_value;
  return r;
}

Result ahead_value(const std::vector<std::string>& w, const Context& c) {
  auto d = duration_value(w);
  if (!d || !c.dct) return d;
  const std::string& v = d->value;
  bool time = v.size() > 2 && v[1] == 'T';
  // "in a few minutes", "in a few hours": an unknown number of hours still ends today (the
  // dct's clock time being unknown); a few days or years is no day to name.
  if (v.find('X') != std::string::npos) return time ? Result(Value{"DATE", fmt_date(*c.dct)}) : d;
  double n = std::atof(v.c_str() + (time ? 2 : 1));
  char unit = v.back();
  const Ymd& day = *c.dct;
  if (time) {  // the clock time of the dct is unknown: whole days only
    double per_day = unit == 'H' ? 24 : unit == 'M' ? 1440 : 86400;
    return Value{"DATE", fmt_date(add_days(day, static_cast<int64_t>(n / per_day)))};
  }
  if (n != std::floor(n)) return d;
  int k = static_cast<int>(n);
  switch (unit) {
    case 'D': return Value{"DATE", fmt_date(add_days(day, k))};
    case 'W': return Value{"DATE", fmt_date(add_days(day, 7 * k))};
    case 'M': {
      int idx = day.y * 12 + day.m - 1 + k, y = idx / 12, m = idx % 12 + 1;
      return Value{"DATE", fmt_date(Ymd{y, m, std::min(day.d, days_in_month(y, m))})};
    }
    case 'Y': return Value{"DATE", fmt_date(Ymd{day.y + k, day.m, std::min(day.d, days_in_month(day.y + k, day.m))})};
    default: return d;
  }
}

Result set_value(const std::vector<std::string>& w) {
  static const std::pair<const char*, const char*> kAdverbs[] = {
      {"daily", "P1D"},   {"weekly", "P1W"},     {"monthly", "P1M"}, {"annually", "P1Y"},
      {"yearly", "P1Y"},  {"annual", "P1Y"},     {"quarterly", "P3M"}, {"hourly", "PT1H"},
      {"nightly", "P1D"}, {"biannual", "P6M"},   {"biennial", "P2Y"}};
  for (const auto& [word, value] : kAdverbs)
    if (has(w, word)) return Value{"SET", value};
  int every = has(w, "other") ? 2 : 1;
  if (has(w, "quarter")) return Value{"SET", "P" + std::to_string(3 * every) + "M"};  // as "quarterly"
  for (const auto& x : w) {
    if (auto it = tables().weekdays.find(x); it != tables().weekdays.end())
      return Value{"SET", "XXXX-WXX-" + std::to_string(it->second)};
    if (auto it = tables().seasons.find(x); it != tables().seasons.end())
      return Value{"SET", "XXXX-" + it->second.code};
    if (auto it = tables().parts.find(x); it != tables().parts.end())
      return Value{"SET", "XXXX-XX-XXT" + it->second};
  }
  std::string uname;
  if (const grammar::Unit* u = unit_of(w, &uname)) {
    // "every 15 minutes", "every few years": the count right after the word; "three times a
    // year" counts the times, not the years.
    double n = 0;
    bool vague = false;
    if (w.size() > 2 && (w[0] == "every" || w[0] == "each") && w[1] != "other") {
      vague = w[1] == "few";
      if (!vague) read_number(w, 1, n, vague);
    }
    std::string count = vague ? "X" : n > 0 ? number_text(n * u->multiplier) : std::to_string(every * u->multiplier);
    return Value{"SET", std::string(u->time ? "PT" : "P") + count + u->letter};
  }
  return std::nullopt;
}

namespace {

// An hour of the clock written as a word or in figures ("seven", "7"), 1 to 12, or -1.
int clock_hour(const std::string& x) {
  if (x == "noon" || x == "midday") return 12;
  if (x == "midnight") return 0;
  if (all_digits(x)) {
    int n = std::stoi(x.substr(0, std::min<size_t>(x.size(), 3)));
    return n >= 1 && n <= 12 ? n : -1;
  }
  auto it = tables().numbers.find(x);
  return it != tables().numbers.end() && it->second >= 1 && it->second <= 12 && x != "a" && x != "an" && x != "single" ? static_cast<int>(it->second) : -1;
}

// A reading of the clock in words from W[I]: "seven thirty", "ten oh five", "three o'clock",
// "half past nine", "a quarter to six", "twenty minutes after four". Sets H and M (H 0-23
// only for noon and midnight) and returns the index after the reading, or I for none.
size_t clock_in_words(const std::vector<std::string>& w, size_t i, int& h, int& m) {
  const auto& numbers = tables().numbers;
  auto number = [&](size_t k) -> int {
    if (k >= w.size()) return -1;
    if (all_digits(w[k]) && w[k].size() <= 2) return std::stoi(w[k]);
    auto it = numbers.find(w[k]);
    return it == numbers.end() || w[k] == "a" || w[k] == "an" || w[k] == "single" ? -1 : static_cast<int>(it->second);
  };
  // "half past", "a quarter to", "twenty minutes after" before an hour.
  size_t k = i;
  int minutes = -1;
  if (k + 1 < w.size() && w[k] == "half" && w[k + 1] != "past" && !all_digits(w[k + 1]) && clock_hour(w[k + 1]) > 0) {
    h = clock_hour(w[k + 1]);  // "half seven": half past seven, as British speech has it
    m = 30;
    return k + 2;
  }
  if (k < w.size() && w[k] == "half") {
    minutes = 30;
    ++k;
  } else if (k + 1 < w.size() && (w[k] == "quarter" || (w[k] == "a" && w[k + 1] == "quarter"))) {
    minutes = 15;
    k += w[k] == "a" ? 2 : 1;
  } else if (int n = number(k); n > 0 && n < 60 && k + 1 < w.size() && (w[k + 1] == "minutes" || w[k + 1] == "minute")) {
    minutes = n;
    k += 2;
  } else if (int bare = number(k); bare > 0 && bare < 60 && k + 2 < w.size() && (w[k + 1] == "past" || w[k + 1] == "to" || w[k + 1] == "after") &&
                                     !(w[k + 1] == "to" && w[k + 2] == "one")) {
    minutes = bare;  // "twenty to six" (the grammar reads it only after "at"); "ten to one" is odds
    k += 1;
  } else if (int tens = number(k); tens >= 20 && tens < 60 && tens % 10 == 0 && k + 2 < w.size() && number(k + 1) > 0 &&
             number(k + 1) < 10 && (w[k + 2] == "minutes" || w[k + 2] == "minute")) {  // "twenty five minutes to"
    minutes = tens + number(k + 1);
    k += 3;
  }
  if (minutes >= 0) {
    if (k + 1 >= w.size() || (w[k] != "past" && w[k] != "after" && w[k] != "to")) return i;
    int hour = clock_hour(w[k + 1]);
    if (hour < 0) return i;
    bool to = w[k] == "to";
    h = to ? (hour + 23) % 24 : hour;
    m = to ? 60 - minutes : minutes;
    return k + 2;
  }
  if (i + 1 < w.size() && (w[i + 1] == "to" || w[i + 1] == "past" || w[i + 1] == "after")) return i;  // minutes refused above
  int hour = clock_hour(w[i]);
  if (hour < 1 || all_digits(w[i])) return i;
  h = hour;
  m = 0;
  k = i + 1;
  if (k + 1 < w.size() && (w[k] == "oh" || w[k] == "o" || w[k] == "zero") && number(k + 1) > 0 && number(k + 1) < 10) {  // "ten oh five", "ten o five", "ten zero five"
    m = number(k + 1);
    return k + 2;
  }
  if (int n = number(k); n >= 10 && n < 60) {  // "seven thirty", "nine forty five"
    m = n;
    ++k;
    if (n >= 20 && n % 10 == 0)
      if (int units = number(k); units > 0 && units < 10) {
        m += units;
        ++k;
      }
  }
  return k;
}

}  // namespace

Result time_value(std::string_view s, const std::vector<std::string>& w, const Context& c) {
  int h = -1, m = 0, sec = -1;
  // The clock reading is the first word that is no weekday and no "at": "Thursday at 8:00".
  size_t at = 0;
  // "tonight at 8", "this morning at 9": the part of the day before it too.
  const auto& day_part = tables().daypart_words;
  while (at + 1 < w.size() && (w[at] == "at" || tables().weekdays.count(w[at]) || day_part.count(w[at]))) ++at;
  std::string first = w.empty() ? "" : w[at];
  if (first == "noon" || first == "midday" || (first == "mid" && at + 1 < w.size() && w[at + 1] == "day")) {
    h = 12;
  } else if (first == "midnight") {
    h = 0;
  } else if (clock_in_words(w, at, h, m) != at) {
  } else if (std::sscanf(first.c_str(), "%d:%d:%d", &h, &m, &sec) >= 2 || std::sscanf(first.c_str(), "%d.%d", &h, &m) == 2 ||
             std::sscanf(first.c_str(), "%dh%d", &h, &m) == 2) {
  } else if (std::string_view core = std::string_view(first).substr(0, first.find_first_not_of("0123456789"));
             (core.size() == 4 || core.size() == 3) && core.size() + 2 >= first.size()) {  // "0800 UTC", "330 p.m.", "1030am"
    h = std::stoi(std::string(core.substr(0, core.size() - 2)));
    m = std::stoi(std::string(core.substr(core.size() - 2)));
  } else if (all_digits(first) && first.size() <= 2 && at + 1 < w.size() && w[at + 1].size() == 2 && all_digits(w[at + 1])) {
    h = std::stoi(first);  // "at 4 45": the hour and its minutes read aloud in figures
    m = std::stoi(w[at + 1]);
  } else if (at + 1 < w.size() && (w[at + 1] == "to" || w[at + 1] == "past" || w[at + 1] == "after")) {
    return std::nullopt;  // minutes before an hour the clock did not read ("at ten to one": odds)
  } else {
    h = leading_number(first);
  }
  std::string ls = lower(s);
  bool pm = ls.find("pm") != std::string::npos || ls.find("p.m") != std::string::npos;
  bool am = ls.find("am") != std::string::npos || ls.find("a.m") != std::string::npos;
  // "nine fifty nine a m", as speech is written down.
  if (w.size() >= 2 && w.back() == "m" && (w[w.size() - 2] == "a" || w[w.size() - 2] == "p")) (w[w.size() - 2] == "p" ? pm : am) = true;
  // "4:45p", "3p"
  if (first.size() > 1 && (first.back() == 'p' || first.back() == 'a') &&
      (first.find(':') != std::string::npos || all_digits(std::string_view(first).substr(0, first.size() - 1)))) {
    pm = pm || first.back() == 'p';
    am = am || first.back() == 'a';
  }
  // "tonight at 12", "at 12 tonight", "midnight tonight": midnight, at the start of the next day.
  bool next_day = (h == 12 && !pm && !am && (has(w, "tonight") || has(w, "tonite") || has(w, "night") || has(w, "evening"))) ||
                  (first == "midnight" && (has(w, "tonight") || has(w, "tonite")));
  if (next_day) h = 0;
  // "3 in the afternoon", "8 in the evening", "11 at night"; "4 in the morning" stays. An
  // hour before six tonight is the small hours of the next day ("tonight at 2"); last night's
  // small hours are the dct's own day ("at 2 last night").
  bool tonight = has(w, "tonight") || has(w, "tonite");
  bool small_hours = !pm && !am && !next_day && h >= 0 && h < 6 && (tonight || has(w, "night"));
  if (!next_day && !small_hours && (has(w, "afternoon") || has(w, "evening") || ((has(w, "night") || tonight) && h >= 6))) pm = true;
  if (pm && h < 12) h += 12;
  if (am && h == 12) h = 0;
  if (h < 0 || h > 24 || m > 59 || sec > 59) return std::nullopt;
  bool utc = has(w, "utc") || has(w, "gmt");
  std::string date = "XXXX-XX-XX";
  if (c.dct) {
    Ymd d = *c.dct;
    int wd = 0;
    for (const auto& x : w)
      if (auto it = tables().weekdays.find(x); it != tables().weekdays.end()) wd = it->second;
    if (wd) d = *resolve_weekday(wd, d, c.tense, std::nullopt);
    if (has(w, "yesterday") || (has(w, "last") && has(w, "night") && !small_hours)) d = add_days(d, -1);
    if (has(w, "tomorrow")) d = add_days(d, 1);
    if (next_day || (small_hours && tonight)) d = add_days(d, 1);
    date = fmt_date(d);
  }
  // "midnight on December 12", "7:30 PM on Fri, Sep 20": the date named with the time.
  bool month = false;
  for (const auto& x : w) month = month || tables().months.count(x) > 0;
  if (month) {
    std::vector<std::string> rest(w.begin() + static_cast<std::ptrdiff_t>(at) + 1, w.end());
    if (auto d = date_value(rest, c); d && d->value.size() == 10) date = d->value;
  }
  char buf[24];
  if (sec >= 0) {
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", h, m, sec);
  } else {
    std::snprintf(buf, sizeof buf, "T%02d:%02d", h, m);
  }
  return Value{"TIME", date + buf + (utc ? "Z" : "")};
}

}  // namespace dossier::timex::resolver
