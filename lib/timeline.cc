// Events from dated sentences, merged across documents, and their text and SVG forms.
// Tested by timeline_test.cc.
#include "dossier/svg.h"
#include "dossier/timeline.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "dossier/data.h"
#include "dossier/error.h"
#include "dossier/metadata.h"
#include "dossier/timex.h"
#include "dossier/utf8.h"

namespace dossier::timeline {
namespace {

std::string lower(std::string_view s) { return utf8::ascii_lower(s); }

struct Lexicon {
  std::vector<std::string> boilerplate, breaks;
  std::set<std::string> stopwords;
  Lexicon() {
    for (auto l : data::lines("timex/boilerplate.txt")) boilerplate.emplace_back(l);
    for (auto l : data::lines("timex/clause_breaks.txt")) breaks.emplace_back(l);
    for (auto l : data::lines("timex/stopwords.txt")) stopwords.emplace(l);
  }
};

const Lexicon& lexicon() {
  static const Lexicon l;
  return l;
}

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || (static_cast<unsigned char>(c) & 0x80) != 0; }

// Collapses runs of white space and trims the ends and stray punctuation.
std::string tidy(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  auto junk = [](char c) { return c == ',' || c == ';' || c == ':' || c == ' ' || c == '-'; };
  size_t b = 0, e = out.size();
  while (b < e && junk(out[b])) ++b;
  while (e > b && junk(out[e - 1])) --e;
  return out.substr(b, e - b);
}

size_t word_count(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool a = is_alpha(c);
    if (a && !in) ++n;
    in = a;
  }
  return n;
}

bool is_boilerplate(std::string_view sentence) {
  std::string l = lower(sentence);
  for (const auto& cue : lexicon().boilerplate)
    if (l.find(cue) != std::string::npos) return true;
  return false;
}

// "..., the spokesman said" / "..., RIA-Novosti reported": the attribution is no part of
// what happened.
std::string without_attribution(const std::string& clause) {
  static const char* kCues[] = {" said", " says", " reported", " reports", " added", " told reporters", " announced"};
  size_t comma = clause.rfind(", ");
  if (comma == std::string::npos) return clause;
  std::string tail = clause.substr(comma + 2);
  while (!tail.empty() && (tail.back() == '.' || tail.back() == ' ')) tail.pop_back();
  if (word_count(tail) > 7) return clause;
  for (const char* cue : kCues) {
    std::string c(cue);
    if (tail.size() >= c.size() && tail.compare(tail.size() - c.size(), c.size(), c) == 0) return clause.substr(0, comma);
  }
  return clause;
}

// The clause around [tb, te) with the timex (and a preposition before it) taken out: the
// part of the sentence between the clause breaks nearest to it.
std::string what_of(std::string_view s, size_t tb, size_t te) {
  size_t cb = 0, ce = s.size();
  for (const auto& brk : lexicon().breaks) {
    size_t at = 0;
    while ((at = s.find(brk, at)) != std::string_view::npos) {
      size_t after = at + brk.size();
      bool word_end = !is_alpha(brk.back()) || after >= s.size() || !is_alpha(s[after]);
      if (word_end) {
        if (after <= tb && after > cb) cb = after;
        if (at >= te && at < ce) ce = at;
      }
      at = after;
    }
  }
  std::string before(s.substr(cb, tb - cb)), after(s.substr(te, ce - te));
  // Drop the preposition that introduced the timex ("on", "in", "since" ...).
  static const char* kPreps[] = {" on", " in", " at", " since", " by", " during", " from", " until", " of", " for"};
  std::string lb = lower(before);
  while (!lb.empty() && lb.back() == ' ') lb.pop_back();
  for (const char* p : kPreps) {
    std::string prep(p);
    if (lb.size() >= prep.size() && lb.compare(lb.size() - prep.size(), prep.size(), prep) == 0) {
      before = before.substr(0, lb.size() - prep.size());
      break;
    }
  }
  // Keep the comma after the timex, so that a trailing attribution can be seen below.
  size_t lead = after.find_first_not_of(' ');
  std::string rest = lead == std::string::npos ? "" : after.substr(lead);
  std::string clause = tidy(tidy(before) + (rest.rfind(",", 0) == 0 ? "" : " ") + rest);
  clause = without_attribution(clause);
  static const char* kLead[] = {"and ", "but ", "which ", "who ", "while ", "yet ", "so ", "then "};
  for (const char* l : kLead) {
    if (lower(clause).rfind(l, 0) == 0) clause = clause.substr(std::string(l).size());
  }
  if (word_count(clause) < 4) clause = tidy(tidy(std::string(s.substr(0, tb))) + " " + tidy(std::string(s.substr(te))));
  if (!clause.empty() && (clause.back() == '.')) clause = tidy(clause.substr(0, clause.size() - 1));
  // Keep it short: at most 30 words.
  size_t words = 0;
  for (size_t i = 0; i < clause.size(); ++i) {
    if (clause[i] == ' ' && ++words == 30) return clause.substr(0, i) + " …";
  }
  return clause;
}

