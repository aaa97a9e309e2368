#include <catch2/catch.hpp>

#include "dossier/normalize.h"

using namespace dossier;

TEST_CASE("White space runs of any kind fold to one space and lines are trimmed", "[normalize]") {
  CHECK(normalize_line("  a \t b\xC2\xA0\xC2\xA0" "c\xE2\x80\x89" "d  ") == "a b c d");
}

TEST_CASE("A plain run is cut where a double space, a tab, a control or a non-ASCII byte stands, wherever it stands", "[normalize]") {
  // Every place in a long line of plain words, so that each step of the scan (sixteen,
  // eight and one byte at a time) meets each kind of stop.
  for (size_t at = 0; at < 40; ++at) {
    const std::string before(at, 'a'), after(40, 'b');
    CAPTURE(at);
    CHECK(normalize_line(before + "  " + after) == (at ? before + " " : "") + after);
    CHECK(normalize_line(before + "\t" + after) == (at ? before + " " : "") + after);
    CHECK(normalize_line(before + "\x01" + after) == before + after);
    CHECK(normalize_line(before + "\xC3\xA9" + after) == before + "\xC3\xA9" + after);
    CHECK(normalize_line(before + " x" + after) == (at ? before + " " : "") + "x" + after);
    CHECK(normalize_line(before + " ") == before);
  }
}

TEST_CASE("Quote marks and dashes are kept as written", "[normalize]") {
  std::string s = "\xE2\x80\x9CWe\xE2\x80\x9D \xE2\x80\x94 it\xE2\x80\x99s \"so\" -- 'x'";
  CHECK(normalize_line(s) == s);
}

TEST_CASE("Invisible format characters are dropped", "[normalize]") {
  CHECK(normalize_line("a\xE2\x80\x8B" "b\xC2\xAD" "c") == "abc");
}

TEST_CASE("Decomposed accents are composed to NFC", "[normalize]") {
  CHECK(normalize_line("Ze\xCC\x81" "lensky") == "Z\xC3\xA9lensky");
}

TEST_CASE("CRLF, lone CR and a BOM are handled", "[normalize]") {
  auto r = normalize_lines("\xEF\xBB\xBFone\r\ntwo\rthree\n");
  REQUIRE(r.lines.size() == 3);
  CHECK(r.lines[0].text == "one");
  CHECK(r.lines[1].text == "two");
  CHECK(r.lines[2].text == "three");
  CHECK(r.lines[2].number == 3);
  CHECK(r.warnings.empty());
}

TEST_CASE("A carriage return only deep in a text still ends its line", "[normalize]") {
  // The text is looked over for a '\r' once: one that only a later line holds, or that
  // ends the text, must still be found.
  auto r = normalize_lines("first line\nsecond line\nthird\rfourth\r\nfifth\r");
  REQUIRE(r.lines.size() == 5);
  CHECK(r.lines[2].text == "third");
  CHECK(r.lines[3].text == "fourth");
  CHECK(r.lines[4].text == "fifth");
  CHECK(r.lines[4].number == 5);
  auto plain = normalize_lines("no return\nat all");
  REQUIRE(plain.lines.size() == 2);
  CHECK(plain.lines[1].text == "at all");
}

TEST_CASE("Invalid UTF-8 is repaired with a warning naming line and byte", "[normalize]") {
  auto r = normalize_lines("fine\nbad \xFF\xFE here\n");
  REQUIRE(r.lines.size() == 2);
  CHECK(r.lines[1].text == "bad \xEF\xBF\xBD\xEF\xBF\xBD here");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].code == "invalid-utf8");
  CHECK(r.warnings[0].line == 2);
  CHECK(r.warnings[0].at == 9);
  CHECK(r.warnings[0].message.find("2 invalid UTF-8 bytes") == 0);
}

TEST_CASE("Control characters are removed with a warning", "[normalize]") {
  auto r = normalize_lines("a\x01" "b\x1B" "c\n");
  CHECK(r.lines[0].text == "abc");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].code == "control-characters");
}

TEST_CASE("NUL bytes mark a binary file", "[normalize]") {
  CHECK(looks_binary(std::string("ab\0cd", 5)));
  CHECK_FALSE(looks_binary("abcd"));
}

TEST_CASE("UTF-16 and UTF-32 with a byte order mark are decoded to UTF-8", "[normalize]") {
  using namespace std::string_literals;
  struct Case {
    std::string raw;
    std::string utf8;
  };
  const Case cases[] = {
      {"\xFF\xFE" "A\0\xE9\0\x1C\x20"s, "A\xC3\xA9\xE2\x80\x9C"},             // UTF-16LE: A é “
      {"\xFE\xFF" "\0A\xD8\x3D\xDE\x00"s, "A\xF0\x9F\x98\x80"},               // UTF-16BE with a surrogate pair
      {"\xFF\xFE\0\0" "A\0\0\0\x00\xF6\x01\0"s, "A\xF0\x9F\x98\x80"},         // UTF-32LE
      {"\0\0\xFE\xFF" "\0\0\0A"s, "A"},                                       // UTF-32BE
      {"\xFF\xFE" "A\0\x00\xD8" "B\0"s, "A\xEF\xBF\xBD" "B"},                 // a lone surrogate
      {"\xFF\xFE" "A\0B"s, "A\xEF\xBF\xBD"},                                  // a truncated last unit
  };
  for (const auto& c : cases) {
    auto got = decode_wide(c.raw);
    REQUIRE(got);
    CHECK(*got == c.utf8);
  }
  CHECK_FALSE(decode_wide("plain text"));
  CHECK_FALSE(decode_wide("\xEF\xBB\xBFUTF-8 with its mark"));
}

TEST_CASE("Units of UTF-16 or UTF-32 that are not text are reported, with their byte and line", "[normalize]") {
  using namespace std::string_literals;
  std::vector<Warning> warnings;
  // UTF-16LE "A\nB<lone surrogate>C<lone surrogate>": the first bad unit at byte 8, line 2.
  auto got = decode_wide("\xFF\xFE" "A\0\n\0B\0\x00\xD8" "C\0\x01\xDC"s, &warnings);
  REQUIRE(got);
  CHECK(*got == "A\nB\xEF\xBF\xBD" "C\xEF\xBF\xBD");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].code == "invalid-utf16");
  CHECK(warnings[0].message == "2 invalid UTF-16 code units replaced with U+FFFD (first at byte 8)");
  CHECK(warnings[0].at == 8);
  CHECK(warnings[0].line == 2);
  warnings.clear();
  got = decode_wide("\0\0\xFE\xFF" "\0\x11\0\0"s, &warnings);  // past U+10FFFF
  REQUIRE(got);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].code == "invalid-utf32");
  CHECK(warnings[0].message == "1 invalid UTF-32 code unit replaced with U+FFFD (first at byte 4)");
  warnings.clear();
  CHECK(decode_wide("\xFF\xFE" "A\0"s, &warnings));
  CHECK(warnings.empty());
}
