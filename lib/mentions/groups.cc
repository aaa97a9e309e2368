// People by a role: the people a title or an apposition introduced with the role's words
// ("spokesman Igor Petrov", "Anna Berg, an expert with ..."), and a counted role as one
// referent ("the two ministers", "both envoys"). The referent's entity is the group's first
// member and Referent::group lists them all in text order, as for "they" after coordinated
// names (pronouns.cc). Tested by mentions_test.cc.
#include <algorithm>

#include "mentions_internal.h"

namespace dossier::mentions_detail {

using namespace words;

namespace {

// Role nouns ("the spokesman") reach further: the person is often introduced in the lede.
constexpr size_t kRoleParagraphs = 15;

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

// The nearest PERSON before POS introduced with ROLE: as a title right before the name
// ("Foreign Ministry spokesman Igor Petrov") or in an apposition after it ("Anna Berg, an
// expert with ...").
std::optional<size_t> RoleResolver::person_with_role(size_t pos, const std::vector<std::string>& role_words) const {
  auto found = people_with_role(pos, role_words, 1);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<size_t> RoleResolver::people_with_role(size_t pos, const std::vector<std::string>& role_words, size_t most) const {
  std::vector<size_t> out;
  auto take = [&](size_t e) {
    if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    return out.size() >= most;
  };
  auto it = ix_.first_at_or_after(pos);
  while (it != ix_.mentions.begin()) {
    --it;
    if (ix_.paragraph_distance(it->begin, pos) > kRoleParagraphs) break;
    if (ix_.entities[it->entity].type != "PERSON"sv) continue;
    size_t lb = it->begin > 60 ? it->begin - 60 : 0;
    auto before = last_tokens(ix_.text, lb, it->begin, 4);
    size_t k = before.size();
    size_t stop = k > 4 ? k - 4 : 0;
    while (k > stop && before[k - 1].word) --k;
    bool found = false;
    for (size_t i = k; i + role_words.size() <= before.size() && !found; ++i) {
      bool all = true;
      for (size_t r = 0; r < role_words.size() && all; ++r) all = before[i + r].lower == role_words[r];
      // ... with nothing but capitalised words between the role and the name ("spokesman
      // Igor Petrov"; not "developer Tom Hale met Ann Lee").
      for (size_t j = i + role_words.size(); j < before.size() && all; ++j) all = before[j].cap || before[j].lower == "."sv;
      found = all;
    }
    auto after = first_tokens(ix_.text, it->end, std::min(ix_.text.size(), it->end + 60), 4 + role_words.size());
    if (!found && !after.empty() && after[0].lower == ","sv) {
      for (size_t i = 1; i + role_words.size() <= after.size() && i <= 4 && !found; ++i) {
        if (!after[i].word) break;
        bool all = true;
        for (size_t r = 0; r < role_words.size() && all; ++r) all = after[i + r].lower == role_words[r];
        found = all;
      }
    }
    if (found && take(it->entity)) break;
  }
  return out;
}

std::optional<Referent> RoleResolver::counted_role(const MentionQuery& q, const std::vector<Token>& seg) const {
  size_t i = 0;
  if (i < seg.size() && (seg[i].lower == "the"sv || seg[i].lower == "these"sv || seg[i].lower == "those"sv)) ++i;
  size_t n = i < seg.size() ? count_of(seg[i].lower) : 0;
  if (n == 0) return std::nullopt;
  ++i;
  if (i < seg.size() && seg[i].lower == "the"sv) ++i;  // "both the ministers"
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
  if (!ix_.lex.roles.count(joined) && !ix_.lex.roles.count(one)) return std::nullopt;
  auto people = people_with_role(q.begin, role, n);
  if (people.size() < n && role.size() > 1) people = people_with_role(q.begin, {one}, n);
  Referent r;
  r.kind = MentionKind::Role;
  if (people.size() < n) {
    r.source_text = std::string(ix_.text.substr(seg.front().b, seg.back().e - seg.front().b));
    return r;
  }
  // Nearest first as found; the group is in text order.
  std::reverse(people.begin(), people.end());
  r.entity = people.front();
  r.group = std::move(people);
  return r;
}

}  // namespace dossier::mentions_detail
