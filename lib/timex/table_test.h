// The table runner shared by the timex unit tests: a case is an expression, a DCT (or none),
// the tense of its clause and the value it must normalize to.
#ifndef DOSSIER_LIB_TIMEX_TABLE_TEST_H_
#define DOSSIER_LIB_TIMEX_TABLE_TEST_H_

#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/document.h"
#include "dossier/timex.h"
#include "dossier/utf8.h"

namespace timex_table {

using dossier::timex::Tense;

constexpr Tense U = Tense::kUnknown;
constexpr Tense P = Tense::kPast;
constexpr Tense R = Tense::kPresent;
constexpr Tense F = Tense::kFuture;
constexpr const char* kNoDct = nullptr;

struct Case {
  const char* expression;
  const char* dct;
  Tense tense;
  const char* value;
};

inline std::optional<std::string> dct_of(const char* d) {
  return d ? std::optional<std::string>(d) : std::nullopt;
}

// A one-sentence document of TEXT with DCT (or none).
inline dossier::Document doc_of(const std::string& text, const char* dct) {
  dossier::Document d;
  d.id = "d1";
  d.text = text;
  d.dct.value = dct_of(dct);
  d.sentences.push_back(dossier::Span{0, static_cast<int64_t>(dossier::utf8::OffsetMap(text).cp_size())});
  return d;
}

struct Found {
  const char* text;
  const char* value;
};

// The timexes of TEXT (dct DCT) are exactly WANT, their text and value, in order.
inline void check_found(const std::string& text, const char* dct, const std::vector<Found>& want) {
  INFO(text);
  auto ts = dossier::timex::find_timexes(doc_of(text, dct));
  REQUIRE(ts.size() == want.size());
  for (size_t i = 0; i < ts.size(); ++i) {
    CHECK(ts[i].text == want[i].text);
    CHECK(ts[i].value == want[i].value);
  }
}

// The timexes of TEXT (dct DCT), a document whose sentences end at each ". ", are exactly
// WANT, their text and value, in order. Sentence bounds are code points, as a Document's are.
inline void check_found_in_sentences(const std::string& text, const char* dct, const std::vector<Found>& want) {
  INFO(text);
  dossier::Document d = doc_of(text, dct);
  dossier::utf8::OffsetMap map(text);
  auto cp = [&](size_t byte) { return static_cast<int64_t>(map.to_cp(byte)); };
  d.sentences.clear();
  size_t start = 0;
  for (size_t at = text.find(". "); at != std::string::npos; at = text.find(". ", start)) {
    d.sentences.push_back(dossier::Span{cp(start), cp(at + 1)});
    start = at + 2;
  }
  d.sentences.push_back(dossier::Span{cp(start), cp(text.size())});
  auto ts = dossier::timex::find_timexes(d);
  REQUIRE(ts.size() == want.size());
  for (size_t i = 0; i < ts.size(); ++i) {
    CHECK(ts[i].text == want[i].text);
    CHECK(ts[i].value == want[i].value);
  }
}

// Checks every case of a table, naming the expression and DCT of a failing one.
inline void check_cases(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    INFO("expression: " << c.expression << ", dct: " << (c.dct ? c.dct : "none"));
    auto v = dossier::timex::normalize(c.expression, dct_of(c.dct), c.tense);
    REQUIRE(v.has_value());
    CHECK(v->value == c.value);
  }
}

}  // namespace timex_table

#endif  // DOSSIER_LIB_TIMEX_TABLE_TEST_H_
