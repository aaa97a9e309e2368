// Features of a line in its page, for the content model and the title model. Every feature
// is binary and named "template=value"; numbers are bucketed so that a weight means one
// range. A line is seen with its neighbours (two either side), its place in the page and
// its distance to the densest run of text, the article body in most pages.
//
// Tried and dropped: how many of a short line's (up to nine words) longer words come back
// in the prose lines within six lines of it (or in the six after it), for the headings and
// list items inside an article the models remove. Held-out folds of the training pages
// went from 0.909 / 0.912 / 0.908 (5 / 4 / 8 folds) to 0.908 / 0.910 / 0.909 (both sides)
// and 0.909 / 0.911 / 0.909 (after only): noise.
//
// Also tried and dropped: conjunctions of a line's own shape features with its coarse
// context, hashed into the same table beside the plain features ("zbef.line=share" as well
// as "line=share"). Crossed with the zone against the densest run (before it, inside it,
// after it), every feature of shape_features at prefix 0 took the held-out folds (5 / 4 /
// 8) from 0.9087 / 0.9119 / 0.9079 to 0.9039 / 0.9036 / 0.9080; the numbers of its shape
// alone (length, length with its end, full stop, capitals, function words) to 0.9049 /
// 0.9058 at 5 / 4 folds, its words alone (first, last, whole line) to 0.9050 at 5; the
// first and last words crossed with the line's length class instead of its zone, 0.9046 at
// 5. Every crossing tried lost about 0.004 at 5 folds.
#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <string>

#include "hash_inline.h"
#include "internal.h"

namespace dossier::boilerplate {

namespace {

enum Tmpl {
  kBias, kWords, kTerm, kWordsTerm, kColon, kBullet, kCaps, kStop, kDate, kDigits, kAct, kActWords, kPunctT, kFirst,
  kLast, kLine, kRule, kWeak, kDup, kPos, kIdx, kRidx, kDens, kDensWords, kClock, kUpper, kTable, kProseAfter,
  kProseFar, kStamps, kUnit, kTmplCount
};
constexpr const char* kTmplNames[kTmplCount] = {"bias", "w",   "term", "wt",  "colon", "bullet", "caps",
                                                "stop", "date", "dig",  "act", "actw",  "p",      "first",
                                                "last", "line", "rule", "weak", "dup", "pos",    "idx",
                                                "ridx", "dens", "dw",   "clock", "upper", "table",
                                                "pa",   "pf",  "stamps", "unit"};
constexpr const char* kPrefixes[] = {"", "p1.", "n1.", "p2.", "n2."};
constexpr size_t kPrefixCount = 5;

enum TitleTmpl {
  kTWords, kTTerm, kTCaps, kTDate, kTColon, kTPunct, kTRel, kTDens, kTRank, kTScore, kTDup, kTRule,
  kTPrev, kTNext, kTStop, kTAct, kTIdx, kTUpper, kTBias, kTFirstGood, kTGoodRank, kTFgWords, kTFgCaps, kTFgTerm, kTFgDate, kTEcho, kTProse, kTNextEcho, kTNextHits, kTProseAbove, kTShape, kTNear, kTMeta, kTPair, kTPrevLine, kTNextLine, kTRun, kTMetaUp, kTDupAt, kTitleTmplCount
};
constexpr const char* kTitleNames[kTitleTmplCount] = {"t.w",    "t.term", "t.caps", "t.date",  "t.colon", "t.p",
                                                      "t.rel",  "t.dens", "t.rank", "t.score", "t.dup",
                                                      "t.rule", "t.prev", "t.next", "t.stop",  "t.act",   "t.idx",
                                                      "t.upper", "t.bias",   "t.fg",    "t.grank", "t.fgw", "t.fgc", "t.fgt", "t.fgd", "t.echo", "t.prose",
                                                      "t.necho", "t.nhits", "t.pabove", "t.shape", "t.near", "t.meta",
                                                      "t.pair", "t.pline", "t.nline", "t.run", "t.mup", "t.dupat"};

constexpr const char* kPunctNames[] = {"pipe", "slash", "arrow", "dot", "copy", "at", "hash",
                                       "quest", "excl", "quote", "paren", "commas", "dash"};

struct Hashes {
  std::array<std::array<uint64_t, kTmplCount>, kPrefixCount> tmpl{};
  std::array<uint64_t, kTitleTmplCount> title{};
  std::array<uint64_t, 64> ints{};
  std::array<uint64_t, 13> puncts{};
};

const Hashes& hashes() {
  static const Hashes h = [] {
    Hashes x;
    for (size_t p = 0; p < kPrefixCount; ++p)
      for (size_t t = 0; t < kTmplCount; ++t) x.tmpl[p][t] = hash_text(std::string(kPrefixes[p]) + kTmplNames[t]);
    for (size_t t = 0; t < kTitleTmplCount; ++t) x.title[t] = hash_text(kTitleNames[t]);
    for (size_t v = 0; v < x.ints.size(); ++v) x.ints[v] = hash_text(std::to_string(v));
    for (size_t k = 0; k < x.puncts.size(); ++k) x.puncts[k] = hash_text(kPunctNames[k]);
    return x;
  }();
  return h;
}

int words_bucket(uint32_t w) {
  if (w <= 3) return static_cast<int>(w);
  if (w <= 5) return 4;
  if (w <= 8) return 5;
  if (w <= 12) return 6;
  if (w <= 20) return 7;
  if (w <= 40) return 8;
  return 9;
}

int distance_bucket(size_t d) {
  if (d <= 2) return static_cast<int>(d);
  if (d <= 5) return 3;
  if (d <= 10) return 4;
  if (d <= 30) return 5;
  return 6;
}

int ratio(uint32_t part, uint32_t whole, int steps) { return whole ? static_cast<int>(part * steps / whole) : 0; }

// Collects ids, and names when training asks for them. A value's name is only written
// when names are asked for: ingest asks for none, and an empty std::string made and
// dropped for each of some fifty features a line showed in the profile.
class Sink {
 public:
  Sink(std::vector<uint64_t>& ids, std::vector<std::string>* names) : ids_(ids), names_(names) {}

