// Private to the entities module: the character classes, UTF-8 decoding and case folding
// that the tokenizer (text.cc) and the folding functions (fold.cc) share, inline because
// the tokenizer calls them once or more per byte.
#pragma once

#include <utf8proc.h>

#include <cstdint>
#include <cstring>
#include <string_view>

#include "dossier/utf8.h"
#include "text.h"

namespace dossier::entities_detail::chars {

inline bool is_letter(int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp < 0) return false;
  auto cat = utf8proc_category(cp);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_MN;
}

inline bool is_digit(int32_t cp) { return cp >= '0' && cp <= '9'; }
inline bool is_alnum(int32_t cp) { return is_digit(cp) || is_letter(cp); }

inline bool is_upper(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

inline bool is_lower(int32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

inline bool is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
inline bool is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

// utf8::decode with the ASCII case inline (the tokenizer's hot path).
inline int32_t decode_at(std::string_view s, size_t i, size_t& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    len = 1;
    return c;
  }
  return utf8::decode(s, i, len);
}

// The little-endian value of the LEN (< 8) bytes at P, as FoldedHasher groups them. No
// byte past P + LEN is read (the text may end there), and no loop per byte: from 4 bytes
// on, two loads of four that overlap (each byte lands at its own place in both, so their
// OR is the bytes' value); under 4, the first, middle and last bytes, which are all of them.
inline uint64_t load_group(const unsigned char* p, size_t len) {
  if (len >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, p, 4);
    std::memcpy(&tail, p + len - 4, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    head = __builtin_bswap32(head);
    tail = __builtin_bswap32(tail);
#endif
    return uint64_t{head} | uint64_t{tail} << (8 * (len - 4));
  }
  if (len == 0) return 0;
  return uint64_t{p[0]} | uint64_t{p[len / 2]} << (8 * (len / 2)) | uint64_t{p[len - 1]} << (8 * (len - 1));
}

inline uint64_t load_group8(const unsigned char* p) {
  uint64_t g;
  std::memcpy(&g, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  g = __builtin_bswap64(g);
#endif
  return g;
}

// The hash of a token of one ASCII byte (punctuation).
inline uint64_t hash_byte(unsigned char c) { return FoldedHasher::finish(FoldedHasher::mix(FoldedHasher::kSeed, c), 1); }

// Bytes 10xxxxxx, which start no code point (utf8::Cursor counts the others).
inline size_t continuation_bytes(const unsigned char* p, size_t len) {
  size_t k = 0;
  for (size_t i = 0; i < len; ++i) k += (p[i] & 0xC0) == 0x80;
  return k;
}

// Calls EMIT with each byte of fold(S): ASCII lowered, other code points lowered by
// utf8proc, U+2019 as an apostrophe, invalid bytes as they are. fold() and hash_fold() are
// both made of it, so the hash of a word is always the hash of its folded form.
template <typename Emit>
inline void fold_bytes(std::string_view s, Emit&& emit) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      emit(c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c);
      ++i;
      continue;
    }
    size_t len = 0;
    int32_t cp = utf8::decode(s, i, len);
    if (cp == 0x2019) cp = '\'';
    if (cp < 0) {
      for (size_t k = 0; k < len; ++k) emit(static_cast<unsigned char>(s[i + k]));
    } else {
      utf8proc_uint8_t buf[4];
      utf8proc_ssize_t n = utf8proc_encode_char(utf8proc_tolower(cp), buf);
      for (utf8proc_ssize_t k = 0; k < n; ++k) emit(buf[k]);
    }
    i += len;
  }
}

// GROUP's bytes with 'A'..'Z' lowered, eight at a time; every byte must be below 0x80 (no
// carry then leaves a byte). A byte at 'A' or above reaches 0x80 when 0x80 - 'A' is added
// to it, a byte above 'Z' when 0x80 - 'Z' - 1 is; the bytes between get 0x20.
inline uint64_t lower_ascii8(uint64_t group) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  const uint64_t from_a = group + kOnes * (0x80 - 'A');
  const uint64_t past_z = group + kOnes * (0x80 - 'Z' - 1);
  return group | ((from_a & ~past_z & kOnes * 0x80) >> 2);
}

// hash_folded(fold(s)) without building the folded string. An ASCII word (nearly every
// word of the word lists, hashed at start-up) is lowered and hashed eight bytes at a time,
// as hash_folded() takes them, not byte by byte through the hasher.
inline uint64_t hash_fold(std::string_view s) {
  {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    uint64_t h = FoldedHasher::kSeed, bytes = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      const uint64_t g = load_group8(p + i);
      bytes |= g;
      h = FoldedHasher::mix(h, lower_ascii8(g));
    }
    if (i < n) {
      const uint64_t g = load_group(p + i, n - i);
      bytes |= g;
      h = FoldedHasher::mix(h, lower_ascii8(g));
    }
    if (!(bytes & 0x8080808080808080ULL)) return FoldedHasher::finish(h, n);
  }
  FoldedHasher h;
  fold_bytes(s, [&h](unsigned char c) { h.add(c); });
  return h.done();
}

}  // namespace dossier::entities_detail::chars
