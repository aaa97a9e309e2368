#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
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

TEST_CASE("A malformed line's message quotes at most its last 40 bytes, non-ASCII bytes escaped", "[jsonl]") {
  std::string huge = "{\"text\": \"" + std::string(100000, 'a') + "\xFF";
  try {
    jsonl::parse_line(huge, "in.jsonl", 2);
    FAIL("no exception");
  } catch (const Error& e) {
    const std::string what = e.what();
    CHECK(what.rfind("malformed JSON", 0) == 0);
    CHECK(what.size() < 300);
    CHECK(what.find("...") != std::string::npos);
    CHECK(what.find('\xFF') == std::string::npos);
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
