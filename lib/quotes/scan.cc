// The quote-mark scanner of quotes.h: pairs marks paragraph by paragraph with a stack.
// Tested by quotes_test.cc ("scan_quotes ...") and fuzzed by fuzz/quotes_fuzz.cc.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include <unordered_set>

#include "dossier/data.h"
#include "dossier/quotes.h"
#include "dossier/utf8.h"

namespace dossier {

namespace {

// How a code point can act as a quote mark. Straight marks are symmetric: the context
// decides. "closes" lists the marks that may end a quote this mark opens.
enum class Family { None, Double, Single };

// Typewriter and LaTeX text (and treebank-tokenised corpora) write double quotes as two
// backticks and two apostrophes: `` opens, '' closes. They are scanned as these two
// private-use code points, two bytes long.
constexpr int32_t kBackticks = 0xE000;
constexpr int32_t kApostrophes = 0xE001;

struct MarkInfo {
  Family family = Family::None;
  bool opens = false;      // may open a quote
  bool closes = false;     // may close a quote
  bool symmetric = false;  // straight " and ', curly ” used both ways
};

MarkInfo mark_info(int32_t cp) {
  switch (cp) {
    case 0x22: return {Family::Double, true, true, true};     // "
    case 0x201C: return {Family::Double, true, true, false};  // “ opens; closes „
    case 0x201D: return {Family::Double, true, true, true};   // ” closes; opens in Swedish style
    case 0x201E: return {Family::Double, true, false, false}; // „
    case 0xAB: return {Family::Double, true, true, false};    // « opens; closes » (Danish)
    case 0xBB: return {Family::Double, true, true, false};    // » closes; opens » ... «
    case 0x2039: return {Family::Double, true, true, false};  // ‹
    case 0x203A: return {Family::Double, true, true, false};  // ›
    case 0x27: return {Family::Single, true, true, true};     // '
    case 0x2018: return {Family::Single, true, true, false};  // ‘ opens; closes ‚
    case 0x2019: return {Family::Single, true, true, true};   // ’ closes; mostly an apostrophe
    case 0x201A: return {Family::Single, true, false, false}; // ‚
    case kBackticks: return {Family::Double, true, false, false};
    case kApostrophes: return {Family::Double, false, true, false};
    default: return {};
  }
}

// The marks that close a quote opened by OPENER.
bool closes_opener(int32_t opener, int32_t closer) {
  switch (opener) {
    case 0x22: return closer == 0x22;
    case 0x201C: return closer == 0x201D || closer == 0x22;
    case 0x201D: return closer == 0x201D;
    case 0x201E: return closer == 0x201C || closer == 0x201D;
    case 0xAB: return closer == 0xBB;
    case 0xBB: return closer == 0xAB;
    case 0x2039: return closer == 0x203A;
    case 0x203A: return closer == 0x2039;
    case 0x27: return closer == 0x27 || closer == 0x2019;
    case 0x2018: return closer == 0x2019 || closer == 0x27;
    case 0x2019: return closer == 0x2019;
    case 0x201A: return closer == 0x2018 || closer == 0x2019;
    case kBackticks: return closer == kApostrophes || closer == 0x22 || closer == 0x201D;
    default: return false;
  }
}

// A mark that reopens a continued quote at the start of the next paragraph.
bool reopens(int32_t opener, int32_t mark) {
  if (opener == 0xAB || opener == 0xBB) return mark == 0xAB || mark == 0xBB;
  if (opener == 0x201E) return mark == 0x201E;
  return mark == opener || (opener == 0x201C && mark == 0x22) || (opener == 0x22 && mark == 0x201C);
}

bool is_space(int32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x2009 || cp == 0x202F; }

bool is_letter_or_digit(int32_t cp) {
  if (cp < 0) return false;
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  // Outside ASCII: everything but punctuation, symbols and spaces counts as a letter here.
  if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation
  if (cp == 0xA0 || cp == 0xAB || cp == 0xBB || cp == 0xB7) return false;
  return true;
}

bool is_digit(int32_t cp) { return cp >= '0' && cp <= '9'; }

// Whether the ASCII word at text[pos] is one written with a leading elision ('Tis, 'cause,
// rock 'n' roll: lib/data/quotes/elisions.txt): the apostrophe before it opens no quote.
bool is_elided_word(std::string_view text, size_t pos) {
  static const std::unordered_set<std::string> kWords = [] {
    std::unordered_set<std::string> w;
    for (auto line : data::lines("quotes/elisions.txt")) w.emplace(line);
    return w;
  }();
  std::string word;
  for (size_t k = pos; k < text.size() && word.size() < 8; ++k) {
    char c = text[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') break;
    word.push_back(c);
  }
  size_t end = pos + word.size();
  if (end < text.size()) {
    unsigned char n = static_cast<unsigned char>(text[end]);
    if ((n >= '0' && n <= '9') || n >= 0x80) return false;  // a longer word than any elision
  }
  return !word.empty() && kWords.count(word) > 0;
}

// Characters after which a symmetric mark is an opening one: "(", "[", dashes, slashes.
bool is_opening_context(int32_t cp) {
  return cp < 0 || is_space(cp) || cp == '(' || cp == '[' || cp == '{' || cp == '/' || cp == '-' || cp == 0x2013 ||
         cp == 0x2014 || cp == ':' || mark_info(cp).family != Family::None;
}

// Quotes nest two or three deep in real text; deeper opening marks are noise.
constexpr size_t kMaxDepth = 6;

struct Open {
  int32_t mark;
  size_t mark_pos;   // byte offset of the mark
  size_t mark_len;
  size_t inner;      // byte offset after the mark
  Family family;
  int depth;
  std::vector<std::pair<size_t, size_t>> reopen;  // byte spans of reopening marks
};

struct Found {
  size_t inner_b, inner_e, outer_b, outer_e;
  int depth;
  bool unbalanced;
  std::vector<std::pair<size_t, size_t>> reopen;
};

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Found>& out, std::vector<size_t>& bad_marks)
      : text_(text), out_(out), bad_(bad_marks) {}

