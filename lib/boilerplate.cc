#include "dossier/boilerplate.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <unordered_set>

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
// blocks hold none of the literals. Here every literal is found through its rarest-looking
// byte pairs: a 64K-bit table says whether the pair at a position, with ASCII case folded
// by |0x20, is one of them, and only then are the literals owning the pair compared. When
// every literal registers two consecutive pairs, one of them starts at an even position
// wherever the literal occurs, so only every other position is looked at. RE2 also folds
// 's' with U+017F (long s) and 'k' with U+212A (Kelvin sign): a text with one of those,
// like a literal outside ASCII, is left to the RE2::Set (tested by ingest_perf_test.cc).
// One-byte literals (" | " in the table reads as " " or " ") are looked up with memchr.
class LiteralFinder {
 public:
  static constexpr size_t kMaxLiterals = 64;

  // Returns false when LITERAL cannot be handled here (the finder is then unusable).
  bool add(std::string_view literal) {
    if (literal.empty() || literals_.size() == kMaxLiterals) return usable_ = false;
    std::string lower;
    for (unsigned char c : literal) {
      if (c >= 0x80) return usable_ = false;
      lower.push_back(static_cast<char>(lower_ascii(c)));
    }
    if (lower.size() == 1) singles_.emplace_back(lower[0], static_cast<int>(literals_.size()));
    if (lower.size() == 2) stride_ = 1;  // a single pair: every position must be looked at
    hazard_s_ = hazard_s_ || lower.find('s') != std::string::npos;
    hazard_k_ = hazard_k_ || lower.find('k') != std::string::npos;
    literals_.push_back(std::move(lower));
    return usable_;
  }

