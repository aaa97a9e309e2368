// Timexes read against their neighbour: range ends, and "the day after" a date (range_ends.h).
#include "range_ends.h"

#include <cctype>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "calendar.h"
#include "dossier/timex.h"
#include "resolver.h"
#include "scanner.h"
#include "tables.h"

namespace dossier::timex {
namespace {

using calendar::add_days;
using calendar::fmt_date;
using calendar::iso_weekday;
using calendar::parse_ymd;

// The words between two timexes that join the ends of a range, and the word before its start
// that a joining "and" needs ("between May and July", not "in May and July").
bool joins_range(std::string_view between, std::string_view before) {
  std::string b = grammar::lower(between);
  if (b == "-" || b == "\u2013" || b == " - " || b == " \u2013 " || b == " to " || b == " through " || b == " thru " ||
      b == " until " || b == " till ")
    return true;
  if (b != " and ") return false;
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return before.size() >= 7 && grammar::lower(before.substr(before.size() - 7)) == "between" &&
         (before.size() == 7 || !grammar::is_word_byte(before[before.size() - 8]));
}

// True when S is a weekday's or a month's name alone ("Friday", "Fri.", "July").
bool bare_name(std::string_view s) {
  while (!s.empty() && s.back() == '.') s.remove_suffix(1);
  std::string w = grammar::lower(s);
  return grammar::tables().weekdays.count(w) > 0 || grammar::tables().months.count(w) > 0;
}

// The hour and minutes of a clock time written "7", "7:30" or "7.30" at the end of
// BEFORE, and where it starts there; nullopt when BEFORE ends otherwise.
struct BareClock {
  int hour = 0, minute = 0;
  size_t at = 0;
};
std::optional<BareClock> bare_clock_at_end(std::string_view before) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  size_t k = before.size();
  BareClock c;
  if (k >= 3 && digit(before[k - 1]) && digit(before[k - 2]) && (before[k - 3] == ':' || before[k - 3] == '.')) {
    c.minute = (before[k - 2] - '0') * 10 + (before[k - 1] - '0');
    if (c.minute > 59) return std::nullopt;
    k -= 3;
  }
  size_t e = k;
  while (k > 0 && digit(before[k - 1]) && e - k < 3) --k;
  if (k == e || e - k > 2) return std::nullopt;
  if (k > 0 && (grammar::is_word_byte(before[k - 1]) || before[k - 1] == '.' || before[k - 1] == ',' ||
                before[k - 1] == ':' || before[k - 1] == '$'))
    return std::nullopt;
  c.hour = std::stoi(std::string(before.substr(k, e - k)));
  if (c.hour < 1 || c.hour > 12) return std::nullopt;
  c.at = k;
  return c;
}

// The word of TEXT that ends before AT (spaces skipped), in lower case, and where it starts
// (AT itself when none does).
std::pair<std::string, size_t> word_ending_at(std::string_view text, size_t at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  size_t b = at;
  while (b > 0 && grammar::is_word_byte(text[b - 1])) --b;
  return {grammar::lower(text.substr(b, at - b)), b};
}

// Whether lower-case WORD ends TEXT before AT, as a word of its own.
bool range_opened_by(std::string_view text, size_t at, std::string_view word) { return word_ending_at(text, at).first == word; }

// Whether a clock time's text names its own day ("6 a.m. Saturday", "6 a.m. tomorrow").
bool names_own_day(std::string_view text) {
  static constexpr std::string_view kDays[] = {"today", "tomorrow", "tonight", "yesterday"};
  for (const std::string& w : grammar::words(text)) {
    if (bare_name(w)) return true;
    for (std::string_view d : kDays)
      if (w == d) return true;
  }
  return false;
}

// "from 10 p.m. to 6 a.m.": a range's end that comes earlier in the day than its start on the
// same day is on the next day, unless it names its own.
void end_after_midnight(std::string_view text, const utf8::OffsetMap& map, const Timex& start, Timex& end) {
  const std::string& a = start.value;
  const std::string& b = end.value;
  auto clock = [](const std::string& v) {
    return v.size() >= 16 && v[10] == 'T' && std::isdigit(static_cast<unsigned char>(v[11])) && std::isdigit(static_cast<unsigned char>(v[0]));
  };
  if (!clock(a) || !clock(b) || a.compare(0, 10, b, 0, 10) != 0 || b.compare(11, 5, a, 11, 5) >= 0) return;
  // Only from the evening into the morning: "from 8 p.m. to 6 p.m." is a time brought forward.
  if (a.compare(11, 2, "12") < 0 || b.compare(11, 2, "12") >= 0) return;
  size_t start_e = map.to_byte(static_cast<size_t>(start.span.end));
  size_t end_b = map.to_byte(static_cast<size_t>(end.span.start));
  if (end_b < start_e || end_b - start_e > 12) return;
  // The period of "p.m." may stay outside the start's text.
  std::string_view between = text.substr(start_e, end_b - start_e);
  if (!between.empty() && between.front() == '.') between.remove_prefix(1);
  const size_t start_b = map.to_byte(static_cast<size_t>(start.span.start));
  if (!joins_range(between, text.substr(0, start_b))) return;
  if (names_own_day(end.text)) return;
  // "moved from 11 p.m. to 1 a.m.": one time changed for another, the second not after the first.
  if (auto [from, from_b] = word_ending_at(text, start_b); from == "from")
    if (grammar::tables().change_words.count(word_ending_at(text, from_b).first)) return;
  auto day = parse_ymd(b.substr(0, 10));
  if (day) end.value = fmt_date(add_days(*day, 1)) + b.substr(10);
}

}  // namespace

