#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
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
