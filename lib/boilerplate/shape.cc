// The shape of one line: counts and word classes found in one pass, no regex. Also the
// line tests that older code and metadata use (word_count, is_credit_line).
#include <re2/re2.h>

#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstring>

#include "hash_inline.h"
#include "internal.h"
#include "dossier/data.h"

namespace dossier {

namespace boilerplate {

namespace {

enum WordClass : uint8_t { kStopWord = 1, kDateWord = 2, kActionWord = 4 };

// Word hash -> classes, open addressing (a word's hash is never 0 in practice; 0 = empty).
class Lexicon {
 public:
  Lexicon() {
    std::vector<std::pair<uint64_t, uint8_t>> entries;
    auto add_words = [&](std::string_view words, uint8_t cls) {
      while (!words.empty()) {
        size_t sp = words.find(' ');
        std::string_view w = words.substr(0, sp);
        if (!w.empty()) entries.emplace_back(hash_text(w), cls);
        words.remove_prefix(sp == std::string_view::npos ? words.size() : sp + 1);
      }
    };
    for (auto line : data::lines("boilerplate/stopwords.txt")) add_words(line, kStopWord);
    for (auto line : data::lines("boilerplate/words.tsv")) {
      size_t tab = line.find('\t');
      std::string_view cls = line.substr(0, tab), words = tab == std::string_view::npos ? "" : line.substr(tab + 1);
      add_words(words, cls == "date" ? kDateWord : cls == "action" ? kActionWord : 0);
    }
    size_t size = 64;
    while (size < entries.size() * 3) size *= 2;
    keys_.assign(size, 0);
    classes_.assign(size, 0);
    for (const auto& [key, cls] : entries) {
      size_t at = key & (size - 1);
      while (keys_[at] != 0 && keys_[at] != key) at = (at + 1) & (size - 1);
      keys_[at] = key;
      classes_[at] |= cls;
    }
  }

  uint8_t classes(uint64_t key) const {
    for (size_t at = key & (keys_.size() - 1);; at = (at + 1) & (keys_.size() - 1)) {
      if (keys_[at] == key) return classes_[at];
      if (keys_[at] == 0) return 0;
    }
  }

