// Quote marks, private to the scanner (scan.cc): how a code point can act as a mark, the
// context that makes a symmetric mark an opening one, and a look-ahead at the next double
// mark of a paragraph. Tested through scan_quotes by scan_test.cc and marks_test.cc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace dossier::quote_marks {

// How a code point can act as a quote mark. Straight marks are symmetric: the context
// decides. "closes" lists the marks that may end a quote this mark opens.
enum class Family { None, Double, Single };

// Typewriter and LaTeX text (and treebank-tokenised corpora) write double quotes as two
// backticks and two apostrophes: `` opens, '' closes. They are scanned as these two
// private-use code points, two bytes long.
constexpr int32_t kBackticks = 0xE000;
constexpr int32_t kApostrophes = 0xE001;

struct MarkInfo {
  Family family = Family::None;
  bool opens = false;      // may open a quote
  bool closes = false;     // may close a quote
  bool symmetric = false;  // straight " and ', curly ” used both ways
};

inline MarkInfo mark_info(int32_t cp) {
  switch (cp) {
    case 0x22: return {Family::Double, true, true, true};     // "
    case 0x201C: return {Family::Double, true, true, false};  // “ opens; closes „
    case 0x201D: return {Family::Double, true, true, true};   // ” closes; opens in Swedish style
    case 0x201E: return {Family::Double, true, false, false}; // „
    case 0xAB: return {Family::Double, true, true, false};    // « opens; closes » (Danish)
    case 0xBB: return {Family::Double, true, true, false};    // » closes; opens » ... «
    case 0x2039: return {Family::Double, true, true, false};  // ‹
    case 0x203A: return {Family::Double, true, true, false};  // ›
    case 0x27: return {Family::Single, true, true, true};     // '
    case 0x2018: return {Family::Single, true, true, false};  // ‘ opens; closes ‚
    case 0x2019: return {Family::Single, true, true, true};   // ’ closes; mostly an apostrophe
    case 0x201A: return {Family::Single, true, false, false}; // ‚
    case kBackticks: return {Family::Double, true, false, false};
    case kApostrophes: return {Family::Double, false, true, false};
    default: return {};
  }
}

// The marks that close a quote opened by OPENER.
inline bool closes_opener(int32_t opener, int32_t closer) {
  switch (opener) {
    case 0x22: return closer == 0x22;
    case 0x201C: return closer == 0x201D || closer == 0x22;
    case 0x201D: return closer == 0x201D;
    case 0x201E: return closer == 0x201C || closer == 0x201D;
    case 0xAB: return closer == 0xBB;
    case 0xBB: return closer == 0xAB;
    case 0x2039: return closer == 0x203A;
    case 0x203A: return closer == 0x2039;
    case 0x27: return closer == 0x27 || closer == 0x2019;
    case 0x2018: return closer == 0x2019 || closer == 0x27;
    case 0x2019: return closer == 0x2019;
    case 0x201A: return closer == 0x2018 || closer == 0x2019;
    case kBackticks: return closer == kApostrophes || closer == 0x22 || closer == 0x201D;
    default: return false;
  }
}

// A mark that reopens a continued quote at the start of the next paragraph.
inline bool reopens(int32_t opener, int32_t mark) {
  if (opener == 0xAB || opener == 0xBB) return mark == 0xAB || mark == 0xBB;
  if (opener == 0x201E) return mark == 0x201E;
  return mark == opener || (opener == 0x201C && mark == 0x22) || (opener == 0x22 && mark == 0x201C);
}

inline bool is_space(int32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x2009 || cp == 0x202F; }

inline bool is_letter_or_digit(int32_t cp) {
  if (cp < 0) return false;
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  // Outside ASCII: everything but punctuation, symbols and spaces counts as a letter here.
  if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation
  if (cp == 0xA0 || cp == 0xAB || cp == 0xBB || cp == 0xB7) return false;
  return true;
}

inline bool is_digit(int32_t cp) { return cp >= '0' && cp <= '9'; }

inline bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether the ASCII word at text[pos] is one written with a leading elision ('Tis, 'cause,
// rock 'n' roll: lib/data/quotes/elisions.txt): the apostrophe before it opens no quote.
bool is_elided_word(std::string_view text, size_t pos);

// Characters after which a symmetric mark is an opening one: "(", "[", dashes, slashes.
inline bool is_opening_context(int32_t cp) {
  return cp < 0 || is_space(cp) || cp == '(' || cp == '[' || cp == '{' || cp == '/' || cp == '-' || cp == 0x2013 ||
         cp == 0x2014 || cp == ':' || mark_info(cp).family != Family::None;
}

// The first byte in [i, e) that may start a mark: eight bytes at a time past words
// without one (most of the text).
inline size_t next_candidate(std::string_view text, size_t i, size_t e) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  auto has = [](uint64_t w, unsigned char c) {
    uint64_t x = w ^ (kOnes * c);
    return (x - kOnes) & ~x & kHighs;
  };
  for (; i + 8 <= e; i += 8) {
    uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    if (has(w, '"') | has(w, '\'') | has(w, '`') | has(w, 0xC2) | has(w, 0xE2)) break;
  }
  while (i < e) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '"' || c == '\'' || c == '`' || c == 0xC2 || c == 0xE2) break;
    ++i;
  }
  return i;
}

// The next double mark of a paragraph after a position, by its shape: opening (after a space
// or bracket, before a word), closing, or none. Inch marks after a digit are no marks. The
// scan goes forward, so an answer is kept until the scan passes its mark: each byte of a
// paragraph is looked at once, however many marks ask.
class NextDouble {
 public:
  enum class Shape { None, Opening, Closing };

  explicit NextDouble(std::string_view text) : text_(text) {}
  // Starts on the paragraph ending at byte END.
  void reset(size_t end) {
    end_ = from_ = pos_ = end;
    shape_ = Shape::None;
  }
  Shape at(size_t from) {
    if (from >= from_ && from <= pos_) return shape_;
    return find(from);
  }

 private:
  Shape find(size_t from);

  std::string_view text_;
  size_t end_ = 0;
  size_t from_ = 0, pos_ = 0;  // the last answer: asked from FROM_, the mark found at POS_
  Shape shape_ = Shape::None;
};

}  // namespace dossier::quote_marks