  // Chooses and indexes the pairs, once every literal is added.
  void compile() {
    for (size_t index = 0; index < literals_.size(); ++index) {
      const std::string& lit = literals_[index];
      if (lit.size() < 2) continue;
      size_t best = 0;
      for (size_t k = 1; k + stride_ < lit.size(); ++k)
        if (commonness(lit, k) < commonness(lit, best)) best = k;
      for (size_t j = 0; j < stride_; ++j) add_pair(lit, static_cast<int>(index), best + j);
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
    for (const auto& [c, literal] : singles_) {
      char upper = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      if (std::memchr(p, c, n) || (upper != c && std::memchr(p, upper, n))) *found |= uint64_t{1} << literal;
    }
    for (size_t i = 0; i + 1 < n; i += stride_) {
      unsigned key = pair_key(p + i);
      if (!((bits_[key >> 6] >> (key & 63)) & 1)) continue;
      for (auto it = candidates_.begin() + first_[key]; it != candidates_.end() && it->key == key; ++it) {
        if (i < it->offset || ((*found >> it->literal) & 1)) continue;
        size_t start = i - it->offset;
        const std::string& lit = literals_[static_cast<size_t>(it->literal)];
        if (start + lit.size() > n) continue;
        bool same = true;
        for (size_t j = 0; j < lit.size() && same; ++j) same = lower_ascii(p[start + j]) == static_cast<unsigned char>(lit[j]);
        if (same) *found |= uint64_t{1} << it->literal;
      }
    }
    return true;
  }

 private:
  struct Candidate {
    unsigned key;
    int literal;
    size_t offset;  // of the pair in the literal
  };

  // How common the STRIDE_ pairs from S[K] are in running text: letters by their rank in
  // English ("etaoin..."), space being the most frequent; punctuation counts as rare.
  int commonness(const std::string& s, size_t k) const {
    static constexpr std::string_view kByFrequency = " etaoinshrdlcumwfgypbvkjxqz";
    auto rank = [](char c) {
      size_t r = kByFrequency.find(c);
      return r == std::string_view::npos ? 0 : static_cast<int>(kByFrequency.size() - r);
    };
    int sum = 0;
    for (size_t j = 0; j < stride_; ++j) sum += rank(s[k + j]) + rank(s[k + j + 1]);
    return sum;
  }

  // The two bytes at P as one 16-bit load, ASCII case folded by |0x20 (the same on any
  // byte order, as literals and texts are keyed alike).
  static unsigned pair_key(const unsigned char* p) {
    uint16_t w;
    std::memcpy(&w, p, 2);
    return w | 0x2020u;
  }

  void add_pair(const std::string& lit, int literal, size_t offset) {
    unsigned key = pair_key(reinterpret_cast<const unsigned char*>(lit.data()) + offset);
    bits_[key >> 6] |= uint64_t{1} << (key & 63);
    Candidate c{key, literal, offset};
    candidates_.insert(std::upper_bound(candidates_.begin(), candidates_.end(), c,
                                        [](const Candidate& a, const Candidate& b) { return a.key < b.key; }),
                       c);
    for (size_t k = candidates_.size(); k-- > 0;) first_[candidates_[k].key] = static_cast<uint16_t>(k);
  }

  std::vector<std::string> literals_;
  std::vector<Candidate> candidates_;          // sorted by key
  std::vector<uint16_t> first_ = std::vector<uint16_t>(1 << 16);  // key -> its first candidate
  std::vector<std::pair<char, int>> singles_;  // one-byte literal, its index
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(1024);
  size_t stride_ = 2;
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
        r.set_index = rt.short_set->Add(r.pattern, &error);
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

const std::unordered_set<std::string>& stopwords() {
  static const std::unordered_set<std::string> set = [] {
    std::unordered_set<std::string> s;
    for (auto line : data::lines("boilerplate/stopwords.txt")) {
      size_t i = 0;
      while (i < line.size()) {
        size_t j = line.find(' ', i);
        if (j == std::string_view::npos) j = line.size();
        if (j > i) s.emplace(line.substr(i, j - i));
        i = j + 1;
      }
    }
    return s;
  }();
  return set;
}

enum class Class { Good, Bad, Short };

struct Features {
  Class cls = Class::Short;
  std::string kind;     // for Bad
  std::string weak;     // kind of a single weak hint
  size_t words = 0;
  bool terminal = false;  // ends like a sentence
};

bool ends_like_sentence(const std::string& t) {
  size_t e = t.size();
  // skip closing quotes and brackets
  while (e > 0) {
    std::string_view tail(t.data(), e);
    if (tail.back() == '"' || tail.back() == '\'' || tail.back() == ')') {
      --e;
    } else if (tail.size() >= 3 && (tail.substr(tail.size() - 3) == "\u201D" || tail.substr(tail.size() - 3) == "\u2019")) {
      e -= 3;
    } else {
      break;
    }
  }
  if (e == 0) return false;
  char c = t[e - 1];
  return c == '.' || c == '?' || c == '!' || (e >= 3 && t.compare(e - 3, 3, "\u2026") == 0);
}

Features features(const Block& b) {
  Features f;
  f.words = word_count(b.text);
  f.terminal = ends_like_sentence(b.text);
  std::string weak_kind;
  int weak_hits = 0;
  const RuleTable& table = rules();
  // Which needs literals the line holds: bit i for literal i.
  uint64_t present = 0;
  std::vector<int> present_list;  // the same, from the RE2::Set when the finder cannot say
  bool from_finder = table.literals.usable() && table.literals.find(b.text, &present);
  if (!from_finder) table.needs_set->Match(b.text, &present_list);
  auto holds = [&](int n) {
    return from_finder ? ((present >> n) & 1) != 0
                       : std::find(present_list.begin(), present_list.end(), n) != present_list.end();
  };
  // A short block meets every rule: one RE2::Set pass says which patterns match it.
  const bool is_short = f.words <= kShortWords;
  std::vector<int> matched;
  bool from_set = false;
  if (is_short && table.short_set) {
    RE2::Set::ErrorInfo error;
    from_set = table.short_set->Match(b.text, &matched, &error) || error.kind == RE2::Set::kNoError;
    std::sort(matched.begin(), matched.end());
  }
  // Long blocks walk only the rules of scope any and weak (in table order, as all do).
  const std::vector<size_t>& order = is_short ? table.all_rules : table.long_rules;
  for (size_t i : order) {
    const Rule& r = table.rules[i];
    if (from_finder ? r.needs_mask != 0 && (r.needs_mask & present) == 0
                    : !r.needs.empty() && std::none_of(r.needs.begin(), r.needs.end(), holds))
      continue;
    if (from_set && r.set_index >= 0 ? !std::binary_search(matched.begin(), matched.end(), r.set_index)
                                     : !rule_matches(r, b.text))
      continue;
    if (r.scope == Scope::Weak) {
      if (weak_kind.empty() || weak_kind == r.kind) {
        weak_kind = r.kind;
        ++weak_hits;
      }
      continue;
    }
    f.cls = Class::Bad;
    f.kind = r.kind;
    return f;
  }
  if (weak_hits >= 2 || (weak_hits == 1 && f.words <= kShortWords)) {
    f.cls = Class::Bad;
    f.kind = weak_kind;
    return f;
  }
  f.weak = weak_kind;
  // The stop-word share decides only the middle ground, so it is computed only there.
  if ((f.words >= 10 && f.terminal) || f.words >= 30 || (f.words > 15 && stopword_share(b.text) >= 0.25))
    f.cls = Class::Good;
  return f;
}

bool headline_shaped(const Block& b, const Features& f) {
  if (f.words < 2 || f.words > 30) return false;
  if (is_credit_line(b.text)) return false;
  return !(b.text.back() == '.' && !(b.text.size() >= 3 && b.text.compare(b.text.size() - 3, 3, "...") == 0));
}

}  // namespace

size_t word_count(const std::string& text) {
  // Counts word starts (a non-space after a space or at the start), eight bytes a step:
  // this runs over every block.
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t n = 0, i = 0;
  uint64_t prev_space = 1;  // the byte before the text counts as a space
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  for (; i + 8 <= size; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    uint64_t x = w ^ (0x20 * kOnes);
    uint64_t space = (~(((x & kLow7) + kLow7) | x) >> 7) & kOnes;  // 1 in each byte == ' '
    uint64_t before = (space << 8) | prev_space;  // little-endian: byte k-1 moved to byte k
    uint64_t starts = ~space & before & kOnes;
    n += static_cast<size_t>((starts * kOnes) >> 56);
    prev_space = space >> 56;
  }
#endif
  for (; i < size; ++i) {
    n += static_cast<size_t>((p[i] != ' ') & (prev_space != 0));
    prev_space = p[i] == ' ';
  }
  return n;
}

double stopword_share(const std::string& text) {
  size_t words = 0, stops = 0;
  std::string w;
  auto flush = [&]() {
    if (w.empty()) return;
    ++words;
    if (stopwords().count(w)) ++stops;
    w.clear();
  };
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || c == '\'') {
      w.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      w.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c == ' ') {
      flush();
    }
  }
  flush();
  return words ? static_cast<double>(stops) / static_cast<double>(words) : 0.0;
}

