#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dossier/error.h"
#include "dossier/jsonl.h"
#include "jsonl_test_document.h"

using namespace dossier;
using dossier::testing::full_document;

namespace {
std::string nlohmann_dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string written(const std::string& s) {
  std::string out;
  jsonl::JsonWriter w(out);
  w.string(s);
  return out;
}
}  // namespace

TEST_CASE("The fast writer escapes strings exactly as nlohmann does", "[jsonl]") {
  const std::vector<std::string> cases = {
      "", "plain", "\"", "\\", "/", "a\nb\tc\rd\be\ff", std::string("nul\0x", 5), "\x01\x02\x1f\x7f",
      "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80" "\x01",
      "\xff", "a\xffz", "\xc3", "abc\xe2\x82", "\xe2\x82z", "\x80\x80", "\xed\xa0\x80", "\xc0\xaf",
      "\xf4\x90\x80\x80", "\xf0\x9f\x98", "x\xf0\x9f\x98\x80\xf0", "\xe2\x28\xa1", "\xf8\x88\x80\x80\x80",
      "\"\xff\\\n"};
  for (const auto& s : cases) {
    INFO("string bytes: " << nlohmann::json(s).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace));
    CHECK(written(s) == nlohmann_dump(nlohmann::json(s)));
  }
}

TEST_CASE("Every control character is escaped as nlohmann escapes it", "[jsonl]") {
  for (int c = 0; c < 0x80; ++c) {
    std::string s(1, static_cast<char>(c));
    INFO("byte " << c);
    CHECK(written(s) == nlohmann_dump(nlohmann::json(s)));
  }
}

TEST_CASE("Strings and keys of every short length are written as nlohmann writes them, whichever byte needs escaping", "[jsonl]") {
  // Short plain strings take a path of their own (eight bytes at a time, the last word
  // overlapping): every length around its steps, with each kind of byte at each place.
  const std::vector<std::string> marks = {"\"", "\\", "\n", std::string(1, '\0'), "\x1f", "\x7f", "\xC3\xA9", "\xff"};
  for (size_t len = 0; len <= 60; ++len) {
    std::string base;
    for (size_t k = 0; k < len; ++k) base += static_cast<char>('a' + k % 26);
    std::vector<std::string> cases = {base};
    for (const auto& m : marks)
      for (size_t at = 0; at < len; ++at) cases.push_back(base.substr(0, at) + m + base.substr(at + 1));
    for (const auto& s : cases) {
      INFO("string bytes: " << nlohmann::json(s).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace));
      std::string out;
      jsonl::JsonWriter w(out);
      w.begin_array();
      w.string(s);
      w.string(s);
      w.begin_object();
      w.key(s);
      w.pair(len, -static_cast<int64_t>(len));
      w.end_object();
      w.end_array();
      nlohmann::json expected = nlohmann::json::array({s, s, nlohmann::json::object()});
      expected[2][s] = nlohmann::json::array({len, -static_cast<int64_t>(len)});
      CHECK(out == nlohmann_dump(expected));
    }
  }
}

TEST_CASE("The fast writer places commas in nested objects and arrays", "[jsonl]") {
  std::string out;
  jsonl::JsonWriter w(out);
  w.begin_object();
  w.key("a");
  w.begin_array();
  w.integer(-9223372036854775807 - 1);
  w.boolean(true);
  w.null();
  w.begin_object();
  w.end_object();
  w.begin_array();
  w.end_array();
  w.end_array();
  w.key("b");
  w.value(nlohmann::json::parse(R"({"y":[1.5,"\u00e9"],"x":null})"));
  w.key("c");
  w.optional_string(std::nullopt);
  w.end_object();
  CHECK(out == R"({"a":[-9223372036854775808,true,null,{},[]],"b":{"x":null,"y":[1.5,"é"]},"c":null})");
}

TEST_CASE("An array of spans is written as its pairs one by one would be, past the writer's buffer and at the widest numbers", "[jsonl]") {
  for (size_t count : {size_t{0}, size_t{1}, size_t{2}, size_t{90}, size_t{91}, size_t{92}, size_t{93}, size_t{500}}) {
    std::vector<Span> spans;
    for (size_t k = 0; k < count; ++k) {
      const int64_t a = k % 3 == 0 ? -9223372036854775807 - 1 : static_cast<int64_t>(k * 7919);
      const int64_t b = k % 2 == 0 ? 9223372036854775807 : -static_cast<int64_t>(k);
      spans.push_back(Span{a, b});
    }
    std::string one_by_one, at_once;
    jsonl::JsonWriter w1(one_by_one), w2(at_once);
    for (jsonl::JsonWriter* w : {&w1, &w2}) {
      w->begin_object();
      w->key("x");
      w->integer(1);
      w->key("s");
    }
    w1.begin_array();
    for (const Span& s : spans) w1.pair(s.start, s.end);
    w1.end_array();
    w2.spans(spans);
    for (jsonl::JsonWriter* w : {&w1, &w2}) {
      w->key("y");
      w->integer(2);
      w->end_object();
    }
    CHECK(at_once == one_by_one);
    CHECK(nlohmann::json::parse(at_once)["s"].size() == count);
  }
}

TEST_CASE("A document with every layer is written byte for byte as nlohmann writes it", "[jsonl]") {
  Document d = full_document();
  CHECK(jsonl::dump_line(d) == jsonl::dump_line(nlohmann::json(d)));
  d.extra = nlohmann::json::object();
  CHECK(jsonl::dump_line(d) == jsonl::dump_line(nlohmann::json(d)));
  Document bare;
  CHECK(jsonl::dump_line(bare) == jsonl::dump_line(nlohmann::json(bare)));
}

TEST_CASE("Extra fields named like model fields yield to the model, and show where a layer is absent", "[jsonl]") {
  Document d;
  d.text = "t";
  d.extra = nlohmann::json::parse(R"({"id":"other","quotes":[1],"entities":{"x":1},"text":5,"zz":0})");
  d.entities = std::vector<Entity>{};
  CHECK(jsonl::dump_line(d) == jsonl::dump_line(nlohmann::json(d)));
  d.extra = nlohmann::json::array({1, 2});  // not an object: no extra fields
  CHECK(jsonl::dump_line(d) == jsonl::dump_line(nlohmann::json(d)));
}

TEST_CASE("Invalid UTF-8 in a document is replaced as nlohmann replaces it", "[jsonl]") {
  Document d = full_document();
  d.text = "caf\xe9 \xff\xfe end\xe2\x82";
  d.entities->front().name = "\xc3";
  CHECK(jsonl::dump_line(d) == jsonl::dump_line(nlohmann::json(d)));
}