  void add(uint64_t tmpl_hash, const char* prefix, const char* tmpl, uint64_t value_hash, const std::string& value) {
    ids_.push_back(feature_id(tmpl_hash, value_hash));
    if (names_) name(prefix, tmpl, value);
  }
  void num(size_t prefix, Tmpl t, int v) {
    ids_.push_back(feature_id(h_.tmpl[prefix][t], h_.ints[static_cast<size_t>(v)]));
    if (names_) name(kPrefixes[prefix], kTmplNames[t], std::to_string(v));
  }
  void word(size_t prefix, Tmpl t, uint64_t value_hash, const std::string& value) {
    add(h_.tmpl[prefix][t], kPrefixes[prefix], kTmplNames[t], value_hash, value);
  }
  void title(TitleTmpl t, int v) {
    ids_.push_back(feature_id(h_.title[t], h_.ints[static_cast<size_t>(v)]));
    if (names_) name("", kTitleNames[t], std::to_string(v));
  }
  void title_word(TitleTmpl t, uint64_t value_hash, const std::string& value) {
    add(h_.title[t], "", kTitleNames[t], value_hash, value);
  }
  bool named() const { return names_ != nullptr; }
  // The templates' and values' hashes, looked up once per sink: the call with its guard
  // for the static was made for every feature of every line.
  const Hashes& hashes() const { return h_; }

