#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/utf8.h"

using namespace dossier;

TEST_CASE("Valid UTF-8 is recognized and invalid bytes are not", "[utf8]") {
  CHECK(utf8::is_valid("plain ascii"));
  CHECK(utf8::is_valid("Z\xC3\xBCrich \xE2\x80\x9Cquoted\xE2\x80\x9D"));
  CHECK_FALSE(utf8::is_valid("bad \xFF byte"));
  CHECK_FALSE(utf8::is_valid("truncated \xE2\x80"));
  CHECK_FALSE(utf8::is_valid("overlong \xC0\xAF"));
}

TEST_CASE("Repair replaces each invalid byte with U+FFFD and says where", "[utf8]") {
  auto r = utf8::repair("ab\xFF" "cd\xFE");
  CHECK(r.text == "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD");
  REQUIRE(r.bad_offsets.size() == 2);
  CHECK(r.bad_offsets[0] == 2);
  CHECK(r.bad_offsets[1] == 5);
}

TEST_CASE("Length counts code points, not bytes", "[utf8]") {
  CHECK(utf8::length("Z\xC3\xBCrich") == 6);
  CHECK(utf8::length("\xE2\x80\x94") == 1);
}

TEST_CASE("Length counts the code points of texts longer than 255 blocks of sixteen bytes as a byte walk does", "[utf8]") {
  // The count is kept per byte lane and summed every 255 blocks: texts of continuation bytes
  // mostly (four-byte signs, stray continuation bytes) fill the lanes to the brim.
  const char* pieces[] = {"\xF0\x9F\x98\x80", "\x80\xBF\x80", "a", "\xE2\x80\x94", "\xC3\xBC"};
  for (size_t kinds : {size_t{1}, size_t{2}, size_t{5}}) {
    std::string text;
    for (size_t i = 0; text.size() < 255 * 16 * 3 + 21; ++i) text += pieces[(i * 7 + i / 3) % kinds];
    for (size_t cut : {size_t{0}, size_t{1}, size_t{4079}, size_t{4080}, size_t{4081}, size_t{8160}, text.size() - 5}) {
      const std::string_view part = std::string_view(text).substr(cut);
      size_t expect = 0;
      for (char c : part) expect += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      CHECK(utf8::length(part) == expect);
    }
  }
}

TEST_CASE("OffsetMap converts byte offsets to code points and back over long texts", "[utf8]") {
  std::string text;
  for (int i = 0; i < 500; ++i) text += i % 3 == 0 ? "\xC3\xBC" : (i % 3 == 1 ? "a" : "\xE2\x80\x94");
  utf8::OffsetMap map(text);
  CHECK(map.cp_size() == 500);
  size_t byte = 0;
  for (size_t cp = 0; cp < 500; ++cp) {
    CHECK(map.to_byte(cp) == byte);
    CHECK(map.to_cp(byte) == cp);
    byte += cp % 3 == 0 ? 2 : (cp % 3 == 1 ? 1 : 3);
  }
  CHECK(map.to_byte(500) == text.size());
  CHECK(map.to_cp(text.size()) == 500);
}

TEST_CASE("OffsetMap agrees with counting byte by byte on mixed and broken UTF-8 of every length", "[utf8]") {
  // The map counts eight bytes at a time; this compares it with the plain definition (a code
  // point starts at every byte that is not 10xxxxxx) on texts that start, end and break
  // anywhere, including stray continuation bytes at the very start.
  const char* pieces[] = {"a", " ", "\xC3\xBC", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\x80", "\xBF", "xyz12345"};
  uint32_t seed = 12345;
  auto next = [&]() {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 300; ++round) {
    std::string text;
    size_t n = next() % 400;
    for (size_t i = 0; i < n; ++i) text += pieces[next() % 8];
    std::vector<size_t> starts;  // byte offset of each code point
    for (size_t b = 0; b < text.size(); ++b)
      if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) starts.push_back(b);
    utf8::OffsetMap map(text);
    REQUIRE(map.cp_size() == starts.size());
    for (size_t cp = 0; cp < starts.size(); ++cp) REQUIRE(map.to_byte(cp) == starts[cp]);
    REQUIRE(map.to_byte(starts.size()) == text.size());
    size_t expect = 0;  // code points starting before b
    for (size_t b = 0; b <= text.size(); ++b) {
      REQUIRE(map.to_cp(b) == expect);
      if (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) ++expect;
    }
  }
}

TEST_CASE("A Cursor answers as the OffsetMap does, whether queries go forward, back or jump, with a map or without", "[utf8]") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += i % 7 == 0 ? "\xE2\x80\x9C" : (i % 5 == 0 ? "\xC3\xA9" : "ab ");
  utf8::OffsetMap map(text);
  utf8::Cursor cursor(map);
  utf8::Cursor own(text);  // builds its map only when a query goes back
  uint32_t seed = 7;
  auto next = [&]() {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7FFF;
  };
  size_t cp = 0, byte = 0;
  for (int q = 0; q < 20000; ++q) {
    // Mostly small steps forward, sometimes back, sometimes far, sometimes past the end.
    int kind = static_cast<int>(next() % 10);
    size_t step = kind < 6 ? next() % 20 : next() % 5000;
    cp = kind == 9 ? cp - std::min(cp, step) : cp + step;
    if (cp > map.cp_size() + 10) cp = next() % map.cp_size();
    REQUIRE(cursor.to_byte(cp) == map.to_byte(cp));
    REQUIRE(own.to_byte(cp) == map.to_byte(cp));
    byte = kind == 8 ? byte - std::min(byte, step) : std::min(text.size(), byte + step);
    if (byte >= text.size()) byte = next() % text.size();
    REQUIRE(cursor.to_cp(byte) == map.to_cp(byte));
    REQUIRE(own.to_cp(byte) == map.to_cp(byte));
  }
}

