// Temporal expressions: finds them in a text with one combined scan (the grammar is
// lib/data/timex/patterns.tsv) and normalizes each to a TimeML TIMEX3 type and value,
// resolved against the document creation time. Without a dct, values keep X
// placeholders ("XXXX-WXX-5"); the system clock is never read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"

namespace dossier::timex {

// The tense of the clause an expression sits in; it picks which Thursday, which December.
enum class Tense { kUnknown, kPast, kPresent, kFuture };

// How "12/05/2008" is read.
enum class DateOrder { kMonthFirst, kDayFirst };

struct Options {
  // Given, it decides every ambiguous date; not given, a document's own dates that read only
  // one way decide for it, and month first when they do not tell.
  std::optional<DateOrder> date_order;
};

// A normalized expression.
struct Value {
  std::string type;   // DATE TIME DURATION SET
  std::string value;  // TIMEX3 value
};

// A match of the scanner: byte offsets into the scanned text, span already without
// leading prepositions.
struct Match {
  size_t begin = 0;
  size_t end = 0;
  int rule = 0;  // index of the grammar line; see rule_kind()
};

// The kind named in patterns.tsv for a rule index ("date", "weekday", ...).
const std::string& rule_kind(int rule);

// Every expression of TEXT, left to right, longest first, non-overlapping.
std::vector<Match> scan(std::string_view text);

// Normalizes EXPRESSION (the whole string must be one expression of the grammar) against
// DCT (YYYY-MM-DD, or nullopt). Returns nullopt when the expression is not one the
// grammar knows or cannot be given a value.
std::optional<Value> normalize(std::string_view expression, const std::optional<std::string>& dct,
                               Tense tense = Tense::kUnknown, const Options& options = {});

// The tense of the verb nearest to byte offset AT in SENTENCE (the expression itself
// lies at [at, at_end) and is skipped); kUnknown when the sentence has no cue.
// How a plan behind a future is told (tense_contexts.tsv's plan roles): not at all, in the
// past ("was scheduled for", a date before the telling or after it), or as given up or
// changed ("had been scheduled for", "originally planned for": the date nearest the telling).
enum class Plan { kNone, kPast, kReplaced };

// PLAN, when given, tells how a plan's word that gives the future returned is told.
Tense tense_near(std::string_view sentence, size_t at, size_t at_end, Plan* plan = nullptr);

// True when SENTENCE holds at most MAX_OTHER_WORDS words beside the expression at [at,
// at_end), prepositions, articles and parts of the day left uncounted ("on Friday", "at 10am
// on Sunday"): a bare phrase with no verb, which, as in a calendar entry or a request, names
// a day to come.
bool is_bare_phrase(std::string_view sentence, size_t at, size_t at_end, int max_other_words = 3);

// The timexes of a document: spans in code points, ids t1, t2, ... in text order. The
// sentence of each expression (Document::sentences) gives its tense.
std::vector<Timex> find_timexes(const Document& doc, const Options& options = {});

// Replaces the document's timexes layer with find_timexes(doc, options).
void annotate(Document& doc, const Options& options = {});

// Granularity of a TIMEX3 value as used by the timeline: day month year decade century
// quarter season half week; "" when the value is not a calendar point (PXY, PRESENT_REF,
// XXXX-XX-XX).
std::string granularity(std::string_view value);

// The calendar value a DATE value stands for: a fiscal year ("FY1998") is its number's year
// ("1998"); any other value is itself.
std::string calendar_value(std::string_view value);

// First and last day (YYYY-MM-DD) a calendar value covers; nullopt when granularity()
// is "".
std::optional<std::pair<std::string, std::string>> date_range(std::string_view value);

}  // namespace dossier::timex