std::optional<Timex> clock_range_start(std::string_view text, size_t end_b, const Timex& end, const utf8::OffsetMap& map,
                                       std::vector<Timex>& out) {
  using namespace std::string_view_literals;
  const std::string& v = end.value;
  if (end.type != "TIME"sv || v.size() < 16 || v[10] != 'T' || v[13] != ':' || end_b == 0 || end_b > text.size() ||
      end.text.empty() || end.text[0] < '0' || end.text[0] > '9')
    return std::nullopt;
  // The end says its half of the day: "10 p.m.", "10pm", "10:30 am".
  size_t k = 0;
  while (k < end.text.size() && (std::isdigit(static_cast<unsigned char>(end.text[k])) || end.text[k] == ':' || end.text[k] == '.')) ++k;
  if (k < end.text.size() && end.text[k] == ' ') ++k;
  if (k + 1 >= end.text.size() || ((end.text[k] | 0x20) != 'a' && (end.text[k] | 0x20) != 'p')) return std::nullopt;
  ++k;
  if (k < end.text.size() && end.text[k] == '.') ++k;
  if (k >= end.text.size() || (end.text[k] | 0x20) != 'm') return std::nullopt;
  // The start before it and the words joining them, as joins_range() reads a range of dates
  // ("7 to", "2 and" after "between", "8-"); but a bare hour needs "from" before "to", "until",
  // "till" or "through" ("rose 7 to 10 p.m. viewers" is no range of clock times).
  size_t start_e = end_b;
  while (start_e > 0 && end_b - start_e < 12 && !std::isdigit(static_cast<unsigned char>(text[start_e - 1]))) --start_e;
  if (start_e == end_b || start_e == 0) return std::nullopt;
  const std::string_view join = text.substr(start_e, end_b - start_e);
  auto start = bare_clock_at_end(text.substr(0, start_e));
  if (!start || !joins_range(join, text.substr(0, start->at))) return std::nullopt;
  const bool dash = join.find_first_not_of(" -\u2013") == std::string_view::npos;
  if (!dash && join != " and "sv && !range_opened_by(text, start->at, "from")) return std::nullopt;
  // A dash needs no opening word, but before a spaced dash a number after a capitalised word
  // is its label ("Game 7 - 10 p.m.", "Channel 4 - 9pm"), unless that word is a weekday or a
  // month ("Friday 6 - 9pm"); "Dinner 6-9pm", "Tonight 8-10pm" are ranges.
  if (dash && join.front() == ' ') {
    size_t we = start->at;
    while (we > 0 && text[we - 1] == ' ') --we;
    size_t wb = we;
    while (wb > 0 && grammar::is_word_byte(text[wb - 1])) --wb;
    if (wb < we && std::isupper(static_cast<unsigned char>(text[wb])) && !bare_name(text.substr(wb, we - wb)))
      return std::nullopt;
  }
  const int end_hour = std::stoi(v.substr(11, 2));
  const bool pm = end_hour >= 12;
  int hour = start->hour % 12 + (pm ? 12 : 0);
  const int end_minutes = end_hour * 60 + std::stoi(v.substr(14, 2));
  if (hour * 60 + start->minute > end_minutes) {
    if (!pm) return std::nullopt;  // "from 10 to 2 a.m.": across midnight, the day before
    hour -= 12;
  }
  char clock[8];
  std::snprintf(clock, sizeof clock, "%02d:%02d", hour, start->minute);
  const std::string value = v.substr(0, 11) + clock + v.substr(16);
  // Already a timex without its half of the day ("1:30"): it takes the end's.
  if (!out.empty()) {
    Timex& last = out.back();
    const size_t last_b = map.to_byte(static_cast<size_t>(last.span.start));
    const size_t last_e = map.to_byte(static_cast<size_t>(last.span.end));
    if (last_e > start->at) {
      if (last.type == "TIME"sv && last_b == start->at && last_e == start_e) last.value = value;
      return std::nullopt;
    }
  }
  Timex t;
  t.text = std::string(text.substr(start->at, start_e - start->at));
  t.span = Span{static_cast<int64_t>(map.to_cp(start->at)), static_cast<int64_t>(map.to_cp(start_e))};
  t.type = "TIME";
  t.value = value;
  return t;
}

