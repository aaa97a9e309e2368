// Private to the timex module: the one combined scanner built from patterns.tsv and
// vague.tsv, compiled once on first use, and the checks on each match's context.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <re2/re2.h>

#include "edge_bytes.h"
#include "tables.h"

namespace dossier::timex::grammar {

class Scanner {
 public:
  Scanner();
  // Every match in TEXT, left to right, non-overlapping, longest at each start.
  void scan(std::string_view text, std::vector<std::pair<size_t, size_t>>& spans, std::vector<int>& rules) const;
  // The first rule, in the grammar's order, that matches all of TEXT, or -1.
  int full_match(std::string_view text) const;
  // The same answer found by trying every rule in order, none skipped by its edge bytes.
  int full_match_trying_all(std::string_view text) const;
  const std::string& kind(int rule) const { return kinds_[static_cast<size_t>(rule)]; }
  Kind kind_id(int rule) const { return kind_ids_[static_cast<size_t>(rule)]; }
  // True when RULE's pattern has a capturing group: the group is the timex, the rest of the
  // match context ("later in (the day)", "(morning) trading").
  bool has_group(int rule) const { return has_group_[static_cast<size_t>(rule)]; }
  // The bounds of RULE's group in PIECE (a whole match of RULE), relative to PIECE; [0, 0)
  // when the group took no part.
  std::pair<size_t, size_t> group(int rule, std::string_view piece) const;
  // Index into Tables::vague for a rule of kind "vague", else -1.
  int vague_of(int rule) const { return vague_index_[static_cast<size_t>(rule)]; }
  size_t rule_count() const { return kinds_.size(); }
  // Where the words that move a holiday beginning at B of TEXT begin ("three days after",
  // "the Monday before": shifts.txt), or npos when none stand right before it.
  size_t shift_start(std::string_view text, size_t b) const;

