// Numbered items of one list: a line opening with a number and a full stop, a bracket or a
// colon ("3. Pack a spare lens", "12) Keep it short") whose predecessor in the count stands a
// little above it. A listing's sections ("1. ...", paragraphs, "2. ...") are article text
// however far down the page they go; a run of numbered lines with nothing between them is
// a list that may as well be a box of most-read stories.
#include <algorithm>
#include <map>

#include "internal.h"

namespace dossier::boilerplate {

namespace {

// How far above a numbered line its predecessor may stand.
constexpr size_t kSequenceReach = 40;
constexpr size_t kNoGap = kSequenceReach + 1;

// The number a line opens with (1 to 999, then '.', ')' or ':' and a space and more
// text), or 0.
int opening_number(const std::string& t) {
  size_t k = 0;
  int value = 0;
  while (k < t.size() && k < 3 && t[k] >= '0' && t[k] <= '9') value = value * 10 + (t[k++] - '0');
  if (k == 0 || k >= t.size() || value == 0) return 0;
  if (t[k] != '.' && t[k] != ')' && t[k] != ':') return 0;
  if (k + 2 >= t.size() || t[k + 1] != ' ' || t[k + 2] == ' ') return 0;
  return value;
}

}  // namespace

NumberedItems numbered_sequences(const std::vector<Block>& blocks) {
  const size_t n = blocks.size();
  std::vector<int> number(n, 0);
  for (size_t i = 0; i < n; ++i) number[i] = opening_number(blocks[i].text);
  // Each numbered line's predecessor: the nearest line above within reach numbered one
  // less (kNone when none is).
  std::vector<size_t> prev(n, kNone), next(n, kNone);
  std::map<int, size_t> last_at;  // the latest line seen with each number
  for (size_t i = 0; i < n; ++i) {
    if (number[i] == 0) continue;
    auto it = last_at.find(number[i] - 1);
    if (it != last_at.end() && i - it->second <= kSequenceReach && next[it->second] == kNone) {
      prev[i] = it->second;
      next[it->second] = i;
    }
    last_at[number[i]] = i;
  }
  NumberedItems out;
  out.code.assign(n, 0);
  out.head.assign(n, kNone);
  for (size_t i = 0; i < n; ++i) {
    if (number[i] == 0 || prev[i] != kNone) continue;  // from each chain's first line
    size_t length = 1, min_gap = kNoGap;
    for (size_t j = i; next[j] != kNone; j = next[j]) {
      ++length;
      min_gap = std::min(min_gap, next[j] - j);
    }
    const int size = length == 1 ? 1 : length <= 3 ? 2 : 3;
    const auto code = static_cast<uint8_t>(length == 1 ? 1 : size + (min_gap > 1 ? 3 : 0));
    for (size_t j = i; j != kNone; j = next[j]) {
      out.code[j] = code;
      out.head[j] = i;
    }
  }
  return out;
}

}  // namespace dossier::boilerplate
