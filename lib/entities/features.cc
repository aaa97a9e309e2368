#include "features.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "dossier/entities.h"
#include "hash_counts.h"

namespace dossier::entities_detail {

namespace {

// Feature templates (their numbers are part of the weights file: renumbering one needs
// retraining).
enum Template : uint32_t {
  kBias = 1, kLower, kExact, kShape, kSuffix2, kSuffix3, kSuffix4, kPrefix3,
  kPrevLower, kNextLower, kPrevShape, kNextShape, kSentenceStart, kStartCommon, kClass, kHead,
  kGaz, kPrevGaz, kNextGaz, kAfterTitle, kNextCue, kBigramLeft, kBigramRight, kShapePair,
  kClassPair, kPrevClass, kNextClass, kRule, kPrevRule, kNextRule, kRuleShape, kRunEnd,
  kRunStart, kRunBoth, kNamed, kNamedPair, kPrefix2, kPrefix4, kPrev2Lower, kNext2Lower, kDocCase,
};

// Word classes of a capitalized word (text.h), by their short names here.
constexpr unsigned kGiven = kGivenName, kProper = kProperWord, kCommon = kCommonWord, kFunction = kFunctionWord;

bool is_punct(std::string_view t, std::string_view any) { return t.size() == 1 && any.find(t[0]) != std::string_view::npos; }

// The shape of a token: X for an upper-case letter, x for lower case, d for a digit, other
// characters as themselves; runs of one kind shortened to one ("McDonald" XxXx, "U.S."
// X.X., "Jong-un" Xx-x, "1990s" dx). Bytes of non-ASCII letters count as lower case after
// the first (whose case the token's flags tell).
// The hash of a shape of one or two marks, as shape_hash() computes it (the compiler folds
// the constant ones).
inline uint64_t short_shape_hash(unsigned char first, unsigned char second = 0) {
  const uint64_t group = first | uint64_t{second} << 8;
  return FoldedHasher::finish(FoldedHasher::mix(FoldedHasher::kSeed, group), second ? 2 : 1) + 7;
}

uint64_t shape_hash(std::string_view t, bool cap) {
  // Most neighbours of a name are words in lower case ("x"), capitalized words ("Xx") and
  // single marks: their shapes are known once the bytes after the first are seen to be
  // lower-case ASCII letters, without hashing the shape mark by mark.
  if (!t.empty()) {
    const auto* p = reinterpret_cast<const unsigned char*>(t.data());
    size_t k = 1;
    while (k < t.size() && static_cast<unsigned char>(p[k] - 'a') < 26) ++k;
    if (k == t.size()) {
      const unsigned char c = p[0];
      if (static_cast<unsigned char>(c - 'a') < 26) return short_shape_hash('x');
      if (static_cast<unsigned char>(c - 'A') < 26) return k == 1 ? short_shape_hash('X') : short_shape_hash('X', 'x');
      if (k == 1 && c < 0x80) return short_shape_hash(static_cast<unsigned char>(c - '0') < 10 ? 'd' : c);
    }
  }
  FoldedHasher h;  // the hash of the shape string, built without the string
  char last = 0;
  for (size_t k = 0; k < t.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(t[k]);
    char m;
    if (c >= 'A' && c <= 'Z') m = 'X';
    else if (c >= 'a' && c <= 'z') m = 'x';
    else if (c >= '0' && c <= '9') m = 'd';
    else if (c >= 0x80) m = (k == 0 && cap) ? 'X' : 'x';
    else m = static_cast<char>(c);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte
    if (m != last || !(m == 'X' || m == 'x' || m == 'd')) h.add(static_cast<unsigned char>(m));
    last = m;
  }
  return h.done() + 7;
}

}  // namespace

const TokenFeatures::WordFeatures& TokenFeatures::word_features(std::string_view w, const Token& t) {
  if (words_.slots.empty()) words_.slots.resize(kWordSlots);
  const uint64_t exact = hash_folded(w);
  WordFeatures& word = words_.slots[static_cast<size_t>(exact ^ (exact >> 29)) & (kWordSlots - 1)];
  if (word.used && word.exact == exact && word.lower == t.hash) return word;
  word = WordFeatures{};
  word.used = true;
  word.exact = exact;
  word.lower = t.hash;
  word.shape = shape_hash(w, t.cap);
  auto add = [&word](uint32_t tmpl, uint64_t v) { word.buckets[word.count++] = feature_bucket(tmpl, v); };
  add(kBias, 0);
  add(kLower, t.hash);
  add(kExact, exact);
  add(kShape, word.shape);
  // Affixes of the folded word, as views of one buffer kept from word to word.
  std::string_view f = w;
  if (t.word) {
    fold_into(w, folded_);
    f = folded_;
  }
  if (f.size() > 2) {
    add(kSuffix2, hash_folded(f.substr(f.size() - 2)));
    add(kSuffix3, hash_folded(f.substr(f.size() - 3)));
    add(kPrefix3, hash_folded(f.substr(0, 3)));
  }
  if (f.size() > 4) add(kSuffix4, hash_folded(f.substr(f.size() - 4)));
  if (f.size() > 2) add(kPrefix2, hash_folded(f.substr(0, 2)));
  if (f.size() > 4) add(kPrefix4, hash_folded(f.substr(0, 4)));
  const Lexicon& lex = Lexicon::get();
  if (t.word && (t.cap || t.all_caps) && lex.head_filter.maybe(t.hash)) {
    auto it = lex.heads.find(std::string(w));
    if (it != lex.heads.end()) {
      word.has_head = true;
      word.head = feature_bucket(kHead, hash_folded(it->second));
    }
  }
  return word;
}

const TokenFeatures::WordClass& TokenFeatures::word_class(uint64_t h, const Gazetteer::Index& ix) {
  if (words_.index != ix.serial) {
    words_.classes.assign(kWordSlots, WordClass{});
    words_.index = ix.serial;
  }
  WordClass& word = words_.classes[static_cast<size_t>(h ^ (h >> 29)) & (kWordSlots - 1)];
  if (word.used && word.hash == h) return word;
  const Lexicon& lex = Lexicon::get();
  uint32_t c = lex.class_by_hash.get(h) | ix.word_class.get(h);
  if (lex.lower_hash_set.contains(h)) c |= kCommon;
  if (lex.function_hash_set.contains(h)) c |= kFunction;
  word.used = true;
  word.hash = h;
  word.classes = c;
  word.cue = lex.cue_by_hash.get(h);
  word.root = ix.first_filter.maybe(h) ? ix.child(0, h) : 0;
  return word;
}

void TokenFeatures::compute(std::string_view text, const std::vector<Token>& toks, const Gazetteer& gazetteer,
                            const std::vector<uint64_t>& rules) {
  const Lexicon& lex = Lexicon::get();
  const Gazetteer::Index& ix = gazetteer.index();
  const size_t n = toks.size();
  auto view = [&](size_t i) { return std::string_view(text.data() + toks[i].begin, toks[i].end - toks[i].begin); };
  // Bit operations rather than && between the flags: whether a token opens a name is
  // unpredictable, and a branch per flag cost more than the test.
  // The passes below that walk NAME_OPENS_ (the tokens of name_start) see no other token:
  // what each asks of a token must hold only of tokens of name_start (a gazetteer name
  // opening with a lower-case word, say, would be passed over without a word).
  auto name_start = [&](size_t i) -> char {
    const Token& t = toks[i];
    return static_cast<char>(t.word & (t.cap | t.all_caps | t.digit));
  };
  scored_.resize(n);
  line_start_.resize(n);
  // The flags through plain pointers: a store through a vector's char element may alias
  // anything, so the vector's own pointer would be read again after every store.
  char* const scored = scored_.data();
  char* const line_start = line_start_.data();
  size_t scored_count = 0;  // tokens scored, counted as the two passes below mark them
  // The capitalized words, acronyms and numbers (name_start), in order: the passes below
  // that ask only of those (classes, gazetteer, runs) walk this list, not every token.
  name_opens_.clear();
  // One pass: the line starts, and the tokens that can open a name ("The", "He", "In"
  // opening a sentence before a lower-case word open none).
  char next_start = n ? name_start(0) : 0;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    char start = next_start;
    next_start = i + 1 < n ? name_start(i + 1) : 0;
    line_start[i] = t.nl;
    if (start) name_opens_.push_back(static_cast<uint32_t>(i));
    if (start && !t.all_caps && (i + 1 >= n || toks[i + 1].nl || !next_start) &&
        lex.function_hash_set.contains(t.hash))
      start = 0;
    scored[i] = start;
    scored_count += start != 0;
  }
  // Connectors: one or two small words between capitalized words of one line (each
  // unscored until marked here).
  for (size_t i = 1; i + 1 < n; ++i) {
    if (static_cast<int>(scored[i] != 0) | static_cast<int>(scored[i - 1] == 0)) continue;  // one branch, seldom not taken
    if (toks[i].nl || view(i).size() > 4) continue;
    if (!toks[i + 1].nl && name_start(i + 1)) {
      scored[i] = 2;
      scored_count += 1;
    } else if (i + 2 < n && !toks[i + 1].nl && !toks[i + 2].nl && !toks[i + 1].word == !toks[i].word &&
               view(i + 1).size() <= 4 && name_start(i + 2)) {
      scored[i] = scored[i + 1] = 2;
      scored_count += 2;
    }
  }

