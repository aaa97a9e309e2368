// Regular expressions made cheaper to compile. The loosened form loses no match: the rule
// table (boilerplate/rules.cc) and the metadata patterns (metadata.cc) compile it first and
// the exact pattern only for a line it matches, so it must match wherever the exact one
// does. The ASCII form matches as the exact pattern only where its letter classes can meet
// nothing but ASCII: the dateline reader and the metadata patterns use it there and the
// exact pattern elsewhere. Tested by tests/unit/regex_loosen_test.cc.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

namespace dossier::detail {

// PATTERN (RE2 syntax) as a pattern that matches wherever PATTERN does:
// - each letter class (\p{L}, \p{Lu}, \p{Ll}, \p{Lt}, \p{Lm}, \p{Lo}) outside a negated
//   class is made the ASCII letters and every character outside ASCII, a few ranges where
//   RE2 compiles the Unicode class into hundreds (a few M instructions a copy); inside a
//   negated class ("[^...]") it is left as it is, since widening it there would narrow the
//   class;
// - with RELAX_FROM, each bounded repetition outside a class whose upper bound is
//   RELAX_FROM or more ("{1,30}") is made unbounded ("{1,}"): RE2 compiles a bound as that
//   many copies of its operand.
// Any other letter class (\pL, \P{L}, \p{^L}) is left as it is. PATTERN is returned
// unchanged when it holds "[:" (a POSIX class, whose "]" would be taken for its class's
// end), "\Q" (a quoted literal, where "\p{L}" or "{1,30}" is text) or a class left open:
// where a class begins and ends, and so which letter classes are negated, is not known.
std::string loosened_pattern(std::string_view pattern,
                             size_t relax_from = std::numeric_limits<size_t>::max());

// PATTERN with each \p{L}, \p{Lu} and \p{Ll} outside a negated class made its ASCII
// letters (a-zA-Z, A-Z, a-z); the rest, and a pattern loosened_pattern leaves unchanged,
// as it is. On a text where no match of PATTERN can take a character outside ASCII at one
// of those classes (the caller knows where they can reach), both patterns match the same
// spans and groups; the ASCII form compiles at a small fraction of the cost.
std::string ascii_letters_pattern(std::string_view pattern);

// Whether every byte of TEXT is ASCII: where a pattern's letter classes can reach only
// TEXT, its ASCII form (above) gives its matches.
inline bool all_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace dossier::detail
