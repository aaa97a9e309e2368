// Private to the timex module: the tables of lib/data/timex/, read once on first use, and
// the words of an expression as the resolver reads them.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dossier/timex.h"
#include "dossier/utf8.h"

namespace dossier::timex::grammar {

// The kinds of patterns.tsv (and "vague" for vague.tsv), as resolve() switches on them;
// kOther for a kind the resolver does not know.
enum class Kind {
  kDate, kIso, kNumeric, kYear, kDecade, kWeekday, kDay, kRel, kRelmonth, kMonthweek, kSame, kAgo, kSeason,
  kQuarter, kDuration, kYearRange, kAmountRange, kSet, kTime, kHoliday, kCentury, kWeekdayDay, kNthWeekday, kOrdinalDay,
  kStreak, kBefore, kThat, kWhole, kVague, kOther
};

// The Kind named NAME.
Kind kind_named(std::string_view name);

struct Unit {
  char letter = 'D';  // TIMEX3 duration letter
  bool time = false;  // hours, minutes, seconds take the "PT" form
  int multiplier = 1; // decade = 10 years
};

struct Season {
  std::string code;  // SP SU FA WI
  int start_month = 0;
};

// The bit of WORD, its ASCII capitals folded, in Tables::tense_bits: from its length and
// its first, second and last bytes.
inline unsigned tense_filter_key(std::string_view word) {
  const auto fold = [](char c) { return static_cast<uint64_t>(static_cast<unsigned char>(utf8::ascii_lower(c))); };
  uint64_t h = word.size();
  if (!word.empty()) h = ((h * 131 + fold(word[0])) * 131 + fold(word[word.size() - 1])) * 131;
  if (word.size() >= 2) h += fold(word[1]);
  return static_cast<unsigned>((h * 0x9E3779B97F4A7C15ULL) >> 52);  // 12 bits: 4,096
}

// Whether WORD with its ASCII capitals folded is LOWER (a lower-case entry of a list): no
// string made for it, as words are matched against lists for every expression found.
inline bool folded_equals(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t k = 0; k < lower.size(); ++k)
    if (utf8::ascii_lower(word[k]) != lower[k]) return false;
  return true;
}

struct Tables {
  std::map<std::string, int> months;        // lower-case name or abbreviation -> 1..12
  std::map<std::string, int> weekdays;      // lower-case -> 1 (Monday) .. 7
  std::map<std::string, double> numbers;    // "five" -> 5
  std::vector<std::string> vague_numbers;   // "several", "many", ...
  std::map<std::string, Unit> units;        // "years" -> Y
  std::map<std::string, Season> seasons;
  std::map<std::string, std::string> parts; // "morning" -> MO
  // The part of a named day (parts_of_day.tsv by role), the grammar's {DAYPART}: what stands
  // alone ("tonight"), the days ("tomorrow") and the parts after them ("evening"); and every
  // word of those, which the clock reader passes over ("tonight at 8").
  std::vector<std::string> daypart_alone, daypart_days, daypart_parts;
  std::set<std::string> daypart_words;
  std::map<std::string, int> ordinals;      // "third" -> 3, "last" -> -1
  std::map<std::string, int> day_ordinals;  // "first" -> 1 ... "thirty-first" -> 31, as days of a month
  std::unordered_map<std::string, Tense> tense;  // "said" -> past (every word of a sentence is looked up)
  // One bit per tense_filter_key of the words of TENSE: a word whose bit is clear is not
  // among them, told without lowering it into a string and hashing it (tense_near weighs
  // every word around every expression, and few are in the table).
  std::array<uint64_t, 64> tense_bits{};
  // The bare forms of a timetable's verbs ("resume", "meet"): a cue only after their subject.
  std::unordered_set<std::string> after_subject;
  // Past forms spelt as their present ("cut", "set"): a cue only before an object or after
  // he, she or it.
  std::unordered_set<std::string> before_object;
  // Other past forms spelt as their present ("hit", "read"): bare after a bare verb's word.
  std::unordered_set<std::string> as_present;
  // The words around such a form (tense_contexts.tsv): before it a bare verb's word ("to",
  // "did"), a condition ("if"), a verb whose object does it ("let"), a subject ("it"); after it
  // a word that starts no object ("in", "for").
  std::unordered_set<std::string> past_bare, past_condition, past_complement, past_subject, past_no_object;
  std::unordered_set<std::string> past_adjective;  // "go": a listed past form after it is an adjective ("go broke")
  std::unordered_set<std::string> plan_past;  // "was": a plan's word after it is a plan told in the past
  std::unordered_set<std::string> plan_replaced;  // "had", "originally": ... a plan given up or changed
  std::unordered_set<std::string> plan_words;  // "scheduled", "due": a plan's participle or adjective
  std::vector<std::string> strip;           // leading words left out of spans
  std::vector<std::string> anaphora_cues;   // "later", "in": before "that day", the day named before
  std::set<std::string> weather_words;      // "highs": before a decade in two figures or words, degrees
  std::set<std::string> weather_pair;       // "high", "low": so only with each other in the sentence
  std::set<std::string> since_verbs;        // "is": after "since <date>", "since" means "because"
  std::vector<std::string> period_verbs;   // "ended": before "the day" (period_verbs.txt, {PERIODVERB})
  std::set<std::string> change_words;       // "moved": before "from A to B", a change of time, no range
  std::set<std::string> scene_words;        // "during": before "last year", which then sets the story's year
  std::set<std::string> lasting_holidays;   // "ramadan": a holiday of many days, counted from its first
  std::set<std::string> tally_words;        // "stood", "priced": before "at 1130", a tally or a value, no time
  std::set<std::string> score_words;        // "score": one or two words before "three thirty", a tally
  std::set<std::string> dash_tally, dash_tally_by;  // "points", "cut": near "on 7-13", a score or an amount
  std::set<std::string> length_cues;        // "for": before "two weeks before Christmas", a length and the day
  std::set<std::string> fiscal_words;       // "fiscal": a year of accounts, not of the calendar
  std::set<std::string> amount_after;       // "dollars": after four figures, an amount, no year
  std::set<std::string> amount_before;      // "usd", "$": before four figures (and a space), the same
  std::vector<std::string> fiscal_prefixes; // "fy": a word opening with it names a fiscal year ("FY2030")
  struct Holiday {
    std::string pattern;  // regex over the words, either apostrophe where holidays.tsv has '
    std::string rule;     // "12-25", "nth 4 4 11", "easter -2" (see holidays.tsv)
  };
  std::vector<Holiday> holidays;
  struct Vague {
    std::string type, value;
  };
  std::vector<Vague> vague;                 // by vague rule index (see Scanner::vague_of)
};

const Tables& tables();

// The cells of each line of lib/data/timex/NAME (tab-separated); throws Error when a line
// has fewer than COLUMNS cells.
std::vector<std::vector<std::string>> rows(std::string_view name, size_t columns);

// Whether the lower-case word X names a fiscal year: one of fiscal_words.txt, or opening with
// one of its prefixes ("fy2030").
bool is_fiscal_word(const std::string& x);

// Lower-case ASCII copy.
std::string lower(std::string_view s);

// Words of an expression, lower-case, split at spaces, commas, hyphens, slashes and brackets; a
// trailing period is dropped ("Dec." -> "dec") except in "a.m."/"p.m.".
std::vector<std::string> words(std::string_view s);

}  // namespace dossier::timex::grammar