 private:
  void name(const char* prefix, const char* tmpl, const std::string& value) {
    names_->push_back(std::string(prefix) + tmpl + "=" + value);
  }
  std::vector<uint64_t>& ids_;
  std::vector<std::string>* names_;
  const Hashes& h_ = boilerplate::hashes();
};

// The features of a line that its neighbours also show (under a prefix).
void shape_features(Sink& out, size_t prefix, const LineShape& s, const RuleHit& rule) {
  const int wb = words_bucket(s.words);
  out.num(prefix, kWords, wb);
  out.num(prefix, kWordsTerm, wb * 2 + (s.terminal ? 1 : 0));
  if (s.words > 0) out.num(prefix, kDate, ratio(s.date_words, s.words, 4));
  if (!rule.kind.empty()) out.word(prefix, kRule, hash_text(rule.kind), rule.kind);
  if (prefix != 0) return;
  out.num(0, kTerm, s.terminal ? 1 : 0);
  if (s.ends_colon) out.num(0, kColon, 1);
  if (s.bullet) out.num(0, kBullet, 1);
  out.num(0, kCaps, s.words < 2 ? 8 + (s.caps_words ? 1 : 0) : ratio(s.caps_words, s.words, 4));
  if (s.words > 0) out.num(0, kStop, ratio(s.stop_words, s.words, 5));
  const uint32_t alnum = s.letters + s.digits;
  if (alnum > 0) out.num(0, kDigits, std::min(ratio(s.digits, alnum, 10), 6));
  if (s.action_words > 0) {
    out.num(0, kAct, std::min<int>(s.action_words, 3));
    out.num(0, kActWords, wb);
  }
  for (size_t k = 0; k < 13; ++k)
    if (s.punct & (1u << k)) out.add(out.hashes().tmpl[0][kPunctT], "", "p", out.hashes().puncts[k], kPunctNames[k]);
  if (s.clock) out.num(0, kClock, 1);
  if (s.letters > 3 && s.uppers == s.letters) out.num(0, kUpper, 1);
  if (s.first) out.word(0, kFirst, s.first, s.first_text);
  if (s.last && s.words <= 8) out.word(0, kLast, s.last, s.last_text);
  if (s.words >= 1 && s.words <= 4) out.word(0, kLine, s.whole, s.whole_text);
  if (!rule.weak.empty()) out.word(0, kWeak, hash_text(rule.weak), rule.weak);
}

// The densest run of text: the run of blocks that maximises the sum of a block score,
// positive for paragraph-like blocks and negative for short ones (Kadane's algorithm).
std::pair<size_t, size_t> densest_run(const std::vector<LineShape>& shapes) {
  long best = 0, sum = 0;
  size_t best_first = 0, best_last = 0, first = 0;
  bool found = false;
  for (size_t i = 0; i < shapes.size(); ++i) {
    const LineShape& s = shapes[i];
    long v = s.words >= 10 ? std::min<long>(s.words, 60) : s.words >= 5 && s.terminal ? 3 : -8;
    if (sum <= 0) {
      sum = 0;
      first = i;
    }
    sum += v;
    if (sum > best || !found) {
      best = sum;
      best_first = first;
      best_last = i;
      found = true;
    }
  }
  return {best_first, best_last};
}

int dense_side(size_t i, size_t first, size_t last) {
  if (i < first) return 10 + distance_bucket(first - i);
  if (i > last) return 20 + distance_bucket(i - last);
  return 0;
}

}  // namespace

PageFeatures page_features(const std::vector<Block>& blocks, bool with_names) {
  PageFeatures pf;
  const size_t n = blocks.size();
  pf.shapes.reserve(n);
  pf.rules.reserve(n);
  for (const Block& b : blocks) {
    if (with_names) {  // the words' text, which the features' names show, is not cached
      pf.shapes.push_back(line_shape(b.text, true));
      pf.rules.push_back(rule_hit(b.text, pf.shapes.back().words));
      continue;
    }
    const LineFacts& facts = line_facts(b.text);
    pf.shapes.push_back(facts.shape);
    pf.rules.push_back(facts.rule);
  }
  std::tie(pf.dense_first, pf.dense_last) = densest_run(pf.shapes);
  pf.table = table_cells(pf.shapes);
  std::vector<uint64_t> sorted(n);
  for (size_t i = 0; i < n; ++i) sorted[i] = pf.shapes[i].text_hash;
  std::sort(sorted.begin(), sorted.end());
  // The hashes that more than one line has, found once in the sorted list: most pages have
  // few, and a line is looked for among them rather than in the whole page.
  std::vector<uint64_t> shared;
  for (size_t k = 1; k < n; ++k)
    if (sorted[k] == sorted[k - 1] && (shared.empty() || shared.back() != sorted[k])) shared.push_back(sorted[k]);
  pf.repeated.assign(n, false);
  if (!shared.empty())
    for (size_t i = 0; i < n; ++i) pf.repeated[i] = std::binary_search(shared.begin(), shared.end(), pf.shapes[i].text_hash);

  const ProseWindows prose(pf.shapes);
  pf.numbered = numbered_sequences(blocks);  // for the second pass (stack.cc)
  // Time stamps by prefix count (short ones, outside tables): reader comments and lists of
  // other stories stamp every item, an article's body has one stamp at most, under its
  // headline.
  std::vector<uint32_t> stamps(n + 1, 0);
  for (size_t i = 0; i < n; ++i)
    stamps[i + 1] = stamps[i] + (pf.shapes[i].words <= 8 && !pf.table[i] && time_stamp(pf.shapes[i]) ? 1 : 0);

  pf.ids.reserve(n * 52);
  pf.offsets.reserve(n + 1);
  Sink out(pf.ids, with_names ? &pf.names : nullptr);
  for (size_t i = 0; i < n; ++i) {
    pf.offsets.push_back(pf.ids.size());
    const LineShape& s = pf.shapes[i];
    out.num(0, kBias, 1);
    shape_features(out, 0, s, pf.rules[i]);
    if (pf.repeated[i]) out.num(0, kDup, 1);
    out.num(0, kPos, static_cast<int>(i * 10 / n));
    out.num(0, kIdx, static_cast<int>(std::min<size_t>(i, 5)));
    out.num(0, kRidx, static_cast<int>(std::min<size_t>(n - 1 - i, 5)));
    const int side = dense_side(i, pf.dense_first, pf.dense_last);
    out.num(0, kDens, side);
    out.num(0, kDensWords, (side / 10) * 10 + (s.words <= 3 ? 0 : s.words < 10 ? 1 : 2) + (s.terminal ? 3 : 0));
    if (pf.table[i]) out.num(0, kTable, side / 10 + (s.number_words > 0 ? 3 : 0));
    // The prose after and around the line, with its own length: a short line among
    // paragraphs is a heading or a list item of the article, one among short lines a
    // menu's. (Not the prose before it: an article's first paragraph has none.)
    const int own_class = s.words <= 3 ? 0 : s.words < 10 ? 1 : 2;
    out.num(0, kProseAfter, prose.after(i) * 3 + own_class);
    out.num(0, kProseFar, prose.around(i) * 3 + own_class);
    // The other time stamps within eight lines, with the side of the densest run and the
    // line's own length: a comment's text between its author's stamp and the next one's.
    {
      const size_t lo = i >= 8 ? i - 8 : 0, hi = std::min(n, i + 9);
      const uint32_t near = stamps[hi] - stamps[lo] - (stamps[i + 1] - stamps[i]);
      out.num(0, kStamps, static_cast<int>(std::min<uint32_t>(near, 3)) * 9 + (side / 10) * 3 + own_class);
    }
    // How many lines above the line the last one starting with the same word stands (1 to
    // 6; 0 when none does), with its length: the units a page repeats (a comment's
    // "Re: ..." and "by ... writes:", a listing's "Step 3", a list's items) show a period.
    {
      int period = 0;
      for (size_t p = 1; p <= 6 && p <= i && s.first != 0; ++p)
        if (pf.shapes[i - p].first == s.first) {
          period = static_cast<int>(p);
          break;
        }
      out.num(0, kUnit, period * 3 + own_class);
    }
    static constexpr int kOffsets[] = {0, -1, 1, -2, 2};
    for (size_t prefix = 1; prefix < kPrefixCount; ++prefix) {
      long j = static_cast<long>(i) + kOffsets[prefix];
      if (j < 0 || j >= static_cast<long>(n)) {
        out.num(prefix, kWords, 10);  // past the edge of the page
        continue;
      }
      shape_features(out, prefix, pf.shapes[static_cast<size_t>(j)], pf.rules[static_cast<size_t>(j)]);
    }
  }
  pf.offsets.push_back(pf.ids.size());
  return pf;
}

namespace {

constexpr size_t kLongWordBytes = 240;  // the bytes of a line long_words reads

// P[0, END) (END at most kLongWordBytes) folded to lower case into FOLDED, and bit i of
// ALNUM set where byte i is an ASCII letter or digit: sixteen bytes a step where SSE2 is
// there (a table lookup and a test per byte, and a copy of each word to fold it, were most
// of long_words' time on every kept line at the top of a page).
void fold_and_mark(const unsigned char* p, size_t end, char* folded, uint64_t* alnum) {
  size_t i = 0;
#if defined(__SSE2__) && defined(__x86_64__)
  const auto range = [](__m128i v, char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
  };
  for (; i + 16 <= end; i += 16) {  // sixteen bits at a multiple of sixteen: never split
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i up = range(v, 'A', 'Z');
    _mm_storeu_si128(reinterpret_cast<__m128i*>(folded + i), _mm_add_epi8(v, _mm_and_si128(up, _mm_set1_epi8(32))));
    const __m128i word = _mm_or_si128(_mm_or_si128(up, range(v, 'a', 'z')), range(v, '0', '9'));
    alnum[i >> 6] |= uint64_t{static_cast<unsigned>(_mm_movemask_epi8(word))} << (i & 63);
  }
#endif
  for (; i < end; ++i) {
    const unsigned char c = p[i];
    folded[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) alnum[i >> 6] |= uint64_t{1} << (i & 63);
  }
}

// Hashes of the words of TEXT with five to 32 letters or digits, folded to lower case,
// from its first 240 bytes (a headline's words come back early in the lines after it).
// A word is a run of ASCII letters and digits; one that reaches the 240th byte of a longer
// text is cut, and left out with all after it. The words are found a bit scan at a time.
void long_words(const std::string& text, std::vector<uint64_t>& out) {
  const size_t end = std::min(text.size(), kLongWordBytes);
  char folded[kLongWordBytes];
  uint64_t alnum[(kLongWordBytes + 63) / 64] = {};
  fold_and_mark(reinterpret_cast<const unsigned char*>(text.data()), end, folded, alnum);
  // The first byte at or after FROM (up to END) that is a letter or digit (WANT), or not.
  const auto next = [&](size_t from, bool want) {
    for (size_t w = from >> 6; w * 64 < end; ++w) {
      uint64_t bits = want ? alnum[w] : ~alnum[w];
      if (w == from >> 6) bits &= ~uint64_t{0} << (from & 63);
      if (bits) return std::min(end, w * 64 + static_cast<size_t>(__builtin_ctzll(bits)));
    }
    return end;
  };
  for (size_t k = next(0, true); k < end;) {
    const size_t stop = next(k, false);
    if (stop == end && end < text.size()) break;  // a word cut by the limit
    if (stop - k >= 5 && stop - k <= 32) out.push_back(hash_detail::hash_bytes(std::string_view(folded + k, stop - k)));
    k = next(stop, true);
  }
}

}  // namespace

void index_body_words(const std::vector<Block>& blocks, const std::vector<double>& scores, PageFeatures& page) {
  page.body_words.clear();
  // Every kept line up to the last place a title candidate may stand, and the few kept
  // lines after it: each candidate is compared with the kept lines that follow it.
  const size_t window = std::min(blocks.size(), page.dense_first + kTitleWindow);
  size_t after = 0;
  for (size_t j = 0; j < blocks.size() && (j < window || after < kBodyLines); ++j)
    if (scores[j] > 0) {
      page.body_words.emplace_back();
      page.body_words.back().line = j;
      after += j >= window;
    }
}

const std::vector<uint64_t>& body_line_words(const std::vector<Block>& blocks, const PageFeatures& page, size_t k) {
  const PageFeatures::BodyLine& entry = page.body_words[k];
  if (!entry.indexed) {
    entry.words.reserve(40);  // at most a word of five letters and a separator in each six bytes
    long_words(blocks[entry.line].text, entry.words);
    std::sort(entry.words.begin(), entry.words.end());
    entry.indexed = true;
  }
  return entry.words;
}

void title_features(const std::vector<Block>& blocks, const PageFeatures& page, const std::vector<double>& scores,
                    size_t i, size_t rank, std::vector<uint64_t>& ids, std::vector<std::string>* names,
                    CandidateStats* stats) {
  Sink out(ids, names);
  const LineShape& s = page.shapes[i];
  const size_t n = blocks.size();
  out.title(kTBias, 1);
  out.title(kTWords, words_bucket(s.words));
  out.title(kTTerm, s.terminal ? 1 : 0);
  out.title(kTCaps, s.words < 2 ? 8 : ratio(s.caps_words, s.words, 4));
  out.title(kTDate, s.words ? ratio(s.date_words, s.words, 4) : 0);
  out.title(kTStop, s.words ? ratio(s.stop_words, s.words, 5) : 0);
  if (s.ends_colon) out.title(kTColon, 1);
  for (size_t k = 0; k < 13; ++k)
    if (s.punct & (1u << k)) out.title(kTPunct, static_cast<int>(k));
  if (s.letters > 3 && s.uppers == s.letters) out.title(kTUpper, 1);
  out.title(kTAct, std::min<int>(s.action_words, 2));
  if (!page.rules[i].kind.empty()) out.title(kTRule, 1);
  // Distance to the next line the content model keeps.
  size_t next_good = i + 1;
  while (next_good < n && scores[next_good] <= 0) ++next_good;
  out.title(kTRel, next_good == n ? 9 : distance_bucket(next_good - i));
  out.title(kTDens, dense_side(i, page.dense_first, page.dense_last));
  out.title(kTRank, distance_bucket(rank));
  out.title(kTIdx, distance_bucket(i));
  const double sc = scores[i];
  out.title(kTScore, sc < -4 ? 0 : sc < -1 ? 1 : sc < 0 ? 2 : sc < 1 ? 3 : sc < 4 ? 4 : 5);
  size_t dups = 0;
  for (size_t j = 0; j < n && dups < 3; ++j) dups += page.shapes[j].text_hash == s.text_hash;
  out.title(kTDup, static_cast<int>(dups));
  // Whether the line comes back far below it and nowhere near it: an entry of a table of
  // contents or of a menu, repeated at the heading of its section. A headline is repeated,
  // when it is, next to itself (the page's title and its heading).
  bool near = false, far_below = false;
  for (size_t j = i >= 3 ? i - 3 : 0; j < n && !near; ++j)
    if (j != i && page.shapes[j].text_hash == s.text_hash) {
      near = j + 3 >= i && j <= i + 3;
      far_below = far_below || j > i + 12;
    }
  out.title(kTDupAt, far_below && !near ? 1 : 0);
  out.title(kTPrev, i == 0 ? 10 : words_bucket(page.shapes[i - 1].words));
  out.title(kTNext, i + 1 >= n ? 20 : words_bucket(page.shapes[i + 1].words) * 2 + (page.shapes[i + 1].terminal ? 1 : 0));
  // Where the first line the content model keeps is, and how many kept lines come first:
  // the headline is most often the first of them.
  size_t first_good = 0, good_before = 0;
  while (first_good < n && scores[first_good] <= 0) ++first_good;
  for (size_t j = 0; j < i && good_before < 3; ++j) good_before += scores[j] > 0;
  out.title(kTFirstGood, i == first_good ? 0 : i < first_good ? 10 + distance_bucket(first_good - i) : 20 + distance_bucket(i - first_good));
  out.title(kTGoodRank, static_cast<int>(good_before) * 2 + (sc > 0 ? 1 : 0));
  // The same place together with the line's shape (a linear model cannot combine them).
  const int fg = i == first_good ? 0 : i < first_good ? 1 + static_cast<int>(std::min<size_t>(first_good - i, 4)) - 1 : 5;
  const int wc = s.words <= 2 ? 0 : s.words <= 5 ? 1 : s.words <= 12 ? 2 : s.words <= 20 ? 3 : 4;
  out.title(kTFgWords, fg * 5 + wc);
  out.title(kTFgCaps, fg * 10 + (s.words < 2 ? 9 : ratio(s.caps_words, s.words, 4)));
  out.title(kTFgTerm, fg * 2 + (s.terminal ? 1 : 0));
  out.title(kTFgDate, fg * 5 + (s.words ? ratio(s.date_words, s.words, 4) : 0));
  // How many paragraphs of prose the content model keeps above the line, with its length
  // and whether it asks a question: a headline comes before the article's prose, and a
  // section heading ("What Is ...?") after some of it.
  size_t prose = 0;
  for (size_t j = 0; j < i && prose < 3; ++j)
    prose += scores[j] > 0 && page.shapes[j].words >= 20 && page.shapes[j].terminal;
  out.title(kTProse, static_cast<int>(prose) * 10 + wc * 2 + ((s.punct & kQuestion) ? 1 : 0));
  // The same from the lines' shapes alone (a prose line above, whatever the content model
  // says of it), with the line's length: a heading or a question between the sections of a
  // listing has prose above it, the headline most often none.
  size_t prose_above = 0;
  for (size_t j = 0; j < i && prose_above < 3; ++j) prose_above += prose_line(page.shapes[j]);
  out.title(kTProseAbove, static_cast<int>(prose_above) * 10 + wc * 2 + ((s.punct & kQuestion) ? 1 : 0));
  // Length, capitals and function words together: a headline of twelve words has a few
  // function words in it, a menu run together into one line ("About Us Team Careers
  // Contact Blog ...") as many capitals and none.
  if (s.words > 0)
    out.title(kTShape, wc * 9 + std::min(ratio(s.caps_words, s.words, 3), 2) * 3 + std::min(ratio(s.stop_words, s.words, 6), 2));
  out.title(kTNear, near_copy(blocks, page, i));
  // The nearest line shaped like a headline above and below, within three lines: a page's
  // headline is often followed by a second one (a subtitle, the article's own heading under
  // the page's), and the headline is the first of the pair.
  const auto headline_like = [&](size_t j) { return headline_shaped(page, j); };
  int above = 0, below = 0;
  for (size_t d = 1; d <= 3 && d <= i && !above; ++d)
    if (headline_like(i - d)) above = static_cast<int>(d);
  for (size_t d = 1; d <= 3 && i + d < n && !below; ++d)
    if (headline_like(i + d)) below = static_cast<int>(d);
  out.title(kTPair, above * 4 + below);
  // How many of the three lines either side are headline-shaped too: the entries of a
  // table of contents or of a list of stories stand in a run, a headline stands alone
  // between its breadcrumb, byline and first paragraph.
  int run = 0;
  for (size_t d = 1; d <= 3; ++d) {
    run += d <= i && headline_like(i - d);
    run += i + d < n && headline_like(i + d);
  }
  out.title(kTRun, run);
  out.title(kTMetaUp, story_facts_above(blocks, page, i));
  // The short lines right above and below, by their words ("Table of contents", "Blog",
  // "Share this article"): what a page puts next to its headline and what it does not.
  if (i > 0 && page.shapes[i - 1].words >= 1 && page.shapes[i - 1].words <= 4)
    out.title_word(kTPrevLine, page.shapes[i - 1].whole, page.shapes[i - 1].whole_text);
  if (i + 1 < n && page.shapes[i + 1].words >= 1 && page.shapes[i + 1].words <= 4)
    out.title_word(kTNextLine, page.shapes[i + 1].whole, page.shapes[i + 1].whole_text);
  out.title(kTMeta, story_facts_below(blocks, page, i));
  // How many of the line's longer words come back in the kept lines after it: a headline
  // names what the article then talks about; a menu, a date or a site name does not. The
  // words of the first kept lines are hashed once per page (PAGE.body_words).
  std::vector<uint64_t> own;
  own.reserve(40);  // at most a word and a separator in each six of 240 bytes: no regrowth
  long_words(blocks[i].text, own);
  const size_t first_lines = std::min(page.body_words.size(), kBodyLines);
  size_t echoed = 0;
  for (uint64_t w : own)
    for (size_t k = 0; k < first_lines; ++k) {
      if (page.body_words[k].line <= i) continue;
      const std::vector<uint64_t>& words = body_line_words(blocks, page, k);
      if (std::binary_search(words.begin(), words.end(), w)) {
        ++echoed;
        break;
      }
    }
  out.title(kTEcho, own.empty() ? 9 : std::min<int>(static_cast<int>(echoed), 3) * 4 + ratio(static_cast<uint32_t>(echoed), static_cast<uint32_t>(own.size()), 3));
  // The same against the kept lines right after the line, wherever it stands: a headline
  // deep in a page (after a long menu, or among teasers of other stories) is followed by
  // the article it names, a teaser by other teasers. Also how often its words come back
  // there (a word in two lines counts twice).
  const size_t next = static_cast<size_t>(
      std::partition_point(page.body_words.begin(), page.body_words.end(), [&](const auto& entry) { return entry.line <= i; }) -
      page.body_words.begin());
  const size_t next_end = next + std::min<size_t>(kBodyLines, page.body_words.size() - next);
  size_t next_echoed = 0, hits = 0;
  for (uint64_t w : own) {
    size_t found = 0;
    for (size_t k = next; k != next_end; ++k) {
      const std::vector<uint64_t>& words = body_line_words(blocks, page, k);
      found += std::binary_search(words.begin(), words.end(), w);
    }
    next_echoed += found > 0;
    hits += found;
  }
  out.title(kTNextEcho, own.empty() ? 9 : std::min<int>(static_cast<int>(next_echoed), 3) * 4 + ratio(static_cast<uint32_t>(next_echoed), static_cast<uint32_t>(own.size()), 3));
  out.title(kTNextHits, hits == 0 ? 0 : hits <= 2 ? 1 : hits <= 5 ? 2 : hits <= 10 ? 3 : 4);
  if (stats) *stats = CandidateStats{next_echoed, hits};
}

}  // namespace dossier::boilerplate
