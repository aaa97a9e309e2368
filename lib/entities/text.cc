// The tokenizer (text.h): words, numbers and punctuation with their hashes and flags.
#include "text.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_set>

#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#endif

#include "dossier/data.h"
#include "dossier/utf8.h"
#include "chars.h"

namespace dossier::entities_detail {

using namespace chars;

void finish_slow(std::string_view text, Token& t) {
  std::string_view w = text.substr(t.begin, t.end - t.begin);
  t.hash = hash_fold(w);
  size_t len = 0;
  int32_t cp = decode_at(w, 0, len);
  t.word = is_alnum(cp);
  t.digit = is_digit(cp);
  t.cap = is_upper(cp);
  // A word opening with a lower-case letter is never all capitals.
  t.all_caps = t.word && !is_lower(cp) && is_all_caps(w);
}

namespace {

// finish_slow() in one pass over the bytes when the token is ASCII (nearly all tokens of
// English text): folding, the hash and the all-capitals count need no decoding there.
// Returns false when the token is not ASCII (finish_slow() has then done the work).
inline bool finish(std::string_view text, Token& t) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + t.begin;
  const size_t len = t.end - t.begin;
  FoldedHasher h;
  int upper = 0;
  bool lower = false;
  for (size_t k = 0; k < len; ++k) {
    unsigned char c = p[k];
    if (c >= 0x80) {
      finish_slow(text, t);
      return false;
    }
    bool up = static_cast<unsigned char>(c - 'A') < 26;
    upper += up;
    lower |= static_cast<unsigned char>(c - 'a') < 26;
    h.add(up ? static_cast<unsigned char>(c + 32) : c);
  }
  unsigned char c0 = p[0];
  bool letter = static_cast<unsigned char>((c0 | 0x20) - 'a') < 26;
  t.hash = h.done();
  t.digit = static_cast<unsigned char>(c0 - '0') < 10;
  t.word = letter || t.digit;
  t.cap = static_cast<unsigned char>(c0 - 'A') < 26;
  t.all_caps = t.word && !lower && upper >= 2;
  return true;
}

inline bool ascii_alnum(unsigned char c) {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26 || static_cast<unsigned char>(c - '0') < 10;
}

// Bytes after a run of ASCII letters and digits that the word rules may take into the word:
// any non-ASCII byte, '-', '&' and '\''.
inline bool may_join(unsigned char c) {
  constexpr uint64_t kJoiners = (uint64_t{1} << '-') | (uint64_t{1} << '&') | (uint64_t{1} << '\'');
  return c >= 0x80 || (c < 64 && ((kJoiners >> c) & 1));
}

#if defined(__SSE2__) && defined(__x86_64__)
// The common word, in a few vector instructions: at P (AVAIL bytes left, the first an ASCII
// letter or digit) a run of ASCII letters and digits shorter than 16 bytes that ends where
// the join rules of tokenize() take nothing more (at the text's end, or at an ASCII byte
// other than '-', '&' and '\''). Returns its length with T's hash and flags set, as finish()
// sets a token's; 0 when the run is longer or the rules must look at what follows.
struct AsciiWord {
  uint64_t hash;
  bool digit, cap, all_caps;
};
inline size_t ascii_word(const unsigned char* p, size_t avail, AsciiWord& t) {
  __m128i x;
  if (avail >= 16) {
    x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  } else {
    alignas(16) unsigned char buf[16] = {};  // zeros: not letters, so the run ends at the text's end
    std::memcpy(buf, p, avail);
    x = _mm_load_si128(reinterpret_cast<const __m128i*>(buf));
  }
  // Bytes in [lo, hi]: moved so that lo is -128, then one signed compare.
  auto in_range = [&x](char lo, char hi) {
    __m128i moved = _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
    return _mm_cmplt_epi8(moved, _mm_set1_epi8(static_cast<char>(-128 + (hi - lo + 1))));
  };
  const __m128i lower = in_range('a', 'z'), upper = in_range('A', 'Z'), digit = in_range('0', '9');
  const auto alnum = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(lower, upper), digit)));
  const auto run = static_cast<size_t>(__builtin_ctz(~alnum));
  if (run >= 16) return 0;
  if (run < avail && may_join(p[run])) return 0;
  const unsigned keep = (1u << run) - 1;
  const unsigned lowers = static_cast<unsigned>(_mm_movemask_epi8(lower)) & keep;
  const unsigned uppers = static_cast<unsigned>(_mm_movemask_epi8(upper)) & keep;
  const __m128i folded = _mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
  const auto first = static_cast<uint64_t>(_mm_cvtsi128_si64(folded));
  const auto second = static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(folded, folded)));
  uint64_t h;
  if (run <= 8) {
    h = FoldedHasher::mix(FoldedHasher::kSeed, run == 8 ? first : first & ((uint64_t{1} << (8 * run)) - 1));
  } else {
    h = FoldedHasher::mix(FoldedHasher::kSeed, first);
    h = FoldedHasher::mix(h, second & ((uint64_t{1} << (8 * (run - 8))) - 1));
  }
  t.hash = FoldedHasher::finish(h, run);
  t.digit = static_cast<unsigned char>(p[0] - '0') < 10;
  t.cap = uppers & 1;
  t.all_caps = lowers == 0 && (uppers & (uppers - 1)) != 0;  // no lower case, two capitals or more
  return run;
}
#endif

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  tokenize(text, out);
  return out;
}

