// Text in UTF-16 or UTF-32, which Windows tools write with a byte order mark, decoded to
// UTF-8 through iconv (glibc's). Tested by tests/unit/normalize_test.cc.
#include <iconv.h>

#include <cerrno>
#include <cstring>

#include "dossier/normalize.h"

namespace dossier {

namespace {

struct Wide {
  const char* bom;
  size_t bom_size;
  const char* encoding;  // iconv's name of the encoding without the mark
  size_t unit;           // bytes of one code unit
};

// UTF-32LE before UTF-16LE: FF FE 00 00 also opens with FF FE.
constexpr Wide kWide[] = {
    {"\xFF\xFE\x00\x00", 4, "UTF-32LE", 4},
    {"\x00\x00\xFE\xFF", 4, "UTF-32BE", 4},
    {"\xFF\xFE", 2, "UTF-16LE", 2},
    {"\xFE\xFF", 2, "UTF-16BE", 2},
};

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

std::optional<std::string> decode_wide(std::string_view raw) {
  const Wide* w = nullptr;
  for (const auto& c : kWide)
    if (raw.size() >= c.bom_size && std::memcmp(raw.data(), c.bom, c.bom_size) == 0) {
      w = &c;
      break;
    }
  if (!w) return std::nullopt;
  iconv_t cd = ::iconv_open("UTF-8", w->encoding);
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out;
  out.resize(raw.size() * 2 + 16);  // UTF-8 never takes more than twice the bytes of UTF-16 or UTF-32
  char* in = const_cast<char*>(raw.data() + w->bom_size);
  size_t in_left = raw.size() - w->bom_size;
  char* to = &out[0];
  size_t to_left = out.size();
  while (in_left > 0) {
    if (::iconv(cd, &in, &in_left, &to, &to_left) != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) {  // not expected (see the size above), but never write past the end
      size_t done = static_cast<size_t>(to - out.data());
      out.resize(out.size() * 2);
      to = &out[done];
      to_left = out.size() - done;
      continue;
    }
    // An invalid unit (a lone surrogate, a value past U+10FFFF) or a truncated last one
    // becomes U+FFFD, as invalid UTF-8 does; normalization then reports nothing more.
    if (to_left < sizeof kReplacement) {
      size_t done = static_cast<size_t>(to - out.data());
      out.resize(out.size() + 64);
      to = &out[done];
      to_left = out.size() - done;
    }
    std::memcpy(to, kReplacement, sizeof kReplacement - 1);
    to += sizeof kReplacement - 1;
    to_left -= sizeof kReplacement - 1;
    size_t skip = std::min(in_left, w->unit);
    in += skip;
    in_left -= skip;
  }
  ::iconv_close(cd);
  out.resize(static_cast<size_t>(to - out.data()));
  return out;
}

}  // namespace dossier
