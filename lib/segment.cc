#include "dossier/segment.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "dossier/data.h"
#include "dossier/document.h"
#include "dossier/utf8.h"

namespace dossier {

namespace {

enum class AbbrevKind { Title, Number, Lower };

struct Abbreviations {
  std::unordered_map<std::string, AbbrevKind> kinds;
  // The longest abbreviation without a space: the word before a period never holds one,
  // and a longer word (most words that end a sentence) needs no lookup, which built a
  // string and hashed it for every period before a capital.
  size_t longest = 0;
};

const Abbreviations& abbreviations() {
  static const auto table = [] {
    Abbreviations t;
    for (auto line : data::lines("segment/abbreviations.tsv")) {
      auto tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      auto kind = line.substr(tab + 1);
      const std::string_view word = line.substr(0, tab);
      t.kinds.emplace(std::string(word), kind == "title"    ? AbbrevKind::Title
                                         : kind == "number" ? AbbrevKind::Number
                                                            : AbbrevKind::Lower);
      if (word.find(' ') == std::string_view::npos) t.longest = std::max(t.longest, word.size());
    }
    return t;
  }();
  return table;
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Closing marks that may follow a sentence terminator and belong to the sentence.
size_t closing_mark_len(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (static_cast<unsigned char>(c) < 0x80) return 0;  // the marks below open with a byte outside ASCII
  for (std::string_view m : {"\u201D", "\u2019", "\u00BB", "\u203A"})
    if (s.substr(i, m.size()) == m) return m.size();
  return 0;
}

// Is the code point at s[i] lower case (any script)?
bool starts_lower(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  if (static_cast<unsigned char>(s[i]) < 0x80) return is_lower_ascii(s[i]);
  size_t len;
  int32_t cp = utf8::decode(s, i, len);
  // Latin-1 supplement and Latin Extended lower-case letters, Cyrillic and Greek lower case.
  return (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || (cp >= 0x430 && cp <= 0x45F) || (cp >= 0x3B1 && cp <= 0x3C9);
}

// The word that ends right before the '.' at DOT (letters and inner periods).
std::string_view word_before(std::string_view s, size_t dot) {
  size_t b = dot;
  while (b > 0) {
    char c = s[b - 1];
    if (c == ' ' || c == '(' || c == '"' || c == '\'' || c == '[' || c == '/') break;
    if (static_cast<unsigned char>(c) >= 0x80) {
      // stop at typographic quotes and dashes (multi-byte punctuation): U+201C, U+2018,
      // U+2014 and U+2013 are E2 80 followed by 9C, 98, 94 or 93 (bytes compared directly:
      // this runs for every non-ASCII byte of a word before a period)
      if (b >= 3 && s[b - 3] == '\xE2' && s[b - 2] == '\x80' &&
          (c == '\x9C' || c == '\x98' || c == '\x94' || c == '\x93'))
        break;
    }
    --b;
  }
  return s.substr(b, dot - b);
}

bool period_ends_sentence(std::string_view s, size_t dot, size_t next) {
  std::string_view w = word_before(s, dot);
  if (w.empty()) return true;
  // Initials: a single capital letter ("F.") before a capitalized name.
  if (w.size() == 1 && is_upper_ascii(w[0])) return false;
  // Dotted acronyms such as U.S., U.N., E.U.: they run on into names ("U.S. Vice President").
  if (w.find('.') != std::string_view::npos) {
    bool dotted = true;
    for (size_t k = 0; k < w.size(); ++k)
      if (!(w[k] == '.' || ((is_upper_ascii(w[k]) || is_lower_ascii(w[k])) && (k + 1 == w.size() || w[k + 1] == '.'))))
        dotted = false;
    if (dotted) return false;
  }
  const Abbreviations& abbrevs = abbreviations();
  if (w.size() > abbrevs.longest) return true;
  auto it = abbrevs.kinds.find(std::string(w));
  if (it != abbrevs.kinds.end()) {
    switch (it->second) {
      case AbbrevKind::Title:
      case AbbrevKind::Lower:
        return false;
      case AbbrevKind::Number:
        return !(next < s.size() && is_digit(s[next]));
    }
  }
  return true;
}

// The first I at or after FROM where P[I] may begin a terminator: '.', '?', '!' or the
// lead byte of U+2026 (0xE2), or P.size(). Sentences are long and terminators sparse, so
// the scan compares 16 bytes a step where SSE2 is there.
size_t next_terminator_candidate(std::string_view p, size_t from) {
  const size_t n = p.size();
  size_t i = from;
#if defined(__SSE2__)
  const __m128i dot = _mm_set1_epi8('.'), question = _mm_set1_epi8('?'), bang = _mm_set1_epi8('!'),
                e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p.data() + i));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, question)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, bang), _mm_cmpeq_epi8(v, e2)));
    int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  for (; i < n; ++i) {
    char c = p[i];
    if (c == '.' || c == '?' || c == '!' || c == '\xE2') return i;
  }
  return n;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> split_sentences(std::string_view p) {
  std::vector<std::pair<size_t, size_t>> out;
  split_sentences(p, out);
  return out;
}

