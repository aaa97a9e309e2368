// Runs of short lines between paragraphs (a heading, a list, a table, a menu), described as
// one unit for the second pass (stack.cc): a line of a list is judged with the list it is in.
// What the unit's words are (capitals, actions and dates) took the held-out folds of the
// training pages (5 / 4 / 8 folds) from 0.9086 / 0.9118 / 0.9078 to 0.9107 / 0.9121 / 0.9102.
//
// Tried and dropped, as features of every line of a unit with the line's own score: the
// unit's length in lines with its mean words per line; the share of its lines ending a
// sentence with the share marked as a list's items (a bullet, a number of a count, the
// first word of the line beside it); the paragraphs before and after it (the page's edge,
// kept, removed) with where it stands against the first pass's article body; the first
// pass's kept share of its lines with its length; a heading or a line ending in a colon
// opening it; the share of its lines the page repeats. All six together took the held-out
// folds of the training pages (5) from 0.9086 to 0.9080; the frame crossed with the length
// and the marked share, 0.9087; that with the kept share crossed with length and frame,
// 0.9084; with the words' feature (stack.cc), 0.9096 where the words' feature alone gave 0.9107.
// The second pass sees most of that already (the runs of lines as long as the line, the
// nearest kept paragraphs, the numbered lists); what it did not see is what a unit's words
// are.
#include "internal.h"

namespace dossier::boilerplate {

namespace {

// A share of N in thirds: none, under a half, a half or more.
int thirds(size_t k, size_t n) { return k == 0 ? 0 : k * 2 < n ? 1 : 2; }

// Whether the line just outside a unit, J, is a paragraph the first pass keeps.
bool kept_edge(const std::vector<double>& first, size_t j) { return j < first.size() && first[j] > 0; }

ShortUnit describe(const PageFeatures& page, const std::vector<double>& first, size_t from, size_t to) {
  size_t words = 0, capitals = 0, chrome = 0;
  for (size_t i = from; i <= to; ++i) {
    const LineShape& s = page.shapes[i];
    words += s.words;
    capitals += s.caps_words;
    chrome += s.action_words > 0 || s.calendar_words > 0 ? 1 : 0;
  }
  ShortUnit u;
  u.first = from;
  u.last = to;
  u.capitals = thirds(capitals, words);
  u.chrome_lines = thirds(chrome, to - from + 1);
  u.between_kept = from > 0 && kept_edge(first, from - 1) && kept_edge(first, to + 1);
  return u;
}

}  // namespace

ShortUnits short_units(const PageFeatures& page, const std::vector<double>& first) {
  const size_t n = first.size();
  ShortUnits out;
  out.of.assign(n, kNone);
  for (size_t i = 0; i < n;) {
    if (prose_line(page.shapes[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j + 1 < n && !prose_line(page.shapes[j + 1])) ++j;
    for (size_t k = i; k <= j; ++k) out.of[k] = out.units.size();
    out.units.push_back(describe(page, first, i, j));
    i = j + 1;
  }
  return out;
}

}  // namespace dossier::boilerplate
