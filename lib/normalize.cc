#include "dossier/normalize.h"

#include <utf8proc.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include <fmt/core.h>

#include "dossier/utf8.h"

namespace dossier {

namespace {

bool is_space_cp(int32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\v' || cp == '\f') return true;
  if (cp < 0x80) return false;
  if (cp == 0x85) return true;
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

// Zero-width and format characters that carry no text: ZWSP, word joiner, BOM, soft hyphen.
bool is_invisible(int32_t cp) {
  return cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
}

bool is_control(int32_t cp) { return (cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0 && cp != 0x85); }

// Per code point below kPropertyTableSize: bit 0 = white space (Zs), bit 1 = combining
// mark. utf8proc answers these through two calls per character; the table is filled from
// the same calls once, for the scripts news text mostly uses.
constexpr int32_t kPropertyTableSize = 0x2100;
enum : unsigned char { kSpaceBit = 1, kCombiningBit = 2 };

unsigned char properties(int32_t cp) {
  static const std::vector<unsigned char> table = [] {
    std::vector<unsigned char> t(kPropertyTableSize);
    for (int32_t c = 0x80; c < kPropertyTableSize; ++c)
      t[static_cast<size_t>(c)] = static_cast<unsigned char>((is_space_cp(c) ? kSpaceBit : 0) |
                                                             (utf8proc_get_property(c)->combining_class != 0 ? kCombiningBit : 0));
    return t;
  }();
  if (cp < kPropertyTableSize) return table[static_cast<size_t>(cp)];
  return static_cast<unsigned char>((is_space_cp(cp) ? kSpaceBit : 0) |
                                    (utf8proc_get_property(cp)->combining_class != 0 ? kCombiningBit : 0));
}

bool is_graphic_ascii(unsigned char c) { return c > 0x20 && c < 0x7F; }

// The end of the run from I of printable ASCII words joined by single spaces (the bulk
// of news text), which normalization copies unchanged: the first byte that is a control,
// DEL or non-ASCII, or a space not followed by a printable byte. Sixteen bytes a step where
// SSE2 is there, then eight.
size_t plain_run_end(const unsigned char* p, size_t i, size_t n) {
#if defined(__SSE2__)
  // Sixteen bytes a step, each with the byte after it (loaded one further on).
  const __m128i low = _mm_set1_epi8(0x1F), del = _mm_set1_epi8(0x7F), blank = _mm_set1_epi8(' ');
  auto unusual = [&](__m128i v) {  // < 0x20 or >= 0x7F
    return _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, low), v), _mm_cmpeq_epi8(_mm_max_epu8(v, del), v));
  };
  while (i + 17 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
    const __m128i next_unprintable = _mm_or_si128(unusual(next), _mm_cmpeq_epi8(next, blank));
    const __m128i stop = _mm_or_si128(unusual(v), _mm_and_si128(_mm_cmpeq_epi8(v, blank), next_unprintable));
    if (const auto bits = static_cast<unsigned>(_mm_movemask_epi8(stop))) return i + static_cast<size_t>(__builtin_ctz(bits));
    i += 16;
  }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__  // byte k = bits 8k..8k+7
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL, kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    uint64_t low7 = w & kLow7;
    uint64_t special = ((w | (low7 + kOnes)) | ~(low7 + 0x60 * kOnes)) & kHigh;  // >= 0x7F or < 0x20
    uint64_t x = w ^ (0x20 * kOnes);
    uint64_t space = ~(((x & kLow7) + kLow7) | x) & kHigh;  // exactly the bytes equal to ' '
    uint64_t next_unprintable = (special | space) >> 8;       // for byte k: is byte k+1 no printable?
    if (i + 8 >= n || !is_graphic_ascii(p[i + 8])) next_unprintable |= uint64_t{1} << 63;
    uint64_t stop = special | (space & next_unprintable);
    if (stop) return i + static_cast<size_t>(__builtin_ctzll(stop) >> 3);
    i += 8;
  }
