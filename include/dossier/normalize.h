// Raw bytes to normalized lines: BOM and CR/LF handled, invalid UTF-8 repaired (with a
// warning that says where), Unicode white space folded to single spaces, invisible format
// characters dropped, lines with combining marks composed to NFC. Quote marks and dashes
// are kept as written.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"

namespace dossier {

struct Line {
  std::string text;    // normalized, trimmed; empty for a blank line
  int64_t number = 0;  // 1-based line number in the raw input
};

struct NormalizedLines {
  std::vector<Line> lines;
  std::vector<Warning> warnings;  // invalid-utf8, control-characters (at = raw byte offset)
};

// RAW decoded to UTF-8 when it opens with a UTF-16 or UTF-32 byte order mark (the mark
// dropped, units that are not text replaced with U+FFFD); nullopt for anything else,
// which is read as UTF-8.
// With WARNINGS, units replaced are reported there as one warning (code invalid-utf16 or
// invalid-utf32, at = the raw byte offset of the first, line = its line), as normalize_lines
// reports invalid UTF-8.
std::optional<std::string> decode_wide(std::string_view raw, std::vector<Warning>* warnings = nullptr);

// True when RAW looks like a binary file (a NUL byte in its first 64 KiB, or anywhere).
bool looks_binary(std::string_view raw);

NormalizedLines normalize_lines(std::string_view raw);

// Normalizes the white space of one line (the per-line step above); invalid UTF-8 is
// repaired first, as normalize_lines does.
std::string normalize_line(std::string_view line);

}  // namespace dossier