  // The shapes of the last tokens asked for: a scored token asks for its neighbours', and
  // the next scored token for the same again.
  struct Shape {
    size_t at = SIZE_MAX;
    uint64_t hash = 0;
  };
  Shape shapes[4];
  auto shape = [&](size_t i) {
    Shape& s = shapes[i % 4];
    if (s.at != i) s = Shape{i, shape_hash(view(i), toks[i].cap)};
    return s.hash;
  };
  // Gazetteer matches, longest first from left to right: B/I and the type, per token.
  std::vector<uint64_t>& gaz = gaz_;
  gaz.assign(n, 0);
  // Where a title or role ends ("Foreign Minister", "President").
  std::vector<char>& title_end = title_end_;
  title_end.assign(n, 0);
  std::vector<unsigned>& cls = cls_;
  cls.assign(n, 0);
  for (const uint32_t i : name_opens_) {
    const Token& t = toks[i];
    if (!(t.word & (t.cap | t.all_caps))) continue;
    if (!scored[i] && !(i + 1 < n && scored[i + 1] == 1) && !(i > 0 && scored[i - 1] == 1)) continue;
    unsigned c = word_class(t.hash, ix).classes;
    if (lex.title_first_filter.maybe(t.hash)) {
      auto it = lex.titles_by_first.find(t.hash);
      if (it != lex.titles_by_first.end()) {
        size_t best = 0;
        for (size_t k : it->second) {
          const auto& title = lex.titles[k];
          if (i + title.size() > n || title.size() <= best) continue;
          bool ok = true;
          for (size_t m = 0; m < title.size() && ok; ++m) ok = view(i + m) == title[m] || (m == 0 && fold(view(i)) == fold(title[0]));
          if (ok) best = title.size();
        }
        if (best) {
          c |= kTitleWord;
          title_end[i + best - 1] = 1;
        }
      }
    }
    cls[i] = c;
  }
  // A token of no name_start has no root; a match's tokens open no other.
  size_t matched = 0;  // tokens before it are in a match already
  for (const uint32_t i : name_opens_) {
    if (i < matched) continue;
    const Token& t0 = toks[i];
    const uint32_t root = t0.word & (t0.cap | t0.digit) ? word_class(t0.hash, ix).root : 0;
    if (!root) continue;
    uint32_t node = 0;
    size_t best = 0;
    int64_t entry = -1;
    for (size_t j = i; j < n; ++j) {
      if (j > i && toks[j].nl) break;
      uint32_t edge = j == i ? root : ix.child(node, toks[j].hash);
      if (edge == 0) break;
      node = edge & ~Gazetteer::Index::kHasTerms;
      if (!(edge & Gazetteer::Index::kHasTerms)) continue;
      for (uint32_t k = ix.term_start[node]; k < ix.term_start[node + 1]; ++k) {
        const auto& alias = ix.aliases[ix.term_ids[k]];
        if (alias_fits(alias, toks, text, i)) {
          best = j + 1;
          entry = alias.entry == Gazetteer::Index::kNotEntity ? -1 : static_cast<int64_t>(alias.entry);
          break;
        }
      }
    }
    if (!best) continue;
    uint64_t type = entry < 0 ? hash_folded("none") : hash_folded(gazetteer.entries()[static_cast<size_t>(entry)].type);
    for (size_t k = i; k < best; ++k) gaz[k] = combine(k == i ? 1 : 2, type);
    matched = best;
  }

