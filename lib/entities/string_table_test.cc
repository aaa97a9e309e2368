#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "entities/lexicon.h"
#include "entities/string_table.h"

using namespace dossier::entities_detail;

TEST_CASE("A string set answers for the words put in it, by view or by copy, and for no others") {
  StringSet set;
  const std::string_view kept[] = {"harbour", "Kestrelford", "naïve", ""};
  for (auto w : kept) CHECK(set.insert(w));
  {
    std::string gone = "lantern";  // the set keeps its own copy
    CHECK(set.insert_copy(gone));
    gone = "xxxxxxx";
  }
  CHECK_FALSE(set.insert("harbour"));
  CHECK_FALSE(set.insert_copy(std::string("lantern")));
  CHECK(set.size() == 5);
  for (auto w : kept) CHECK(set.count(w) == 1);
  CHECK(set.count("lantern") == 1);
  CHECK(set.count("xxxxxxx") == 0);
  CHECK(set.count("Harbour") == 0);
  CHECK(set.count("harbou") == 0);
  CHECK(set.count(std::string("kestrelford")) == 0);
  std::vector<std::string_view> order;
  for (auto w : set) order.push_back(w);
  CHECK(order == std::vector<std::string_view>{"harbour", "Kestrelford", "naïve", "", "lantern"});
}

TEST_CASE("A string set grows past its first size and still finds every word") {
  StringSet set;
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i * 7919));
  for (const auto& w : words) CHECK(set.insert(w));
  CHECK(set.size() == words.size());
  size_t found = 0;
  for (const auto& w : words) found += set.count(w);
  CHECK(found == words.size());
  CHECK(set.count("w1") == 0);
}

TEST_CASE("A string table finds a key's value, and a later value for the same key replaces it in place") {
  StringTable<std::string_view> table;
  CHECK(table.find("Marlow") == table.end());
  table.assign("Marlow", "PERSON");
  table.assign("Tarn Valley", "LOC");
  table.assign("Marlow", "GPE");
  REQUIRE(table.find("Marlow") != table.end());
  CHECK(table.find("Marlow")->second == "GPE");
  CHECK(table.find("Tarn Valley")->second == "LOC");
  CHECK(table.find("Tarn") == table.end());
  REQUIRE(table.entries().size() == 2);
  CHECK(table.entries()[0].first == "Marlow");
}

TEST_CASE("The word classes by hash join every list a word is in") {
  const Lexicon& lex = Lexicon::get();
  // A word that is both a lower-case dictionary word and on the open lists keeps both answers.
  for (auto w : lex.open_given_names) {
    uint32_t c = lex.class_by_hash.get(hash_folded(fold(w)));
    CHECK((c & kOpenGiven) != 0);
  }
  for (auto w : lex.proper_words) CHECK((lex.class_by_hash.get(hash_folded(fold(w))) & kProperWord) != 0);
  for (auto w : lex.lower_words) CHECK(lex.lower_hash_set.contains(hash_folded(w)));
}
