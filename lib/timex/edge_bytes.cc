// The first and last bytes of a pattern's matches, from its text (see edge_bytes.h): a small
// reader of the RE2 syntax the timex grammar uses. What it does not know it answers with
// every byte. Tested by edge_bytes_test.cc.
#include "edge_bytes.h"
#include "needed_words.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace dossier::timex::grammar {
namespace {

using Bytes = std::bitset<256>;

// What a piece of pattern can begin and end with, and whether it can match nothing at all.
struct Start {
  Bytes bytes;
  Bytes last;
  bool empty = false;
  size_t min = 0;  // the fewest characters a match holds
  std::bitset<128> needs;  // what every match holds (EdgeBytes::needs)
  Words words;             // the strings a match holds, when the reader is asked for them
  bool plain = false;      // one character whose words are its bytes (not made into WORDS yet)
};

Bytes all_bytes() { return Bytes().set(); }

// Bytes from 0x80 on: where a letter's fold beyond ASCII may begin or end.
Bytes beyond_ascii() {
  Bytes b;
  for (size_t i = 0x80; i < 0x100; ++i) b.set(i);
  return b;
}

// What a character beyond ASCII may begin or end with: bytes from 0x80 on, and the letters
// two of them fold to (the Kelvin sign to "k", the long s to "s").
const Bytes& high_bytes() {
  static const Bytes high = [] {
    Bytes b = beyond_ascii();
    for (unsigned char c : {'k', 'K', 's', 'S'}) b.set(c);
    return b;
  }();
  return high;
}

// BYTE as a folded pattern reads it: a letter in both cases and beyond ASCII.
const Bytes& folded(unsigned char byte) {
  static const std::vector<Bytes> table = [] {
    std::vector<Bytes> t(256);
    for (size_t i = 0; i < t.size(); ++i) {
      const auto c = static_cast<unsigned char>(i);
      t[i].set(c);
      if (c >= 0x80) t[i] |= high_bytes();
      if (std::isalpha(c)) t[i] |= beyond_ascii();
      if (std::isalpha(c)) {
        t[i].set(static_cast<unsigned char>(std::tolower(c)));
        t[i].set(static_cast<unsigned char>(std::toupper(c)));
      }
    }
    return t;
  }();
  return table[byte];
}

// What one character whose bytes are BYTES gives a match for sure: a byte outside the letters
// when it can be only that byte, a digit when it can be only digits.
std::bitset<128> needs_of(const Bytes& bytes) {
  static const Bytes digits = [] {
    Bytes d;
    for (unsigned char c = '0'; c <= '9'; ++c) d.set(c);
    return d;
  }();
  std::bitset<128> needs;
  if (bytes.none()) return needs;
  if ((bytes & ~digits).none()) return needs.set(kAnyDigit);
  const size_t c = bytes._Find_first();
  if (c < 0x80 && bytes._Find_next(c) == bytes.size() && !std::isalpha(static_cast<unsigned char>(c))) needs.set(c);
  return needs;
}

Bytes range(unsigned char lo, unsigned char hi) {
  Bytes b;
  for (unsigned c = lo; c <= hi; ++c) b |= folded(static_cast<unsigned char>(c));
  return b;
}

// "\x{2019}" or "\xE2" at I of P (after the backslash and the x): the code point's bytes, its
// value in CODE; FAILED when the digits are no code point.
Bytes code_point(std::string_view p, size_t& i, long& code, bool& failed) {
  std::string digits;
  if (i < p.size() && p[i] == '{') {
    const size_t end = p.find('}', i);
    if (end == std::string_view::npos) {
      failed = true;
      return {};
    }
    digits = std::string(p.substr(i + 1, end - i - 1));
    i = end + 1;
  } else {
    digits = std::string(p.substr(i, 2));
    i += 2;
  }
  if (digits.empty() || digits.size() > 6 || digits.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
    failed = true;
    return {};
  }
  long cp = static_cast<long>(std::stoul(digits, nullptr, 16));
  code = cp;
  return cp < 0x80 ? folded(static_cast<unsigned char>(cp)) : high_bytes();
}

// The bytes of the escape "\C" (C read already, I after it in P), inside a class or out of one.
Bytes escaped_class(unsigned char c, std::string_view p, size_t& i) {
  switch (c) {
    case 'd':
      return range('0', '9');
    case 's': {
      Bytes b;
      for (unsigned char w : {'\t', '\n', '\v', '\f', '\r', ' '}) b.set(w);
      return b;
    }
    case 'w':
      return range('0', '9') | range('a', 'z') | folded('_');
    case 'n':
      return folded('\n');
    case 't':
      return folded('\t');
    case 'r':
      return folded('\r');
    case 'f':
      return folded('\f');
    case 'v':
      return folded('\v');
    default:
      if (std::isalnum(c)) {  // \D, \W, \S, \p{...}, \C...: not read here
        if ((c == 'p' || c == 'P') && i < p.size() && p[i] == '{') {
          size_t close = p.find('}', i);
          i = close == std::string_view::npos ? p.size() : close + 1;
        } else if (c == 'p' || c == 'P') {
          ++i;
        }
        return all_bytes();
      }
      return folded(c);  // a punctuation mark escaped: itself
  }
}

class Reader {
 public:
  Reader(std::string_view pattern, bool words) : p_(pattern), words_(words) {}

