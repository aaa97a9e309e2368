// What the JSON writer (jsonl.cc) and the reader of its own form (jsonl_document.cc) must
// agree on: which bytes of a string are escaped, and how.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "dossier/document.h"
#include "dossier/jsonl.h"

namespace dossier::jsonl::detail {

inline constexpr uint64_t kOnes = 0x0101010101010101ull;
inline constexpr uint64_t kHighs = 0x8080808080808080ull;

// The high bit of each byte of W that nlohmann would escape (control characters, '"',
// '\\'), and of each non-ASCII byte unless the string is known to be valid UTF-8. Only the
// lowest set bit is exact (a borrow may mark bytes above it), which is all the scan needs.
inline uint64_t special_bytes(uint64_t w, bool utf8_checked) {
  uint64_t control = (w - kOnes * 0x20) & ~w & kHighs;
  uint64_t q = w ^ (kOnes * '"');
  uint64_t quote = (q - kOnes) & ~q & kHighs;
  uint64_t b = w ^ (kOnes * '\\');
  uint64_t backslash = (b - kOnes) & ~b & kHighs;
  return control | quote | backslash | (utf8_checked ? 0 : (w & kHighs));
}

inline bool special_byte(unsigned char c, bool utf8_checked) {
  return c < 0x20 || c == '"' || c == '\\' || (c >= 0x80 && !utf8_checked);
}

// The first byte from P on that may need a look (or END): sixteen bytes at a time where
// SSE2 is there (exactly), then eight (where a byte below it marked only by a borrow may
// come back too; callers look again), then one by one. Strings are mostly long runs of
// plain text, so this scan is most of what reading and writing them costs.
inline const char* skip_plain(const char* p, const char* end, bool utf8_checked) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i below_space = _mm_set1_epi8(0x1F);
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, below_space), v);  // v <= 0x1F
    const __m128i m = _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
    auto bits = static_cast<unsigned>(_mm_movemask_epi8(m));
    if (!utf8_checked) bits |= static_cast<unsigned>(_mm_movemask_epi8(v));  // non-ASCII
    if (bits) return p + __builtin_ctz(bits);
    p += 16;
  }
#endif
  while (end - p >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    if (uint64_t m = special_bytes(w, utf8_checked)) return p + __builtin_ctzll(m) / 8;  // little-endian
    p += 8;
  }
  while (p < end && !special_byte(static_cast<unsigned char>(*p), utf8_checked)) ++p;
  return p;
}

// What nlohmann writes for a byte of valid UTF-8 inside a string: 0 = the byte itself,
// otherwise the letter of a short escape, or 'u' for \u00xx (in lowercase hex).
struct EscapeTable {
  char code[256] = {};
  constexpr EscapeTable() {
    for (int c = 0; c < 0x20; ++c) code[c] = 'u';
    code[static_cast<unsigned char>('\b')] = 'b';
    code[static_cast<unsigned char>('\t')] = 't';
    code[static_cast<unsigned char>('\n')] = 'n';
    code[static_cast<unsigned char>('\f')] = 'f';
    code[static_cast<unsigned char>('\r')] = 'r';
    code[static_cast<unsigned char>('"')] = '"';
    code[static_cast<unsigned char>('\\')] = '\\';
  }
};
inline constexpr EscapeTable kEscapes;
inline constexpr char kHexDigits[] = "0123456789abcdef";

// Where each top-level field's value is in a line (empty when absent).
using RawFields = std::array<std::string_view, static_cast<size_t>(Field::kCount)>;

// When LINE is exactly what the writer writes for some document, reads into D the fields
// WANTED names (D may be null: then LINE is only checked), notes where each field is in
// FIELDS, and returns true. Otherwise returns false, and D and FIELDS are unspecified.
bool read_writer_form(std::string_view line, FieldSet wanted, Document* d, RawFields& fields);

}  // namespace dossier::jsonl::detail