void order_range_ends(std::string_view text, const utf8::OffsetMap& map, std::vector<Timex>& out) {
  using namespace std::string_view_literals;  // views: no library compare per literal
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    Timex& start = out[i];
    Timex& end = out[i + 1];
    if (start.type != "DATE"sv || end.type != "DATE"sv) continue;
    // The ends' distance first: most pairs of dates are far apart, and it costs no lookup.
    size_t start_e = map.to_byte(static_cast<size_t>(start.span.end));
    size_t end_b = map.to_byte(static_cast<size_t>(end.span.start));
    if (end_b < start_e || end_b - start_e > 12) continue;
    bool named_end = bare_name(end.text);
    // "March 3 to April 10, 2025": the year written at the end is the start's too.
    bool year_at_end = end.value.size() >= 7 && end.text.find(end.value.substr(0, 4)) != std::string::npos &&
                       start.text.find(start.value.substr(0, 4)) == std::string::npos;
    if (!named_end && !year_at_end) continue;
    size_t start_b = map.to_byte(static_cast<size_t>(start.span.start));
    if (!joins_range(text.substr(start_e, end_b - start_e), text.substr(0, start_b))) continue;
    const std::string g = granularity(start.value);
    if (g != granularity(end.value)) continue;
    if (year_at_end) {
      if ((g != "day" && g != "month") || start.value.size() < 7) continue;
      int y = std::stoi(end.value.substr(0, 4));
      if (start.value.compare(5, 2, end.value, 5, 2) > 0) --y;  // "December 28 to January 3, 2025"
      std::string moved = std::to_string(y) + start.value.substr(4);
      if (g == "day" && !parse_ymd(moved)) continue;  // no 29 February that year
      start.value = moved;
    } else if (g == "day") {
      auto a = parse_ymd(start.value), b = parse_ymd(end.value);
      if (!a || !b) continue;
      int step = (iso_weekday(*b) - iso_weekday(*a) + 7) % 7;
      end.value = fmt_date(add_days(*a, step ? step : 7));
    } else if (g == "month") {
      auto a = parse_ymd(start.value + "-01"), b = parse_ymd(end.value + "-01");
      if (!a || !b) continue;
      int y = b->m > a->m ? a->y : a->y + 1;
      end.value = calendar::fmt_month(y, b->m);
    }
  }
}

