#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <vector>
#include <unistd.h>

#include "dossier/error.h"
#include "dossier/jsonl.h"

using namespace dossier;

namespace {
std::string temp_file(const std::string& content) {
  char name[] = "/tmp/dossier_jsonl_XXXXXX";
  int fd = mkstemp(name);
  REQUIRE(fd >= 0);
  close(fd);
  std::ofstream(name, std::ios::binary) << content;
  return name;
}
}  // namespace

TEST_CASE("The line reader numbers lines and strips CR", "[jsonl]") {
  auto path = temp_file("{\"a\":1}\r\n\n{\"b\":2}\n");
  jsonl::LineReader r(path);
  std::string line;
  REQUIRE(r.next(line));
  CHECK(line == "{\"a\":1}");
  CHECK(r.line_number() == 1);
  REQUIRE(r.next(line));
  CHECK(line.empty());
  REQUIRE(r.next(line));
  CHECK(line == "{\"b\":2}");
  CHECK(r.line_number() == 3);
  CHECK_FALSE(r.unterminated());
  CHECK_FALSE(r.next(line));
  std::remove(path.c_str());
}

TEST_CASE("A last line without newline is returned and flagged as unterminated", "[jsonl]") {
  auto path = temp_file("{\"a\":1}\n{\"b\":");
  jsonl::LineReader r(path);
  std::string line;
  REQUIRE(r.next(line));
  REQUIRE(r.next(line));
  CHECK(line == "{\"b\":");
  CHECK(r.unterminated());
  std::remove(path.c_str());
}

TEST_CASE("Lines longer than the read buffer are read whole", "[jsonl]") {
  std::string big(3u << 20, 'x');
  auto path = temp_file(big + "\nshort\n");
  jsonl::LineReader r(path);
  std::string line;
  REQUIRE(r.next(line));
  CHECK(line.size() == big.size());
  REQUIRE(r.next(line));
  CHECK(line == "short");
  std::remove(path.c_str());
}

TEST_CASE("A long line keeps its CR stripped, its number and what follows it", "[jsonl]") {
  std::string big(3u << 20, 'y');
  big[12345] = '\r';  // a CR inside the line stays
  auto path = temp_file(big + "\r\nnext\n" + big + "\n" + big.substr(0, (1u << 20) + 7));
  jsonl::LineReader r(path);
  std::string line;
  REQUIRE(r.next(line));
  CHECK(line == big);
  REQUIRE(r.next(line));
  CHECK(line == "next");
  CHECK(r.line_number() == 2);
  REQUIRE(r.next(line));
  CHECK(line == big);
  CHECK_FALSE(r.unterminated());
  REQUIRE(r.next(line));
  CHECK(line == big.substr(0, (1u << 20) + 7));
  CHECK(r.unterminated());
  CHECK(r.line_number() == 4);
  CHECK_FALSE(r.next(line));
  std::remove(path.c_str());
}

TEST_CASE("A long line in a large file holds room for a few times its size, not for the rest of the file", "[jsonl]") {
  const std::string big(2u << 20, 'w');
  std::string rest;
  for (int i = 0; i < 400000; ++i) rest += "{\"n\":12345678901234567890}\n";  // 10 MB of short lines
  auto path = temp_file(big + "\n" + rest);
  jsonl::LineReader r(path);
  std::string line;
  REQUIRE(r.next(line));
  CHECK(line == big);
  CHECK(line.capacity() <= 4 * big.size() + (2u << 20));
  REQUIRE(r.next(line));
  CHECK(line == "{\"n\":12345678901234567890}");
  std::remove(path.c_str());
}

TEST_CASE("A long line from a pipe is read whole", "[jsonl]") {
  const std::string big(5u << 20, 'z');
  const std::string input = big + "\r\nshort";
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  std::thread writer([&] {
    for (size_t at = 0; at < input.size();) {
      ssize_t n = ::write(fds[1], input.data() + at, std::min<size_t>(input.size() - at, 100000));
      if (n <= 0) break;
      at += static_cast<size_t>(n);
    }
    ::close(fds[1]);
  });
  {
    jsonl::LineReader r("/dev/fd/" + std::to_string(fds[0]));
    std::string line;
    REQUIRE(r.next(line));
    CHECK(line == big);
    REQUIRE(r.next(line));
    CHECK(line == "short");
    CHECK(r.unterminated());
    CHECK_FALSE(r.next(line));
  }
  writer.join();
  ::close(fds[0]);
}

