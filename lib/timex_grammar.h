// Private to the timex module: the tables of lib/data/timex/ and the one combined scanner
// built from patterns.tsv. Everything is read and compiled once, on first use.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>

#include "dossier/timex.h"

namespace dossier::timex::grammar {

// The kinds of patterns.tsv (and "vague" for vague.tsv), as resolve() switches on them;
// kOther for a kind the resolver does not know.
enum class Kind {
  kDate, kIso, kNumeric, kYear, kDecade, kWeekday, kDay, kRel, kRelmonth, kMonthweek, kSame, kAgo, kSeason,
  kQuarter, kDuration, kSet, kTime, kVague, kOther
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

struct Tables {
  std::map<std::string, int> months;        // lower-case name or abbreviation -> 1..12
  std::map<std::string, int> weekdays;      // lower-case -> 1 (Monday) .. 7
  std::map<std::string, double> numbers;    // "five" -> 5
  std::vector<std::string> vague_numbers;   // "several", "many", ...
  std::map<std::string, Unit> units;        // "years" -> Y
  std::map<std::string, Season> seasons;
  std::map<std::string, std::string> parts; // "morning" -> MO
  std::map<std::string, int> ordinals;      // "third" -> 3, "last" -> -1
  std::unordered_map<std::string, Tense> tense;  // "said" -> past (every word of a sentence is looked up)
  std::vector<std::string> strip;           // leading words left out of spans
  struct Vague {
    std::string type, value;
  };
  std::vector<Vague> vague;                 // by vague rule index (see Scanner::vague_of)
};

const Tables& tables();

class Scanner {
 public:
  Scanner();
  // Every match in TEXT, left to right, non-overlapping, longest at each start.
  void scan(std::string_view text, std::vector<std::pair<size_t, size_t>>& spans, std::vector<int>& rules) const;
  // The rule that matches all of TEXT, or -1.
  int full_match(std::string_view text) const;
  const std::string& kind(int rule) const { return kinds_[static_cast<size_t>(rule)]; }
  Kind kind_id(int rule) const { return kind_ids_[static_cast<size_t>(rule)]; }
  // Index into Tables::vague for a rule of kind "vague", else -1.
  int vague_of(int rule) const { return vague_index_[static_cast<size_t>(rule)]; }
  size_t rule_count() const { return kinds_.size(); }

 private:
  int which(std::string_view piece) const;
  std::vector<std::string> kinds_;
  std::vector<Kind> kind_ids_;
  std::vector<int> vague_index_;
  std::unique_ptr<RE2> any_;                 // the whole grammar: finds where matches are
  std::vector<std::unique_ptr<RE2>> rules_;  // each rule alone: tells which one matched
};

const Scanner& scanner();

// Lower-case ASCII copy.
std::string lower(std::string_view s);

// Words of an expression, lower-case, split at spaces, commas, hyphens and brackets; a
// trailing period is dropped ("Dec." -> "dec") except in "a.m."/"p.m.".
std::vector<std::string> words(std::string_view s);

}  // namespace dossier::timex::grammar
