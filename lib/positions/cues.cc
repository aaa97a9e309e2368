// Stance cues (lib/data/positions/cues.tsv) found in a sentence, and the RE2::Set that
// says which of the positions module's sentence patterns can match. Tested by stance_test.cc.
#include <algorithm>
#include <iterator>
#include <string>

#include <re2/re2.h>
#include <re2/set.h>

#include "dossier/data.h"
#include "dossier/error.h"
#include "dossier/positions.h"
#include "dossier/utf8.h"
#include "internal.h"
#include "sentence_words.h"

namespace dossier {

namespace positions_detail {

RE2::Options pattern_options() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  return o;
}

namespace {

struct CueTable {
  std::vector<std::pair<CueKind, std::unique_ptr<RE2>>> kinds;
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
  if (name == "hedge") return CueKind::Hedge;
  throw Error("stance cues: unknown kind '" + std::string(name) + "'", "positions/cues.tsv");
}

const CueTable& cue_table() {
  static const CueTable table = [] {
    std::vector<std::pair<CueKind, std::string>> alts;
    for (auto line : data::lines("positions/cues.tsv")) {
      auto f = data::fields(line);
      if (f.size() != 2) throw Error("stance cues: expected KIND<TAB>EXPRESSION", "positions/cues.tsv");
      CueKind k = kind_of(f[0]);
      auto it = std::find_if(alts.begin(), alts.end(), [&](const auto& a) { return a.first == k; });
      if (it == alts.end()) {
        alts.emplace_back(k, std::string(f[1]));
      } else {
        it->second += "|" + std::string(f[1]);
      }
    }
    // A phrasal verb comes first among its kind's alternatives (an alternation takes the first
    // that matches): "backed away from" before "backed". The kinds keep the order cues.tsv
    // gives them.
    std::vector<std::pair<CueKind, std::string>> phrasal;
    for (const auto& [kind, expression] : phrasal_cues()) {
      CueKind k = kind_of(kind);
      auto it = std::find_if(phrasal.begin(), phrasal.end(), [&](const auto& a) { return a.first == k; });
      if (it == phrasal.end()) {
        phrasal.emplace_back(k, expression);
      } else {
        it->second += "|" + expression;
      }
    }
    for (const auto& entry : phrasal) {
      // A named variable, not a structured binding: lambdas capture bindings only from C++20.
      CueKind k = entry.first;
      const std::string& expression = entry.second;
      auto it = std::find_if(alts.begin(), alts.end(), [&](const auto& a) { return a.first == k; });
      if (it == alts.end()) {
        alts.emplace_back(k, expression);
      } else {
        it->second = expression + "|" + it->second;
      }
    }
    CueTable t;
    for (auto& [k, alt] : alts) {
      std::string pattern = k == CueKind::Boundary ? "(?:" + alt + ")" : "\\b(?:" + alt + ")\\b";
      auto re = std::make_unique<RE2>(pattern, pattern_options());
      if (!re->ok()) throw Error("stance cues: bad pattern: " + re->error(), "positions/cues.tsv");
      t.kinds.emplace_back(k, std::move(re));
    }
    return t;
  }();
  return table;
}

// The patterns of the three groups in one RE2::Set. A set takes one set of options, so each
// case-insensitive pattern is written (?i:...) in a case-sensitive set: it matches what it
// matches alone.
class PatternSet {
 public:
  PatternSet() {
    const std::vector<const RE2*> groups[4] = {cue_patterns(), collective_patterns(), role_patterns(), word_patterns()};
    RE2::Options o = pattern_options();
    o.set_case_sensitive(true);
    o.set_max_mem(64 << 20);
    set_ = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
    for (size_t g = 0; g < 4; ++g) {
      sizes_[g] = groups[g].size();
      for (const RE2* re : groups[g]) {
        std::string pattern = re->options().case_sensitive() ? re->pattern() : "(?i:" + re->pattern() + ")";
        if (set_->Add(pattern, nullptr) < 0) throw Error("pattern set: pattern rejected: " + re->pattern());
      }
    }
    if (!set_->Compile()) set_.reset();
  }

  PatternHits which(std::string_view text) const {
    std::vector<int> hits;
    bool known = false;
    if (set_) {
      RE2::Set::ErrorInfo info{RE2::Set::kNoError};
      known = set_->Match(re2::StringPiece(text.data(), text.size()), &hits, &info) || info.kind == RE2::Set::kNoError;
    }
    if (!known) {
      hits.clear();
      for (size_t i = 0; i < sizes_[0] + sizes_[1] + sizes_[2] + sizes_[3]; ++i) hits.push_back(static_cast<int>(i));
    }
    std::sort(hits.begin(), hits.end());
    PatternHits out;
    out.cues.reserve(hits.size());
    for (int h : hits) {
      size_t i = static_cast<size_t>(h);
      if (i < sizes_[0]) {
        out.cues.push_back(i);
      } else if (i < sizes_[0] + sizes_[1]) {
        out.collective.push_back(i - sizes_[0]);
      } else if (i < sizes_[0] + sizes_[1] + sizes_[2]) {
        out.roles.push_back(i - sizes_[0] - sizes_[1]);
      } else {
        out.words.push_back(i - sizes_[0] - sizes_[1] - sizes_[2]);
      }
    }
    return out;
  }

