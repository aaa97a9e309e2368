#include "dossier/entities.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "tagger.h"
#include "text.h"

namespace dossier {

using nlohmann::json;
using namespace entities_detail;

namespace {

// One mention found in the text, before mentions are grouped into entities.
struct Candidate {
  size_t first = 0, last = 0;  // token range [first, last)
  int64_t entry = -1;          // gazetteer entry, or -1 for a name found by the rules
  std::string_view type;       // a literal, or a type string of the gazetteer or the word lists
  bool titled = false;         // right after a title or role ("Foreign Minister X")
  bool weak = false;           // a lone unknown word opening a sentence: kept only if it resolves
  bool by_head = false;        // typed by a head word ("... Ministry"), not by default
  std::string key;             // grouping key, set by Finder::group
  std::string place_alias;     // "Toulouse, France": the place with its country or state
};

// Asked of every punctuation token, so compared by bytes: “ ‘ — – are E2 80 9C/98/94/93.
bool is_open_quote(std::string_view t) {
  if (t.size() == 1) {
    char c = t[0];
    return c == '"' || c == '\'' || c == '(' || c == ':' || c == '[' || c == '-';
  }
  if (t.size() == 3) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(t[k]); };
    return b(0) == 0xE2 && b(1) == 0x80 && (b(2) == 0x9C || b(2) == 0x98 || b(2) == 0x94 || b(2) == 0x93);
  }
  return t == "\xC2\xAB";
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// Counts keyed by token hash for one document, in one flat open-addressing table (no node
// per key). Grows by doubling when a quarter full, so EXPECTED only saves rehashing.
class HashCounts {
 public:
  explicit HashCounts(size_t expected = 0) { reset(expected); }
  // Empties the table, sized for about EXPECTED keys.
  void reset(size_t expected) {
    size_t size = 16;
    while (size < expected * 4) size <<= 1;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    used_ = 0;
  }
  // The count of H, inserted as 0 when absent.
  int& operator[](uint64_t h) { return insert(h).count; }
  // The count of H, inserted as INIT when absent.
  int& emplace(uint64_t h, int init) {
    Slot& s = insert(h);
    if (s.fresh) {
      s.fresh = false;
      s.count = init;
    }
    return s.count;
  }
  int* find(uint64_t h) {
    Slot& s = slots_[probe(h)];
    return s.used ? &s.count : nullptr;
  }
  const int* find(uint64_t h) const {
    const Slot& s = slots_[probe(h)];
    return s.used ? &s.count : nullptr;
  }
  // Calls F(key, count) for every key.
  template <typename F>
  void each(F f) const {
    for (const Slot& s : slots_)
      if (s.used) f(s.key, s.count);
  }

 private:
  struct Slot {
    uint64_t key = 0;
    int count = 0;
    bool used = false;
    bool fresh = false;  // inserted by insert(), count not set by emplace() yet
  };
  Slot& insert(uint64_t h) {
    Slot* s = &slots_[probe(h)];
    if (!s->used) {
      if ((used_ + 1) * 4 > slots_.size()) {
        grow();
        s = &slots_[probe(h)];
      }
      ++used_;
      s->used = true;
      s->fresh = true;
      s->key = h;
    }
    return *s;
  }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    for (const Slot& s : old)
      if (s.used) slots_[probe(s.key)] = s;
  }
  size_t probe(uint64_t h) const {
    size_t i = static_cast<size_t>(h ^ (h >> 31)) & mask_;
    while (slots_[i].used && slots_[i].key != h) i = (i + 1) & mask_;
    return i;
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t used_ = 0;
};

}  // namespace

namespace entities_detail {

bool alias_fits(const Gazetteer::Index::Alias& alias, const std::vector<Token>& toks, std::string_view text, size_t i) {
  const size_t size = alias.tokens.size();
  if (size > 64) return alias_fits_slow(alias, toks, text, i);
  for (size_t k = 0; k < size; ++k) {
    const uint64_t bit = uint64_t{1} << k;
    const Token& got = toks[i + k];
    if (got.all_caps && (alias.short_caps & bit)) continue;
    if ((alias.caps & bit) && !got.all_caps && alias.tokens[k] != text.substr(got.begin, got.end - got.begin))
      return false;
    if (k == 0 && alias.first_upper && !got.cap) return false;
  }
  return true;
}

bool alias_fits_slow(const Gazetteer::Index::Alias& alias, const std::vector<Token>& toks, std::string_view text, size_t i) {
  for (size_t k = 0; k < alias.tokens.size(); ++k) {
    const Token& got = toks[i + k];
    std::string_view want = alias.tokens[k];
    if (got.all_caps && want.size() <= 5 && is_all_caps(want)) continue;
    if (is_all_caps(want) && want != text.substr(got.begin, got.end - got.begin) && !got.all_caps) return false;
    if (k == 0 && starts_upper(want) && !toks[i].cap) return false;
  }
  return true;
}

}  // namespace entities_detail

namespace {

// Entity types as compared: string_view, so that a type of another length is told apart
// by its size alone.
constexpr std::string_view kPerson = "PERSON", kOrg = "ORG", kGpe = "GPE", kLoc = "LOC";

// A piece of a run of names: tokens [a, b), a gazetteer entry, -1 for a free word, -2 for
// a connector, -3 for no entity.
struct Piece {
  size_t a, b;
  int64_t entry;
};

// The per-document buffers of a Finder, kept by each thread from one document to the next
// so that they are allocated once, not per document (find_entities runs per document, on
// as many threads as the tool is given).
struct Scratch {
  std::vector<Token> toks;
  std::vector<char> initial, headline, skip;
  std::vector<Candidate> cands;
  std::vector<Piece> pieces;
  std::vector<size_t> capitals;
  TokenFeatures features;
  std::vector<uint64_t> rule_codes;
  std::vector<uint8_t> tags;
  std::vector<float> margins;
  std::vector<Candidate> merged;
};

class Finder {
 public:
  Finder(const Document& doc, const Gazetteer& gaz, Scratch& scratch)
      : doc_(doc), gaz_(gaz), ix_(gaz.index()), lex_(Lexicon::get()), text_(doc.text), toks_(scratch.toks),
        initial_(scratch.initial), headline_(scratch.headline), skip_(scratch.skip),
        cands_(scratch.cands), pieces_(scratch.pieces), capitals_(scratch.capitals), scratch_(scratch) {
    tokenize(text_, toks_);
    cands_.clear();
  }

  std::vector<Entity> run() {
    if (toks_.empty()) return {};
    mark_context();
    scan();
    apply_tagger();
    return build();
  }

  // The tagger's features of the document's tokens, the names of the rules among them.
  const TokenFeatures& features() {
    if (!toks_.empty()) {
      mark_context();
      scan();
    }
    compute_features();
    return scratch_.features;
  }