  // Scans [b, e); CARRY is the quote continued from the previous paragraph, if any.
  // Returns the quote this paragraph leaves open for the next one (mark 0 when none).
  Open scan(size_t b, size_t e, Open carry, size_t next_b, size_t next_e) {
    stack_.clear();
    if (carry.mark) stack_.push_back(std::move(carry));
    // Every mark is '"', '\'', '`' or starts with byte 0xC2 (« ») or 0xE2 (U+2018..U+203A):
    // other bytes are skipped without decoding.
    for (size_t i = b; i < e; ++i) {
      i = next_candidate(i, e);
      if (i == e) break;
      unsigned char c = static_cast<unsigned char>(text_[i]);
      if (c != '"' && c != '\'' && c != '`' && c != 0xC2 && c != 0xE2) continue;
      size_t len;
      int32_t cp = utf8::decode(text_, i, len);
      if (c == '`') {
        if (i + 1 >= e || text_[i + 1] != '`') continue;
        cp = kBackticks;
        len = 2;
      } else if (c == '\'' && i + 1 < e && text_[i + 1] == '\'' && backticks_open()) {
        cp = kApostrophes;  // only where `` opened: '' is otherwise two apostrophes
        len = 2;
      }
      MarkInfo m = mark_info(cp);
      if (m.family == Family::None) continue;
      int32_t prev = -1;
      if (i > b) {
        size_t k = i - 1;
        while (k > b && (static_cast<unsigned char>(text_[k]) & 0xC0) == 0x80) --k;
        size_t plen;
        prev = utf8::decode(text_, k, plen);
      }
      size_t nlen = 0;
      int32_t next = i + len < e ? utf8::decode(text_, i + len, nlen) : -1;
      handle(cp, m, i, len, prev, next);
      i += len - 1;
    }
    return finish(b, e, next_b, next_e);
  }

 private:
  // The first byte in [i, e) that may start a mark: eight bytes at a time past words
  // without one (most of the text).
  size_t next_candidate(size_t i, size_t e) const {
    constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
    auto has = [](uint64_t w, unsigned char c) {
      uint64_t x = w ^ (kOnes * c);
      return (x - kOnes) & ~x & kHighs;
    };
    for (; i + 8 <= e; i += 8) {
      uint64_t w;
      std::memcpy(&w, text_.data() + i, 8);
      if (has(w, '"') | has(w, '\'') | has(w, '`') | has(w, 0xC2) | has(w, 0xE2)) break;
    }
    while (i < e) {
      unsigned char c = static_cast<unsigned char>(text_[i]);
      if (c == '"' || c == '\'' || c == '`' || c == 0xC2 || c == 0xE2) break;
      ++i;
    }
    return i;
  }

