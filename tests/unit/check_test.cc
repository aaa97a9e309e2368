#include <catch2/catch.hpp>

#include <algorithm>

#include "dossier/check.h"
#include "dossier/hash.h"
#include "dossier/ingest.h"

using namespace dossier;

namespace {
Document doc(const std::string& text) {
  Document d;
  d.text = text;
  d.id = sha256_hex(text).substr(0, 16);
  d.source.path = "x.txt";
  d.dct = {"2020-01-01", "manifest"};
  d.paragraphs = {{0, static_cast<int64_t>(text.size())}};
  return d;
}

bool has(const std::vector<Finding>& f, const std::string& kind) {
  return std::any_of(f.begin(), f.end(), [&](const Finding& x) { return x.kind == kind; });
}

std::string words(int n, int salt) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "word" + std::to_string((i * 7 + salt) % 1000) + " ";
  return s;
}
}  // namespace

TEST_CASE("MinHash similarity tracks shingle overlap", "[check]") {
  std::string a = words(300, 0);
  std::string b = a;
  b.replace(0, 10, "changed text ");
  std::string c = words(300, 500);
  CHECK(minhash_similarity(minhash_signature(a), minhash_signature(a)) == 1.0);
  CHECK(minhash_similarity(minhash_signature(a), minhash_signature(b)) > 0.8);
  CHECK(minhash_similarity(minhash_signature(a), minhash_signature(c)) < 0.2);
  CHECK(minhash_signature("").empty());
}

TEST_CASE("The same story twice is a near-duplicate and the same id twice an error", "[check]") {
  CorpusChecker checker;
  std::string a = words(300, 1);
  checker.add(doc(a), "in", 1);
  checker.add(doc(a.substr(0, a.size() - 20) + " extra words"), "in", 2);
  checker.add(doc(a), "in", 3);
  checker.add(doc(words(300, 400)), "in", 4);
  auto f = checker.finish();
  CHECK(has(f, "near-duplicate"));
  CHECK(has(f, "duplicate-id"));
  CHECK(std::count_if(f.begin(), f.end(), [](const Finding& x) { return x.kind == "near-duplicate"; }) == 1);
}

TEST_CASE("Mojibake, replacement and control characters are encoding damage", "[check]") {
  CorpusChecker checker;
  CHECK(has(checker.add(doc(words(60, 1) + "Russiaâ€™s role"), "in", 1), "encoding"));
  CHECK(has(checker.add(doc(words(60, 2) + "caf\xEF\xBF\xBD"), "in", 2), "encoding"));
  CHECK(has(checker.add(doc(words(60, 3) + "a\x01" "b"), "in", 3), "encoding"));
  CHECK_FALSE(has(checker.add(doc(words(60, 4) + "Z\xC3\xBCrich \xE2\x80\x99"), "in", 4), "encoding"));
}

TEST_CASE("Empty, tiny and undated documents are reported", "[check]") {
  CorpusChecker checker;
  CHECK(has(checker.add(doc(""), "in", 1), "empty"));
  CHECK(has(checker.add(doc("Too short."), "in", 2), "tiny"));
  Document d = doc(words(80, 5));
  d.dct = {};
  CHECK(has(checker.add(d, "in", 3), "missing-dct"));
}

TEST_CASE("Spans that do not match the text are errors", "[check]") {
  CorpusChecker checker;
  Document d = doc("NATO met Friday. " + words(60, 6));
  d.entities = std::vector<Entity>{{"e1", "NATO", "ORG", {"NATO"}, std::nullopt, {{0, 4}, {9, 15}}}};
  d.timexes = std::vector<Timex>{{"t1", "Friday", {9, 15}, "DATE", "2020-01-03"}};
  auto f = checker.add(d, "in", 1);
  CHECK(has(f, "span-mismatch"));
  REQUIRE(std::count_if(f.begin(), f.end(), [](const Finding& x) { return x.kind == "span-mismatch"; }) == 1);
}