 private:
  const Document& doc_;
  const Gazetteer& gaz_;
  const Gazetteer::Index& ix_;
  const Lexicon& lex_;
  std::string_view text_;
  std::vector<Token>& toks_;
  std::vector<char>& initial_;
  std::vector<char>& headline_;
  std::vector<char>& skip_;  // per token
  // Common words the document capitalizes inside sentences ("Apple", "Ford"): names there,
  // so also names at the start of a sentence; with how often they are so capitalized. Keyed
  // by token hash (of the folded word), as the gazetteer's trie is.
  HashCounts capitalized_;
  std::vector<Candidate>& cands_;
  std::vector<Piece>& pieces_;  // scan()'s current run
  std::vector<size_t>& capitals_;  // mark_context()'s capitalized words
  Scratch& scratch_;
  // run()'s items: gazetteer names, titles and free words of the run.
  enum Kind { kGaz, kTitle, kWord };
  struct Item {
    size_t a, b;
    Kind kind;
    int64_t entry;
  };
  std::vector<Item> items_;
  std::vector<std::optional<std::string>> initials_;  // per candidate, by initials_of()
  std::unordered_map<std::string, size_t> expansions_;  // by expansions()
  bool expansions_built_ = false;
  std::unordered_map<std::string, size_t> acronym_of_;  // acronym defined in the text -> candidate
  std::unordered_set<std::string> terms_;               // acronyms of terms, not names ("MRO")

  // Features of the tokens, with what the rules found: each token of a rule's name is
  // coded by its place in the name (first or not), the type, whether the gazetteer knows
  // the name, and how the rules typed it (after a title, by a head word, weakly).
  void compute_features() {
    std::vector<uint64_t>& codes = scratch_.rule_codes;
    codes.assign(toks_.size(), 0);
    for (const Candidate& c : cands_) {
      uint64_t how = (c.entry >= 0 ? 1 : 0) | (c.titled ? 2 : 0) | (c.by_head ? 4 : 0) | (c.weak ? 8 : 0);
      uint64_t type = hash_folded(c.type);
      for (size_t k = c.first; k < c.last && k < codes.size(); ++k)
        codes[k] = combine(combine(k == c.first ? 1 : 2, type), how);
    }
    scratch_.features.compute(text_, toks_, gaz_, codes);
  }

  // The tagger (tagger.h) has the last word on names the gazetteer does not know: a name of
  // the rules takes the tagger's type when the tagger is sure of it (a margin of kTypeMargin),
  // except that a lone word becomes a person only through a full name of the document
  // (group() links "Obama" to "Barack Obama"); a name the tagger alone finds is added when
  // it is surer still (kAddMargin). Gazetteer names stay as they are, with their canonical
  // names. The margins are in the perceptron's update units, set on the training data.
  // Tested by finder_test.cc.
  static constexpr float kTypeMargin = 40, kAddMargin = 60;
  void apply_tagger() {
    const TaggerModel& model = TaggerModel::builtin();
    if (model.empty()) return;
    compute_features();
    model.tag(scratch_.features, toks_.size(), scratch_.tags, scratch_.margins);
    std::vector<TaggedName> names = TaggerModel::names(scratch_.tags, scratch_.margins, scratch_.features);
    std::vector<Candidate>& out = scratch_.merged;
    out.clear();
    // Where each rule candidate went (acronyms defined in the text point at candidates).
    std::vector<size_t> moved(cands_.size());
    size_t n = 0;  // next tagger name
    // Adds the tagger's names that end by UPTO (they overlap no candidate of the rules).
    auto flush_names = [&](size_t upto) {
      while (n < names.size() && names[n].last <= upto) {
        const TaggedName& nm = names[n++];
        if (nm.margin < kAddMargin) continue;
        Candidate& c = out.emplace_back();
        c.first = nm.first;
        c.last = nm.last;
        int64_t entry = -1;
        if (match(nm.first, entry) == nm.last && entry >= 0) {
          c.entry = entry;
          c.type = gaz_.entries()[static_cast<size_t>(entry)].type;
        } else {
          c.type = kind_type(nm.kind);
        }
      }
    };
    for (size_t o = 0; o < cands_.size(); ++o) {
      Candidate& c = cands_[o];
      flush_names(c.first);
      // The tagger's name that overlaps c the most.
      size_t most = 0, best = SIZE_MAX;
      while (n < names.size() && names[n].first < c.last) {
        const TaggedName& nm = names[n];
        size_t overlap = std::min(nm.last, c.last) - std::max(nm.first, c.first);
        if (overlap > most) {
          most = overlap;
          best = n;
        }
        if (nm.last > c.last) break;
        ++n;
      }
      if (c.entry < 0 && best != SIZE_MAX) {
        const TaggedName& nm = names[best];
        if (nm.margin >= kTypeMargin && !(nm.kind == kKindPerson && nm.last - nm.first < 2)) {
          c.type = kind_type(nm.kind);
          c.weak = false;
        }
      }
      moved[o] = out.size();
      out.push_back(std::move(c));
      // A name of the tagger running past c is not added.
      while (n < names.size() && names[n].first < out.back().last) ++n;
    }
    flush_names(SIZE_MAX);
    cands_.swap(out);
    for (auto& [acronym, idx] : acronym_of_) idx = moved[idx];
  }

  // Tokens lie within the text: no bounds check (substr's would keep this from inlining).
  std::string_view tok(size_t i) const { return {text_.data() + toks_[i].begin, toks_[i].end - toks_[i].begin}; }
  std::string_view surface_view(size_t a, size_t b) const {
    return {text_.data() + toks_[a].begin, toks_[b - 1].end - toks_[a].begin};
  }
  std::string surface(size_t a, size_t b) const { return std::string(surface_view(a, b)); }
  bool newline_before(size_t i) const { return toks_[i].nl; }

