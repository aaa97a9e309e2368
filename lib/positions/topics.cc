// The topic lexicon. Tested by topics_test.cc.
#include "dossier/positions.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <re2/re2.h>
#include <re2/set.h>

#include "dossier/data.h"
#include "dossier/error.h"
#include "internal.h"

namespace dossier {

namespace {

using positions_detail::pattern_options;
using positions_detail::split_tabs;


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

}  // namespace dossier