bool is_credit_line(const std::string& text) {
  static const RE2 credit(R"(^\((?:[A-Z][A-Za-z.-]{0,15})(?:\s*[,/]\s*[A-Z][A-Za-z.-]{0,15}){0,4}\)$)");
  static const RE2 by(R"(^(?i:by)\s+\p{Lu}[\p{L}.'-]+(?:\s+(?:\p{Lu}[\p{L}.'-]+|and|&|de|van|von))*(?:\s*[,|]\s*[^,|]{1,60})?$)");
  if (text.size() > 2 && text.front() == '(' && text.back() == ')') return RE2::FullMatch(text, credit);
  if (text.size() > 3 && (text[0] == 'B' || text[0] == 'b') && (text[1] == 'y' || text[1] == 'Y') && text[2] == ' ')
    return word_count(text) <= 12 && RE2::FullMatch(text, by);
  return false;
}

std::string rule_kind(const std::string& line) {
  Features f = features(Block{line, 0, 0});
  return f.cls == Class::Bad ? f.kind : std::string();
}

Layout analyze_layout(const std::vector<Block>& blocks) {
  const size_t n = blocks.size();
  Layout layout;
  layout.kinds.assign(n, "");
  std::vector<Features> f(n);
  for (size_t i = 0; i < n; ++i) f[i] = features(blocks[i]);

  // A single weak hint becomes a verdict next to boilerplate of the same kind (an appeal
  // that runs over several paragraphs); repeat until nothing changes.
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < n; ++i) {
      if (f[i].cls == Class::Bad || f[i].weak.empty()) continue;
      bool prev = i > 0 && f[i - 1].cls == Class::Bad && f[i - 1].kind == f[i].weak;
      bool next = i + 1 < n && f[i + 1].cls == Class::Bad && f[i + 1].kind == f[i].weak;
      if (prev || next) {
        f[i].cls = Class::Bad;
        f[i].kind = f[i].weak;
        changed = true;
      }
    }
  }

  // A photo credit ("Name / Agency") marks the block just above it as the caption.
  for (size_t i = 1; i < n; ++i) {
    if (f[i].cls != Class::Bad || f[i].kind != "credit") continue;
    if (f[i - 1].cls == Class::Bad || blocks[i].first_line - blocks[i - 1].last_line > 2) continue;
    if (i - 1 == 0) continue;
    f[i - 1].cls = Class::Bad;
    f[i - 1].kind = "caption";
  }

  // The title: the last headline-shaped block before the first good paragraph.
  size_t first_good = n;
  for (size_t i = 0; i < n; ++i)
    if (f[i].cls == Class::Good) {
      first_good = i;
      break;
    }
  for (size_t i = first_good; i-- > 0;) {
    if (f[i].cls == Class::Bad) continue;
    if (headline_shaped(blocks[i], f[i])) {
      layout.title = i;
      break;
    }
  }
  if (!layout.title && first_good == n) {
    for (size_t i = 0; i < n; ++i)
      if (f[i].cls != Class::Bad && headline_shaped(blocks[i], f[i])) {
        layout.title = i;
        break;
      }
  }
  // Everything above the title that no rule claimed is site navigation.
  size_t body_start = layout.title ? *layout.title : first_good;
  for (size_t i = 0; i < body_start && i < n; ++i)
    if (f[i].cls != Class::Bad) {
      f[i].cls = Class::Bad;
      f[i].kind = "navigation";
    }
  if (layout.title) f[*layout.title].cls = Class::Good;

  // Undecided short blocks: take the class of the nearest decided neighbours.
  for (size_t i = body_start; i < n; ++i) {
    if (f[i].cls != Class::Short) continue;
    size_t p = i, q = i + 1;
    while (p > 0 && f[p - 1].cls == Class::Short) --p;
    while (q < n && f[q].cls == Class::Short) ++q;
    bool prev_bad = p == 0 || f[p - 1].cls == Class::Bad;
    bool next_bad = q == n || f[q].cls == Class::Bad;
    bool next_end = q == n;
    const std::string& bad_kind = (p > 0 && f[p - 1].cls == Class::Bad) ? f[p - 1].kind
                                  : (q < n && f[q].cls == Class::Bad)    ? f[q].kind
                                                                         : std::string("other");
    bool keep;
    if (!prev_bad && !next_bad) {
      keep = true;
    } else if (prev_bad && next_bad) {
      keep = is_credit_line(blocks[i].text);
    } else {
      // Between content and chrome: sentences, credit lines and longer lines stay.
      keep = f[i].terminal || is_credit_line(blocks[i].text) || f[i].words >= 8 || (!next_end && !next_bad);
    }
    layout.kinds[i] = keep ? "" : bad_kind;
  }
  for (size_t i = 0; i < n; ++i)
    if (f[i].cls == Class::Bad) layout.kinds[i] = f[i].kind;
  return layout;
}

}  // namespace dossier
