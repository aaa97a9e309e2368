// The document's timexes layer: scan, tense, resolve against the dct and the text's own
// anchors, in text order; and the calendar extent of a value. Tested by timex_test.cc.
#include "dossier/timex.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string_view>

#include "calendar.h"
#include "dossier/utf8.h"
#include "range_ends.h"
#include "resolver.h"
#include "scanner.h"
#include "story.h"

namespace dossier::timex {

using calendar::add_days;
using calendar::days_in_month;
using calendar::fmt_date;
using calendar::iso_weekday;
using calendar::parse_ymd;
using calendar::Ymd;
using grammar::tables;
using resolver::all_digits;

namespace {

// True when the word just before byte AT is "in".
bool follows_in(std::string_view text, size_t at) {
  return at >= 3 && text[at - 1] == ' ' && (text[at - 2] | 0x20) == 'n' && (text[at - 3] | 0x20) == 'i' &&
         (at == 3 || !grammar::is_word_byte(text[at - 4]));
}

// Whether the word just before byte AT is an article, a determiner or a preposition of
// length ("the", "these", "over", "for"): what follows is a length of time, not a step on.
bool determined(std::string_view text, size_t at) {
  const std::string w = grammar::word_before(text, at);
  static const char* const kWords[] = {"the", "these", "those", "its", "their", "his", "her", "our", "my", "your",
                                       "over", "during", "for", "in", "within", "next", "all", "through"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// Whether a length of time starts with an article, an ordinal of place or a direction word
// ("the past 24 hours", "last three days", "first two weeks", "upcoming two days"): counted
// from a point the text sets, no offset from the dct.
bool counted_from_a_point(std::string_view expr) {
  const std::vector<std::string> w = grammar::words(expr);
  if (w.empty()) return false;
  const std::string& first = w.front();
  return first == "the" || first == "first" || first == "final" || resolver::direction({first}).has_value();
}

// "may one day lead", "One day, he ...", "hopes that one day it will", "a day when": "one day" after a
// modal or a verb of hoping, or opening its clause (or after "and", "but", "that") with a
// subject or a comma after it, is a day nobody names (TimeML's FUTURE_REF, or PAST_REF for a
// past verb), not a length of time ("it lasted one day", "One day was enough", "one day more").
bool someday(std::string_view sentence, size_t at, size_t at_end) {
  const std::string span = utf8::ascii_lower(sentence.substr(at, at_end - at));
  if (span != "one day" && span != "a day") return false;
  size_t n = at_end;
  while (n < sentence.size() && sentence[n] == ' ') ++n;
  size_t ne = n;
  while (ne < sentence.size() && grammar::is_word_byte(sentence[ne])) ++ne;
  const std::string next = utf8::ascii_lower(sentence.substr(n, ne - n));
  // "a day when ..." is a day the clause after it describes ("there will come a day when"),
  // not a length of time ("it took a day", "for a day when the parts came": see below).
  const bool a_day = span == "a day";
  if (a_day && next != "when") return false;
  const bool comma = n < sentence.size() && sentence[n] == ',';
  size_t k = at;
  while (k > 0 && sentence[k - 1] == ' ') --k;
  size_t b = k;
  while (b > 0 && grammar::is_word_byte(sentence[b - 1])) --b;
  const std::string prev = utf8::ascii_lower(sentence.substr(b, k - b));
  if (a_day) {
    static const char* kLength[] = {"took", "take", "takes", "taking", "lasted", "last", "lasts", "spent", "spend",
                                    "spends", "for", "in", "within", "over", "than", "only", "just", "about", "nearly"};
    return std::find(std::begin(kLength), std::end(kLength), prev) == std::end(kLength);
  }
  static const char* kModal[] = {"may", "might", "could", "would", "will", "can", "should", "must", "perhaps", "maybe",
                                 "hope", "hopes", "hoped", "dream", "dreams", "dreamed"};
  if (std::find(std::begin(kModal), std::end(kModal), prev) != std::end(kModal)) return true;
  bool opens = k == 0 || sentence[k - 1] == ',' || sentence[k - 1] == '.' || sentence[k - 1] == '"' || sentence[k - 1] == '\n' ||
               prev == "and" || prev == "but" || prev == "that";
  if (!opens) return false;
  // Its clause's subject follows: a pronoun, a determiner or a name.
  static const char* kSubject[] = {"i", "we", "you", "he", "she", "it", "they", "the", "a", "an", "this", "that", "these",
                                   "those", "my", "his", "her", "our", "their", "its", "someone", "everyone"};
  bool name = ne > n && sentence[n] >= 'A' && sentence[n] <= 'Z';
  return comma || name || std::find(std::begin(kSubject), std::end(kSubject), next) != std::end(kSubject);
}

// Where the word right before byte AT of SENTENCE starts, when one space parts them and the
// word has a capital first; npos otherwise.
size_t capitalised_word_before(std::string_view sentence, size_t at) {
  if (at < 2 || sentence[at - 1] != ' ') return std::string_view::npos;
  size_t b = at - 1;
  while (b > 0 && grammar::is_word_byte(sentence[b - 1])) --b;
  return b < at - 1 && sentence[b] >= 'A' && sentence[b] <= 'Z' ? b : std::string_view::npos;
}

// Whether a month named alone at [AT, AT_END) of SENTENCE ("May", "June") is a surname: a
// capitalised word other than a preposition or a determiner stands right before it ("Theresa
// May said", "Brian June"), and neither a name nor a number after it.
bool month_as_surname(std::string_view sentence, size_t at, size_t at_end) {
  for (size_t k = at; k < at_end; ++k)
    if (!((sentence[k] >= 'a' && sentence[k] <= 'z') || (k == at && sentence[k] >= 'A' && sentence[k] <= 'Z'))) return false;
  const size_t b = capitalised_word_before(sentence, at);
  if (b == std::string_view::npos) return false;
  if (at_end < sentence.size() && sentence[at_end] == ' ' && at_end + 1 < sentence.size() &&
      ((sentence[at_end + 1] >= 'A' && sentence[at_end + 1] <= 'Z') || (sentence[at_end + 1] >= '0' && sentence[at_end + 1] <= '9')))
    return false;
  static const char* kBefore[] = {"in", "on", "of", "since", "until", "till", "by", "last", "next", "this", "early", "late",
                                  "mid", "from", "to", "before", "after", "during", "through", "and", "or", "every", "each",
                                  "come", "for", "about", "around", "than", "that", "as", "at", "with", "the", "a",
                                  "an", "its", "their", "his", "her", "our", "these", "those"};
  const std::string prev = utf8::ascii_lower(sentence.substr(b, at - 1 - b));
  return std::find(std::begin(kBefore), std::end(kBefore), prev) == std::end(kBefore);
}

// Whether the word right before the expression at [AT, AT_END) of SENTENCE, whatever its
// kind, is a "since" of time ("have risen since March", "since last year"): a verb of
// since_verbs.txt right after the expression ("Since Sunday is a market day, ...") makes it
// the subject of a clause that "since" gives as a reason, and so does a possessive on it
// ("Since Sunday's market is shut, ...").
bool follows_since(std::string_view sentence, size_t at, size_t at_end) {
  if (at < 6 || sentence[at - 1] != ' ') return false;
  if (at > 6 && grammar::is_word_byte(sentence[at - 7])) return false;
  if (utf8::ascii_lower(sentence.substr(at - 6, 5)) != "since") return false;
  const std::string_view rest = sentence.substr(at_end);
  if (rest.substr(0, 2) == "'s" || rest.substr(0, 4) == "\xE2\x80\x99s") return false;
  if (at_end < sentence.size() && sentence[at_end] == ' ') {
    size_t e = at_end + 1;
    while (e < sentence.size() && grammar::is_word_byte(sentence[e])) ++e;
    if (tables().since_verbs.count(utf8::ascii_lower(sentence.substr(at_end + 1, e - at_end - 1)))) return false;
  }
  return true;
}

// Whether a capitalised "Today", "Tonight", "Tomorrow" or "Yesterday" at [AT, AT_END) of
// SENTENCE ends a name: a capitalised word stands right before it, inside a sentence that is
// no title-case headline ("told USA Today", "on BBC Tonight"). A sentence opening with it has
// no word before it.
bool day_word_in_name(std::string_view sentence, size_t at, size_t at_end) {
  static constexpr std::string_view kDays[] = {"Today", "Tonight", "Tomorrow", "Yesterday"};
  if (std::find(std::begin(kDays), std::end(kDays), sentence.substr(at, at_end - at)) == std::end(kDays)) return false;
  if (capitalised_word_before(sentence, at) == std::string_view::npos) return false;
  // A headline in title case ("Harbour Strike Ends Today") capitalises every word: there the
  // capital says nothing. Most of the sentence's words capitalised make it such a line.
  size_t words = 0, caps = 0;
  for (size_t k = 0; k < sentence.size(); ++k)
    if (grammar::is_word_byte(sentence[k]) && (k == 0 || !grammar::is_word_byte(sentence[k - 1]))) {
      ++words;
      caps += sentence[k] >= 'A' && sentence[k] <= 'Z';
    }
  return caps * 2 <= words;
}

// Whether the clause after byte AT of SENTENCE (to its next "and", "but" or semicolon) has a
// modal that looks ahead: "One day, the mayor said, the port will reopen".
bool modal_ahead(std::string_view sentence, size_t at) {
  std::string rest = utf8::ascii_lower(sentence.substr(at));
  size_t end = rest.size();
  for (const char* stop : {" and ", " but ", ";"}) end = std::min(end, rest.find(stop));
  rest.resize(end);
  for (const char* modal : {" will ", " would ", " could ", " may ", " might ", "'ll "})
    if (rest.find(modal) != std::string::npos) return true;
  return false;
}

// The years written in figures in a range of years EXPR (at byte BEGIN of the text), each a
// DATE timex after the range's own.
void add_range_years(std::string_view expr, size_t begin, const utf8::OffsetMap& map, std::vector<Timex>& out,
                     std::vector<std::pair<size_t, size_t>>& sentence_of, size_t sb, size_t se) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::vector<std::pair<size_t, size_t>> years;
  for (size_t i = 0; i + 4 <= expr.size(); ++i) {
    if (!digit(expr[i]) || (i > 0 && digit(expr[i - 1]))) continue;
    size_t j = i;
    while (j < expr.size() && digit(expr[j])) ++j;
    if (j - i == 4) years.emplace_back(i, j);
    i = j;
  }
  // One year is no range: "a 1960 year" has no ends to mark.
  if (years.size() < 2) return;
  for (auto [i, j] : years) {
    Timex y;
    y.id = "t" + std::to_string(out.size() + 1);
    y.text = std::string(expr.substr(i, 4));
    y.span = Span{static_cast<int64_t>(map.to_cp(begin + i)), static_cast<int64_t>(map.to_cp(begin + j))};
    y.type = "DATE";
    y.value = y.text;
    out.push_back(std::move(y));
    sentence_of.emplace_back(sb, se);
  }
}

// How the document writes its numeric dates, when the option does not say: a page or a
// wire keeps to one order, and a date with its year in full that can be read only one way
// ("23.10.2025", "10/23/2025") tells how to read the others ("09.10.2025"). Only when all
// its numeric dates share one separator (a slash date says nothing of a dotted one) and
// none proves the other order; else a dotted date day first, a slashed or dashed one month
// first (dates.cc).
Options document_order(std::string_view text, const std::vector<Match>& matches, const Options& options) {
  if (options.date_order) return options;
  bool day_first = false, month_first = false;
  char separator = 0;
  for (const auto& m : matches) {
    if (grammar::scanner().kind_id(m.rule) != grammar::Kind::kNumeric) continue;
    std::string_view s = text.substr(m.begin, m.end - m.begin);
    // Only a day, a month and a year in some order ("09.10.2025"); not "2025-10-09", "9/2025".
    size_t at = s.find_first_of("/-.");
    if (at == std::string_view::npos || at > 2 || std::count(s.begin(), s.end(), s[at]) != 2) continue;
    if (separator && s[at] != separator) return options;
    separator = s[at];
    auto order = resolver::proven_order(s);
    if (order) (*order == DateOrder::kDayFirst ? day_first : month_first) = true;
  }
  Options out = options;
  if (day_first != month_first) out.date_order = day_first ? DateOrder::kDayFirst : DateOrder::kMonthFirst;
  return out;
}

}  // namespace

std::vector<Timex> find_timexes(const Document& doc, const Options& options) {
  // Literals as views: a std::string compared with a C string calls the library's compare,
  // which measures the literal every time (a few per cent of a document's instructions).
  using namespace std::string_view_literals;
  std::vector<Timex> out;
  const std::string& text = doc.text;
  auto matches = scan(text);
  if (matches.empty()) return out;
  out.reserve(matches.size());
  utf8::OffsetMap map(text);
  resolver::Context base;
  base.dct = resolver::parse_dct(doc.dct.value);
  const Options read_as = document_order(text, matches, options);
  base.options = &read_as;
  size_t si = 0, bounds_of = SIZE_MAX, sentence_b = 0, sentence_e = 0;  // byte bounds of sentence bounds_of
  size_t line_b = 0, line_e = 0;  // the line of the last match, without a sentence layer
  std::vector<std::pair<size_t, size_t>> sentence_of;  // byte bounds of each timex's sentence
  sentence_of.reserve(matches.size());
  Story story(base.dct);
  for (const auto& m : matches) {
    std::string_view expr(text.data() + m.begin, m.end - m.begin);
    resolver::Context c = base;
    int64_t cp_b = static_cast<int64_t>(map.to_cp(m.begin)), cp_e = static_cast<int64_t>(map.to_cp(m.end));
    while (si < doc.sentences.size() && doc.sentences[si].end <= cp_b) ++si;
    size_t sb = 0, se = text.size();
    if (si < doc.sentences.size() && doc.sentences[si].start <= cp_b) {
      if (si != bounds_of) {
        bounds_of = si;
        sentence_b = map.to_byte(static_cast<size_t>(doc.sentences[si].start));
        sentence_e = map.to_byte(static_cast<size_t>(doc.sentences[si].end));
      }
      sb = sentence_b;
      // A match the sentence layer cuts ("since SEPT. 2008", split after the abbreviation)
      // reads on to its own end, as one across a line break does below.
      se = std::max(sentence_e, m.end);
    } else {
      // No sentence layer: the line the match begins on, found once for all the matches on
      // it (they come left to right), so that a long line costs one pass, not one per match.
      // A match across a line break reads on to the end of the line it ends on, for itself
      // only: the line kept for the next match is still one line.
      if (m.begin < line_b || m.begin >= line_e) {
        size_t nl = text.rfind('\n', m.begin);
        line_b = nl == std::string::npos ? 0 : nl + 1;
        line_e = std::min(text.size(), text.find('\n', m.begin));
      }
      sb = line_b;
      se = m.end <= line_e ? line_e : std::min(text.size(), text.find('\n', m.end));
    }
    if (resolver::needs_tense(grammar::scanner().kind_id(m.rule))) {
      std::string_view sentence = std::string_view(text).substr(sb, se - sb);
      c.tense = tense_near(sentence, m.begin - sb, m.end - sb, &c.plan);
      if (c.tense == Tense::kUnknown && is_bare_phrase(sentence, m.begin - sb, m.end - sb)) c.tense = Tense::kFuture;
      // "have risen since March": right after a "since" of time, the one before the telling,
      // whatever the verb ("risen" is no past form the tense table knows).
      if (follows_since(sentence, m.begin - sb, m.end - sb)) c.tense = Tense::kPast;
    }
    grammar::Kind kind = grammar::scanner().kind_id(m.rule);
    // Read only by "the next year" and "the end of the decade" (rel_value): the clause after
    // the expression is copied for those alone, not for every "last week" told in the past.
    c.modal_after = false;
    if (kind == grammar::Kind::kRel && c.tense == Tense::kPast) {
      const std::string lowered = utf8::ascii_lower(expr);
      if (lowered.find("next") != std::string::npos || lowered.find("decade") != std::string::npos)
        c.modal_after = modal_ahead(std::string_view(text).substr(sb, se - sb), m.end - sb);
    }
    story.anchor(c, si, si < doc.sentences.size(), kind);
    // "between 60 and 90 days": the first number is a duration of its own, in the second's unit.
    if (kind == grammar::Kind::kAmountRange) {
      auto range = resolver::amount_range(expr);
      if (!range) continue;
      for (auto [piece, value] : {std::make_pair(expr.substr(range->first_b, range->first_e - range->first_b), range->first),
                                  std::make_pair(expr.substr(range->second_b), range->second)}) {
        size_t at = m.begin + static_cast<size_t>(piece.data() - expr.data());
        Timex t;
        t.id = "t" + std::to_string(out.size() + 1);
        t.text = std::string(piece);
        t.span = Span{static_cast<int64_t>(map.to_cp(at)), static_cast<int64_t>(map.to_cp(at + piece.size()))};
        t.type = value.type;
        t.value = value.value;
        out.push_back(std::move(t));
        sentence_of.emplace_back(sb, se);
      }
      continue;
    }
    auto v = resolver::resolve(m.rule, expr, c);
    if (!v) continue;
    if (v->type == "DATE"sv && v->value.size() == 7 && v->value[4] == '-' && grammar::words(expr).size() == 1 &&
        month_as_surname(std::string_view(text).substr(sb, se - sb), m.begin - sb, m.end - sb))
      continue;
    if ((v->type == "DATE"sv || v->type == "TIME"sv) &&
        day_word_in_name(std::string_view(text).substr(sb, se - sb), m.begin - sb, m.end - sb))
      continue;
    // "in three days" as a phrase of its own is a day to come, not a length of time; "in the
    // past 24 hours", "in the first two weeks" are lengths of time whatever the verb. A phrase
    // of its own holds one word at most beside it, a label ("Dentist in 3 days", "Back in
    // ten minutes"): two make a clause, a subject and its verb ("Rates rise in 3 years"),
    // running text where TimeML reads the words after "in" as a DURATION whether the tense
    // table knows the verb or not.
    if (v->type == "DURATION"sv && kind == grammar::Kind::kDuration && follows_in(text, m.begin) &&
        !counted_from_a_point(expr)) {
      std::string_view sentence = std::string_view(text).substr(sb, se - sb);
      constexpr int kLabelWords = 1;
      if (is_bare_phrase(sentence, m.begin - sb, m.end - sb, kLabelWords) &&
          tense_near(sentence, m.begin - sb, m.end - sb) == Tense::kUnknown)
        v = resolver::ahead_value(grammar::words(expr), c);
    }
    // "2 upcoming weeks" as a phrase of its own (a note, "Reminder: three upcoming days") is
    // the second week on; in a clause ("Two upcoming weeks will decide it"), after an article,
    // a determiner or a preposition ("over the two upcoming years") or before "of" ("three
    // upcoming weeks of talks"), the length of those periods.
    if (v->type == "DURATION"sv && kind == grammar::Kind::kDuration && expr.find(" upcoming ") != std::string_view::npos &&
        !determined(text, m.begin) && std::string_view(text).substr(m.end, 4) != " of "sv &&
        is_bare_phrase(std::string_view(text).substr(sb, se - sb), m.begin - sb, m.end - sb, 1))
      if (auto step = resolver::upcoming_value(grammar::words(expr), c)) v = step;
    if (v->type == "DURATION"sv && kind == grammar::Kind::kDuration) {
      std::string_view sentence = std::string_view(text).substr(sb, se - sb);
      if (someday(sentence, m.begin - sb, m.end - sb)) {
        // A modal after it looks ahead whatever verb reports it ("One day, he said, it will").
        bool past = !modal_ahead(sentence, m.end - sb) && tense_near(sentence, m.begin - sb, m.end - sb) == Tense::kPast;
        v = Value{"DATE", past ? "PAST_REF" : "FUTURE_REF"};
      }
    }
    Timex t;
    t.id = "t" + std::to_string(out.size() + 1);
    t.text = std::string(expr);
    t.span = Span{cp_b, cp_e};
    t.type = v->type;
    t.value = v->value;
    story.note(t, expr, kind, std::string_view(text).substr(sb, se - sb), m.begin - sb, m.end - sb, si);
    bool range_of_years = t.type == "DURATION"sv && kind == grammar::Kind::kYearRange;
    if (t.type == "TIME"sv) {
      if (auto start = clock_range_start(text, map.to_byte(static_cast<size_t>(cp_b)), t, map, out)) {
        start->id = "t" + std::to_string(out.size() + 1);
        out.push_back(std::move(*start));
        sentence_of.emplace_back(sb, se);
        t.id = "t" + std::to_string(out.size() + 1);
      }
    }
    out.push_back(std::move(t));
    sentence_of.emplace_back(sb, se);
    // "from 2009 to 2011", "between 2014 and 2016": TimeML marks the years the span runs
    // between as dates of their own, beside its length.
    if (range_of_years) {
      const size_t before = out.size();
      add_range_years(expr, m.begin, map, out, sentence_of, sb, se);
      // The range's last year is the one the story last named ("from 1939 to 1945. That
      // year, ...").
      for (size_t k = before; k < out.size(); ++k)
        story.note(out[k], out[k].text, grammar::Kind::kYear, std::string_view(text).substr(sb, se - sb), m.begin - sb, m.end - sb, si);
    }
  }
  order_range_ends(text, map, out);
  anchor_to_following_date(text, map, out);
  // A clock time takes its day from a date in the same sentence ("Tuesday ... at 18:00 UTC"),
  // or from a clock time that has one ("from 9:30 to 11:00 on Thursday"), but from nothing
  // after the period of its "p.m." when a capitalised word follows that period ("closed at 8
  // p.m. Tomorrow the count ...", "at 8 p.m. Officials counted on Friday"): that period ends
  // the sentence, whether or not the sentences say so. A day the time goes with ("8 p.m.
  // Friday") is part of its span, so no time ends before it.
  const std::string dct_day = base.dct ? fmt_date(*base.dct) : "XXXX-XX-XX";
  // The byte just past such a period after time I, else SIZE_MAX.
  auto period_after = [&](size_t i) {
    const size_t end = map.to_byte(static_cast<size_t>(out[i].span.end));
    if (end >= text.size() || text[end] != '.') return SIZE_MAX;
    size_t k = end + 1;
    while (k < text.size() && text[k] == ' ') ++k;
    return k > end + 1 && k < text.size() && text[k] >= 'A' && text[k] <= 'Z' ? end + 1 : SIZE_MAX;
  };
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].type != "TIME"sv || out[i].value.size() < 11 || out[i].value[10] != 'T' || !std::isdigit(static_cast<unsigned char>(out[i].value[11])) ||
        out[i].value.compare(0, 10, dct_day) != 0)
      continue;
    const size_t parted_at = period_after(i);
    for (size_t j = 0; j < out.size(); ++j) {
      if (j == i || sentence_of[j] != sentence_of[i]) continue;
      if (map.to_byte(static_cast<size_t>(out[j].span.start)) >= parted_at) continue;
      bool day = out[j].type == "DATE"sv && granularity(out[j].value) == "day"sv;
      bool dated_time = out[j].type == "TIME"sv && out[j].value.size() > 10 && out[j].value[10] == 'T' &&
                        std::isdigit(static_cast<unsigned char>(out[j].value[0])) && out[j].value.compare(0, 10, dct_day) != 0;
      if (!day && !dated_time) continue;
      out[i].value = out[j].value.substr(0, 10) + out[i].value.substr(10);
      break;
    }
  }
  move_ends_past_midnight(text, map, out);
  return out;
}

