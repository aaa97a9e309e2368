// Products told by the words around them: a launch's object, a version's apposition, a
// maker's model. Tested by revision_launches_test.cc.
#include <string_view>
#include <unordered_set>
#include <vector>

#include "finder_types.h"
#include "lexicon.h"
#include "revision.h"
#include "text.h"

namespace dossier::entities_detail {

namespace {

bool news_word(std::string_view w) { return w == "new" || w == "latest" || w == "newest" || w == "updated"; }

}  // namespace

bool ProductCues::launched(const Candidate& c) const {
  if (c.type != kOrg && c.type != kPerson) return false;
  // The words before C, right to left on its line: a launch verb, a determiner, "new". Looked
  // at first: one hash probe turns away nearly every name.
  size_t k = c.first;
  auto back = [&](size_t at) { return at > 0 && !toks_[at].nl && toks_[at - 1].word; };
  bool fresh = false;
  // "the new Tarn-based Kestrel": a compound adjective with a hyphen.
  if (back(k) && k >= 3 && !toks_[k - 1].cap && is(k - 2, '-') && !toks_[k - 2].nl && !toks_[k - 1].nl) k -= 3;
  if (back(k) && news_word(tok(k - 1))) {
    fresh = true;
    --k;
  }
  if (back(k) && object_determiner(k - 1)) --k;
  if (!back(k) || toks_[k - 1].cap) return false;
  if (!lex_.launch_verb_hash_set.contains(toks_[k - 1].hash)) return false;
  // "released Kestrel from jail": a person's name after the verb names a person set free.
  if (!fresh && c.type != kOrg) return false;
  // "launched Velmora's fund"; "released Dannick from custody": a person set free.
  if (c.last < toks_.size() && !toks_[c.last].nl && (possessive(c.last) || tok(c.last) == "from")) return false;
  // "unveiled the new Tarn-based Kestrel": the first part of a compound adjective is no object.
  if (c.last < toks_.size() && is(c.last, '-') && toks_[c.last].begin == toks_[c.last - 1].end) return false;
  // "released the new Tarco report", "launched the new Velmora campaign": a name before a noun in
  // small letters names its own owner or topic; only before a noun of made things ("the new
  // Kestrel phone") or of a range ("the new Kestrel line") is it a product's. Not a word of
  // time after it ("launched Kestrel today").
  if (c.last < toks_.size() && !toks_[c.last].nl && toks_[c.last].word && !toks_[c.last].cap && !toks_[c.last].digit &&
      !function_word(c.last) && !lex_.day_adverbs.count(fold(tok(c.last))) && !product_noun(c.last) &&
      !lex_.range_noun_hash_set.contains(toks_[c.last].hash))
    return false;
  // "unveiled the new Tarnwell Stadium": a place built is no product.
  return !facility_head(c);
}

// A determiner of the launch's object (determiners.txt, either case: "the", "its", "our").
bool ProductCues::object_determiner(size_t k) const { return toks_[k].word && lex_.determiner_hash_set.contains(toks_[k].hash); }

bool ProductCues::versioned(const Candidate& c) const {
  size_t k = c.last;
  const size_t n = toks_.size();
  auto at = [&](size_t i) { return i < n && !toks_[i].nl; };
  if (!at(k)) return false;
  const bool comma = is(k, ',');
  if (comma) ++k;
  if (at(k) && object_determiner(k)) {
    ++k;
    if (at(k) && news_word(tok(k))) ++k;
    // "Kestrel, the newest version of Velmora's system"
    return comma && at(k + 1) && tok(k) == "version" && tok(k + 1) == "of";
  }
  // "Kestrel, version 10.4", "Kestrel version 2"
  return at(k + 1) && tok(k) == "version" && toks_[k + 1].digit;
}

size_t ProductCues::maker_before_model(const Candidate& c, const std::unordered_set<std::string_view>& makers) const {
  if (c.last - c.first < 2 || !after_the(c.first) || !makers.count(tok(c.first)) || !as_thing(c)) return 0;
  for (size_t k = c.first + 1; k < c.last; ++k) {
    const Token& t = toks_[k];
    if (!t.word || !t.cap || t.all_caps || head_type(k) || lex_.facility_heads.count(std::string(tok(k)))) return 0;
  }
  return 1;
}

bool ProductCues::speaks_as_firm(const Candidate& c) const {
  if (c.last < toks_.size() && !toks_[c.last].nl && (possessive(c.last) || saying_at(c.last))) return true;
  return cue_around(lex_.firm_cues, c.first, c.last, false);
}

void ProductCues::drop_cued_products() {
  std::vector<char> product;  // sized at the first product found: most documents name none
  std::unordered_set<std::string_view> names;   // a product's names, wherever they stand
  std::unordered_set<std::string_view> things;  // a product's names after "the" as a thing's
  std::unordered_set<std::string_view> makers;  // firms' words, read at the first model that may be one
  bool makers_read = false;
  auto mark = [&](size_t i) {
    if (product.empty()) product.assign(cands_.size(), 0);
    product[i] = 1;
  };
  for (size_t i = 0; i < cands_.size(); ++i) {
    const Candidate& c = cands_[i];
    if (!open_name(c)) continue;
    if (launched(c) || versioned(c)) {
      mark(i);
      names.insert(surface_view(c.first, c.last));
      continue;
    }
    if (c.last - c.first < 2) continue;
    // "the Kestrel" beside "the Kestrel Pro": the name before its version word.
    for (size_t k = c.first + 1; k < c.last; ++k)
      if (version_word(k)) {
        things.insert(surface_view(c.first, k));
        break;
      }
    if (!after_the(c.first) || !as_thing(c)) continue;
    if (!makers_read) {
      makers_read = true;
      read_makers(makers);
    }
    if (maker_before_model(c, makers)) {
      mark(i);
      names.insert(surface_view(c.first, c.last));
      names.insert(surface_view(c.first + 1, c.last));  // "the Taurus"
    }
  }
  if (names.empty() && things.empty()) return;
  // A name that speaks, owns or has a firm's cue anywhere is an organisation's everywhere.
  std::unordered_set<std::string_view> firms;
  for (const Candidate& c : cands_) {
    const std::string_view name = surface_view(c.first, c.last);
    if ((names.count(name) || things.count(name)) && speaks_as_firm(c)) firms.insert(name);
  }
  for (size_t i = 0; i < cands_.size(); ++i) {
    const Candidate& c = cands_[i];
    const std::string_view name = surface_view(c.first, c.last);
    if (firms.count(name)) {
      if (!product.empty()) product[i] = 0;
      continue;
    }
    if ((product.empty() || !product[i]) && open_name(c) &&
        (names.count(name) || (things.count(name) && after_the(c.first) && as_thing(c))))
      mark(i);
  }
  if (!product.empty()) drop_marked(product);
}

void ProductCues::read_makers(std::unordered_set<std::string_view>& makers) const {
  for (const Candidate& c : cands_) {
    if (c.type != kOrg) continue;
    // A firm's first word before its legal form ("Velmora Motor Company", "Velmora Corp."), or
    // a firm's name alone with a firm's cue ("shares of Velmora") or launching a thing: a
    // party's or a body's word alone ("the Noorder Bond" beside "Noorder") makes nothing.
    const std::string_view end = tok(c.last - 1);
    const bool launches =
        c.last + 1 < toks_.size() && !toks_[c.last].nl && lex_.launch_verb_hash_set.contains(toks_[c.last].hash);
    if (lex_.legal_suffixes.count(std::string(end)) || end == "Company" ||
        (c.last - c.first == 1 && (launches || cue_around(lex_.firm_cues, c.first, c.last, true))))
      makers.insert(tok(c.first));
  }
}

}  // namespace dossier::entities_detail

