#include <catch2/catch.hpp>

#include "dossier/error.h"
#include "dossier/hash.h"
#include "dossier/validate.h"

using namespace dossier;

namespace {
Document record() {
  Document d;
  d.text = "Ça va. The talks went on.";  // 25 code points, 26 bytes
  d.id = sha256_hex(d.text).substr(0, 16);
  d.paragraphs = {{0, 25}};
  d.sentences = {{0, 6}, {7, 25}};
  d.dct = {"2009-01-05", "manifest"};
  return d;
}
}  // namespace

TEST_CASE("A record whose spans and dct hold is let through unchanged", "[validate]") {
  Document d = record();
  std::vector<std::string> notes;
  validate_record(d, notes);
  CHECK(notes.empty());
  CHECK(d.id == sha256_hex(d.text).substr(0, 16));
}

TEST_CASE("Records that lie are rejected with the field named", "[validate]") {
  struct Case {
    const char* what;
    void (*edit)(Document&);
    const char* message;
  };
  const Case cases[] = {
      {"a sentence past the end (counted in code points)", [](Document& d) { d.sentences[1].end = 26; },
       "sentence 2 span [7, 26] ends past the text (25 code points)"},
      {"sentences out of order", [](Document& d) { std::swap(d.sentences[0], d.sentences[1]); },
       "sentence 2 [0, 6] starts before the end of the one before (25)"},
      {"overlapping paragraphs", [](Document& d) { d.paragraphs = {{0, 10}, {5, 25}}; },
       "paragraph 2 [5, 25] starts before the end of the one before (10)"},
      {"a reversed span", [](Document& d) { d.paragraphs[0] = {5, 2}; }, "paragraph 1 span [5, 2] is reversed"},
      {"a timex past the end", [](Document& d) { d.timexes = std::vector<Timex>{{"t1", "x", {20, 30}, "DATE", "2009"}}; },
       "timex t1 span [20, 30] ends past the text (25 code points)"},
      {"a quote's source past the end",
       [](Document& d) {
         Quote q{"q1", "talks", {11, 16}, true, "partial", std::nullopt, std::nullopt, std::nullopt, Span{20, 40}};
         d.quotes = std::vector<Quote>{q};
       },
       "quote q1 source span [20, 40] ends past the text (25 code points)"},
      {"a dct that is no date", [](Document& d) { d.dct.value = "2009-13-45"; },
       "dct value is not a date YYYY-MM-DD: \"2009-13-45\""},
      {"a dct source outside the schema", [](Document& d) { d.dct.source = "guess"; },
       "dct source is not manifest, option, text or none: \"guess\""},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    Document d = record();
    c.edit(d);
    std::vector<std::string> notes;
    CHECK_THROWS_WITH(validate_record(d, notes), c.message);
  }
}

TEST_CASE("A record without an id gets the id ingest derives, with a note", "[validate]") {
  Document d = record();
  d.id.clear();
  std::vector<std::string> notes;
  validate_record(d, notes);
  CHECK(d.id == sha256_hex(d.text).substr(0, 16));
  REQUIRE(notes.size() == 1);
  CHECK(notes[0] == "record has no id; using " + d.id + ", derived from its text as ingest does");
}

TEST_CASE("Spans are measured and the id derived only when the reader filled those fields", "[validate]") {
  using jsonl::Field;
  using jsonl::field_bit;
  Document d = record();
  d.text.clear();
  d.id.clear();
  std::vector<std::string> notes;
  CHECK_NOTHROW(validate_record(d, notes, field_bit(Field::kSentences) | field_bit(Field::kId)));
  CHECK(d.id.empty());
  Document e = record();
  e.id.clear();  // not read: the writer copies the record's own id
  CHECK_NOTHROW(validate_record(e, notes, field_bit(Field::kText) | field_bit(Field::kSentences)));
  CHECK(e.id.empty());
  CHECK(notes.empty());
}
