// The checks on a match's context (amounts, names, leading prepositions, nouns after it)
// and the matches of the scanner they leave as timexes. Tested by scanner_test.cc.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/timex.h"
#include "resolver.h"
#include "scanner.h"
#include "tables.h"

namespace dossier::timex::grammar {

// Leading words of strip.txt ("on Thursday", "for years", "has long") leave the span, but
// not one that "of" follows: "end of the month" names a part of the period.
size_t strip_leading(std::string_view text, size_t b, size_t e) {
  const auto& strip = tables().strip;
  while (true) {
    size_t sp = text.find(' ', b);
    if (sp == std::string_view::npos || sp >= e) return b;
    // The word compared with each entry with its capitals folded, as lower() folds them:
    // no string made for every match the scanner finds.
    const std::string_view first = text.substr(b, sp - b);
    if (std::none_of(strip.begin(), strip.end(), [&](const std::string& entry) { return folded_equals(first, entry); })) return b;
    if (!folded_equals(first, "of") && text.substr(sp + 1, 3) == "of ") return b;
    b = sp + 1;
  }
}

// A number that is part of an amount ("$2008", "2,010", "2010%") is no year.
bool numeric_context_ok(std::string_view text, size_t b, size_t e) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (digit(text[b]) && b > 0) {
    char p = text[b - 1];
    if (p == '$' || p == '#' || p == '.' || p == ',' || p == '/' || p == ':') return false;
    if (b >= 2 && (static_cast<unsigned char>(p) == 0xac || static_cast<unsigned char>(p) == 0xa3)) return false;  // euro, pound
  }
  if (digit(text[e - 1]) && e < text.size()) {
    char n = text[e];
    // A slash after an ISO date-time starts the other end of its interval ("...-21 09:30/..."),
    // no fraction; after a bare clock reading it is one ("odds of 3:10/4").
    if (n == '%' || n == ':' || (n == '/' && text.substr(b, e - b).find('-') == std::string_view::npos)) return false;
    if ((n == ',' || n == '.') && e + 1 < text.size() && digit(text[e + 1])) return false;
  }
  return true;
}

// A bare number between two capitalized words is part of a name ("Russell 2000 Index").
bool is_name_part(std::string_view text, size_t b, size_t e) {
  auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (b < 2 || text[b - 1] != ' ' || e + 1 >= text.size() || text[e] != ' ' || !capital(text[e + 1])) return false;
  size_t ws = text.rfind(' ', b - 2);
  ws = ws == std::string_view::npos ? 0 : ws + 1;
  if (!capital(text[ws])) return false;
  std::string prev = lower(text.substr(ws, b - 1 - ws));
  // After a possessive the number is a year that qualifies the noun ("Norway's 2014 Council
  // Presidency").
  if (prev.size() > 2 && (prev.compare(prev.size() - 2, 2, "'s") == 0 || prev.compare(prev.size() - 2, 2, "s'") == 0 ||
                          (prev.size() > 4 && prev.compare(prev.size() - 4, 4, "\u2019s") == 0)))
    return false;
  const auto& strip = tables().strip;
  return std::find(strip.begin(), strip.end(), prev) == strip.end();
}

// The word after " of " at byte E of TEXT, in lower case; empty when " of " is not there.
static std::string word_after_of(std::string_view text, size_t e) {
  if (text.substr(e, 4) != " of ") return {};
  size_t we = e + 4;
  while (we < text.size() && is_word_byte(text[we])) ++we;
  return lower(text.substr(e + 4, we - e - 4));
}

// "three-quarters of the vote", "three quarters of its members": a share, not a length of
// time ("two quarters of growth" stays one).
bool is_fraction(std::string_view text, size_t b, size_t e) {
  std::string m = lower(text.substr(b, e - b));
  if (m.size() < 7 || (m.compare(m.size() - 7, 7, "quarter") != 0 && (m.size() < 8 || m.compare(m.size() - 8, 8, "quarters") != 0)))
    return false;
  if (m.find("-quarter") != std::string::npos) return true;
  static const char* const kDeterminers[] = {"the", "a", "an", "its", "their", "his", "her", "our", "all", "those", "these", "this", "that"};
  const std::string next = word_after_of(text, e);
  return !next.empty() && std::find_if(std::begin(kDeterminers), std::end(kDeterminers), [&](const char* d) { return next == d; }) != std::end(kDeterminers);
}

bool share_follows(std::string_view text, size_t e) {
  // Not "this", "that" as a length of time's share takes ("three quarters of this year" is
  // none, but "Saturday 6/2 of this season" is a date).
  static const char* const kShareWords[] = {"a", "an", "the", "its", "their", "his", "her", "our", "all", "each"};
  const std::string next = word_after_of(text, e);
  return !next.empty() && std::find_if(std::begin(kShareWords), std::end(kShareWords), [&](const char* w) { return next == w; }) != std::end(kShareWords);
}

bool follows_name(std::string_view text, size_t b) {
  if (b < 2 || text[b - 1] != ' ') return false;
  size_t ws = text.rfind(' ', b - 2);
  ws = ws == std::string_view::npos ? 0 : ws + 1;
  std::string_view prev = text.substr(ws, b - 1 - ws);
  if (std::none_of(prev.begin(), prev.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
  std::string low = lower(prev);
  const auto& t = tables();
  const auto& strip = t.strip;
  return std::find(strip.begin(), strip.end(), low) == strip.end() && !t.months.count(low) && !t.seasons.count(low);
}

size_t year_before_singular_year(std::string_view text, size_t b, size_t e) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = b; i + 4 < e; ++i) {
    if (!digit(text[i]) || (i > b && (digit(text[i - 1]) || text[i - 1] == ',' || text[i - 1] == '.'))) continue;
    size_t j = i;
    while (j < e && digit(text[j])) ++j;
    if (j - i == 4 && j + 5 <= text.size() && (text[j] == ' ' || text[j] == '-') && lower(text.substr(j + 1, 4)) == "year" &&
        (j + 5 == text.size() || !is_word_byte(text[j + 5])))
      return i;
    i = j;
  }
  return std::string_view::npos;
}