void annotate(Document& doc, const Options& options) { doc.timexes = find_timexes(doc, options); }

std::string calendar_value(std::string_view value) {
  using namespace std::string_view_literals;
  return std::string(value.substr(0, 2) == "FY"sv ? value.substr(2) : value);
}

std::string granularity(std::string_view v) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (v.size() == 2 && all_digits(v)) return "century";  // "18": the 1800s
  if (v.size() < 4 || !digit(v[0]) || !digit(v[1])) return "";
  if (v.size() == 4) {
    if (v[2] == 'X' && v[3] == 'X') return "century";
    if (v[3] == 'X') return digit(v[2]) ? "decade" : "";
    return all_digits(v) ? "year" : "";
  }
  if (!all_digits(v.substr(0, 4)) || v[4] != '-' || v.size() < 7) return "";
  char k = v[5];
  if (k == 'W' && v[6] == 'I') return "season";                                       // winter, "2009-WI"
  if (k == 'W') return v.size() >= 8 && digit(v[6]) && digit(v[7]) ? "week" : "";  // not "2004-WXX"
  if (k == 'Q') return "quarter";
  if (k == 'H') return "half";
  if (k == 'S' || k == 'F') return "season";
  if (!digit(k)) return "";
  if (v.size() == 7) return "month";
  if (v.size() >= 10 && digit(v[8]) && digit(v[9])) return "day";
  return "";
}

