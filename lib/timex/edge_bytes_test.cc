// Tests of edge_bytes: the bytes a pattern's matches may begin and end with, never too few.
#include <algorithm>
#include <bitset>
#include <cctype>
#include <string>
#include <vector>

#include <re2/re2.h>

#include <catch2/catch.hpp>

#include "edge_bytes.h"
#include "needed_words.h"

namespace {

using dossier::timex::grammar::edge_bytes;
using dossier::timex::grammar::piece_bytes;

std::bitset<256> first_bytes(const char* pattern) { return edge_bytes(pattern).first; }

// The bytes of FIRST below 0x80, as a string in byte order.
std::string ascii_of(const std::bitset<256>& first) {
  std::string out;
  for (int b = 1; b < 0x80; ++b)
    if (first.test(static_cast<size_t>(b))) out += static_cast<char>(b);
  return out;
}

bool lets_in_high_bytes(const std::bitset<256>& first) { return first.test(0x80) && first.test(0xE2) && first.test(0xFF); }

}  // namespace

TEST_CASE("a pattern's first bytes are those of its first atoms, with optional ones and both cases", "[timex]") {
  struct Row {
    const char* pattern;
    const char* ascii;
  };
  const Row rows[] = {
      {"\\b(?:on )?\\d+", "0123456789Oo"},
      {"(?:a|b)c", "ABab"},
      {"x*y", "XYxy"},
      {"x{0,3}y", "XYxy"},
      {"x{2}y", "Xx"},
      {"[0-2]?\\d:[0-5]\\d", "0123456789"},
      {"\\(((?:[01]\\d|2[0-3])[0-5]\\d (?:GMT|UTC))\\)", "("},
      {"'\\d\\d", "'"},
      {"(?-i:May|MAY)", "Mm"},
      {"(?P<when>noon)", "Nn"},
      {"(?i)day", "Dd"},
      {"[\\]()]x", "()]"},
      {"[ -]?5", " -5"},
      {"\\x{2019}s", "KSks"},
      {"\\x41", "Aa"},
      {"{4}", "{"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.pattern);
    CHECK(ascii_of(first_bytes(row.pattern)) == row.ascii);
  }
}

TEST_CASE("a letter or a character beyond ASCII first lets in every byte from 0x80, and the letters the Kelvin sign and the long s fold to", "[timex]") {
  CHECK(lets_in_high_bytes(first_bytes("kelvin")));
  CHECK(lets_in_high_bytes(first_bytes("\\x{2019}s")));
  CHECK(lets_in_high_bytes(first_bytes("(?:'|\xe2\x80\x99)?80s")));
  CHECK_FALSE(lets_in_high_bytes(first_bytes("\\d+")));
  CHECK_FALSE(lets_in_high_bytes(first_bytes("'\\d\\d")));
  CHECK(ascii_of(first_bytes("\xe2\x84\xaa" "elvin")) == "KSks");
  CHECK(ascii_of(first_bytes("\\x{17F}ome")) == "KSks");
}

TEST_CASE("a pattern's last bytes are those of its last atoms, with optional ones and both cases", "[timex]") {
  struct Row {
    const char* pattern;
    const char* ascii;
  };
  const Row rows[] = {
      {"\\d+(?: ?[ap]\\.?m)?\\b", "0123456789Mm"},
      {"a(?:b|c)", "BCbc"},
      {"xy*", "XYxy"},
      {"x(?:y{0,3})", "XYxy"},
      {"\\(((?:[01]\\d|2[0-3])[0-5]\\d (?:GMT|UTC))\\)", ")"},
      {"Jan\\.?", ".Nn"},
      {"s\\x{2019}", "KSks"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.pattern);
    CHECK(ascii_of(edge_bytes(row.pattern).last) == row.ascii);
  }
}

TEST_CASE("a pattern that may match nothing, or holds syntax not read, may begin and end with any byte", "[timex]") {
  for (const char* pattern : {"x?", "\\b", "(?:a|)", ".x", "\\pLx", "\\p{Lu}x", "\\Wx", "\\Qab\\E", "(?:ab", "a)", "[ab"}) {
    CAPTURE(pattern);
    CHECK(edge_bytes(pattern).first.all());
  }
  CHECK(first_bytes("[^a]b").all());
  CHECK(edge_bytes("b[^a]").last.all());
  CHECK(edge_bytes("last year(?:[^'\\x{2019}\\w-]|$)").last.all());
  for (const char* pattern : {"x?", "(?:a|)", "(?:ab", "a)", "[ab"}) {
    CAPTURE(pattern);
    CHECK(edge_bytes(pattern).last.all());
  }
}

