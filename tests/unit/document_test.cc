#include <catch2/catch.hpp>

#include "dossier/document.h"
#include "dossier/error.h"
#include "dossier/jsonl.h"

using namespace dossier;
using nlohmann::json;

TEST_CASE("A document survives a round trip through JSON", "[document]") {
  Document d;
  d.id = "0123456789abcdef";
  d.source = {"a.txt", "ff", 10, std::nullopt, {}};
  d.title = "Title";
  d.dct = {"2010-02-04", "manifest"};
  d.text = "Title\n\nBody.";
  d.paragraphs = {{0, 5}, {7, 12}};
  d.sentences = d.paragraphs;
  d.boilerplate.push_back({"Read more", "navigation", 9});
  d.entities = std::vector<Entity>{{"e1", "NATO", "ORG", {"NATO"}, std::nullopt, {{0, 4}}}};
  json j = d;
  Document back = document_from_json(j);
  CHECK(json(back) == j);
  CHECK(j["schema"] == "dossier.document/1");
  CHECK(j["publisher"].is_null());
  CHECK(j["paragraphs"] == json::array({json::array({0, 5}), json::array({7, 12})}));
  CHECK_FALSE(j.contains("quotes"));
}

TEST_CASE("Unknown fields pass through unchanged", "[document]") {
  json j = json::parse(R"({"schema":"dossier.document/1","id":"x","text":"t","sentiment":{"score":1}})");
  Document d = document_from_json(j);
  json out = d;
  CHECK(out["sentiment"] == json::parse(R"({"score":1})"));
}

TEST_CASE("A record without text is rejected with the field named", "[document]") {
  CHECK_THROWS_WITH(document_from_json(json::parse(R"({"id":"x"})")), Catch::Contains("text"));
  CHECK_THROWS_AS(document_from_json(json::parse(R"([1,2])")), Error);
  CHECK_THROWS_WITH(document_from_json(json::parse(R"({"schema":"dossier.event/1","text":"t"})")),
                    Catch::Contains("not a document"));
}

TEST_CASE("A malformed span is rejected", "[document]") {
  CHECK_THROWS_WITH(document_from_json(json::parse(R"({"text":"t","sentences":[[3,1]]})")),
                    "span [3, 1] is reversed: a span must have 0 <= start <= end");
  CHECK_THROWS_AS(document_from_json(json::parse(R"({"text":"t","sentences":[["a",1]]})")), Error);
}

TEST_CASE("span_text counts code points", "[document]") {
  std::string text = "Z\xC3\xBCrich and Gen\xC3\xA8ve";
  CHECK(span_text(text, {0, 6}) == "Z\xC3\xBCrich");
  CHECK(span_text(text, {11, 17}) == "Gen\xC3\xA8ve");
}

TEST_CASE("Records are written as one line with sorted keys", "[document]") {
  json j = json::parse(R"({"b":1,"a":"x\ny"})");
  CHECK(jsonl::dump_line(j) == R"({"a":"x\ny","b":1})");
}

TEST_CASE("A document is written the same by the fast writer and through to_json", "[document]") {
  Document d;
  d.id = "0123456789abcdef";
  d.source = {"a.txt", "ff", 10, std::nullopt, {}};
  d.dct = {std::nullopt, "none"};
  d.text = "Caf\xC3\xA9 \"quoted\"\n";
  d.sentences = {{0, 4}};
  d.timexes = std::vector<Timex>{};
  d.extra = json::parse(R"({"b_layer":{"k":[1,2]},"zz":null})");
  std::string moved = jsonl::dump_line(document_to_json(Document(d)));
  CHECK(jsonl::dump_line(d) == jsonl::dump_line(json(d)));
  CHECK(jsonl::dump_line(d) == moved);
}

TEST_CASE("A document read by the fast reader equals the one read through nlohmann", "[document]") {
  Document d;
  d.id = "x";
  d.text = "t";
  d.title = "T";
  d.entities = std::vector<Entity>{{"e1", "NATO", "ORG", {"NATO"}, std::nullopt, {{0, 1}}}};
  std::string line = jsonl::dump_line(d);
  Document fast = jsonl::parse_document(line, "in.jsonl", 1);
  Document slow = document_from_json(json::parse(line));
  CHECK(json(fast) == json(slow));
  CHECK(fast.title == std::optional<std::string>("T"));
  CHECK(fast.entities->front().mentions == std::vector<Span>{{0, 1}});
}