  // Sentence starts (from the document's sentences, paragraph starts, opening quotes and
  // colons), headline paragraphs (most long words capitalized, no full stop) and photo
  // credit lines ("Sergey Guneev / Imago") that are not article text.
  //
  // This runs over every token of every document, so it makes as few passes as the rules
  // allow: one per line (sentence starts, headline and credit tests, capitalized counts),
  // one for lower-case uses, one for the names the counts make; token tests come before
  // any string is built.
  void mark_context() {
    const size_t n = toks_.size();
    initial_.assign(n, 0);
    headline_.assign(n, 0);
    skip_.assign(n, 0);
    std::vector<size_t> starts;
    if (!doc_.sentences.empty()) {
      starts.reserve(doc_.sentences.size());
      for (const auto& s : doc_.sentences) starts.push_back(first_token_from(toks_, text_, static_cast<size_t>(s.start)));
    }
    // A common word capitalized twice or more and never written in lower case in the
    // document ("Apple have released ...", "Apple announces ...") is a name there too.
    HashCounts caps(n / 8);  // capitalized count, -1 once seen in lower case
    HashFilter in_caps;      // most lower-case words are never capitalized: no probe
    capitals_.clear();  // the capitalized words counted, in order
    size_t si = 0;
    size_t next_start = starts.empty() ? SIZE_MAX : starts[0];  // starts[si], tested per token
    bool pending = true;
    for (size_t a = 0; a < n;) {
      // The line [a, b): tokens up to the next line break.
      size_t b = a;
      int long_words = 0, capitals = 0, words = 0, lower = 0;
      bool slash = false;
      const size_t line_capitals = capitals_.size();  // capitals_ as the line found it
      do {
        const Token& t = toks_[b];
        if (t.begin >= next_start) {
          while (si < starts.size() && starts[si] <= t.begin) ++si;
          next_start = si < starts.size() ? starts[si] : SIZE_MAX;
          pending = true;
        }
        if (t.nl) pending = true;
        if (!t.word) {
          std::string_view w = tok(b);
          slash |= is(b, '/');
          if (is_open_quote(w) || (starts.empty() && (is(b, '.') || is(b, '!') || is(b, '?')))) pending = true;
        } else {
          if (pending) initial_[b] = 1;
          pending = false;
          ++words;
          if (!t.cap && !t.digit) ++lower;
          if (t.cap && !t.all_caps) capitals_.push_back(b);  // taken back below on a credit line
          if (t.end - t.begin > 3 && !t.digit) {
            ++long_words;
            if (t.cap) ++capitals;
          }
        }
        ++b;
      } while (b < n && !toks_[b].nl);
      bool full_stop = is(b - 1, '.') || is(b - 1, '?') || is(b - 1, '!');
      // A title-case line: most long words capitalized; a line ending in a full stop must be
      // longer and almost all capitalized ("Transcript of Remarks ... by Minister ...").
      bool headline = full_stop ? (words <= 40 && long_words >= 10 && capitals * 10 >= long_words * 8)
                                : (long_words >= 3 && capitals * 10 > long_words * 6);
      bool credit = slash && lower == 0 && words <= 8;
      if (headline) std::fill(headline_.begin() + static_cast<std::ptrdiff_t>(a), headline_.begin() + static_cast<std::ptrdiff_t>(b), 1);
      if (credit) {
        std::fill(skip_.begin() + static_cast<std::ptrdiff_t>(a), skip_.begin() + static_cast<std::ptrdiff_t>(b), 1);
        capitals_.resize(line_capitals);
      }
      a = b;
    }
    for (size_t i : capitals_) {
      ++caps[toks_[i].hash];
      in_caps.add(toks_[i].hash);
    }
    for (size_t i = 0; i < n; ++i) {
      const Token& t = toks_[i];
      if (!t.word || t.cap || t.digit || !in_caps.maybe(t.hash)) continue;
      if (int* count = caps.find(t.hash)) *count = -1;
    }
    // Names by the counts: a word opening a sentence or in a headline takes its count
    // (first use wins), and each use inside a sentence adds one. The second kind is
    // counted apart and added after, as if in a later pass.
    capitalized_.reset(64);
    HashCounts inside(64);
    for (size_t i : capitals_) {
      const Token& t = toks_[i];
      if (initial_[i] || headline_[i]) {
        const int* count = caps.find(t.hash);  // counted above: not a credit line
        if (!count || *count < 2) continue;
        if (i + 1 < n && is(i + 1, ':')) continue;  // a transcript label: "Question:"
        if (!common(i) || function_word(i) || title_at(i) || demonym_like(i)) continue;
        if (i + 1 < n && toks_[i + 1].cap) continue;  // opens a longer name: left to the name rules
        capitalized_.emplace(t.hash, *count);
        continue;
      }
      if (i > 0 && toks_[i - 1].cap && !initial_[i - 1]) continue;  // inside a longer name
      if (i + 1 < n && toks_[i + 1].cap && toks_[i].end + 1 == toks_[i + 1].begin) continue;
      if (!common(i)) continue;
      auto joins = [&](size_t k) { return k < n && (connector(k) || tok(k) == "and"); };
      if ((i > 0 && joins(i - 1)) || joins(i + 1)) continue;  // "Organization for Security and ..."
      if (function_word(i) || title_at(i)) continue;
      ++inside[t.hash];
    }
    inside.each([&](uint64_t h, int count) { capitalized_[h] += count; });
  }

  // Code points before the end of token I.
  size_t cp_end(size_t i) const {
    const Token& t = toks_[i];
    size_t cp = t.cp;
    for (size_t k = t.begin; k < t.end; ++k) cp += (static_cast<unsigned char>(text_[k]) & 0xC0) != 0x80;
    return cp;
  }

  // Whether token I is the one character C.
  // Whether token I is a dotted abbreviation ("D.C.", "U.S.").
  bool ends_abbreviation(size_t i) const {
    return toks_[i].word && toks_[i].end - toks_[i].begin >= 2 && text_[toks_[i].end - 1] == '.';
  }
  bool is(size_t i, char c) const { return toks_[i].end - toks_[i].begin == 1 && text_[toks_[i].begin] == c; }

  // Whether the document uses token I's word as a name (capitalized_, by folded form).
  int capitalized_count(size_t i) const {
    const int* count = capitalized_.find(toks_[i].hash);
    return count ? *count : 0;
  }
  bool capitalized_name(size_t i) const { return capitalized_count(i) >= 1; }

  // A function word (the lists are folded, as Token::hash is).
  bool function_word(size_t i) const {
    return lex_.function_hash_set.contains(toks_[i].hash);
  }

  // Longest gazetteer alias starting at token I; returns the end token (0 when none).
  // The first word must be capitalized (or a number); an acronym in the alias must be
  // written in capitals; the other words may differ in case ("European security treaty").
  size_t match(size_t i, int64_t& entry) const {
    const Token& t0 = toks_[i];
    if (!t0.word || !(t0.cap || t0.digit) || !ix_.first_filter.maybe(t0.hash)) return 0;
    return match_from(i, entry);
  }

  // match() past its first test (kept apart so that the test is inlined where it is called).
  size_t match_from(size_t i, int64_t& entry) const {
    uint32_t node = 0;
    size_t best = 0;
    for (size_t j = i; j < toks_.size(); ++j) {
      if (j > i && newline_before(j)) break;
      uint32_t edge = ix_.child(node, toks_[j].hash);
      if (edge == 0) break;
      node = edge & ~Gazetteer::Index::kHasTerms;
      if (!(edge & Gazetteer::Index::kHasTerms)) continue;
      for (uint32_t t = ix_.term_start[node]; t < ix_.term_start[node + 1]; ++t) {
        const auto& alias = ix_.aliases[ix_.term_ids[t]];
        // "US$ 40 billion": a currency, not the country.
        if (alias_fits(alias, toks_, text_, i) && !(toks_[j].end < text_.size() && text_[toks_[j].end] == '$')) {
          best = j + 1;
          entry = alias.entry == Gazetteer::Index::kNotEntity ? -3 : static_cast<int64_t>(alias.entry);
          break;
        }
      }
    }
    return best;
  }