#endif
  while (i < n) {
    if (is_graphic_ascii(p[i])) {
      ++i;
    } else if (p[i] == ' ' && i + 1 < n && is_graphic_ascii(p[i + 1])) {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

// Normalizes LINE into OUT (see normalize_line) and counts its control characters. Returns
// false, leaving OUT unspecified, when LINE is not valid UTF-8: the caller repairs it first.
bool normalize_checked(std::string_view line, std::string& out, size_t& controls) {
  out.clear();
  controls = 0;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(line.data());
  const size_t n = line.size();
  bool pending_space = false;
  bool combining = false;
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (is_graphic_ascii(c)) {
      // Words and the single spaces between them are copied as one piece.
      size_t j = plain_run_end(p, i, n);
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(line.data() + i, j - i);
      i = j;
      continue;
    }
    if (c < 0x80) {
      ++i;
      if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
        pending_space = !out.empty();
        continue;
      }
      if (is_control(c)) {
        ++controls;
        continue;
      }
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(c));
      continue;
    }
    size_t len;
    int32_t cp = utf8::decode(line, i, len);
    if (cp < 0) return false;
    std::string_view bytes = line.substr(i, len);
    i += len;
    unsigned char props = properties(cp);
    if (props & kSpaceBit) {
      pending_space = !out.empty();
      continue;
    }
    if (is_invisible(cp) || is_control(cp)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (props & kCombiningBit) combining = true;
    out.append(bytes);
  }
  if (combining) {
    // Decomposed accents ("e" + U+0301) are composed so that names compare equal.
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> nfc(
        utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(out.c_str())), &std::free);
    if (nfc) out = reinterpret_cast<const char*>(nfc.get());
  }
  return true;
}

}  // namespace

bool looks_binary(std::string_view raw) { return std::memchr(raw.data(), '\0', raw.size()) != nullptr; }

std::string normalize_line(std::string_view line) {
  std::string out;
  size_t controls = 0;
  if (!normalize_checked(line, out, controls)) normalize_checked(utf8::repair(line).text, out, controls);
  return out;
}

NormalizedLines normalize_lines(std::string_view raw) {
  NormalizedLines r;
  size_t base = 0;  // byte offset of raw[0] in the file
  if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") {
    raw.remove_prefix(3);
    base = 3;
  }
  int64_t number = 0;
  size_t pos = 0;
  // Most texts have no '\r' at all: one look over the text spares them a search per line.
  const bool has_cr = !raw.empty() && std::memchr(raw.data(), '\r', raw.size()) != nullptr;
  while (pos <= raw.size()) {
    if (pos == raw.size() && (raw.empty() || raw.back() == '\n' || raw.back() == '\r')) break;
    // The line ends at the first '\n' or '\r' (memchr runs many bytes a step; '\r' is rare).
    const char* nl = static_cast<const char*>(std::memchr(raw.data() + pos, '\n', raw.size() - pos));
    size_t end = nl ? static_cast<size_t>(nl - raw.data()) : raw.size();
    if (const void* cr = has_cr ? std::memchr(raw.data() + pos, '\r', end - pos) : nullptr)
      end = static_cast<size_t>(static_cast<const char*>(cr) - raw.data());
    std::string_view line = raw.substr(pos, end - pos);
    ++number;
    size_t line_start = pos + base;
    if (end < raw.size() && raw[end] == '\r' && end + 1 < raw.size() && raw[end + 1] == '\n') ++end;
    pos = end + 1;

    // One pass normalizes a valid line and counts its controls; an invalid one is
    // repaired first.
    // The line's own string is written in place and moved into the result (copying it
    // from a buffer kept across lines cost a memcpy per line for the same one allocation).
    std::string text;
    if (!line.empty()) text.reserve(line.size());
    size_t controls = 0;
    if (!normalize_checked(line, text, controls)) {
      utf8::Repair rep = utf8::repair(line);
      r.warnings.push_back(Warning{
          "invalid-utf8",
          fmt::format("{} invalid UTF-8 byte{} replaced with U+FFFD (first at byte {})", rep.bad_offsets.size(),
                      rep.bad_offsets.size() == 1 ? "" : "s", line_start + rep.bad_offsets.front()),
          static_cast<int64_t>(line_start + rep.bad_offsets.front()), number});
      normalize_checked(rep.text, text, controls);
    }
    if (controls > 0) {
      r.warnings.push_back(Warning{"control-characters",
                                   fmt::format("{} control character{} removed", controls, controls == 1 ? "" : "s"),
                                   static_cast<int64_t>(line_start), number});
    }
    r.lines.push_back(Line{std::move(text), number});
  }
  return r;
}

}  // namespace dossier