  // Words that end, or open, a run of two or more capitalized words somewhere in the
  // document: "Byron" alone after "George Gordon Byron" is the person's surname, "Boeing"
  // that never ends such a run is not.
  // Words that end a run opened by a given name ("Barack Obama" ... "Obama") are
  // surnames of people of the document.
  // One probe per word answers these and the two questions below, one bit of the word's
  // flags each: kRunEnds, kRunOpens, kIsNamed here, kSeenLower and kSeenCapMid below.
  enum : int { kRunEnds = 1, kRunOpens = 2, kIsNamed = 4, kSeenLower = 8, kSeenCapMid = 16 };
  HashCounts& runs = runs_;
  runs.reset(std::min<size_t>(n / 16, 1024));  // grows as needed
  // A run opens at a capitalized word (every one is in NAME_OPENS_) not inside the run before.
  size_t run_end = 0;
  for (const uint32_t i : name_opens_) {
    if (i < run_end || !(toks[i].word && toks[i].cap)) continue;
    size_t j = i + 1;
    while (j < n && toks[j].word && toks[j].cap && !toks[j].nl) ++j;
    if (j - i >= 2) {
      runs[toks[i].hash] |= kRunOpens;
      int& last = runs[toks[j - 1].hash];
      last |= kRunEnds;
      for (size_t k = i; k + 1 < j; ++k)
        if (cls[k] & kGiven) last |= kIsNamed;
    }
    run_end = j;
  }
  // Each scored word's other uses in the document: in lower case ("Bank" at a sentence start
  // where "bank" is written too), or capitalized inside a sentence (a name wherever it is).
  {
    for (size_t i = 0; i < n; ++i) {
      if (!scored[i]) continue;
      const Token& t = toks[i];
      int& f = runs[t.hash];
      bool start = i == 0 || t.nl || (!toks[i - 1].word && is_punct(view(i - 1), ".!?:\"“"));
      if (t.cap && !start) f |= kSeenCapMid;
    }
    for (size_t i = 0; i < n; ++i) {
      const Token& t = toks[i];
      if (!t.word || t.cap || t.all_caps || t.digit) continue;
      if (int* f = runs.find(t.hash)) *f |= kSeenLower;
    }
  }
  auto flags = [&runs](uint64_t h) {
    const int* f = runs.find(h);
    return f ? *f : 0;
  };

