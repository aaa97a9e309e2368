// The word tests holders and owners read a sentence with (positions/sentence_words.h).
#include <catch2/catch.hpp>

#include <string>

#include "positions/sentence_words.h"

using namespace dossier::positions_detail;

TEST_CASE("the word before a name skips the article", "[positions][words]") {
  std::string s = "talks with the Council";
  CHECK(word_before(s, s.find("Council"), 0) == "with");
  CHECK(word_before(s, s.find("talks"), 0).empty());
}

TEST_CASE("the word ending before an offset is the run of bytes its class accepts after the spaces", "[positions][words]") {
  std::string s = "the South Korean  embassy";
  auto letters = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  auto [b, e] = word_ending(s, s.find("embassy"), 0, letters);
  CHECK(s.substr(b, e - b) == "Korean");
  auto [b0, e0] = word_ending(s, s.find("South"), s.find("South"), letters);
  CHECK(b0 == e0);
}

TEST_CASE("a verb of saying, with that or not, opens a reported clause", "[positions][words]") {
  std::string said = "Chile said that Peru must act";
  CHECK(reports(said, said.find("Peru"), 0));
  std::string plain = "Chile said Peru must act";
  CHECK(reports(plain, plain.find("Peru"), 0));
  std::string told = "Chile told reporters Peru must act";
  CHECK(!reports(told, told.find("Peru"), 0));
  std::string insisted = "Chile insisted that Peru must act";
  CHECK(!reports(insisted, insisted.find("Peru"), 0));
}

TEST_CASE("a modal of obligation opens a demand made of the words before it", "[positions][words]") {
  std::string s = "Peru should act; Peru has to act; Peru has acted";
  CHECK(directive_at(s, 4, s.size()));
  CHECK(directive_at(s, s.find(" has to"), s.size()));
  CHECK(!directive_at(s, s.rfind(" has"), s.size()));
}

TEST_CASE("a possessive is told by its apostrophe, straight or curly", "[positions][words]") {
  CHECK(is_possessive_at("Peru's plan", 4));
  CHECK(is_possessive_at("Peru\xE2\x80\x99s plan", 4));
  CHECK(!is_possessive_at("Peru plans", 4));
}

TEST_CASE("words are counted across punctuation and hyphens", "[positions][words]") {
  CHECK(count_words("the two-fold, plan") == 4);
  CHECK(count_words(" , ") == 0);
}

TEST_CASE("and and or join the holders of one stance", "[positions][words]") {
  CHECK(coordination(" and "));
  CHECK(coordination(" or "));
  CHECK(!coordination(" said "));
}

TEST_CASE("a preposition before a name makes it an object", "[positions][words]") {
  CHECK(is_preposition("against"));
  CHECK(!is_preposition("said"));
}