void move_ends_past_midnight(std::string_view text, const utf8::OffsetMap& map, std::vector<Timex>& out) {
  using namespace std::string_view_literals;
  for (size_t i = 0; i + 1 < out.size(); ++i)
    if (out[i].type == "TIME"sv && out[i + 1].type == "TIME"sv) end_after_midnight(text, map, out[i], out[i + 1]);
}

namespace {

// "closed for the day before Christmas": the market's "for the day" (REL, ending at byte
// REL_E) matched first, leftmost; with "before" or "after" and a date (at DATE_B) right after
// it, or after "the", it takes the word in and is the step from that date.
void take_in_step_word(std::string_view text, const utf8::OffsetMap& map, Timex& rel, size_t& rel_e, size_t date_b) {
  using namespace std::string_view_literals;
  const std::string between = grammar::lower(text.substr(rel_e, date_b - rel_e));
  for (std::string_view word : {" before "sv, " after "sv, " before the "sv, " after the "sv}) {
    if (between != word) continue;
    const size_t step_e = rel_e + (word.substr(0, 7) == " after "sv ? 6 : 7);
    const size_t rel_b = map.to_byte(static_cast<size_t>(rel.span.start));
    rel.text = std::string(text.substr(rel_b, step_e - rel_b));
    rel.span.end = static_cast<int64_t>(map.to_cp(step_e));
    rel_e = step_e;
    return;
  }
}

// The first day of the period a date's value names, when it names a year, a month or a day.
std::optional<calendar::Ymd> period_start(const std::string& value, std::string_view g) {
  using namespace std::string_view_literals;
  if (g == "year"sv) return parse_ymd(value + "-01-01");
  if (g == "month"sv) return parse_ymd(value + "-01");
  return g == "day"sv ? parse_ymd(value) : std::nullopt;
}

}  // namespace

void anchor_to_following_date(std::string_view text, const utf8::OffsetMap& map, std::vector<Timex>& out) {
  using namespace std::string_view_literals;  // views: no library compare per literal
  // The unit a step names, and the coarsest granularity of a date it may step from.
  static constexpr std::pair<std::string_view, int> kUnits[] = {{"the day", 0}, {"the week", 0}, {"the month", 1}, {"the year", 2}};
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    Timex& rel = out[i];
    const Timex& date = out[i + 1];
    if (rel.type != "DATE"sv || date.type != "DATE"sv) continue;
    const std::string g = granularity(date.value);
    const int coarse = g == "day"sv ? 0 : g == "month"sv ? 1 : g == "year"sv ? 2 : 3;
    if (coarse == 3) continue;
    size_t rel_e = map.to_byte(static_cast<size_t>(rel.span.end));
    const size_t date_b = map.to_byte(static_cast<size_t>(date.span.start));
    if (date_b <= rel_e || date_b > rel_e + 13) continue;  // " before the " at most between
    if (grammar::lower(rel.text) == "the day"sv) take_in_step_word(text, map, rel, rel_e, date_b);
    // Adjacent, or with "the" between, the date naming the event after it: "the day before
    // the March 3 vote", "the year after the 2016 referendum".
    const bool adjacent = date_b == rel_e + 1 && text[rel_e] == ' ';
    if (!adjacent && !(date_b == rel_e + 5 && grammar::lower(text.substr(rel_e, 5)) == " the "sv)) continue;
    const std::string r = grammar::lower(rel.text);
    const bool after = r.size() > 6 && r.compare(r.size() - 6, 6, " after") == 0;
    if (!after && !(r.size() > 7 && r.compare(r.size() - 7, 7, " before") == 0)) continue;
    const std::string_view unit = std::string_view(r).substr(0, r.size() - (after ? 6 : 7));
    for (const auto& [name, finest] : kUnits) {
      if (unit != name || coarse > finest) continue;
      const auto base = period_start(date.value, g);
      if (!base) break;
      // "the day" steps a day, "the week" a week of days, and so on, as the resolver does.
      if (auto v = resolver::unit_relative(std::string(name.substr(4)), after ? 1 : -1, base)) rel.value = v->value;
      break;
    }
  }
}

}  // namespace dossier::timex
