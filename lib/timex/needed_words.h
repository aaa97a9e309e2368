// Private to the timex module: the strings a match of a pattern must hold, as RE2's
// prefilter finds them, read by edge_bytes.cc's reader from the pattern's text. The scanner
// asks them of a piece of ASCII text before it compiles a rule to try on the piece: a rule
// none of whose strings of one clause the piece holds cannot match it. Letters are in lower
// case (the rules fold capitals); a character beyond ASCII stands for the ASCII letters it
// may fold to ("k" for the Kelvin sign, "s" for the long s), as a piece of ASCII text holds
// no other.
#pragma once

#include <bitset>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::timex::grammar {

// What a part of a pattern tells of its matches in ASCII text.
struct Words {
  // EXACT: SET holds every string a match can be. Otherwise every match holds one string
  // of each clause and ends with one string of SET ({""}: nothing known of its end).
  bool exact = true;
  std::vector<std::string> set{std::string()};
  std::vector<std::vector<std::string>> clauses;

  static Words unknown();
  // One character that may be any of the ASCII bytes of BYTES (capitals folded).
  static Words character(const std::bitset<256>& bytes);
  // A then B, and A or B.
  static Words then(Words a, const Words& b);
  // A then one character of BYTES: then(A, character(BYTES)), most often without a new set.
  static Words then_character(Words a, const std::bitset<256>& bytes);
  static Words either(Words a, const Words& b);
  // A made optional, and A repeated at least once.
  static Words optional(Words a);
  static Words repeated(Words a);
  // The clauses every match satisfies.
  std::vector<std::vector<std::string>> needed() const;
};

// Whether PIECE (lowered to ASCII lower case, no byte beyond ASCII) holds one string of each
// clause.
bool holds_words(std::string_view lowered_piece, const std::vector<std::vector<std::string>>& needed);

}  // namespace dossier::timex::grammar
