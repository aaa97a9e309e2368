#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dossier/error.h"
#include "dossier/jsonl.h"
#include "jsonl_test_document.h"

using namespace dossier;
using dossier::testing::full_document;

namespace {
// What the reference reader makes of LINE: the serialized document, or the error message.
std::string reference_read(const std::string& line) {
  try {
    return jsonl::dump_line(nlohmann::json(document_from_json(jsonl::parse_line(line, "in.jsonl", 3))));
  } catch (const Error& e) {
    return std::string("error: ") + e.what() + " @" + e.file() + ":" + std::to_string(e.line());
  }
}

std::string fast_read(const std::string& line) {
  try {
    return jsonl::dump_line(jsonl::parse_document(line, "in.jsonl", 3));
  } catch (const Error& e) {
    return std::string("error: ") + e.what() + " @" + e.file() + ":" + std::to_string(e.line());
  }
}
}  // namespace

TEST_CASE("The fast reader reads a document with every layer as the reference reader does", "[jsonl]") {
  std::string line = jsonl::dump_line(full_document());
  CHECK(fast_read(line) == reference_read(line));
  CHECK(fast_read(line) == line);
  Document back = jsonl::parse_document(line, "in.jsonl", 1);
  CHECK(back.extra["a"].is_number_unsigned());
  CHECK(back.extra["c_x"][1].get<int64_t>() == -2);
  REQUIRE(back.quotes);
  CHECK_FALSE(back.quotes->at(1).speech);
  CHECK(back.quotes->at(1).source_text == std::optional<std::string>("a ministry source"));
  CHECK_FALSE(back.quotes->at(2).speaker);
}

TEST_CASE("The fast reader agrees with the reference reader on unusual and broken records", "[jsonl]") {
  const std::vector<std::string> cases = {
      R"({"text":"t"})",
      R"({"text":"t","schema":"dossier.document/1","id":null,"title":null,"entities":null,"quotes":[]})",
      R"({"text":"t","schema":"dossier.event/1"})",
      R"({"schema":"dossier.document/1"})",
      R"({"text":5})",
      R"([1,2])",
      R"("text")",
      R"({"text":"t","id":5})",
      R"({"text":"t","source":{"path":"p","bytes":3.5}})",
      R"({"text":"t","source":{"bytes":true}})",
      R"({"text":"t","source":"p"})",
      R"({"text":"t","source":{"bytes":18446744073709551615}})",
      R"({"text":"t","source":{"bytes":-3}})",
      R"({"text":"t","dct":"2010-01-01"})",
      R"({"text":"t","dct":{"value":null}})",
      R"({"text":"t","dct":{"source":"text"}})",
      R"({"text":"t","dct":5})",
      R"({"text":"t","dct":{"value":5}})",
      R"({"text":"t","title":5})",
      R"({"text":"t","sentences":[[3,1]]})",
      R"({"text":"t","sentences":[["a",1]]})",
      R"({"text":"t","sentences":[[1,2,3]]})",
      R"({"text":"t","sentences":[[-1,2]]})",
      R"({"text":"t","sentences":[[1.0,2]]})",
      R"({"text":"t","sentences":[[0,9223372036854775808]]})",
      R"({"text":"t","sentences":{"a":1}})",
      R"({"text":"t","paragraphs":null})",
      R"({"text":"t","boilerplate":["a",{"text":"b","kind":"promo","line":2},3,null,[1]]})",
      R"({"text":"t","boilerplate":{"text":"b"}})",
      R"({"text":"t","boilerplate":[{"line":"x"}]})",
      R"({"text":"t","warnings":[{"code":"c","at":1.5},{"at":"x"},{"at":null},{"at":-4},"w",{"at":18446744073709551615}]})",
      R"({"text":"t","warnings":5})",
      R"({"text":"t","entities":{}})",
      R"({"text":"t","entities":[1,"x",{"id":"e1","aliases":["a",5]}]})",
      R"({"text":"t","entities":[{"id":"e1","kb":5}]})",
      R"({"text":"t","entities":[{"id":"e1","mentions":[[0,1]],"mentions":[[2,3]]}]})",
      R"({"text":"t","entities":[{"id":"e1","extra":1,"aliases":null,"mentions":null,"kb":null}]})",
      R"({"text":"t","quotes":[{"speaker":"a name"},{"speaker":5},{"speaker":{"name":"n"}},{"speaker":null}]})",
      R"({"text":"t","quotes":[{"speech":"yes"}]})",
      R"({"text":"t","quotes":[{"speech":null,"span":null,"cue":null}]})",
      R"({"text":"t","quotes":[{"speaker":{"name":"a"},"speaker":5}]})",
      R"({"text":"t","quotes":[{"speaker":{"entity":3}}]})",
      R"({"text":"t","timexes":[{"id":"t1","value":7}]})",
      R"({"text":"t","positions":[{"via":"q1","evidence":[1,0]}]})",
      R"({"text":"t","positions":[{"via":"q1","evidence":[0,1]}],"positions":null})",
      R"({"text":"a","text":"b"})",
      R"({"text":"t","x":1,"x":2})",
      R"({"text":"t","big":18446744073709551616,"neg":-9223372036854775809,"f":1e2,"z":-0})",
      R"({"text":"t","u":"\ud83d\ude00 \u00e9 \u0000"})",
      R"({"text":"\ud800"})",
      R"({"text":"t","n":1E400})",
      "{\"text\":\"a\x01\"}",
      "{\"text\":\"\xff\"}",
      R"({"text":"t"} x)",
      R"({"text": )",
      R"(  {"text":"t"}  )",
      "",
  };
  for (const auto& line : cases) {
    INFO("line: " << line);
    CHECK(fast_read(line) == reference_read(line));
  }
}

