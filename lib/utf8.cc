#include "dossier/utf8.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dossier::utf8 {

namespace {
constexpr size_t kStride = 64;
}  // namespace

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The number of code points starting in the 8 bytes at P: the bytes that are not 10xxxxxx.
// Offsets are converted for every span of every layer, so the counting goes a word at a
// time rather than a byte at a time.
size_t starts_in_word(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  uint64_t continuation = x & ~(x << 1) & 0x8080808080808080ULL;
  // One bit per continuation byte, summed into the top byte by a multiply (the portable
  // build has no popcount instruction).
  return 8 - static_cast<size_t>(((continuation >> 7) * 0x0101010101010101ULL) >> 56);
}

#if defined(__SSE2__)
// 0xFF in each lane of X holding a continuation byte (10xxxxxx), 0 in the others.
inline __m128i continuation_lanes(__m128i x) {
  return _mm_cmpeq_epi8(_mm_and_si128(x, _mm_set1_epi8(static_cast<char>(0xC0))), _mm_set1_epi8(static_cast<char>(0x80)));
}
#endif

// starts_in_word() for the 16 bytes at P, in a few vector instructions where SSE2 exists.
// Cursor::to_byte steps through whole blocks with it; count_starts only in builds without
// SSE2 (with it, count_starts sums many blocks' lanes at once).
size_t starts_in_block(const char* p) {
#if defined(__SSE2__)
  const __m128i continuation = continuation_lanes(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
  // 0xFF per continuation byte, negated to 1 and summed per half by SAD.
  __m128i sums = _mm_sad_epu8(_mm_sub_epi8(_mm_setzero_si128(), continuation), _mm_setzero_si128());
  return 16 - static_cast<size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
#else
  return starts_in_word(p) + starts_in_word(p + 8);
#endif
}

#if defined(__SSE2__)
// The code points starting in the first K (below 16) of the 16 bytes at P: the lanes past K
// are masked off by a window of 0xFF bytes then zeros.
size_t starts_in_prefix(const char* p, size_t k) {
  alignas(16) static constexpr unsigned char kWindow[32] = {
      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i keep = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kWindow + 16 - k));
  const __m128i continuation = _mm_and_si128(continuation_lanes(x), keep);
  const __m128i sums = _mm_sad_epu8(_mm_sub_epi8(_mm_setzero_si128(), continuation), _mm_setzero_si128());
  return k - static_cast<size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
}
#endif

// Code points starting in [b, e) of TEXT.
size_t count_starts(std::string_view text, size_t b, size_t e) {
  size_t n = 0;
#if defined(__SSE2__)
  // The continuation bytes counted per byte lane (a compare gives -1 where one is, so
  // subtracting it adds one) and summed across the lanes once per 255 blocks at most: a
  // sum per block (psadbw and two extracts) was half of each block's work.
  if (b + 16 <= e) {
    const size_t blocks = (e - b) / 16;
    n = blocks * 16;
    for (size_t done = 0; done < blocks;) {
      const size_t run = std::min<size_t>(blocks - done, 255);
      __m128i lanes = _mm_setzero_si128();
      for (size_t k = 0; k < run; ++k, b += 16) {
        lanes = _mm_sub_epi8(lanes, continuation_lanes(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + b))));
      }
      const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());  // each half below 2^16
      n -= static_cast<size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
      done += run;
    }
  }
#else
  for (; b + 16 <= e; b += 16) n += starts_in_block(text.data() + b);
#endif
#if defined(__SSE2__)
  // The rest in one masked step where sixteen bytes can be read: spans are converted a
  // sentence at a time, and the bytes after the last whole block were a loop of their own
  // for every offset.
  if (b < e && b + 16 <= text.size()) return n + starts_in_prefix(text.data() + b, e - b);
#endif
  for (; b + 8 <= e; b += 8) n += starts_in_word(text.data() + b);
  for (; b < e; ++b) n += !is_continuation(text[b]);
  return n;
}

}  // namespace

int32_t decode(std::string_view s, size_t i, size_t& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    len = 1;
    return c;
  }
  utf8proc_int32_t cp = -1;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0 || cp < 0) {
    len = 1;
    return -1;
  }
  len = static_cast<size_t>(n);
  return cp;
}

void append(std::string& out, int32_t cp) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

size_t length(std::string_view s) { return count_starts(s, 0, s.size()); }

size_t count_words(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    const bool w = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

bool is_valid(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    if (decode(s, i, len) < 0) return false;
    i += len;
  }
  return true;
}

Repair repair(std::string_view s) {
  Repair r;
  r.text.reserve(s.size());
  size_t run = 0;  // start of the pending valid run
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    if (decode(s, i, len) >= 0) {
      i += len;
      continue;
    }
    r.text.append(s.substr(run, i - run));
    r.text.append("\xEF\xBF\xBD");
    r.bad_offsets.push_back(i);
    ++i;
    run = i;
  }
  r.text.append(s.substr(run));
  return r;
}


bool OffsetMap::build_sparse() {
  const size_t n = text_.size();
  // At most one multi-byte code point per 192 bytes: then the list costs no more memory
  // than the checkpoints would.
  const size_t limit = n / 192 + 4;
  size_t extra = 0;
  for (size_t b = 0; b < n;) {
#if defined(__SSE2__)
    // Sixteen bytes of ASCII a step (the byte's top bits as a mask): most of a news text.
    if (b + 16 <= n && _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text_.data() + b))) == 0) {
      b += 16;
      continue;
    }
