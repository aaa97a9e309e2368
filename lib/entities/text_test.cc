#include <catch2/catch.hpp>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/chars.h"
#include "entities/lexicon.h"
#include "dossier/entities.h"
#include "dossier/utf8.h"
#include "random_text.h"

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

// Texts of pieces that the word rules treat apart (letters around 8 and 16 bytes, joiners,
// dots, non-ASCII letters and marks, a no-break space, invalid bytes), drawn at random with
// a fixed seed.
std::vector<std::string> random_texts() {
  const std::vector<std::string> pieces = {
      "a", "Z", "q7", "0", "Ab", "ABC", "abcdefg", "ABCDEFGH", "Abcdefghi", "abcdefghijklmno", "ABCDEFGHIJKLMNOP",
      "x1y2z3", "-", "&", "'", "’", ".", "U.S.", "A.", " ", " ", " ", "  ", "\n", "\t", "\r\n", ",", "\"", "(",
      "é", "É", "ß", "–", "“", "\xC2\xA0", "\xff", "\x80", "\xE2\x80", "'s", "’s", "$", "ΩΣ", "ĲSSEL"};
  return dossier::testing::random_texts(pieces, 3000, 12, 0x2545F4914F6CDD1DULL);
}

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

TEST_CASE("The tokenizer's vector shortcut for ASCII words gives the tokens of the byte rules", "[entities]") {
  auto texts = random_texts();
  texts.insert(texts.end(), kTricky.begin(), kTricky.end());
  std::vector<Token> fast, plain;
  for (const auto& text : texts) {
    INFO(text);
    tokenize(text, fast);
    tokenize(text, plain, false);
    REQUIRE(fast.size() == plain.size());
    for (size_t i = 0; i < fast.size(); ++i) {
      CHECK(fast[i].begin == plain[i].begin);
      CHECK(fast[i].end == plain[i].end);
      CHECK(fast[i].cp == plain[i].cp);
      CHECK(fast[i].hash == plain[i].hash);
      CHECK(fast[i].word == plain[i].word);
      CHECK(fast[i].digit == plain[i].digit);
      CHECK(fast[i].cap == plain[i].cap);
      CHECK(fast[i].all_caps == plain[i].all_caps);
      CHECK(fast[i].nl == plain[i].nl);
    }
  }
}

TEST_CASE("Folded words hash the same whole or a byte at a time", "[entities]") {
  std::string s;
  for (size_t n = 0; n <= 40; ++n) {
    FoldedHasher h;
    for (unsigned char c : s) h.add(c);
    CHECK(h.done() == hash_folded(s));
    s += static_cast<char>('a' + n % 26);
    if (n % 7 == 3) s.back() = static_cast<char>(0xC3);
  }
  CHECK(hash_folded("ab") != hash_folded(std::string("ab\0", 3)));
}

TEST_CASE("A word's folded form and hash are the same with its ASCII lowered eight bytes at a time as byte by byte", "[entities]") {
  // Every ASCII byte at every place of words of 0 to 19 bytes, the capitals' edges ('@', 'A',
  // 'Z', '[') among them, and a word with one byte past ASCII, which takes the byte path.
  auto byte_by_byte = [](std::string_view w) {
    FoldedHasher h;
    chars::fold_bytes(w, [&h](unsigned char c) { h.add(c); });
    return h.done();
  };
  auto folded_by_byte = [](std::string_view w) {
    std::string out;
    chars::fold_bytes(w, [&out](unsigned char c) { out.push_back(static_cast<char>(c)); });
    return out;
  };
  for (size_t n = 1; n < 20; ++n) {
    for (unsigned c = 0; c < 0x80; ++c) {
      std::string w;
      for (size_t k = 0; k < n; ++k) w += static_cast<char>("Kestrel-Vale"[k % 12]);
      w[(c * 7) % n] = static_cast<char>(c);
      CHECK(chars::hash_fold(w) == byte_by_byte(w));
      CHECK(chars::hash_fold(w) == hash_folded(fold(w)));
      CHECK(fold(w) == folded_by_byte(w));
    }
    std::string accented(n, 'Q');
    accented += "\xC3\x89";  // É
    CHECK(chars::hash_fold(accented) == byte_by_byte(accented));
    CHECK(chars::hash_fold(accented) == hash_folded(fold(accented)));
    CHECK(fold(accented) == folded_by_byte(accented));
    // Folded over a buffer that held a longer word: the word's own bytes, no more.
    std::string reused = "previously-a-much-longer-word-Kept-Here";
    fold_into(accented, reused);
    CHECK(reused == folded_by_byte(accented));
    fold_into(std::string(n, 'Z'), reused);
    CHECK(reused == std::string(n, 'z'));
  }
  CHECK(chars::hash_fold("") == hash_folded(""));
}