TEST_CASE("a pattern's shortest match counts its characters, none for what may be left out", "[timex]") {
  struct Row {
    const char* pattern;
    size_t min;
  };
  const Row rows[] = {
      {"\\b(?:on )?\\d+\\b", 1},    {"(?:last|next) week", 9}, {"x{3}y{0,2}", 3}, {"\\x{2019}\\d\\ds", 4},
      {"(?i)day(?:s)?", 3},         {"[ab]c*.", 2},            {"x?", 0},        {"(?:ab", 0},
      {"(?P<when>noon)|now", 3},
  };
  for (const auto& row : rows) {
    CAPTURE(row.pattern);
    CHECK(edge_bytes(row.pattern).min_length == row.min);
  }
}

TEST_CASE("a pattern with an octal code is not read and lets every piece through", "[timex]") {
  const auto edges = edge_bytes("on \\1234");
  CHECK(edges.first.all());
  CHECK(edges.last.all());
  CHECK(edges.min_length == 0);
}

TEST_CASE("a rule needs the bytes every match of it holds, and a piece without one of them is not tried", "[timex]") {
  struct Row {
    const char* pattern;
    const char* needs;  // bytes below 0x80, '0' for "a digit"
  };
  const Row rows[] = {
      {"(?:last|next) week", " etw"},     // "k" is no need: the Kelvin sign folds to it
      {"\\d{1,2}/\\d{1,2}", "0/"},        {"(?:0?[1-9]|1[0-2]) ?- ?(?:1[3-9]|2\\d)", "0-"},
      {"the (?:early|small) hours", " aehlortu"},  // "s" neither: the long s
      {"x(?:ab|ac)?y", "xy"},             {"(?:ab|ac)d", "ad"},   {"[ab]c", "c"},
      {"a\\sb", "ab"},                     {"[xX]1", "0"},         {"(?:ab", ""},
      {"\\x{2019}\\d\\ds", "0"},          {"(?-i:May) 5", " 0amy"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.pattern);
    std::bitset<128> want;
    for (const char* c = row.needs; *c; ++c) want.set(static_cast<unsigned char>(*c));
    CHECK(edge_bytes(row.pattern).needs == want);
  }
  const auto edges = edge_bytes("\\d{1,2}/\\d{1,2}");
  CHECK((edges.needs & ~piece_bytes("12/3")).none());
  CHECK((edges.needs & ~piece_bytes("1994")).any());
  CHECK(piece_bytes("7") == piece_bytes("0"));  // a digit stands for all of them
  CHECK((edge_bytes("last week").needs & ~piece_bytes("LAST WEE\xE2\x84\xAA")).none());  // the Kelvin sign
}

TEST_CASE("a rule's needed strings let through every piece the rule matches and turn away pieces lacking them", "[timex]") {
  using dossier::timex::grammar::holds_words;
  using dossier::timex::grammar::needed_words;
  auto lowered = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  struct Row {
    const char* pattern;
    std::vector<const char*> matching;  // pieces RE2 matches whole (folding capitals)
    std::vector<const char*> lacking;   // pieces turned away before any compile
  };
  const std::vector<Row> rows = {
      {"\\b(?:(?:earlier|later) (?:this|last|next) (?:week|month|year))\\b",
       {"earlier this week", "Later Next Year"},
       {"earlier in the week", "later on", "this week"}},
      {"(?:the )?(?:first|second) week (?:of|in) (?:1[89]\\d\\d|20\\d\\d)", {"the first week of 2011", "Second Week in 1999"}, {"the summer of 2019"}},
      {"(?:last|next|this(?: past)?) (?:Midsummer|Lantern Festival|Hari Raya)", {"this past Midsummer", "next lantern festival"}, {"the future", "next year"}},
      {"(?:Mon|Tue)s?day(?:,? (?:the )?\\d{1,2}(?:st|nd|th)?)?", {"Monday", "tuesday, the 2nd", "Monday 12"}, {"Sunday"}},
      {"x*(?:ab|cd)+", {"ab", "xxcdab"}, {"xx"}},
      {"a\\x{2019}s|b[^c]d", {"a\u2019s", "bxd"}, {}},  // nothing certain is needed here but a few letters
  };
  for (const auto& row : rows) {
    CAPTURE(row.pattern);
    const auto needed = needed_words(row.pattern);
    RE2::Options options;
    options.set_case_sensitive(false);
    const RE2 re(row.pattern, options);
    REQUIRE(re.ok());
    for (const char* piece : row.matching) {
      CAPTURE(piece);
      CHECK(RE2::FullMatch(piece, re));
      const std::string low = lowered(piece);
      if (std::all_of(low.begin(), low.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        CHECK(holds_words(low, needed));
    }
    for (const char* piece : row.lacking) {
      CAPTURE(piece);
      CHECK_FALSE(RE2::FullMatch(piece, re));
      CHECK_FALSE(holds_words(lowered(piece), needed));
    }
  }
  CHECK(needed_words("(?:ab").empty());  // not read: nothing needed
}
