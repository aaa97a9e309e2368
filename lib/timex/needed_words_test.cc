// Property tests of the prefilter the scanner asks before it tries a rule (edge_bytes.h,
// needed_words.h): for invented patterns built from the RE2 syntax the grammar uses, every
// string RE2 matches whole, folding capitals, passes the pattern's needed bytes and strings.
#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <re2/re2.h>

#include <catch2/catch.hpp>

#include "edge_bytes.h"
#include "needed_words.h"

namespace {

using dossier::timex::grammar::edge_bytes;
using dossier::timex::grammar::holds_words;
using dossier::timex::grammar::needed_words;
using dossier::timex::grammar::piece_bytes;

// A random pattern and, beside it, a way to write strings it matches. mt19937's output is
// the same on every platform (its distributions are not: only its raw numbers are used).
class Invented {
 public:
  explicit Invented(uint32_t seed) : rng_(seed) {}

  // A pattern; its node is kept to write strings from.
  struct Node {
    enum Kind { kText, kClass, kSeq, kAlt, kRepeat, kEmpty } kind = kEmpty;
    std::string pattern;
    std::vector<std::string> choices;  // kText: one string; kClass: its characters
    std::vector<Node> parts;
    int least = 0, most = 0;
  };

  Node pattern(int depth) {
    const uint32_t pick = below(depth > 2 ? 6 : 12);
    Node n;
    if (pick < 3) return literal();
    if (pick < 6) return klass();
    if (pick < 8) {  // a sequence
      n.kind = Node::kSeq;
      const uint32_t count = 2 + below(3);
      for (uint32_t i = 0; i < count; ++i) n.parts.push_back(pattern(depth + 1));
      for (const auto& p : n.parts) n.pattern += p.pattern;
      return n;
    }
    if (pick < 10) {  // an alternation, an empty branch now and then, flags now and then
      n.kind = Node::kAlt;
      const uint32_t count = 2 + below(2);
      for (uint32_t i = 0; i < count; ++i) n.parts.push_back(below(6) == 0 ? Node{} : pattern(depth + 1));
      static const char* const opens[] = {"(?:", "(?:", "(?i:", "(", "(?P<g>"};
      n.pattern = opens[below(5)];
      for (size_t i = 0; i < n.parts.size(); ++i) n.pattern += (i ? "|" : "") + n.parts[i].pattern;
      n.pattern += ")";
      return n;
    }
    // A repetition of a group or of one character.
    n.kind = Node::kRepeat;
    n.parts.push_back(below(2) ? klass() : pattern(depth + 1));
    static const char* const quantifiers[] = {"?", "*", "+", "{0,2}", "{1,2}", "{2}", "{1}", "{1,1}", "??", "{2,}"};
    static const int least[] = {0, 0, 1, 0, 1, 2, 1, 1, 0, 2};
    static const int most[] = {1, 3, 3, 2, 2, 2, 1, 1, 1, 4};
    const uint32_t q = below(10);
    const bool one = n.parts[0].kind == Node::kClass || n.parts[0].kind == Node::kText;  // one character
    n.pattern = (one ? n.parts[0].pattern : "(?:" + n.parts[0].pattern + ")") + quantifiers[q];
    n.least = least[q];
    n.most = most[q];
    return n;
  }

  // A string N matches, its letters in a random case, at times with a character beyond ASCII
  // that folds to an ASCII letter (the Kelvin sign, the long s).
  void write(const Node& n, std::string& out) {
    switch (n.kind) {
      case Node::kEmpty:
        return;
      case Node::kText:
      case Node::kClass: {
        std::string c = n.choices[below(static_cast<uint32_t>(n.choices.size()))];
        if (c == "k" && below(4) == 0) c = "\xE2\x84\xAA";
        if (c == "s" && below(4) == 0) c = "\xC5\xBF";
        if (c.size() == 1 && below(2)) c[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(c[0])));
        out += c;
        return;
      }
      case Node::kSeq:
        for (const auto& p : n.parts) write(p, out);
        return;
      case Node::kAlt:
        write(n.parts[below(static_cast<uint32_t>(n.parts.size()))], out);
        return;
      case Node::kRepeat: {
        const int times = n.least + static_cast<int>(below(static_cast<uint32_t>(n.most - n.least + 1)));
        for (int i = 0; i < times; ++i) write(n.parts[0], out);
        return;
      }
    }
  }

