// The topic lexicon. Tested by topics_test.cc.
#include "dossier/positions.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <re2/re2.h>
#include <re2/set.h>

#include "dossier/data.h"
#include "dossier/error.h"
#include "dossier/utf8.h"
#include "frames.h"
#include "internal.h"
#include "lemma.h"

namespace dossier {

namespace {

using positions_detail::pattern_options;


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


// "a, b ,c" -> {"a", "b", "c"}, each trimmed; empty items dropped.
std::vector<std::string_view> split_commas(std::string_view s) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t comma = s.find(',', pos);
    std::string_view item = s.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos);
    pos = comma == std::string_view::npos ? s.size() + 1 : comma + 1;
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

}  // namespace

// A rule is a frame (frames.h) or an RE2 expression (a term or a pattern).
struct TopicLexicon::Rule {
  std::string topic;
  bool denied = false;
  std::unique_ptr<RE2> re;  // null for a frame or an anaphor
  int groups = 0;
  std::vector<std::string> anaphor_nouns;  // lowercase: the nouns of an anaphor rule
  std::shared_ptr<const positions_detail::Frame> frame;
};

// The expressions in one RE2::Set: one pass over a sentence says which of them can match,
// so that their own expressions run only there (most sentences name no topic); the frames
// in one FrameMatcher.
struct TopicLexicon::Index {
  std::unique_ptr<RE2::Set> set;
  std::vector<size_t> rule_of;  // set index -> rule index
  std::unique_ptr<positions_detail::FrameMatcher> frames;
  std::map<std::string, std::vector<std::string>, std::less<>> anaphor_topics;  // noun (lowercase) -> topics
  std::set<std::string, std::less<>> any_topic_nouns;  // nouns of rules of the topic *
  uint32_t anaphor_starts[26] = {};  // a bit per second letter, by first letter, of those nouns
};

void TopicLexicon::index() {
  RE2::Options o = pattern_options();
  o.set_max_mem(64 << 20);
  auto idx = std::make_shared<Index>();
  idx->set = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
  std::vector<positions_detail::Frame> frames;
  // An anaphor of the topic "*" takes up any topic ("the move", "the decision").
  std::vector<std::string> every_topic;
  for (const auto& r : rules_)
    if (r->topic != "*" && std::find(every_topic.begin(), every_topic.end(), r->topic) == every_topic.end())
      every_topic.push_back(r->topic);
  for (size_t i = 0; i < rules_.size(); ++i) {
    const auto& r = rules_[i];
    if (!r->anaphor_nouns.empty()) {
      for (const auto& n : r->anaphor_nouns) {
        auto& ts = idx->anaphor_topics[n];
        if (r->topic == "*") idx->any_topic_nouns.insert(n);
        for (const std::string& t : r->topic == "*" ? every_topic : std::vector<std::string>{r->topic})
          if (std::find(ts.begin(), ts.end(), t) == ts.end()) ts.push_back(t);
        if (n.size() >= 2) idx->anaphor_starts[n[0] - 'a'] |= 1u << (n[1] - 'a');
      }
      continue;
    }
    if (r->frame) {
      frames.push_back(*r->frame);
      continue;
    }
    if (idx->set->Add(r->re->pattern(), nullptr) < 0) throw Error("topic lexicon: pattern rejected by the set index");
    idx->rule_of.push_back(i);
  }
  if (!idx->rule_of.empty() && !idx->set->Compile()) throw Error("topic lexicon: out of memory compiling the set index");
  idx->frames = std::make_unique<positions_detail::FrameMatcher>(std::move(frames));
  index_ = std::move(idx);
}

// The expression rules that can match TEXT, in lexicon order; all of them when the index
// cannot say.
std::vector<size_t> TopicLexicon::candidates(std::string_view text) const {
  std::vector<size_t> out;
  if (!index_ || index_->rule_of.empty()) return out;
  std::vector<int> hits;
  RE2::Set::ErrorInfo info{RE2::Set::kNoError};
  if (index_->set->Match(re2::StringPiece(text.data(), text.size()), &hits, &info) || info.kind == RE2::Set::kNoError) {
    for (int h : hits) out.push_back(index_->rule_of[static_cast<size_t>(h)]);
    std::sort(out.begin(), out.end());
    return out;
  }
  return index_->rule_of;
}