std::string word_before(std::string_view text, size_t b, size_t* start) {
  if (b < 2 || text[b - 1] != ' ') return std::string();
  size_t wb = b - 1;
  while (wb > 0 && is_word_byte(text[wb - 1])) --wb;
  if (start) *start = wb;
  return lower(text.substr(wb, b - 1 - wb));
}

namespace {

// The word that starts one space after E, in lower case; empty when none.
std::string word_after(std::string_view text, size_t e) {
  if (e + 1 >= text.size() || text[e] != ' ') return std::string();
  size_t we = e + 1;
  while (we < text.size() && is_word_byte(text[we])) ++we;
  return lower(text.substr(e + 1, we - e - 1));
}

// Whether the word at AT of TEXT opens a sentence: only spaces, line breaks and quotation
// marks stand between it and the text's start or a full stop, question or exclamation mark.
bool opens_sentence(std::string_view text, size_t at) {
  size_t p = at;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\n' || text[p - 1] == '"')) --p;
  return p == 0 || text[p - 1] == '.' || text[p - 1] == '!' || text[p - 1] == '?';
}

}  // namespace

bool points_back(std::string_view text, size_t b, size_t e) {
  // A comma or the sentence's end after it ("shrank that year."): no clause follows, so
  // "that" is no conjunction.
  if (e == text.size() || text[e] == ',' || text[e] == ';' ||
      ((text[e] == '.' || text[e] == '!' || text[e] == '?') && (e + 1 == text.size() || text[e + 1] == ' ' || text[e + 1] == '\n')))
    return true;
  // A capital "That" opening a sentence ("That year the mill closed.") is no conjunction.
  if (text[b] == 'T' && opens_sentence(text, b)) return true;
  size_t word_at = 0;
  const std::string word = word_before(text, b, &word_at);
  if (word.empty()) return false;
  const auto& cues = tables().anaphora_cues;
  if (std::find(cues.begin(), cues.end(), word) == cues.end()) return false;
  // "at" points back only as "at that time", and then no noun of its own after it: "laughed
  // at that day care plan", "looked at that time sheet" are the conjunction's or a noun's.
  // Opening a sentence ("At that time prices rose") it is the time whatever follows: no
  // sentence opens with a noun phrase "at that time sheet".
  if (word == "at") {
    if (lower(text.substr(b, e - b)) != "that time") return false;
    return (text[word_at] == 'A' && opens_sentence(text, word_at)) || !count_noun_follows(text, e);
  }
  return true;
}

size_t new_sentence_day(std::string_view text, size_t b, size_t e) {
  static constexpr std::string_view kDays[] = {"Today", "Tomorrow", "Yesterday"};
  size_t day_b = text.rfind(' ', e - 1);
  if (day_b == std::string_view::npos || day_b < b + 3) return std::string_view::npos;
  // "On Friday" after the period: the weekday is the day word, "On" opens the sentence.
  const bool on = day_b >= b + 6 && text.substr(day_b - 3, 3) == " On" && text.substr(day_b + 1, e - day_b - 1).find(' ') == std::string_view::npos;
  const size_t period_e = on ? day_b - 3 : day_b;
  if (text[period_e - 1] != '.' || (text[period_e - 2] | 0x20) != 'm') return std::string_view::npos;
  ++day_b;
  if (!on && std::find(std::begin(kDays), std::end(kDays), text.substr(day_b, e - day_b)) == std::end(kDays)) return std::string_view::npos;
  // A small-letter word after it, or for "On Friday" a comma ("On Friday, the ...").
  if (e + 1 >= text.size() || !((on && text[e] == ',') || (text[e] == ' ' && text[e + 1] >= 'a' && text[e + 1] <= 'z')))
    return std::string_view::npos;
  // A title-case headline capitalises most of its words: count them from the line's start,
  // or from the last ". " before B in a paragraph of sentences, up to B.
  const size_t nl = text.rfind('\n', b), stop = b > 0 ? text.rfind(". ", b - 1) : std::string_view::npos;
  size_t from = nl == std::string_view::npos ? 0 : nl + 1;
  if (stop != std::string_view::npos && stop + 2 > from) from = stop + 2;
  size_t words = 0, caps = 0;
  for (size_t k = from; k < b; ++k)
    if (is_word_byte(text[k]) && (k == from || !is_word_byte(text[k - 1]))) {
      ++words;
      caps += text[k] >= 'A' && text[k] <= 'Z';
    }
  return words > 0 && caps * 2 > words ? std::string_view::npos : day_b;
}

bool age_follows(std::string_view text, size_t e) {
  if (text.substr(e, 4) == "-old" || text.substr(e, 7) == " of age") return true;
  return text.substr(e, 4) == " old" && (e + 4 == text.size() || !is_word_byte(text[e + 4]));
}

bool noun_follows(std::string_view text, size_t e) {
  // The words that may follow a day of the month: prepositions and conjunctions.
  static const char* const kFree[] = {"of", "and", "or", "at", "in", "on", "to", "through", "until", "till", "when",
                                      "from", "for", "but", "with", "as", "after", "before", "is", "was", "will", "by",
                                      "during", "under", "into", "near", "around", "against", "while", "where", "were",
                                      "are", "has", "had"};
  const std::string word = word_after(text, e);
  if (word.empty()) return false;
  for (const char* f : kFree)
    if (word == f) return false;
  return true;
}

// Whether the word after E is a noun a count goes with: a noun_follows() word in lower case
// that is no pronoun, article or determiner opening the next clause ("in two thousand and ten
// he left").
bool count_noun_follows(std::string_view text, size_t e) {
  if (!noun_follows(text, e) || e + 1 >= text.size() || !(text[e + 1] >= 'a' && text[e + 1] <= 'z')) return false;
  const std::string word = word_after(text, e);
  if (opens_clause(word)) return false;
  return !(word.size() > 3 && word.compare(word.size() - 2, 2, "ed") == 0);  // a past verb: "of twenty twelve changed it"
}

