// Where the prose and the tables of a page are: paragraph-like lines, counted in windows
// around a line for the content model and found nearest a line among those the first pass
// keeps for the second, and runs of short lines with figures in them. Menus, footers and link lists hold few prose lines; the sections of an article
// (the items of a review or a listing, a recipe's steps) hold them all the way down,
// however far from the densest run.
#include <algorithm>

#include "internal.h"

namespace dossier::boilerplate {

namespace {

// A count of prose lines in a window: none, one, two, three or four, five to seven, more.
int count_bucket(size_t c) { return c <= 2 ? static_cast<int>(c) : c <= 4 ? 3 : c <= 7 ? 4 : 5; }

// A figure: a number ("26.4", "-0.8%"), or a short line mostly of digits with a unit run
// into them ("275g", "12km"); not a date nor a time.
bool figure(const LineShape& s) {
  if (s.calendar_words > 0 || s.clock) return false;
  return s.number_words > 0 || (s.words <= 2 && s.digits > 0 && s.digits >= s.letters);
}

// Marks the tables inside the run of short blocks [FIRST, LAST): stretches where a figure
// comes back at least every third line (a column of figures, one cell a row), from two
// lines before the first figure (the row's label, the column headers) to the last. A page often renders its menus and a table as one run of short lines, in which
// the figures are too few overall.
void figure_stretches(const std::vector<LineShape>& shapes, size_t first, size_t last, std::vector<bool>& out) {
  size_t k = first;
  while (k < last) {
    while (k < last && !figure(shapes[k])) ++k;
    if (k == last) break;
    const size_t start = k;
    size_t end = k, count = 1;
    for (size_t m = k + 1; m < last && m - end <= 3; ++m)
      if (figure(shapes[m])) {
        end = m;
        ++count;
      }
    const size_t from = start >= first + 2 ? start - 2 : first, to = end + 1;
    if (count >= 3 && to - from >= 6)
      for (size_t m = from; m < to; ++m) out[m] = true;
    k = end + 1;
  }
}

}  // namespace

bool prose_line(const LineShape& s) { return s.words >= 8 && s.terminal && s.stop_words * 8 >= s.words; }

ProseWindows::ProseWindows(const std::vector<LineShape>& shapes) : prose_(shapes.size() + 1, 0) {
  for (size_t i = 0; i < shapes.size(); ++i) prose_[i + 1] = prose_[i] + (prose_line(shapes[i]) ? 1 : 0);
}

int ProseWindows::after(size_t i) const {
  const size_t n = prose_.size() - 1;
  // The next ten lines by count (a page's end nearer than that is a value of its own: a
  // share of the few lines left says little).
  const size_t count = prose_[std::min(n, i + 11)] - prose_[i + 1];
  return i + 11 <= n ? count_bucket(count) : 6 + (count > 0 ? 1 : 0);
}

int ProseWindows::around(size_t i) const {
  // The share in steps of a fifth (6: no block there), so that a short text is not read as
  // one without prose.
  const size_t n = prose_.size() - 1;
  const size_t to = std::min(i + 31, n), from = std::min(i >= 30 ? i - 30 : 0, to);
  if (from == to) return 6;
  return std::min(5, static_cast<int>((prose_[to] - prose_[from]) * 5 / (to - from)));
}

void nearest_kept_prose(const std::vector<LineShape>& shapes, const std::vector<double>& first,
                        std::vector<size_t>& prev, std::vector<size_t>& next) {
  const size_t n = first.size();
  prev.assign(n, kNone);
  next.assign(n, kNone);
  for (size_t i = 1; i < n; ++i) prev[i] = first[i - 1] > 0 && prose_line(shapes[i - 1]) ? i - 1 : prev[i - 1];
  for (size_t i = n; i-- > 1;) next[i - 1] = first[i] > 0 && prose_line(shapes[i]) ? i : next[i];
}

// Blocks inside a table: a run of at least six short blocks, a third of them or more bare
// figures (cells like "$1,500" or "-0.8%"), or a stretch of such a run with a figure at
// least every third line. Data tables are article content on many pages; their cells are
// short lines, like menus, but menus hold no figures.
std::vector<bool> table_cells(const std::vector<LineShape>& shapes) {
  const size_t n = shapes.size();
  std::vector<bool> out(n, false);
  for (size_t i = 0; i < n;) {
    size_t j = i, figures = 0;
    while (j < n && shapes[j].words > 0 && shapes[j].words <= 6) {
      figures += figure(shapes[j]);
      ++j;
    }
    if (j - i >= 6 && figures * 3 >= j - i) {
      for (size_t k = i; k < j; ++k) out[k] = true;
    } else if (j - i >= 6) {
      figure_stretches(shapes, i, j, out);
    }
    i = j == i ? i + 1 : j;
  }
  return out;
}

}  // namespace dossier::boilerplate
