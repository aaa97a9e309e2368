#include <catch2/catch.hpp>

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
