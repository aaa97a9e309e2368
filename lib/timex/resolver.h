// Private to the timex module: the resolver, which gives a matched expression its TIMEX3
// value. Anchoring (the dct, the last day or month the text named) and direction (the
// tense, "next", "last") are decided here; each family of patterns.tsv has its value
// function in dates.cc or amounts.cc. Tested by resolver_test.cc.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "dossier/timex.h"
#include "tables.h"

namespace dossier::timex::resolver {

struct Context {
  std::optional<calendar::Ymd> dct;
  std::optional<calendar::Ymd> month_anchor;  // the last month named (day 1), for "the same month a year ago"
  std::optional<calendar::Ymd> anchor;        // the last day named before the expression, for "the day before"
  Tense tense = Tense::kUnknown;
  // A modal after the expression in its clause ("said the next year would be better"): a
  // future told in the past, which looks ahead from the telling. Set for kRel only.
  bool modal_after = false;
  Plan plan = Plan::kNone;  // how a plan behind a future is told ("was scheduled for"): tense_near
  const Options* options = nullptr;
  std::optional<int> story_year;  // the year the sentence or the one before wrote out, when not the dct's
  std::optional<calendar::Ymd> named_month;  // the last month named by a date without its year (day 1)
  std::optional<int> year_anchor;  // the year of the last date named, for "the year before"
  // The quarter, half or fiscal year the last date named was ("2030-Q3", "2030-H1", "FY2030"),
  // for "the same period a year earlier"; unset when the last date named was of another kind.
  std::optional<std::string> period_anchor;
  // The quarter or half named last in the same sentence or the one before, in calendar
  // form ("2030-Q3"), whatever was named after it: the year of "the full year" of its results.
  std::optional<std::string> near_period;
  // The value of the last date named with a place on the calendar ("2030-06-10", "2030-Q3",
  // "2030"), for "by that time".
  std::optional<std::string> last_value;
};

using Result = std::optional<Value>;

// The value of TEXT, matched by grammar rule RULE (-1: none), in context C; nullopt when
// the words give no value.
Result resolve(int rule, std::string_view text, const Context& c);

// Kinds whose value depends on the tense of the clause.
bool needs_tense(grammar::Kind kind);

// The dct as a day, or nullopt when absent or no date.
std::optional<calendar::Ymd> parse_dct(const std::optional<std::string>& dct);

// "the following March", "the next spring" told in the past: words W point from the period
// the text named last (dates.cc).
bool follows_named(const std::vector<std::string>& w, const Context& c);
// The last month of the period the text named last (its first day), or nullopt.
std::optional<calendar::Ymd> named_period_end(const Context& c);

// Anchoring and direction.
// The weekday WD nearest to the dct in the direction the tense or a direction word gives.
std::optional<calendar::Ymd> resolve_weekday(int wd, const calendar::Ymd& dct, Tense tense, std::optional<int> dir);
// The year of a month (and day, 0 for none) without a year.
int resolve_year(int m, int d, const calendar::Ymd& dct, Tense tense);

// The year of a month (and day) without a year in context C, counted from DAY (the dct or
// the story's day): resolve_year by the tense, but for a plan told in the past ("was
// scheduled for November 12") the one that fell within kPlanPastDays before DAY, if any,
// else the next: such a plan may have come due just before the telling, while one reported
// in speech is still ahead ("said the plant was scheduled to reopen on May 1", told in
// September, is next May); for a plan given up or changed ("had been due on", "originally
// planned for") the one nearest DAY, before or after (a plan put off may still be ahead). Holidays and seasons keep the plan's direction: a
// plan told in the past names them seldom, and never just gone.
constexpr int kPlanPastDays = 60;
int year_in_context(int m, int d, const calendar::Ymd& day, const Context& c);
// The week, month, year... DIR units from the dct ("next week": "week", 1).
Result unit_relative(const std::string& unit, int dir, const Context& c);
// The same DIR units from BASE instead of the dct; X placeholders when BASE is nullopt.
Result unit_relative(const std::string& unit, int dir, const std::optional<calendar::Ymd>& base);

// Reading the words of an expression (lower case, see grammar::words).
bool has(const std::vector<std::string>& w, std::string_view word);
bool all_digits(std::string_view s);
// Leading digits of a token ("5th" -> 5), or -1.
int leading_number(std::string_view s);
// The number at W[I...]: digits, a number word, "twenty five", "two and a half". Sets
// VAGUE when the quantity is a word like "several". Returns the index after it (I: none).
size_t read_number(const std::vector<std::string>& w, size_t i, double& value, bool& vague);
// "5", "2.5".
std::string number_text(double v);
// True when an ordinal comes right before "last" or "final": "the second last week" counts
// back from the end ("the first Friday of last month" does not).
bool counted_from_end(const std::vector<std::string>& w);
// Direction words: -1 last/previous/past, +1 next/coming/following, 0 this/current.
std::optional<int> direction(const std::vector<std::string>& w);
// A four-digit year among the words.
std::optional<int> year_in(const std::vector<std::string>& w);
// The year named relatively: "of next year" -> dct.y + 1.
std::optional<int> relative_year(const std::vector<std::string>& w, const std::optional<calendar::Ymd>& dct);
// The TIMEX3 part-of-day code ("MO") of a word of W.
std::optional<std::string> part_of_day(const std::vector<std::string>& w);
// The unit named in W (its word in NAME when given), or null.
const grammar::Unit* unit_of(const std::vector<std::string>& w, std::string* name = nullptr);

// The value functions, one per family of patterns.tsv.
Result date_value(const std::vector<std::string>& w, const Context& c);
Result numeric_value(std::string_view s, const Context& c);
// The order a numeric date with its year proves by itself: "23/10/2025" day first,
// "10/23/2025" month first; nullopt when both orders or neither give a day ("05/06/2025").
std::optional<DateOrder> proven_order(std::string_view s);
Result weekday_value(const std::vector<std::string>& w, const Context& c);
Result day_value(const std::vector<std::string>& w, const Context& c);
Result rel_value(const std::vector<std::string>& w, const Context& c);
Result relmonth_value(const std::vector<std::string>& w, const Context& c);
Result season_value(const std::vector<std::string>& w, const Context& c);
Result quarter_value(const std::vector<std::string>& w, const Context& c);
Result decade_value(const std::vector<std::string>& w, const Context& c);
Result century_value(const std::vector<std::string>& w);
Result year_value(const std::vector<std::string>& w, const Context& c);
Result monthweek_value(const std::vector<std::string>& w, const Context& c);
Result same_value(const std::vector<std::string>& w, const Context& c);
Result ago_value(const std::vector<std::string>& w, const Context& c);
Result duration_value(const std::vector<std::string>& w);
// "from 2009 to 2011": the years between its two ends (nullopt unless the second is later).
Result year_range_value(const std::vector<std::string>& w);
// A range of amounts ("between 60 and 90 days", "3-5 years"): two durations, the first
// number taking the unit of the second. Pieces are byte offsets into the text read.
struct AmountRange {
  size_t first_b = 0, first_e = 0;  // the first number
  size_t second_b = 0;              // the second amount, to the end of the text
  Value first, second;
};
// TEXT read as a range of amounts, split and tokenized once; nullopt when TEXT is no such
// range or either amount gives no value.
std::optional<AmountRange> amount_range(std::string_view text);
// "a fourth week in a row", "its best week since": the dct's day, week, month... .
Result streak_value(const std::vector<std::string>& w, const Context& c);
// "the year before", "the month previous": a step back from the last year, month or week named,
// else from the dct's; "the year after" a step forward from the last named, and none without.
Result before_value(const std::vector<std::string>& w, const Context& c);
// "that day", "that same year": the day, week, month or year the text last named, else the dct's;
// "that time": the date last named, else none.
Result that_value(const std::vector<std::string>& w, const Context& c);
// PERIOD ("2030-Q3", "2030-H1", "FY2030") moved YEARS years ("2029-Q3" for -1).
std::string period_shifted(const std::string& period, int years);
// "the full year", "the entire year": the year of a quarter or half named just before, else the dct's.
Result whole_value(const std::vector<std::string>& w, const Context& c);
// "in three days" as a phrase of its own (a note, a reminder): the day that far after the
// dct; the duration itself when there is no dct or the amount is vague.
Result ahead_value(const std::vector<std::string>& w, const Context& c);

// "2 upcoming weeks", "three upcoming years" (a count, "upcoming" and a unit of the calendar):
// the period that many steps on from the dct; none for other words.
Result upcoming_value(const std::vector<std::string>& w, const Context& c);
Result set_value(const std::vector<std::string>& w);
Result time_value(std::string_view s, const std::vector<std::string>& w, const Context& c);
Result weekday_day_value(const std::vector<std::string>& w, const Context& c);
Result nth_weekday_value(const std::vector<std::string>& w, const Context& c);
Result ordinal_day_value(const std::vector<std::string>& w, const Context& c);
Result holiday_value(std::string_view text, const std::vector<std::string>& w, const Context& c);
// A holiday moved by days or weeks or to a weekday counted from it, "four days after Easter",
// "the Monday after Thanksgiving" (shifted.cc): its value (nullopt inside when the named day
// gives none), or nullopt when TEXT is no such shift.
std::optional<Result> shifted_value(std::string_view text, const Context& c);

// The calendar and grammar helpers every value function uses, named once for all of them.
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
using grammar::lower;
using grammar::tables;
using grammar::words;

}  // namespace dossier::timex::resolver
