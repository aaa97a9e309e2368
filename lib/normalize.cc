#include "dossier/normalize.h"

#include <utf8proc.h>

#include <cstdlib>
#include <cstring>
#include <memory>

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

}  // namespace

bool looks_binary(std::string_view raw) { return std::memchr(raw.data(), '\0', raw.size()) != nullptr; }

std::string normalize_line(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  bool pending_space = false;
  bool combining = false;
  for (size_t i = 0; i < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    // Fast path: a run of printable ASCII other than space is copied as it is.
    if (c > 0x20 && c < 0x7F) {
      size_t j = i + 1;
      while (j < line.size() && static_cast<unsigned char>(line[j]) > 0x20 && static_cast<unsigned char>(line[j]) < 0x7F) ++j;
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
      if (is_control(c)) continue;
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(c));
      continue;
    }
    size_t len;
    int32_t cp = utf8::decode(line, i, len);
    std::string_view bytes = line.substr(i, len);
    i += len;
    if (cp < 0) continue;
    if (is_space_cp(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (is_invisible(cp) || is_control(cp)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (utf8proc_get_property(cp)->combining_class != 0) combining = true;
    out.append(bytes);
  }
  if (combining) {
    // Decomposed accents ("e" + U+0301) are composed so that names compare equal.
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> nfc(
        utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(out.c_str())), &std::free);
    if (nfc) out = reinterpret_cast<const char*>(nfc.get());
  }
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
  while (pos <= raw.size()) {
    if (pos == raw.size() && (raw.empty() || raw.back() == '\n' || raw.back() == '\r')) break;
    size_t end = pos;
    while (end < raw.size() && raw[end] != '\n' && raw[end] != '\r') ++end;
    std::string_view line = raw.substr(pos, end - pos);
    ++number;
    size_t line_start = pos + base;
    if (end < raw.size() && raw[end] == '\r' && end + 1 < raw.size() && raw[end + 1] == '\n') ++end;
    pos = end + 1;

    std::string repaired;
    if (!utf8::is_valid(line)) {
      utf8::Repair rep = utf8::repair(line);
      r.warnings.push_back(Warning{
          "invalid-utf8",
          fmt::format("{} invalid UTF-8 byte{} replaced with U+FFFD (first at byte {})", rep.bad_offsets.size(),
                      rep.bad_offsets.size() == 1 ? "" : "s", line_start + rep.bad_offsets.front()),
          static_cast<int64_t>(line_start + rep.bad_offsets.front()), number});
      repaired = std::move(rep.text);
      line = repaired;
    }
    size_t controls = 0;
    for (unsigned char c : line)
      if ((c < 0x20 && c != '\t' && c != '\v' && c != '\f') || c == 0x7F) ++controls;
    if (controls > 0) {
      r.warnings.push_back(Warning{"control-characters",
                                   fmt::format("{} control character{} removed", controls, controls == 1 ? "" : "s"),
                                   static_cast<int64_t>(line_start), number});
    }
    r.lines.push_back(Line{normalize_line(line), number});
  }
  return r;
}

}  // namespace dossier