  // A capitalized word that can be part of a name here.
  bool name_like(size_t i) const {
    const Token& t = toks_[i];
    if (!t.word || skip_[i] || !(t.cap || t.all_caps)) return false;
    return name_like_word(i);
  }

  // name_like() past its first test.
  bool name_like_word(size_t i) const {
    const Token& t = toks_[i];
    std::string_view w = tok(i);
    if (not_name(i)) return false;
    // "The Europeans", "Russians", "Singaporeans": nationality nouns are not entities (the
    // adjective may open a name: "Georgian Foreign Ministry").
    if (w.size() > 1 && w.back() == 's' && demonym_like(i)) return false;
    // "A380", "777-200LR", "3GS": model numbers and measures name products, not entities.
    bool letters = false, digits = false;
    for (char ch : w) {
      if (ch >= '0' && ch <= '9') digits = true;
      else if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) letters = true;
    }
    if (letters && digits && !head_type(i)) return false;
    if (t.end < text_.size() && text_[t.end] == '$') return false;  // "US$"
    if (t.all_caps) return !(w.size() >= 4 && lex_.common_word(w));
    if ((initial_[i] || headline_[i]) && common(i)) {
      if (capitalized_name(i) && !demonym_like(i)) return true;
      // "Mark Papermaster", "Tim Cook" opening a sentence or in a headline.
      if (given(i) && i + 1 < toks_.size() && toks_[i + 1].cap && !toks_[i + 1].all_caps &&
          t.end + 1 == toks_[i + 1].begin && !lex_.common_word(tok(i + 1)))
        return true;
      // A headline's "Steve Jobs": a surname after a given name.
      return i > 0 && toks_[i - 1].cap && toks_[i - 1].end + 1 == t.begin && given(i - 1) && !title_at(i);
    }
    return true;
  }

  // A nationality word: listed, or a country's name plus -n/-an/-ans/-ese ("Indonesian").
  // Asked of most capitalized words, so the token's hash and last letters are tested before
  // any string is built: few words are listed or end in -n or -ese.
  bool demonym_like(size_t i) const {
    std::string_view w = tok(i);
    if (w.size() > 1 && w.back() == 's') w.remove_suffix(1);
    if (lex_.demonym_filter.maybe(toks_[i].hash) && lex_.demonyms.count(std::string(w))) return true;
    if (w.size() < 5) return false;
    if (w.back() != 'n' && !(w.size() > 6 && w.substr(w.size() - 3) == "ese")) return false;
    auto gpe = [&](std::string s) {
      const GazetteerEntry* e = gaz_.find_name(s);
      return e && e->type == kGpe;
    };
    std::string s(w);
    if (s.back() == 'n' && gpe(s.substr(0, s.size() - 1))) return true;
    if (s.size() > 6 && s.compare(s.size() - 2, 2, "an") == 0 &&
        (gpe(s.substr(0, s.size() - 2)) || gpe(s.substr(0, s.size() - 2) + "a") || gpe(s.substr(0, s.size() - 2) + "e")))
      return true;
    if (s.size() > 6 && s.compare(s.size() - 3, 3, "ese") == 0 && gpe(s.substr(0, s.size() - 3))) return true;
    return false;
  }

  // common_word for token I, by its hash first (the hot path).
  bool common(size_t i) const {
    if (lex_.lower_hash_set.contains(toks_[i].hash)) return true;
    return tok(i).find('-') != std::string_view::npos && lex_.common_word(tok(i));
  }

  // A given name of the word lists or of a gazetteer person.
  bool given(size_t i) const {
    if (!ix_.given_filter.maybe(toks_[i].hash)) return false;
    std::string s(tok(i));
    return lex_.given_names.count(s) || ix_.given_names.count(s);
  }

  // A sentence's first word, common in lower case, that opens a longer name ("Ford Motor
  // Company", "General Motors"); dropped again unless the name is taken whole.
  bool opens_name(size_t i) const {
    const Token& t = toks_[i];
    if (!t.word || !t.cap || !initial_[i] || headline_[i] || i + 1 >= toks_.size()) return false;
    if ((lex_.demonym_filter.maybe(t.hash) && lex_.demonyms.count(std::string(tok(i)))) || function_word(i)) return false;
    return toks_[i + 1].cap && !initial_[i + 1] && toks_[i].end + 1 == toks_[i + 1].begin && name_like(i + 1);
  }

  bool connector(size_t i) const {
    if (!toks_[i].word || toks_[i].cap || !lex_.connector_filter.maybe(toks_[i].hash)) return false;
    for (const auto& c : lex_.connector_words)
      if (c.first == toks_[i].hash && tok(i) == c.second) return true;
    return false;
  }

  bool not_name(size_t i) const {
    return lex_.not_name_filter.maybe(toks_[i].hash) && lex_.not_names.count(std::string(tok(i)));
  }

  // Longest title at token I ("Deputy Prime Minister"); returns its length in tokens.
  size_t title_at(size_t i) const {
    size_t best = 0;
    if (!toks_[i].word || !lex_.title_first_filter.maybe(toks_[i].hash)) return 0;
    auto first = lex_.titles_by_first.find(toks_[i].hash);
    if (first == lex_.titles_by_first.end()) return 0;
    for (size_t t : first->second) {
      const auto& title = lex_.titles[t];
      if (title.size() <= best || i + title.size() > toks_.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < title.size() && ok; ++k) ok = tok(i + k) == title[k];
      if (ok) best = title.size();
    }
    return best;
  }

  // A title or role word right before token I ("spokesman Igor Lyakin-Frolov", "Lavrov's
  // deputy Sergei Ryabkov").
  bool titled_before(size_t i) const {
    for (size_t len = 1; len <= 4 && len <= i; ++len)
      if (title_at(i - len) == len) return true;
    return false;
  }