  // The clauses of strings every match holds (needed_words.h); none when not read.
  std::vector<std::vector<std::string>> needed_words() {
    Start s = alternation();
    if (failed_ || i_ != p_.size()) return {};
    return s.words.needed();
  }

  // The whole pattern's first and last bytes; every byte when it cannot be read to its end.
  EdgeBytes whole() {
    Start s = alternation();
    if (failed_ || i_ != p_.size() || s.empty) return {all_bytes(), all_bytes(), 0, {}};
    return {s.bytes, s.last, s.min, s.needs};
  }

 private:
  bool more() const { return i_ < p_.size() && !failed_; }
  unsigned char peek() const { return static_cast<unsigned char>(p_[i_]); }

  Start alternation() {
    Start out = sequence();
    while (more() && peek() == '|') {
      ++i_;
      Start next = sequence();
      out.bytes |= next.bytes;
      out.last |= next.last;
      out.min = std::min(out.min, next.min);
      out.needs &= next.needs;
      if (words_) out.words = Words::either(std::move(out.words), next.words);
      out.empty = out.empty || next.empty;
    }
    return out;
  }

  Start sequence() {
    Start out;
    out.empty = true;
    while (more() && peek() != '|' && peek() != ')') {
      Start a = atom();
      repetition(a);
      if (out.empty) out.bytes |= a.bytes;
      out.last = a.empty ? out.last | a.last : a.last;
      out.min += a.min;
      out.needs |= a.needs;
      if (words_) out.words = a.plain ? Words::then_character(std::move(out.words), a.bytes) : Words::then(std::move(out.words), a.words);
      out.empty = out.empty && a.empty;
    }
    return out;
  }

  // Applies a quantifier after an atom: one that allows no repetition makes it optional.
  void repetition(Start& a) {
    while (more()) {
      unsigned char c = peek();
      if (a.plain && (c == '?' || c == '*' || c == '+' || c == '{')) {  // a quantifier's words are made from the character's
        a.words = Words::character(a.bytes);
        a.plain = false;
      }
      if (c == '?' || c == '*') {
        if (words_) a.words = c == '?' ? Words::optional(std::move(a.words)) : Words::unknown();
        a.empty = true;
        a.min = 0;
        a.needs.reset();
        ++i_;
      } else if (c == '+') {
        if (words_) a.words = Words::repeated(a.words);
        ++i_;
      } else if (c == '{') {
        size_t close = p_.find('}', i_);
        std::string_view inside = close == std::string_view::npos ? std::string_view() : p_.substr(i_ + 1, close - i_ - 1);
        // RE2 reads "{" as a literal unless a count follows: the next atom's business.
        if (inside.empty() || !std::isdigit(static_cast<unsigned char>(inside[0])) ||
            inside.find_first_not_of("0123456789,") != std::string_view::npos)
          return;
        // "{0}", "{0,}", "{0,3}": the atom may be left out.
        const std::string_view least = inside.substr(0, inside.find(','));
        const bool once = inside == "1" || inside == "1,1";
        if (words_ && !once) a.words = least.find_first_not_of('0') == std::string_view::npos ? Words::unknown() : Words::repeated(a.words);
        if (least.find_first_not_of('0') == std::string_view::npos) {
          a.empty = true;
          a.min = 0;
          a.needs.reset();
        } else if (least.size() <= 3) {
          a.min *= static_cast<size_t>(std::stoul(std::string(least)));
        }
        i_ = close + 1;
      } else {
        return;
      }
    }
  }

  Start atom() {
    if (peek() == '(') return group();
    Start a = character();
    a.last = a.bytes;  // one character: it ends with what it begins with, or beyond ASCII
    a.min = a.empty ? 0 : 1;
    if (!a.empty && a.needs.none()) a.needs = needs_of(a.bytes);
    a.plain = words_ && !a.empty;  // an assertion keeps the words {""}
    return a;
  }

  // One character, a class of them, an escape or an assertion at i_.
  Start character() {
    unsigned char c = peek();
    Start a;
    if (c == '[') {
      a.bytes = char_class();
      return a;
    }
    if (c == '\\') return escape();
    if (c == '^' || c == '$') {
      ++i_;
      a.empty = true;
      return a;
    }
    if (c == '.') {
      ++i_;
      a.bytes = all_bytes();
      return a;
    }
    if (c == '*' || c == '+' || c == '?') {
      failed_ = true;  // a quantifier with nothing before it
      return a;
    }
    // A literal: a character beyond ASCII is all its bytes, so that a quantifier after it
    // takes the whole character, as RE2 does.
    ++i_;
    if (c >= 0x80)
      while (more() && (peek() & 0xC0) == 0x80) ++i_;
    a.bytes = folded(c);
    // A letter is needed in either case, but for "k" and "s", which a character beyond
    // ASCII folds to.
    const auto lower = static_cast<unsigned char>(c | 0x20);
    if (lower >= 'a' && lower <= 'z') {
      if (lower != 'k' && lower != 's') a.needs.set(lower);
    } else if (c < 0x80) {
      a.needs.set(c >= '0' && c <= '9' ? kAnyDigit : c);  // needs_of's answer, sooner
    }
    return a;
  }