TEST_CASE("Tokens count code points before them as utf8::Cursor does", "[entities]") {
  auto texts = random_texts();
  texts.insert(texts.end(), kTricky.begin(), kTricky.end());
  for (const auto& text : texts) {
    INFO(text);
    auto toks = tokenize(text);
    dossier::utf8::Cursor cursor(text);
    for (const auto& t : toks) CHECK(t.cp == cursor.to_cp(t.begin));
    // Sentence starts found through the tokens compare with token begins as the bytes do.
    const size_t cps = dossier::utf8::length(text);
    for (size_t cp : {cps + 1, cps + 7, SIZE_MAX}) CHECK(first_token_from(toks, text, cp) == SIZE_MAX);
    for (size_t cp = 0; cp <= cps; ++cp) {
      size_t byte = dossier::utf8::Cursor(text).to_byte(cp);
      size_t want = SIZE_MAX;
      for (const auto& t : toks)
        if (t.begin >= byte) {
          want = t.begin;
          break;
        }
      CHECK(first_token_from(toks, text, cp) == want);
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

TEST_CASE("A text has a token exactly when the tokenizer finds one", "[entities]") {
  std::vector<std::string> texts = kTricky;
  for (const char* t : {" ", " \t\r\n ", "\xc2\xa0", " \xc2\xa0 x", "\xc2", "\xc2\xa0\xc2\xa0", "\xe2\x80\x83", "x", ".", " the"})
    texts.emplace_back(t);
  for (const auto& text : texts) {
    INFO(text.substr(0, 80));
    CHECK(has_token(text) == !tokenize(text).empty());
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
  dossier::testing::Lcg rng(0x9E3779B97F4A7C15ULL);
  for (int k = 0; k < 5000; ++k) keys.insert(rng.next());
  HashSet set(keys);
  for (uint64_t h : keys) CHECK(set.contains(h));
  for (int k = 0; k < 20000; ++k) {
    uint64_t x = rng.next();
    CHECK(set.contains(x) == (keys.count(x) > 0));
  }
  CHECK_FALSE(HashSet().contains(0));
  CHECK_FALSE(HashSet(std::unordered_set<uint64_t>{5}).contains(0));
}

TEST_CASE("A map built from repeated keys gives each key the union of its values", "[entities]") {
  // Keys repeated with other bits, in no order, some colliding in the table's slots, and 0
  // among them: each answers the or of its values, as a sorted, joined list of pairs does.
  std::vector<std::pair<uint64_t, uint32_t>> pairs;
  std::unordered_map<uint64_t, uint32_t> want;
  dossier::testing::Lcg rng(0xD6E8FEB86659FD93ULL);
  std::vector<uint64_t> keys = {0, 1, 17, 1u << 20};
  for (int k = 0; k < 3000; ++k) keys.push_back(rng.next());
  for (int k = 0; k < 12000; ++k) {
    const uint64_t key = keys[rng.below(keys.size())];
    const uint32_t value = uint32_t{1} << rng.below(12);
    pairs.emplace_back(key, value);
    want[key] |= value;
  }
  const HashMap32 joined = HashMap32::joined(pairs);
  for (const auto& [key, value] : want) CHECK(joined.get(key) == value);
  for (int k = 0; k < 20000; ++k) {
    const uint64_t x = rng.next();
    CHECK(joined.get(x) == (want.count(x) ? want[x] : 0));
  }
  CHECK(HashMap32::joined({}).get(5) == 0);
}

TEST_CASE("Word lists asked by token hash answer as the lists of folded words do", "[entities]") {
  const Lexicon& lex = Lexicon::get();
  std::string text;
  for (const auto& w : lex.function_words) text += w + " " + std::string(1, static_cast<char>(w[0] & ~0x20)) + w.substr(1) + " ";
  for (const auto& t : kTricky) text += t + "\n";
  text += "THE Of oF AND Nor Whereas whereas Amongst theirs Them them's";
  size_t found = 0;
  for (const auto& t : tokenize(text)) {
    std::string folded = fold(std::string_view(text).substr(t.begin, t.end - t.begin));
    INFO(folded);
    bool listed = lex.function_words.count(folded) > 0;
    CHECK(lex.function_hash_set.contains(t.hash) == listed);
    CHECK(lex.lower_hash_set.contains(t.hash) == (lex.lower_words.count(folded) > 0));
    found += listed;
  }
  CHECK(found > 2 * lex.function_words.size());
}

TEST_CASE("An acronym finds the same first name in the joined initials of a short document as in the index of a long one", "[entities]") {
  // Names' initials, the ones that matter first: "ABCD" holds "BC" and "ABCD"; "KLM" twice
  // (the first wins); a name of one initial and one that takes none. Then filler initials
  // that bring the joined bytes to either side of the threshold.
  for (size_t target : {AcronymExpansions::kJoinedBytes - 1, AcronymExpansions::kJoinedBytes,
                        AcronymExpansions::kJoinedBytes + 1, AcronymExpansions::kJoinedBytes * 4}) {
    std::vector<std::string> initials = {"ABCD", "", "KLM", "Q", "KLM"};
    size_t total = 0;
    for (const auto& i : initials)
      if (i.size() >= 2) total += i.size() + 1;
    total += 6;  // "ABCDE" at the end, and its NUL
    while (target - total >= 7) {  // "ZZZ" and its NUL, leaving room for one more name
      initials.push_back("ZZZ");
      total += 4;
    }
    initials.push_back(std::string(target - total - 1, 'Y'));  // the rest, with its NUL
    initials.push_back("ABCDE");
    INFO(target);
    const AcronymExpansions expansions(initials, 5);
    const auto index = acronym_index(initials, 5);
    for (const char* acronym : {"ABCD", "BC", "CD", "KLM", "LM", "ZZ", "ABCDE", "DE", "MQ", "QK", "XX"}) {
      INFO(acronym);
      auto it = index.find(acronym);
      CHECK(expansions.find(acronym) == (it == index.end() ? SIZE_MAX : it->second));
    }
    CHECK(expansions.find("BC") == 0);
    CHECK(expansions.find("LM") == 2);
    CHECK(expansions.find("DE") == initials.size() - 1);
    CHECK(expansions.find("MQ") == SIZE_MAX);  // no acronym spans two names
  }
}

TEST_CASE("A word loses its accents but keeps letters of its own when its marks are stripped", "[entities]") {
  using dossier::entities_detail::without_marks;
  CHECK(without_marks("Krak\u00F3w") == "Krakow");
  CHECK(without_marks("Besan\u00E7on") == "Besancon");
  CHECK(without_marks("\u0141\u00F3d\u017A") == "\u0141odz");
  CHECK(without_marks("Leeds") == "Leeds");
  CHECK(without_marks("\xFF") == "\xFF");  // no UTF-8: left as it is
}

TEST_CASE("A loose key leaves out the function words and the possessive's ending, and keeps longer words that begin like them", "[entities]") {
  CHECK(loose_key({"Bank", "of", "the", "Andes"}) == loose_key({"Andes", "Bank"}));
  CHECK(loose_key({"Andes", "'s", "Bank"}) == loose_key({"Andes", "Bank"}));
  CHECK(loose_key({"The", "Theory", "and", "Andes"}) == loose_key({"Andes", "Theory"}));
  CHECK(loose_key({"Often", "Into", "Andes"}).size() > loose_key({"Andes"}).size());
  CHECK(loose_key({"War", "&", "Peace"}) == loose_key({"Peace", "War"}));
}