bool has_token(std::string_view text) {
  // An ASCII byte other than a space, tab or line break always opens a token where the
  // tokenizer stands on it; a text opening otherwise is asked of the tokenizer itself.
  if (!text.empty()) {
    const auto c = static_cast<unsigned char>(text[0]);
    if (c < 0x80 && c != ' ' && c != '\n' && c != '\t' && c != '\r') return true;
  }
  std::vector<Token> toks;
  tokenize(text, toks);
  return !toks.empty();
}

void tokenize(std::string_view text, std::vector<Token>& out, bool shortcut) {
  out.clear();
  out.reserve(text.size() / 5);
  const auto* base = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = 0;
  const size_t n = text.size();
  size_t extra = 0;  // continuation bytes before i: a token's Token::cp is its begin less these
  bool line = true;  // a line break since the last token (or none yet): Token::nl
  // A token is done: what its bytes hold of continuation bytes counts for those after it.
  auto push = [&](const Token& t, bool ascii) {
    out.push_back(t);
    if (!ascii) extra += continuation_bytes(base + t.begin, t.end - t.begin);
  };
  while (i < n) {
    // Space, tab, CR or LF by one bit test.
    constexpr uint64_t kSpaces = (uint64_t{1} << ' ') | (uint64_t{1} << '\n') | (uint64_t{1} << '\t') | (uint64_t{1} << '\r');
    unsigned char c0 = base[i];
    if (c0 <= ' ' && ((kSpaces >> c0) & 1)) {
      line |= c0 == '\n';
      ++i;
      continue;
    }
#if defined(__SSE2__) && defined(__x86_64__)
    // ASCII words that the rules below would end at their first other byte (most words),
    // one after another while a single space parts them; a dotted acronym ("U.S.") is left
    // to the rules.
    if (shortcut && ascii_alnum(c0)) {
      const size_t from = i;
      while (!(i + 1 < n && base[i + 1] == '.' && static_cast<unsigned char>(base[i] - 'A') < 26)) {
        AsciiWord w;
        size_t len = ascii_word(base + i, n - i, w);
        if (!len) break;
        out.emplace_back(w.hash, static_cast<uint32_t>(i), static_cast<uint32_t>(i + len),
                         static_cast<uint32_t>(i - extra), true, w.digit, w.cap, w.all_caps, line);
        line = false;
        i += len;
        if (!(i + 1 < n && base[i] == ' ' && ascii_alnum(base[i + 1]))) break;
        ++i;
      }
      if (i != from) continue;
    }
#else
    (void)shortcut;
#endif
    size_t len = 0;
    int32_t cp = decode_at(text, i, len);
    if (cp == 0xA0) {
      extra += continuation_bytes(base + i, len);
      i += len;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.cp = static_cast<uint32_t>(i - extra);
    t.nl = line;
    line = false;
    if (!is_alnum(cp)) {
      // Possessive 's after a word is one token.
      if (is_apostrophe(cp) && !out.empty() && out.back().end == i && i + len < n &&
          (text[i + len] == 's' || text[i + len] == 'S')) {
        size_t after = i + len + 1;
        size_t l2 = 0;
        if (after >= n || !is_alnum(decode_at(text, after, l2))) {
          t.end = static_cast<uint32_t>(after);
          push(t, finish(text, t));
          i = after;
          continue;
        }
      }
      t.end = static_cast<uint32_t>(i + len);
      if (cp >= 0 && cp < 0x80) {
        // One ASCII punctuation character: no letters, so its hash is of the byte itself.
        t.hash = hash_byte(static_cast<unsigned char>(cp));
        out.push_back(t);
      } else {
        push(t, finish(text, t));
      }
      i += len;
      continue;
    }
    // A dotted acronym: "U.S.", "U.S.S.R.", "N.V.".
    size_t j = i;
    if (i + 1 < n && text[i + 1] == '.' && is_upper(static_cast<unsigned char>(text[i]))) {  // rare: tested first
      size_t k = i;
      int letters = 0;
      while (k + 1 < n && is_upper(static_cast<unsigned char>(text[k])) && text[k + 1] == '.') {
        k += 2;
        ++letters;
      }
      if (letters >= 2) j = k;
    }
    if (j == i) {
      j = i + len;
      bool lower_part = is_lower(cp);
      while (j < n) {
        // ASCII letters and digits, the common case, in a loop of its own over bytes.
        const unsigned char* p = base + j;
        const unsigned char* end = base + n;
        for (; p < end; ++p) {
          unsigned char b = *p;
          if (static_cast<unsigned char>(b - 'a') < 26) continue;
          if (static_cast<unsigned char>(b - 'A') < 26) {
            lower_part = false;
            continue;
          }
          if (static_cast<unsigned char>(b - '0') >= 10) break;
        }
        j = static_cast<size_t>(p - base);
        if (j >= n) break;
        unsigned char b = *p;
        // Most words end at a space or an ASCII mark that none of the rules below joins.
        if (b < 0x80 && b != '-' && b != '&' && b != '\'') break;
        size_t l = 0;
        int32_t c = decode_at(text, j, l);
        if (is_alnum(c)) {
          if (!is_lower(c) && !is_digit(c)) lower_part = false;
          j += l;
          continue;
        }
        size_t l2 = 0;
        int32_t next = j + l < n ? decode_at(text, j + l, l2) : -1;
        if (is_hyphen(c) && is_alnum(next) && !lower_part) {
          // "War-era", "NATO-led": a lower-case suffix after a name is split off, unless
          // another capitalized part follows ("Chairman-in-Office").
          if (is_lower(next) && is_upper(cp)) {
            size_t k = j + l;
            while (k < n && is_lower(static_cast<unsigned char>(text[k]))) ++k;
            bool compound = k + 1 < n && text[k] == '-' && is_upper(static_cast<unsigned char>(text[k + 1]));
            if (!compound) break;
          }
          j += l;
          continue;
        }
        if (is_hyphen(c) && is_alnum(next) && lower_part) {
          // "then-President", "post-Cold": keep joined unless an upper-case part follows.
          if (is_upper(next)) break;
          j += l;
          continue;
        }
        if (c == '&' && is_upper(next) && j > i && is_upper(static_cast<unsigned char>(text[j - 1]))) {
          j += l;  // "AT&T", "S&P"
          continue;
        }
        if (is_apostrophe(c) && is_letter(next)) {
          // A possessive 's is its own token; "O'Brien" and "Côte d'Ivoire" stay whole.
          size_t l3 = 0;
          bool possessive = (next == 's' || next == 'S') &&
                            (j + l + 1 >= n || !is_alnum(decode_at(text, j + l + 1, l3)));
          if (possessive) break;
          j += l;
          continue;
        }
        break;
      }
    }
    t.end = static_cast<uint32_t>(j);
    push(t, finish(text, t));
    i = j;
  }
}

size_t first_token_from(const std::vector<Token>& toks, std::string_view text, size_t cp) {
  // A token lies before code point CP when fewer code points start before it, or as many
  // and it starts on none (a stray continuation byte): an order that follows the tokens'.
  auto it = std::partition_point(toks.begin(), toks.end(), [&](const Token& t) {
    return t.cp < cp || (t.cp == cp && (static_cast<unsigned char>(text[t.begin]) & 0xC0) == 0x80);
  });
  return it == toks.end() ? SIZE_MAX : it->begin;
}

std::unordered_map<std::string, size_t> acronym_index(const std::vector<std::string>& initials, size_t longest) {
  std::unordered_map<std::string, size_t> index;
  for (size_t o = 0; o < initials.size(); ++o) {
    const std::string& init = initials[o];
    if (init.size() < 2) continue;
    for (size_t from = 0; from + 2 <= init.size(); ++from)
      for (size_t len = 2; len <= longest && from + len <= init.size(); ++len) index.emplace(init.substr(from, len), o);
  }
  return index;
}

AcronymExpansions::AcronymExpansions(const std::vector<std::string>& initials, size_t longest) {
  size_t total = 0;
  for (const auto& init : initials)
    if (init.size() >= 2) total += init.size() + 1;
  if (total > kJoinedBytes) {
    index_ = acronym_index(initials, longest);
    return;
  }
  // A NUL before each name's initials: no token holds one, so no match spans two names.
  joined_.reserve(total);
  for (size_t o = 0; o < initials.size(); ++o) {
    if (initials[o].size() < 2) continue;
    joined_ += '\0';
    starts_.push_back(joined_.size());
    names_.push_back(o);
    joined_ += initials[o];
  }
}

size_t AcronymExpansions::find(std::string_view w) const {
  if (!index_.empty()) {
    auto it = index_.find(std::string(w));
    return it == index_.end() ? SIZE_MAX : it->second;
  }
  const size_t at = joined_.find(w);
  if (at == std::string::npos) return SIZE_MAX;
  // The name whose initials hold the match: the last to start at or before it.
  return names_[static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), at) - starts_.begin()) - 1];
}

bool counting_word(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "two",  "three",  "four",  "five",    "six",  "seven", "eight", "nine",   "ten",    "eleven",
      "twelve", "twenty", "dozen", "dozens", "several", "many", "more", "few", "fewer", "hundreds"};
  if (kWords.count(w)) return true;
  for (char ch : w)
    if (ch < '0' || ch > '9') return false;
  return !w.empty() && w.size() < 4;
}

}  // namespace dossier::entities_detail