bool is_amount(std::string_view text, size_t b, size_t e) {
  if (e != b + 4 || !std::all_of(text.begin() + static_cast<std::ptrdiff_t>(b), text.begin() + static_cast<std::ptrdiff_t>(e),
                                 [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  const auto& t = tables();
  // The code or sign before it, a space between ("USD 2000", "$ 2000"): the whole token, so
  // "Rs." and "US$" are read as they are written.
  if (b >= 2 && text[b - 1] == ' ') {
    size_t tb = text.rfind(' ', b - 2);
    tb = tb == std::string_view::npos ? 0 : tb + 1;
    if (t.amount_before.count(lower(text.substr(tb, b - 1 - tb)))) return true;
  }
  if (!t.amount_after.count(word_after(text, e))) return false;
  // After a preposition of time the noun opens the clause ("In 1999 people feared").
  static const char* const kTimePrepositions[] = {"in", "since", "until", "till", "during"};
  const std::string before = word_before(text, b);
  return std::none_of(std::begin(kTimePrepositions), std::end(kTimePrepositions), [&](const char* p) { return before == p; });
}

bool weather_before(std::string_view text, size_t b) {
  const auto& t = tables();
  // The sentence around B, in lower case, for the pair words ("a high ... and a low ...").
  auto sentence_has_pair = [&] {
    size_t sb = text.find_last_of(".!?\n", b == 0 ? 0 : b - 1);
    sb = sb == std::string_view::npos || b == 0 ? 0 : sb + 1;
    const size_t se = std::min(text.size(), text.find_first_of(".!?\n", b));
    const std::string s = " " + lower(text.substr(sb, se - sb)) + " ";
    for (const auto& w : t.weather_pair) {
      bool found = false;
      for (size_t at = s.find(w); at != std::string::npos && !found; at = s.find(w, at + 1))
        found = !is_word_byte(s[at - 1]) && at + w.size() < s.size() && !is_word_byte(s[at + w.size()]);
      if (!found) return false;
    }
    return true;
  };
  // The four words before B in its sentence.
  size_t at = b;
  for (int n = 0; n < 4; ++n) {
    while (at > 0 && text[at - 1] == ' ') --at;
    if (at == 0 || !is_word_byte(text[at - 1])) return false;
    size_t wb = at;
    while (wb > 0 && is_word_byte(text[wb - 1])) --wb;
    const std::string word = lower(text.substr(wb, at - wb));
    if (t.weather_words.count(word)) return true;
    if (t.weather_pair.count(word) && sentence_has_pair()) return true;
    at = wb;
  }
  return false;
}

bool opens_clause(std::string_view word) {
  static const char* const kClause[] = {"he", "she", "it", "they", "we", "i", "you", "there", "the", "a", "an", "this",
                                        "that", "his", "her", "its", "their", "our", "my", "your", "these", "those"};
  for (const char* c : kClause)
    if (word == c) return true;
  return false;
}

bool day_noun_follows(std::string_view text, size_t b, size_t e) {
  // Only a match that ends in the day itself ("the 22nd", "Tuesday the first") can be an
  // ordinal before a noun; "the 15th of next month" ends in its month.
  if (e >= 5 && lower(text.substr(e - 5, 5)) == "month") return false;
  if (!noun_follows(text, e)) return false;
  // A new clause after the day ("On the 22nd he resigned") only where the day is plainly a
  // date: with its weekday, after a preposition of time, or opening the sentence; "the 3rd
  // the party has expelled", "the 10th it has hosted" are ranks.
  static const char* const kDayPrepositions[] = {"on", "by", "until", "till", "since", "from", "before", "after", "through"};
  if (!opens_clause(word_after(text, e))) return true;
  if (b < text.size() && std::isupper(static_cast<unsigned char>(text[b])) && lower(text.substr(b, 4)) != "the ")
    return false;  // "Monday the 25th": the weekday opens the match
  size_t before_at = 0;
  std::string before = word_before(text, b, &before_at);
  for (const char* p : kDayPrepositions)
    if (before == p) return false;
  // A day joined to a day before it ("on the 14th and the 15th we fly", "on the 3rd, the 4th
  // it cleared") is a date as that one is.
  size_t joined = std::string_view::npos;
  if (before == "and" || before == "or") {
    joined = before_at;
  } else if (b >= 2 && text[b - 1] == ' ' && text[b - 2] == ',') {
    joined = b - 1;
  }
  if (joined != std::string_view::npos) {
    size_t k = joined;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == ',')) --k;
    if (k >= 3 && std::isdigit(static_cast<unsigned char>(text[k - 3]))) {
      const std::string suffix = lower(text.substr(k - 2, 2));
      // The day before it a day as well: with its article ("the 14th and the 15th"), not a
      // rank ("came 2nd and the 3rd we never counted").
      size_t d = k - 2;
      while (d > 0 && std::isdigit(static_cast<unsigned char>(text[d - 1]))) --d;
      if ((suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") && word_before(text, d) == "the")
        return false;
    }
  }
  return !opens_sentence(text, b);
}

bool tally_near(std::string_view text, size_t b, size_t e, bool by);

// Whether the month and day at [B, E), joined by a dash without a year ("2-15", "2 - 15"),
// stand where they are no month and day: before a noun ("a 2-15 record"), or after a word
// other than a preposition of time ("lost 7-21", "ages 3-15"; at its line's start they stand
// alone).
bool loose_month_day(std::string_view text, size_t b, size_t e) {
  const std::string_view piece = text.substr(b, e - b);
  // Two groups of one or two figures and one slash or dash, with spaces or not.
  int groups = 0, run = 0, slashes = 0, dashes = 0;
  for (char c : piece) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (run++ == 0) ++groups;
      if (run > 2) return false;
      continue;
    }
    run = 0;
    if (c == '/') ++slashes;
    else if (c == '-') ++dashes;
    else if (c != ' ') return false;
  }
  if (groups != 2 || slashes + dashes != 1) return false;
  if (slashes) return false;
  if (noun_follows(text, e) || (e < text.size() && (text[e] == '-' || text[e] == '/'))) return true;
  static const char* const kTimePreps[] = {"on", "by", "until", "till", "from", "since", "before", "after", "through", "due", "dated"};
  size_t wb = b;
  while (wb > 0 && text[wb - 1] == ' ') --wb;
  if (wb == 0 || text[wb - 1] == '\n') return false;
  size_t prep_b = b;
  std::string before = word_before(text, b, &prep_b);
  // "from 2-15 to 3-20": the second half stands or falls with the first.
  if (before == "to") {
    size_t first_e = prep_b;
    while (first_e > 0 && text[first_e - 1] == ' ') --first_e;
    size_t first_b = first_e;
    while (first_b > 0 && (std::isdigit(static_cast<unsigned char>(text[first_b - 1])) || text[first_b - 1] == '-')) --first_b;
    if (first_b == first_e || word_before(text, first_b) != "from") return true;
    return loose_month_day(text, first_b, first_e);
  }
  if (std::none_of(std::begin(kTimePreps), std::end(kTimePreps), [&](const char* p) { return before == p; })) return true;
  return tally_near(text, prep_b, e, before == "by");
}

// Whether a word of dash_tally_words.txt stands among the three words before the preposition at
// B or the three after E ("19 points on 7-13 from the floor"), or one of its "by" words right
// before B when BY ("cut by 5-15").
bool tally_near(std::string_view text, size_t b, size_t e, bool by) {
  const auto& t = tables();
  size_t start = b;
  std::string word = word_before(text, b, &start);
  if (by && t.dash_tally_by.count(word)) return true;
  for (int k = 0; k < 3 && !word.empty(); ++k) {
    if (t.dash_tally.count(word)) return true;
    word = word_before(text, start, &start);
  }
  size_t end = e;
  for (int k = 0; k < 3 && end < text.size() && text[end] == ' '; ++k) {
    size_t we = end + 1;
    while (we < text.size() && is_word_byte(text[we])) ++we;
    if (t.dash_tally.count(lower(text.substr(end + 1, we - end - 1)))) return true;
    end = we;
  }
  return false;
}

// Whether the word before B makes "half" a share ("cut in half", "more than half", "the
// other half", "over half"), not the half hour of the clock.
bool share_before(std::string_view text, size_t b) {
  static const char* const kShare[] = {"in",     "than",    "over", "a",     "an",     "the",     "other",  "nearly", "about",
                                       "almost", "only",    "roughly", "around", "some", "just", "under",  "barely", "fully",
                                       "exactly", "precisely", "approximately", "least"};
  const std::string word = word_before(text, b);
  return std::any_of(std::begin(kShare), std::end(kShare), [&](const char* w) { return word == w; });
}

// Whether a count follows the clock in words ending at E: "of" ("half two of them", "one
// thirty of them"), or "and" with a number after it ("twelve fifteen and nine").
bool count_follows(std::string_view text, size_t e) {
  const std::string next = word_after(text, e);
  if (next == "of") return true;
  if (next != "and") return false;
  const size_t after = e + 5;
  if (after < text.size() && std::isdigit(static_cast<unsigned char>(text[after]))) return true;
  const std::string third = word_after(text, e + 4);
  return tables().numbers.count(third) > 0;
}

// Whether a day's word follows E: "today", "tomorrow", "tonight", "yesterday" or a weekday
// ("at 1030 tomorrow"), after which a clock reading is the day's hour.
bool day_word_follows(std::string_view text, size_t e) {
  const std::string word = word_after(text, e);
  return word == "today" || word == "tomorrow" || word == "tonight" || word == "yesterday" || tables().weekdays.count(word) > 0;
}

// Whether PIECE is a clock reading that only its context tells from a count: four figures
// (the "at" before them left out of the span: "at 1030"), an hour and its quarter or half in
// words joined by a space ("ten thirty", "six forty five"), or half and an hour ("half three").
bool bare_clock(std::string_view piece) {
  // Compared with capitals folded, no string made: this runs for every time the scanner finds.
  if (piece.size() == 4) return std::all_of(piece.begin(), piece.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (piece.size() > 5 && folded_equals(piece.substr(0, 5), "half ")) return piece.find_first_of(" -", 5) == std::string_view::npos;
  if ((piece.size() > 3 && folded_equals(piece.substr(0, 3), "at ")) || piece.find_first_of("-0123456789") != std::string_view::npos ||
      piece.find(' ') == std::string_view::npos)
    return false;
  auto ends = [&](std::string_view x) { return piece.size() >= x.size() && folded_equals(piece.substr(piece.size() - x.size()), x); };
  return ends(" fifteen") || ends(" thirty") || ends(" forty five");
}

// Whether the words that move a holiday, from B ("two weeks before Christmas"), are a count
// with a word of length_cues.txt before it ("for two weeks before Christmas"): a length of time.
bool length_before_shift(std::string_view text, size_t b) {
  if (b < 2 || text[b - 1] != ' ') return false;
  const std::string first = lower(text.substr(b, text.find(' ', b) - b));
  if (first == "the" || tables().weekdays.count(first)) return false;  // "the Monday after Easter"
  size_t wb = b - 1;
  while (wb > 0 && is_word_byte(text[wb - 1])) --wb;
  return tables().length_cues.count(lower(text.substr(wb, b - 1 - wb))) > 0;
}

bool after_lasting_holiday(std::string_view text, size_t b, size_t e) {
  if (word_before(text, b) != "after") return false;
  const std::vector<std::string> w = words(text.substr(b, e - b));
  return std::any_of(w.begin(), w.end(), [](const std::string& x) { return tables().lasting_holidays.count(x) > 0; });
}

// Whether the word before the "at" at B says a score or a tally stands there ("the score
// stood at 11 7", "the vote was at 12 40"), not a time.
bool tally_before(std::string_view text, size_t b) {
  // The word before B, and the one before it when that is the "at" (tally_words.txt).
  size_t start = b;
  std::string word = word_before(text, b, &start);
  if (word == "at") word = word_before(text, start);
  return tables().tally_words.count(word) > 0;
}

// Whether PIECE is an hour and its minutes in figures split by a space, "at" before them or
// not ("at 4 45", "11 7" is none): not a longer match that ends in a day ("at 8:30 p.m. Dec. 31").
bool spaced_figures(std::string_view piece) {
  if (piece.substr(0, 3) == "at ") piece.remove_prefix(3);
  const size_t sp = piece.find(' ');
  auto digits = [](std::string_view x) { return std::all_of(x.begin(), x.end(), [](char c) { return c >= '0' && c <= '9'; }); };
  return sp != std::string_view::npos && (sp == 1 || sp == 2) && piece.size() == sp + 3 && digits(piece.substr(0, sp)) && digits(piece.substr(sp + 1));
}

// Whether a word of the tally itself (tally_words.txt, "score") stands one or two words before
// B: "the score was three thirty", "a vote count of ten fifteen".
bool score_before(std::string_view text, size_t b) {
  size_t start = b;
  const std::string word = word_before(text, b, &start);
  if (tables().score_words.count(word)) return true;
  return !word.empty() && tables().score_words.count(word_before(text, start)) > 0;
}

bool ranked_before(std::string_view text, size_t b) {
  static const char* const kRanks[] = {"first", "only", "last", "second", "third", "best", "worst", "most", "least"};
  size_t we = b;
  while (we > 0 && text[we - 1] == ' ') --we;
  size_t wb = we;
  while (wb > 0 && is_word_byte(text[wb - 1])) --wb;
  std::string word = lower(text.substr(wb, we - wb));
  if (word.size() > 4 && word.compare(word.size() - 3, 3, "est") == 0) return true;  // "wettest", "busiest"
  for (const char* r : kRanks)
    if (word == r) return true;
  return false;
}

bool describes_before(std::string_view text, size_t e) {
  static const char* const kClause[] = {"of", "when", "that", "which", "where", "whose", "in", "with", "like", "marked", "for"};
  if (e + 1 >= text.size() || text[e] != ' ') return false;
  size_t we = e + 1;
  while (we < text.size() && is_word_byte(text[we])) ++we;
  std::string word = lower(text.substr(e + 1, we - e - 1));
  for (const char* c : kClause)
    if (word == c) return true;
  return false;
}

// Whether the nearest line that is not blank before [B, E) or after it is running text, a
// paragraph of more words than a heading, an entry of a list or a line of a rota holds: a
// "Sun" alone above or below one is the paper's name as a credit or a heading sets it.
static bool beside_running_text(std::string_view text, size_t b, size_t e) {
  constexpr int kMostListWords = 12;
  auto many_words = [&](size_t from, size_t to) {
    int words = 0;
    for (size_t k = from; k < to; ++k)
      if (text[k] != ' ' && text[k] != '\t' && (k == from || text[k - 1] == ' ' || text[k - 1] == '\t') && ++words > kMostListWords)
        return true;
    return false;
  };
  auto blank = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; };
  size_t i = b;
  while (i > 0 && blank(text[i - 1])) --i;
  size_t ls = i;
  while (ls > 0 && text[ls - 1] != '\n') --ls;
  if (i > 0 && many_words(ls, i)) return true;
  size_t j = e < text.size() && text[e] == '.' ? e + 1 : e;
  while (j < text.size() && blank(text[j])) ++j;
  size_t le = j;
  while (le < text.size() && text[le] != '\n') ++le;
  return j < text.size() && many_words(j, le);
}

bool alone_on_line(std::string_view text, size_t b, size_t e) {
  size_t i = b;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  if (i > 0 && text[i - 1] != '\n') return false;
  size_t j = e;
  if (j < text.size() && text[j] == '.') ++j;
  while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
  return j == text.size() || text[j] == '\n';
}

bool short_weekday_dropped(std::string_view text, size_t b, size_t e) {
  const std::string l = lower(text.substr(e - 3, 3));
  if (l != "mon" && l != "sat" && l != "sun") return false;
  if (alone_on_line(text, b, e)) return beside_running_text(text, b, e);
  if (e == text.size() || text[e] != '.' || !std::isupper(static_cast<unsigned char>(text[e - 3]))) return true;
  if (e - b > 3) return false;  // "next Mon."
  const std::string before = word_before(text, b);
  return before != "on";
}

// Whether the first word of [B, E) follows a letter and a hyphen, or its last word comes
// before a hyphen and a letter, and that word is a part of the day ("late-night",
// "night-time"): part of a compound adjective. Only a part of the day: "mid-March" and
// "a day-long" (a length, as "five-day") are timexes.
static bool glued_part_of_day(std::string_view text, size_t b, size_t e) {
  auto letter = [&](size_t k) { return k < text.size() && (text[k] | 0x20) >= 'a' && (text[k] | 0x20) <= 'z'; };
  auto is_part = [&](size_t wb, size_t we) { return tables().parts.count(lower(text.substr(wb, we - wb))) > 0; };
  if (b >= 2 && text[b - 1] == '-' && letter(b - 2)) {
    size_t we = b;
    while (we < e && letter(we)) ++we;
    if (is_part(b, we)) return true;
  }
  // "a one-night-only show" is a length glued already, as "a five-day" is.
  if (e + 1 < text.size() && text[e] == '-' && letter(e + 1) && text.substr(b, e - b).find('-') == std::string_view::npos) {
    size_t wb = e;
    while (wb > b && letter(wb - 1)) --wb;
    if (is_part(wb, e)) return true;
  }
  return false;
}

}  // namespace dossier::timex::grammar

