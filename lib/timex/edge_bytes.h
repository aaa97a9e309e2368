// Private to the timex module: which bytes a match of a pattern can begin and end with, read
// from the pattern's text, how short a match can be and which bytes every match holds. The
// scanner tries a rule on a piece only when the rule may begin with the piece's first byte,
// end with its last, be as short as the piece and find in it every byte it needs, so the
// answers err only towards more bytes, shorter matches and fewer needs, never the other way.
#pragma once

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::timex::grammar {

struct EdgeBytes {
  std::bitset<256> first;  // the bytes a match may begin with
  std::bitset<256> last;   // the bytes a match may end with
  size_t min_length = 0;   // the fewest characters a match holds (so at least as many bytes)
  // What every match holds: a byte below 0x80 (a letter in lower case, for either case),
  // kAnyDigit for some digit.
  std::bitset<128> needs;
};

// The bit of EdgeBytes::needs and of piece_bytes that stands for any digit (no digit has
// one of its own).
constexpr size_t kAnyDigit = '0';

// The bits of PIECE to test a rule's needs against: each byte below 0x80 (letters in lower
// case, digits as kAnyDigit).
std::bitset<128> piece_bytes(std::string_view piece);

// The edge bytes of the matches of PATTERN (RE2 syntax, matched with capitals folded, as the
// scanner's rules are). Every letter counts in both cases, and a letter or any character
// beyond ASCII lets in every byte from 0x80 (case folding reaches the Kelvin sign and the
// long s). Every byte at both edges and a length of 0 when the pattern can match the empty
// text or holds syntax not read here. Its needs are what every match holds: a byte outside
// the letters, a letter in either case but "k" and "s" (the Kelvin sign and the long s fold to
// them), a digit; none when the pattern is not read, nothing where a choice or an option may
// go without it. A rule whose needs a piece lacks cannot match the piece.
EdgeBytes edge_bytes(std::string_view pattern);

// The clauses of strings every match of PATTERN holds in ASCII text (needed_words.h): one
// string of each. None when the pattern cannot be read here.
std::vector<std::vector<std::string>> needed_words(std::string_view pattern);

}  // namespace dossier::timex::grammar