 private:
  std::vector<uint64_t> keys_;
  std::vector<uint8_t> classes_;
};

const Lexicon& lexicon() {
  static const Lexicon lex;
  return lex;
}

bool is_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

}  // namespace

using hash_detail::hash_bytes;

uint64_t hash_text(std::string_view s) { return hash_bytes(s); }

uint64_t feature_id(std::string_view name) {
  size_t eq = name.find('=');
  if (eq == std::string_view::npos) return feature_id(hash_text(name), hash_text(""));
  return feature_id(hash_text(name.substr(0, eq)), hash_text(name.substr(eq + 1)));
}

bool ends_like_sentence(std::string_view t) {
  size_t e = t.size();
  // skip closing quotes and brackets
  while (e > 0) {
    std::string_view tail(t.data(), e);
    if (tail.back() == '"' || tail.back() == '\'' || tail.back() == ')') {
      --e;
    } else if (tail.size() >= 3 && (tail.substr(tail.size() - 3) == "\u201D" || tail.substr(tail.size() - 3) == "\u2019")) {
      e -= 3;
    } else {
      break;
    }
  }
  if (e == 0) return false;
  char c = t[e - 1];
  return c == '.' || c == '?' || c == '!' || (e >= 3 && t.compare(e - 3, 3, "\u2026") == 0);
}

// Byte classes for the counting pass: a table lookup per byte, and a switch only for the
// few bytes that are punctuation the features name, or lead bytes outside ASCII.
constexpr size_t kSampleBytes = 112;

enum ByteClass : uint8_t { kLowerByte = 1, kUpperByte = 2, kDigitByte = 4, kMarkByte = 8, kHighByte = 16 };

struct ByteTables {
  uint8_t cls[256] = {};
  char lower[256] = {};
  ByteTables() {
    for (int c = 0; c < 256; ++c) {
      lower[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      if (c >= 'a' && c <= 'z') cls[c] = kLowerByte;
      if (c >= 'A' && c <= 'Z') cls[c] = kUpperByte;
      if (c >= '0' && c <= '9') cls[c] = kDigitByte;
      if (c >= 0x80) cls[c] = kHighByte;
    }
    for (unsigned char c : std::string_view("|/\\>@#?!\"(,:")) cls[c] = kMarkByte;
  }
};

const ByteTables& byte_tables() {
  static const ByteTables t;
  return t;
}

// One pass over the bytes for the counts and punctuation, one over the words for their
// classes. Multi-byte punctuation is recognised by its UTF-8 bytes: E2 80 A2 (bullet),
// E2 80 BA / C2 BB (single and double right angle quotes, breadcrumb arrows), C2 A9 (©),
// E2 80 9C/9D (curly double quotes), E2 80 93/94 (dashes), C2 B7 (middle dot).
LineShape line_shape(const std::string& text, bool keep_words) {
  LineShape s;
  const ByteTables& tab = byte_tables();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  // A long paragraph is judged by its start: the counts and words below look at its first
  // kSampleBytes bytes only (a ratio over them is the paragraph's, near enough), which
  // keeps the cost of a line bounded.
  const size_t m = std::min(n, kSampleBytes);
  s.bytes = static_cast<uint32_t>(n);
  int commas = 0;
  uint32_t lowers = 0, uppers = 0, digits = 0;
  char folded[kSampleBytes];
  char* f = folded;
  // Bit i: byte i of the sample is a space. The words are then found a bit scan at a time
  // rather than by a compare per byte (that loop was a sixth of this function's cost).
  static_assert(kSampleBytes <= 128, "two 64-bit words hold the sample's spaces");
  uint64_t spaces[2] = {0, 0};
  // A byte the features name (punctuation of kMarkByte) or a byte outside ASCII.
  const auto special = [&](size_t i) {
    const unsigned char c = p[i];
    if (tab.cls[c] & kMarkByte) {
      switch (c) {
        case '|': s.punct |= kPipe; break;
        case '/': case '\\': s.punct |= kSlash; break;
        case '>': s.punct |= kArrow; break;
        case '@': s.punct |= kAt; break;
        case '#': s.punct |= kHash; break;
        case '?': s.punct |= kQuestion; break;
        case '!': s.punct |= kExclaim; break;
        case '"': s.punct |= kQuote; break;
        case '(': s.punct |= kParen; break;
        case ',': ++commas; break;
        case ':': if (i > 0 && i + 1 < n && p[i - 1] >= '0' && p[i - 1] <= '9' && p[i + 1] >= '0' && p[i + 1] <= '9') s.clock = true; break;
        default: break;
      }
    } else if (c == 0xC2 && i + 1 < n) {
      unsigned char d = p[i + 1];
      if (d == 0xBB) s.punct |= kArrow;
      if (d == 0xA9) s.punct |= kCopyright;
      if (d == 0xB7) s.punct |= kDot;
    } else if (c == 0xE2 && i + 2 < n && p[i + 1] == 0x80) {
      unsigned char d = p[i + 2];
      if (d == 0xA2) s.punct |= kDot;
      if (d == 0xBA) s.punct |= kArrow;
      if (d == 0x9C || d == 0x9D) s.punct |= kQuote;
      if (d == 0x93 || d == 0x94) s.punct |= kDash;
    } else if (c >= 0xC0) {
      ++lowers;  // a letter outside ASCII, most likely
    }
  };
  size_t i0 = 0;
#if defined(__SSE2__) && defined(__x86_64__)
  // Sixteen bytes a step: the folding and the three counts by compares (signed, so that
  // bytes outside ASCII fall outside every range), and the bytes that need a look of their
  // own (the punctuation of kMarkByte, bytes outside ASCII) as a bit mask; most steps have
  // none but spaces and letters.
  {
    const auto range = [](__m128i v, char lo, char hi) {
      return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                           _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
    };
    const auto eq = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    // The counts per byte lane (a compare gives -1 where it holds, so subtracting it adds
    // one), summed across the lanes once after the loop: kSampleBytes / 16 steps keep a
    // lane far below 256, and a bit count per step was a library call where the target
    // has no POPCNT instruction.
    __m128i up_lanes = _mm_setzero_si128(), low_lanes = _mm_setzero_si128(), digit_lanes = _mm_setzero_si128();
    static_assert(kSampleBytes / 16 < 256, "a byte lane counts at most 255");
    for (; i0 + 16 <= m; i0 += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i0));
      const __m128i up = range(v, 'A', 'Z');
      _mm_storeu_si128(reinterpret_cast<__m128i*>(f + i0), _mm_add_epi8(v, _mm_and_si128(up, _mm_set1_epi8(32))));
      up_lanes = _mm_sub_epi8(up_lanes, up);
      low_lanes = _mm_sub_epi8(low_lanes, range(v, 'a', 'z'));
      digit_lanes = _mm_sub_epi8(digit_lanes, range(v, '0', '9'));
      // "|/\\>@#?!\"(,:" and the bytes with the high bit set.
      __m128i marks = _mm_or_si128(_mm_or_si128(eq(v, '|'), eq(v, '/')), _mm_or_si128(eq(v, '\\'), eq(v, '>')));
      marks = _mm_or_si128(marks, _mm_or_si128(_mm_or_si128(eq(v, '@'), eq(v, '#')), _mm_or_si128(eq(v, '?'), eq(v, '!'))));
      marks = _mm_or_si128(marks, _mm_or_si128(_mm_or_si128(eq(v, '"'), eq(v, '(')), _mm_or_si128(eq(v, ','), eq(v, ':'))));
      for (unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(marks, v))); bits != 0; bits &= bits - 1)
        special(i0 + static_cast<size_t>(__builtin_ctz(bits)));
      spaces[i0 >> 6] |= uint64_t{static_cast<unsigned>(_mm_movemask_epi8(eq(v, ' ')))} << (i0 & 63);
    }
    const auto lane_sum = [](__m128i lanes) {
      const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());  // two 64-bit halves
      return static_cast<uint32_t>(_mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
    };
    uppers += lane_sum(up_lanes);
    lowers += lane_sum(low_lanes);
    digits += lane_sum(digit_lanes);
  }
