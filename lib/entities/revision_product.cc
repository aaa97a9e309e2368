// Names of products ("the Zephyrine engines", "a 340 Kestrel"): MEANTIME and the schemes
// we learn from type none of them PERSON, ORG, GPE or LOC, and the contract has no type for
// them, so they are no entities. Names of facilities, which those schemes type as places.
// Tested by revision_product_test.cc.
#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "lexicon.h"
#include "revision.h"
#include "text.h"

namespace dossier::entities_detail {

bool Products::model_number(size_t i) const {
  const Token& t = toks_[i];
  if (!t.word || t.nl) return false;
  std::string_view w = tok(i);
  // A year ("the 2004 Ruritania games") is no model number.
  if (t.digit && w.size() == 4 && (w[0] == '1' || w[0] == '2')) return false;
  // Digits, with upper-case letters and hyphens: "340", "K340", "340-8".
  if (w.size() > 8) return false;
  bool digit = false;
  for (char ch : w) {
    if (ch >= '0' && ch <= '9')
      digit = true;
    else if (!(ch >= 'A' && ch <= 'Z') && ch != '-')
      return false;
  }
  if (!digit) return false;
  // Part of an amount: "1,200" and "3.5" are split at their separators.
  auto separator = [&](size_t k) { return !toks_[k].word && (tok(k) == "," || tok(k) == "."); };
  if (i >= 2 && separator(i - 1) && toks_[i - 1].end == t.begin && toks_[i - 2].digit && toks_[i - 2].end == toks_[i - 1].begin)
    return false;
  if (i + 2 < toks_.size() && separator(i + 1) && toks_[i + 1].begin == t.end && toks_[i + 2].digit &&
      toks_[i + 2].begin == toks_[i + 1].end)
    return false;
  return true;
}

bool Products::product_noun(size_t i) const {
  const Token& t = toks_[i];
  return t.word && !t.cap && !t.digit && !t.nl && lex_.product_nouns.count(fold(tok(i)));
}

bool Products::product_context(const Candidate& c) const {
  const size_t n = toks_.size();
  if (c.last < n && !toks_[c.last].nl) {
    // "<Name> engines", "<Name> 340" (and "<Name> 340 engines").
    if (model_number(c.last) || product_noun(c.last)) return true;
  }
  // "a 340 <Name>": a model number right before.
  return c.first > 0 && !toks_[c.first].nl && model_number(c.first - 1);
}

void Products::drop_products() {
  std::vector<char> product(cands_.size(), 0);
  bool any = false;
  for (size_t i = 0; i < cands_.size(); ++i) {
    const Candidate& c = cands_[i];
    // The gazetteer's names, names typed by a head word or after a title keep their types;
    // a product is taken for an organisation or a person, never for a place, a law
    // ("Article 5") or an event.
    bool typed = c.type == kOrg || c.type == kPerson;
    if (typed && c.entry < 0 && !c.by_head && !c.titled && product_context(c)) product[i] = any = true;
  }
  if (!any) return;  // most documents name no product: no set of names to build
  std::unordered_set<std::string_view> plain;  // names used at least once outside a product context
  for (size_t i = 0; i < cands_.size(); ++i)
    if (!product[i]) plain.insert(surface_view(cands_[i].first, cands_[i].last));
  for (size_t i = 0; i < cands_.size(); ++i)
    if (product[i] && plain.count(surface_view(cands_[i].first, cands_[i].last))) product[i] = 0;
  drop_marked(product);
}

void Products::type_facilities() {
  for (Candidate& c : cands_) {
    if (c.entry >= 0 || c.titled || c.last - c.first < 2 || c.type == kLoc || c.type == kGpe) continue;
    if (c.type != kOrg && c.type != kPerson) continue;
    if (lex_.facility_heads.count(std::string(tok(c.last - 1)))) c.type = kLoc;
  }
}

}  // namespace dossier::entities_detail