namespace dossier::entities_detail {

void LaunchingFirms::keep_launching_firms() {
  const size_t n = toks_.size();
  std::vector<char> held;  // the tokens of names, filled at the first word that may be one
  std::vector<Candidate> found;
  for (const size_t k : scratch_.cap_words) {
    if (k + 2 >= n || !initial_[k] || headline_[k]) continue;
    const size_t v = k + 1;  // the verb, looked up first: few sentences open so
    if (toks_[v].nl || toks_[v].cap || toks_[v + 1].nl || !lex_.launch_verb_hash_set.contains(toks_[v].hash)) continue;
    const Token& t = toks_[k];
    // At a paragraph's start too (capitalized_common_word() wants a word inside a line).
    if (!t.word || !t.cap || t.all_caps || t.digit || !common(k) || function_word(k) || given(k)) continue;
    if (tok(k).back() == 's' || lex_.collective_noun_hash_set.contains(t.hash)) continue;
    if (!lex_.determiner_hash_set.contains(toks_[v + 1].hash) && !news_word(tok(v + 1))) continue;
    if (held.empty()) {
      held.assign(n, 0);
      for (const Candidate& c : cands_)
        for (size_t j = c.first; j < c.last && j < n; ++j) held[j] = 1;
    }
    if (held[k]) continue;
    Candidate& c = found.emplace_back();
    c.first = k;
    c.last = k + 1;
    c.type = kOrg;
  }
  insert_names(found);
}

}  // namespace dossier::entities_detail