 private:
  std::unique_ptr<RE2::Set> set_;
  size_t sizes_[4] = {0, 0, 0, 0};
};

// The verbs of lib/data/positions/bare_verbs.tsv: a stance only in the plain form after "to",
// a modal or a negation ("will back", "failed to back", "did not block").
struct BareVerbs {
  std::unique_ptr<RE2> re;
  std::vector<std::pair<std::string, CueKind>> kinds;  // lowercase verb -> its kind

  static const BareVerbs& get() {
    static const BareVerbs b = [] {
      BareVerbs x;
      std::string alts;
      for (auto line : data::lines("positions/bare_verbs.tsv")) {
        auto f = data::fields(line);
        if (f.size() != 2) throw Error("bare verbs: expected KIND<TAB>VERB", "positions/bare_verbs.tsv");
        x.kinds.emplace_back(std::string(f[1]), kind_of(f[0]));
        alts += (alts.empty() ? "" : "|") + std::string(f[1]);
      }
      x.re = std::make_unique<RE2>("\\b(?:" + alts + ")\\b", pattern_options());
      if (!x.re->ok()) throw Error("bare verbs: bad pattern: " + x.re->error(), "positions/bare_verbs.tsv");
      return x;
    }();
    return b;
  }
};

// Whether WORD (lowercase) makes the plain verb after it a verb: "to", a modal, a negation.
bool opens_plain_verb(std::string_view word) {
  static const std::string_view kWords[] = {"to",  "will", "would", "shall", "should", "must", "can",
                                            "could", "may", "might", "not",  "never", "cannot"};
  auto ends_with = [&](std::string_view suffix) {
    return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
  };
  if (ends_with("n't") || ends_with("n\u2019t") || ends_with("'ll") || ends_with("\u2019ll")) return true;
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

}  // namespace

const RE2& bare_verb_pattern() { return *BareVerbs::get().re; }

std::vector<const RE2*> word_patterns() { return {&bare_verb_pattern(), &office_pattern()}; }

namespace {

// Whether the word after byte E of TEXT is an adverb particle: with it the verb is a phrasal
// verb of another sense ("back down on", "back off", "back out", "block out the noise"), read
// by phrasal.tsv where it is a stance, not the bare verb's.
bool particle_follows(std::string_view text, size_t e) {
  static const char* kParticles[] = {"down", "off", "away", "out", "up", "on", "onto", "into", "in"};
  while (e < text.size() && text[e] == ' ') ++e;
  size_t we = e;
  while (we < text.size() && ((text[we] >= 'a' && text[we] <= 'z') || (text[we] >= 'A' && text[we] <= 'Z'))) ++we;
  if (we == e || (we < text.size() && (text[we] == '-' || text[we] == '\''))) return false;
  std::string word = utf8::ascii_lower(text.substr(e, we - e));
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

// Appends to FOUND the bare verbs of TEXT that follow a word opening a plain verb.
void add_bare_verbs(std::string_view text, std::vector<Cue>& found) {
  const BareVerbs& b = BareVerbs::get();
  re2::StringPiece input(text.data(), text.size()), m;
  size_t pos = 0;
  while (pos < text.size() && b.re->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    size_t s = static_cast<size_t>(m.data() - text.data()), e = s + m.size();
    pos = e;
    if (e < text.size() && text[e] == '-') continue;  // "back-to-back"
    if (particle_follows(text, e)) continue;          // "back down on", "back off", "block out"
    auto [wb, we] = word_ending(text, s, 0, [](char c) {
      char l = utf8::ascii_lower(c);
      return (l >= 'a' && l <= 'z') || c == '\'' || (static_cast<unsigned char>(c) & 0x80) != 0;
    });
    if (we == s || !opens_plain_verb(utf8::ascii_lower(text.substr(wb, we - wb)))) continue;
    std::string verb = utf8::ascii_lower(text.substr(s, e - s));
    for (const auto& [v, kind] : b.kinds)
      if (v == verb) found.push_back(Cue{kind, s, e});
  }
}

}  // namespace

std::vector<const RE2*> cue_patterns() {
  std::vector<const RE2*> out;
  for (const auto& kr : cue_table().kinds) out.push_back(kr.second.get());
  return out;
}

PatternHits pattern_hits(std::string_view sentence) {
  static const PatternSet set;
  return set.which(sentence);
}

std::vector<Cue> find_cues(std::string_view text) {
  PatternHits hits = pattern_hits(text);
  return find_cues(text, hits.cues, hits.can(kBareVerbs));
}

std::vector<Cue> find_cues(std::string_view text, const std::vector<size_t>& kinds, bool bare_verbs) {
  std::vector<Cue> found;
  if (!kinds.empty()) found.reserve(16);  // one allocation for a sentence's cues, not one per doubling
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  const CueTable& table = cue_table();
  for (size_t k : kinds) {
    const auto& [kind, re] = table.kinds[k];
    size_t pos = 0;
    while (pos < text.size() && re->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      size_t s = static_cast<size_t>(m.data() - text.data());
      found.push_back(Cue{kind, s, s + m.size()});
      pos = s + std::max<size_t>(m.size(), 1);
    }
  }
  if (bare_verbs) add_bare_verbs(text, found);
  // Leftmost-longest wins: "no need for" is one oppose cue, not a negation and a need.
  std::sort(found.begin(), found.end(), [](const Cue& a, const Cue& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<Cue> out;
  out.reserve(found.size());
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