TEST_CASE("The fast reader reports malformed JSON with file and line", "[jsonl]") {
  try {
    (void)jsonl::parse_document("{\"text\": \"a", "in.jsonl", 7);
    FAIL("no exception");
  } catch (const Error& e) {
    CHECK(e.file() == "in.jsonl");
    CHECK(e.line() == 7);
    CHECK_THAT(e.what(), Catch::StartsWith("malformed JSON: column 12:"));
  }
}

TEST_CASE("The fast reader reads records longer than the parser keeps capacity for", "[jsonl]") {
  Document d;
  d.text = std::string(17u << 20, 'a');
  d.sentences = {{0, 5}};
  std::string line = jsonl::dump_line(d);
  Document back = jsonl::parse_document(line, "in.jsonl", 1);
  CHECK(back.text.size() == d.text.size());
  CHECK(back.sentences == d.sentences);
  CHECK(jsonl::dump_line(jsonl::parse_document(R"({"text":"t"})", "in.jsonl", 2)) ==
        jsonl::dump_line(nlohmann::json(document_from_json(nlohmann::json::parse(R"({"text":"t"})")))));
}

namespace {
// The members KEYS of LINE as the tree gives them ("-" absent, "~" null, "?" another value,
// else the string), or the error; by the tree (parse_line) or without it (read_members).
std::string members_by_tree(const std::string& line, const std::vector<std::string_view>& keys) {
  try {
    const nlohmann::json j = jsonl::parse_line(line, "m.jsonl", 4);
    if (!j.is_object()) return "no object";
    std::string out;
    for (std::string_view k : keys) {
      auto it = j.find(std::string(k));
      out += it == j.end() ? "-" : it->is_null() ? "~" : it->is_string() ? it->get<std::string>() : "?";
      out += '|';
    }
    return out;
  } catch (const Error& e) {
    return std::string("error: ") + e.what() + " @" + e.file() + ":" + std::to_string(e.line());
  }
}

std::string members_by_sax(const std::string& line, const std::vector<std::string_view>& keys) {
  try {
    std::vector<jsonl::Member> got(keys.size());
    if (!jsonl::read_members(line, "m.jsonl", 4, keys.data(), keys.size(), got.data())) return "no object";
    std::string out;
    for (const jsonl::Member& m : got) {
      out += m.type == jsonl::Member::kAbsent ? "-" : m.type == jsonl::Member::kNull ? "~"
             : m.type == jsonl::Member::kString ? m.text : "?";
      out += '|';
    }
    return out;
  } catch (const Error& e) {
    return std::string("error: ") + e.what() + " @" + e.file() + ":" + std::to_string(e.line());
  }
}
}  // namespace

TEST_CASE("Reading a line's members without a tree gives what the tree gives, errors included", "[jsonl]") {
  const std::vector<std::string_view> keys = {"path", "when", "site"};
  const std::vector<std::string> lines = {
      R"({"path": "a/b.txt", "when": "2030-04-05"})",
      R"({"when": null, "path": "c.txt", "site": 7})",
      R"({"path": "first.txt", "path": "second.txt"})",
      R"({"path": 3, "path": "later.txt", "site": "x", "site": [1, {"path": "inner"}]})",
      R"({"other": {"path": "nested.txt", "when": "no"}, "site": {"a": 1}})",
      R"({"pa\u0074h": "esc\"aped\n", "when": true, "site": 1.5e3})",
      R"([{"path": "in an array"}])",
      R"("path")",
      R"({"path": "a.txt"} trailing)",
      R"({"path": "a.txt", })",
      R"({"path": "\ud800"})",
      R"({"path": "big", "site": 1E400})",
      R"({"path": "caf)" "\xC3\xA9" R"("})",
      R"({"path": "bad )" "\xC3\x28" R"("})",
      R"({"path": "over)" "\xC0\xAF" R"(long"})",
      R"({"path": "half )" "\xED\xA0\x80" R"( a surrogate"})",
      "\xEF\xBB\xBF" R"({"path": "after a byte order mark"})",
      R"({"path": "a.txt"}{"path": "b.txt"})",
      R"({"path": "a.txt"} {})",
      R"({"path": "tab	inside"})",
      std::string(R"({"path": "nul )") + '\0' + R"( inside"})",
      std::string(R"({"path": "nul after"})") + '\0',
      R"({"path": "del )" "\x7F" R"("})",
      R"( {"path" : "spaced" , "site" : null } )",
      R"({"path": "a.txt", "when": nul})",
      R"({"path": "a.txt", "when": "x",})",
      R"({"path": "a.txt" "when": "x"})",
      R"({"path": "a.txt", "site": -0.0, "when": false})",
      R"({"path": "a.txt", "site": 12345678901234567890123})",
      R"({'path': 'single'})",
      R"({"path": "a.txt"})" "\r",
      "",
  };
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(members_by_sax(line, keys) == members_by_tree(line, keys));
  }
  CHECK(members_by_sax(R"({"when": "x", "path": "y"})", keys) == "y|x|-|");
}
