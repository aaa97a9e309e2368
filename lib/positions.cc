// Topic lexicon and stance cues. Tested by tests/unit/positions_test.cc.
#include "dossier/positions.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <re2/re2.h>
#include <re2/set.h>

#include "dossier/data.h"
#include "dossier/error.h"
#include "positions_internal.h"

namespace dossier {

namespace {

RE2::Options pattern_options() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  return o;
}

// "European Security Treaty" -> \bEuropean\s+Security\s+Treaty\b
std::string term_pattern(std::string_view term) {
  std::string out = "\\b";
  bool first = true;
  std::istringstream words{std::string(term)};
  for (std::string w; words >> w;) {
    if (!first) out += "\\s+";
    out += RE2::QuoteMeta(w);
    first = false;
  }
  if (!term.empty() && (std::isalnum(static_cast<unsigned char>(term.back())) || term.back() == '_')) out += "\\b";
  return out;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return out;
}

}  // namespace

struct TopicLexicon::Rule {
  std::string topic;
  bool denied = false;
  std::unique_ptr<RE2> re;
  int groups = 0;
};

// All rules' patterns in one RE2::Set: one pass over a sentence says which rules can match,
// so the rules' own expressions run only there (most sentences name no topic).
struct TopicLexicon::Index {
  std::unique_ptr<RE2::Set> set;
};

void TopicLexicon::index() {
  RE2::Options o = pattern_options();
  o.set_max_mem(64 << 20);
  auto idx = std::make_shared<Index>();
  idx->set = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
  for (const auto& r : rules_)
    if (idx->set->Add(r->re->pattern(), nullptr) < 0) throw Error("topic lexicon: pattern rejected by the set index");
  if (!idx->set->Compile()) throw Error("topic lexicon: out of memory compiling the set index");
  index_ = std::move(idx);
}

// The rules that can match TEXT, in lexicon order; every rule when the index cannot say.
std::vector<size_t> TopicLexicon::candidates(std::string_view text) const {
  std::vector<size_t> out;
  std::vector<int> hits;
  RE2::Set::ErrorInfo info{RE2::Set::kNoError};
  if (index_ && (index_->set->Match(re2::StringPiece(text.data(), text.size()), &hits, &info) ||
                 info.kind == RE2::Set::kNoError)) {
    out.assign(hits.begin(), hits.end());
    std::sort(out.begin(), out.end());
    return out;
  }
  for (size_t i = 0; i < rules_.size(); ++i) out.push_back(i);
  return out;
}


TopicLexicon::TopicLexicon() = default;
TopicLexicon::~TopicLexicon() = default;
TopicLexicon::TopicLexicon(const TopicLexicon&) = default;
TopicLexicon& TopicLexicon::operator=(const TopicLexicon&) = default;

TopicLexicon TopicLexicon::parse(std::string_view text, const std::string& file) {
  TopicLexicon lex;
  int64_t line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto f = split_tabs(line);
    if (f.size() < 3 || f.size() > 4 || f[0].empty() || f[2].empty())
      throw Error("topic lexicon: expected TOPIC<TAB>term|pattern<TAB>EXPRESSION[<TAB>+|-]", file, line_no);
    if (f[1] != "term" && f[1] != "pattern")
      throw Error("topic lexicon: kind must be term or pattern, not '" + std::string(f[1]) + "'", file, line_no);
    auto rule = std::make_shared<Rule>();
    rule->topic = std::string(f[0]);
    if (f.size() == 4) {
      if (f[3] != "+" && f[3] != "-") throw Error("topic lexicon: polarity must be + or -", file, line_no);
      rule->denied = f[3] == "-";
    }
    // Patterns are anchored at a word start so that "CFE" does not match inside a word.
    std::string pattern = f[1] == "term" ? term_pattern(f[2]) : "\\b(?:" + std::string(f[2]) + ")";
    rule->re = std::make_unique<RE2>(pattern, pattern_options());
    if (!rule->re->ok()) throw Error("topic lexicon: bad pattern: " + rule->re->error(), file, line_no);
    rule->groups = std::min(1, rule->re->NumberOfCapturingGroups());
    lex.rules_.push_back(std::move(rule));
  }
  lex.index();
  return lex;
}

TopicLexicon TopicLexicon::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read topic lexicon", path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path);
}

const TopicLexicon& TopicLexicon::builtin() {
  static const TopicLexicon lex = parse(data::file("positions/topics.tsv"), "positions/topics.tsv");
  return lex;
}

void TopicLexicon::extend(const TopicLexicon& other) {
  rules_.insert(rules_.end(), other.rules_.begin(), other.rules_.end());
  index();
}

std::vector<std::string> TopicLexicon::topics() const {
  std::vector<std::string> out;
  for (const auto& r : rules_)
    if (std::find(out.begin(), out.end(), r->topic) == out.end()) out.push_back(r->topic);
  return out;
}

bool TopicLexicon::empty() const { return rules_.empty(); }

