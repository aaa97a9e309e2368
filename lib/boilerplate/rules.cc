#include "internal.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <string_view>

#include "dossier/data.h"
#include "dossier/error.h"

namespace dossier {

namespace {

// A block with at most this many words is "short": rules of scope "short" apply to it
// and, when no rule decides it, its neighbours do.
constexpr size_t kShortWords = 12;

enum class Scope { Short, Any, Weak };

// ASCII lower case; RE2's case-insensitive match folds the same way for these bytes.
inline unsigned char lower_ascii(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

// A necessary condition for a pattern, from RE2's own prefilter (re2::FilteredRE2): the
// strings ("atoms") that any match contains, combined by AND and OR. The verdict for each
// set of atoms found is tabulated once, so ruling a block out costs a few memchr calls
// instead of a regex search (the " | " navigation rule met every long block). Atoms are
// lower case and RE2 folds 's' and 'k' also from U+017F and U+212A: a text with those,
// where an atom holds the letter, is not ruled out.
class Prefilter {
 public:
  static constexpr size_t kMaxAtoms = 10;  // a table of 2^10 verdicts at most

  explicit Prefilter(const std::string& pattern, const RE2::Options& options) {
    re2::FilteredRE2 filter(1);
    int id = 0;
    if (filter.Add(pattern, options, &id) != RE2::NoError) return;
    filter.Compile(&atoms_);
    if (atoms_.size() > kMaxAtoms) return;
    for (const std::string& atom : atoms_)
      for (unsigned char c : atom) {
        if (c >= 0x80) return;
        fold_s_ = fold_s_ || c == 's';
        fold_k_ = fold_k_ || c == 'k';
        letters_ = letters_ || (c >= 'a' && c <= 'z');
      }
    passes_.resize(size_t{1} << atoms_.size());
    std::vector<int> found, potentials;
    for (size_t mask = 0; mask < passes_.size(); ++mask) {
      found.clear();
      for (size_t k = 0; k < atoms_.size(); ++k)
        if ((mask >> k) & 1) found.push_back(static_cast<int>(k));
      filter.AllPotentials(found, &potentials);
      passes_[mask] = !potentials.empty();
    }
    // Punctuation and digits are rare in running text, then longer atoms; ties keep order.
    auto rare = [](const std::string& atom) {
      bool punct = false;
      for (unsigned char c : atom) punct = punct || !((c >= 'a' && c <= 'z') || c == ' ');
      return std::make_pair(punct ? 0 : 1, -static_cast<int>(atom.size()));
    };
    for (size_t k = 0; k < atoms_.size(); ++k) order_.push_back(k);
    std::stable_sort(order_.begin(), order_.end(), [&](size_t a, size_t b) { return rare(atoms_[a]) < rare(atoms_[b]); });
    usable_ = true;
  }

  // False only when the pattern cannot match TEXT. Atoms are settled rarest first, and as
  // soon as the verdict is "no" even with every unsettled atom found, the answer is no.
  bool may_match(const std::string& text) const {
    if (!usable_) return true;
    if ((fold_s_ && text.find("\u017F") != std::string::npos) || (fold_k_ && text.find("\u212A") != std::string::npos))
      return true;
    uint64_t known[4] = {}, present[4] = {};  // bytes looked up with memchr, either case
    auto has_byte = [&](unsigned char c) {
      if (!((known[c >> 6] >> (c & 63)) & 1)) {
        unsigned char upper = c >= 'a' && c <= 'z' ? static_cast<unsigned char>(c - 'a' + 'A') : c;
        bool found = std::memchr(text.data(), c, text.size()) || (upper != c && std::memchr(text.data(), upper, text.size()));
        known[c >> 6] |= uint64_t{1} << (c & 63);
        if (found) present[c >> 6] |= uint64_t{1} << (c & 63);
      }
      return ((present[c >> 6] >> (c & 63)) & 1) != 0;
    };
    std::string lower;  // made only when a substring search needs it
    size_t mask = 0, unsettled = passes_.size() - 1;
    for (size_t k : order_) {
      const std::string& atom = atoms_[k];
      bool found = true;
      for (unsigned char c : atom) found = found && has_byte(c);
      if (found && atom.size() > 1) {
        if (letters_ && lower.empty()) {
          lower = text;
          for (char& c : lower) c = static_cast<char>(lower_ascii(static_cast<unsigned char>(c)));
        }
        found = (letters_ ? lower : text).find(atom) != std::string::npos;
      }
      unsettled &= ~(size_t{1} << k);
      if (found) mask |= size_t{1} << k;
      if (!passes_[mask | unsettled]) return false;
    }
    return passes_[mask];
  }

 private:
  std::vector<std::string> atoms_;
  std::vector<bool> passes_;  // by the set of atoms found (bit k = atom k)
  std::vector<size_t> order_;  // atom indices, those with the rarest-looking bytes first
  bool usable_ = false, letters_ = false, fold_s_ = false, fold_k_ = false;
};

RE2::Options rule_options();

// A pattern compiled on first use (by any thread).
class LazyPattern {
 public:
  explicit LazyPattern(std::string pattern) : pattern_(std::move(pattern)) {}
  const RE2& get() const {
    std::call_once(once_, [this] { re_ = std::make_unique<RE2>(pattern_, rule_options()); });
    return *re_;
  }

 private:
  std::string pattern_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

// PATTERN with every long bounded repetition ("{1,30}", an upper bound of 10 or more)
// unbounded ("{1,}"), outside character classes: a pattern that matches wherever PATTERN
// does. RE2 compiles a bounded repetition as that many copies of its operand, and one
// "{1,30}" over a Unicode letter class was two thirds of ingest's start-up time; in the
// RE2::Set the relaxed pattern serves, and the exact one is compiled only when a line
// passes it (tested by ingest_perf_test.cc, which tries every rule exactly).
std::string relaxed_pattern(const std::string& pattern) {
  std::string out;
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += c;
      out += pattern[++i];
      continue;
    }
    if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];  // "[]...]" holds a ']'
      continue;
    } else if (c == '{') {
      size_t j = i + 1, m = 0, n = 0;
      while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9') m = m * 10 + static_cast<size_t>(pattern[j++] - '0');
      const size_t comma = j;
      if (j > i + 1 && j < pattern.size() && pattern[j] == ',') {
        ++j;
        while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9') n = n * 10 + static_cast<size_t>(pattern[j++] - '0');
        if (j > comma + 1 && j < pattern.size() && pattern[j] == '}' && n >= 10 && m <= n) {
          out += pattern.substr(i, comma + 1 - i);
          out += '}';
          i = j;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

struct Rule {
  std::string kind;
  Scope scope;
  std::vector<int> needs;  // indices of literals, one of which must occur (empty = none)
  uint64_t needs_mask = 0;  // the same as bits, when there are at most 64 literals
  std::string pattern;
  // Null for a short-scope rule while RuleTable::short_set serves short blocks: compiling
  // each of them again on its own was a third of the start-up time.
  std::unique_ptr<RE2> re;
  std::unique_ptr<Prefilter> prefilter;  // with re
  int set_index = -1;                    // in RuleTable::short_set, for short-scope rules
  // The exact pattern when the set holds a relaxed one (relaxed_pattern), else null.
  std::unique_ptr<LazyPattern> exact;
};

RE2::Options rule_options() {
  RE2::Options opts;
  opts.set_case_sensitive(false);
  opts.set_log_errors(false);
  return opts;
}

// Whether rule R's pattern occurs in TEXT.
bool rule_matches(const Rule& r, const std::string& text) {
  if (r.re) return r.prefilter->may_match(text) && RE2::PartialMatch(text, *r.re);
  // Only when the RE2::Set could not answer for this text (its DFA ran out of memory),
  // which the bench corpus never meets: the pattern is compiled for this one call.
  RE2 re(r.pattern, rule_options());
  return RE2::PartialMatch(text, re);
}

// Finds which "needs" literals occur in a text, ignoring case. RE2::Set did this in one DFA
// pass at about 30 instructions a byte, the largest single cost of ingest, while most
// blocks hold none of the literals. Here a literal of four bytes or more is found through
// its rarest-looking four bytes, as two overlapping three-byte keys: a 64K-bit table, keyed
// by a hash of the three bytes at a position with ASCII case folded by |0x20, says whether
// they may be one of those, and only then are the literals owning the key compared. Three
// bytes rule out far more positions than the byte pairs this used to key on (a pair of
// common letters met every few words, and comparing was half the cost of the scan). As
// each literal registers two consecutive keys, one of them starts at an even position
// wherever the literal occurs, so only every other position is looked at. Shorter
// literals ("(l)", "(c)") are found through their rarest byte with memchr: punctuation,
// rare in running text. RE2 also folds
// 's' with U+017F (long s) and 'k' with U+212A (Kelvin sign): a text with one of those,
// like a literal outside ASCII, is left to the RE2::Set (tested by ingest_perf_test.cc).
class LiteralFinder {
 public:
  static constexpr size_t kMaxLiterals = 64;
  static constexpr size_t kGram = 3;    // bytes in a key
  static constexpr size_t kStride = 2;  // keys registered per literal; positions scanned a step
  static constexpr size_t kWindow = kGram + kStride - 1;  // the bytes a literal's keys cover

  // Returns false when LITERAL cannot be handled here (the finder is then unusable).
  bool add(std::string_view literal) {
    if (literal.empty() || literals_.size() == kMaxLiterals) return usable_ = false;
    std::string lower;
    for (unsigned char c : literal) {
      if (c >= 0x80) return usable_ = false;
      lower.push_back(static_cast<char>(lower_ascii(c)));
    }
    hazard_s_ = hazard_s_ || lower.find('s') != std::string::npos;
    hazard_k_ = hazard_k_ || lower.find('k') != std::string::npos;
    literals_.push_back(std::move(lower));
    return usable_;
  }

  // Chooses and indexes the keys, once every literal is added.
  void compile() {
    for (size_t index = 0; index < literals_.size(); ++index) {
      const std::string& lit = literals_[index];
      if (lit.size() < kWindow) {
        shorts_.push_back(Short{static_cast<int>(index), rarest_byte(lit)});
        continue;
      }
      size_t best = 0;
      for (size_t k = 1; k + kWindow <= lit.size(); ++k)
        if (commonness(lit, k) < commonness(lit, best)) best = k;
      for (size_t j = 0; j < kStride; ++j) add_key(lit, static_cast<int>(index), best + j);
    }
  }

  bool usable() const { return usable_; }

  // Sets bit i of *FOUND when literal i occurs in TEXT. Returns false when TEXT holds a
  // character that RE2 folds onto an ASCII letter (then *FOUND is incomplete).
  bool find(std::string_view text, uint64_t* found) const {
    *found = 0;
    if ((hazard_s_ && text.find("\u017F") != std::string_view::npos) ||
        (hazard_k_ && text.find("\u212A") != std::string_view::npos))
      return false;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    for (const Short& s : shorts_) find_short(s, p, n, found);
    const uint64_t* bits = bits_.data();
    size_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // Where four bytes can be read at I, the key's three come from one load.
    for (; i + 4 <= n; i += kStride) {
      uint32_t w;
      std::memcpy(&w, p + i, 4);
      const unsigned key = key_of(w & 0xFFFFFFu);
      if ((bits[key >> 6] >> (key & 63)) & 1) check(p, n, i, key, found);
    }
#endif
    for (; i + kGram <= n; i += kStride) {
      const unsigned key = gram_key(p + i);
      if ((bits[key >> 6] >> (key & 63)) & 1) check(p, n, i, key, found);
    }
    return true;
  }

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

  // How common a byte is in running text: letters by their rank in English ("etaoin..."),
  // space being the most frequent; punctuation and digits count as rare (0).
  static int rank(char c) {
    static constexpr std::string_view kByFrequency = " etaoinshrdlcumwfgypbvkjxqz";
    size_t r = kByFrequency.find(c);
    return r == std::string_view::npos ? 0 : static_cast<int>(kByFrequency.size() - r);
  }
  static int commonness(const std::string& s, size_t k) {
    int sum = 0;
    for (size_t j = 0; j < kWindow; ++j) sum += rank(s[k + j]);
    return sum;
  }
  static size_t rarest_byte(const std::string& s) {
    size_t best = 0;
    for (size_t k = 1; k < s.size(); ++k)
      if (rank(s[k]) < rank(s[best])) best = k;
    return best;
  }

  // Whether LIT (lower case) occurs in P[0, N) at START, ASCII case folded.
  static bool same_at(const unsigned char* p, size_t n, size_t start, const std::string& lit) {
    if (start + lit.size() > n) return false;
    for (size_t j = 0; j < lit.size(); ++j)
      if (lower_ascii(p[start + j]) != static_cast<unsigned char>(lit[j])) return false;
    return true;
  }

  // Looks for short literal S at every occurrence of its rarest byte, in either case.
  void find_short(const Short& s, const unsigned char* p, size_t n, uint64_t* found) const {
    const std::string& lit = literals_[static_cast<size_t>(s.literal)];
    const unsigned char c = static_cast<unsigned char>(lit[s.at]);
    const unsigned char upper = c >= 'a' && c <= 'z' ? static_cast<unsigned char>(c - 'a' + 'A') : c;
    for (unsigned char b : {c, upper}) {
      for (const unsigned char* q = p; (q = static_cast<const unsigned char*>(std::memchr(q, b, static_cast<size_t>(p + n - q)))); ++q) {
        const size_t at = static_cast<size_t>(q - p);
        if (at >= s.at && same_at(p, n, at - s.at, lit)) {
          *found |= uint64_t{1} << s.literal;
          return;
        }
      }
      if (upper == c) return;
    }
  }

  // The literals owning KEY that occur at position I of P[0, N), into *FOUND.
  void check(const unsigned char* p, size_t n, size_t i, unsigned key, uint64_t* found) const {
    for (auto it = candidates_.begin() + first_[key]; it != candidates_.end() && it->key == key; ++it) {
      if (i < it->offset || ((*found >> it->literal) & 1)) continue;
      if (same_at(p, n, i - it->offset, literals_[static_cast<size_t>(it->literal)])) *found |= uint64_t{1} << it->literal;
    }
  }

  // A 16-bit hash of three bytes (the first in the low byte), ASCII case folded by |0x20.
  static unsigned key_of(uint32_t w) { return static_cast<unsigned>(((w | 0x202020u) * 0x9E3779B1u) >> 16); }
  static unsigned gram_key(const unsigned char* p) {
    return key_of(uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16);
  }

  void add_key(const std::string& lit, int literal, size_t offset) {
    unsigned key = gram_key(reinterpret_cast<const unsigned char*>(lit.data()) + offset);
    bits_[key >> 6] |= uint64_t{1} << (key & 63);
    Candidate c{key, literal, offset};
    candidates_.insert(std::upper_bound(candidates_.begin(), candidates_.end(), c,
                                        [](const Candidate& a, const Candidate& b) { return a.key < b.key; }),
                       c);
    for (size_t k = candidates_.size(); k-- > 0;) first_[candidates_[k].key] = static_cast<uint16_t>(k);
  }

  std::vector<std::string> literals_;
  std::vector<Candidate> candidates_;  // sorted by key
  std::vector<uint16_t> first_ = std::vector<uint16_t>(1 << 16);  // key -> its first candidate
  std::vector<Short> shorts_;
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(1024);
  bool usable_ = true, hazard_s_ = false, hazard_k_ = false;
};

struct RuleTable {
  std::vector<Rule> rules;
  // Every "needs" literal, found by LiteralFinder, or else in one RE2::Set: a single DFA
  // pass over a line tells which literals it holds, hence which rules can match at all.
  LiteralFinder literals;
  std::unique_ptr<RE2::Set> needs_set;
  // The patterns of the short-scope rules in one RE2::Set: one pass over a short block
  // instead of thirty PartialMatch calls (the any/weak rules keep their own RE2 and
  // prefilter; compiling them into the Set too cost start-up time). Null if it cannot be
  // built.
  std::unique_ptr<RE2::Set> short_set;
  std::vector<size_t> all_rules, long_rules;  // rule indices: all, and those long blocks meet
};

const RuleTable& rules() {
  static const RuleTable table = [] {
    RuleTable rt;
    std::vector<Rule>& t = rt.rules;
    RE2::Options literal_opts;
    literal_opts.set_log_errors(false);
    literal_opts.set_case_sensitive(false);
    rt.needs_set = std::make_unique<RE2::Set>(literal_opts, RE2::UNANCHORED);
    RE2::Options set_opts = rule_options();
    set_opts.set_max_mem(64 << 20);
    rt.short_set = std::make_unique<RE2::Set>(set_opts, RE2::UNANCHORED);
    for (auto line : data::lines("boilerplate/rules.tsv")) {
      auto a = line.find('\t');
      auto b = line.find('\t', a + 1);
      auto c = b == std::string_view::npos ? b : line.find('\t', b + 1);
      if (c == std::string_view::npos) throw Error("boilerplate/rules.tsv: a rule needs 4 tab-separated fields");
      Rule r;
      r.kind = std::string(line.substr(0, a));
      auto scope = line.substr(a + 1, b - a - 1);
      r.scope = scope == "short" ? Scope::Short : scope == "weak" ? Scope::Weak : Scope::Any;
      for (std::string_view needs = line.substr(b + 1, c - b - 1); !needs.empty() && needs != "-";) {
        auto bar = needs.find('|');
        std::string error;
        std::string_view literal = needs.substr(0, bar);
        int index = rt.needs_set->Add(RE2::QuoteMeta(literal), &error);
        if (index < 0) throw Error("boilerplate/rules.tsv: bad needs literal: " + error);
        rt.literals.add(literal);
        r.needs.push_back(index);
        if (index < 64) r.needs_mask |= uint64_t{1} << index;
        needs.remove_prefix(bar == std::string_view::npos ? needs.size() : bar + 1);
      }
      r.pattern = std::string(line.substr(c + 1));
      if (r.scope == Scope::Short) {
        std::string error;
        const std::string relaxed = relaxed_pattern(r.pattern);
        if (relaxed != r.pattern) r.exact = std::make_unique<LazyPattern>(r.pattern);
        r.set_index = rt.short_set->Add(relaxed, &error);
        if (r.set_index < 0) throw Error("boilerplate/rules.tsv: bad pattern: " + error);
      }
      t.push_back(std::move(r));
    }
    if (!rt.needs_set->Compile()) throw Error("boilerplate/rules.tsv: cannot compile the needs literals");
    rt.literals.compile();
    if (!rt.short_set->Compile()) rt.short_set.reset();
    for (size_t i = 0; i < t.size(); ++i) {
      rt.all_rules.push_back(i);
      if (t[i].scope != Scope::Short) rt.long_rules.push_back(i);
    }
    for (Rule& r : t) {
      if (r.scope == Scope::Short && rt.short_set) continue;
      r.re = std::make_unique<RE2>(r.pattern, rule_options());
      if (!r.re->ok()) throw Error("boilerplate/rules.tsv: bad pattern: " + r.re->error());
      r.prefilter = std::make_unique<Prefilter>(r.pattern, rule_options());
    }
    return rt;
  }();
  return table;
}

}  // namespace

namespace boilerplate {

RuleHit rule_hit(const std::string& text, size_t words) {
  RuleHit hit;
  const std::string* weak_kind = nullptr;  // the kind of the first weak rule met, not copied
  int weak_hits = 0;
  const RuleTable& table = rules();
  // Which needs literals the line holds: bit i for literal i.
  uint64_t present = 0;
  // The same, from the RE2::Set when the finder cannot say. This and MATCHED below are
  // reused from line to line: a fresh vector was a malloc for every short block.
  thread_local std::vector<int> present_list;
  present_list.clear();
  bool from_finder = table.literals.usable() && table.literals.find(text, &present);
  if (!from_finder) table.needs_set->Match(text, &present_list);
  auto holds = [&](int n) {
    return from_finder ? ((present >> n) & 1) != 0
                       : std::find(present_list.begin(), present_list.end(), n) != present_list.end();
  };
  // A short block meets every rule: one RE2::Set pass says which patterns match it.
  const bool is_short = words <= kShortWords;
  thread_local std::vector<int> matched;
  matched.clear();
  bool from_set = false;
  if (is_short && table.short_set) {
    RE2::Set::ErrorInfo error;
    from_set = table.short_set->Match(text, &matched, &error) || error.kind == RE2::Set::kNoError;
    std::sort(matched.begin(), matched.end());
  }
  // Long blocks walk only the rules of scope any and weak (in table order, as all do).
  const std::vector<size_t>& order = is_short ? table.all_rules : table.long_rules;
  for (size_t i : order) {
    const Rule& r = table.rules[i];
    if (from_finder ? r.needs_mask != 0 && (r.needs_mask & present) == 0
                    : !r.needs.empty() && std::none_of(r.needs.begin(), r.needs.end(), holds))
      continue;
    if (from_set && r.set_index >= 0) {
      if (!std::binary_search(matched.begin(), matched.end(), r.set_index)) continue;
      if (r.exact && !RE2::PartialMatch(text, r.exact->get())) continue;
    } else if (!rule_matches(r, text)) {
      continue;
    }
    if (r.scope == Scope::Weak) {
      if (!weak_kind || *weak_kind == r.kind) {
        weak_kind = &r.kind;
        ++weak_hits;
      }
      continue;
    }
    hit.kind = r.kind;
    return hit;
  }
  if (!weak_kind) return hit;
  if (weak_hits >= 2 || (weak_hits == 1 && is_short)) {
    hit.kind = *weak_kind;
  } else {
    hit.weak = *weak_kind;
  }
  return hit;
}

}  // namespace boilerplate

std::string rule_kind(const std::string& line) { return boilerplate::rule_hit(line, word_count(line)).kind; }

}  // namespace dossier
