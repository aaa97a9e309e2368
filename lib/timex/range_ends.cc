// Timexes read against their neighbour: range ends, and "the day after" a date (range_ends.h).
#include "range_ends.h"

#include <string>
#include <string_view>

#include "calendar.h"
#include "dossier/timex.h"
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

}  // namespace

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

void anchor_to_following_date(std::string_view text, const utf8::OffsetMap& map, std::vector<Timex>& out) {
  using namespace std::string_view_literals;  // views: no library compare per literal
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    Timex& rel = out[i];
    const Timex& date = out[i + 1];
    if (rel.type != "DATE"sv || date.type != "DATE"sv || granularity(date.value) != "day"sv) continue;
    // Adjacent first: it costs no copy of the text.
    size_t rel_e = map.to_byte(static_cast<size_t>(rel.span.end));
    size_t date_b = map.to_byte(static_cast<size_t>(date.span.start));
    if (date_b != rel_e + 1 || text[rel_e] != ' ') continue;
    std::string r = grammar::lower(rel.text);
    int days = 0;
    bool week = false;
    if (r == "the day after"sv) {
      days = 1;
    } else if (r == "the day before"sv) {
      days = -1;
    } else if (r == "the week after"sv || r == "the week before"sv) {
      days = r == "the week after"sv ? 7 : -7;
      week = true;
    } else {
      continue;
    }
    auto d = parse_ymd(date.value);
    if (!d) continue;
    rel.value = week ? calendar::fmt_week(add_days(*d, days)) : fmt_date(add_days(*d, days));
  }
}

}  // namespace dossier::timex