  static const uint64_t kNone = hash_folded("<none>");
  // At most kMaxBuckets features per token (the word's 10 and head, 11 classes, 29 more),
  // written through a pointer into a token's room on the stack and appended to room reserved
  // once: reserved memory is not touched, so only what the tokens use is (zero-filling room
  // for the most every token could have was most of the page faults on a long document).
  constexpr size_t kMaxBuckets = kHeader + 10 + 1 + 11 + 29;
  buckets_.clear();
  buckets_.reserve(scored_count * kMaxBuckets);
  uint32_t room[2 * kMaxBuckets];  // twice the most: the check below aborts before any overflow
  start_.resize(n + 1);  // every entry is written below
  auto cue = [&](size_t k) -> uint64_t { return k < n && toks[k].word ? word_class(toks[k].hash, ix).cue : 0; };
  uint32_t* const starts = start_.data();
  for (size_t i = 0; i < n; ++i) {
    // The unscored tokens up to the next scored one start where it does.
    const auto at = static_cast<uint32_t>(buckets_.size());
    while (!scored[i]) {
      starts[i] = at;
      if (++i == n) break;
    }
    if (i == n) break;
    starts[i] = at;
    uint32_t* out = room;
    auto add = [&out](uint32_t tmpl, uint64_t v) { *out++ = feature_bucket(tmpl, v); };
    std::string_view w = view(i);
    const Token& t = toks[i];
    bool start = i == 0 || t.nl || (!toks[i - 1].word && is_punct(view(i - 1), ".!?"));
    const WordFeatures& word = word_features(w, t);
    const uint64_t header[2] = {t.hash, word.shape};
    std::memcpy(out, header, sizeof header);
    out += kHeader;
    // All of the word's room is copied, a fixed size the compiler moves in a few vector
    // stores (a copy of COUNT elements was a string instruction slow to start), and only its
    // COUNT buckets kept: room has space past any token's features.
    std::memcpy(out, word.buckets, sizeof word.buckets);
    out += word.count;
    shapes[i % 4] = Shape{i, word.shape};
    uint64_t prev = i > 0 && !t.nl ? toks[i - 1].hash : kNone;
    uint64_t next = i + 1 < n && !toks[i + 1].nl ? toks[i + 1].hash : kNone;
    add(kPrevLower, prev);
    add(kNextLower, next);
    uint64_t prev_shape = prev == kNone ? kNone : shape(i - 1);
    uint64_t next_shape = next == kNone ? kNone : shape(i + 1);
    add(kPrevShape, prev_shape);
    add(kNextShape, next_shape);
    add(kShapePair, combine(prev_shape, combine(shape(i), next_shape)));
    add(kBigramLeft, combine(prev, t.hash));
    add(kBigramRight, combine(t.hash, next));
    add(kSentenceStart, combine(start, shape(i)));
    add(kStartCommon, combine(start, cls[i] & (kCommon | kProper | kGiven)));
    for (unsigned bit = 1; bit <= kLastWordClass; bit <<= 1)
      if (cls[i] & bit) add(kClass, bit);
    add(kClassPair, combine(start, cls[i]));
    add(kPrevClass, i > 0 ? cls[i - 1] : 0);
    add(kNextClass, i + 1 < n ? cls[i + 1] : 0);
    if (word.has_head) *out++ = word.head;
    add(kGaz, gaz[i]);
    add(kPrevGaz, i > 0 ? gaz[i - 1] : kNone);
    add(kNextGaz, i + 1 < n ? gaz[i + 1] : kNone);
    add(kAfterTitle, i > 0 && title_end[i - 1]);
    add(kNextCue, cue(i + 1));
    bool alone = (i == 0 || !toks[i - 1].cap || t.nl) && (i + 1 >= n || !toks[i + 1].cap || toks[i + 1].nl);
    const int word_flags = flags(t.hash);
    bool ends = word_flags & kRunEnds, opens = word_flags & kRunOpens, is_named = word_flags & kIsNamed;
    add(kRunEnd, combine(alone, ends));
    add(kRunStart, combine(alone, opens));
    add(kRunBoth, combine(combine(alone, ends), combine(opens, cls[i] & (kGiven | kCommon))));
    add(kNamed, combine(alone, is_named));
    add(kNamedPair, combine(is_named, cls[i] & kGiven));
    add(kRule, rules[i]);
    add(kPrevRule, i > 0 ? rules[i - 1] : kNone);
    add(kNextRule, i + 1 < n ? rules[i + 1] : kNone);
    add(kRuleShape, combine(rules[i], shape(i)));
    {  // the words two before and two after, on the same line
      add(kPrev2Lower, i > 1 && !t.nl && !toks[i - 1].nl ? toks[i - 2].hash : kNone);
      add(kNext2Lower, i + 2 < n && next != kNone && !toks[i + 2].nl ? toks[i + 2].hash : kNone);
    }
    add(kDocCase, combine(start, word_flags & (kSeenLower | kSeenCapMid)));
    // A feature added above without raising kMaxBuckets would write into the next
    // token's room, or past the end: stop there rather than tag with corrupt features.
    if (static_cast<size_t>(out - room) > kMaxBuckets) std::abort();
    buckets_.insert(buckets_.end(), room, out);
  }
  start_[n] = static_cast<uint32_t>(buckets_.size());
}

}  // namespace dossier::entities_detail