std::vector<TopicMatch> TopicLexicon::find(std::string_view text) const {
  std::vector<TopicMatch> found;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[2];
  for (size_t i : candidates(text)) {
    const auto& rule = rules_[i];
    size_t pos = 0;
    while (pos <= text.size() && rule->re->Match(input, pos, text.size(), RE2::UNANCHORED, groups, 1 + rule->groups)) {
      const re2::StringPiece& g = rule->groups && groups[1].data() ? groups[1] : groups[0];
      TopicMatch m;
      m.topic = rule->topic;
      m.start = static_cast<size_t>(g.data() - text.data());
      m.end = m.start + g.size();
      m.denied = rule->denied;
      found.push_back(std::move(m));
      size_t next = static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
      pos = next > pos ? next : pos + 1;
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const TopicMatch& a, const TopicMatch& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<TopicMatch> out;
  for (auto& m : found) {
    auto same = std::find_if(out.begin(), out.end(), [&](const TopicMatch& o) {
      return o.topic == m.topic && m.start < o.end && o.start < m.end;
    });
    if (same != out.end()) {
      same->end = std::max(same->end, m.end);
      continue;
    }
    out.push_back(std::move(m));
  }
  // A mention inside a longer mention of another topic is a word of that name, not a
  // topic of its own: the "Treaty" of "the Adapted Treaty" is the CFE treaty.
  std::vector<TopicMatch> kept;
  for (auto& m : out) {
    bool nested = std::any_of(out.begin(), out.end(), [&](const TopicMatch& o) {
      return o.topic != m.topic && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start;
    });
    if (!nested) kept.push_back(std::move(m));
  }
  return kept;
}

// --- stance cues ------------------------------------------------------------------------

namespace positions_detail {

Prefilter::Prefilter(const std::vector<const RE2*>& patterns) : size_(patterns.size()) {
  if (patterns.empty()) return;
  RE2::Options o = patterns[0]->options();
  o.set_max_mem(64 << 20);
  set_ = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
  for (const RE2* re : patterns)
    if (set_->Add(re->pattern(), nullptr) < 0) throw Error("prefilter: pattern rejected: " + re->pattern());
  if (!set_->Compile()) set_.reset();
}

std::vector<size_t> Prefilter::which(std::string_view text) const {
  std::vector<size_t> out;
  if (set_) {
    std::vector<int> hits;
    RE2::Set::ErrorInfo info{RE2::Set::kNoError};
    if (set_->Match(re2::StringPiece(text.data(), text.size()), &hits, &info) || info.kind == RE2::Set::kNoError) {
      out.assign(hits.begin(), hits.end());
      std::sort(out.begin(), out.end());
      return out;
    }
  }
  for (size_t i = 0; i < size_; ++i) out.push_back(i);
  return out;
}

namespace {

struct CueTable {
  std::vector<std::pair<CueKind, std::unique_ptr<RE2>>> kinds;
  std::unique_ptr<Prefilter> prefilter;
};

CueKind kind_of(std::string_view name) {
  if (name == "support") return CueKind::Support;
  if (name == "oppose") return CueKind::Oppose;
  if (name == "support-post") return CueKind::SupportPost;
  if (name == "oppose-post") return CueKind::OpposePost;
  if (name == "negation") return CueKind::Negation;
  if (name == "ignore") return CueKind::Ignore;
  if (name == "neutral") return CueKind::Neutral;
  if (name == "report") return CueKind::Report;
  if (name == "contrast") return CueKind::Contrast;
  if (name == "concessive") return CueKind::Concessive;
  if (name == "boundary") return CueKind::Boundary;
  throw Error("stance cues: unknown kind '" + std::string(name) + "'", "positions/cues.tsv");
}

const CueTable& cue_table() {
  static const CueTable table = [] {
    std::vector<std::pair<CueKind, std::string>> alts;
    for (auto line : data::lines("positions/cues.tsv")) {
      auto f = split_tabs(line);
      if (f.size() != 2) throw Error("stance cues: expected KIND<TAB>EXPRESSION", "positions/cues.tsv");
      CueKind k = kind_of(f[0]);
      auto it = std::find_if(alts.begin(), alts.end(), [&](const auto& a) { return a.first == k; });
      if (it == alts.end()) {
        alts.emplace_back(k, std::string(f[1]));
      } else {
        it->second += "|" + std::string(f[1]);
      }
    }
    CueTable t;
    for (auto& [k, alt] : alts) {
      std::string pattern = k == CueKind::Boundary ? "(?:" + alt + ")" : "\\b(?:" + alt + ")\\b";
      auto re = std::make_unique<RE2>(pattern, pattern_options());
      if (!re->ok()) throw Error("stance cues: bad pattern: " + re->error(), "positions/cues.tsv");
      t.kinds.emplace_back(k, std::move(re));
    }
    std::vector<const RE2*> res;
    for (const auto& kr : t.kinds) res.push_back(kr.second.get());
    t.prefilter = std::make_unique<Prefilter>(res);
    return t;
  }();
  return table;
}

}  // namespace

std::vector<Cue> find_cues(std::string_view text) {
  std::vector<Cue> found;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  const CueTable& table = cue_table();
  for (size_t k : table.prefilter->which(text)) {
    const auto& [kind, re] = table.kinds[k];
    size_t pos = 0;
    while (pos < text.size() && re->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      size_t s = static_cast<size_t>(m.data() - text.data());
      found.push_back(Cue{kind, s, s + m.size()});
      pos = s + std::max<size_t>(m.size(), 1);
    }
  }
  // Leftmost-longest wins: "no need for" is one oppose cue, not a negation and a need.
  std::sort(found.begin(), found.end(), [](const Cue& a, const Cue& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<Cue> out;
  for (const auto& c : found) {
    if (!out.empty() && c.start < out.back().end) continue;
    out.push_back(c);
  }
  return out;
}

}  // namespace positions_detail

std::optional<std::string> stance_toward(std::string_view sentence, const TopicMatch& mention,
                                         const std::vector<TopicMatch>& others) {
  auto s = positions_detail::stance_of(sentence, mention, others, positions_detail::find_cues(sentence));
  if (!s.polarity) return std::nullopt;
  return std::string(s.polarity > 0 ? "support" : "oppose");
}

}  // namespace dossier