  bool backticks_open() const {
    return std::any_of(stack_.begin(), stack_.end(), [](const Open& o) { return o.mark == kBackticks; });
  }

  void handle(int32_t cp, const MarkInfo& m, size_t pos, size_t len, int32_t prev, int32_t next) {
    bool letter_before = is_letter_or_digit(prev);
    bool letter_after = is_letter_or_digit(next);
    if (m.family == Family::Single && letter_before && letter_after) return;  // don't, Russia's
    // Close the innermost open quote this mark can close. A single mark may only close the
    // innermost quote; a double mark closes through unclosed single ones (apostrophes).
    // A straight double mark never opens a second straight quote inside one: it closes.
    bool straight_open = cp == 0x22 && std::any_of(stack_.begin(), stack_.end(), [](const Open& o) { return o.mark == 0x22; });
    if (m.closes && (straight_open || !(is_space(prev) && !is_space(next) && next >= 0 && m.symmetric))) {
      for (size_t k = stack_.size(); k-- > 0;) {
        if (closes_opener(stack_[k].mark, cp)) {
          close_at(k, pos, len);
          return;
        }
        if (m.family == Family::Single) break;
      }
    }
    // Straight and reversible marks open only before a word; typographic openers may be
    // followed by a (thin) space, as French « guillemets » are.
    if (m.opens && next >= 0 && (!is_space(next) || !m.symmetric)) {
      bool opening_context = is_opening_context(prev);
      if (m.family == Family::Single) {
        // A single mark opens only after a space or bracket and before a letter that is not
        // a digit ('90s); an unpaired one is later dropped as an apostrophe.
        if (!opening_context || !letter_after || is_digit(next)) return;
        if (is_elided_word(text_, pos + len)) return;
        if (cp == 0x2019 && !is_space(prev) && prev >= 0) return;
      } else if (m.symmetric && !opening_context) {
        if (cp == 0x22 && is_digit(prev)) return;  // 5'6" inch mark
        if (letter_before) { bad_.push_back(pos); return; }  // stray closing mark
      }
      if (m.closes && !m.symmetric && !is_opening_context(prev) && cp != 0x201C && cp != 0xAB && cp != 0x2039) {
        bad_.push_back(pos);
        return;
      }
      if (stack_.size() >= kMaxDepth) {
        if (m.family == Family::Double) bad_.push_back(pos);
        return;
      }
      int depth = static_cast<int>(stack_.size());
      stack_.push_back(Open{cp, pos, len, pos + len, m.family, depth, {}});
      return;
    }
    if (m.family == Family::Double && m.closes) bad_.push_back(pos);  // closing mark with nothing open
  }

  // Closes stack_[k] at the mark at POS; unclosed double quotes above it end there too.
  void close_at(size_t k, size_t pos, size_t len) {
    for (size_t j = stack_.size(); j-- > k + 1;) {
      if (stack_[j].family == Family::Double) {
        bad_.push_back(stack_[j].mark_pos);
        emit(stack_[j], pos, pos, true);
      }
    }
    emit(stack_[k], pos, pos + len, false);
    stack_.resize(k);
  }

  void emit(const Open& o, size_t inner_end, size_t outer_end, bool unbalanced) {
    size_t ie = std::max(o.inner, inner_end);
    size_t ib = o.inner;
    // The words inside the marks, without the spaces French typography puts there.
    while (ib < ie) {
      size_t len;
      if (!is_space(utf8::decode(text_, ib, len))) break;
      ib += len;
    }
    while (ie > ib) {
      size_t k = ie - 1;
      while (k > ib && (static_cast<unsigned char>(text_[k]) & 0xC0) == 0x80) --k;
      size_t len;
      if (!is_space(utf8::decode(text_, k, len))) break;
      ie = k;
    }
    out_.push_back(Found{ib, ie, o.mark_pos, std::max(ie, outer_end), o.depth, unbalanced, o.reopen});
  }