  // A string of the characters the patterns use, most often not matched.
  std::string noise() {
    static const char* const chars[] = {"a", "b", "k", "s", "K", "S", " ", "-", "1", "9", "'", "\xE2\x80\x99", "x", "."};
    std::string out;
    for (uint32_t i = 0, n = below(7); i < n; ++i) out += chars[below(14)];
    return out;
  }

 private:
  uint32_t below(uint32_t n) { return static_cast<uint32_t>(rng_() % n); }

  Node literal() {
    // Letters (with k and s, which characters beyond ASCII fold to), a digit, escaped marks,
    // a space, a character beyond ASCII written out or as a code point, an assertion.
    struct Lit {
      const char* pattern;
      const char* text;
    };
    static const Lit lits[] = {{"a", "a"}, {"b", "b"}, {"k", "k"}, {"s", "s"}, {"K", "k"}, {"x", "x"}, {"1", "1"}, {" ", " "},
                               {"\\-", "-"}, {"\\.", "."}, {"'", "'"}, {"\\x{2019}", "\xE2\x80\x99"}, {"\xE2\x80\x99", "\xE2\x80\x99"},
                               {"\\x{212A}", "k"}, {"\\x{17F}", "s"}, {"\\x61", "a"}, {"-", "-"}};
    const Lit& l = lits[below(17)];
    Node n;
    if (below(12) == 0) {
      static const char* const assertions[] = {"\\b", "^", "$", "\\B"};
      n.kind = Node::kEmpty;
      n.pattern = assertions[below(4)];
      return n;
    }
    n.kind = Node::kText;
    n.pattern = l.pattern;
    n.choices = {l.text};
    return n;
  }

  Node klass() {
    struct Class {
      const char* pattern;
      std::vector<std::string> members;  // some of what it matches
    };
    static const std::vector<Class> classes = {
        {"[ab]", {"a", "b"}},         {"[a-c]", {"a", "b", "c"}},   {"[^a]", {"b", "-", " ", "1"}},
        {"\\d", {"0", "5", "9"}},      {"\\s", {" ", "\t"}},         {"\\w", {"a", "k", "_", "7"}},
        {"[ -]", {" ", "-"}},          {"[\\x{2019}']", {"'", "\xE2\x80\x99"}}, {"[kK]", {"k"}},
        {"[.,;]", {".", ",", ";"}},    {"[sx]", {"s", "x"}},         {".", {"a", " ", "\xE2\x80\x99"}},
        {"[0-2]", {"0", "1", "2"}},    {"[\\d.]", {"3", "."}},       {"[[:alpha:]]", {"a", "Q"}},
    };
    const Class& c = classes[below(static_cast<uint32_t>(classes.size()))];
    Node n;
    n.kind = Node::kClass;
    n.pattern = c.pattern;
    n.choices = c.members;
    return n;
  }

  std::mt19937 rng_;
};

std::string lowered(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return s;
}

}  // namespace

TEST_CASE("every string an invented pattern matches holds the bytes and strings the pattern is said to need", "[timex]") {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  int matched = 0, turned_away = 0;
  for (uint32_t seed = 1; seed <= 1500; ++seed) {
    Invented invented(seed);
    const auto node = invented.pattern(0);
    const RE2 re(node.pattern, options);
    if (!re.ok()) continue;
    const auto edges = edge_bytes(node.pattern);
    const auto needed = needed_words(node.pattern);
    for (int k = 0; k < 40; ++k) {
      std::string piece;
      if (k % 4 == 3) {
        piece = invented.noise();
      } else {
        invented.write(node, piece);
      }
      if (piece.empty()) continue;
      const bool ascii = std::all_of(piece.begin(), piece.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      const bool bytes_pass = piece.size() >= edges.min_length && edges.first.test(static_cast<unsigned char>(piece.front())) &&
                              edges.last.test(static_cast<unsigned char>(piece.back())) && (edges.needs & ~piece_bytes(piece)).none();
      const bool words_pass = !ascii || holds_words(lowered(piece), needed);
      if (!bytes_pass || !words_pass) ++turned_away;
      if (!RE2::FullMatch(piece, re)) continue;
      ++matched;
      CAPTURE(node.pattern, piece);
      CHECK(bytes_pass);
      CHECK(words_pass);
    }
  }
  // The property is tried on many matches, and the prefilter turns pieces away at all.
  CHECK(matched > 10000);
  CHECK(turned_away > 1000);
}