void split_sentences(std::string_view p, std::vector<std::pair<size_t, size_t>>& out) {
  out.clear();
  size_t start = 0;
  while (start < p.size() && p[start] == ' ') ++start;
  size_t i = start;
  while (i < p.size()) {
    i = next_terminator_candidate(p, i);
    if (i >= p.size()) break;
    size_t term_end = 0;  // one past the terminator
    bool is_period = false, is_ellipsis = false;
    char c = p[i];
    if (c == '.') {
      if (p.substr(i, 3) == "...") {
        term_end = i + 3;
        is_ellipsis = true;
      } else {
        term_end = i + 1;
        is_period = true;
      }
    } else if (c == '?' || c == '!') {
      term_end = i + 1;
    } else if (p.substr(i, 3) == "\u2026") {
      term_end = i + 3;
      is_ellipsis = true;
    }
    if (term_end == 0) {
      ++i;
      continue;
    }
    size_t e = term_end;
    while (e < p.size() && (p[e] == '?' || p[e] == '!' || p[e] == '.')) ++e;
    while (size_t m = closing_mark_len(p, e)) e += m;
    if (e >= p.size() || p[e] != ' ') {
      i = term_end;
      continue;
    }
    size_t next = e;
    while (next < p.size() && p[next] == ' ') ++next;
    if (next >= p.size()) break;
    bool split = !starts_lower(p, next);
    if (split && is_period && e == term_end) split = period_ends_sentence(p, i, next);
    if (split && is_ellipsis && starts_lower(p, next)) split = false;
    if (split) {
      out.emplace_back(start, e);
      start = next;
    }
    i = next;
  }
  size_t end = p.size();
  while (end > start && p[end - 1] == ' ') --end;
  if (end > start) out.emplace_back(start, end);
}

void append_segments(Document& doc, const std::vector<std::pair<size_t, size_t>>& paras) {
  // The byte offsets come in increasing order when each paragraph's end is taken after its
  // sentences, so one forward count over the text converts them all; an OffsetMap (an index
  // over the whole text, then a search per offset) was a tenth of ingest's time.
  const std::string_view text = doc.text;
  utf8::Cursor cursor(text);
  auto cp = [&](size_t byte) { return static_cast<int64_t>(cursor.to_cp(byte)); };
  // One vector of sentence offsets serves every paragraph (a fresh one per paragraph grew
  // by reallocation, a few mallocs each).
  std::vector<std::pair<size_t, size_t>> sentences;
  std::string flat;  // a paragraph of several lines with its line breaks as spaces
  doc.paragraphs.reserve(doc.paragraphs.size() + paras.size());
  for (const auto& [b, e] : paras) {
    const int64_t first = cp(b);
    std::string_view para = text.substr(b, e - b);
    // Two scans for one byte each: find_first_of("\r\n") searched the two-byte set once
    // for every byte of the paragraph.
    if (para.find('\n') != std::string_view::npos || para.find('\r') != std::string_view::npos) {
      flat.assign(para);
      for (char& c : flat)
        if (c == '\n' || c == '\r') c = ' ';
      para = flat;
    }
    split_sentences(para, sentences);
    for (const auto& [s, t] : sentences) {
      const int64_t start = cp(b + s);
      doc.sentences.push_back(Span{start, cp(b + t)});
    }
    doc.paragraphs.push_back(Span{first, cp(e)});
  }
}

namespace {

// A line of TEXT: [begin, end) without its line break; blank when only spaces.
struct TextLine {
  size_t begin, end;
  bool blank;
};

std::vector<TextLine> text_lines(std::string_view text) {
  std::vector<TextLine> lines;
  size_t at = 0;
  while (at <= text.size()) {
    size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    size_t e = nl;
    if (e > at && text[e - 1] == '\r') --e;
    bool blank = true;
    for (size_t k = at; k < e && blank; ++k) blank = text[k] == ' ' || text[k] == '\t';
    lines.push_back({at, e, blank});
    at = nl + 1;
  }
  return lines;
}

}  // namespace

bool add_missing_segments(Document& doc) {
  if (doc.text.empty() || !doc.paragraphs.empty() || !doc.sentences.empty()) return false;
  const std::string_view text = doc.text;
  const std::vector<TextLine> lines = text_lines(text);
  // Paragraphs as byte spans, in text order.
  std::vector<std::pair<size_t, size_t>> paras;
  for (size_t i = 0; i < lines.size();) {
    if (lines[i].blank) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < lines.size() && !lines[j].blank) ++j;
    const bool wrapped = hard_wrapped(j - i, [&](size_t k) {
      return text.substr(lines[i + k].begin, lines[i + k].end - lines[i + k].begin);
    });
    if (wrapped) {
      paras.emplace_back(lines[i].begin, lines[j - 1].end);
    } else {
      for (size_t k = i; k < j; ++k) paras.emplace_back(lines[k].begin, lines[k].end);
    }
    i = j;
  }
  std::vector<std::pair<size_t, size_t>> trimmed;
  trimmed.reserve(paras.size());
  for (auto [b, e] : paras) {
    while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (e > b) trimmed.emplace_back(b, e);
  }
  append_segments(doc, trimmed);
  return !doc.paragraphs.empty();
}

}  // namespace dossier
