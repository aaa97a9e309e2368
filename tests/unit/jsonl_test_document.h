// A document with every layer, shared by the JSON Lines reader and writer tests.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dossier/document.h"

namespace dossier::testing {

// A document with every layer, optional fields set and unset, and extra fields that sort
// before, between and after the known keys.
inline Document full_document() {
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

}  // namespace dossier::testing
