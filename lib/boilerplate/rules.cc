// The phrase rules (lib/data/boilerplate/rules.tsv): the table, loaded once, and which
// rule decides a line. The matching shortcuts are in rule_match.h.
#include "internal.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <string_view>

#include "dossier/data.h"
#include "dossier/error.h"
#include "rule_match.h"

namespace dossier::boilerplate {

namespace {

// A block with at most this many words is "short": rules of scope "short" apply to it
// and, when no rule decides it, its neighbours do.
constexpr size_t kShortWords = 12;

enum class Scope { Short, Any, Weak };

struct Rule {
  std::string kind;
  Scope scope;
  std::vector<int> needs;  // indices of literals, one of which must occur (empty = none)
  uint64_t needs_mask = 0;  // the same as bits, when there are at most 64 literals
  std::string pattern;
  // Null for a short-scope rule while RuleTable::short_set serves short blocks: compiling
  // each of them again on its own was a third of the start-up time.
  const RE2* re = nullptr;                // the prefilter's, or OWN_RE
  std::unique_ptr<RE2> own_re;
  std::unique_ptr<Prefilter> prefilter;  // with re
  int set_index = -1;                    // in RuleTable::short_set, for short-scope rules
  // The exact pattern when the set or RE holds a relaxed one (relaxed_pattern), else null:
  // it decides only for a line the relaxed pattern matches.
  std::unique_ptr<LazyPattern> exact;
};

// Whether rule R's pattern occurs in PROBE's text.
bool rule_matches(const Rule& r, TextProbe& probe) {
  const std::string& text = probe.text();
  if (r.re)
    return r.prefilter->may_match(probe) && RE2::PartialMatch(text, *r.re) &&
           (!r.exact || RE2::PartialMatch(text, r.exact->get()));
  // Only when the RE2::Set could not answer for this text (its DFA ran out of memory),
  // which the bench corpus never meets: the pattern is compiled for this one call.
  RE2 re(r.pattern, rule_options());
  return RE2::PartialMatch(text, re);
}

struct RuleTable {
  std::vector<Rule> rules;
  // Every "needs" literal, found by LiteralFinder, or else in one RE2::Set: a single DFA
  // pass over a line tells which literals it holds, hence which rules can match at all.
  // The set is compiled the first time the finder cannot answer (a text with a long s or
  // a Kelvin sign), which most runs never meet.
  LiteralFinder literals;
  std::vector<std::string> needs_patterns;  // quoted, by literal index
  std::unique_ptr<std::once_flag> needs_once = std::make_unique<std::once_flag>();
  mutable std::unique_ptr<RE2::Set> needs_set;
  const RE2::Set& needs() const {
    std::call_once(*needs_once, [this] {
      RE2::Options opts;
      opts.set_log_errors(false);
      opts.set_case_sensitive(false);
      auto set = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
      for (const std::string& p : needs_patterns)
        if (set->Add(p, nullptr) < 0) throw Error("boilerplate/rules.tsv: bad needs literal: " + p);
      if (!set->Compile()) throw Error("boilerplate/rules.tsv: cannot compile the needs literals");
      needs_set = std::move(set);
    });
    return *needs_set;
  }
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
        std::string_view literal = needs.substr(0, bar);
        const int index = static_cast<int>(rt.needs_patterns.size());
        rt.needs_patterns.push_back(RE2::QuoteMeta(literal));
        rt.literals.add(literal);
        r.needs.push_back(index);
        if (index < 64) r.needs_mask |= uint64_t{1} << index;
        needs.remove_prefix(bar == std::string_view::npos ? needs.size() : bar + 1);
      }
      r.pattern = std::string(line.substr(c + 1));
      if (r.scope == Scope::Short) {
        // The set holds the pattern with its bounds of three or more relaxed: the credit
        // rule's "{0,3}" over a name's word copied its two Unicode classes four times,
        // a third of the set's compilation; the exact pattern decides the lines the relaxed
        // one matches (compiled for the first of them).
        std::string error;
        const std::string relaxed = relaxed_pattern(r.pattern, 3);
        if (relaxed != r.pattern) r.exact = std::make_unique<LazyPattern>(r.pattern);
        r.set_index = rt.short_set->Add(relaxed, &error);
        if (r.set_index < 0) throw Error("boilerplate/rules.tsv: bad pattern: " + error);
      }
      t.push_back(std::move(r));
    }
    rt.literals.compile();
    if (!rt.short_set->Compile()) rt.short_set.reset();
    for (size_t i = 0; i < t.size(); ++i) {
      rt.all_rules.push_back(i);
      if (t[i].scope != Scope::Short) rt.long_rules.push_back(i);
    }
    // The rules of scope any and weak match with their relaxed pattern too, and the exact
    // one is compiled when a line first passes it: the photo agency's caption rule, thirty
    // copies of a Unicode letter class, took 27 ms to compile, nine tenths of the table's
    // start-up, and most runs meet no line that needs it. (The prefilter of the relaxed
    // pattern holds for the exact one, which matches nothing the relaxed one does not.)
    // Short bounds are relaxed too ("{0,3}" copies of a name's words): lines that pass the
    // relaxed pattern of such a rule and fail the exact one are rare.
    for (Rule& r : t) {
      if (r.scope == Scope::Short && rt.short_set) continue;
      const std::string relaxed = relaxed_pattern(r.pattern, r.scope == Scope::Short ? 10 : 2);
      r.exact.reset();
      if (relaxed != r.pattern) r.exact = std::make_unique<LazyPattern>(r.pattern);
      r.prefilter = std::make_unique<Prefilter>(relaxed, rule_options());
      r.re = r.prefilter->regex();
      if (!r.re) {
        r.exact.reset();
        r.own_re = std::make_unique<RE2>(r.pattern, rule_options());
        if (!r.own_re->ok()) throw Error("boilerplate/rules.tsv: bad pattern: " + r.own_re->error());
        r.re = r.own_re.get();
      }
    }
    return rt;
  }();
  return table;
}

}  // namespace

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
  if (!from_finder) table.needs().Match(text, &present_list);
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
  TextProbe probe(text);  // what one rule's prefilter learns of the text, the next reuses
  for (size_t i : order) {
    const Rule& r = table.rules[i];
    if (from_finder ? r.needs_mask != 0 && (r.needs_mask & present) == 0
                    : !r.needs.empty() && std::none_of(r.needs.begin(), r.needs.end(), holds))
      continue;
    if (from_set && r.set_index >= 0) {
      if (!std::binary_search(matched.begin(), matched.end(), r.set_index)) continue;
      if (r.exact && !RE2::PartialMatch(text, r.exact->get())) continue;
    } else if (!rule_matches(r, probe)) {
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

}  // namespace dossier::boilerplate

namespace dossier {

// A paragraph of `check`: most are longer than the lines line_facts() keeps, and its shape
// would be computed only for its word count.
std::string rule_kind(const std::string& line) { return boilerplate::rule_hit(line, word_count(line)).kind; }

}  // namespace dossier
