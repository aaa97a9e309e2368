// Private to the timex module: which bytes a match of a pattern can begin and end with, read
// from the pattern's text, and how short a match can be. The scanner tries a rule on a piece
// only when the rule may begin with the piece's first byte, end with its last and be as short
// as the piece, so the answers err only towards more bytes and shorter matches, never less.
#pragma once

#include <bitset>
#include <cstddef>
#include <string_view>

namespace dossier::timex::grammar {

struct EdgeBytes {
  std::bitset<256> first;  // the bytes a match may begin with
  std::bitset<256> last;   // the bytes a match may end with
  size_t min_length = 0;   // the fewest characters a match holds (so at least as many bytes)
};

// The edge bytes of the matches of PATTERN (RE2 syntax, matched with capitals folded, as the
// scanner's rules are). Every letter counts in both cases, and a letter or any character
// beyond ASCII lets in every byte from 0x80 (case folding reaches the Kelvin sign and the
// long s). Every byte at both edges and a length of 0 when the pattern can match the empty
// text or holds syntax not read here.
EdgeBytes edge_bytes(std::string_view pattern);

}  // namespace dossier::timex::grammar