  Start group() {
    ++i_;  // '('
    if (more() && peek() == '?') {
      ++i_;
      if (more() && peek() == 'P') {
        size_t close = p_.find('>', i_);
        if (close == std::string_view::npos) {
          failed_ = true;
          return {};
        }
        i_ = close + 1;
      } else {
        while (more() && (std::isalpha(peek()) || peek() == '-')) ++i_;
        if (more() && peek() == ')') {  // flags alone, "(?i)": they match nothing
          ++i_;
          Start flags;
          flags.empty = true;
          return flags;
        }
        if (!more() || peek() != ':') {
          failed_ = true;
          return {};
        }
        ++i_;
      }
    }
    Start inner = alternation();
    if (!more() || peek() != ')') {
      failed_ = true;
      return {};
    }
    ++i_;
    return inner;
  }

  // An escape at i_ (the backslash): what it can begin with; an assertion matches nothing.
  Start escape() {
    ++i_;
    Start a;
    if (!more()) {
      failed_ = true;
      return a;
    }
    unsigned char c = peek();
    ++i_;
    switch (c) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        a.empty = true;
        return a;
      case 'Q':  // a quoted run: not read here
        failed_ = true;
        return a;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
        // An octal code ("\123"): read as an escape and two literal digits it would
        // lengthen the shortest match and misname the last byte; not read here.
        failed_ = true;
        return a;
      case 'x': {
        long code = -1;
        a.bytes = code_point(p_, i_, code, failed_);
        return a;
      }
      default:
        a.bytes = escaped_class(c, p_, i_);
        return a;
    }
  }

  // A class at i_ ("[...]"): its bytes; a negated class may begin with nearly any.
  Bytes char_class() {
    ++i_;  // '['
    Bytes b;
    bool negated = more() && peek() == '^';
    if (negated) ++i_;
    bool first = true;  // a ']' first is a literal
    while (more() && (peek() != ']' || first)) {
      first = false;
      if (peek() == '[' && i_ + 1 < p_.size() && p_[i_ + 1] == ':') {  // "[:alpha:]"
        size_t close = p_.find(":]", i_ + 2);
        i_ = close == std::string_view::npos ? p_.size() : close + 2;
        b = all_bytes();
        continue;
      }
      long lo = -1;
      Bytes item = class_item(lo);
      if (lo >= 0 && more() && peek() == '-' && i_ + 1 < p_.size() && p_[i_ + 1] != ']') {
        ++i_;
        long hi = -1;
        Bytes end = class_item(hi);
        if (hi < lo) b |= item | end | high_bytes();
        else if (hi < 0x80) b |= range(static_cast<unsigned char>(lo), static_cast<unsigned char>(hi));
        else b |= (lo < 0x80 ? range(static_cast<unsigned char>(lo), 0x7F) : Bytes()) | high_bytes();
        continue;
      }
      b |= item;
    }
    if (!more()) {
      failed_ = true;
      return all_bytes();
    }
    ++i_;  // ']'
    return negated ? all_bytes() : b;
  }

  // One item of a class at i_: its bytes; CODE is its code point when it is one character
  // (0x80 for any beyond ASCII), else -1.
  Bytes class_item(long& code) {
    unsigned char c = peek();
    ++i_;
    if (c >= 0x80) {
      while (more() && (peek() & 0xC0) == 0x80) ++i_;
      code = 0x80;
      return high_bytes();
    }
    if (c != '\\') {
      code = c;
      return folded(c);
    }
    if (!more()) {
      failed_ = true;
      return all_bytes();
    }
    unsigned char e = peek();
    ++i_;
    if (e == 'x') {
      long cp = -1;
      Bytes h = code_point(p_, i_, cp, failed_);
      code = cp < 0 ? -1 : std::min(cp, 0x80L);
      return h;
    }
    static constexpr std::string_view kControls = "ntrfv";
    if (!std::isalnum(e) || kControls.find(static_cast<char>(e)) != std::string_view::npos) {
      Bytes b = escaped_class(e, p_, i_);
      code = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'f' ? '\f' : e == 'v' ? '\v' : e;
      return b;
    }
    return escaped_class(e, p_, i_);
  }

  std::string_view p_;
  bool words_ = false;  // whether to read the needed strings too (Start::words)
  size_t i_ = 0;
  bool failed_ = false;
};

}  // namespace

EdgeBytes edge_bytes(std::string_view pattern) { return Reader(pattern, false).whole(); }

std::vector<std::vector<std::string>> needed_words(std::string_view pattern) { return Reader(pattern, true).needed_words(); }

std::bitset<128> piece_bytes(std::string_view piece) {
  std::bitset<128> bits;
  for (const char ch : piece) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) bits.set(c >= '0' && c <= '9' ? kAnyDigit : c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  return bits;
}

}  // namespace dossier::timex::grammar