  void scan() {
    const size_t n = toks_.size();
    size_t i = 0;
    while (i < n) {
      if (skip_[i] || !toks_[i].word) {
        // "maintenance, repair and overhaul (MRO)": an acronym after no name is a term.
        if (is(i, '(') && i + 2 < n && toks_[i + 1].all_caps && is(i + 2, ')') &&
            (cands_.empty() || cands_.back().last != i)) {
          int64_t e = -1;
          if (!match(i + 1, e)) terms_.insert(std::string(tok(i + 1)));
        }
        ++i;
        continue;
      }
      // A run opens with a capitalized word, a number or an acronym (match(), name_like()
      // and opens_name() all ask for one): most words are passed over here.
      if (!(toks_[i].cap || toks_[i].digit || toks_[i].all_caps)) {
        ++i;
        continue;
      }
      // A run: gazetteer names, capitalized words and the connectors between them.
      std::vector<Piece>& pieces = pieces_;
      pieces.clear();
      size_t j = i;
      while (j < n && !skip_[j]) {
        if (j > i && newline_before(j)) break;
        // "Washington, D.C. The talks": a sentence ends after an abbreviation when a
        // capitalized function word follows (the sentence splitter keeps "D.C." inside).
        if (j > i && ends_abbreviation(j - 1) && toks_[j].cap && lex_.function_hash_set.contains(toks_[j].hash)) break;
        int64_t entry = -1;
        if (size_t end = match(j, entry)) {
          pieces.push_back({j, end, entry});
          j = end;
          continue;
        }
        if (name_like(j) || (j == i && opens_name(j))) {
          pieces.push_back({j, j + 1, -1});
          ++j;
          continue;
        }
        int64_t e2 = -1;
        if (!pieces.empty() && connector(j) && j + 1 < n && (name_like(j + 1) || match(j + 1, e2))) {
          pieces.push_back({j, j + 1, -2});
          ++j;
          continue;
        }
        break;
      }
      if (pieces.empty()) {
        ++i;
        continue;
      }
      // "Kim Jong-un", "Kim Dae-jung": a lower-case part joined by a hyphen to the last
      // word of a name, and no English word, belongs to the name (the tokenizer splits
      // "War-era" and "NATO-led" from their suffix).
      if (pieces.back().entry == -1 && j + 1 < n && is(j, '-') && toks_[j].begin == toks_[j - 1].end &&
          toks_[j + 1].begin == toks_[j].end && toks_[j + 1].word && !toks_[j + 1].cap && !toks_[j + 1].digit &&
          !lex_.common_word(tok(j + 1)) && !(j + 2 < n && toks_[j + 2].begin == toks_[j + 1].end)) {
        pieces.back().b = j + 2;
        j += 2;
      }
      size_t before = cands_.size();
      run(pieces.front().a, pieces.back().b, pieces);
      note_acronym(j, before);
      i = j;
    }
  }

  // "... in Europe (OSCE)": the acronym names the entity just before it; after a phrase that
  // is not a name ("Maintenance, Repair and Overhaul (MRO)") it is a term.
  void note_acronym(size_t j, size_t before) {
    if (j + 2 >= toks_.size() || !is(j, '(') || !toks_[j + 1].all_caps || !is(j + 2, ')')) return;
    std::string acr(tok(j + 1));
    if (cands_.size() > before && cands_.back().last == j) {
      acronym_of_.emplace(acr, cands_.size() - 1);
    } else {
      int64_t e = -1;
      if (!match(j + 1, e)) terms_.insert(acr);
    }
  }

  // TYPE must outlive the document's candidates: a literal, or a string of the gazetteer or
  // the word lists.
  void add(size_t a, size_t b, int64_t entry, std::string_view type, bool titled = false) {
    Candidate& c = cands_.emplace_back();
    c.first = a;
    c.last = b;
    c.entry = entry;
    c.type = entry >= 0 ? std::string_view(gaz_.entries()[static_cast<size_t>(entry)].type) : type;
    c.titled = titled;
  }

  const std::string* head_type(size_t i) const {
    if (!lex_.head_filter.maybe(toks_[i].hash)) return nullptr;
    auto it = lex_.heads.find(std::string(tok(i)));
    return it == lex_.heads.end() ? nullptr : &it->second;
  }

