#include <catch2/catch.hpp>

#include <string>
#include <unordered_set>
#include <vector>

#include "../../lib/entities_text.h"
#include "dossier/entities.h"

using namespace dossier::entities_detail;

namespace {
// Texts where the tokenizer's ASCII shortcut could part from the Unicode rules.
const std::vector<std::string> kTricky = {
    "",
    "NATO-led U.S. forces met AT&T and S&P in Côte d'Ivoire; Russia's O'Brien said \"no\".",
    "ÉCOLE Ärger über McDONALD and the ĲSSEL, ß and ǅ (title case), İstanbul",
    "tabs\tand\r\ncontrols\x01\x7f between\x0bwords, 3GS A380 777-200LR 2008-05-01",
    "invalid \xff\xfe UTF-8 \xc3 and \xe2\x80 cut, then\xc2\xa0no-break\xc2\xa0spaces",
    "\n\nA headline\nFirst line. Second\n\n\nThird\tline\n",
    "“quoted” ‘single’ — dash – en, «guillemets» Russia’s then-President post-Cold War-era",
    std::string(5000, 'A') + " " + std::string(3000, 'x') + "\n" + std::string(2000, '-'),
    "UN, U.N., U.S.S.R., N.V., A.B, AB, Ab, aB, A1, 1A, I, a, Ω, ΩΣ, Ωσ",
    "Eightchr ninechars NINECHARS Sixteenletterssx twentyfourletterwordsxyz A-B-C-D-E-F-G-H-I x",
    "abcdefgh-Ijklmnop O'Connell-Smith AT&T&T Russia's U.S.-led NATO-led then-President",
    "Z",
};

// Whether a line break lies between the previous token (or the text's start) and T.
bool break_before(const std::string& text, const std::vector<Token>& toks, size_t i) {
  if (i == 0) return true;
  return text.find('\n', toks[i - 1].end) < toks[i].begin;
}
}  // namespace

TEST_CASE("The tokenizer's ASCII shortcut gives the hash and flags of the Unicode rules", "[entities]") {
  for (const auto& text : kTricky) {
    INFO(text.substr(0, 80));
    auto toks = tokenize(text);
    for (size_t i = 0; i < toks.size(); ++i) {
      Token slow = toks[i];
      finish_slow(text, slow);
      INFO(text.substr(toks[i].begin, toks[i].end - toks[i].begin));
      CHECK(toks[i].hash == slow.hash);
      CHECK(toks[i].hash == hash_folded(fold(std::string_view(text).substr(toks[i].begin, toks[i].end - toks[i].begin))));
      CHECK(toks[i].word == slow.word);
      CHECK(toks[i].digit == slow.digit);
      CHECK(toks[i].cap == slow.cap);
      CHECK(toks[i].all_caps == slow.all_caps);
    }
  }
}

TEST_CASE("Tokens know whether a line break comes before them", "[entities]") {
  for (const auto& text : kTricky) {
    INFO(text.substr(0, 80));
    auto toks = tokenize(text);
    for (size_t i = 0; i < toks.size(); ++i) CHECK(toks[i].nl == break_before(text, toks, i));
  }
}

TEST_CASE("Tokenizing into a used vector gives what a fresh one gets", "[entities]") {
  std::vector<Token> reused;
  for (const auto& text : kTricky) {
    auto fresh = tokenize(text);
    tokenize(text, reused);
    REQUIRE(reused.size() == fresh.size());
    for (size_t i = 0; i < fresh.size(); ++i) {
      CHECK(reused[i].begin == fresh[i].begin);
      CHECK(reused[i].end == fresh[i].end);
      CHECK(reused[i].hash == fresh[i].hash);
    }
  }
}

TEST_CASE("Alias spelling tests by flags agree with the tests on strings", "[entities]") {
  const auto& ix = dossier::Gazetteer::builtin().index();
  auto upper = [](std::string s) {
    for (char& c : s)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return s;
  };
  auto lower = [](std::string s) {
    for (char& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return s;
  };
  size_t compared = 0;
  for (const auto& alias : ix.aliases) {
    std::string written;
    for (const auto& t : alias.tokens) written += (written.empty() ? "" : " ") + t;
    for (const std::string& text : {written, upper(written), lower(written), "x " + lower(written)}) {
      auto toks = tokenize(text);
      for (size_t i = 0; i + alias.tokens.size() <= toks.size(); ++i) {
        INFO(text);
        CHECK(alias_fits(alias, toks, text, i) == alias_fits_slow(alias, toks, text, i));
        ++compared;
      }
    }
  }
  CHECK(compared > 1000);
}

TEST_CASE("Tokens do not depend on where the text starts or how far it runs on", "[entities]") {
  // The tokenizer looks ahead and behind (hyphens, apostrophes, acronyms, the text's end):
  // shifted and padded, a text must give the same tokens, shifted.
  for (const auto& text : kTricky) {
    auto base = tokenize(text);
    for (size_t pad = 1; pad <= 9; ++pad) {
      std::string shifted = std::string(pad, ' ') + text + std::string(pad, '\n');
      auto toks = tokenize(shifted);
      INFO(text.substr(0, 80) << " pad " << pad);
      REQUIRE(toks.size() == base.size());
      for (size_t i = 0; i < toks.size(); ++i) {
        CHECK(toks[i].begin == base[i].begin + pad);
        CHECK(toks[i].end == base[i].end + pad);
        CHECK(toks[i].hash == base[i].hash);
        CHECK(toks[i].all_caps == base[i].all_caps);
      }
    }
  }
}

TEST_CASE("The hash set's bit filter never turns away a member", "[entities]") {
  std::unordered_set<uint64_t> keys = {0, 1, 64, uint64_t{1} << 40, ~uint64_t{0}};
  uint64_t x = 0x9E3779B97F4A7C15ULL;
  for (int k = 0; k < 5000; ++k) keys.insert(x = x * 6364136223846793005ULL + 1442695040888963407ULL);
  HashSet set(keys);
  for (uint64_t h : keys) CHECK(set.contains(h));
  for (int k = 0; k < 20000; ++k) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    CHECK(set.contains(x) == (keys.count(x) > 0));
  }
  CHECK_FALSE(HashSet().contains(0));
  CHECK_FALSE(HashSet(std::unordered_set<uint64_t>{5}).contains(0));
}