TEST_CASE("A sparse map's conversion with a hint answers as without one, whatever the hint", "[utf8]") {
  // Mostly ASCII with a curly quote or an accent now and then: the map keeps those alone.
  std::string text;
  for (int i = 0; i < 4000; ++i) text += i % 97 == 0 ? "\xE2\x80\x9D" : (i % 131 == 0 ? "\xC3\xA9 " : "news ");
  utf8::OffsetMap map(text);
  REQUIRE(map.sparse());
  uint32_t seed = 11;
  auto next = [&]() {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7FFF;
  };
  size_t hint = 0, cp = 0;
  utf8::Cursor cursor(map);
  for (int q = 0; q < 20000; ++q) {
    // Short steps forward, long ones, steps back, past the end, and hints from nowhere.
    int kind = static_cast<int>(next() % 10);
    size_t step = kind < 6 ? next() % 30 : next() % 8000;
    cp = kind == 9 ? cp - std::min(cp, step) : cp + step;
    if (cp > map.cp_size() + 5) cp = next() % map.cp_size();
    if (kind == 8) hint = next() % 400;
    REQUIRE(map.to_byte(cp, hint) == map.to_byte(cp));
    REQUIRE(cursor.to_byte(cp) == map.to_byte(cp));
  }
}

TEST_CASE("OffsetMap keeps only the multi-byte code points of mostly ASCII text and converts as before", "[utf8]") {
  // News text: long ASCII runs with a typographic mark now and then, and a lone lead byte
  // (broken, but one code point of one byte in the counting).
  const char* rare[] = {"\xE2\x80\x9C", "\xC3\xA9", "\xF0\x9F\x98\x80", "\xC3"};
  uint32_t seed = 99;
  auto next = [&]() {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 200; ++round) {
    std::string text;
    size_t n = next() % 3000;
    for (size_t i = 0; i < n; ++i) text += next() % 300 == 0 ? rare[next() % 4] : (next() % 2 ? "word " : "Words.");
    std::vector<size_t> starts;
    for (size_t b = 0; b < text.size(); ++b)
      if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) starts.push_back(b);
    utf8::OffsetMap map(text);
    REQUIRE(map.sparse());
    REQUIRE(map.cp_size() == starts.size());
    for (size_t cp = 0; cp < starts.size(); ++cp) REQUIRE(map.to_byte(cp) == starts[cp]);
    REQUIRE(map.to_byte(starts.size() + 3) == text.size());
    size_t expect = 0;
    for (size_t b = 0; b <= text.size() + 2; ++b) {
      REQUIRE(map.to_cp(b) == expect);
      if (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) ++expect;
    }
    utf8::Cursor cursor(map);
    for (size_t cp = 0; cp < starts.size(); cp += 7) REQUIRE(cursor.to_byte(cp) == starts[cp]);
  }
  CHECK_FALSE(utf8::OffsetMap("\x80 stray continuation byte first").sparse());
  CHECK_FALSE(utf8::OffsetMap("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0").sparse());  // Cyrillic: checkpoints
}

TEST_CASE("Words are runs of ASCII letters and digits or of multi-byte characters", "[utf8]") {
  CHECK(utf8::count_words("the two-fold, plan") == 4);
  CHECK(utf8::count_words("Z\xC3\xBCrich, 3 May") == 3);
  CHECK(utf8::count_words(" , -- ") == 0);
  CHECK(utf8::count_words("") == 0);
}

TEST_CASE("A Cursor going forward counts code points exactly for every step length, near the text's end as well", "[utf8]") {
  // Bytes of one, two, three and four byte code points mixed, so that every step length
  // from 0 to 40 ends on every kind of byte, and the last sixteen bytes are met too.
  std::string text;
  const char* pieces[] = {"a", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x99\x82", " ", "Z"};
  for (size_t k = 0; k < 150; ++k) text += pieces[(k * 7 + k / 5) % 6];
  std::vector<size_t> starts_before(text.size() + 1, 0);  // code points starting before each byte
  for (size_t i = 0; i < text.size(); ++i)
    starts_before[i + 1] = starts_before[i] + ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80);
  for (size_t step = 0; step <= 40; ++step) {
    for (size_t first = 0; first < 20; ++first) {
      utf8::Cursor cursor{std::string_view(text)};
      for (size_t byte = first; byte <= text.size(); byte += step == 0 ? 1 : step) {
        REQUIRE(cursor.to_cp(byte) == starts_before[byte]);
        if (step == 0) REQUIRE(cursor.to_cp(byte) == starts_before[byte]);
      }
    }
  }
}
