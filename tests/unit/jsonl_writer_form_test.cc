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
using jsonl::Field;
using jsonl::field_bit;

// full_document() as every dossier tool writes it: without fields of other tools.
std::string writer_form_line() {
  Document d = full_document();
  d.extra = nlohmann::json::object();
  return jsonl::dump_line(d);
}

Document read_using(std::string line, jsonl::FieldSet reads, jsonl::FieldSet writes) {
  return jsonl::parse_document_using(std::move(line), jsonl::FieldUse{reads, writes}, "in.jsonl", 3);
}

// The document as the writer writes it from the model alone, not from the record it was read from.
std::string model_dump(Document d) {
  d.raw = nullptr;
  return jsonl::dump_line(d);
}
}  // namespace

TEST_CASE("A record in the writer's form is read as the general reader reads it", "[jsonl]") {
  const std::string line = writer_form_line();
  CHECK(jsonl::in_writer_form(line));
  Document d = read_using(line, jsonl::kAllFields, jsonl::kAllFields);
  REQUIRE(d.raw);
  CHECK(model_dump(d) == line);
  CHECK(model_dump(d) == jsonl::dump_line(jsonl::parse_document(line, "in.jsonl", 3)));
  Document bare;
  CHECK(jsonl::in_writer_form(jsonl::dump_line(bare)));
  CHECK(model_dump(read_using(jsonl::dump_line(bare), jsonl::kAllFields, jsonl::kAllFields)) ==
        jsonl::dump_line(bare));
}

TEST_CASE("Fields a tool leaves alone are written back as they were read", "[jsonl]") {
  const std::string line = writer_form_line();
  Document d = read_using(line, 0, 0);
  CHECK(d.text.empty());
  CHECK_FALSE(d.entities);
  CHECK(jsonl::dump_line(d) == line);
  // What the tool does not claim to write stays as read, even if it changed it.
  d = read_using(line, field_bit(Field::kText), 0);
  CHECK(d.text == full_document().text);
  d.text = "changed";
  CHECK(jsonl::dump_line(d) == line);
}

TEST_CASE("Fields a tool writes come from its document, in the writer's place", "[jsonl]") {
  Document expected = full_document();
  expected.extra = nlohmann::json::object();
  expected.timexes.reset();
  const std::string line = jsonl::dump_line(expected);
  Document d = read_using(line, field_bit(Field::kText), field_bit(Field::kTimexes) | field_bit(Field::kWarnings));
  CHECK_FALSE(d.entities);
  CHECK(d.warnings.size() == 2);  // read, since the tool writes them
  d.timexes = std::vector<Timex>{{"t9", "now", {0, 3}, "DATE", "PRESENT_REF"}};
  d.warnings.pop_back();
  expected.timexes = d.timexes;
  expected.warnings.pop_back();
  CHECK(jsonl::dump_line(d) == jsonl::dump_line(expected));
  // A layer the record had and the tool dropped is gone.
  d.timexes.reset();
  expected.timexes.reset();
  CHECK(jsonl::dump_line(d) == jsonl::dump_line(expected));
}

TEST_CASE("Records not in the writer's form are read whole and written from the model", "[jsonl]") {
  const std::string line = writer_form_line();
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string s = line;
    size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
  };
  const std::vector<std::string> cases = {
      replaced("\"byline\":", "\"byline\": "),                     // a space
      replaced("{\"boilerplate\"", "{\"aaa\":1,\"boilerplate\""),  // a field of another tool
      replaced("\"id\":\"q2\"", "\"id\":\"q\\u0032\""),            // an escape the writer does not write
      replaced("https://", "https:\\/\\/"),
      replaced("\\u0001", "\\U0001"),
      replaced("\\u001f", "\\u001F"),                             // uppercase hex
      replaced("\\t", "\\u0009"),                                  // a long form of a short escape
      replaced("\"line\":9", "\"line\":09"),
      replaced("\"line\":9", "\"line\":9.0"),
      replaced("\"line\":9", "\"line\":-0"),
      replaced("\"line\":9", "\"line\":1234567890123456789"),
      replaced("[[0,4],[9,13]]", "[[4,0],[9,13]]"),                // a span backwards
      replaced("\"kb\":\"Q7184\",", "\"kb\":null,"),              // the writer leaves an absent kb out
      replaced("\"kind\":\"navigation\",", ""),                    // a missing key
      replaced("\"speech\":false", "\"speech\":0"),
      replaced(R"("source":{"bytes":1234,)", R"("source":{"bytes":1234,"x":1,)"),
      line.substr(0, line.size() - 1),
      line + " ",
      line + "}",
  };
  for (const auto& c : cases) {
    INFO("line: " << c);
    CHECK_FALSE(jsonl::in_writer_form(c));
    Document d;
    std::string general;
    try {
      general = jsonl::dump_line(jsonl::parse_document(c, "in.jsonl", 3));
      d = read_using(c, 0, 0);
    } catch (const Error& e) {
      CHECK_THROWS_AS(read_using(c, 0, 0), Error);
      continue;
    }
    CHECK_FALSE(d.raw);
    CHECK(jsonl::dump_line(d) == general);
  }
}

TEST_CASE("Every string the writer writes reads back in the writer's form", "[jsonl]") {
  Document d;
  for (int c = 1; c < 0x80; ++c) d.text += static_cast<char>(c);
  d.text += std::string(1, '\0') + "\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80\xE2\x80\xA8 end";
  d.title = d.text;
  d.warnings.push_back({"c", "m", -5, -1});
  const std::string line = jsonl::dump_line(d);
  CHECK(jsonl::in_writer_form(line));
  CHECK(model_dump(read_using(line, jsonl::kAllFields, jsonl::kAllFields)) == line);
  CHECK(read_using(line, jsonl::kAllFields, 0).text == d.text);
  // Invalid UTF-8 is replaced by the writer, so it never reads as the writer's form.
  CHECK_FALSE(jsonl::in_writer_form("{\"boilerplate\":[],\"text\":\"\xff\"}"));
}