#endif
    if (b + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, text_.data() + b, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        b += 8;
        continue;
      }
    }
    auto c = static_cast<unsigned char>(text_[b]);
    if (c < 0x80) {
      ++b;
      continue;
    }
    // A continuation byte with no lead before it is a code point of its own in the
    // counting; the checkpoints handle such broken text.
    if (is_continuation(text_[b])) return false;
    size_t e = b + 1;
    while (e < n && is_continuation(text_[e])) ++e;
    if (e - b > 1) {
      if (wide_.size() == limit) return false;
      wide_.push_back(Wide{b - extra, b, extra + (e - b - 1)});
      extra += e - b - 1;
    }
    b = e;
  }
  cp_size_ = n - extra;
  sparse_ = true;
  return true;
}

OffsetMap::OffsetMap(std::string_view text) : text_(text) {
  if (build_sparse()) return;
  std::vector<Wide>().swap(wide_);
  checkpoints_.reserve(text.size() / kStride + 1);
  size_t cp = 0, b = 0;
  // A checkpoint is the byte where code point k*kStride starts. Whole words are counted at
  // once; a word that holds the next checkpoint's code point is walked byte by byte.
  for (; b + 8 <= text.size(); b += 8) {
    size_t k = starts_in_word(text.data() + b);
    size_t mark = checkpoints_.size() * kStride;
    if (cp + k > mark) {
      size_t c = cp;
      for (size_t i = b;; ++i) {
        if (is_continuation(text[i])) continue;
        if (c++ == mark) {
          checkpoints_.push_back(i);
          break;
        }
      }
    }
    cp += k;
  }
  for (; b < text.size(); ++b) {
    if (is_continuation(text[b])) continue;
    if (cp % kStride == 0) checkpoints_.push_back(b);
    ++cp;
  }
  cp_size_ = cp;
}

size_t OffsetMap::to_cp(size_t byte) const {
  byte = std::min(byte, text_.size());
  if (sparse_) {
    // The last multi-byte code point starting before BYTE.
    auto it = std::lower_bound(wide_.begin(), wide_.end(), byte, [](const Wide& w, size_t b) { return w.byte < b; });
    if (it == wide_.begin()) return byte;
    const Wide& w = *(it - 1);
    size_t own = w.extra - (it - 1 == wide_.begin() ? 0 : (it - 2)->extra);  // its continuation bytes
    return byte <= w.byte + own ? w.cp + 1 : byte - w.extra;
  }
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte);
  if (it == checkpoints_.begin()) return 0;
  --it;
  return static_cast<size_t>(it - checkpoints_.begin()) * kStride + count_starts(text_, *it, byte);
}

size_t OffsetMap::to_byte(size_t cp) const {
  size_t hint = 0;
  return to_byte(cp, hint);
}

size_t OffsetMap::to_byte(size_t cp, size_t& hint) const {
  if (cp >= cp_size_) return text_.size();
  if (sparse_) {
    // The multi-byte code points before CP add their continuation bytes. They are the first
    // `at` of them: the search starts at HINT when every one before HINT is before CP, and
    // steps a few forward before it halves what is left.
    size_t at = hint <= wide_.size() && (hint == 0 || wide_[hint - 1].cp < cp) ? hint : 0;
    for (size_t steps = 0; at < wide_.size() && wide_[at].cp < cp; ++at)
      if (++steps == 8) {
        at = static_cast<size_t>(std::lower_bound(wide_.begin() + static_cast<std::ptrdiff_t>(at), wide_.end(), cp,
                                                  [](const Wide& w, size_t c) { return w.cp < c; }) -
                                 wide_.begin());
        break;
      }
    hint = at;
    return cp + (at == 0 ? 0 : wide_[at - 1].extra);
  }
  size_t b = checkpoints_[cp / kStride];
  size_t c = cp - cp % kStride;  // the index of the code point starting at b
  // Whole words while the code point wanted starts after the word.
  for (size_t k; b + 8 <= text_.size() && c + (k = starts_in_word(text_.data() + b)) <= cp; b += 8) c += k;
  for (; b < text_.size(); ++b) {
    if (is_continuation(text_[b])) continue;
    if (c == cp) break;
    ++c;
  }
  return b;
}

Cursor::Cursor(std::string_view text) : text_(text) {}

Cursor::Cursor(const OffsetMap& map) : text_(map.text()), map_(&map) {}

const OffsetMap& Cursor::map() {
  if (!map_) map_ = &own_.emplace(text_);
  return *map_;
}

size_t Cursor::to_cp(size_t byte) {
  byte = std::min(byte, text_.size());
  if (byte < byte_ || (map_ && map_->sparse())) {
    byte_ = byte;
    cp_ = map().to_cp(byte);
  } else {
    cp_ += count_starts(text_, byte_, byte);
    byte_ = byte;
  }
  return cp_;
}

size_t Cursor::to_byte(size_t cp) {
  if (map_ && map_->sparse()) {
    byte_ = map_->to_byte(cp, wide_);
    cp_ = std::min(cp, map_->cp_size());
    return byte_;
  }
  if (cp < cp_) {
    byte_ = map().to_byte(cp);
    cp_ = std::min(cp, map().cp_size());
    return byte_;
  }
  size_t b = byte_, c = cp_;  // c: the index of the first code point starting at or after b
  // Whole blocks while the code point wanted starts after them.
  for (size_t k; b + 16 <= text_.size() && c + (k = starts_in_block(text_.data() + b)) <= cp; b += 16) c += k;
  for (size_t k; b + 8 <= text_.size() && c + (k = starts_in_word(text_.data() + b)) <= cp; b += 8) c += k;
  for (; b < text_.size(); ++b) {
    if (is_continuation(text_[b])) continue;
    if (c == cp) break;
    ++c;
  }
  byte_ = b;
  cp_ = c;
  return b;
}

}  // namespace dossier::utf8
