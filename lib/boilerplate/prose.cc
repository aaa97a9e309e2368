// Where the prose of a page is: paragraph-like lines, counted in windows around a line for
// the content model and found nearest a line among those the first pass keeps for the
// second. Menus, footers and link lists hold few prose lines; the sections of an article
// (the items of a review or a listing, a recipe's steps) hold them all the way down,
// however far from the densest run.
#include <algorithm>

#include "internal.h"

namespace dossier::boilerplate {

namespace {

// A count of prose lines in a window: none, one, two, three or four, five to seven, more.
int count_bucket(size_t c) { return c <= 2 ? static_cast<int>(c) : c <= 4 ? 3 : c <= 7 ? 4 : 5; }

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

}  // namespace dossier::boilerplate
