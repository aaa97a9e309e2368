#include <catch2/catch.hpp>

#include "dossier/document.h"
#include "dossier/error.h"
#include "dossier/hash.h"
#include "dossier/ingest.h"

using namespace dossier;

namespace {
const std::string kRaw =
    "Home\n\nMinisters Meet on Security Pact\n\n"
    "Foreign ministers met in the capital on Thursday to discuss the proposal. Mr. Smith said it was useful.\n\n"
    "The talks ended without an agreement, and officials said they would meet again in the spring.\n";
}

TEST_CASE("Ingest builds text, paragraphs and sentences as code-point spans", "[ingest]") {
  Document d = ingest_text(kRaw, "a.txt", nullptr, {});
  CHECK(d.title == "Ministers Meet on Security Pact");
  REQUIRE(d.paragraphs.size() == 3);
  CHECK(span_text(d.text, d.paragraphs[0]) == "Ministers Meet on Security Pact");
  REQUIRE(d.sentences.size() == 4);
  CHECK(span_text(d.text, d.sentences[2]) == "Mr. Smith said it was useful.");
  REQUIRE(d.boilerplate.size() == 1);
  CHECK(d.boilerplate[0].text == "Home");
  CHECK(d.boilerplate[0].line == 1);
}

TEST_CASE("The id hashes the normalized text and source.sha256 the raw bytes", "[ingest]") {
  Document a = ingest_text(kRaw, "a.txt", nullptr, {});
  std::string crlf;
  for (char c : kRaw) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  Document b = ingest_text(crlf, "b.txt", nullptr, {});
  CHECK(a.id == b.id);
  CHECK(a.id == sha256_hex(a.text).substr(0, 16));
  CHECK(a.source.sha256 != b.source.sha256);
  CHECK(a.source.bytes == static_cast<int64_t>(kRaw.size()));
}

TEST_CASE("Manifest values win over detection and the dct records its source", "[ingest]") {
  ManifestEntry m;
  m.dct = "2009-12-01";
  m.title = "Given Title";
  Document d = ingest_text(kRaw, "a.txt", &m, {});
  CHECK(d.title == "Given Title");
  CHECK(d.dct.value == "2009-12-01");
  CHECK(d.dct.source == "manifest");
  IngestOptions opt;
  opt.dct = "2001-01-01";
  Document o = ingest_text(kRaw, "a.txt", nullptr, opt);
  CHECK(o.dct.value == "2001-01-01");
  CHECK(o.dct.source == "option");
  Document none = ingest_text(kRaw, "a.txt", nullptr, {});
  CHECK_FALSE(none.dct.value);
  CHECK(none.dct.source == "none");
}

TEST_CASE("A date stated in the text becomes the dct when nothing else gives one", "[ingest]") {
  Document d = ingest_text("Minister on NATO, 5 December 2008\n\n" + kRaw.substr(39), "a.txt", nullptr, {});
  CHECK(d.published == "2008-12-05");
  CHECK(d.dct.value == "2008-12-05");
  CHECK(d.dct.source == "text");
}

TEST_CASE("An update stamp's date is the dct of a page that says nothing of its publication", "[ingest]") {
  const std::string para =
      "Ministers from the two states agreed on Thursday to hold a new round of talks on their border next month, "
      "officials said after the meeting.";
  Document d = ingest_text("Home | News | World\n\nUPDATED 3:15 PM ET, Thursday, March 6, 2031\n\n"
                           "Ministers Agree to New Round of Border Talks\n\n" + para + "\n\n" + para + "\n",
                           "a.txt", nullptr, {});
  CHECK(d.published == std::nullopt);
  CHECK(d.dct.value == "2031-03-06");
  CHECK(d.dct.source == "text");
}

TEST_CASE("A binary file is rejected and an empty file is flagged", "[ingest]") {
  CHECK_THROWS_AS(ingest_text(std::string("a\0b", 3), "bin", nullptr, {}), Error);
  Document e = ingest_text("", "empty.txt", nullptr, {});
  CHECK(e.text.empty());
  REQUIRE(e.warnings.size() == 1);
  CHECK(e.warnings[0].code == "no-content");
}

TEST_CASE("Plain input keeps every line and a one-line text stays one line", "[ingest]") {
  IngestOptions plain;
  plain.plain = true;
  Document d = ingest_text("Home\nOfficials said the talks would resume\n", "a.txt", nullptr, plain);
  CHECK(d.boilerplate.empty());
  CHECK(d.text == "Home\n\nOfficials said the talks would resume");
  Document one = ingest_text("Officials said the talks would resume", "b.txt", nullptr, plain);
  CHECK(one.text == "Officials said the talks would resume");
  CHECK(one.paragraphs.size() == 1);
}

TEST_CASE("A text whose every line looks like chrome is kept with a warning", "[ingest]") {
  Document d = ingest_text("Home\nLogin\nSubscribe\nContact us\n", "a.txt", nullptr, {});
  CHECK(d.text == "Home\n\nLogin\n\nSubscribe\n\nContact us");
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].message == "no article content found; kept as is (use --plain for clean text)");
}

TEST_CASE("A JSON record gives text, title, date, url and id, and keeps its other fields", "[ingest]") {
  IngestOptions options;
  options.fields.id = "key";
  Document d = ingest_record(
      R"({"text": "The council met on Monday and agreed to repair the old library roof.", "title": "Roof Repairs",)"
      R"( "date": "2024-05-14T09:15:00+02:00", "url": "https://example.org/r", "key": "k7", "lang": "en"})",
      "in.jsonl", 3, options);
  CHECK(d.title == "Roof Repairs");
  CHECK(d.published == "2024-05-14");
  CHECK(d.dct.value == "2024-05-14");
  CHECK(d.url == "https://example.org/r");
  CHECK(d.source.id == "k7");
  CHECK(d.source.meta == nlohmann::json{{"lang", "en"}});
  CHECK(d.text == "The council met on Monday and agreed to repair the old library roof.");
}

TEST_CASE("A JSON record without its text field or with a bad date is rejected at its line", "[ingest]") {
  IngestOptions options;
  try {
    ingest_record(R"({"title": "x"})", "in.jsonl", 4, options);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.line() == 4);
  }
  CHECK_THROWS_AS(ingest_record(R"({"text": "a", "date": "14 May"})", "in.jsonl", 5, options), Error);
  CHECK_THROWS_AS(ingest_record(R"([1, 2])", "in.jsonl", 6, options), Error);
  // A text that is no string: a number, null, an array.
  CHECK_THROWS_AS(ingest_record(R"({"text": 5})", "in.jsonl", 7, options), Error);
  CHECK_THROWS_AS(ingest_record(R"({"text": null})", "in.jsonl", 8, options), Error);
  CHECK_THROWS_AS(ingest_record(R"({"text": ["a"]})", "in.jsonl", 9, options), Error);
}