#endif
  for (size_t i = i0; i < m; ++i) {
    const unsigned char c = p[i];
    const uint8_t cls = tab.cls[c];
    f[i] = tab.lower[c];
    spaces[i >> 6] |= uint64_t{c == ' '} << (i & 63);
    lowers += cls & kLowerByte;
    uppers += (cls >> 1) & 1;
    digits += (cls >> 2) & 1;
    if (cls & (kMarkByte | kHighByte)) special(i);
  }
  s.uppers = uppers;
  s.digits = digits;
  s.letters = lowers + s.uppers;
  if (commas >= 2) s.punct |= kCommas;
  if (n > 0) {
    unsigned char c0 = p[0];
    s.bullet = c0 == '*' || c0 == '-' || c0 == '+' || (n >= 3 && c0 == 0xE2 && p[1] == 0x80 && p[2] == 0xA2) ||
               (n >= 2 && c0 == 0xC2 && p[1] == 0xB7);
    s.ends_colon = p[n - 1] == ':';
  }
  s.terminal = ends_like_sentence(text);

  s.text_hash = hash_bytes(std::string_view(folded, m)) ^ n;
  const Lexicon& lex = lexicon();
  // The folded words joined by spaces, for short lines: at most the sample's bytes, so a
  // buffer on the stack holds it (a std::string here was a malloc for most lines).
  char whole[kSampleBytes];
  size_t whole_len = 0;
  // The first byte at or after FROM (up to M) that is a space (WANT) or is not one.
  const auto next = [&](size_t from, bool want) {
    for (size_t w = from >> 6; w < 2; ++w) {
      uint64_t bits = want ? spaces[w] : ~spaces[w];
      if (w == from >> 6) bits &= ~uint64_t{0} << (from & 63);
      if (bits) return std::min(m, w * 64 + static_cast<size_t>(__builtin_ctzll(bits)));
    }
    return m;
  };
  size_t i = 0;
  while (i < m) {
    i = next(i, false);
    if (i == m) break;
    const size_t j = next(i, true);
    if (j == m && m < n) break;  // a word cut by the sample
    ++s.words;
    // The word without leading and trailing punctuation (bytes outside ASCII are kept).
    size_t a = i, b = j;
    while (a < b && p[a] < 0x80 && !is_alnum(p[a])) ++a;
    while (b > a && p[b - 1] < 0x80 && !is_alnum(p[b - 1])) --b;
    if (a < b) {
      const std::string_view w(folded + a, b - a);
      const uint64_t h = hash_bytes(w);
      bool digits_only = true;
      for (size_t k = a; k < b && digits_only; ++k) {
        unsigned char c = p[k];
        digits_only = (c >= '0' && c <= '9') || c == ',' || c == '.' || c == ':' || c == '/' || c == '-';
      }
      if (tab.cls[p[a]] & kUpperByte) ++s.caps_words;
      const uint8_t cls = lex.classes(h);
      if (cls & kStopWord) ++s.stop_words;
      if (cls & kActionWord) ++s.action_words;
      if (digits_only) {
        ++s.number_words;
        ++s.date_words;
        size_t separators = 0;
        for (size_t k = a; k < b; ++k) separators += p[k] == '/' || p[k] == '-';
        const bool year = b - a == 4 && (p[a] == '1' ? p[a + 1] == '9' : p[a] == '2' && p[a + 1] == '0');
        if (separators > 0 || year) ++s.calendar_words;
      } else if (cls & kDateWord) {
        ++s.date_words;
        ++s.calendar_words;
      } else if (b - a >= 3 && p[b - 1] <= '9' && p[a] >= '0' && p[a] <= '9') {
        ++s.date_words;  // "5th", "12:30pm" style tokens start with a digit
      }
      if (s.first == 0) {
        s.first = h;
        if (keep_words) s.first_text = std::string(w);
      }
      s.last = h;
      if (keep_words) s.last_text = std::string(w);
      if (s.words <= 4) {
        if (whole_len > 0) whole[whole_len++] = ' ';
        std::memcpy(whole + whole_len, w.data(), w.size());
        whole_len += w.size();
      }
    }
    i = j;
  }
  if (s.words <= 4) {
    s.whole = hash_bytes(std::string_view(whole, whole_len));
    if (keep_words) s.whole_text.assign(whole, whole_len);
  }
  if (m < n) {
    // The ratios stay those of the sample; the count of words is the whole line's.
    const uint32_t sampled = s.words;
    s.words = static_cast<uint32_t>(word_count(text));
    auto scale = [&](uint16_t& v) { v = static_cast<uint16_t>(std::min<uint64_t>(65535, uint64_t{v} * s.words / std::max<uint32_t>(sampled, 1))); };
    scale(s.caps_words);
    scale(s.stop_words);
    scale(s.date_words);
    scale(s.action_words);
    scale(s.number_words);
    scale(s.calendar_words);
  }
  return s;
}

}  // namespace boilerplate

