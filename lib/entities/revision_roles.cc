// Members' titles inside names and at their ends: "Labour MP Ann Corrin", "the Tavoro
// Greens MEP for Vell", "a Tavoran Union Member of Parliament". Tested by revision_roles_test.cc.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon.h"
#include "revision.h"
#include "text.h"

namespace dossier::entities_detail {

void MemberTitles::cut_trailing_roles() {
  std::vector<char> drop(cands_.size(), 0);
  bool any = false;
  for (size_t i = 0; i < cands_.size(); ++i) {
    Candidate& c = cands_[i];
    if (c.entry >= 0 || c.last - c.first < 2) continue;
    std::string w(tok(c.last - 1));
    if (w.size() > 2 && w.back() == 's') w.pop_back();  // "MEPs"
    size_t role = lex_.role_acronyms.count(w) ? 1 : 0;
    for (size_t k = c.first; k < c.last && !role; ++k)
      if (role_at(k, c.last) == c.last - k) {
        // "Society of Retired Members of Parliament": a connector inside the name before the
        // title spelled out in the plural makes the title the body's own words, no holder's
        // ("Party of Tavoro Member of Parliament" is a party and its member's title).
        bool joined = false;
        if (c.last - k > 1 && tok(k).back() == 's')
          for (size_t j = c.first + 1; j < k && !joined; ++j) joined = connector(j);
        if (!joined) role = c.last - k;
        break;
      }
    if (!role) continue;
    c.last -= role;
    if (c.last == c.first || lone_common_word(c.first, c.last)) drop[i] = any = true;
  }
  if (any) drop_marked(drop);
}

size_t RevisionPass::title_form_at(size_t k, size_t last) const {
  size_t best = 0;
  const std::string_view first = tok(k);
  for (const auto& form : lex_.role_forms) {
    if (form.empty() || k + form.size() > last || form.size() <= best) continue;
    // "Members of Parliament": the plural of the title's first word.
    if (first != form[0] && !(first.size() == form[0].size() + 1 && first.back() == 's' && first.substr(0, form[0].size()) == form[0]))
      continue;
    size_t m = 1;
    while (m < form.size() && tok(k + m) == form[m]) ++m;
    if (m == form.size()) best = m;
  }
  return best;
}

size_t MemberTitles::role_at(size_t k, size_t last) const {
  if (toks_[k].all_caps && lex_.role_acronyms.count(std::string(tok(k)))) return 1;
  return title_form_at(k, last);
}

std::string_view MemberTitles::served_type(size_t a, size_t last) const {
  for (size_t k = a; k < last; ++k)
    if (org_head(k)) return kOrg;
  return kGpe;
}

size_t MemberTitles::after_role_for(size_t a, size_t last) const {
  if (a + 1 >= last || tok(a) != "for") return a;
  ++a;
  if (article(a) && a + 1 < last) ++a;
  return a;
}

size_t MemberTitles::role_inside(const Candidate& c) const {
  if (c.entry >= 0 || c.last - c.first < 2) return SIZE_MAX;
  for (size_t k = c.first; k + 1 < c.last; ++k) {
    const size_t role = role_at(k, c.last);
    if (!role || k + role >= c.last) continue;
    // The member's name after it: capitalized words, or "for" and the seat's or the party's
    // (connectors inside: "for the Party of Tavoran Farmers").
    const size_t a = after_role_for(k + role, c.last);
    for (size_t j = a; j < c.last; ++j)
      if (!toks_[j].word || !(toks_[j].cap || (a > k + role && j > a && connector(j)))) return SIZE_MAX;
    if (a == k + role && !person_after_role(a, c.last)) return SIZE_MAX;  // "TD Bank", "CFO Magazine"
    return k;
  }
  return SIZE_MAX;
}

bool MemberTitles::person_after_role(size_t a, size_t b) const {
  if (any_given(a)) return true;
  for (size_t j = a; j < b; ++j)
    if (head_type(j) || common(j)) return false;
  return true;
}

bool MemberTitles::lone_common_word(size_t a, size_t b) const {
  return b - a == 1 && !toks_[a].all_caps && common(a) && !lex_.party_words.count(std::string(tok(a)));
}

Candidate MemberTitles::part_name(size_t first, size_t last, std::string_view type) const {
  Candidate p;
  p.first = first;
  p.last = last;
  p.type = type;
  int64_t entry = -1;
  if (match(first, entry) == last && entry >= 0) {
    p.entry = entry;
    p.type = gaz_.entries()[static_cast<size_t>(entry)].type;
  }
  return p;
}

void MemberTitles::split_at_roles() {
  // "Member of Parliament Ola Brandt" opening a sentence: a name of the rules that opens
  // inside a member's title spelled out starts after it.
  for (Candidate& c : cands_) {
    if (c.entry >= 0) continue;
    for (size_t j = c.first >= 3 ? c.first - 3 : 0; j < c.first; ++j) {
      const size_t end = j + role_at(j, c.last);
      if (end <= c.first || end >= c.last) continue;
      // "Member of the National Assembly for Vell": the seat, or the party served, after "for".
      if (const size_t seat = after_role_for(end, c.last); seat > end) {
        c.first = seat;
        c.type = served_type(seat, c.last);
      } else {
        c.first = end;
        // "Member of the Scottish Parliament Anna Brook": the name after the title is its
        // holder, whatever the type of the whole (the title's head made it a body).
        if (person_after_role(end, c.last)) {
          c.type = kPerson;
          c.titled = true;
          c.by_head = false;
        } else {
          c.titled = c.titled || c.type == kPerson;
        }
      }
      break;
    }
  }
  bool any = false;
  for (const Candidate& c : cands_) any |= role_inside(c) != SIZE_MAX;
  if (!any) return;
  std::vector<Candidate> out;
  out.reserve(cands_.size() + 4);
  std::vector<size_t> moved(cands_.size(), SIZE_MAX);
  for (size_t i = 0; i < cands_.size(); ++i) {
    Candidate& c = cands_[i];
    const size_t k = role_inside(c);
    if (k == SIZE_MAX) {
      moved[i] = out.size();
      out.push_back(std::move(c));
      continue;
    }
    // The party before the title; a lone common word ("Independent MP") names nothing.
    if (k > c.first && !lone_common_word(c.first, k)) {
      moved[i] = out.size();
      out.push_back(part_name(c.first, k, kOrg));
    }
    const size_t role = role_at(k, c.last);
    if (const size_t a = after_role_for(k + role, c.last); a > k + role) {
      out.push_back(part_name(a, c.last, served_type(a, c.last)));  // the seat or the party served
    } else {
      out.push_back(part_name(k + role, c.last, kPerson));
      out.back().titled = true;
    }
    if (moved[i] == SIZE_MAX) moved[i] = out.size() - 1;
  }
  cands_ = std::move(out);
  follow_acronyms(acronyms_, moved);
}

}  // namespace dossier::entities_detail
