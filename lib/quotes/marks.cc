// Quote marks for the scanner: leading elisions and the look-ahead at a paragraph's next
// double mark (marks.h).
#include "marks.h"

#include <string>
#include <unordered_set>

#include "dossier/data.h"
#include "dossier/utf8.h"

namespace dossier::quote_marks {

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
    bool apostrophe = text.compare(end, 3, "\xE2\x80\x99") == 0;  // rock ’n’ roll
    if ((n >= '0' && n <= '9') || (n >= 0x80 && !apostrophe)) return false;  // a longer word than any elision
  }
  return !word.empty() && kWords.count(word) > 0;
}

NextDouble::Shape NextDouble::find(size_t from) {
  from_ = from;
  shape_ = Shape::None;
  for (size_t i = from; i < end_; ++i) {
    i = next_candidate(text_, i, end_);
    if (i == end_) break;
    size_t len;
    int32_t cp = utf8::decode(text_, i, len);
    if (cp != 0x22 && cp != 0x201C && cp != 0x201D) continue;
    int32_t prev = -1;
    if (i > 0) {
      size_t k = i - 1;
      while (k > 0 && (static_cast<unsigned char>(text_[k]) & 0xC0) == 0x80) --k;
      size_t plen;
      prev = utf8::decode(text_, k, plen);
    }
    if (cp == 0x22 && is_digit(prev)) continue;  // 13" inch mark
    size_t nlen;
    int32_t next = i + len < end_ ? utf8::decode(text_, i + len, nlen) : -1;
    pos_ = i;
    // Strictly opening: after a space or bracket (a mark before it may close a quote) and
    // before a word or mark, not a sentence mark.
    bool after_gap = mark_info(prev).family == Family::None && is_opening_context(prev);
    bool before_word = next >= 0 && !is_space(next) && next != '.' && next != ',' && next != ';' && next != '!' &&
                       next != '?' && next != ')';
    shape_ = after_gap && before_word ? Shape::Opening : Shape::Closing;
    return shape_;
  }
  pos_ = end_;
  return shape_;
}

}  // namespace dossier::quote_marks