 private:
  int which(std::string_view piece) const;
  // The first rule that matches all of PIECE; with FILTERED, only the rules that may begin
  // with PIECE's first byte and end with its last are tried.
  int first_rule(std::string_view piece, bool filtered) const;
  // Rule I alone, compiled on first call; throws Error when RE2 refuses it.
  const RE2& rule_alone(size_t i) const;
  // The clauses of strings every match of rule I holds in ASCII text (needed_words), read on
  // first call: a rule is read only when a piece may match it, as it is compiled.
  const std::vector<std::vector<std::string>>& rule_words(size_t i) const;
  std::vector<std::string> kinds_;
  std::vector<Kind> kind_ids_;
  std::vector<int> vague_index_;
  std::vector<bool> has_group_;
  std::vector<bool> end_guard_;  // the rule ends in {END}: the scan goes on from its group's end
  RE2::Options options_;  // those of each rule alone
  std::unique_ptr<RE2> any_;  // the whole grammar: finds where matches are
  std::vector<EdgeBytes> edges_;  // per rule, the bytes a match of it may begin and end with
  std::vector<std::string> wholes_;  // each rule's pattern, word boundaries and all
  // Each rule alone, compiled by rule_alone() when first needed: to name a piece's rule, or for
  // its group's bounds; null until then.
  mutable std::vector<std::unique_ptr<RE2>> rules_;
  std::unique_ptr<std::once_flag[]> compiled_;  // one per rule: rules_[i] is set once
  mutable std::vector<std::vector<std::vector<std::string>>> words_;  // rule_words(), per rule
  std::unique_ptr<std::once_flag[]> words_read_;                      // one per rule: words_[i] is set once
  std::string shift_pattern_;  // shifts.txt's, filled in; compiled on first use, as few texts need it
  mutable std::unique_ptr<RE2> shift_;
  mutable std::once_flag shift_compiled_;
};

const Scanner& scanner();

// True when RULE has one capturing group (the timex inside its context), false for none;
// throws Error naming KIND for more than one.
bool has_timex_group(const RE2& rule, const std::string& kind);
// The number of capturing groups in PATTERN, from its text: "(" not escaped, not in a
// character class and not "(?" (but "(?P<name>"). A pattern RE2 accepts gets RE2's count.
int capturing_groups(std::string_view pattern);

// Leading words of strip.txt ("on Thursday", "for years") leave the span [B, E): the new B.
size_t strip_leading(std::string_view text, size_t b, size_t e);

// False when the number at [B, E) is part of an amount ("$2008", "2,010", "2010%") or a
// clock reading rather than a date.
bool numeric_context_ok(std::string_view text, size_t b, size_t e);

// True when the bare number at [B, E) sits between two capitalized words ("Russell 2000 Index").
bool is_name_part(std::string_view text, size_t b, size_t e);

// True when the four figures at [B, E) are an amount, not a year: a currency, a measure or a
// noun of people or things counted after them ("2000 dollars", "1800 troops"; not after a
// preposition of time, "in 1999 people ..."), or a currency's code or sign and a space
// before them ("USD 2000", "$ 2000"); amount_words.tsv lists the words.
bool is_amount(std::string_view text, size_t b, size_t e);

// True when the amount of quarters at [B, E) is a share of something ("three-quarters of
// the vote"), not a length of time.
bool is_fraction(std::string_view text, size_t b, size_t e);
// Whether "of" and a determiner follow byte E of TEXT ("3/4 of a point"): a share's words.
bool share_follows(std::string_view text, size_t e);

// True when the word before byte B (after one space) is a name: it holds a capital and is no
// preposition, month or season ("iLife '11", but "in '86", "Summer '69").
bool follows_name(std::string_view text, size_t b);

// The byte where a four-digit number directly before a singular "year" begins in [B, E)
// ("the 1960 year"), or npos: a year, not an amount of years.
size_t year_before_singular_year(std::string_view text, size_t b, size_t e);

// True when "that day" at [B, E) points back at a period the story named: a word of
// anaphora_cues.txt before it ("later that day"), a comma or the sentence's end after it
// ("That year, ...", "shrank that year."), or a capital "That" opening a sentence.
bool points_back(std::string_view text, size_t b, size_t e);

// Where a capitalised "Today", "Tomorrow" or "Yesterday", or the weekday of "On Friday",
// ending the clock time at [B, E) of TEXT starts when it opens a new sentence after the
// period of "p.m." (a small-letter word follows it, or a comma after "On Friday", and the
// line before the time is no title-case headline); npos otherwise.
size_t new_sentence_day(std::string_view text, size_t b, size_t e);

// Whether an amount of time ending at E is an age: "-old", " old" or " of age" follows it
// ("a 22-year-old", "22 years old", "40 years of age").
bool age_follows(std::string_view text, size_t e);

// True when a word other than a preposition or conjunction follows [.., E) after one
// space: "the 15th floor" is no day of the month.
bool noun_follows(std::string_view text, size_t e);

// Whether a noun a count goes with follows E ("two thousand and fifty people"), not a clause.
bool count_noun_follows(std::string_view text, size_t e);

// Whether a word of the weather (weather_words.txt) stands among the four words before B in
// its clause ("highs in the nineties"): a decade in two figures or words there is degrees.
bool weather_before(std::string_view text, size_t b);

// Whether lower-case WORD opens a clause rather than continuing a noun phrase: a pronoun,
// an article or a determiner ("in two thousand and ten he left", "on the 22nd the council met").
bool opens_clause(std::string_view word);

// Whether a day of the month matched at [B, E) stands before a noun ("the 22nd floor") or
// is a rank ("the 3rd the party has expelled"), not a date before a preposition or before a
// new clause where it is plainly a date ("on the 22nd he resigned", "Monday the 25th they
// voted"); a match that ends in its month ("the 15th of next month") never does.
bool day_noun_follows(std::string_view text, size_t b, size_t e);

// Whether a weekday matched at [B, E) that ends in "Mon", "sat", "SUN" (the short forms that
// are also a word or a name) is none: it is a day alone on its line (but for a line beside a
// paragraph of running text, where it is a paper's name as a credit or a heading), or with its
// capital and period after "on" or a direction word ("on Sat.", "next Mon.").
bool short_weekday_dropped(std::string_view text, size_t b, size_t e);

// Whether [B, E) is all its line holds, but for spaces and one period after it.
bool alone_on_line(std::string_view text, size_t b, size_t e);

// The word that ends one space before B, in lower case, and where it starts; empty when none.
std::string word_before(std::string_view text, size_t b, size_t* start = nullptr);

// Whether the month and day at [B, E), joined by a dash without a year ("2-15", "2 - 15"),
// stand where they are no month and day: before a noun ("a 2-15 record"), or after a word
// other than a preposition of time ("lost 7-21", "ages 3-15"; at its line's start they stand
// alone).
bool loose_month_day(std::string_view text, size_t b, size_t e);

// Whether the word before B makes "half" a share ("cut in half", "more than half", "the
// other half", "over half") or an approximation ("nearly half", "about half"), not the half
// hour of the clock.
bool share_before(std::string_view text, size_t b);
// Whether "of", or "and" and a number, follows a clock in words ending at E (context.cc).
bool count_follows(std::string_view text, size_t e);

// Whether a day's word follows E: "today", "tomorrow", "tonight", "yesterday" or a weekday
// ("at 1030 tomorrow"), after which a clock reading is the day's hour.
bool day_word_follows(std::string_view text, size_t e);

// Whether PIECE is a clock reading that only its context tells from a count: four figures
// (the "at" before them left out of the span: "at 1030"), an hour and its quarter or half in
// words joined by a space ("ten thirty", "six forty five"), or half and an hour ("half three").
bool bare_clock(std::string_view piece);

// Whether the words that move a holiday, from B ("two weeks before Christmas"), are a count
// with a word of length_cues.txt before it ("for two weeks before Christmas"): a length of time.
bool length_before_shift(std::string_view text, size_t b);

// Whether the holiday at [B, E) lasts more days than one (lasting_holidays.txt) and "after"
// stands right before it ("three days after Ramadan"): its rules give its first day, not the
// end an "after" counts from.
bool after_lasting_holiday(std::string_view text, size_t b, size_t e);

// Whether the word before the "at" before B says a score or a tally stands there ("stood at 11 7").
bool tally_before(std::string_view text, size_t b);
// Whether a word naming a tally ("score", "vote") stands one or two words before B.
bool score_before(std::string_view text, size_t b);
// Whether PIECE is an hour and its minutes in figures split by a space ("at 4 45", "4 45").
bool spaced_figures(std::string_view piece);

// True when the word before B is a superlative or an ordinal ("the wettest June in 30
// years", "its first Easter in two years"): the years after the month count back.
bool ranked_before(std::string_view text, size_t b);

// True when the word after [.., E) (after one space) starts a description of what came
// before it: "of", "when", "that" ("a year of cuts", "a year when prices fell").
bool describes_before(std::string_view text, size_t e);

// A byte of a word: ASCII letters and digits, and every byte of a multi-byte character.
constexpr bool is_word_byte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || u >= 0x80;
}

}  // namespace dossier::timex::grammar
