// Context: where sentences start, headlines and credit lines, capitalized words.
#include <algorithm>
#include <cstring>
#include <string>

#include "finder_context.h"

namespace dossier::entities_detail {

// Whether the dictionary inflects WORD (folded) as a verb: "mixed" or "mixing", "getting",
// "tried", "placed". The inflected forms are spelt in a buffer on the stack, not as a new
// string each (a call into the library to append, and one to allocate past 15 bytes).
bool verb_word(const Lexicon& lex, std::string_view w) {
  if (w.size() < 2) return false;
  char buf[64];
  auto has = [&](std::string_view stem, std::string_view suffix) {
    if (stem.size() + suffix.size() > sizeof buf) return lex.lower_words.count(std::string(stem).append(suffix)) > 0;
    std::memcpy(buf, stem.data(), stem.size());
    std::memcpy(buf + stem.size(), suffix.data(), suffix.size());
    return lex.lower_words.count(std::string_view(buf, stem.size() + suffix.size())) > 0;
  };
  const char last = w.back();
  const std::string_view but_last = w.substr(0, w.size() - 1);
  if (last == 'e') return has(w, "d") || has(but_last, "ing");
  if (last == 'y') return has(but_last, "ied") || has(w, "ing");
  if (has(w, "ed") || has(w, "ing")) return true;
  const char doubled_ing[] = {last, 'i', 'n', 'g'}, doubled_ed[] = {last, 'e', 'd'};
  return has(w, std::string_view(doubled_ing, 4)) || has(w, std::string_view(doubled_ed, 3));
}

namespace {

// The words after a sentence's first that make it read as an interjection or an imperative
// (Context::mark): a pronoun ("Let us", "Do you"), an object or particle ("Mix together",
// "Place the cakes").
constexpr std::string_view kOpenerPronouns[] = {"you", "me", "us", "them", "we", "I", "it"};
constexpr std::string_view kOpenerObjects[] = {
    "the", "a", "an", "your", "my", "our", "their", "this", "these", "those", "some", "any", "all", "each",
    "every", "not", "in", "on", "out", "up", "down", "into", "onto", "off", "around", "about", "away", "back",
    "together", "through", "over", "with", "without", "for", "from", "at", "by", "to", "everything", "something",
    "anything", "yourself", "here", "there", "again", "well"};

}  // namespace

void Context::mark() {
  const size_t n = toks_.size();
  initial_.assign(n, 0);
  headline_.assign(n, 0);
  skip_.assign(n, 0);
  std::vector<size_t> starts;
  if (!doc_.sentences.empty()) {
    starts.reserve(doc_.sentences.size());
    for (const auto& s : doc_.sentences) starts.push_back(first_token_from(toks_, text_, static_cast<size_t>(s.start)));
  }
  // A common word capitalized twice or more and never written in lower case in the
  // document ("Apple have released ...", "Apple announces ...") is a name there too.
  HashCounts caps(std::min<size_t>(n / 8, 4096));  // capitalized count, -1 once seen in lower case (grows)
  HashFilter in_caps;      // most lower-case words are never capitalized: no probe
  // Of those, how many open a sentence as an interjection, an adverb or an imperative
  // does: before a comma or a stop ("Yes,", "Specifically,"), or before a pronoun ("Let
  // us", "Do you"); or as a participle opening a clause does: a word in "-ing" before a
  // lower-case word ("Looking at the figures, ...", "Turning to trade, ...").
  HashCounts openers(std::min<size_t>(n / 16, 1024));
  auto adverb_like = [&](size_t i) {
    if (is(i + 1, ',') || is(i + 1, '.') || is(i + 1, '?') || is(i + 1, '!') || is(i + 1, ';')) return true;
    std::string_view w = tok(i + 1);
    std::string_view self = tok(i);
    if (self.size() > 5 && self.substr(self.size() - 3) == "ing" && toks_[i + 1].word && !toks_[i + 1].cap &&
        !toks_[i + 1].digit)
      return true;
    // The words after it that the tests below look for, by folded hash: most words after a
    // sentence's first are none of them, and are let go without a comparison.
    static const HashSet kAfterWords = [] {
      std::vector<uint64_t> keys;
      for (std::string_view p : kOpenerPronouns) keys.push_back(hash_folded(fold(p)));
      for (std::string_view p : kOpenerObjects) keys.push_back(hash_folded(fold(p)));
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      return HashSet(keys);
    }();
    const bool listed_after = kAfterWords.contains(toks_[i + 1].hash);
    if (listed_after && std::find(std::begin(kOpenerPronouns), std::end(kOpenerPronouns), w) != std::end(kOpenerPronouns)) return true;
    // An imperative opening an instruction or a heading takes its object or particle right
    // after it ("Mix together", "Get in", "Place the cakes", "Combine 50 grams", "Try not
    // to"); a name opening a sentence takes its verb ("Apple announces"). The word must be
    // a verb the dictionary inflects ("mixed", "getting").
    if (!toks_[i + 1].word && !toks_[i + 1].digit) return false;
    // (The word after is tested before the dictionary is asked about this one: most words
    // after a sentence's first are no object, and the verb's forms cost up to four lookups.)
    if (!toks_[i + 1].digit) {
      if (!listed_after || std::find(std::begin(kOpenerObjects), std::end(kOpenerObjects), w) == std::end(kOpenerObjects)) return false;
      // A preposition opening a time ("Target on Tuesday said", "Shell in March cut", "in 2019")
      // follows a subject, not an imperative.
      // (Days and months are in not_names.txt, as names of no entity.)
      static constexpr std::string_view kTimes[] = {"the", "early", "late", "recent", "last", "this"};
      if ((w == "on" || w == "in" || w == "at" || w == "by") && i + 2 < n &&
          (toks_[i + 2].digit || std::find(std::begin(kTimes), std::end(kTimes), tok(i + 2)) != std::end(kTimes) ||
           (toks_[i + 2].cap && lex_.not_names.count(std::string(tok(i + 2))))))
        return false;
    }
    return verb_word(lex_, fold(self));
  };
  capitals_.clear();  // the capitalized words counted, in order
  line_starts_.clear();
  cap_words_.clear();
  size_t si = 0;
  size_t next_start = starts.empty() ? SIZE_MAX : starts[0];  // starts[si], tested per token
  bool pending = true;
  bool opening_bracket = false;  // the open bracket came before the sentence's first word
  for (size_t a = 0; a < n;) {
    // The line [a, b): tokens up to the next line break.
    size_t b = a;
    int long_words = 0, capitals = 0, words = 0, lower = 0;
    bool slash = false;
    const size_t line_capitals = capitals_.size();  // capitals_ as the line found it
    line_starts_.push_back(a);
    do {
      const Token& t = toks_[b];
      if (t.begin >= next_start) {
        while (si < starts.size() && starts[si] <= t.begin) ++si;
        next_start = si < starts.size() ? starts[si] : SIZE_MAX;
        pending = true;
        opening_bracket = false;
      }
      if (t.nl) {
        pending = true;
        opening_bracket = false;
      }
      if (!t.word) {
        std::string_view w = tok(b);
        slash |= is(b, '/');
        // A straight quote set right after a word or a comma closes a quote ("No," she
        // said): the word after it goes on the sentence, it opens none.
        bool closing = (w == "\"" || w == "'") && b > 0 && toks_[b - 1].end == toks_[b].begin &&
                       (toks_[b - 1].word || is(b - 1, ','));
        // "(Via interpreter) Thank you.": a bracket opening a sentence closes before the
        // sentence's own first word.
        if (is(b, '(') || is(b, '[')) opening_bracket = pending;
        if ((is(b, ')') || is(b, ']')) && opening_bracket) {
          opening_bracket = false;
          pending = true;
        }
        // Without the document's sentences, a full stop ends one unless it closes an initial
        // ("George H. W. Bush": a single capital right before it).
        const bool initial_stop = is(b, '.') && b > 0 && toks_[b - 1].end == t.begin &&
                                  toks_[b - 1].end - toks_[b - 1].begin == 1 && toks_[b - 1].cap;
        if ((is_open_quote(w) && !closing) ||
            (starts.empty() && ((is(b, '.') && !initial_stop) || is(b, '!') || is(b, '?'))))
          pending = true;
      } else {
        if (pending) initial_[b] = 1;
        pending = false;
        ++words;
        if (!t.cap && !t.digit) ++lower;
        if (t.cap && !t.all_caps) {
          capitals_.push_back(b);  // taken back below on a credit line
          cap_words_.push_back(b);
        }
        if (t.end - t.begin > 3 && !t.digit) {
          ++long_words;
          if (t.cap) ++capitals;
        }
      }
      ++b;
    } while (b < n && !toks_[b].nl);
    bool full_stop = is(b - 1, '.') || is(b - 1, '?') || is(b - 1, '!');
    // A title-case line: most long words capitalized; a line ending in a full stop must be
    // longer and almost all capitalized ("Transcript of Remarks ... by Minister ..."), with
    // at most one long word in lower case that is not a function word: a sentence that
    // lists names has its verb and nouns in lower case ("The parties were the Liberal
    // Party of X (Partai Liberal X), ..."), a heading capitalizes them.
    // (The lower-case words are looked up only on a line that passes the other tests.)
    auto lower_content = [&]() {
      int count = 0;
      for (size_t k = a; k < b; ++k) {
        const Token& t = toks_[k];
        count += t.word && !t.cap && !t.all_caps && !t.digit && t.end - t.begin > 3 && !function_word(k);
      }
      return count;
    };
    // Title case capitalizes verbs, "Was" and "Is" too: a line with an auxiliary verb in
    // lower case is a sentence ("They were the Liberal Democrats, the ...").
    auto lower_auxiliary = [&]() {
      for (size_t k = a; k < b; ++k)
        if (toks_[k].word && !toks_[k].cap && !toks_[k].all_caps && auxiliary_verb(tok(k))) return true;
      return false;
    };
    bool headline = full_stop ? (words <= 40 && long_words >= 10 && capitals * 10 >= long_words * 8 && lower_content() <= 1)
                              : (long_words >= 3 && capitals * 10 > long_words * 6);
    headline = headline && !lower_auxiliary();
    bool credit = slash && lower == 0 && words <= 8;
    if (headline) std::fill(headline_.begin() + static_cast<std::ptrdiff_t>(a), headline_.begin() + static_cast<std::ptrdiff_t>(b), 1);
    if (credit) {
      std::fill(skip_.begin() + static_cast<std::ptrdiff_t>(a), skip_.begin() + static_cast<std::ptrdiff_t>(b), 1);
      capitals_.resize(line_capitals);
    }
    a = b;
  }
  // The heading tokens: the title-case lines, and the first line when it is the
  // document's title (a title in sentence case is a heading too).
  heading_.assign(headline_.begin(), headline_.end());
  if (doc_.title && !doc_.title->empty() && text_.substr(0, doc_.title->size()) == *doc_.title)
    for (size_t i = 0; i < n && toks_[i].end <= doc_.title->size() && !(i > 0 && toks_[i].nl); ++i) heading_[i] = 1;
  // A use inside a longer name ("the Foreign Ministry", "Foreign Ministry officials")
  // is the longer name's: it does not make the word a name of its own ("Foreign
  // ministers met"), so only the word's uses standing alone are counted.
  auto in_longer_name = [&](size_t i) {
    if (i + 1 < n && toks_[i + 1].cap && toks_[i].end + 1 == toks_[i + 1].begin) return true;
    return i > 0 && toks_[i - 1].cap && toks_[i - 1].end + 1 == toks_[i].begin && !function_word(i - 1);
  };
  for (size_t i : capitals_) {
    int& count = caps[toks_[i].hash];
    if (!in_longer_name(i)) ++count;
    if (initial_[i] && !headline_[i] && i + 1 < n && adverb_like(i)) ++openers[toks_[i].hash];
    in_caps.add(toks_[i].hash);
  }
  for (size_t i = 0; i < n; ++i) {
    const Token& t = toks_[i];
    if (!t.word || t.cap || t.digit || !in_caps.maybe(t.hash)) continue;
    if (int* count = caps.find(t.hash)) *count = -1;
  }
  // Names by the counts: a word opening a sentence or in a headline takes its count
  // (first use wins), and each use inside a sentence adds one. The second kind is
  // counted apart and added after, as if in a later pass.
  capitalized_.reset(64);
  HashCounts inside(64);
  for (size_t i : capitals_) {
    const Token& t = toks_[i];
    if (initial_[i] || headline_[i]) {
      const int* count = caps.find(t.hash);  // counted above: not a credit line
      if (!count || *count < 2) continue;
      // "Yes, ...", "Specifically, ...", "Let us": a word that only ever opens sentences
      // so is capitalized by its place, not as a name ("Orange have cut prices" is one).
      if (const int* opening = openers.find(t.hash); opening && *opening >= *count) continue;
      if (i + 1 < n && is(i + 1, ':')) continue;  // a transcript label: "Question:"
      if (!common(i) || function_word(i) || title_at(i) || demonym_like(i)) continue;
      if (i + 1 < n && toks_[i + 1].cap) continue;  // opens a longer name: left to the name rules
      capitalized_.emplace(t.hash, *count);
      continue;
    }
    if (i > 0 && toks_[i - 1].cap && !initial_[i - 1]) continue;  // inside a longer name
    if (i + 1 < n && toks_[i + 1].cap && toks_[i].end + 1 == toks_[i + 1].begin) continue;
    if (!common(i)) continue;
    auto joins = [&](size_t k) { return k < n && (connector(k) || tok(k) == "and"); };
    if ((i > 0 && joins(i - 1)) || joins(i + 1)) continue;  // "Organization for Security and ..."
    if (function_word(i) || title_at(i)) continue;
    ++inside[t.hash];
  }
  inside.each([&](uint64_t h, int count) { capitalized_[h] += count; });
}

}  // namespace dossier::entities_detail