// Content words of a text (lower-case, four letters or more, crude plural folding).
std::set<std::string> key_terms(std::string_view text) {
  std::set<std::string> out;
  std::string cur;
  auto flush = [&]() {
    if (cur.size() >= 4 && !lexicon().stopwords.count(cur)) {
      if (cur.size() > 4 && cur.back() == 's' && cur[cur.size() - 2] != 's') cur.pop_back();
      out.insert(cur);
    }
    cur.clear();
  };
  for (char c : text) {
    if (is_alpha(c)) {
      cur += utf8::ascii_lower(c);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::tuple<std::string, std::string, int64_t, int64_t, std::string> source_key(const EventSource& s) {
  return {s.path, s.doc, s.span.start, s.span.end, s.timex};
}

// Sort key of an event value: the first day it covers, then the value itself.
std::pair<std::string, std::string> date_key(const std::string& value) {
  auto r = timex::date_range(value);
  return {r ? r->first : value, value};
}

int64_t range_length(const std::string& value) {
  auto r = timex::date_range(value);
  if (!r) return 1 << 30;
  auto days = [](const std::string& d) {
    int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(5, 2)), dd = std::stoi(d.substr(8, 2));
    return static_cast<int64_t>(y) * 372 + m * 31 + dd;
  };
  return days(r->second) - days(r->first);
}

bool contains_range(const std::pair<std::string, std::string>& outer, const std::pair<std::string, std::string>& inner) {
  return outer.first <= inner.first && inner.second <= outer.second;
}

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(size_t a, size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

}  // namespace

std::vector<Event> document_events(const Document& doc) {
  std::vector<Event> out;
  if (!doc.timexes || doc.timexes->empty()) return out;
  utf8::OffsetMap map(doc.text);
  std::set<std::pair<size_t, std::string>> seen;
  // What is known of a sentence whatever the timex: a sentence with thousands of timexes was
  // read in full for each of them (quadratic in its length).
  struct SentenceFacts {
    bool boilerplate;
    size_t words;
  };
  std::map<std::pair<int64_t, int64_t>, SentenceFacts> facts;
  // Sentences in reading order (starts and ends ascending, as ingest writes them) are found
  // by binary search; any other order by reading them all.
  const auto& sentences = doc.sentences;
  bool ordered = true;
  for (size_t i = 1; i < sentences.size() && ordered; ++i)
    ordered = sentences[i - 1].start <= sentences[i].start && sentences[i - 1].end <= sentences[i].end;
  auto sentence_of = [&](const Span& t) {
    if (!ordered)
      return std::find_if(sentences.begin(), sentences.end(),
                          [&](const Span& s) { return s.start <= t.start && t.end <= s.end; });
    // The first sentence that ends at or after the timex; it holds it if it starts early enough.
    auto it = std::lower_bound(sentences.begin(), sentences.end(), t.end,
                               [](const Span& s, int64_t end) { return s.end < end; });
    return it != sentences.end() && it->start <= t.start ? it : sentences.end();
  };
  for (const auto& t : *doc.timexes) {
    if ((t.type != "DATE" && t.type != "TIME") || timex::granularity(t.value).empty()) continue;
    auto sit = sentence_of(t.span);
    Span sentence = sit != doc.sentences.end() ? *sit : Span{t.span.start, t.span.end};
    if (sit == doc.sentences.end()) {
      // No sentence layer: the line around the timex.
      size_t b = doc.text.rfind('\n', map.to_byte(static_cast<size_t>(t.span.start)));
      size_t e = doc.text.find('\n', map.to_byte(static_cast<size_t>(t.span.end)));
      sentence = Span{static_cast<int64_t>(b == std::string::npos ? 0 : map.to_cp(b + 1)),
                      static_cast<int64_t>(map.to_cp(e == std::string::npos ? doc.text.size() : e))};
    }
    // One event per sentence and date: a date the sentence has given already is passed over
    // before the sentence is read again.
    if (seen.count({static_cast<size_t>(sentence.start), t.value})) continue;
    size_t sb = map.to_byte(static_cast<size_t>(sentence.start)), se = map.to_byte(static_cast<size_t>(sentence.end));
    std::string_view s(doc.text.data() + sb, se - sb);
    auto fact = facts.find({sentence.start, sentence.end});
    if (fact == facts.end()) fact = facts.emplace(std::make_pair(sentence.start, sentence.end), SentenceFacts{is_boilerplate(s), word_count(s)}).first;
    if (fact->second.boilerplate) continue;
    size_t tb = map.to_byte(static_cast<size_t>(t.span.start)) - sb, te = map.to_byte(static_cast<size_t>(t.span.end)) - sb;
    if (fact->second.words - word_count(s.substr(tb, te - tb)) < 3) continue;  // a dateline or a bare date
    std::string granularity = timex::granularity(t.value);
    if (!seen.insert({static_cast<size_t>(sentence.start), t.value}).second) continue;
    Event e;
    e.date = t.value.substr(0, granularity == "day" ? 10 : t.value.size());
    e.granularity = granularity;
    e.what = what_of(s, tb, te);
    e.text = tidy(s);
    if (doc.entities) {
      std::vector<std::pair<int64_t, std::string>> named;
      for (const auto& ent : *doc.entities)
        for (const auto& m : ent.mentions)
          if (m.start >= sentence.start && m.end <= sentence.end) {
            named.emplace_back(m.start, ent.name);
            break;
          }
      std::sort(named.begin(), named.end());
      for (auto& [at, name] : named)
        if (std::find(e.entities.begin(), e.entities.end(), name) == e.entities.end()) e.entities.push_back(name);
    }
    EventSource src;
    src.doc = doc.id;
    src.path = doc.source.path;
    src.span = sentence;
    src.timex = t.text;
    e.sources.push_back(std::move(src));
    out.push_back(std::move(e));
  }
  return out;
}

bool is_calendar_value(const std::string& value) {
  // date_range reads the digits where the granularity says they are, without asking
  // whether month 13 or day 45 exist: both ends of the range must be days of the calendar.
  auto r = timex::date_range(value);
  if (!r || !is_iso_date(r->first) || !is_iso_date(r->second)) return false;
  const std::string g = timex::granularity(value);
  if (g == "month") return std::isdigit(static_cast<unsigned char>(value[5])) && std::isdigit(static_cast<unsigned char>(value[6]));
  return g != "day" || is_iso_date(value.substr(0, 10));
}

bool is_range_bound(const std::string& bound) {
  const std::string g = timex::granularity(bound);
  return (g == "year" || g == "month" || g == "day") && bound.size() == (g == "year" ? 4u : g == "month" ? 7u : 10u) &&
         is_calendar_value(bound);
}

Event event_from_json(const nlohmann::json& j) {
  Event e;
  try {
    from_json(j, e);
  } catch (const nlohmann::json::exception& x) {
    throw Error(x.what());
  }
  if (e.sources.empty()) throw Error("event has no sources");
  // An event dated with something else than a calendar value was kept and sorted as text.
  if (!is_calendar_value(e.date)) throw Error("event date is not a calendar date: \"" + e.date + "\"");
  for (const auto& s : e.sources)
    if (s.date && !is_calendar_value(*s.date)) throw Error("event source date is not a calendar date: \"" + *s.date + "\"");
  return e;
}

std::vector<Event> split_event(const Event& event) {
  std::vector<Event> out;
  for (const auto& s : event.sources) {
    Event e;
    e.date = s.date.value_or(event.date);
    e.granularity = timex::granularity(e.date);
    e.what = s.what.value_or(event.what);
    e.text = s.text.value_or(event.text);
    e.entities = s.entities.value_or(event.entities);
    EventSource plain{s.doc, s.path, s.span, s.timex, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    e.sources.push_back(std::move(plain));
    out.push_back(std::move(e));
  }
  return out;
}

void Chronology::add(Event event) {
  for (auto& e : split_event(event)) mentions_.push_back(std::move(e));
}

namespace {

// same_happening with the key terms and date ranges worked out beforehand.
bool same_happening(const Event& a, const Event& b, const std::set<std::string>& ka, const std::set<std::string>& kb,
                    const std::optional<std::pair<std::string, std::string>>& ra,
                    const std::optional<std::pair<std::string, std::string>>& rb) {
  if (a.sources.empty() || b.sources.empty() || a.sources[0].doc == b.sources[0].doc) return false;
  if (!ra || !rb || !(contains_range(*ra, *rb) || contains_range(*rb, *ra))) return false;
  if (!a.entities.empty() && !b.entities.empty()) {
    bool shared = std::any_of(a.entities.begin(), a.entities.end(), [&](const std::string& n) {
      return std::find(b.entities.begin(), b.entities.end(), n) != b.entities.end();
    });
    if (!shared) return false;
  }
  size_t common = 0;
  for (const auto& k : ka) common += kb.count(k);
  size_t total = ka.size() + kb.size() - common;
  if (total == 0) return false;
  double jaccard = static_cast<double>(common) / static_cast<double>(total);
  bool with_entities = !a.entities.empty() && !b.entities.empty();
  return with_entities ? (common >= 2 && jaccard >= 0.15) : (common >= 3 && jaccard >= 0.2);
}

}  // namespace

bool same_happening(const Event& a, const Event& b) {
  return same_happening(a, b, key_terms(a.text), key_terms(b.text), timex::date_range(a.date), timex::date_range(b.date));
}

namespace {

// Key terms and entities of one mention as ids, sorted ascending, so that two mentions are
// compared by merging two short integer lists instead of probing sets of strings.
using Ids = std::vector<uint32_t>;

size_t common_count(const Ids& a, const Ids& b) {
  size_t n = 0;
  for (size_t x = 0, y = 0; x < a.size() && y < b.size();) {
    if (a[x] < b[y]) {
      ++x;
    } else if (b[y] < a[x]) {
      ++y;
    } else {
      ++n, ++x, ++y;
    }
  }
  return n;
}

// The decision of same_happening, once the date ranges are known to nest and the documents
// to differ: a shared participant when both name some, and enough shared key terms.
bool similar(const Ids& ea, const Ids& eb, const Ids& ka, const Ids& kb) {
  if (!ea.empty() && !eb.empty() && common_count(ea, eb) == 0) return false;
  size_t common = common_count(ka, kb);
  size_t total = ka.size() + kb.size() - common;
  if (total == 0) return false;
  double jaccard = static_cast<double>(common) / static_cast<double>(total);
  bool with_entities = !ea.empty() && !eb.empty();
  return with_entities ? (common >= 2 && jaccard >= 0.15) : (common >= 3 && jaccard >= 0.2);
}

// Every pair that similar() accepts shares at least a given number of key terms with each
// of its two mentions: a mention that names participants may pair with one that names
// some too, which takes 2 shared terms and a Jaccard index of 0.15, so at least
// max(2, ceil(0.15 * |terms|)) (Jaccard >= 0.15 means common >= 0.15 * |a ∪ b|, and the
// union is no smaller than either set); a mention that names none only ever pairs without
// participants, which takes 3 and 0.2, so at least max(3, ceil(0.2 * |terms|)). So with the
// terms of every mention in one global order, the two mentions share a term among the
// first |terms| - that + 1 of each (prefix filtering): only those terms are indexed and
// probed, which finds every such pair and skips the terms that most mentions carry.
size_t prefix_length(size_t terms, bool names_participants) {
  size_t needed = names_participants ? std::max<size_t>(2, (terms * 3 + 19) / 20) : std::max<size_t>(3, (terms + 4) / 5);
  return terms >= needed ? terms - needed + 1 : 0;
}

}  // namespace

std::vector<Event> Chronology::events() const& { return merged(nullptr); }

std::vector<Event> Chronology::events() && {
  std::vector<Event> out = merged(&mentions_);
  mentions_.clear();
  mentions_.shrink_to_fit();
  return out;
}

// The merged events; with owned (this chronology's own mentions, about to be dropped) the
// mentions are moved into them instead of copied.
std::vector<Event> Chronology::merged(std::vector<Event>* owned) const {
  stats_ = MergeStats{};
  // Order the mentions canonically, so that everything below depends on the set alone.
  std::vector<size_t> order(mentions_.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<std::string> first_day(mentions_.size());
  std::vector<int64_t> length(mentions_.size());
  for (size_t i = 0; i < mentions_.size(); ++i) {
    first_day[i] = date_key(mentions_[i].date).first;
    length[i] = range_length(mentions_[i].date);
  }
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Event &a = mentions_[x], &b = mentions_[y];
    return std::tie(first_day[x], a.date, a.sources[0].path, a.sources[0].doc, a.sources[0].span.start, a.sources[0].span.end,
                    a.sources[0].timex, a.what) < std::tie(first_day[y], b.date, b.sources[0].path, b.sources[0].doc,
                                                           b.sources[0].span.start, b.sources[0].span.end, b.sources[0].timex, b.what);
  });
  const size_t n = order.size();
  UnionFind uf(n);
  {  // Everything the search for same happenings needs is dropped before the events are built.
    // Interned key terms, entities and documents (position i is the i-th mention in order).
    std::unordered_map<std::string, uint32_t> term_id, entity_id, doc_id;
    auto intern = [](std::unordered_map<std::string, uint32_t>& ids, const std::string& s) {
      return ids.emplace(s, static_cast<uint32_t>(ids.size())).first->second;
    };
    std::vector<Ids> terms(n), entities(n);
    std::vector<uint32_t> doc(n);
    std::vector<uint32_t> frequency;
    for (size_t i = 0; i < n; ++i) {
      const Event& m = mentions_[order[i]];
      for (const auto& t : key_terms(m.text)) {
        uint32_t id = intern(term_id, t);
        if (id == frequency.size()) frequency.push_back(0);
        ++frequency[id];
        terms[i].push_back(id);
      }
      for (const auto& name : m.entities) entities[i].push_back(intern(entity_id, name));
      std::sort(entities[i].begin(), entities[i].end());
      entities[i].erase(std::unique(entities[i].begin(), entities[i].end()), entities[i].end());
      doc[i] = intern(doc_id, m.sources.empty() ? std::string() : m.sources[0].doc);
    }
    term_id.clear();
    entity_id.clear();
    doc_id.clear();
    // Renumber the terms rarest first (ties by id), so that a prefix holds the rare terms.
    {
      std::vector<uint32_t> by_rarity(frequency.size()), rank(frequency.size());
      std::iota(by_rarity.begin(), by_rarity.end(), 0);
      std::sort(by_rarity.begin(), by_rarity.end(),
                [&](uint32_t a, uint32_t b) { return std::tie(frequency[a], a) < std::tie(frequency[b], b); });
      for (uint32_t r = 0; r < by_rarity.size(); ++r) rank[by_rarity[r]] = r;
      for (auto& ts : terms) {
        for (auto& t : ts) t = rank[t];
        std::sort(ts.begin(), ts.end());
      }
    }
    // Mentions that share a date range form a block; a pair can only be the same happening
    // when the range of one holds the range of the other, so each block is compared with
    // itself and with the blocks whose ranges hold it (a day with its month, year, decade).
    std::map<std::pair<std::string, std::string>, size_t> block_of_range;
    std::vector<size_t> block(n, SIZE_MAX);
    for (size_t i = 0; i < n; ++i) {
      auto r = timex::date_range(mentions_[order[i]].date);
      if (!r) continue;  // no calendar range: never the same happening as anything
      block[i] = block_of_range.emplace(std::move(*r), block_of_range.size()).first->second;
    }
    std::vector<std::pair<std::string, std::string>> range_of(block_of_range.size());
    for (auto& [r, b] : block_of_range) range_of[b] = r;
    block_of_range.clear();
    std::vector<size_t> wide;  // blocks longer than one day: the only ones that hold others
    for (size_t b = 0; b < range_of.size(); ++b)
      if (range_of[b].first != range_of[b].second) wide.push_back(b);
    std::vector<std::vector<size_t>> holders(range_of.size());
    for (size_t b = 0; b < range_of.size(); ++b) {
      holders[b].push_back(b);
      for (size_t w : wide)
        if (w != b && contains_range(range_of[w], range_of[b])) holders[b].push_back(w);
    }
    // Mentions alike in block, participants and key terms (the same sentence syndicated to
    // many documents) are one class, and only its first mention, the representative, is
    // indexed and compared: same_happening sees nothing else of them but their documents.
    // Among its own mentions a class is connected when they come from two documents or
    // more (and a mention is the same happening as its twin, which any pair with another
    // class implies). Two classes found to be the same happening connect all their
    // mentions, unless every one of them comes from one and the same document: each
    // mention then has a partner in another document, in the other class or, through a
    // class of several documents, in its own.
    std::vector<uint32_t> class_of(n, UINT32_MAX), class_doc;
    std::vector<size_t> first_of;                // the representative of each class
    std::vector<char> many_docs, linked;         // per class
    {
      std::unordered_map<uint64_t, std::vector<uint32_t>> by_hash;
      for (size_t i = 0; i < n; ++i) {
        if (block[i] == SIZE_MAX) continue;
        uint64_t h = 1469598103934665603ULL ^ block[i];
        auto mix = [&](uint64_t v) { h = (h ^ v) * 1099511628211ULL; };
        for (uint32_t e : entities[i]) mix(e);
        mix(UINT64_MAX);
        for (uint32_t t : terms[i]) mix(t);
        auto& same_hash = by_hash[h];
        uint32_t c = UINT32_MAX;
        for (uint32_t k : same_hash) {
          size_t r = first_of[k];
          if (block[r] == block[i] && entities[r] == entities[i] && terms[r] == terms[i]) c = k;
        }
        if (c == UINT32_MAX) {
          c = static_cast<uint32_t>(first_of.size());
          first_of.push_back(i);
          class_doc.push_back(doc[i]);
          many_docs.push_back(0);
          same_hash.push_back(c);
        } else if (class_doc[c] != doc[i]) {
          many_docs[c] = 1;
        }
        class_of[i] = c;
      }
      linked.assign(first_of.size(), 0);
    }
    auto representative = [&](size_t i) { return block[i] != SIZE_MAX && first_of[class_of[i]] == i; };
    // Postings per block: prefix term -> representatives (ascending positions).
    std::vector<std::unordered_map<uint32_t, std::vector<uint32_t>>> postings(range_of.size());
    for (size_t i = 0; i < n; ++i) {
      if (!representative(i)) continue;
      size_t p = prefix_length(terms[i].size(), !entities[i].empty());
      for (size_t k = 0; k < p; ++k) postings[block[i]][terms[i][k]].push_back(static_cast<uint32_t>(i));
    }
    std::vector<size_t> seen(n, SIZE_MAX);
    std::vector<uint32_t> candidates;
    for (size_t i = 0; i < n; ++i) {
      if (!representative(i)) continue;
      size_t p = prefix_length(terms[i].size(), !entities[i].empty());
      candidates.clear();
      for (size_t h : holders[block[i]]) {
        bool same_block = h == block[i];
        const auto& index = postings[h];
        for (size_t k = 0; k < p; ++k) {
          auto it = index.find(terms[i][k]);
          if (it == index.end()) continue;
          // Within a block each pair is seen once, from its earlier mention: the postings are
          // in ascending order, so those up to i itself are passed over unread.
          const auto& posted = it->second;
          auto from = same_block ? std::upper_bound(posted.begin(), posted.end(), static_cast<uint32_t>(i)) : posted.begin();
          for (auto at = from; at != posted.end(); ++at) {
            uint32_t j = *at;
            ++stats_.visits;
            if (seen[j] == i) continue;
            seen[j] = i;
            candidates.push_back(j);
          }
        }
      }
      uint32_t ci = class_of[i];
      for (uint32_t j : candidates) {
        uint32_t cj = class_of[j];
        if (!many_docs[ci] && !many_docs[cj] && class_doc[ci] == class_doc[cj]) continue;  // one document
        if (uf.find(i) == uf.find(j)) continue;  // joined already: nothing to learn
        ++stats_.comparisons;
        if (similar(entities[i], entities[j], terms[i], terms[j])) {
          uf.join(i, j);
          linked[ci] = linked[cj] = 1;
        }
      }
    }
    for (size_t i = 0; i < n; ++i) {
      if (block[i] == SIZE_MAX || representative(i)) continue;
      uint32_t c = class_of[i];
      if (linked[c] || (many_docs[c] && similar(entities[i], entities[i], terms[i], terms[i]))) uf.join(i, first_of[c]);
    }
  }
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < order.size(); ++i) groups[uf.find(i)].push_back(order[i]);
  std::vector<Event> out;
  for (auto& [root, members] : groups) {
    // The finest date speaks for the group; ties go to the first source.
    std::sort(members.begin(), members.end(), [&](size_t x, size_t y) {
      const Event &a = mentions_[x], &b = mentions_[y];
      return std::make_tuple(length[x], source_key(a.sources[0]), a.date, a.what) <
             std::make_tuple(length[y], source_key(b.sources[0]), b.date, b.what);
    });
    Event e = owned ? std::move((*owned)[members[0]]) : mentions_[members[0]];
    for (size_t k = 1; k < members.size(); ++k) {
      const Event& m = mentions_[members[k]];
      EventSource s = owned ? std::move((*owned)[members[k]].sources[0]) : m.sources[0];
      if (m.date != e.date) s.date = m.date;
      if (m.what != e.what) s.what = m.what;
      if (m.text != e.text) s.text = m.text;
      if (m.entities != e.entities) s.entities = m.entities;
      e.sources.push_back(std::move(s));
    }
    std::sort(e.sources.begin(), e.sources.end(),
              [](const EventSource& a, const EventSource& b) { return source_key(a) < source_key(b); });
    out.push_back(std::move(e));
  }
  std::vector<std::tuple<std::pair<std::string, std::string>, std::tuple<std::string, std::string, int64_t, int64_t, std::string>, std::string, size_t>> keys;
  for (size_t i = 0; i < out.size(); ++i) keys.emplace_back(date_key(out[i].date), source_key(out[i].sources[0]), out[i].what, i);
  std::sort(keys.begin(), keys.end());
  std::vector<Event> sorted;
  sorted.reserve(out.size());
  for (const auto& k : keys) sorted.push_back(std::move(out[std::get<3>(k)]));
  return sorted;
}

bool in_range(const Event& event, const std::string& from, const std::string& to) {
  auto r = timex::date_range(event.date);
  if (!r) return from.empty() && to.empty();
  // A bound names a period: --from 2009 starts on 2009-01-01, --to 2009 ends on 2009-12-31.
  if (!from.empty()) {
    auto f = timex::date_range(from);
    if (r->second < (f ? f->first : from)) return false;
  }
  if (!to.empty()) {
    auto t = timex::date_range(to);
    if (r->first > (t ? t->second : to)) return false;
  }
  return true;
}

std::string format_text(const std::vector<Event>& events) {
  std::string out;
  for (const auto& e : events) {
    std::string date = e.date;
    if (date.size() < 12) date.resize(12, ' ');
    out += date + e.what + "\n";
    for (const auto& s : e.sources) out += "            " + s.path + " (" + s.timex + ")\n";
  }
  return out;
}

namespace {

using svg::xml_escape;

int64_t day_number(const std::string& d) {
  int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(5, 2)), dd = std::stoi(d.substr(8, 2));
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
}

// Cuts a label to N code points.
std::string cut(const std::string& s, size_t n) {
  if (utf8::length(s) <= n) return s;
  utf8::OffsetMap map(s);
  return s.substr(0, map.to_byte(n - 1)) + "…";
}

}  // namespace