  // PIECES: the run's pieces in token order (their starts are distinct).
  void run(size_t a, size_t b, const std::vector<Piece>& pieces) {
    auto piece_at = [&](size_t i) -> const Piece* {
      for (const auto& p : pieces)
        if (p.a == i) return &p;
      return nullptr;
    };
    auto entry_at = [&](size_t i) -> int64_t {
      const Piece* p = piece_at(i);
      return p ? p->entry : -1;
    };
    while (b > a && connector(b - 1)) --b;
    // "Air France Flight 447": the airline is the name, not the flight.
    if (b - a >= 2 && b < toks_.size() && toks_[b].digit && tok(b - 1) == "Flight") --b;
    // A run ending in a head word is one name from its start ("Georgian Foreign Ministry",
    // "Moscow State University", "United States Air Force"), titles aside.
    if (b - a >= 2 && entry_at(b - 1) == -1 && piece_at(b - 1) && head_type(b - 1)) {
      size_t s = a;
      while (s < b) {
        size_t t = title_at(s);
        if (t == 0 || s + t + 2 > b) break;  // "General Motors" keeps its "General"
        s += t;
      }
      while (s < b && connector(s)) ++s;
      // "Chrysler LLC Jim Press": a head word followed by a given name ends the organisation.
      for (size_t k = s + 1; k + 2 < b; ++k) {
        if (head_type(k) && *head_type(k) == "ORG" && given(k + 1) && !head_type(k + 1)) {
          add(s, k + 1, -1, "ORG");
          cands_.back().by_head = true;
          segment(k + 1, b, true);
          return;
        }
      }
      bool person = b - s == 2 && given(s);  // "Jim Press"
      if (b - s >= 2 && !person) {
        std::vector<std::string> words;
        for (size_t k = s; k < b; ++k) words.emplace_back(tok(k));
        auto loose = ix_.loose.find(loose_key(words));
        if (loose != ix_.loose.end() && loose->second >= 0) {
          add(s, b, loose->second, "");
          return;
        }
        add(s, b, -1, *head_type(b - 1));
        cands_.back().by_head = true;
        return;
      }
    }
    // Items of the run: gazetteer names, titles, and free words.
    std::vector<Item>& items = items_;
    items.clear();
    for (size_t i = a; i < b;) {
      const Piece* p = piece_at(i);
      int64_t entry = p ? p->entry : -1;
      if (entry == -3) {
        items.push_back({i, p->b, kTitle, -3});  // a financial index: no entity, no title
        i = p->b;
      } else if (entry >= 0) {
        items.push_back({i, p->b, kGaz, entry});
        i = p->b;
      } else if (size_t t = title_at(i)) {
        items.push_back({i, std::min(b, i + t), kTitle, -1});
        i += t;
      } else {
        items.push_back({i, i + 1, kWord, -1});
        ++i;
      }
    }
    // A place inside a longer name is part of it: "Air France", "US Treasury", "Ford
    // Australia", "Washington Mutual".
    for (size_t k = 0; k < items.size(); ++k) {
      if (items[k].kind != kGaz) continue;
      const std::string& type = gaz_.entries()[static_cast<size_t>(items[k].entry)].type;
      if (type != kGpe && type != kLoc) continue;
      size_t l = k, r = k + 1;
      while (l > 0 && items[l - 1].kind == kWord && !demonym_like(items[l - 1].a)) --l;
      while (r < items.size() && items[r].kind == kWord) ++r;
      while (l < k && (connector(items[l].a) || (initial_[items[l].a] && common(items[l].a)))) ++l;
      while (r > k + 1 && connector(items[r - 1].a)) --r;
      if (l == k && r == k + 1) continue;
      size_t first_free = l < k ? items[l].a : items[k + 1].a;
      if (given(first_free)) continue;
      if (l == k && demonym_like(items[k + 1].a)) continue;
      Item merged{items[l].a, items[r - 1].b, kWord, -2};
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(l), items.begin() + static_cast<std::ptrdiff_t>(r));
      items.insert(items.begin() + static_cast<std::ptrdiff_t>(l), merged);
      k = l;
    }
    bool titled = titled_before(a);
    size_t seg = a;  // start of the current free segment
    auto close = [&](size_t end) {
      if (end > seg) segment(seg, end, titled);
    };
    for (const auto& it : items) {
      if (it.entry == -2) {
        close(it.a);
        add(it.a, it.b, -1, "ORG");
        cands_.back().by_head = true;
        seg = it.b;
        titled = false;
        continue;
      }
      if (it.kind == kGaz) {
        close(it.a);
        seg = it.b;
        // "trans-Atlantic", "pan-European": a region after a prefix is an adjective.
        if (it.b == it.a + 1 && it.a >= 2 && is(it.a - 1, '-') && toks_[it.a - 2].end == toks_[it.a - 1].begin &&
            !toks_[it.a - 2].cap && gaz_.entries()[static_cast<size_t>(it.entry)].type == kLoc)
          continue;
        add(it.a, it.b, it.entry, "", titled);
        titled = false;
        continue;
      }
      if (it.kind == kTitle) {
        close(it.a);
        seg = it.b;
        titled = it.entry != -3;
        continue;
      }
      if (it.a == seg && demonym_like(it.a)) {
        seg = it.b;
        continue;
      }
    }
    close(b);
  }

  // A free stretch of capitalized words with no gazetteer name in it.
  void segment(size_t a, size_t b, bool titled) {
    while (a < b && (connector(a) || not_name(a) ||
                     (initial_[a] && !toks_[a].all_caps && common(a) && !capitalized_name(a))))
      ++a;
    while (b > a && (connector(b - 1) || not_name(b - 1))) --b;
    if (a >= b) return;
    if (demonym_like(b - 1)) return;  // "East Central European"
    std::vector<std::string> words;
    for (size_t k = a; k < b; ++k) words.emplace_back(tok(k));
    if (a > 0 && demonym_like(a - 1) && toks_[a - 1].end + 1 >= toks_[a].begin) {
      // "German Council of Foreign Relations": a demonym opening a known name.
      std::vector<std::string> with = words;
      with.insert(with.begin(), std::string(tok(a - 1)));
      auto loose = ix_.loose.find(loose_key(with));
      if (loose != ix_.loose.end() && loose->second >= 0) {
        add(a - 1, b, loose->second, "", titled);
        return;
      }
    }
    if (b - a >= 2) {
      auto loose = ix_.loose.find(loose_key(words));
      if (loose != ix_.loose.end() && loose->second >= 0) {
        add(a, b, loose->second, "", titled);
        return;
      }
    }
    if (titled && b - a <= 4 && !toks_[a].all_caps) {
      add(a, b, -1, "PERSON", true);
      return;
    }
    // "Ministry of Defence", "University of Texas": the head before "of".
    for (size_t k = a + 1; k + 1 < b; ++k)
      if (connector(k) && head_type(k - 1)) {
        add(a, b, -1, *head_type(k - 1));
        cands_.back().by_head = true;
        return;
      }
    if (b - a >= 2 && given(a)) {
      // "William Clay Ford Jr.": a generational suffix belongs to the name.
      if (b < toks_.size() && (tok(b) == "Jr" || tok(b) == "Sr")) {
        ++b;
        if (b < toks_.size() && is(b, '.') && toks_[b].begin == toks_[b - 1].end) ++b;
      }
      add(a, b, -1, "PERSON");
      return;
    }
    if (b - a == 1) {
      if (head_type(a) && !toks_[a].all_caps) return;  // "Council" alone
      if (toks_[a].all_caps && terms_.count(words[0])) return;
      std::string_view type = "ORG";
      if (a > 0) {
        auto cue = lex_.cues.find(fold(tok(a - 1)));
        if (cue != lex_.cues.end() && cue->second == "place-before") type = "GPE";
      }
      add(a, b, -1, type);
      // A lone word opening a sentence, or a common word capitalized mid-sentence ("Treasury",
      // "Store"), is kept only when it resolves to a name of the document, or is possessed.
      bool possessed = b < toks_.size() && (tok(b) == "'s" || tok(b) == "\xE2\x80\x99s");
      bool repeated = capitalized_count(a) >= 2;
      cands_.back().weak = !toks_[a].all_caps && !possessed && !repeated &&
                           ((initial_[a] && !lex_.proper_words.count(words[0]) && !capitalized_name(a)) ||
                            lex_.common_word(words[0]));
      return;
    }
    bool all_common = true;
    for (const auto& w : words) all_common = all_common && lex_.common_word(w);
    if (all_common) return;
    // "X, an expert with ...": a role after the name; "X said": a verb of saying; "in X":
    // a place.
    std::string_view type = "ORG";
    if (a > 0) {
      auto cue = lex_.cues.find(fold(tok(a - 1)));
      if (cue != lex_.cues.end() && cue->second == "place-before") type = "GPE";
    }
    size_t k = b;
    if (k < toks_.size() && is(k, ',')) {
      for (size_t m = k + 1; m < std::min(toks_.size(), k + 5); ++m)
        if (title_at(m) && !toks_[m].cap) {
          type = "PERSON";
          break;
        }
    }
    if (k < toks_.size()) {
      auto cue = lex_.cues.find(fold(tok(k)));
      if (cue != lex_.cues.end() && cue->second == "person-after" && b - a <= 3 && !lex_.common_word(words[0]))
        type = "PERSON";
    }
    add(a, b, -1, type);
  }

  // An acronym abbreviates a name when it spells the initials of the whole name or of two or
  // more of its consecutive words ("MC" for "OSCE Ministerial Council Meeting"). The
  // acronyms' names: for every run of letters of the initials of a name of two words or more (not a person's), the first such name. The
  // acronyms are looked up here, once each, not compared with every name (that was
  // quadratic in a long document: tested by finder_test.cc). Only runs as long as the
  // longest acronym of the document are kept. Built on first use, once per document.
  const std::unordered_map<std::string, size_t>& expansions() {
    if (expansions_built_) return expansions_;
    expansions_built_ = true;
    size_t longest = 0;
    for (const auto& c : cands_)
      if (c.last - c.first == 1 && toks_[c.first].all_caps) longest = std::max(longest, size_t{toks_[c.first].end - toks_[c.first].begin});
    std::vector<std::string> initials(cands_.size());
    for (size_t o = 0; o < cands_.size(); ++o)
      if (cands_[o].last - cands_[o].first >= 2 && cands_[o].type != kPerson) initials[o] = initials_of(o);
    expansions_ = acronym_index(initials, longest);
    return expansions_;
  }

  // initials() of candidate IDX, computed once per candidate.
  const std::string& initials_of(size_t idx) {
    if (initials_.size() < cands_.size()) initials_.resize(cands_.size());
    auto& slot = initials_[idx];
    if (!slot) slot = initials(cands_[idx]);
    return *slot;
  }

  std::string initials(const Candidate& c) const {
    std::string out;
    for (size_t k = c.first; k < c.last; ++k) {
      std::string_view w = tok(k);
      if (connector(k) || !toks_[k].word) continue;
      if (toks_[k].all_caps) {
        out += std::string(w);
        continue;
      }
      if (toks_[k].cap) out += w[0];
    }
    return out;
  }

  // Groups mentions into entities: gazetteer entries by entry, people by loose key, short
  // forms to full names, acronyms to their expansions, near-miss spellings together.
  void group() {
    // Words are compared folded, by token hash (Token::hash is the hash of the folded word).
    HashCounts person_last(16);  // last word -> index in person_keys of the key of a full name
    std::vector<std::string> person_keys;
    auto words_of = [&](const Candidate& c) {
      std::vector<std::string> w;
      for (size_t k = c.first; k < c.last; ++k) w.emplace_back(tok(k));
      return w;
    };
    // "Toulouse, France", "Cupertino, California": a name before a comma and a country or
    // state is a place, and the pair is one of its surface forms.
    for (size_t k = 0; k + 1 < cands_.size(); ++k) {
      auto& c = cands_[k];
      const auto& d = cands_[k + 1];
      if (d.entry < 0 || d.first != c.last + 1 || !is(c.last, ',') || c.type == kPerson || c.by_head) continue;
      if (gaz_.entries()[static_cast<size_t>(d.entry)].type != kGpe) continue;
      if (d.last < toks_.size() && toks_[d.last].cap) continue;
      c.place_alias = surface(c.first, d.last);
      if (c.entry < 0) {
        c.type = "GPE";
        c.weak = false;
      }
    }
    // A name used alone by its last word elsewhere ("Henderson said") is a person's; one
    // used by its first word ("Lockheed") is an organisation's.
    HashCounts lone(16);  // words of one-word names found by the rules
    for (const auto& c : cands_)
      if (c.entry < 0 && c.last - c.first == 1) lone[toks_[c.first].hash] = 1;
    HashCounts org_first(16);  // first word -> the first organisation's candidate
    for (size_t k = 0; k < cands_.size(); ++k) {
      auto& c = cands_[k];
      if (c.entry >= 0 || c.last - c.first < 2 || c.by_head) continue;
      if (c.type == kOrg && lone.find(toks_[c.last - 1].hash) && !toks_[c.last - 1].all_caps && !lone.find(toks_[c.first].hash))
        c.type = "PERSON";
      if (c.type != kPerson) org_first.emplace(toks_[c.first].hash, static_cast<int>(k));
    }
    for (size_t k = 0; k < cands_.size(); ++k) {
      const auto& c = cands_[k];
      if (c.entry < 0 && c.last - c.first >= 2 && c.by_head && c.type == kOrg && entry_free(c))
        org_first.emplace(toks_[c.first].hash, static_cast<int>(k));
    }
    for (auto& c : cands_) {
      if (c.entry >= 0) {
        c.key = gazetteer_key(c.entry);
      } else if (c.type == kPerson && c.last - c.first >= 2) {
        c.key = "p" + loose_key(words_of(c));
      }
      if (!c.key.empty() && c.type == kPerson && c.last - c.first >= 2) {
        // The first full name with this last word gives its key (as it was then).
        int& slot = person_last.emplace(toks_[c.last - 1].hash, static_cast<int>(person_keys.size()));
        if (static_cast<size_t>(slot) == person_keys.size()) person_keys.push_back(c.key);
      }
    }
    // Near-miss spellings of one person ("Dora Bakoyanni" / "Dora Bakoyannis").
    std::vector<char> is_person(cands_.size());  // types do not change in this loop
    for (size_t k = 0; k < cands_.size(); ++k) is_person[k] = cands_[k].type == kPerson;
    // People by token count and first word's hash, in candidate order: the only candidates
    // the tests below can pass (every pair used to be tried: quadratic in long documents).
    auto start_key = [&](const Candidate& c) { return combine(toks_[c.first].hash, c.last - c.first); };
    // One candidate per key and last word: the repeated mentions of one name would answer
    // the test below alike, and trying each made a long document of the same names
    // quadratic (tested by finder_test.cc).
    std::unordered_map<uint64_t, std::vector<size_t>> same_start;
    std::unordered_set<std::string> seen_form;
    for (size_t k = 0; k < cands_.size(); ++k) {
      if (!is_person[k]) continue;
      const Candidate& d = cands_[k];
      std::string form = d.key;
      form += '\0';
      form += std::to_string(toks_[d.last - 1].hash);
      if (seen_form.insert(std::move(form)).second) same_start[start_key(d)].push_back(k);
    }
    for (auto& c : cands_) {
      if (c.key.empty() || c.key[0] != 'p') continue;
      auto bucket = same_start.find(start_key(c));
      if (bucket == same_start.end()) continue;
      for (size_t k : bucket->second) {
        const auto& d = cands_[k];
        // Cheap tests first: length, type, then the first word's hash (unequal hashes mean
        // unequal folded words).
        if (d.last - d.first != c.last - c.first || !is_person[k] || toks_[d.first].hash != toks_[c.first].hash) continue;
        if (d.key.empty() || d.key == c.key) continue;
        if (fold(tok(d.first)) != fold(tok(c.first))) continue;
        std::string x = fold(tok(c.last - 1)), y = fold(tok(d.last - 1));
        if (x.size() >= 5 && y.size() >= 5 && edit_distance(x, y) <= 2 && (d.key[0] == 'g' || d.key < c.key)) {
          c.key = d.key;
          break;
        }
      }
    }
    for (size_t idx = 0; idx < cands_.size(); ++idx) {
      auto& c = cands_[idx];
      if (!c.key.empty()) continue;
      std::string w(tok(c.first));
      if (c.last - c.first == 1) {
        if (toks_[c.first].all_caps) {
          auto def = acronym_of_.find(w);
          if (def != acronym_of_.end() && def->second != idx) {
            c.key = key_of(def->second);
            c.type = cands_[def->second].type;
            continue;
          }
          if (w.size() >= 2) {
            const auto& index = expansions();
            auto exp = index.find(w);
            if (exp != index.end()) {
              c.key = key_of(exp->second);
              c.type = cands_[exp->second].type;
              continue;
            }
          }
        }
        const uint64_t h = toks_[c.first].hash;
        if (const int* p = person_last.find(h)) {
          c.key = person_keys[static_cast<size_t>(*p)];
          c.type = "PERSON";
          continue;
        }
        const int* of = org_first.find(h);
        if (of && static_cast<size_t>(*of) != idx) {
          c.key = key_of(static_cast<size_t>(*of));
          c.type = cands_[static_cast<size_t>(*of)].type;
          continue;
        }
        auto s = ix_.surnames.find(w);
        if (s != ix_.surnames.end() && s->second >= 0) {
          c.entry = s->second;
          c.key = gazetteer_key(s->second);
          c.type = "PERSON";
          continue;
        }
      }
      if (c.weak) {
        c.key = "-";
        continue;
      }
      if (c.type == kPerson && c.last - c.first == 1) {
        c.key = "p" + fold(w);
        continue;
      }
      std::string f = fold(surface(c.first, c.last));
      c.key = "o" + f;
    }
  }

  // Whether a name's first word is no gazetteer name of its own ("Ford Motor Company", not
  // "Moscow State University").
  bool entry_free(const Candidate& c) const {
    int64_t e = -1;
    size_t end = match(c.first, e);
    return end == 0 || end >= c.last;
  }

  // The grouping key of gazetteer entry ENTRY: "g" and its index.
  static std::string gazetteer_key(int64_t entry) {
    char buf[24] = {'g'};
    auto end = std::to_chars(buf + 1, buf + sizeof buf, entry).ptr;
    return std::string(buf, static_cast<size_t>(end - buf));
  }

  std::string key_of(size_t idx) {
    auto& c = cands_[idx];
    if (c.key.empty()) c.key = c.entry >= 0 ? gazetteer_key(c.entry) : "o" + fold(surface(c.first, c.last));
    return c.key;
  }

  std::vector<Entity> build() {
    group();
    // Entities in order of their first candidate, found by key (the keys stay in cands_).
    std::vector<Entity> made;
    std::vector<std::string_view> made_key;
    std::vector<size_t> best;  // per entity: token count of its longest name found by the rules
    std::unordered_map<std::string_view, size_t> by_key;
    by_key.reserve(cands_.size());
    for (auto& c : cands_) {
      if (c.key == "-") continue;
      if (c.entry < 0 && c.key[0] == 'g') c.entry = std::stoll(c.key.substr(1));
      auto [it, fresh] = by_key.try_emplace(c.key, made.size());
      if (fresh) {
        Entity& e = made.emplace_back();
        made_key.push_back(c.key);
        best.push_back(0);
        e.type = c.type;
        if (c.entry >= 0) {
          const auto& g = gaz_.entries()[static_cast<size_t>(c.entry)];
          e.name = g.name;
          e.type = g.type;
          e.kb = g.kb;
        }
      }
      Entity& e = made[it->second];
      std::string_view s = surface_view(c.first, c.last);
      for (std::string_view a : {s, std::string_view(c.place_alias)})
        if (!a.empty() && std::find(e.aliases.begin(), e.aliases.end(), a) == e.aliases.end()) e.aliases.emplace_back(a);
      e.mentions.push_back(Span{static_cast<int64_t>(toks_[c.first].cp), static_cast<int64_t>(cp_end(c.last - 1))});
      if (c.entry < 0 && c.key[0] != 'g') {
        size_t len = c.last - c.first;
        if (len > best[it->second]) {
          best[it->second] = len;
          e.name = s;
          e.type = c.type;
        }
      }
    }
    // Ids in order of first mention (ties, if any, by key).
    std::vector<size_t> order(made.size());
    for (size_t k = 0; k < made.size(); ++k) {
      Entity& e = made[k];
      std::sort(e.mentions.begin(), e.mentions.end());
      e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
      std::sort(e.aliases.begin(), e.aliases.end());
      order[k] = k;
    }
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      const Span& a = made[x].mentions.front();
      const Span& b = made[y].mentions.front();
      if (a < b || b < a) return a < b;
      return made_key[x] < made_key[y];
    });
    std::vector<Entity> out;
    out.reserve(made.size());
    for (size_t k : order) {
      Entity& e = out.emplace_back(std::move(made[k]));
      e.id = "e" + std::to_string(out.size());
    }
    return out;
  }
};

}  // namespace

