#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <thread>
#include <string>
#include <limits>
#include <vector>

#include "dossier/entities.h"
#include "dossier/error.h"
#include "entities/tagger.h"

using namespace dossier;
using namespace dossier::entities_detail;

namespace {

// The tagger's names in TEXT as "surface TYPE" strings.
std::vector<std::string> tagged(const std::string& text) {
  Document doc;
  doc.text = text;
  std::vector<Token> toks = tokenize(text);
  const TokenFeatures& features = document_features(doc, Gazetteer::builtin());
  std::vector<uint8_t> tags;
  std::vector<float> margins;
  TaggerModel::builtin().tag(features, toks.size(), tags, margins);
  std::vector<std::string> out;
  for (const TaggedName& nm : TaggerModel::names(tags, margins, features))
    out.push_back(text.substr(toks[nm.first].begin, toks[nm.last - 1].end - toks[nm.first].begin) + " " +
                  std::string(kind_type(nm.kind)));
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

Entity entity(const std::string& name, const std::string& type, std::vector<std::string> aliases) {
  Entity e;
  e.name = name;
  e.type = type;
  e.aliases = std::move(aliases);
  return e;
}

// A small training set: one document, tagged from its entities.
std::vector<TaggerModel::Example> tiny_examples() {
  std::vector<TaggerModel::Example> out;
  for (const std::string text : {"Anna Berg visited Oslo with the Nordic Trade Council.",
                                 "The Nordic Trade Council met Anna Berg in Bergen."}) {
    Document doc;
    doc.text = text;
    TaggerModel::Example& ex = out.emplace_back();
    ex.gold = gold_tags(text, tokenize(text),
                        {entity("Anna Berg", "PERSON", {"Anna Berg"}), entity("Oslo", "GPE", {"Oslo"}),
                         entity("Bergen", "GPE", {"Bergen"}), entity("Nordic Trade Council", "ORG", {"the Nordic Trade Council"})});
    ex.features = document_features(doc, Gazetteer::builtin());
  }
  return out;
}

}  // namespace

TEST_CASE("The shipped tagger weights load", "[entities]") {
  REQUIRE_FALSE(TaggerModel::builtin().empty());
}

TEST_CASE("The shipped tagger tags people and organisations in sentences it has not seen", "[entities]") {
  // Written for this test: none of these names is in the gazetteer or the training text.
  auto a = tagged("Margaret Okonkwo spoke at the Riverside Polytechnic Institute on Monday.");
  CHECK(has(a, "Margaret Okonkwo PERSON"));
  CHECK(has(a, "Riverside Polytechnic Institute ORG"));
  auto b = tagged("The mayor, Harold Venkataraman, thanked the Ministry of Culture for the grant.");
  CHECK(has(b, "Harold Venkataraman PERSON"));
  CHECK(has(b, "Ministry of Culture ORG"));
}

TEST_CASE("Lower-case words away from capitalized ones are never part of a name", "[entities]") {
  CHECK(tagged("the committee said on friday that prices would rise again.").empty());
}

TEST_CASE("Gold tags come from each entity's forms, longest first, without a title or a leading article", "[entities]") {
  std::string text = "President Anna Berg met the Nordic Trade Council. Berg left.";
  auto toks = tokenize(text);
  auto gold = gold_tags(text, toks,
                        {entity("Anna Berg", "PERSON", {"President Anna Berg", "Berg"}),
                         entity("Nordic Trade Council", "ORG", {"the Nordic Trade Council"})});
  std::vector<uint8_t> expected = {0,                       // President
                                   1, 2,                    // Anna Berg
                                   0, 0,                    // met the
                                   3, 4, 4,                 // Nordic Trade Council
                                   0, 1, 0, 0};             // . Berg left .
  CHECK(gold == expected);
}

TEST_CASE("Training twice on the same data gives the same weights file", "[entities]") {
  auto examples = tiny_examples();
  std::string a = TaggerModel::train(examples, 3).to_bytes();
  std::string b = TaggerModel::train(examples, 3).to_bytes();
  CHECK(a == b);
  CHECK(TaggerModel::from_bytes(a).to_bytes() == a);
}

TEST_CASE("A malformed weights file is rejected", "[entities]") {
  CHECK_THROWS_AS(TaggerModel::from_bytes("not weights"), Error);
  std::string good = TaggerModel::train(tiny_examples(), 1).to_bytes();
  CHECK_THROWS_AS(TaggerModel::from_bytes(good.substr(0, good.size() - 3)), Error);
}

TEST_CASE("A name opens and ends on a capitalized word, never on a connector or a possessive", "[entities]") {
  for (const std::string text : {"Russia's Lavrov spoke.", "The Bank of England and the Bank of the North met."}) {
    for (const std::string& name : tagged(text)) {
      std::string surface = name.substr(0, name.rfind(' '));  // without the type
      INFO(surface);
      CHECK(surface.rfind("'s", 0) != 0);
      CHECK(surface.rfind("of ", 0) != 0);
      CHECK((surface.size() < 3 || surface.compare(surface.size() - 3, 3, " of") != 0));
      CHECK((surface.size() < 4 || surface.compare(surface.size() - 4, 4, " the") != 0));
    }
  }
}

TEST_CASE("The features against a second gazetteer are not read from what the first one said of a word",
          "[entities]") {
  const std::string path = "tagger_test_gazetteer_tmp.jsonl";
  {
    std::ofstream out(path);
    out << R"({"name": "Zorbland", "type": "GPE", "aliases": ["Zorb"]})" << "\n";
  }
  Gazetteer g = Gazetteer::builtin();
  g.add_jsonl(path);
  std::remove(path.c_str());
  Document doc;
  doc.text = "Delegates from Zorb met in Geneva.";
  // Features against g alone, on a thread of its own (its own buffers and lookups) ...
  TokenFeatures alone;
  std::thread([&] { alone = document_features(doc, g); }).join();
  // ... and against g after the built-in gazetteer has been asked about the same words.
  document_features(doc, Gazetteer::builtin());
  const TokenFeatures& after = document_features(doc, g);
  const size_t n = tokenize(doc.text).size();
  for (size_t i = 0; i < n; ++i) {
    INFO(i);
    REQUIRE(after.scored(i) == alone.scored(i));
    CHECK(std::equal(after.begin(i), after.end(i), alone.begin(i), alone.end(i)));
  }
}

namespace {

// The feature buckets of token I of TEXT.
std::vector<uint32_t> token_features(const std::string& text, size_t i) {
  Document doc;
  doc.text = text;
  const TokenFeatures& f = document_features(doc, Gazetteer::builtin());
  REQUIRE(f.scored(i));
  return std::vector<uint32_t>(f.begin(i), f.end(i));
}

}  // namespace

TEST_CASE("A word's features at a sentence start tell whether the document writes it in lower case elsewhere",
          "[entities]") {
  // Invented text: token 0 ("Mill") has the same neighbours in all three documents.
  auto lower = token_features("Mill rents rose. Rents at the mill fell.", 0);
  auto lower_again = token_features("Mill rents rose. Rents at the mill fell again.", 0);
  auto capitalized = token_features("Mill rents rose. Rents at the Mill fell.", 0);
  CHECK(lower == lower_again);
  CHECK(lower != capitalized);
}

TEST_CASE("A word's features include the words two places before and after it", "[entities]") {
  // Token 1 ("Berg") differs only in the word two places after it.
  auto a = token_features("Anna Berg of Tallinn spoke.", 1);
  auto b = token_features("Anna Berg of Narvik spoke.", 1);
  CHECK(a != b);
  CHECK(a.size() == b.size());
}

namespace {

// A weights file whose every row holds ROW (one weight per tag), at scale 1.
TaggerModel uniform_model(const std::vector<int16_t>& row) {
  std::string bytes = "dossier-tagger 1\n";
  auto put = [&bytes](const void* p, size_t n) { bytes.append(static_cast<const char*>(p), n); };
  const uint32_t bits = kFeatureBits, rows = uint32_t{1} << kFeatureBits;
  const float scale = 1;
  put(&bits, 4);
  put(&scale, 4);
  put(&rows, 4);
  for (uint32_t r = 0; r < rows; ++r) {
    put(&r, 4);
    put(row.data(), 2 * kTags);
  }
  return TaggerModel::from_bytes(bytes);
}

}  // namespace

TEST_CASE("A token's score for each tag is the sum of its features' weights for that tag, past 16 bits", "[entities]") {
  Document one;
  one.text = "Tromsville";
  const TokenFeatures& f1 = document_features(one, Gazetteer::builtin());
  REQUIRE(f1.scored(0));
  const int32_t k = static_cast<int32_t>(f1.end(0) - f1.begin(0) + TokenFeatures::kPrevFeatures);
  std::vector<uint8_t> tags;
  std::vector<float> margins;
  // Each tag a first token may take, leading by a margin the sums of many weights near the
  // 16-bit limits make wider than 16 bits; the other tags' weights apart, per tag.
  for (unsigned best : {0u, 1u, 3u, 5u, 7u}) {
    std::vector<int16_t> row(kTags);
    for (unsigned t = 0; t < kTags; ++t) row[t] = static_cast<int16_t>(-32000 + 100 * static_cast<int>(t));
    row[best] = 32000;
    // The next best: the highest other tag a first token may take (inside tags may not).
    const unsigned second = best == 7 ? 5 : 7;
    uniform_model(row).tag(f1, 1, tags, margins);
    CHECK(tags[0] == best);
    CHECK(margins[0] == static_cast<float>(k * (32000 - row[second])));
  }
  // Inside tags: the second word of a name continues it.
  Document two;
  two.text = "Tromsville Harbourgate";
  const TokenFeatures& f2 = document_features(two, Gazetteer::builtin());
  REQUIRE(f2.scored(0));
  REQUIRE(f2.scored(1));
  for (unsigned kind = 0; kind < kKinds; ++kind) {
    std::vector<int16_t> row(kTags, -32768);
    row[begin_tag(kind)] = 20000;
    row[inside_tag(kind)] = 32767;
    uniform_model(row).tag(f2, 2, tags, margins);
    CHECK(tags[0] == begin_tag(kind));
    CHECK(tags[1] == inside_tag(kind));
  }
}

TEST_CASE("A connector after no name, which only O may tag, has a margin of no doubt whatever the sign of O's score",
          "[entities]") {
  // No other tag being allowed, the tagger had no choice there: a name the rules found
  // across the connector is judged by its other words. The margin was O's score less
  // INT32_MIN, a signed overflow that wrapped to a large negative margin when O's score
  // was positive and a large positive one when it was negative.
  Document doc;
  doc.text = "Tromsville of Harbourgate";
  const TokenFeatures& f = document_features(doc, Gazetteer::builtin());
  REQUIRE(f.scored(1));
  REQUIRE_FALSE(f.bounds(1));
  std::vector<uint8_t> tags;
  std::vector<float> margins;
  for (int16_t outside : {int16_t{31000}, int16_t{-29000}}) {
    INFO(outside);
    std::vector<int16_t> row(kTags, static_cast<int16_t>(outside - 1000));
    row[0] = outside;
    uniform_model(row).tag(f, 3, tags, margins);
    REQUIRE(tags[0] == 0);
    CHECK(tags[1] == 0);
    CHECK(margins[1] == std::numeric_limits<float>::max());
    CHECK(margins[0] == static_cast<float>(1000 * (f.end(0) - f.begin(0) + 3)));
  }
}

namespace {

// The built-in gazetteer with NAMES added, each of type TYPE.
Gazetteer gazetteer_with(const std::vector<std::string>& names, const std::string& type) {
  Gazetteer g = Gazetteer::builtin();
  for (const std::string& name : names) {
    GazetteerEntry e;
    e.name = name;
    e.type = type;
    g.add(std::move(e));
  }
  return g;
}

// The feature buckets of token I of TEXT against GAZETTEER.
std::vector<uint32_t> token_features_in(const std::string& text, size_t i, const Gazetteer& gazetteer) {
  Document doc;
  doc.text = text;
  const TokenFeatures& f = document_features(doc, gazetteer);
  REQUIRE(f.scored(i));
  return std::vector<uint32_t>(f.begin(i), f.end(i));
}

}  // namespace

TEST_CASE("A word inside a gazetteer match opens no second match", "[entities]") {
  // Invented names. "Trade Council Elmsby" would open at token 2, inside "Varn Trade
  // Council" (tokens 1 to 3), and take in token 4.
  const Gazetteer one = gazetteer_with({"Varn Trade Council"}, "ORG");
  const Gazetteer both = gazetteer_with({"Varn Trade Council", "Trade Council Elmsby"}, "ORG");
  const std::string text = "The Varn Trade Council Elmsby office closed.";
  CHECK(token_features_in(text, 4, one) == token_features_in(text, 4, both));
}

TEST_CASE("A capitalized word inside a run of capitalized words opens no run of its own", "[entities]") {
  // Token 6 ("Vantrees") has the same neighbours in both documents, and in both is written
  // capitalized inside a sentence elsewhere; in the first that is inside a run, which it
  // does not open.
  auto inside_run = token_features("Orla Vantrees Mibbet spoke. Later Vantrees left.", 6);
  auto alone = token_features("Orla spoke with Vantrees. Later Vantrees left.", 6);
  CHECK(inside_run == alone);
}

TEST_CASE("A gazetteer name opening with a number marks the words after it", "[entities]") {
  // Invented address. The match opens at the number (token 3), so a second entry for the
  // words after it ("Brindlecote Wharf", tokens 4 and 5) opens no match inside it: their
  // features stay as they were. Were the number passed over, the second entry would match
  // there and mark token 4 as a match's first word.
  const Gazetteer one = gazetteer_with({"12 Brindlecote Wharf"}, "LOC");
  const Gazetteer both = gazetteer_with({"12 Brindlecote Wharf", "Brindlecote Wharf"}, "LOC");
  const std::string text = "The fire at 12 Brindlecote Wharf spread.";
  for (size_t i : {3u, 4u, 5u}) {
    INFO(i);
    CHECK(token_features_in(text, i, one) == token_features_in(text, i, both));
  }
}