TEST_CASE("A quote whose source lies past the text is a span mismatch", "[check]") {
  CorpusChecker checker;
  Document d = doc("NATO met Friday. " + words(60, 6));
  Quote q{"q1", "met", {5, 8}, true, "partial", std::nullopt, std::nullopt, std::nullopt, Span{1000, 1004}};
  d.quotes = std::vector<Quote>{q};
  auto f = checker.add(d, "in", 1);
  REQUIRE(std::count_if(f.begin(), f.end(), [](const Finding& x) { return x.kind == "span-mismatch"; }) == 1);
  CHECK(std::find_if(f.begin(), f.end(), [](const Finding& x) { return x.kind == "span-mismatch"; })->detail ==
        "quote q1 source span [1000, 1004] outside the text");
}

TEST_CASE("Boilerplate left in the text is reported", "[check]") {
  CorpusChecker checker;
  std::string text = words(60, 7) + "\n\nShare on Facebook";
  Document d = doc(text);
  d.paragraphs = {{0, static_cast<int64_t>(text.size()) - 19}, {static_cast<int64_t>(text.size()) - 17, static_cast<int64_t>(text.size())}};
  CHECK(has(checker.add(d, "in", 1), "boilerplate"));
}

TEST_CASE("A story syndicated a hundred times gives each nearby pair one finding, not one per band", "[check]") {
  // Identical texts share every band's bucket; a document is paired with the next 63
  // members of a bucket, and a pair met in several bands is still reported once.
  CorpusChecker checker;
  std::string text = words(300, 9);
  for (int k = 0; k < 100; ++k) {
    Document d = doc(text);
    d.id = "copy" + std::to_string(k);
    checker.add(d, "in", k + 1);
  }
  auto f = checker.finish();
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& x : f)
    if (x.kind == "near-duplicate") pairs.emplace_back(x.doc, x.detail);
  size_t expected = 0;
  for (size_t x = 0; x < 100; ++x) expected += std::min<size_t>(63, 99 - x);
  CHECK(pairs.size() == expected);
  std::sort(pairs.begin(), pairs.end());
  CHECK(std::adjacent_find(pairs.begin(), pairs.end()) == pairs.end());
}

TEST_CASE("Corpus-wide findings stream out in the order of the records that report them", "[check]") {
  CorpusChecker checker;
  std::string a = words(300, 3), b = words(300, 700);
  checker.add(doc(a), "in", 5);
  checker.add(doc(b), "in", 3);
  checker.add(doc(a), "in", 1);                 // the same id as line 5
  checker.add(doc(b + " and more"), "in", 2);   // a near-copy of line 3
  checker.add(doc(a + " and a tail"), "in", 4); // a near-copy of line 5
  std::vector<std::string> got;
  checker.finish([&](Finding&& f) { got.push_back(f.kind + " " + std::to_string(f.line) + " of " + f.other.value_or("")); });
  CHECK(got == std::vector<std::string>{"duplicate-id 1 of " + doc(a).id, "near-duplicate 2 of " + doc(b).id,
                                        "near-duplicate 4 of " + doc(a).id});
}

TEST_CASE("Every kind of chrome ingest removes passes the schema check, readers' comments included", "[check]") {
  const std::string para =
      "The county reservoir stood at a third of its capacity on Monday, the water board said in its weekly report.";
  Document d = ingest_text("Menu\n\nReservoir Fills Slowly After a Dry Spring\n\n" + para + "\n\n" + para + " Again.\n\n" +
                               para + " Still.\n\n14 Comments\n\nI have never seen the water this low in spring.\n",
                           "a.txt", nullptr, {});
  REQUIRE(std::any_of(d.boilerplate.begin(), d.boilerplate.end(), [](const BoilerplateLine& b) { return b.kind == "comment"; }));
  CorpusChecker checker;
  CHECK_FALSE(has(checker.add(d, "in", 1), "schema"));
}
