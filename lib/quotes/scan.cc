// The quote-mark scanner of quotes.h: pairs marks paragraph by paragraph with a stack.
// Tested by quotes_test.cc ("scan_quotes ...") and fuzzed by fuzz/quotes_fuzz.cc.
#include <algorithm>
#include <cstdint>
#include <string>

#include "dossier/quotes.h"
#include "dossier/utf8.h"
#include "marks.h"

namespace dossier {

namespace {

using namespace quote_marks;
using Shape = NextDouble::Shape;

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

struct MarkedSpan {
  size_t inner_b, inner_e, outer_b, outer_e;
  int depth;
  bool unbalanced;
  std::vector<std::pair<size_t, size_t>> reopen;
};

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<MarkedSpan>& out, std::vector<size_t>& bad_marks)
      : text_(text), out_(out), bad_(bad_marks), ahead_(text) {}

  // Scans [b, e); CARRY is the quote continued from the previous paragraph, if any.
  // Returns the quote this paragraph leaves open for the next one (mark 0 when none).
  Open scan(size_t b, size_t e, Open carry, size_t next_b, size_t next_e) {
    stack_.clear();
    end_ = e;
    ahead_.reset(e);
    ambiguous_close_ = false;
    if (carry.mark) stack_.push_back(std::move(carry));
    // Every mark is '"', '\'', '`' or starts with byte 0xC2 (« ») or 0xE2 (U+2018..U+203A):
    // other bytes are skipped without decoding.
    for (size_t i = b; i < e; ++i) {
      i = next_candidate(text_, i, e);
      if (i == e) break;
      unsigned char c = static_cast<unsigned char>(text_[i]);
      if (c != '"' && c != '\'' && c != '`' && c != 0xC2 && c != 0xE2) continue;
      // An apostrophe between two letters (don't, Russia's, Russia’s), the most frequent
      // mark of English text, is no quote mark: skipped before any decoding (handle would
      // return at once).
      if (i > b && is_ascii_letter(text_[i - 1])) {
        if (c == '\'' && i + 1 < e && is_ascii_letter(text_[i + 1])) continue;
        if (c == 0xE2 && i + 3 < e && text_[i + 1] == '\x80' && text_[i + 2] == '\x99' && is_ascii_letter(text_[i + 3])) {
          i += 2;
          continue;
        }
      }
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
  // The mark at POS ends a one-letter elision opened by an apostrophe after a space ("rock
  // 'n' roll"): both marks are the word's, neither closes a quote.
  bool closes_elision(size_t pos) const {
    if (pos < 3 || text_[pos - 1] != 'n') return false;
    size_t k = pos - 1;  // the 'n'
    size_t open;
    if (text_[k - 1] == '\'') open = k - 1;
    else if (k >= 4 && text_.compare(k - 3, 3, "\xE2\x80\x98") == 0) open = k - 3;
    else if (k >= 4 && text_.compare(k - 3, 3, "\xE2\x80\x99") == 0) open = k - 3;
    else return false;
    return open > 0 && text_[open - 1] == ' ';
  }

  bool backticks_open() const {
    return std::any_of(stack_.begin(), stack_.end(), [](const Open& o) { return o.mark == kBackticks; });
  }

  void handle(int32_t cp, const MarkInfo& m, size_t pos, size_t len, int32_t prev, int32_t next) {
    bool letter_before = is_letter_or_digit(prev);
    bool letter_after = is_letter_or_digit(next);
    if (m.family == Family::Single && letter_before && letter_after) return;  // don't, Russia's
    if (m.family == Family::Single && closes_elision(pos)) return;            // rock 'n' roll
    // An apostrophe after a space before an elided word (rock ’n’ roll) closes nothing.
    if (m.family == Family::Single && is_space(prev) && is_elided_word(text_, pos + len)) return;
    // Close the innermost open quote this mark can close. A single mark may only close the
    // innermost quote; a double mark closes through unclosed single ones (apostrophes).
    // A straight double mark never opens a second straight quote inside one: it closes.
    bool straight_open = cp == 0x22 && std::any_of(stack_.begin(), stack_.end(), [](const Open& o) { return o.mark == 0x22; });
    if (m.closes && (straight_open || !(is_space(prev) && !is_space(next) && next >= 0 && m.symmetric))) {
      for (size_t k = stack_.size(); k-- > 0;) {
        if (closes_opener(stack_[k].mark, cp)) {
          // `[see "Part B] and "notes"`: a mark before a word cannot close a quote whose
          // bracket closed first; that quote ended there, and this mark opens the next.
          size_t bracket = cp == 0x22 && k + 1 == stack_.size() && is_opening_context(prev) && letter_after
                               ? unmatched_bracket(stack_[k].inner, pos)
                               : std::string::npos;
          if (bracket == std::string::npos) {
            // `"a "b" c"` nests straight marks: the mark after "b" is then no stray opener.
            ambiguous_close_ = cp == 0x22 && is_opening_context(prev) && letter_after;
            close_at(k, pos, len);
            return;
          }
          bad_.push_back(stack_[k].mark_pos);
          emit(stack_[k], bracket, bracket, true);
          stack_.pop_back();
          break;
        }
        if (m.family == Family::Single) break;
      }
    }
    if (closes_mismatched(cp, m, pos, len, prev, letter_after)) return;
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
        if (letter_before && !glued_opening(pos, len, next)) { bad_.push_back(pos); return; }  // stray closing mark
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
    // `motto was" always on time"`, `answered," We close"`: a stray straight mark followed by a closing
    // one is an opening mark with its space on the wrong side (a typographic ” after a word
    // says it closes).
    if (cp == 0x22 && !double_open() && next >= 0 && !is_digit(prev) &&
        !ambiguous_close_ && stack_.size() < kMaxDepth && ahead_.at(pos + len) == Shape::Closing) {
      stack_.push_back(Open{cp, pos, len, pos + len, m.family, static_cast<int>(stack_.size()), {}});
      return;
    }
    if (m.family == Family::Double && m.closes) bad_.push_back(pos);  // closing mark with nothing open
  }

  // Whether the last character before the space before POS is a comma or colon.
  bool introduced(size_t pos) const {
    while (pos > 0 && text_[pos - 1] == ' ') --pos;
    return pos > 0 && (text_[pos - 1] == ',' || text_[pos - 1] == ':');
  }

  // Whether text [b, e) ends with a sentence mark.
  bool ends_sentence(size_t b, size_t e) const {
    return e > b && (text_[e - 1] == '.' || text_[e - 1] == '?' || text_[e - 1] == '!');
  }

  // The first ")" or "]" in [b, e) that closes a bracket opened before B, or npos.
  size_t unmatched_bracket(size_t b, size_t e) const {
    int depth = 0;
    for (size_t i = b; i < e; ++i) {
      char c = text_[i];
      if (c == '(' || c == '[') ++depth;
      if (c == ')' || c == ']') {
        if (depth == 0) return i;
        --depth;
      }
    }
    return std::string::npos;
  }

  // `read"[...] no trains run`: a mark glued to the word before that opens an
  // elision or a bracket, with nothing open and no double mark after it in the paragraph,
  // is an opening mark missing its space (a closing one is followed by a space or a
  // sentence mark, not by "..." or "[").
  bool glued_opening(size_t pos, size_t len, int32_t next) {
    if (double_open()) return false;
    bool elision = next == '[' || next == 0x2026 ||
                   (next == '.' && pos + len + 1 < end_ && text_[pos + len + 1] == '.');
    return elision && ahead_.at(pos + len) == Shape::None;
  }

  bool double_open() const {
    return std::any_of(stack_.begin(), stack_.end(), [](const Open& o) { return o.family == Family::Double; });
  }

  // Marks of the other family closing a quote, as hasty typing leaves them: `"old notes'.`
  // or `'Thank you."`. A closing-shaped single mark (after a word, before no letter)
  // closes the innermost double quote when the paragraph's next double mark opens a new
  // quote or there is none (else it is a plural possessive: "the players' union is
  // strong,"); a closing-shaped double mark with no double quote open closes the innermost
  // single one.
  bool closes_mismatched(int32_t cp, const MarkInfo& m, size_t pos, size_t len, int32_t prev, bool letter_after) {
    if (stack_.empty() || !m.closes || prev < 0 || is_space(prev) || is_digit(prev) || letter_after) return false;
    if (is_opening_context(prev)) return false;
    const Open& top = stack_.back();
    if (m.family == Family::Single && (cp == 0x27 || cp == 0x2019) && top.family == Family::Double &&
        ahead_.at(pos + len) != Shape::Closing) {
      close_at(stack_.size() - 1, pos, len);
      return true;
    }
    if (m.family == Family::Double && top.family == Family::Single && (top.mark == 0x27 || top.mark == 0x2018) &&
        !double_open()) {
      close_at(stack_.size() - 1, pos, len);
      return true;
    }
    return false;
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
    out_.push_back(MarkedSpan{ib, ie, o.mark_pos, std::max(ie, outer_end), o.depth, unbalanced, o.reopen});
  }

  Open finish(size_t b, size_t e, size_t next_b, size_t next_e) {
    (void)b;
    size_t end = e;
    while (end > 0 && (text_[end - 1] == ' ' || text_[end - 1] == '\n' || text_[end - 1] == '\t')) --end;
    Open carry{};
    carry.mark = 0;
    for (size_t k = 0; k < stack_.size(); ++k) {
      Open& o = stack_[k];
      // An unpaired single mark is an apostrophe, but for a left one (‘) after a comma or
      // colon whose words end a sentence: `I asked, ‘Why not?` left unclosed.
      if (o.family == Family::Single && !(o.mark == 0x2018 && introduced(o.mark_pos) && ends_sentence(o.inner, end)))
        continue;
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
  std::vector<MarkedSpan>& out_;
  std::vector<size_t>& bad_;
  std::vector<Open> stack_;
  size_t end_ = 0;  // end of the paragraph being scanned
  NextDouble ahead_;
  bool ambiguous_close_ = false;  // a straight quote of the paragraph was closed by a mark before a word
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
  std::vector<MarkedSpan> found;
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
  for (const MarkedSpan& f : found) {
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
    for (const MarkedSpan& f : found)
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
