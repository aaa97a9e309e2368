// Tense from the nearest verb: which Thursday, which December. Tested by tense_test.cc
// and, against a scan of the whole sentence, timex_perf_test.cc.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>

#include "dossier/timex.h"
#include "dossier/utf8.h"
#include "scanner.h"
#include "tables.h"

namespace dossier::timex {
namespace {

using grammar::is_word_byte;
using grammar::tables;

// Byte classes of the tense scan: a word is a run of word bytes and apostrophes ("won't",
// "'ll"), and these punctuation marks open a new clause.
constexpr unsigned char kOtherByte = 0, kWordPart = 1, kClauseBreak = 2;
constexpr std::array<unsigned char, 256> tense_classes() {
  std::array<unsigned char, 256> c{};
  for (int b = 0; b < 256; ++b) {
    char ch = static_cast<char>(b);
    c[static_cast<size_t>(b)] = is_word_byte(ch) || ch == '\'' ? kWordPart
                                : ch == ',' || ch == ';' || ch == ':' || ch == '"' || ch == '(' || ch == ')' ? kClauseBreak
                                                                                                            : kOtherByte;
  }
  return c;
}
constexpr std::array<unsigned char, 256> kTenseClass = tense_classes();

// ASCII lower case of S into OUT, reusing its buffer.
void lower_into(std::string_view s, std::string& out) {
  out.assign(s.data(), s.size());
  for (auto& ch : out) ch = utf8::ascii_lower(ch);
}

// Whether RAW, a word as written, has the shape of a regular past form: five bytes or more
// ending in -ed in any capitals ("announced", "harvestED"), but not in -eed ("proceed"),
// and a lower-case first byte (a capitalised one opens a sentence or is a name).
bool regular_past(std::string_view raw) {
  const size_t n = raw.size();
  return n >= 5 && utf8::ascii_lower(raw[n - 2]) == 'e' && utf8::ascii_lower(raw[n - 1]) == 'd' &&
         utf8::ascii_lower(raw[n - 3]) != 'e' && raw[0] >= 'a' && raw[0] <= 'z';
}

// The tense a word (RAW as written, W its lower case) signals: listed in tense.tsv, or a
// regular past form. LISTED tells which.
Tense cue_tense(const std::string& w, std::string_view raw, bool& listed) {
  const auto& table = tables().tense;
  if (auto it = table.find(w); it != table.end()) {
    listed = true;
    return it->second;
  }
  listed = false;
  return regular_past(raw) ? Tense::kPast : Tense::kUnknown;
}

// False only when cue_tense gives kUnknown for WORD as written: its filter bit is clear,
// and it is no regular past form.
bool may_be_cue(std::string_view word) {
  const unsigned bit = grammar::tense_filter_key(word);
  if ((tables().tense_bits[bit >> 6] >> (bit & 63)) & 1) return true;
  return regular_past(word);
}

// Whether WORD is one of LIST, its capitals folded when FOLD. The lists are views, so a
// word of another length is told apart by its size alone (as C strings each was measured
// with strlen on every call, for every word weighed as a cue).
template <size_t N>
bool one_of(std::string_view word, const std::string_view (&list)[N], bool fold) {
  for (std::string_view a : list)
    if (fold ? grammar::folded_equals(word, a) : word == a) return true;
  return false;
}

bool is_auxiliary(std::string_view word) {
  static constexpr std::string_view kAuxiliaries[] = {"be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "'s"};
  return one_of(word, kAuxiliaries, true);
}

// An article or a possessive determiner, after which a cue's word is a noun or an adjective,
// no verb ("the plan", "a planned merger", "its return"). Not "her", as often an object
// ("police who will interview her were there").
bool is_determiner(std::string_view word) {
  static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "their", "his", "our", "your", "my"};
  return one_of(word, kDeterminers, true);
}

// A modal verb, after which a verb is bare whatever its form ("may hit", "could cut"). In
// lower case only: "May", "Will" inside a sentence are names ("Theresa May said").
constexpr std::string_view kModals[] = {"may", "might", "could", "would", "will", "should", "can", "must", "shall"};
bool is_modal(std::string_view word) { return one_of(word, kModals, false); }

// After "could", these words make it look back: denied, perfect, or a past perception or
// ability ("could not be reached", "could have won", "could hear explosions").
bool could_looks_back(std::string_view next) {
  static constexpr std::string_view kBack[] = {"not", "have", "hear", "see", "feel", "smell", "watch", "only", "barely", "hardly"};
  return one_of(next, kBack, true);
}

// An adverb in -ly ("officially", "quietly"), which may stand between an auxiliary and its
// participle ("is officially reported").
// A lower-case word in -ly ("officially", "quietly"); a capitalised one is a name ("Italy").
bool is_ly_adverb(std::string_view word) {
  return word.size() >= 5 && word[0] >= 'a' && word[0] <= 'z' && word[word.size() - 2] == 'l' &&
         word[word.size() - 1] == 'y';
}

// Whether WORD can be the subject right before a bare verb: a plural ("talks", "voters"),
// a plural or first-person pronoun, or a name (capitalised).
bool subject_before(std::string_view word) {
  static constexpr std::string_view kPronouns[] = {"they", "we", "you", "i"};
  if (word.empty()) return false;
  if (word[0] >= 'A' && word[0] <= 'Z') return true;
  if (one_of(word, kPronouns, true)) return true;
  const size_t n = word.size();
  return n >= 4 && word[n - 1] == 's' && word[n - 2] != 's' && word[n - 2] != '\'' && word[n - 2] != 'u';
}

// Whether lower-case W is in SET, W as written.
bool in_lower(const std::unordered_set<std::string>& set, std::string_view word, std::string& buffer) {
  if (word.empty()) return false;
  lower_into(word, buffer);
  return set.count(buffer) > 0;
}

// Whether a past form spelt as its present ("cut", "set") is plainly a past verb here, by the
// words PREVIOUS and SECOND before it and NEXT after it (tense_contexts.tsv): never as the
// sentence's first word, AT_START ("Cost cuts come"; after an expression that opens the
// sentence it is the verb, "December cost the airline millions"), after a bare verb's word
// ("to cut", "did not cut"), a condition ("if firms cut") or a verb whose object does it
// ("let banks set", "make it cost"); right after he, she or it ("it cost"); else before its
// object ("cut 200 jobs", "cut back"), not before a preposition, a conjunction or another verb
// ("a rate cut in December", "set for May").
bool plain_past_here(bool at_start, std::string_view previous, std::string_view second, std::string_view next) {
  const auto& t = tables();
  std::string buffer;
  if (at_start || in_lower(t.past_bare, previous, buffer)) return false;
  if (in_lower(t.past_condition, previous, buffer) || in_lower(t.past_condition, second, buffer)) return false;
  if (in_lower(t.past_complement, previous, buffer) || in_lower(t.past_complement, second, buffer)) return false;
  if (in_lower(t.past_subject, previous, buffer)) return true;
  return !next.empty() && !in_lower(t.past_no_object, next, buffer);
}

// Whether a verb after PREVIOUS (and SECOND before it) is bare: after a bare verb's word of
// tense_contexts.tsv ("to hit", "did hit"), but after "not" or "never" only when a bare
// verb's word or a modal comes before them ("did not hit", "will never read"): "The storm
// never hit the coast" is a past.
bool bare_before(std::string_view previous, std::string_view second) {
  std::string buffer;
  const auto& bare = tables().past_bare;
  static constexpr std::string_view kNegations[] = {"not", "never"};
  if (!one_of(previous, kNegations, true)) return in_lower(bare, previous, buffer);
  return !second.empty() && (is_modal(second) || (in_lower(bare, second, buffer) && !one_of(second, kNegations, true)));
}

// How the plan of a future's cue W (lower case) is told, by the words PREVIOUS and SECOND
// before it: a plan's participle or adjective after a past auxiliary ("was scheduled", "were
// due") or after a word of a plan given up ("had been due", "originally planned"), also across
// "been" or an adverb ("was officially scheduled"); not after "has been", a plan still
// standing. Not "would", as often a condition as a report ("the tax would take effect on
// January 5 if passed").
Plan plan_told(const std::string& w, std::string_view previous, std::string_view second) {
  const auto& t = tables();
  if (!t.plan_words.count(w)) return Plan::kNone;
  static constexpr std::string_view kBeen[] = {"been"};
  const bool skip = is_ly_adverb(previous) || one_of(previous, kBeen, true);
  std::string buffer;
  auto told_by = [&](const std::unordered_set<std::string>& words) {
    return in_lower(words, previous, buffer) || (skip && in_lower(words, second, buffer));
  };
  return told_by(t.plan_replaced) ? Plan::kReplaced : told_by(t.plan_past) ? Plan::kPast : Plan::kNone;
}

}  // namespace

Tense tense_near(std::string_view sentence, size_t at, size_t at_end, Plan* plan) {
  // Words are runs of word bytes and apostrophes ("won't", "'ll"); the expression's own
  // words (those that start in [at, at_end)) are skipped and not counted. A comma,
  // semicolon, colon (not that of "9:30"), quote or bracket opens a new clause. A cue costs the words between
  // it and the expression, plus eight per clause boundary, plus one when it comes after
  // the expression; the cheapest wins, the earlier one on a tie, and none costing more
  // than kMaxCueCost: a verb far off in another clause says little about this expression.
  // So only the kMaxCueCost words on either side can matter, and the scan goes out from
  // the expression. Tested against the whole-sentence scan in timex_perf_test.cc.
  constexpr long kMaxCueCost = 12;
  struct Word {
    size_t begin = 0, end = 0;
    long breaks = 0;  // clause breaks between the word and the expression
  };
  const size_t n = sentence.size();
  // The colon of a clock time ("9:30") opens no clause.
  auto digit = [&](size_t k) { return sentence[k] >= '0' && sentence[k] <= '9'; };
  auto cls = [&](size_t k) {
    unsigned char c = kTenseClass[static_cast<unsigned char>(sentence[k])];
    if (c == kClauseBreak && sentence[k] == ':' && k > 0 && k + 1 < n && digit(k - 1) && digit(k + 1)) return kOtherByte;
    return c;
  };
  const size_t from = std::min(at, n);
  // Words before the expression, nearest first; two more than can be cues, as the
  // earliest one's auxiliary, or its adverb and auxiliary.
  Word before[kMaxCueCost + 2];
  long nb = 0, breaks = 0;
  size_t after_from = from;  // a word that starts before AT and runs into it counts before
  for (size_t i = from; i > 0 && nb < kMaxCueCost + 2;) {
    if (cls(i - 1) != kWordPart) {
      if (cls(i - 1) == kClauseBreak) ++breaks;
      --i;
      continue;
    }
    size_t b = i - 1, e = i;
    while (b > 0 && cls(b - 1) == kWordPart) --b;
    if (e == from) {
      while (e < n && cls(e) == kWordPart) ++e;
      after_from = e;
    }
    before[nb++] = Word{b, e, breaks};
    i = b;
  }
  // One word more than can be a cue: the last one's next word ("could not", "cut jobs").
  Word after[kMaxCueCost + 1];
  long na = 0;
  breaks = 0;
  for (size_t i = after_from; i < n && na < kMaxCueCost + 1;) {
    if (cls(i) != kWordPart) {
      if (cls(i) == kClauseBreak) ++breaks;
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && cls(j) == kWordPart) ++j;
    if (i >= at_end) after[na++] = Word{i, j, breaks};
    // "cut rates in October and will meet in January": after "and" or "but" a verb of its own
    // begins, as after a comma; before the expression the words stay in its clause ("rose in
    // October and in November").
    if (i >= at_end && j - i == 3 && (sentence.compare(i, 3, "and") == 0 || sentence.compare(i, 3, "but") == 0))
      ++breaks;
    i = j;
  }
  Tense best = Tense::kUnknown;
  bool best_listed = false;
  std::string best_word;  // lower case
  const Word *best_previous = nullptr, *best_second = nullptr;
  long best_cost = kMaxCueCost + 1;
  std::string w;
  // CANDIDATE with its cost; PREVIOUS is the word before it and SECOND the one before that,
  // or null.
  auto word_at = [&](const Word* x) { return x ? sentence.substr(x->begin, x->end - x->begin) : std::string_view(); };
  // AT_START: CANDIDATE is the sentence's first word (no word before it, the expression's
  // included).
  auto consider = [&](const Word& candidate, long cost, const Word* previous, const Word* second, const Word* next,
                      bool at_start) {
    if (cost >= best_cost) return;
    // Most words are no cue: neither in the table (their filter bit clear) nor a past in
    // -ed, which cue_tense would find after lowering the word into W and hashing it.
    const std::string_view raw = sentence.substr(candidate.begin, candidate.end - candidate.begin);
    if (!may_be_cue(raw)) return;
    lower_into(raw, w);
    bool listed = false;
    Tense t = cue_tense(w, raw, listed);
    if (t == Tense::kUnknown) return;
    // A modal's word with a capital inside the sentence is a name ("Theresa May", "Will Hale").
    if (candidate.begin > 0 && sentence[candidate.begin] >= 'A' && sentence[candidate.begin] <= 'Z' && one_of(w, kModals, false))
      return;
    if (previous && is_determiner(word_at(previous))) return;
    // A bare form of a timetable's verb tells the tense only after its subject ("Talks
    // resume", "they meet", "Kyiv and Minsk meet"): not "to go", "let go", "on hold".
    if (listed && tables().after_subject.count(w) && !(previous && subject_before(word_at(previous)))) return;
    if (listed && tables().before_object.count(w) &&
        !plain_past_here(at_start, word_at(previous), word_at(second), word_at(next)))
      return;
    // A past spelt as its present after a bare verb's word ("expected to hit", "did not
    // read") is bare: the verb before it tells the tense. A listed past after "go" is an
    // adjective ("will go broke").
    std::string buffer;
    if (listed && previous && tables().as_present.count(w) && bare_before(word_at(previous), word_at(second))) return;
    if (listed && previous && in_lower(tables().past_adjective, word_at(previous), buffer)) return;
    // A verb after a modal is bare ("may hit", "could not be"): the modal tells the tense.
    if (listed && previous &&
        (is_modal(word_at(previous)) || (word_at(previous) == "not" && second && is_modal(word_at(second)))))
      return;
    // "could" looks ahead ("could vote on Friday") unless it is denied, perfect or a past
    // perception ("could not be reached on Friday", "could have won", "could hear shots");
    // "would" unless perfect ("would start on Thursday", "would not attend on Friday" look ahead).
    const std::string_view word = w;  // compared as views: a length test, then the bytes, inline
    if (word == "could" && next && could_looks_back(word_at(next))) t = Tense::kPast;
    static constexpr std::string_view kHave[] = {"have"};
    if (word == "would" && next && one_of(word_at(next), kHave, true)) t = Tense::kPast;
    // A participle after "be", "is", "has" ... is no past: the auxiliary tells the tense,
    // also across an adverb ("is officially reported").
    bool participle = t == Tense::kPast && (word.size() > 4 && word.substr(word.size() - 2) == "ed"
                                                ? true
                                                : listed && word != "was" && word != "were" && word != "had" && word != "did");
    if (participle && previous &&
        (is_auxiliary(word_at(previous)) || (is_ly_adverb(word_at(previous)) && second && is_auxiliary(word_at(second)))))
      return;
    best_cost = cost;
    best = t;
    best_listed = listed;
    best_word = w;
    best_previous = previous;
    best_second = second;
  };
  // The word D places before the expression (1: the nearest), or null.
  auto before_at = [&](long d) { return d >= 1 && d <= nb ? &before[d - 1] : nullptr; };
  for (long d = std::min(nb, kMaxCueCost); d >= 1; --d)
    consider(before[d - 1], d + 8 * before[d - 1].breaks, before_at(d + 1), before_at(d + 2),
             d > 1 ? before_at(d - 1) : na > 0 ? &after[0] : nullptr, before_at(d + 1) == nullptr);
  for (long q = 0; q < std::min(na, kMaxCueCost); ++q)
    consider(after[q], q + 1 + 8 * after[q].breaks, q > 0 ? &after[q - 1] : before_at(1),
             q > 1 ? &after[q - 2] : q == 1 ? before_at(1) : before_at(2), q + 1 < na ? &after[q + 1] : nullptr, false);
  if (plan)
    *plan = best == Tense::kFuture && best_listed && best_previous
                ? plan_told(best_word, word_at(best_previous), word_at(best_second))
                : Plan::kNone;
  return best;
}

bool is_bare_phrase(std::string_view sentence, size_t at, size_t at_end, int max_other_words) {
  // More words than the maximum beside the expression make a clause whose verb the tense
  // table may not know; fewer are a time or two ("10am"). Prepositions, articles and the
  // words of a part of the day ("early in the morning") are no sign of a clause.
  // Views, not C strings: a word of another length is told apart by its size alone, where
  // comparing a std::string with each C string measured and compared it every time.
  static constexpr std::string_view kFunctionWords[] = {"at", "on", "in", "of", "the", "a", "by", "from", "to", "and", "or",
                                                        "until", "till", "between", "early", "late", "hours", "this", "that"};
  std::string word;
  int others = 0;
  for (size_t i = 0; i < sentence.size();) {
    if (kTenseClass[static_cast<unsigned char>(sentence[i])] != kWordPart) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < sentence.size() && kTenseClass[static_cast<unsigned char>(sentence[j])] == kWordPart) ++j;
    bool letters = false;  // figures ("9", "30" of "9:30") are no words of a clause
    for (size_t k = i; k < j && !letters; ++k) letters = (sentence[k] | 0x20) >= 'a' && (sentence[k] | 0x20) <= 'z';
    if (letters && (j <= at || i >= at_end)) {
      lower_into(sentence.substr(i, j - i), word);
      bool function_word = std::find(std::begin(kFunctionWords), std::end(kFunctionWords), word) != std::end(kFunctionWords);
      if (!function_word && ++others > max_other_words) return false;
    }
    i = j;
  }
  return true;
}

}  // namespace dossier::timex