const entities_detail::TokenFeatures& entities_detail::document_features(const Document& doc, const Gazetteer& gazetteer) {
  thread_local Scratch scratch;
  return Finder(doc, gazetteer, scratch).features();
}

std::vector<Entity> find_entities(const Document& doc, const Gazetteer& gazetteer) {
  thread_local Scratch scratch;
  return Finder(doc, gazetteer, scratch).run();
}

std::string actor_of(const Entity& entity, const Gazetteer& gazetteer) {
  if (const auto* e = gazetteer.find(entity.name); e && e->stands_for) return *e->stands_for;
  return entity.name;
}

namespace {
// Whether DATE (YYYY-MM-DD) falls in [from, to] where either bound may be a prefix
// ("2008-05", "2008") or empty (open).
bool within(std::string_view date, const std::string& from, const std::string& to) {
  if (!from.empty() && date.substr(0, from.size()) < from) return false;
  if (!to.empty() && date.substr(0, to.size()) > to) return false;
  return true;
}
}  // namespace

std::vector<Office> offices_on(std::string_view name, std::string_view date, const Gazetteer& gazetteer) {
  std::vector<Office> out;
  const auto* e = gazetteer.find(name);
  if (!e) return out;
  for (const auto& o : e->offices)
    if (date.empty() || within(date, o.from, o.to)) out.push_back(o);
  return out;
}

std::vector<Mention> mentions_of(const Document& doc) {
  std::vector<Mention> out;
  if (!doc.entities) return out;
  for (const auto& e : *doc.entities)
    for (const auto& m : e.mentions) out.push_back({doc.id, e.id, e.name, e.type, m, span_text(doc.text, m)});
  std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.span < b.span; });
  return out;
}

void to_json(json& j, const Mention& m) {
  j = json{{"doc", m.doc}, {"entity", m.entity}, {"name", m.name}, {"type", m.type}, {"span", m.span}, {"text", m.text}};
}

}  // namespace dossier
