// The value functions of weekdays: "Friday", "Wednesday the 12th", "the first Tuesday of
// October", and days of the month alone, "the 15th". Tested by resolver_test.cc.
#include <algorithm>
#include <cstdlib>

#include "resolver.h"

namespace dossier::timex::resolver {

namespace {

int weekday_in(const std::vector<std::string>& w) {
  int wd = 0;
  for (const auto& x : w)
    if (auto it = tables().weekdays.find(x); it != tables().weekdays.end()) wd = it->second;
  return wd;
}

// The day of the month named by a number ("19th") or an ordinal word ("third"), or 0.
int day_number(const std::vector<std::string>& w) {
  for (size_t i = 0; i < w.size(); ++i) {
    if (int n = leading_number(w[i]); n > 0 && n <= 31 && w[i].size() <= 4) return n;
    if ((w[i] == "twenty" || w[i] == "thirty") && i + 1 < w.size())
      if (auto it = tables().day_ordinals.find(w[i + 1]); it != tables().day_ordinals.end())
        return (w[i] == "twenty" ? 20 : 30) + it->second;
    if (auto it = tables().day_ordinals.find(w[i]); it != tables().day_ordinals.end()) return it->second;
  }
  return 0;
}

// Month index (y * 12 + m - 1) and back.
int month_index(const Ymd& d) { return d.y * 12 + d.m - 1; }
Ymd month_start(int index) { return Ymd{index / 12, index % 12 + 1, 1}; }

}  // namespace

Result weekday_value(const std::vector<std::string>& w, const Context& c) {
  int wd = 0;
  bool plural = false;  // "four Thursdays from now"
  for (const auto& x : w) {
    if (auto it = tables().weekdays.find(x); it != tables().weekdays.end()) wd = it->second;
    if (x.size() > 6 && x.back() == 's')
      if (auto it = tables().weekdays.find(x.substr(0, x.size() - 1)); it != tables().weekdays.end()) {
        wd = it->second;
        plural = true;
      }
  }
  if (!wd) return std::nullopt;
  auto part = part_of_day(w);
  std::string value;
  if (plural) {  // the Nth such day after the dct ("from now", "hence") or before it ("ago", "back")
    double n = 0;
    bool vague = false;
    read_number(w, 0, n, vague);
    if (vague || n < 1 || n > 60) return std::nullopt;
    if (!c.dct) return Value{"DATE", "XXXX-WXX-" + std::to_string(wd)};
    int dir = has(w, "ago") || has(w, "back") ? -1 : 1;
    Ymd first = *resolve_weekday(wd, *c.dct, c.tense, dir);
    return Value{"DATE", fmt_date(add_days(first, dir * 7 * (static_cast<int>(n) - 1)))};
  }
  if (c.dct && (has(w, "week") || has(w, "week's") || has(w, "week\u2019s"))) {  // "Monday next week", "last week's Monday": that day of the week named
    Ymd base = add_days(*c.dct, 7 * direction(w).value_or(0));
    value = fmt_date(add_days(base, wd - iso_weekday(base)));
  } else if (c.dct && direction(w) == 2) {  // "Thursday after next"
    value = fmt_date(add_days(*resolve_weekday(wd, *c.dct, c.tense, 1), 7));
  } else if (c.dct) {
    value = fmt_date(*resolve_weekday(wd, *c.dct, c.tense, direction(w)));
  } else {
    value = "XXXX-WXX-" + std::to_string(wd);
  }
  if (part) return Value{"TIME", value + "T" + *part};
  return Value{"DATE", value};
}

// "Wednesday the 12th": the 12th nearest the dct that falls on a Wednesday, looking back for
// a past verb and ahead otherwise, within two years.
Result weekday_day_value(const std::vector<std::string>& w, const Context& c) {
  int wd = weekday_in(w), d = day_number(w);
  if (!wd || !d) return std::nullopt;
  if (!c.dct) return Value{"DATE", "XXXX-XX-" + std::string(d < 10 ? "0" : "") + std::to_string(d)};
  bool back = c.tense == Tense::kPast;
  int start = month_index(*c.dct);
  for (int k = 0; k < 24; ++k) {
    Ymd m = month_start(back ? start - k : start + k);
    if (d > days_in_month(m.y, m.m)) continue;
    Ymd day{m.y, m.m, d};
    int64_t gap = days_from_civil(day) - days_from_civil(*c.dct);
    if ((back && gap > 0) || (!back && gap < 0)) continue;
    if (iso_weekday(day) == wd) return Value{"DATE", fmt_date(day)};
  }
  return std::nullopt;
}

// "the first Tuesday of October", "the last Monday of the month": the Nth weekday of a
// month, the month found as a month name is (its year, or the tense's).
Result nth_weekday_value(const std::vector<std::string>& w, const Context& c) {
  int wd = weekday_in(w), n = 0, month = 0;
  for (const auto& x : w) {
    if (x == "last" || x == "final") n = n ? n : -1;
    if (auto it = tables().day_ordinals.find(x); it != tables().day_ordinals.end() && !n && it->second <= 5) n = it->second;
    if (int k = leading_number(x); k > 0 && k <= 5 && !n && x.size() == 3) n = k;
    if (auto it = tables().months.find(x); it != tables().months.end()) month = it->second;
  }
  if (!wd || !n) return std::nullopt;
  // "the second last Friday of May": N counted back from the last.
  if (n > 0 && counted_from_end(w)) n = -n;
  std::optional<int> year = year_in(w);
  if (!month) {  // "of this month", "of next month", "of the month"
    if (!c.dct) return std::nullopt;
    int idx = month_index(*c.dct) + direction(w).value_or(0);
    Ymd m = month_start(idx);
    month = m.m;
    year = m.y;
  }
  if (!year && c.dct) year = year_in_context(month, 0, *c.dct, c);
  if (!year) return std::nullopt;
  Ymd first{*year, month, 1};
  Ymd day = add_days(first, (wd - iso_weekday(first) + 7) % 7 + 7 * (n - 1));
  if (n < 0) {
    Ymd last{*year, month, days_in_month(*year, month)};
    day = add_days(last, -((iso_weekday(last) - wd + 7) % 7) + 7 * (n + 1));
  }
  if (day.m != month) return std::nullopt;  // no fifth Monday that month
  return Value{"DATE", fmt_date(day)};
}

// "the 15th": that day of the dct's month, or of the month before (past verb, or nearer)
// or after (future verb, or nearer).
Result ordinal_day_value(const std::vector<std::string>& w, const Context& c) {
  int d = day_number(w);
  if (!d) return std::nullopt;
  if (!c.dct) return Value{"DATE", "XXXX-XX-" + std::string(d < 10 ? "0" : "") + std::to_string(d)};
  int idx = month_index(*c.dct);
  if (has(w, "month")) {  // "the 20th of next month"
    Ymd m = month_start(idx + direction(w).value_or(0));
    if (d > days_in_month(m.y, m.m)) return std::nullopt;
    return Value{"DATE", fmt_date(Ymd{m.y, m.m, d})};
  }
  int64_t today = days_from_civil(*c.dct);
  std::optional<Ymd> best;
  int64_t best_gap = 0;
  for (int k : {0, -1, 1}) {
    Ymd m = month_start(idx + k);
    if (d > days_in_month(m.y, m.m)) continue;
    Ymd day{m.y, m.m, d};
    int64_t gap = days_from_civil(day) - today;
    if ((c.tense == Tense::kPast && gap > 0) || (c.tense == Tense::kFuture && gap < 0)) continue;
    if (!best || std::llabs(gap) < best_gap) {
      best = day;
      best_gap = std::llabs(gap);
    }
  }
  if (!best) return std::nullopt;
  return Value{"DATE", fmt_date(*best)};
}

}  // namespace dossier::timex::resolver