TEST_CASE("Malformed JSON is reported with file and line", "[jsonl]") {
  try {
    jsonl::parse_line("{\"a\": ", "in.jsonl", 7);
    FAIL("no exception");
  } catch (const Error& e) {
    CHECK(e.file() == "in.jsonl");
    CHECK(e.line() == 7);
    CHECK(std::string(e.what()).find("malformed JSON") == 0);
  }
}

TEST_CASE("Opening a missing file names it", "[jsonl]") {
  CHECK_THROWS_AS(jsonl::LineReader("/nonexistent/x.jsonl"), Error);
}

TEST_CASE("A number too large for a double is malformed JSON, not a crash", "[jsonl]") {
  CHECK_THROWS_AS(jsonl::parse_line("3333E3333333{\"\"", "f", 1), Error);
  CHECK_THROWS_WITH(jsonl::parse_line("[1E400]", "f", 1), Catch::StartsWith("malformed JSON"));
}

TEST_CASE("A byte count written as a float is read when whole and rejected when out of range", "[jsonl]") {
  auto line = [](const std::string& bytes) {
    return R"({"schema":"dossier.document/1","id":"a","source":{"path":"a","bytes":)" + bytes + R"(},"text":"x"})";
  };
  CHECK(jsonl::parse_document(line("12.0"), "f", 1).source.bytes == 12);
  CHECK_THROWS_AS(jsonl::parse_document(line("12.5"), "f", 1), Error);
  CHECK_THROWS_AS(jsonl::parse_document(line("5.2e94"), "f", 1), Error);
  CHECK_THROWS_AS(dossier::document_from_json(jsonl::parse_line(line("-1e300"), "f", 1)), Error);
}

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

// A document with every layer, optional fields set and unset, and extra fields that sort
// before, between and after the known keys.
Document full_document() {
  Document d;
  d.id = "0123456789abcdef";
  d.source = {"news/a \"b\".txt", "ff00", 1234, std::nullopt, {}};
  d.title = "Z\xC3\xBCrich \xE2\x80\x94 \xF0\x9F\x98\x80 title";
  d.published = "2010-02-04";
  d.dct = {"2010-02-04", "manifest"};
  d.url = "https://example.org/a?b=c&d=\\e";
  d.text = "Line one.\n\n\tTab \x01 bell \x1f \x7f and \"quotes\" \\ back\r\n\xC3\xA9t\xC3\xA9";
  d.paragraphs = {{0, 9}, {11, 40}};
  d.sentences = {{0, 9}, {11, 25}, {26, 40}};
  d.boilerplate.push_back({"Read more \xE2\x80\xA6", "navigation", 9});
  d.boilerplate.push_back({"", "other", 0});
  d.warnings.push_back({"invalid-utf8", "replaced 2 bytes", 17, 3});
  d.warnings.push_back({"empty-title", "no title", std::nullopt, 0});
  d.entities = std::vector<Entity>{{"e1", "NATO", "ORG", {"NATO", "the Alliance"}, std::string("Q7184"), {{0, 4}, {9, 13}}},
                                   {"e2", "Z\xC3\xBCrich", "GPE", {}, std::nullopt, {}}};
  Quote q1;
  q1.id = "q1";
  q1.text = "We \"will\" go";
  q1.span = {3, 15};
  q1.kind = "direct";
  q1.speaker = Speaker{std::string("e1"), "NATO"};
  q1.cue = "said";
  Quote q2;
  q2.id = "q2";
  q2.text = "x";
  q2.speech = false;
  q2.kind = "indirect";
  q2.speaker = Speaker{std::nullopt, "a source"};
  q2.source_text = "a ministry source";
  Quote q3;
  q3.id = "q3";
  q3.kind = "partial";
  d.quotes = std::vector<Quote>{q1, q2, q3};
  d.timexes = std::vector<Timex>{{"t1", "Tuesday", {1, 8}, "DATE", "2010-02-02"}};
  d.positions = std::vector<Position>{{"e1", "sanctions", "support", "2010-02-04", {0, 9}, std::string("q1")},
                                      {"e2", "tax", "oppose", "2010", {2, 3}, std::nullopt}};
  d.extra = nlohmann::json::parse(R"({"a":1,"c_x":[1,-2,2.5,true,null,"\u0001"],"q":{"z":1,"a":{}},
                                      "sentiment":{"score":-0.25},"zzz":"end","Upper":"u"})");
  return d;
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