  Open finish(size_t b, size_t e, size_t next_b, size_t next_e) {
    (void)b;
    size_t end = e;
    while (end > 0 && (text_[end - 1] == ' ' || text_[end - 1] == '\n' || text_[end - 1] == '\t')) --end;
    Open carry{};
    carry.mark = 0;
    for (size_t k = 0; k < stack_.size(); ++k) {
      Open& o = stack_[k];
      if (o.family == Family::Single) continue;  // an unpaired single mark is an apostrophe
      if (k == 0 && next_b < next_e) {
        size_t len;
        int32_t first = utf8::decode(text_, next_b, len);
        if (reopens(o.mark, first)) {
          // Continued quote: only the outermost one crosses the paragraph break.
          o.reopen.push_back({next_b, next_b + len});
          carry = std::move(o);
          carry.depth = 0;
          continue;
        }
      }
      bad_.push_back(o.mark_pos);
      emit(o, end, end, true);
    }
    stack_.clear();
    return carry;
  }

  std::string_view text_;
  std::vector<Found>& out_;
  std::vector<size_t>& bad_;
  std::vector<Open> stack_;
};

}  // namespace

std::vector<ScannedQuote> scan_quotes(std::string_view text, const std::vector<Span>& paragraphs,
                                      std::vector<Warning>* warnings) {
  return scan_quotes(text, utf8::OffsetMap(text), paragraphs, warnings);
}

std::vector<ScannedQuote> scan_quotes(std::string_view text, const utf8::OffsetMap& map,
                                      const std::vector<Span>& paragraphs, std::vector<Warning>* warnings) {
  std::vector<std::pair<size_t, size_t>> paras;
  if (paragraphs.empty()) {
    paras.push_back({0, text.size()});
  } else {
    for (const Span& p : paragraphs) {
      size_t pb = map.to_byte(static_cast<size_t>(std::max<int64_t>(0, p.start)));
      size_t pe = map.to_byte(static_cast<size_t>(std::max<int64_t>(0, p.end)));
      if (pe > pb) paras.push_back({pb, pe});
    }
  }
  std::vector<Found> found;
  std::vector<size_t> bad;
  Scanner scanner(text, found, bad);
  Open carry{};
  carry.mark = 0;
  for (size_t k = 0; k < paras.size(); ++k) {
    auto [pb, pe] = paras[k];
    size_t nb = 0, ne = 0;
    if (k + 1 < paras.size()) std::tie(nb, ne) = paras[k + 1];
    size_t start = pb;
    if (carry.mark && !carry.reopen.empty()) start = carry.reopen.back().second;
    carry = scanner.scan(start, pe, std::move(carry), nb, ne);
  }
  std::vector<ScannedQuote> out;
  out.reserve(found.size());
  auto cp = [&](size_t byte) { return static_cast<int64_t>(map.to_cp(byte)); };
  for (const Found& f : found) {
    ScannedQuote q;
    q.inner = Span{cp(f.inner_b), cp(f.inner_e)};
    q.outer = Span{cp(f.outer_b), cp(f.outer_e)};
    q.depth = f.depth;
    q.unbalanced = f.unbalanced;
    for (auto [rb, re] : f.reopen) q.reopen.push_back(Span{cp(rb), cp(re)});
    out.push_back(std::move(q));
  }
  std::sort(out.begin(), out.end(), [](const ScannedQuote& a, const ScannedQuote& b) {
    return a.inner.start != b.inner.start ? a.inner.start < b.inner.start : a.inner.end > b.inner.end;
  });
  if (warnings) {
    std::sort(bad.begin(), bad.end());
    bad.erase(std::unique(bad.begin(), bad.end()), bad.end());
    // Which stray marks opened a quote left unbalanced: one sorted list and a binary search
    // per mark, not a pass over every quote per mark (that was quadratic on a paragraph of
    // mixed marks).
    std::vector<size_t> unbalanced_openings;
    for (const Found& f : found)
      if (f.unbalanced) unbalanced_openings.push_back(f.outer_b);
    std::sort(unbalanced_openings.begin(), unbalanced_openings.end());
    for (size_t b : bad) {
      bool opening = std::binary_search(unbalanced_openings.begin(), unbalanced_openings.end(), b);
      Warning w;
      w.code = "unbalanced-quote";
      w.message = opening ? "opening quote mark without a closing one; the quote ends at the paragraph end"
                          : "closing quote mark without an opening one; ignored";
      w.at = cp(b);
      warnings->push_back(std::move(w));
    }
  }
  return out;
}

}  // namespace dossier
