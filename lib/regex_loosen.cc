#include "regex_loosen.h"

#include <limits>

namespace dossier::detail {

namespace {

// The ASCII letters and every character outside ASCII: every letter, in a few ranges.
constexpr std::string_view kLoosenAnyLetter = "a-zA-Z\\x{80}-\\x{10FFFF}";

// The length of the letter class (\p{L}, or \p{L} and one lower-case letter: \p{Lu}) at AT
// in PATTERN, which holds a backslash there; 0 when none is there.
size_t loosen_letter_class_at(std::string_view pattern, size_t at) {
  if (pattern.compare(at, 4, "\\p{L") != 0) return 0;
  if (at + 4 < pattern.size() && pattern[at + 4] == '}') return 5;
  if (at + 5 < pattern.size() && pattern[at + 4] >= 'a' && pattern[at + 4] <= 'z' && pattern[at + 5] == '}') return 6;
  return 0;
}

// The number of decimal digits in PATTERN from AT, and their value in *VALUE.
size_t loosen_digits_at(std::string_view pattern, size_t at, size_t* value) {
  size_t j = at;
  *value = 0;
  while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9') *value = *value * 10 + static_cast<size_t>(pattern[j++] - '0');
  return j - at;
}

// PATTERN with each letter class outside a negated class rewritten as LETTERS gives for its
// name ("L", "Lu"...; an empty answer leaves the class as it is), and with each bounded
// repetition outside a class whose upper bound is RELAX_FROM or more made unbounded.
template <class Letters>
std::string rewritten_pattern(std::string_view pattern, size_t relax_from, Letters letters) {
  const std::string unchanged(pattern);
  if (pattern.find("[:") != std::string_view::npos || pattern.find("\\Q") != std::string_view::npos) return unchanged;
  std::string out;
  out.reserve(pattern.size() + 32);
  bool in_class = false, negated = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      if (i + 1 == pattern.size()) return unchanged;  // a trailing backslash: no pattern
      const size_t length = negated ? 0 : loosen_letter_class_at(pattern, i);
      const std::string_view members = length > 0 ? letters(pattern.substr(i + 3, length - 4)) : std::string_view();
      if (!members.empty()) {
        if (in_class) {
          out += members;
        } else {
          out += '[';
          out += members;
          out += ']';
        }
        i += length - 1;
        continue;
      }
      out += c;
      out += pattern[++i];  // an escaped character is never a class's bracket or a bound
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = negated = false;
    } else if (c == '[') {
      in_class = true;
      out += c;
      negated = i + 1 < pattern.size() && pattern[i + 1] == '^';
      if (negated) out += pattern[++i];
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];  // "[]...]" holds a ']'
      continue;
    } else if (c == '{') {
      size_t low = 0, high = 0;
      const size_t low_digits = loosen_digits_at(pattern, i + 1, &low);
      const size_t comma = i + 1 + low_digits;
      if (low_digits > 0 && comma < pattern.size() && pattern[comma] == ',') {
        const size_t high_digits = loosen_digits_at(pattern, comma + 1, &high);
        const size_t close = comma + 1 + high_digits;
        if (high_digits > 0 && close < pattern.size() && pattern[close] == '}' && high >= relax_from && low <= high) {
          out += pattern.substr(i, comma + 1 - i);
          out += '}';
          i = close;
          continue;
        }
      }
    }
    out += c;
  }
  return in_class ? unchanged : out;
}

}  // namespace

std::string loosened_pattern(std::string_view pattern, size_t relax_from) {
  return rewritten_pattern(pattern, relax_from, [](std::string_view) { return kLoosenAnyLetter; });
}

std::string ascii_letters_pattern(std::string_view pattern) {
  return rewritten_pattern(pattern, std::numeric_limits<size_t>::max(), [](std::string_view name) {
    return name == "L" ? std::string_view("a-zA-Z") : name == "Lu" ? std::string_view("A-Z") : name == "Ll" ? std::string_view("a-z") : std::string_view();
  });
}

}  // namespace dossier::detail