namespace dossier::timex {

namespace {

// Whether the character before byte B is part of a word: an ASCII letter or digit, or a
// character beyond ASCII other than the general punctuation of U+2000-U+206F (spaces, dashes,
// quotation marks, invisible marks: "2001\u20132005" is two years) and the no-break space,
// guillemets and inverted marks of Latin-1. A curly apostrophe between two letters is inside
// a word ("O\u2019May"); currency and other signs glue ("\u00a51999").
bool letter_before(std::string_view text, size_t b) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  if (byte(b - 1) < 0x80) return grammar::is_word_byte(text[b - 1]);
  if (b >= 2 && byte(b - 2) == 0xC2) {  // U+0080-U+00BF
    const unsigned char c = byte(b - 1);
    return !(c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xA1 || c == 0xBF);
  }
  if (b < 3 || byte(b - 3) != 0xE2 || (byte(b - 2) != 0x80 && !(byte(b - 2) == 0x81 && byte(b - 1) < 0xB0))) return true;
  const bool apostrophe = byte(b - 2) == 0x80 && (byte(b - 1) == 0x98 || byte(b - 1) == 0x99);  // U+2018, U+2019
  return apostrophe && b >= 4 && byte(b - 4) < 0x80 && grammar::is_word_byte(text[b - 4]);
}

// Whether the clock reading at [B, E) of TEXT is one only its context tells from a count
// (bare_clock) and its context says a count: "ten thirty" and "at 1030" before a noun or a
// hyphen ("ten thirty-year bonds", "at 1030 feet"), four figures after a tally ("stood at
// 1130"), a clock in words before "of" or after a score; "half three" after a word that makes
// half a share ("cut in half three times").
bool dropped_clock(std::string_view text, size_t b, size_t e) {
  if (!grammar::bare_clock(text.substr(b, e - b))) return false;
  if ((grammar::noun_follows(text, e) || (e < text.size() && text[e] == '-') ||
       (std::isdigit(static_cast<unsigned char>(text[e - 1])) && grammar::tally_before(text, b)) ||
       (std::isalpha(static_cast<unsigned char>(text[b])) && (grammar::count_follows(text, e) || grammar::score_before(text, b)))) &&
      !grammar::day_word_follows(text, e))
    return true;
  return grammar::folded_equals(text.substr(b, 5), "half ") && grammar::share_before(text, b);
}

// After the clock in words at [B, E) was dropped (span I of SPANS), its minutes' word begins
// the reading after it: "top ten thirty years ago" ("thirty years ago"), "ten thirty-year
// bonds" ("thirty-year"). True when span I itself now holds that reading, to be read at once.
bool reread_minutes(std::string_view text, std::vector<std::pair<size_t, size_t>>& spans, std::vector<int>& rules, size_t i,
                    size_t b, size_t e, std::vector<Match>& out) {
  const size_t minutes_b = text.rfind(' ', e - 1) + 1;
  const bool next_follows = i + 1 < spans.size() && spans[i + 1].first == e + 1;
  if ((next_follows || (e < text.size() && text[e] == ' ')) && minutes_b > b && std::isalpha(static_cast<unsigned char>(text[b]))) {
    // The longest reading up to four words past the next match ("two weeks later"), or past
    // the minutes' word when no match follows ("half one year later": "year later" is none),
    // which then takes the place of the matches it covers.
    size_t best_e = 0, end = next_follows ? spans[i + 1].second : e;
    int best_rule = -1;
    for (int words = 0; words <= 4 && end <= text.size(); ++words) {
      int rule = grammar::scanner().full_match(text.substr(minutes_b, end - minutes_b));
      if (rule >= 0) best_e = end, best_rule = rule;
      if (end == text.size() || text[end] != ' ') break;
      end = text.find_first_of(" ,.;:!?", end + 1);
      if (end == std::string_view::npos) end = text.size();
    }
    if (best_rule < 0 || best_e <= e) return false;
    // Without a next match the reading takes the dropped clock's own place and is read at
    // once (no insertion into the list: quadratic on a text of many such clocks); it starts
    // at the minutes' word, past B, so this ends.
    const size_t at = next_follows ? i + 1 : i;
    spans[at] = {minutes_b, best_e}, rules[at] = best_rule;
    for (size_t k = at + 1; k < spans.size() && spans[k].first < best_e; ++k) rules[k] = -1;  // read no more
    return !next_follows;
  }
  if (e < text.size() && text[e] == '-' && minutes_b > b) {
    size_t glued_e = e;
    while (glued_e < text.size() && (grammar::is_word_byte(text[glued_e]) || text[glued_e] == '-')) ++glued_e;
    int rule = grammar::scanner().full_match(text.substr(minutes_b, glued_e - minutes_b));
    if (rule >= 0 && !grammar::age_follows(text, glued_e)) out.push_back(Match{minutes_b, glued_e, rule});
  }
  return false;
}

}  // namespace