TopicLexicon::TopicLexicon() = default;
TopicLexicon::~TopicLexicon() = default;
TopicLexicon::TopicLexicon(const TopicLexicon&) = default;
TopicLexicon& TopicLexicon::operator=(const TopicLexicon&) = default;

TopicLexicon TopicLexicon::parse(std::string_view text, const std::string& file) {
  TopicLexicon lex;
  std::unique_ptr<positions_detail::Lemmatizer> lemmas;
  int64_t line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto f = data::fields(line);
    if (f.size() < 3 || f.size() > 4 || f[0].empty() || f[2].empty())
      throw Error("topic lexicon: expected TOPIC<TAB>frame|term|pattern|anaphor<TAB>EXPRESSION[<TAB>+|-]", file, line_no);
    if (f[1] != "frame" && f[1] != "term" && f[1] != "pattern" && f[1] != "anaphor")
      throw Error("topic lexicon: kind must be frame, term, pattern or anaphor, not '" + std::string(f[1]) + "'", file,
                  line_no);
    if (f[0] == "*" && f[1] != "anaphor") throw Error("topic lexicon: only an anaphor rule is of any topic (*)", file, line_no);
    auto rule = std::make_shared<Rule>();
    rule->topic = std::string(f[0]);
    if (f.size() == 4) {
      if (f[3] != "+" && f[3] != "-") throw Error("topic lexicon: polarity must be + or -", file, line_no);
      rule->denied = f[3] == "-";
    }
    if (f[1] == "anaphor") {
      for (std::string_view noun : split_commas(f[2])) {
        std::string n;
        for (char c : noun) {
          if (static_cast<unsigned char>((c | 0x20) - 'a') >= 26)
            throw Error("topic lexicon: an anaphor is a list of nouns", file, line_no);
          n += utf8::ascii_lower(c);
        }
        if (n.size() < 2 || n.size() > 32) throw Error("topic lexicon: an anaphor noun has 2 to 32 letters", file, line_no);
        rule->anaphor_nouns.push_back(std::move(n));
      }
      lex.rules_.push_back(std::move(rule));
      continue;
    }
    if (f[1] == "frame") {
      if (!lemmas) lemmas = std::make_unique<positions_detail::Lemmatizer>();
      try {
        rule->frame = std::make_shared<positions_detail::Frame>(
            positions_detail::parse_frame(f[0], f[2], rule->denied, *lemmas));
      } catch (const Error& e) {
        throw Error(e.what(), file, line_no);
      }
      lex.rules_.push_back(std::move(rule));
      continue;
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

// One scan of the bytes: a determiner ("the", "this", "that", any case) at a word start,
// spaces, and a word that is a listed noun or its plural in s. A plain loop, not an
// expression: it runs on every sentence near a topic, and most bytes are ruled out by one
// test (not a t), most determiners by the first two letters of the word after them.
namespace {

// 0x80 in each byte of X that is zero, 0 in the others (no carry crosses a byte).
uint64_t zero_bytes(uint64_t x) {
  constexpr uint64_t k7f = 0x7f7f7f7f7f7f7f7full;
  return ~(((x & k7f) + k7f) | x | k7f);
}

// Whether "th", in any case, starts at one of the seven bytes at P (reads eight): OR 0x20
// makes 't' of exactly 't' and 'T', and 'h' of exactly 'h' and 'H'. Byte k of W is P[k]
// on any machine, so shifting the h flags down a byte sets them beside the t before them.
bool has_th(const char* p) {
  uint64_t w = 0;
  for (int k = 0; k < 8; ++k) w |= uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
  w |= 0x2020202020202020ull;
  uint64_t t = zero_bytes(w ^ 0x7474747474747474ull), h = zero_bytes(w ^ 0x6868686868686868ull);
  return (t & (h >> 8)) != 0;
}

}  // namespace

std::vector<TopicLexicon::Anaphor> TopicLexicon::anaphors(std::string_view text) const {
  std::vector<Anaphor> out;
  if (!index_ || index_->anaphor_topics.empty()) return out;
  auto alpha = [](char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; };
  auto lower = [](char c) { return static_cast<char>(c | 0x20); };
  const size_t n = text.size();
  char buf[32];
  for (size_t i = 0; i + 4 < n; ++i) {
    // Seven positions at a time where no "th" (in any case) starts: most of a sentence.
    while (i + 12 < n && !has_th(text.data() + i)) i += 7;
    if (lower(text[i]) != 't' || lower(text[i + 1]) != 'h' || (i > 0 && (alpha(text[i - 1]) || std::isdigit(static_cast<unsigned char>(text[i - 1])))))
      continue;
    size_t w = i + 2;
    char c2 = lower(text[w]);
    if (c2 == 'e') {
      w += 1;
    } else if ((c2 == 'i' && lower(text[w + 1]) == 's') || (c2 == 'a' && lower(text[w + 1]) == 't')) {
      w += 2;
    } else {
      continue;
    }
    size_t b = w;
    while (b < n && text[b] == ' ') ++b;
    if (b == w || b + 2 > n || !alpha(text[b])) continue;
    unsigned first = static_cast<unsigned>(lower(text[b]) - 'a'), second = static_cast<unsigned>(lower(text[b + 1]) - 'a');
    if (second >= 26 || !(index_->anaphor_starts[first] >> second & 1u)) continue;
    size_t e = b;
    while (e < n && alpha(text[e])) ++e;
    if (e - b > sizeof buf || (e < n && std::isdigit(static_cast<unsigned char>(text[e])))) continue;
    for (size_t k = b; k < e; ++k) buf[k - b] = lower(text[k]);
    std::string_view noun(buf, e - b);
    auto it = index_->anaphor_topics.find(noun);
    if (it == index_->anaphor_topics.end() && noun.size() > 1 && noun.back() == 's')
      it = index_->anaphor_topics.find(noun.substr(0, noun.size() - 1));
    if (it != index_->anaphor_topics.end()) {
      bool any = index_->any_topic_nouns.count(it->first) > 0;
      // "the move to cut fuel taxes", "the decision of the court": a noun of any topic with a
      // complement of its own names what it is, not a topic before it.
      if (any) {
        size_t c = e;
        while (c < n && text[c] == ' ') ++c;
        size_t ce = c;
        while (ce < n && alpha(text[ce])) ++ce;
        std::string next;
        for (size_t k = c; k < ce && next.size() < 8; ++k) next += lower(text[k]);
        if (next == "to" || next == "of" || next == "by" || next == "on" || next == "for" || next == "against") {
          i = e;
          continue;
        }
      }
      out.push_back(Anaphor{i, e, it->second, any});
    }
    i = e;
  }
  return out;
}

std::vector<TopicMatch> TopicLexicon::find(std::string_view text) const {
  std::vector<TopicMatch> found;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[2];
  if (index_ && index_->frames) found = index_->frames->find(text);
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
  // Sorted by start, a mention overlaps an earlier one of its topic only if it overlaps the
  // last one kept of that topic: one look each, so a long text costs n log n.
  std::vector<TopicMatch> out;
  std::map<std::string, size_t> last;  // topic -> index in OUT (a copy: OUT reallocates, moving its strings)
  for (auto& m : found) {
    auto it = last.find(m.topic);
    if (it != last.end() && m.start < out[it->second].end) {
      out[it->second].end = std::max(out[it->second].end, m.end);
      continue;
    }
    out.push_back(std::move(m));
    last[out.back().topic] = out.size() - 1;
  }
  // A mention inside a longer mention of another topic is a word of that name, not a
  // topic of its own: the "Treaty" of "the Adapted Treaty" is the CFE treaty. The mentions
  // before it that reach furthest, of two topics, say whether one holds it.
  struct Reach {
    size_t start = 0, end = 0;
    const std::string* topic = nullptr;
  } best, second;
  std::vector<TopicMatch> kept;
  for (auto& m : out) {
    const Reach& r = best.topic && *best.topic != m.topic ? best : second;
    bool nested = r.topic && r.start <= m.start && m.end <= r.end && (r.start < m.start || m.end < r.end);
    Reach mine{m.start, m.end, &m.topic};
    if (!best.topic || m.end > best.end) {
      if (best.topic && *best.topic != m.topic) second = best;
      best = mine;
    } else if (m.topic != *best.topic && (!second.topic || m.end > second.end)) {
      second = mine;
    }
    if (!nested) kept.push_back(m);
  }
  return kept;
}

}  // namespace dossier
