// Groups of people as one referent: people named together ("Ann Lee and Tom Hale said") and
// a counted role ("the two ministers", "both envoys": the people the text introduced with
// that role). The referent's entity is the group's first member and Referent::group lists
// them all in text order, as for "they" after coordinated names (pronouns.cc). Tested by
// mentions_test.cc.
#include <algorithm>

#include "mentions_internal.h"

namespace dossier {

using namespace words;

namespace {

// How many a counting word says ("both", "two" to "five"), or 0.
size_t count_of(const std::string& w) {
  static const char* const kCounts[] = {"both", "two", "three", "four", "five"};
  static const size_t kValues[] = {2, 2, 3, 4, 5};
  for (size_t i = 0; i < std::size(kCounts); ++i)
    if (w == kCounts[i]) return kValues[i];
  return 0;
}

// The singular of a plural role noun ("ministers", "spokesmen", "secretaries"), or "" when
// the word is no plural.
std::string singular(const std::string& w) {
  size_t n = w.size();
  if (n > 4 && w.compare(n - 3, 3, "men") == 0) return w.substr(0, n - 3) + "man";
  if (n > 4 && w.compare(n - 3, 3, "ies") == 0) return w.substr(0, n - 3) + "y";
  if (n > 3 && w.back() == 's' && w[n - 2] != 's') return w.substr(0, n - 1);
  return {};
}

}  // namespace

using Impl = MentionResolver::Impl;

std::optional<Referent> Impl::counted_role(const MentionQuery& q, const std::vector<Token>& seg) const {
  size_t i = 0;
  if (i < seg.size() && (seg[i].lower == "the" || seg[i].lower == "these" || seg[i].lower == "those")) ++i;
  size_t n = i < seg.size() ? count_of(seg[i].lower) : 0;
  if (n == 0) return std::nullopt;
  ++i;
  if (i < seg.size() && seg[i].lower == "the") ++i;  // "both the ministers"
  if (i >= seg.size()) return std::nullopt;
  std::vector<std::string> role;
  for (size_t k = i; k < seg.size(); ++k) {
    if (!seg[k].word) return std::nullopt;
    role.push_back(seg[k].lower);
  }
  std::string one = singular(role.back());
  if (one.empty()) return std::nullopt;
  role.back() = one;
  std::string joined;
  for (const auto& w : role) joined += (joined.empty() ? "" : " ") + w;
  if (!lex.roles.count(joined) && !lex.roles.count(one)) return std::nullopt;
  auto people = people_with_role(q.begin, role, n);
  if (people.size() < n && role.size() > 1) people = people_with_role(q.begin, {one}, n);
  Referent r;
  r.kind = MentionKind::Role;
  if (people.size() < n) {
    r.source_text = std::string(text.substr(seg.front().b, seg.back().e - seg.front().b));
    return r;
  }
  // Nearest first as found; the group is in text order.
  std::reverse(people.begin(), people.end());
  r.entity = people.front();
  r.group = std::move(people);
  return r;
}

std::vector<size_t> Impl::coordinated_people(size_t b, size_t e) const {
  auto first = first_at_or_after(b), last = first;
  while (last != mentions.end() && last->begin < e && last->end <= e) ++last;
  if (last - first < 2) return {};
  // Only a group inside the phrase: "Ann Lee and Tom Hale said", not one reaching before it.
  auto group = coordinated(static_cast<size_t>(first - mentions.begin()));
  std::vector<size_t> people;
  for (size_t g : group) {
    if (std::none_of(first, last, [&](const MentionResolver::Span& m) { return m.entity == g; })) return {};
    if (entities[g].type == "PERSON") people.push_back(g);
  }
  if (people.size() < 2) people.clear();
  return people;
}

}  // namespace dossier