std::optional<std::pair<std::string, std::string>> date_range(std::string_view v) {
  std::string g = granularity(v);
  if (g.empty()) return std::nullopt;
  std::string s(v);
  auto year = [&](int y) { return std::make_pair(fmt_date(Ymd{y, 1, 1}), fmt_date(Ymd{y, 12, 31})); };
  if (g == "century") {
    int c = std::stoi(s.substr(0, 2));
    return std::make_pair(fmt_date(Ymd{c * 100, 1, 1}), fmt_date(Ymd{c * 100 + 99, 12, 31}));
  }
  if (g == "decade") {
    int d = std::stoi(s.substr(0, 3));
    return std::make_pair(fmt_date(Ymd{d * 10, 1, 1}), fmt_date(Ymd{d * 10 + 9, 12, 31}));
  }
  int y = std::stoi(s.substr(0, 4));
  if (g == "year") return year(y);
  if (g == "day") return std::make_pair(s.substr(0, 10), s.substr(0, 10));
  auto months = [&](int m1, int m2) {
    int y2 = m2 > 12 ? y + 1 : y;
    m2 = m2 > 12 ? m2 - 12 : m2;
    return std::make_pair(fmt_date(Ymd{y, m1, 1}), fmt_date(Ymd{y2, m2, days_in_month(y2, m2)}));
  };
  if (g == "month") {
    int m = std::stoi(s.substr(5, 2));
    return months(m, m);
  }
  if (g == "quarter") {
    int q = s[6] - '0';
    return months(3 * q - 2, 3 * q);
  }
  if (g == "half") {
    int h = s[6] - '0';
    return months(6 * h - 5, 6 * h);
  }
  if (g == "season") {
    std::string code = s.substr(5, 2);
    for (const auto& [name, season] : tables().seasons)
      if (season.code == code) return months(season.start_month, season.start_month + 2);
    return year(y);
  }
  // week: Monday of ISO week W of year Y is the Monday of the week holding January 4.
  int w = std::atoi(s.c_str() + 6);
  Ymd jan4{y, 1, 4};
  Ymd monday = add_days(jan4, 1 - iso_weekday(jan4) + 7 * (w - 1));
  bool weekend = s.size() >= 11 && s.substr(8) == "-WE";
  Ymd first = weekend ? add_days(monday, 5) : monday;
  return std::make_pair(fmt_date(first), fmt_date(add_days(monday, 6)));
}

}  // namespace dossier::timex