const std::string& rule_kind(int rule) { return grammar::scanner().kind(rule); }

std::vector<Match> scan(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> spans;
  std::vector<int> rules;
  grammar::scanner().scan(text, spans, rules);
  std::vector<Match> out;
  out.reserve(spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    auto [b, e] = spans[i];
    if (rules[i] < 0 || !grammar::numeric_context_ok(text, b, e)) continue;
    if (grammar::scanner().has_group(rules[i])) {  // the group is the timex, the rest its context
      auto [gb, ge] = grammar::scanner().group(rules[i], text.substr(b, e - b));
      if (ge <= gb) continue;
      e = b + ge;
      b += gb;
    }
    b = grammar::strip_leading(text, b, e);
    if (b > 0 && letter_before(text, b) && grammar::is_word_byte(text[b])) continue;
    if (grammar::scanner().kind_id(rules[i]) == grammar::Kind::kYear && e - b == 4 &&
        (grammar::is_name_part(text, b, e) || grammar::is_amount(text, b, e)))
      continue;
    grammar::Kind kind = grammar::scanner().kind_id(rules[i]);
    if (kind == grammar::Kind::kOrdinalDay && grammar::day_noun_follows(text, b, e)) continue;
    // "2-15": a month and a day without a year before no noun ("a 2-15 record"), after a
    // preposition of time or alone on its line ("lost 7-21" is a score).
    if (kind == grammar::Kind::kNumeric && grammar::loose_month_day(text, b, e)) continue;
    // "four days after Easter", "the Monday after Thanksgiving": the words that move a holiday
    // join it, in place of what was read of them ("three days", "Monday"); not after a word of
    // length_cues.txt ("for two weeks before Christmas" is a length and the day), nor when a
    // match runs into them from before ("over the past two weeks before Christmas").
    if (kind == grammar::Kind::kHoliday) {
      const size_t shift_b = grammar::scanner().shift_start(text, b);
      if (shift_b != std::string_view::npos && !grammar::length_before_shift(text, shift_b) && !grammar::after_lasting_holiday(text, b, e) &&
          (out.empty() || out.back().end <= shift_b || out.back().begin >= shift_b)) {
        while (!out.empty() && out.back().begin >= shift_b) out.pop_back();
        b = shift_b;
      }
    }
    // A year in words is a count before a hyphen or a larger number word: "in two thousand
    // five hundred homes", "in nineteen twenty-minute heats".
    if (kind == grammar::Kind::kYear && e > b && std::isalpha(static_cast<unsigned char>(text[b])) &&
        std::isalpha(static_cast<unsigned char>(text[e - 1])) && e < text.size()) {
      std::string after = grammar::lower(text.substr(e, 10));
      // Nor before a noun: "a crowd of two thousand and fifty people".
      if (text[e] == '-' || after.rfind(" hundred", 0) == 0 || after.rfind(" thousand", 0) == 0 || after.rfind(" million", 0) == 0 ||
          after.rfind(" billion", 0) == 0 || grammar::count_noun_follows(text, e))
        continue;
    }
    // "at 4 45": an hour and its minutes in figures are a clock only before no noun or hyphen
    // ("at 3 20-page reports", "priced at 2 30 stores").
    if (kind == grammar::Kind::kTime && grammar::spaced_figures(text.substr(b, e - b)) &&
        (grammar::noun_follows(text, e) || (e < text.size() && text[e] == '-') || grammar::tally_before(text, b)))
      continue;
    // "ten thirty" alone, "at 1030", "half three" where they are no clock: dropped, the
    // minutes' word read again with what follows.
    if (kind == grammar::Kind::kTime && dropped_clock(text, b, e)) {
      if (reread_minutes(text, spans, rules, i, b, e, out)) --i;  // wraps at 0 and the loop's ++i brings it back
      continue;
    }
    // "highs in the nineties", "temperatures in the 80s": degrees, not a decade.
    // ("the 1990s" is never degrees: only a decade in two figures or in words is checked).
    if (kind == grammar::Kind::kDecade &&
        std::count_if(text.begin() + static_cast<std::ptrdiff_t>(b), text.begin() + static_cast<std::ptrdiff_t>(e),
                      [](char ch) { return ch >= '0' && ch <= '9'; }) < 4 &&
        grammar::weather_before(text, b))
      continue;
    // "on Sat" is a verb's or a name's: "Mon", "Sat", "Sun" are weekdays only with their period
    // after "on" or a direction word, or alone on their line ("sun", "Sat.").
    if (kind == grammar::Kind::kWeekday && e - b >= 3 && grammar::short_weekday_dropped(text, b, e)) continue;
    // "the fall of the old regime", "the future of the treaty": a noun with "of"
    // after it names an event or a state of things, not a time (a year after "of" would
    // have been part of the match).
    if ((kind == grammar::Kind::kVague || kind == grammar::Kind::kSeason) && e - b > 4 && text.substr(e, 4) == " of " &&
        (text.compare(b, 4, "the ") == 0 || text.compare(b, 4, "The ") == 0))
      continue;
    // "a late-night session", "an early-morning raid", "a night-time assault": a part of the
    // day glued by a hyphen to a word is part of a compound adjective, no time of its own.
    if (grammar::glued_part_of_day(text, b, e)) continue;
    // An age ("a 22-year-old", "the 72-year-olds", "22 years old", "40 years of age") is no
    // timex in TimeML.
    if ((kind == grammar::Kind::kDuration || kind == grammar::Kind::kAmountRange) && grammar::age_follows(text, e)) continue;
    // "now-cancelled", "then-present": a vague word glued to an adjective is part of it.
    if (kind == grammar::Kind::kVague && e < text.size() && text[e] == '-') continue;
    // "each year-long delay" is no set; "every quarter of the city" a part of a place.
    if (kind == grammar::Kind::kSet && e < text.size() &&
        (text[e] == '-' || (e >= b + 7 && text.substr(e, 4) == " of " && grammar::lower(text.substr(e - 7, 7)) == "quarter")))
      continue;
    // "that year-end", "the whole year-end rush": the period word with what is glued to it
    // is read alone.
    if ((kind == grammar::Kind::kThat || kind == grammar::Kind::kWhole) && e < text.size() && text[e] == '-') {
      size_t unit_b = text.rfind(' ', e - 1) + 1, glued_e = e;
      while (glued_e < text.size() && (grammar::is_word_byte(text[glued_e]) || text[glued_e] == '-')) ++glued_e;
      int rule = grammar::scanner().full_match(text.substr(unit_b, glued_e - unit_b));
      if (rule >= 0) out.push_back(Match{unit_b, glued_e, rule});
      continue;
    }
    // Only a bare "that ..." may be the conjunction: "June of that year" is a time whatever
    // comes before it.
    if (kind == grammar::Kind::kThat && grammar::lower(text.substr(b, 5)) == "that " && !grammar::points_back(text, b, e)) continue;
    // "open the whole year round": the idiom says always, no year.
    if (kind == grammar::Kind::kWhole && grammar::lower(text.substr(e, 6)) == " round" &&
        (e + 6 == text.size() || !grammar::is_word_byte(text[e + 6])))
      continue;
    // "the financial year planner", "the fiscal year budget": a year of accounts before a noun
    // of its own is a modifier, no time (a verb after it, "the fiscal year ended", "begins",
    // stays one).
    if ((kind == grammar::Kind::kRel || kind == grammar::Kind::kWhole) && e - b > 5 &&
        grammar::lower(text.substr(e - 5, 5)) == " year" && grammar::count_noun_follows(text, e)) {
      size_t wb = e - 5;
      while (wb > b && text[wb - 1] != ' ') --wb;
      std::string after = grammar::lower(text.substr(e + 1, std::min<size_t>(text.size() - e - 1, 40)));
      after = after.substr(0, after.find_first_not_of("abcdefghijklmnopqrstuvwxyz"));
      if (grammar::is_fiscal_word(grammar::lower(text.substr(wb, e - 5 - wb))) && !after.empty() && after.back() != 's') continue;
    }
    // "iLife '11", "Windows '95": a year written short after a name is part of the name.
    if (kind == grammar::Kind::kYear && text[b] == '\'' && grammar::follows_name(text, b)) continue;
    // "the 1960 year" is no length of 1960 years: the number is the year, the unit a noun.
    if (kind == grammar::Kind::kDuration || kind == grammar::Kind::kAmountRange) {
      size_t year_b = grammar::year_before_singular_year(text, b, e);
      if (year_b != std::string_view::npos) {
        int rule = kind == grammar::Kind::kDuration ? grammar::scanner().full_match(text.substr(year_b, 4)) : -1;
        if (rule >= 0) out.push_back(Match{year_b, year_b + 4, rule});
        continue;
      }
    }
    // "its best week since November": only the period is the timex.
    if (kind == grammar::Kind::kStreak) {
      size_t last = text.rfind(' ', e - 1);
      std::string tail = last == std::string_view::npos || last <= b ? "" : grammar::lower(text.substr(last + 1, e - last - 1));
      if (tail == "since" || tail == "in") {
        size_t unit_b = text.rfind(' ', last - 1) + 1;
        if (unit_b > b && unit_b < last) out.push_back(Match{unit_b, last, rules[i]});
        continue;
      }
    }
    if (kind == grammar::Kind::kDuration && grammar::is_fraction(text, b, e)) continue;
    // "rose Friday 3/4 of a point": figures after a weekday with "of" and a determiner after
    // them are a share; the weekday alone is the timex ("Friday 5/11 of 2018", "Saturday 6/2
    // of this season" stay dates).
    if (kind == grammar::Kind::kNumeric && text[b] > '9' && grammar::share_follows(text, e)) {
      size_t day_end = b;
      while (day_end < e && text[day_end] != ' ' && text[day_end] != ',') ++day_end;
      int rule = grammar::scanner().full_match(text.substr(b, day_end - b));
      if (rule >= 0) out.push_back(Match{b, day_end, rule});
      continue;
    }
    // "in March in a year of cuts", "at Christmas in one year when ...": the year is a noun
    // that the words after it describe, not a shift of the month or holiday: that alone.
    // "the wettest June in 30 years", "its first Easter in two years": after a superlative
    // or an ordinal the years count how long since, not how far ahead.
    if ((kind == grammar::Kind::kDate || kind == grammar::Kind::kHoliday) && e - b > 10) {
      std::string piece = grammar::lower(text.substr(b, e - b));
      size_t in = piece.rfind(" in ");
      std::string_view tail = in == std::string::npos ? std::string_view() : std::string_view(piece).substr(in);
      bool one_year = tail == " in a year" || tail == " in one year" || tail == " in 1 year";
      auto ends = [&](std::string_view x) { return tail.size() >= x.size() && tail.substr(tail.size() - x.size()) == x; };
      bool years = ends(" year") || ends(" years");
      if ((one_year && grammar::describes_before(text, e)) || (years && grammar::ranked_before(text, b))) {
        int rule = grammar::scanner().full_match(text.substr(b, in));
        if (rule >= 0) out.push_back(Match{b, b + in, rule});
        continue;
      }
    }
    // "the 2017 BC election", "12 AD campaigns": letters before a lower-case noun are no era
    // (British Columbia, advertising); the number alone is read again. "44 BC Caesar" stays.
    if (kind == grammar::Kind::kYear && e > b && text[e - 1] >= 'A' && e + 1 < text.size() && text[e + 1] >= 'a' &&
        text[e + 1] <= 'z' && grammar::noun_follows(text, e)) {
      size_t digits = b;
      while (digits < e && text[digits] >= '0' && text[digits] <= '9') ++digits;
      if (digits > b && digits < e) {
        int rule = grammar::scanner().full_match(text.substr(b, digits - b));
        if (rule >= 0) out.push_back(Match{b, digits, rule});
        continue;
      }
    }
    // "closed at 8 p.m. Tomorrow the count begins": a capitalised day word after the period
    // of "p.m." with a small-letter word after it opens the next sentence; the time and the
    // day are read apart. At the line's end, or in a title-case headline ("Polls Close At 8
    // p.m. Tomorrow in Ohio"), the day is the time's.
    if (kind == grammar::Kind::kTime) {
      const size_t day_b = grammar::new_sentence_day(text, b, e);
      if (day_b != std::string_view::npos) {
        const size_t time_e = text.rfind(". ", day_b);  // the period of "p.m."
        int time_rule = grammar::scanner().full_match(text.substr(b, time_e - b));
        int day_rule = grammar::scanner().full_match(text.substr(day_b, e - day_b));
        if (time_rule >= 0 && day_rule >= 0) {
          out.push_back(Match{b, time_e, time_rule});
          out.push_back(Match{day_b, e, day_rule});
          continue;
        }
      }
    }
    if (kind == grammar::Kind::kWeekdayDay && grammar::day_noun_follows(text, b, e)) {
      // "on Tuesday the first generation": the weekday alone.
      size_t cut = text.find_first_of(", ", b);
      int rule = cut < e ? grammar::scanner().full_match(text.substr(b, cut - b)) : -1;
      if (rule >= 0) out.push_back(Match{b, cut, rule});
      continue;
    }
    out.push_back(Match{b, e, rules[i]});
  }
  return out;
}

}  // namespace dossier::timex
