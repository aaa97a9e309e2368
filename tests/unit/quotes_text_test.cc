// The quotes module's tokenizer shortcuts against the plain tokenizer: the end tokens of a
// range and the tokens of a sub-range, on texts where a range's edges could matter.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <utf8proc.h>

#include "../../lib/quotes/quotes_internal.h"
#include "dossier/utf8.h"
#include "random_text.h"

using namespace dossier::quotes_detail;

namespace {
const std::vector<std::string> kTricky = {
    "",
    " ",
    "said Lavrov, adding: \"We don't\" — Russia's U.S.-led then-President O’Brien (NATO).",
    "no\xc2\xa0" "break\xe2\x80\x89thin\xe2\x80\xafnarrow\xe3\x80\x80ideographic spaces\u2003em",
    "Лавров заявил: «Мы не согласны» — сказал министр; Сергей Лавров-младший",
    "digits 3.5 1,000 2008-05-01 A380 777-200LR '90s 5'6\" tall",
    "joiners at edges: -a a- 'a a' .a a. ‐a a‐ ’a a’ a'-b a.-.b",
    "invalid \xff\xfe UTF-8 \xc3 and \xe2\x80 cut\x80, then\r\n\ttabs\tand lines\n\nEnd.",
    "ÉCOLE Ärger ĲSSEL ǅ İstanbul ΩΣ Ωσ über-cool",
};

std::vector<std::string> random_texts() {
  const std::vector<std::string> pieces = {
      "a", "Z", "q7", "0", "Ab", "said", "-", "'", "’", ".", "U.S.", " ", " ", "  ", "\n", "\t", "\r\n", ",", "\"",
      "(", ":", "é", "Л", "ß", "–", "“", "»", "\xC2\xA0", "\xE2\x80\x89", "\xff", "\x80", "\xE2\x80", "'s", "’s", "‐"};
  return dossier::testing::random_texts(pieces, 400, 16, 0x2545F4914F6CDD1DULL);
}

bool same(const Token& a, const Token& b) {
  return a.b == b.b && a.e == b.e && a.lower == b.lower && a.word == b.word && a.cap == b.cap;
}

bool same(const std::vector<Token>& a, const std::vector<Token>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (!same(a[i], b[i])) return false;
  return true;
}

// The tokenizer's rules one code point at a time, without its ASCII shortcuts.
bool plain_word_cp(int32_t cp) {
  if (cp < 0) return false;
  auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
         cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_MN ||
         cat == UTF8PROC_CATEGORY_ND;
}

std::vector<Token> plain_tokenize(const std::string& text, size_t b, size_t e) {
  std::vector<Token> out;
  e = std::min(e, text.size());
  for (size_t i = b; i < e;) {
    size_t len;
    int32_t cp = dossier::utf8::decode(text, i, len);
    if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0xA0 ||
        (cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS)) {
      i += len;
      continue;
    }
    Token t;
    t.b = i;
    if (!plain_word_cp(cp)) {
      t.e = i + len;
      t.lower = text.substr(i, len);
      out.push_back(t);
      i += len;
      continue;
    }
    t.word = true;
    t.cap = utf8proc_category(cp) == UTF8PROC_CATEGORY_LU || utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
    size_t j = i;
    while (j < e) {
      size_t l2;
      int32_t c2 = dossier::utf8::decode(text, j, l2);
      if (plain_word_cp(c2)) {
        dossier::utf8::append(t.lower, utf8proc_tolower(c2));
        j += l2;
        continue;
      }
      bool joiner = c2 == '\'' || c2 == 0x2019 || c2 == '-' || c2 == '.' || c2 == 0x2010;
      if (joiner && j + l2 < e) {
        size_t l3;
        if (plain_word_cp(dossier::utf8::decode(text, j + l2, l3))) {
          t.lower.push_back(c2 == 0x2019 ? '\'' : static_cast<char>(c2 == 0x2010 ? '-' : c2));
          j += l2;
          continue;
        }
      }
      break;
    }
    t.e = i = j;
    out.push_back(t);
  }
  return out;
}

std::vector<std::string> all_texts() {
  auto texts = random_texts();
  texts.insert(texts.end(), kTricky.begin(), kTricky.end());
  return texts;
}
}  // namespace

