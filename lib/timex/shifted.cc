// A named day moved by a count of days or weeks, or to a weekday counted from it: "four days
// after Easter", "two weeks before Christmas", "the Monday after Thanksgiving", "the second
// Wednesday after Christmas 2015". The named day is read alone (holidays.cc) and moved; TimeML
// marks the whole as one date. The scanner finds the holiday, context.cc the words before it
// (shifts.txt). Tested by shifted_test.cc.
#include <string>

#include "resolver.h"
#include "scanner.h"

namespace dossier::timex::resolver {

namespace {

// Where the words " after " or " before " first stand in TEXT (any case): the byte of the
// space before them and the byte after the space after them; {npos, npos} when they do not.
std::pair<size_t, size_t> shift_word(std::string_view text) {
  const std::string low = grammar::lower(text);
  const size_t a = low.find(" after "), b = low.find(" before ");
  if (a == std::string::npos && b == std::string::npos) return {std::string::npos, std::string::npos};
  if (a < b) return {a, a + 7};
  return {b, b + 8};
}

}  // namespace

std::optional<Result> shifted_value(std::string_view text, const Context& c) {
  auto [at, rest] = shift_word(text);
  if (at == std::string::npos) return std::nullopt;
  const std::vector<std::string> w = grammar::words(text.substr(0, at));
  const bool after = text[at + 1] == 'a' || text[at + 1] == 'A';
  // What moves it: "three days", "a week", or "[the] [third] Tuesday".
  int days = 0, weekday = 0, nth = 1;
  size_t i = 0;
  if (!w.empty() && (w[0] == "a" || w[0] == "an") && w.size() == 2) {
    days = 1, i = 1;
  } else {
    double n = 0;
    bool vague = false;
    size_t j = read_number(w, 0, n, vague);
    // Any whole count shifts.txt lets through: a count it joins but this refused would keep the
    // holiday's own day under the whole span ("500 days after Christmas" as Christmas).
    if (j > 0 && !vague && n >= 1 && n <= 99999 && n == static_cast<int>(n)) days = static_cast<int>(n), i = j;
  }
  if (days > 0) {
    if (i + 1 != w.size()) return std::nullopt;
    if (w[i] == "week" || w[i] == "weeks") days *= 7;
    else if (w[i] != "day" && w[i] != "days") return std::nullopt;
  } else {
    const auto& t = grammar::tables();
    if (i < w.size() && w[i] == "the") ++i;
    if (i + 1 < w.size()) {
      auto o = t.day_ordinals.find(w[i]);
      int lead = leading_number(w[i]);
      if (o != t.day_ordinals.end() && o->second <= 5) nth = o->second;
      else if (lead >= 1 && lead <= 5) nth = lead;
      else return std::nullopt;
      ++i;
    }
    auto wd = i + 1 == w.size() ? t.weekdays.find(w[i]) : t.weekdays.end();
    if (wd == t.weekdays.end() || w[i].size() < 6) return std::nullopt;  // a full name only
    weekday = wd->second;
  }
  // The named day, read as it would be alone.
  std::string_view name = text.substr(rest);
  const int rule = grammar::scanner().full_match(name);
  if (rule < 0 || grammar::scanner().kind_id(rule) != grammar::Kind::kHoliday) return std::nullopt;
  Result base = resolve(rule, name, c);
  if (!base || base->value.size() != 10) return Result(std::nullopt);
  auto day = parse_ymd(base->value);
  if (!day) return Result(std::nullopt);
  if (days > 0) return Result(Value{"DATE", fmt_date(calendar::add_days(*day, after ? days : -days))});
  // The Nth such weekday strictly after (or before) the named day.
  const int from = calendar::iso_weekday(*day);
  int step = after ? (weekday - from + 7) % 7 : (from - weekday + 7) % 7;
  if (step == 0) step = 7;
  const int move = step + 7 * (nth - 1);
  return Result(Value{"DATE", fmt_date(calendar::add_days(*day, after ? move : -move))});
}

}  // namespace dossier::timex::resolver
