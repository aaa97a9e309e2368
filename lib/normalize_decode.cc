// Text in UTF-16 or UTF-32, which Windows tools write with a byte order mark, decoded to
// UTF-8 through iconv (glibc's). Tested by tests/unit/normalize_test.cc.
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/core.h>

#include "dossier/normalize.h"

namespace dossier {

namespace {

struct Wide {
  const char* bom;
  size_t bom_size;
  const char* encoding;  // iconv's name of the encoding without the mark
  size_t unit;           // bytes of one code unit
  const char* name;      // as a warning names it
};

// UTF-32LE before UTF-16LE: FF FE 00 00 also opens with FF FE.
constexpr Wide kWide[] = {
    {"\xFF\xFE\x00\x00", 4, "UTF-32LE", 4, "UTF-32"},
    {"\x00\x00\xFE\xFF", 4, "UTF-32BE", 4, "UTF-32"},
    {"\xFF\xFE", 2, "UTF-16LE", 2, "UTF-16"},
    {"\xFE\xFF", 2, "UTF-16BE", 2, "UTF-16"},
};

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

std::optional<std::string> decode_wide(std::string_view raw, std::vector<Warning>* warnings) {
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
  size_t replaced = 0, first_in = 0, first_out = 0;  // the first: raw and decoded byte offsets
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
    // becomes U+FFFD, as invalid UTF-8 does, and is counted for the warning.
    if (replaced++ == 0) {
      first_in = static_cast<size_t>(in - raw.data());
      first_out = static_cast<size_t>(to - out.data());
    }
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
  if (warnings && replaced > 0) {
    // Lines as normalize_lines counts them: a line ends at \n, \r or \r\n.
    int64_t line = 1;
    for (size_t i = 0; i < first_out; ++i)
      if (out[i] == '\n' || (out[i] == '\r' && (i + 1 >= out.size() || out[i + 1] != '\n'))) ++line;
    std::string code = w->unit == 2 ? "invalid-utf16" : "invalid-utf32";
    warnings->push_back(Warning{code,
                                fmt::format("{} invalid {} code unit{} replaced with U+FFFD (first at byte {})", replaced,
                                            w->name, replaced == 1 ? "" : "s", first_in),
                                static_cast<int64_t>(first_in), line});
  }
  return out;
}

}  // namespace dossier