size_t word_count(const std::string& text) {
  // Counts word starts (a non-space after a space or at the start), eight bytes a step:
  // this runs over every block.
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t n = 0, i = 0;
  uint64_t prev_space = 1;  // the byte before the text counts as a space
#if defined(__SSE2__) && defined(__x86_64__)
  // Sixteen bytes a step: a byte starts a word when it is no space and the byte before it
  // (loaded one byte back) is one; each start subtracts -1 from its byte's counter, and
  // the counters are summed (psadbw) before any of them can pass 255.
  if (size >= 17) {
    const __m128i blank = _mm_set1_epi8(' '), zero = _mm_setzero_si128();
    __m128i total = zero;
    n += static_cast<size_t>(p[0] != ' ');
    i = 1;
    while (i + 16 <= size) {
      __m128i counts = zero;
      for (int step = 0; step < 255 && i + 16 <= size; ++step, i += 16) {
        const __m128i space = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)), blank);
        const __m128i before = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i - 1)), blank);
        counts = _mm_sub_epi8(counts, _mm_andnot_si128(space, before));
      }
      total = _mm_add_epi64(total, _mm_sad_epu8(counts, zero));
    }
    n += static_cast<size_t>(_mm_cvtsi128_si64(total)) + static_cast<size_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(total, total)));
    prev_space = p[i - 1] == ' ';
  }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  for (; i + 8 <= size; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    uint64_t x = w ^ (0x20 * kOnes);
    uint64_t space = (~(((x & kLow7) + kLow7) | x) >> 7) & kOnes;  // 1 in each byte == ' '
    uint64_t before = (space << 8) | prev_space;  // little-endian: byte k-1 moved to byte k
    uint64_t starts = ~space & before & kOnes;
    n += static_cast<size_t>((starts * kOnes) >> 56);
    prev_space = space >> 56;
  }
#endif
  for (; i < size; ++i) {
    n += static_cast<size_t>((p[i] != ' ') & (prev_space != 0));
    prev_space = p[i] == ' ';
  }
  return n;
}
double stopword_share(const std::string& text) {
  boilerplate::LineShape s = boilerplate::line_shape(text, false);
  return s.words ? static_cast<double>(s.stop_words) / s.words : 0.0;
}
bool is_time_stamp(const std::string& text) {
  // Eight words of a date or a time fit in a hundred bytes; a paragraph is not read through.
  if (text.size() > 100) return false;
  const boilerplate::LineShape s = boilerplate::line_shape(text, false);
  return s.words <= 8 && boilerplate::time_stamp(s);
}
bool is_credit_line(const std::string& text) {
  // Each pattern is compiled the first time a line may need it: many texts have neither
  // shape, and compiling the two was 7% of ingest's start-up.
  if (text.size() > 2 && text.front() == '(' && text.back() == ')') {
    static const RE2 credit(R"(^\((?:[A-Z][A-Za-z.-]{0,15})(?:\s*[,/]\s*[A-Z][A-Za-z.-]{0,15}){0,4}\)$)");
    return RE2::FullMatch(text, credit);
  }
  if (text.size() > 3 && (text[0] == 'B' || text[0] == 'b') && (text[1] == 'y' || text[1] == 'Y') && text[2] == ' ') {
    if (word_count(text) > 12) return false;
    static const RE2 by(R"(^(?i:by)\s+\p{Lu}[\p{L}.'-]+(?:\s+(?:\p{Lu}[\p{L}.'-]+|and|&|de|van|von))*(?:\s*[,|]\s*[^,|]{1,60})?$)");
    return RE2::FullMatch(text, by);
  }
  return false;
}

}  // namespace dossier