TEST_CASE("The first and last tokens found from the nearest space are those of the whole range", "[quotes]") {
  for (const auto& text : all_texts()) {
    INFO(text);
    // Every range, ends past the text and inside code points included.
    for (size_t b = 0; b <= text.size() + 1; ++b) {
      for (size_t e = 0; e <= text.size() + 2; ++e) {
        INFO(b << " " << e);
        auto toks = tokenize(text, b, e);
        auto first = first_token(text, b, e);
        auto last = last_token(text, b, e);
        REQUIRE(first.has_value() == !toks.empty());
        REQUIRE(last.has_value() == !toks.empty());
        if (toks.empty()) continue;
        CHECK(same(*first, toks.front()));
        CHECK(same(*last, toks.back()));
        for (size_t n = 1; n <= 5; ++n) {
          size_t m = std::min(n, toks.size());
          CHECK(same(first_tokens(text, b, e, n), std::vector<Token>(toks.begin(), toks.begin() + static_cast<long>(m))));
          CHECK(same(last_tokens(text, b, e, n), std::vector<Token>(toks.end() - static_cast<long>(m), toks.end())));
        }
      }
    }
  }
}

TEST_CASE("Tokenizing from one token's start to another's end gives the tokens between", "[quotes]") {
  // resolve_subject is handed such a slice instead of tokenizing the bytes again.
  for (const auto& text : all_texts()) {
    INFO(text);
    for (size_t b = 0; b < text.size(); b += 1 + b % 3) {
      for (size_t e = b; e <= text.size() + 1; e += 1 + e % 2) {
        auto toks = tokenize(text, b, e);
        for (size_t i = 0; i < toks.size(); ++i) {
          for (size_t j = i + 1; j <= toks.size(); ++j) {
            INFO(b << " " << e << " tokens " << i << ".." << j);
            std::vector<Token> slice(toks.begin() + static_cast<long>(i), toks.begin() + static_cast<long>(j));
            CHECK(same(tokenize(text, toks[i].b, toks[j - 1].e), slice));
          }
        }
      }
    }
  }
}

TEST_CASE("The tokenizer's ASCII shortcuts give the tokens of the code-point rules", "[quotes]") {
  for (const auto& text : all_texts()) {
    INFO(text);
    for (size_t b = 0; b <= text.size(); ++b)
      for (size_t e = b; e <= text.size() + 1; ++e) {
        INFO(b << " " << e);
        CHECK(same(tokenize(text, b, e), plain_tokenize(text, b, e)));
      }
  }
}

TEST_CASE("A cue is found in the first tokens as long as the longest cue as in all of them", "[quotes]") {
  // The sentence after a quote is read only that far to test whether a cue opens it.
  const Lexicon& lex = Lexicon::get();
  std::vector<std::string> words = {"according", "to", "said", "told", "reporters", "as", "saying", "in", "a",
                                    "statement", "Said", ",", "quoted", "added", "that", "x"};
  for (const auto& [first, cues] : lex.cues)
    for (const Cue& c : cues)
      for (const std::string& w : c.words) words.push_back(w);
  // Every cue and each of its beginnings, then random runs of cue words.
  std::vector<std::string> texts;
  for (const auto& [first, cues] : lex.cues)
    for (const Cue& c : cues) {
      std::string text;
      for (const std::string& w : c.words) {
        text += (text.empty() ? "" : " ") + w;
        for (const char* tail : {"", " x", ", that", " said"}) texts.push_back(text + tail);
      }
    }
  for (auto& text : dossier::testing::random_texts(words, 20000, 6, 0x9E3779B97F4A7C15ULL, " "))
    texts.push_back(std::move(text));
  for (const std::string& text : texts) {
    INFO(text);
    auto all = tokenize(text, 0, text.size());
    auto head = first_tokens(text, 0, text.size(), lex.longest_cue);
    CHECK(cue_at(head, 0, lex) == cue_at(all, 0, lex));
  }
}

TEST_CASE("A text may_be_label rules out has tokens that no transcript label has", "[quotes]") {
  auto texts = all_texts();
  for (const char* t : {"Question", "Foreign Minister Lavrov", "LAVROV", "Mr. Lavrov", "O'Brien", "Lyakin-Frolov",
                        "question", "3 Questions", "Q&A", "Moscow, May 5", " \tSpeaker", "\xC2\xA0Speaker", "Élysée",
                        "'Quote", "-Dash", ".Dot", "A (B)", "Sergei Lavrov said", "Ask\x01 Me"})
    texts.push_back(t);
  for (const auto& text : texts) {
    INFO(text);
    if (may_be_label(text)) continue;
    auto toks = tokenize(text, 0, text.size());
    bool ruled_out = toks.empty() || !toks.front().cap;
    for (const Token& t : toks) ruled_out |= !t.word && t.lower != "." && t.lower != "-";
    CHECK(ruled_out);
  }
  CHECK(may_be_label("Foreign Minister Lavrov"));
  CHECK(may_be_label("Mr. O'Brien-Smith"));
  CHECK(may_be_label("\xC3\x89lys\xC3\xA9\x65"));
}
