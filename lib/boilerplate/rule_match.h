// The machinery behind the phrase rules (rules.cc): cheap necessary conditions that rule a
// line out before a regular expression runs, and the compile-time shortcuts of the rule
// table. None of it changes which rule matches a line (tested by ingest_perf_test.cc, which
// tries every rule exactly).
#pragma once

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/error.h"
#include "../regex_loosen.h"

namespace dossier::boilerplate {

// ASCII lower case; RE2's case-insensitive match folds the same way for these bytes.
inline unsigned char lower_ascii(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

// How common a byte is in running text: lower-case letters by their rank in English
// ("etaoin..."), space being the most frequent; any other byte counts as rare (0).
inline int byte_commonness(char c) {
  static constexpr std::string_view kByFrequency = " etaoinshrdlcumwfgypbvkjxqz";
  const size_t r = kByFrequency.find(c);
  return r == std::string_view::npos ? 0 : static_cast<int>(kByFrequency.size() - r);
}
// The position of S's rarest-looking byte (byte_commonness), the first of those equally
// rare: its first byte other than a letter or a space, else its least common letter.
inline size_t rarest_byte(std::string_view s) {
  size_t best = 0;
  for (size_t k = 1; k < s.size(); ++k)
    if (byte_commonness(s[k]) < byte_commonness(s[best])) best = k;
  return best;
}

// The options every rule pattern is compiled with: case-insensitive, errors not logged.
RE2::Options rule_options();

// What the prefilters learn of one text, kept while the rules of a line are tried in
// turn: each byte is looked for with memchr once, the characters RE2 folds onto 's' and
// 'k' once, and the text is folded to lower case once, not again for every rule.
class TextProbe {
 public:
  explicit TextProbe(const std::string& text) : text_(text) {}
  const std::string& text() const { return text_; }
  // Whether byte C occurs in the text, in either case.
  bool has_byte(unsigned char c);
  bool has_long_s();  // U+017F
  bool has_kelvin();  // U+212A
  // The text with ASCII folded to lower case (a buffer kept by the thread).
  const std::string& lower();

 private:
  const std::string& text_;
  uint64_t known_[4] = {}, present_[4] = {};
  signed char long_s_ = -1, kelvin_ = -1;  // -1 = not looked for yet
  bool lowered_ = false;
};

// A necessary condition for a pattern, from RE2's own prefilter (re2::FilteredRE2): the
// strings ("atoms") that any match contains, combined by AND and OR. The verdict for each
// set of atoms found is tabulated once, so ruling a block out costs a few memchr calls
// instead of a regex search (the " | " navigation rule met every long block). Atoms are
// lower case and RE2 folds 's' and 'k' also from U+017F and U+212A: a text with those,
// where an atom holds the letter, is not ruled out.
class Prefilter {
 public:
  static constexpr size_t kMaxAtoms = 10;  // a table of 2^10 verdicts at most

  Prefilter(const std::string& pattern, const RE2::Options& options);

  // False only when the pattern cannot match TEXT.
  bool may_match(const std::string& text) const {
    TextProbe probe(text);
    return may_match(probe);
  }
  bool may_match(TextProbe& probe) const;
  // The pattern as compiled for the prefilter (null if it does not compile): the rule
  // matches with it rather than compiling the pattern a second time.
  const RE2* regex() const { return filter_ ? &filter_->GetRE2(0) : nullptr; }

 private:
  std::unique_ptr<re2::FilteredRE2> filter_;
  std::vector<std::string> atoms_;
  std::vector<bool> passes_;  // by the set of atoms found (bit k = atom k)
  std::vector<size_t> order_;  // atom indices, those with the rarest-looking bytes first
  std::vector<unsigned char> rarest_;  // by atom: its rarest-looking byte
  bool usable_ = false, letters_ = false, fold_s_ = false, fold_k_ = false;
};

// A pattern compiled on first use (by any thread), with rule_options().
class LazyPattern {
 public:
  explicit LazyPattern(std::string pattern) : pattern_(std::move(pattern)) {}
  const RE2& get() const {
    std::call_once(once_, [this] {
      auto re = std::make_unique<RE2>(pattern_, rule_options());
      // The relaxed form compiled at load; the exact one is checked here, loudly.
      if (!re->ok()) throw Error("boilerplate/rules.tsv: bad pattern: " + pattern_);
      re_ = std::move(re);
    });
    return *re_;
  }

 private:
  std::string pattern_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

// A rule's PATTERN as a pattern that matches wherever PATTERN does (loosened_pattern,
// regex_loosen.h): each letter class outside a negated class made the ASCII letters and
// every character outside ASCII, and every bounded repetition outside a class whose upper
// bound is MIN_BOUND or more ("{1,30}") unbounded ("{1,}"). RE2 compiles a bound as that
// many copies of its operand, and one "{1,30}" over a Unicode letter class was two thirds
// of ingest's start-up time; the relaxed pattern serves in the RE2::Set and the
// prefilters, and the exact one (LazyPattern) is compiled only when a line passes it
// (tested by ingest_perf_test.cc, which tries every rule exactly).
inline std::string relaxed_pattern(const std::string& pattern, size_t min_bound = 10) {
  return detail::loosened_pattern(pattern, min_bound);
}

// Finds which of up to 64 literals occur in a text, ignoring ASCII case, without a regex
// (rule_literals.cc explains how).
class LiteralFinder {
 public:
  static constexpr size_t kMaxLiterals = 64;
  static constexpr size_t kGram = 3;    // bytes in a key
  static constexpr size_t kStride = 3;  // keys registered per literal; positions scanned a step
  static constexpr size_t kWindow = kGram + kStride - 1;  // the bytes a literal's keys cover

  // Returns false when LITERAL cannot be handled here (the finder is then unusable).
  bool add(std::string_view literal);
  // Chooses and indexes the keys, once every literal is added.
  void compile();
  bool usable() const { return usable_; }
  // Sets bit i of *FOUND when literal i occurs in TEXT. Returns false when TEXT holds a
  // character that RE2 folds onto an ASCII letter (then *FOUND is incomplete).
  bool find(std::string_view text, uint64_t* found) const;

 private:
  struct Candidate {
    unsigned key;
    int literal;
    size_t offset;  // of the key's bytes in the literal
  };
  struct Short {
    int literal;
    size_t at;  // the literal's rarest byte, looked for with memchr
  };
  // The short literals that share a rarest byte ("(c)", "(l)", "(r)"): one memchr pass
  // over a text serves them all.
  struct Anchor {
    unsigned char byte;
    std::vector<Short> shorts;
  };

  static int commonness(const std::string& s, size_t k);
  static bool same_at(const unsigned char* p, size_t n, size_t start, const std::string& lit);
  void find_short(const Anchor& a, const unsigned char* p, size_t n, uint64_t* found) const;
  static bool occurs(const std::string& lit, const unsigned char* p, size_t n);
  void check(const unsigned char* p, size_t n, size_t i, unsigned key, uint64_t* found) const;
  // A 16-bit hash of three bytes (the first in the low byte), ASCII case folded by |0x20.
  static unsigned key_of(uint32_t w) { return static_cast<unsigned>(((w | 0x202020u) * 0x9E3779B1u) >> 16); }
  static unsigned gram_key(const unsigned char* p) {
    return key_of(uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16);
  }
  void add_key(const std::string& lit, int literal, size_t offset);

  std::vector<std::string> literals_;
  std::vector<Candidate> candidates_;  // sorted by key
  std::vector<uint16_t> first_ = std::vector<uint16_t>(1 << 16);  // key -> its first candidate
  std::vector<Anchor> anchors_;
  // The short literals whose rarest byte is a letter ("pic"): a memchr per occurrence of
  // the letter cost more than comparing the whole literal at sixteen positions a step.
  std::vector<int> lettered_;
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(1024);
  bool usable_ = true, hazard_s_ = false, hazard_k_ = false;
};

}  // namespace dossier::boilerplate
