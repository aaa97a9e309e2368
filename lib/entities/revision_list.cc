// Names listed together (revision.h). Tested by revision_list_test.cc.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "revision.h"

namespace dossier::entities_detail {

namespace {
// The kind a list's names agree on: a person's, a place's or an organisation's, or another.
enum class ListKind { kPerson, kPlace, kOrg, kOther };

ListKind list_kind_of(std::string_view type) {
  if (type == kPerson) return ListKind::kPerson;
  if (type == kGpe || type == kLoc) return ListKind::kPlace;
  if (type == kOrg) return ListKind::kOrg;
  return ListKind::kOther;
}
}  // namespace

size_t ListedNames::listed_after(size_t j) const {
  if (j + 1 >= cands_.size()) return SIZE_MAX;
  const size_t n = toks_.size();
  size_t k = cands_[j].last;
  // "Orrin (Tascany),": a bracket of a few words after the name is passed over.
  if (k < n && is(k, '(') && !toks_[k].nl) {
    size_t close = k + 1;
    while (close < n && close < k + 7 && !toks_[close].nl && !is(close, ')')) ++close;
    if (close >= n || !is(close, ')') || toks_[close].nl) return SIZE_MAX;
    k = close + 1;
  }
  size_t next = j + 1;
  while (next < cands_.size() && cands_[next].first < k) ++next;  // the names inside the bracket
  if (next >= cands_.size()) return SIZE_MAX;
  bool comma = false, word = false;
  size_t passed = 0;  // members passed over
  for (; k < cands_[next].first; ++k) {
    if (toks_[k].nl) return SIZE_MAX;
    std::string_view w = tok(k);
    if (w == "," && !comma && !word) comma = true;
    else if ((w == "and" || w == "or") && !word) word = true;
    // "Vell, the Tarn Party and Orrin": an article just before the name.
    else if ((comma || word) && w == "the" && k + 1 == cands_[next].first) continue;
    else if (comma && !word && passed < 2 && unnamed_member(k, cands_[next].first)) {
      ++passed;
      if (is(k + 1, ',')) ++k;  // and its comma: "Elam, Media, Persia"
    } else return SIZE_MAX;
  }
  if (!comma && !word) return SIZE_MAX;
  return toks_[cands_[next].first].nl ? SIZE_MAX : next;
}

bool ListedNames::unnamed_member(size_t k, size_t next) const {
  if (!toks_[k].word || !toks_[k].cap || toks_[k].all_caps || k + 1 >= next) return false;
  const std::string_view after = tok(k + 1);
  return after == "," || after == "and" || after == "or";
}

bool ListedNames::person_on_evidence(const Candidate& c) const {
  if (c.type != kPerson) return false;
  if (c.entry >= 0 || c.titled || c.cued) return true;
  // A lone one-word person of the rules ("Chandler", a cited surname) may be a town's.
  return !c.guessed && !c.tagged && !c.weak && c.last - c.first >= 2;
}

bool ListedNames::org_by_default(const Candidate& c) const {
  return c.type == kOrg && (c.guessed || c.tagged) && typed_by_default(c);
}

bool ListedNames::org_on_evidence(const Candidate& c) const { return c.type == kOrg && (c.by_head || c.entry >= 0); }

bool ListedNames::person_by_shape(const Candidate& c) const {
  if (c.type != kPerson || c.entry >= 0 || c.titled || c.cued || c.by_head || c.last - c.first < 2) return false;
  for (size_t k = c.first; k < c.last; ++k)
    if (!toks_[k].word || !toks_[k].cap || toks_[k].all_caps || is(k, '.')) return false;
  return !given(c.first) && !named_by_open_lists(c);
}

bool ListedNames::named_by_open_lists(const Candidate& c) const {
  const std::string_view last = tok(c.last - 1);
  return lex_.open_surnames.count(last) || (lex_.open_given_names.count(tok(c.first)) && !lex_.common_word(last));
}

void ListedNames::type_shaped_members(const std::vector<size_t>& list) {
  bool org = false;
  for (size_t j : list) {
    const Candidate& c = cands_[j];
    if (c.type == kPerson && (c.entry >= 0 || c.titled || c.cued || given(c.first) || named_by_open_lists(c))) return;
    org = org || org_on_evidence(c);
  }
  if (!org) return;
  for (size_t j : list)
    if (person_by_shape(cands_[j])) cands_[j].type = kOrg;
}

std::string_view ListedNames::joint_before(size_t j) const {
  size_t k = cands_[j].first - 1;
  if (tok(k) == "the" && k > 0) --k;
  return tok(k);
}

void ListedNames::pair_people(size_t a, size_t b) {
  const std::string_view joint = joint_before(b);
  if (joint != "and" && joint != "or") return;
  // No name of a person's shape becomes an organisation's here, beside a party or firm named on
  // evidence: a leader beside the party ("Castro and the Liberal Party", "Modi and the BJP") is
  // far commoner than a foreign party's name, and on both training sets typing it gained nothing.
  // A person's partner stands right after the joint ("and the Vellcorp" is no person's).
  if (tok(cands_[b].first - 1) != joint) return;
  for (const auto& [sure, other] : {std::pair{a, b}, std::pair{b, a}}) {
    if (!person_on_evidence(cands_[sure]) || !org_by_default(cands_[other])) continue;
    const Candidate& c = cands_[other];
    if (after_of(c) || camel_cased(c) || (other == b && c.last - c.first == 1)) return;
    cands_[other].type = kPerson;
    return;
  }
}

void ListedNames::type_listed_names() {
  std::vector<size_t> list;
  for (size_t start = 0; start < cands_.size();) {
    list.assign(1, start);
    // The list ends at the name after its "and" or "or": a comma after that name closes it
    // ("In Germany, France and Italy, Vellcorp reported ..." lists no firm).
    for (size_t next; (next = listed_after(list.back())) != SIZE_MAX;) {
      list.push_back(next);
      const std::string_view joint = joint_before(next);
      if (joint == "and" || joint == "or") break;
    }
    start = list.back() + 1;
    // Two names joined by "and" are no list to type by: "Kenya and Safaricom", "Ukraine and
    // Naftogaz signed" pair a firm with a country as often as two alike. But a person's
    // partner is a person ("Orlek and Ann Hale"): on the training text the name beside a
    // person's and "and" or "or" is a person's 97 times in 100.
    if (list.size() == 2) {
      pair_people(list[0], list[1]);
      continue;
    }
    if (list.size() < 3) continue;
    type_shaped_members(list);
    // The kind that the names typed on evidence agree on.
    int sure = 0;
    ListKind kind = ListKind::kOther;
    std::string_view type;
    bool agree = true;
    for (size_t j : list) {
      const Candidate& c = cands_[j];
      // A lone untitled one-word person ("Chandler", "Gilbert", a cited surname) may as well
      // be a town's.
      const bool lone_person = c.type == kPerson && c.last - c.first == 1 && c.entry < 0 && !c.titled;
      const bool evidence = c.entry >= 0 || c.by_head || c.titled || c.cued || (!c.guessed && !c.tagged && !lone_person);
      if (!evidence) continue;
      const ListKind k = list_kind_of(c.type);
      if (sure > 0 && k != kind) agree = false;
      if (sure == 0 || (k == ListKind::kPlace && c.type == kGpe)) type = c.type;
      kind = k;
      ++sure;
    }
    // One place typed on evidence is enough after a preposition of place ("sailed to Egypt,
    // Quellmarra and Vossen"): on both training sets typing the list's other names by it gains
    // more than it costs; elsewhere one is not ("dragged down by Paris, Kering and Hermes": a
    // known city may head a list of firms), and two are needed, as for people.
    if (!agree || sure < 1 || kind == ListKind::kOther) continue;
    if (sure == 1) {
      static constexpr std::string_view kPlacePrepositions[] = {"in", "to", "from", "across", "into", "through", "throughout", "via", "near"};
      const size_t first = cands_[list.front()].first;
      const std::string before = first > 0 ? fold(tok(first - 1)) : std::string();
      if (kind != ListKind::kPlace ||
          std::find(std::begin(kPlacePrepositions), std::end(kPlacePrepositions), before) == std::end(kPlacePrepositions))
        continue;
    }
    for (size_t j : list) {
      Candidate& c = cands_[j];
      // "Doncaster, Lincoln, Leeds and Sheffield": a surname alone among places named on
      // evidence is a town named after someone; the list is its cue (so no person of the
      // gazetteer takes it by surname when names are grouped).
      if (kind == ListKind::kPlace && sure >= 2 && c.type == kPerson && c.entry < 0 && c.last - c.first == 1 &&
          !c.titled && !c.cued) {
        c.type = type;
        c.cued = true;
        continue;
      }
      if (c.entry >= 0 || c.by_head || c.titled || !(c.guessed || c.tagged)) continue;
      if (list_kind_of(c.type) == kind || list_kind_of(c.type) == ListKind::kOther) continue;
      c.type = type;
    }
  }
}

}  // namespace dossier::entities_detail
