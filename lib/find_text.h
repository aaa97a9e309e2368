// A substring search for the short needles of the line tests (metadata.cc) and the rule
// prefilters (boilerplate/rule_prefilter.cc), which run over every block of a page.
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dossier::detail {

// Where NEEDLE (two bytes or more) first occurs in TEXT at or after FROM, or npos. Both
// std::string::find and glibc's memmem showed in the profile at several instructions a
// byte on every content block; this compares the needle's first byte and its last byte
// that is no space sixteen positions a step (SSE2) and the rest only where both agree. A
// trailing space is a poor probe: "told " by its 't' and its space meets every "that ".
inline size_t find_text(std::string_view text, std::string_view needle, size_t from = 0) {
  const size_t n = text.size(), m = needle.size();
  if (m < 2 || from > n || n - from < m) return text.find(needle, from);
  size_t i = from;
#if defined(__SSE2__)
  size_t probe = m - 1;
  while (probe > 1 && needle[probe] == ' ') --probe;
  const __m128i first = _mm_set1_epi8(needle[0]), second = _mm_set1_epi8(needle[probe]);
  for (; i + m - 1 + 16 <= n; i += 16) {
    __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + probe));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, second))));
    for (; mask != 0; mask &= mask - 1) {
      size_t at = i + static_cast<size_t>(__builtin_ctz(mask));
      if (std::memcmp(text.data() + at + 1, needle.data() + 1, m - 1) == 0) return at;
    }
  }
#endif
  return text.find(needle, i);
}

}  // namespace dossier::detail