std::string format_svg(const std::vector<Event>& events) {
  // Lanes: one per document, in order of first appearance; x: the middle of the event's
  // date range on a linear day axis.
  std::vector<std::string> lanes;
  int64_t lo = 0, hi = 0;
  bool any = false;
  for (const auto& e : events) {
    for (const auto& s : e.sources)
      if (std::find(lanes.begin(), lanes.end(), s.path) == lanes.end()) lanes.push_back(s.path);
    if (auto r = timex::date_range(e.date)) {
      int64_t a = day_number(r->first), b = day_number(r->second);
      lo = any ? std::min(lo, a) : a;
      hi = any ? std::max(hi, b) : b;
      any = true;
    }
  }
  const int kLeft = 220, kWidth = 1000, kLane = 28, kTop = 40, kRow = 16;
  int height = kTop + kLane * static_cast<int>(lanes.size()) + 40 + kRow * static_cast<int>(events.size()) + 20;
  auto x_of = [&](int64_t day) {
    double span = hi > lo ? static_cast<double>(hi - lo) : 1.0;
    return kLeft + static_cast<int>((kWidth - kLeft - 20) * static_cast<double>(day - lo) / span);
  };
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(kWidth) + "\" height=\"" +
                    std::to_string(height) + "\" font-family=\"sans-serif\" font-size=\"11\">\n";
  out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  int axis = kTop + kLane * static_cast<int>(lanes.size());
  out += "<line x1=\"" + std::to_string(kLeft) + "\" y1=\"" + std::to_string(axis) + "\" x2=\"" + std::to_string(kWidth - 20) +
         "\" y2=\"" + std::to_string(axis) + "\" stroke=\"black\"/>\n";
  if (any) {
    std::string first = events.front().date, last = events.back().date;
    for (const auto& e : events) {
      if (auto r = timex::date_range(e.date)) {
        first = std::min(first, r->first);
        last = std::max(last, r->second);
      }
    }
    int ya = std::stoi(first.substr(0, 4)), yb = std::stoi(last.substr(0, 4));
    int step = std::max(1, (yb - ya + 1) / 10);
    for (int y = ya; y <= yb + 1; y += step) {
      char d[16];
      std::snprintf(d, sizeof d, "%04d-01-01", y);
      int64_t day = day_number(d);
      if (day < lo || day > hi) continue;
      int x = x_of(day);
      out += "<line x1=\"" + std::to_string(x) + "\" y1=\"" + std::to_string(axis - 4) + "\" x2=\"" + std::to_string(x) +
             "\" y2=\"" + std::to_string(axis + 4) + "\" stroke=\"black\"/><text x=\"" + std::to_string(x) + "\" y=\"" +
             std::to_string(axis + 16) + "\" text-anchor=\"middle\">" + std::to_string(y) + "</text>\n";
    }
  }
  for (size_t i = 0; i < lanes.size(); ++i) {
    int y = kTop + kLane * static_cast<int>(i) + kLane / 2;
    out += "<text x=\"4\" y=\"" + std::to_string(y + 4) + "\">" + xml_escape(cut(lanes[i], 32)) + "</text>\n";
    out += "<line x1=\"" + std::to_string(kLeft) + "\" y1=\"" + std::to_string(y) + "\" x2=\"" + std::to_string(kWidth - 20) +
           "\" y2=\"" + std::to_string(y) + "\" stroke=\"#ddd\"/>\n";
  }
  int row = axis + 40;
  for (size_t k = 0; k < events.size(); ++k) {
    const Event& e = events[k];
    auto r = timex::date_range(e.date);
    if (!r) continue;
    int x = x_of((day_number(r->first) + day_number(r->second)) / 2);
    std::string title = xml_escape(e.date + ": " + e.what);
    for (const auto& s : e.sources) {
      size_t lane = static_cast<size_t>(std::find(lanes.begin(), lanes.end(), s.path) - lanes.begin());
      int y = kTop + kLane * static_cast<int>(lane) + kLane / 2;
      out += "<circle cx=\"" + std::to_string(x) + "\" cy=\"" + std::to_string(y) + "\" r=\"4\" fill=\"steelblue\"><title>" +
             title + "</title></circle>\n";
    }
    out += "<text x=\"4\" y=\"" + std::to_string(row) + "\">" + xml_escape(e.date) + "</text><text x=\"90\" y=\"" +
           std::to_string(row) + "\">" + std::to_string(k + 1) + ". " + xml_escape(cut(e.what, 140)) + "</text>\n";
    out += "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(axis - 6) + "\" font-size=\"8\" text-anchor=\"middle\">" +
           std::to_string(k + 1) + "</text>\n";
    row += kRow;
  }
  out += "</svg>\n";
  return out;
}

}  // namespace dossier::timeline
