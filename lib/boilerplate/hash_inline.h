// The word hash behind hash_text (internal.h), inline for the loops that hash every word
// of a line (line_shape, the long-word sets of the title features).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace dossier::boilerplate::hash_detail {

// Eight bytes a step (a byte at a time cost a multiply's latency per byte, on every word
// of every line): each little-endian 8-byte chunk, the last one zero-padded, is mixed in.
// Chunks are read as little-endian numbers whatever the machine, so that weights files
// mean the same everywhere.

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
inline uint64_t load8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// The last K (1 to 7) bytes of S, zero-padded, without a call to memcpy for a variable
// size (its call and the store it reads back from were a tenth of line_shape's time):
// the eight bytes ending there shifted down when S has them, else overlapping loads.
inline uint64_t load_tail(std::string_view s, size_t k) {
  const char* p = s.data() + s.size() - k;
  if (s.size() >= 8) return load8(s.data() + s.size() - 8) >> (8 * (8 - k));
  if (k >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + k - 4, 4);
    return uint64_t{lo} | uint64_t{hi} << (8 * (k - 4));
  }
  const auto byte = [&](size_t b) { return uint64_t{static_cast<unsigned char>(p[b])} << (8 * b); };
  return byte(0) | byte(k / 2) | byte(k - 1);
}
#else
inline uint64_t load_le(const char* p, size_t k) {
  uint64_t w = 0;
  for (size_t b = 0; b < k; ++b) w |= uint64_t{static_cast<unsigned char>(p[b])} << (8 * b);
  return w;
}
inline uint64_t load8(const char* p) { return load_le(p, 8); }
inline uint64_t load_tail(std::string_view s, size_t k) { return load_le(s.data() + s.size() - k, k); }
#endif

// The hash itself, inline: line_shape and long_words hash every word they keep, and the
// call to hash_text (not inlined) was a sixth of line_shape's time.
inline uint64_t hash_bytes(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ (s.size() * 0xC2B2AE3D27D4EB4FULL);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    h = (h ^ load8(s.data() + i)) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  if (i < s.size()) {
    h = (h ^ load_tail(s, s.size() - i)) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  h *= 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 29);
}

}  // namespace dossier::boilerplate::hash_detail
