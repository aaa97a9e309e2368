// Names of products ("the Zephyrine engines", "a 340 Kestrel"): MEANTIME and the schemes
// we learn from type none of them PERSON, ORG, GPE or LOC, and the contract has no type for
// them, so they are no entities. Names of facilities, which those schemes type as places.
// Tested by revision_product_test.cc.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "finder_types.h"
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

// "Cycling", "Wrestling", "Football": a sport (a word of the dictionary ending in -ing, or
// ball) after a version word names a team's or a league's game, not an edition.
bool Products::sport(size_t i) const {
  const std::string_view w = tok(i);
  if (w.size() <= 5) return false;
  return (w.substr(w.size() - 3) == "ing" || w.substr(w.size() - 4) == "ball") && lex_.common_word(w);
}

bool Products::version_word(size_t i) const {
  const Token& t = toks_[i];
  return t.word && t.cap && !t.nl && lex_.product_versions.count(std::string(tok(i)));
}

// Words that take one thing before a singular: "a Kestrel", "each Kestrel", "a third Kestrel".
static bool single_word(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "a", "an", "each", "every", "one", "another", "second", "third", "fourth", "fifth", "first", "last"};
  return kWords.count(w) > 0;
}

void Products::find_counted_names() {
  counted_.clear();
  const size_t n = toks_.size();
  for (const Candidate& c : cands_) {
    if (c.last - c.first != 1 || c.type != kOrg || c.entry >= 0 || c.by_head || c.titled) continue;
    std::string_view w = tok(c.first);
    if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's' || demonym_like(c.first)) continue;
    std::string_view one = w.substr(0, w.size() - 1);
    if (lex_.party_words.count(std::string(one))) continue;  // "two Democrats" are people
    bool counted = c.first > 0 && !toks_[c.first].nl && counting_word(tok(c.first - 1));
    // Or the singular, capitalized, counted as one thing elsewhere: "a third Kestrel".
    for (size_t k = 1; k < n && !counted; ++k) {
      if (!toks_[k].cap || toks_[k].nl || tok(k) != one || !single_word(tok(k - 1))) continue;
      counted = k + 1 >= n || !(toks_[k + 1].word && toks_[k + 1].cap);
    }
    if (counted) counted_.insert(w);
  }
}

bool Products::product_context(const Candidate& c) const {
  const size_t n = toks_.size();
  if (c.last < n && !toks_[c.last].nl) {
    // "<Name> engines", "<Name> 340" (and "<Name> 340 engines"), "<Name> Pro".
    if (model_number(c.last) || product_noun(c.last) || version_word(c.last)) return true;
  }
  // "Kestrel OS", "the Quillo Pro": a name ending in a version word; "Kestrel OS Nimbus": one
  // after its first word, with only the edition's own name or number after it. Not "Dalby Pro
  // Cycling", "the Dalby Ultra Marathon" or "Dalby XL Stadium" (a team's, an event's, a
  // ground's: a sport or a head word after it), nor a name that goes on with "of".
  if (c.last - c.first >= 2 && version_word(c.last - 1)) return true;
  const bool goes_on = c.last < toks_.size() && tok(c.last) == "of";
  for (size_t k = c.first + 1; k + 1 < c.last && !goes_on; ++k) {
    if (!version_word(k)) continue;
    bool edition = true;
    for (size_t j = k + 1; j < c.last && edition; ++j)
      edition = model_number(j) || version_word(j) ||
                (toks_[j].cap && !head_type(j) && !lex_.facility_heads.count(std::string(tok(j))) && !sport(j));
    if (edition) return true;
  }
  // "two Kestrels", "the Kestrels" where a Kestrel is counted as one thing.
  if (c.last - c.first == 1 && counted_.count(tok(c.first))) return true;
  if (c.first == 0 || toks_[c.first].nl) return false;
  // "a 340 <Name>": a model number right before; "the iPod <Name>": a range's word.
  if (model_number(c.first - 1) || range_word(c.first - 1)) return true;
  return false;
}

bool Products::range_word(size_t i) const {
  const Token& t = toks_[i];
  const std::string_view w = tok(i);
  if (!t.word || t.nl || w.size() < 3 || !(w[0] >= 'a' && w[0] <= 'z')) return false;
  return std::any_of(w.begin() + 1, w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

bool Products::open_name(const Candidate& c) {
  // The gazetteer's names, names typed by a head word or after a title keep their types; a
  // product is taken for an organisation or a person, never for a place, a law ("Article 5")
  // or an event.
  return (c.type == kOrg || c.type == kPerson) && c.entry < 0 && !c.by_head && !c.titled;
}

bool Products::as_thing(const Candidate& c) const {
  if (c.first == 0 || toks_[c.first].nl) return false;
  if (!after_the(c.first)) return false;
  // The head of its phrase: "the Kestrel was late", "sold the Kestrel.", "the Kestrel, which
  // ...", "(the Kestrel)", not "the Kestrel board" (a firm's), "the Kestrel's chief" or "the
  // Kestrel, a family firm,".
  if (c.last >= toks_.size() || toks_[c.last].nl) return true;
  if (!toks_[c.last].word) {
    static const std::unordered_set<std::string_view> kPhraseEnds = {
        ".", "!", "?", ";", ":", ")", "]", "\"", "'", "\u201D", "\u2019", "\u2013", "\u2014", "-"};
    std::string_view mark = tok(c.last);
    if (mark == ",")
      return c.last + 1 < toks_.size() && !toks_[c.last + 1].nl && (tok(c.last + 1) == "which" || tok(c.last + 1) == "that");
    return kPhraseEnds.count(mark) > 0;
  }
  return function_word(c.last) || auxiliary_verb(tok(c.last));
}

bool Products::after_maker(const Candidate& c) const {
  if (c.type != kOrg || c.entry >= 0 || c.by_head || c.titled || c.first < 2 || !possessive(c.first - 1)) return false;
  for (const Candidate& maker : cands_)
    if (maker.last == c.first - 1) return maker.type == kOrg;
  return false;
}

void Products::drop_products() {
  find_counted_names();
  std::vector<char> product(cands_.size(), 0);
  bool any = false;
  for (size_t i = 0; i < cands_.size(); ++i) {
    const Candidate& c = cands_[i];
    if (open_name(c) && product_context(c)) product[i] = any = true;
  }
  if (!any) return;  // most documents name no product: no set of names to build
  // "the Tarnwell Skylark and Vellcorp VC-10 aircraft": a name joined by "and" or "or" to a
  // product's name before a noun of made things is a product of the same noun.
  for (size_t i = cands_.size() - 1; i-- > 0;) {
    const Candidate& c = cands_[i];
    const Candidate& next = cands_[i + 1];
    if (product[i] || !product[i + 1] || !open_name(c) || next.first != c.last + 1 || toks_[next.first].nl) continue;
    const std::string_view joint = tok(c.last);
    if (joint != "and" && joint != "or") continue;
    size_t noun = next.last;  // past the second name's model number ("VC-10")
    while (noun < toks_.size() && !toks_[noun].nl && (model_number(noun) || is(noun, '-'))) ++noun;
    if (noun < toks_.size() && product_noun(noun)) product[i] = 1;
  }
  // "Velmora's Kestrel went on sale ... the Kestrel X2": a product's name after its maker's
  // possessive names the product too. Alone, the possessive tells a product from a firm's
  // own firm or service ("Velmora's Quillo channel") no better than chance, so it only
  // follows a product context elsewhere.
  std::unordered_set<std::string_view> products;
  for (size_t i = 0; i < cands_.size(); ++i)
    if (product[i]) products.insert(surface_view(cands_[i].first, cands_[i].last));
  for (size_t i = 0; i < cands_.size(); ++i)
    if (!product[i] && after_maker(cands_[i]) && products.count(surface_view(cands_[i].first, cands_[i].last)))
      product[i] = 1;
  // names used at least once outside a product context, other than as a thing: after "the"
  // as the head of its phrase ("the Kestrel was late") a product's name stays a product's; a
  // maker's shows as one (a subject, "Kestrel said").
  std::unordered_set<std::string_view> plain;
  for (size_t i = 0; i < cands_.size(); ++i)
    if (!product[i] && !as_thing(cands_[i])) plain.insert(surface_view(cands_[i].first, cands_[i].last));
  for (size_t i = 0; i < cands_.size(); ++i) {
    std::string_view name = surface_view(cands_[i].first, cands_[i].last);
    if (product[i] && plain.count(name)) product[i] = 0;
    // The product's name used as a thing's elsewhere is the product's too.
    else if (!product[i] && !plain.count(name) && products.count(name) && open_name(cands_[i]) && as_thing(cands_[i]))
      product[i] = 1;
  }
  drop_marked(product);
}

bool Products::facility_head(const Candidate& c) const {
  if (lex_.facility_heads.count(std::string(tok(c.last - 1)))) return true;
  // "Tarn Convention Center"
  if (c.last - c.first >= 3 && !toks_[c.last - 2].nl && lex_.facility_heads.count(surface(c.last - 2, c.last))) return true;
  // "Ostrel Stadium Leeds", "Kamsa Arena New Haven": a sponsor's name, the head word and the
  // town the ground stands in (a place of the open lists of one or two words).
  for (size_t town = 1; town <= 2 && c.first + town + 1 < c.last; ++town) {
    const size_t head = c.last - town - 1;
    if (lex_.facility_heads.count(std::string(tok(head))) && NameTypes(*this).known_place(head + 1, c.last)) return true;
  }
  return false;
}

void Products::type_facilities() {
  for (Candidate& c : cands_) {
    if (c.entry >= 0 || c.titled || c.last - c.first < 2 || c.type == kLoc) continue;
    if (c.type != kOrg && c.type != kPerson && c.type != kGpe) continue;
    if (c.type != kGpe && facility_head(c)) c.type = kLoc;
    // "West Tavoro", "Tavoro West": a place of the open lists and the words that qualify it
    // is that place's district or a seat named after it, no body ("the West" is a region the
    // gazetteer knows, so the scan takes such a name for a body named after a place).
    // Not when a word of it is an organisation's head ("the Bristol Centre", "Southern Union").
    if (c.type == kOrg && !org_head_inside(c) && NameTypes(*this).qualified_open_place(c.first, c.last)) c.type = kGpe;
    // "Lake Merrow", "River Tessel", "Mount Ardent": a natural feature's word opening a name of
    // two or three words, not a person's ("Lake Bell") nor one with its own head ("Lake Forest
    // College", "Mount Vernon Hospital"), is a place and no polity, whatever the tagger said.
    if (c.type != kPerson && !c.by_head && c.last - c.first <= 3 && !toks_[c.first + 1].all_caps && !connector(c.first + 1))
      if (auto opener = lex_.place_openers.find(std::string(tok(c.first)));
          opener != lex_.place_openers.end() && (opener->second == kLoc || (opener->second == "place" && c.type != kGpe)) &&
          !(c.type == kGpe && NameTypes(*this).known_place(c.first, c.last)))  // "Lake Charles", a town
        c.type = kLoc;
  }
}

// "CC BY-SA", "CC-BY-NC-ND": an acronym and then a code of short parts in capitals joined by
// hyphens name a variant of a thing (a licence), no organisation: the acronym alone may
// stay one ("CC", Creative Commons). The parts are of one or two capitals or digits, and
// one hyphen at least joins two of them ("AIDS UK", "US-UK" are no codes, nor is a
// coalition of parties, "CDU-CSU-SPD").
bool Products::thing_code(const Candidate& c) const {
  const std::string_view w = surface_view(c.first, c.last);
  const size_t cut = w.find_first_of(" -");
  if (cut == std::string_view::npos || cut < 2 || cut > 4) return false;
  for (size_t i = 0; i < cut; ++i)
    if (w[i] < 'A' || w[i] > 'Z') return false;
  size_t part = 0;
  bool hyphen = false;
  for (size_t i = cut + 1; i <= w.size(); ++i) {
    const char ch = i < w.size() ? w[i] : ' ';
    if (ch == ' ' || ch == '-') {
      if (part == 0 || part > 2) return false;
      hyphen = hyphen || (ch == '-' && i > cut + 1);
      part = 0;
    } else if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
      ++part;
    } else {
      return false;
    }
  }
  return hyphen;
}

void Products::drop_thing_acronyms() {
  std::vector<char> drop(cands_.size(), 0);
  bool any = false;
  // The words in capitals the text uses as acronyms (shouted_function_word), read once, at the
  // first function word in capitals.
  std::optional<std::set<std::string_view>> acronyms_used;
  std::optional<std::set<std::string_view>> eras_alone;  // eras_used_alone(), read once
  for (size_t i = 0; i < cands_.size(); ++i) {
    Candidate& c = cands_[i];
    if (c.entry >= 0) continue;
    if (thing_code(c)) {
      drop[i] = any = true;
      continue;
    }
    if (c.last - c.first == 1) {
      std::string w(tok(c.first));
      if (w.size() > 2 && w.back() == 's') w.pop_back();  // "MEPs", "LEDs"
      // A place's acronym is the place's, whatever else it may stand for; an acronym the text
      // defines as a body's ("the Tarn Revenue Service (SARS)") is that body's.
      if (c.type != kGpe && c.type != kLoc && lex_.thing_acronyms.count(w) && !defined_as_body(tok(c.first)))
        drop[i] = any = true;
      // An era beside its number names nothing, unless it was read as a place after the
      // number ("in 2030 BC will need"; "AD 64" leads its number and is no place) or the text
      // uses the word alone too, away from any number.
      const bool era_leads = c.first + 1 < toks_.size() && toks_[c.first + 1].digit;
      if ((era_leads || (c.type != kGpe && c.type != kLoc)) && era_after_number(c.first)) {
        if (!eras_alone) eras_alone = eras_used_alone();
        if (!eras_alone->count(tok(c.first))) drop[i] = any = true;
      }
      if (emphatic_word(c.first)) drop[i] = any = true;
      if (toks_[c.first].all_caps && function_word(c.first)) {
        if (!acronyms_used) acronyms_used = words_used_as_acronyms();
        if (shouted_function_word(c.first, *acronyms_used)) drop[i] = any = true;
      }
      if (toks_[c.first].all_caps && contraction(fold(tok(c.first)))) drop[i] = any = true;  // "I'M", "DON'T"
      continue;
    }
  }
  if (any) drop_marked(drop);
}

bool Products::defined_as_body(std::string_view acronym) const {
  const auto def = acronyms_.find(std::string(acronym));
  return def != acronyms_.end() && def->second < cands_.size() && cands_[def->second].type == kOrg;
}

bool Products::era_after_number(size_t k) const {
  auto era = lex_.era_markers.find(std::string(tok(k)));
  if (era == lex_.era_markers.end()) return false;
  const auto number = [&](size_t j) { return j < toks_.size() && toks_[j].digit; };
  // "1400 BC", "40 CE": most eras follow their number; "AD 64" may also lead it.
  return (k > 0 && number(k - 1)) || (era->second && number(k + 1));
}

std::set<std::string_view> Products::eras_used_alone() const {
  std::set<std::string_view> alone;
  for (size_t j = 0; j < toks_.size(); ++j)
    if (lex_.era_markers.count(std::string(tok(j))) && !era_after_number(j)) alone.insert(tok(j));
  return alone;
}

bool Products::org_head_inside(const Candidate& c) const {
  // An organisation's head that is no qualifying word ("Union" of "Southern Union").
  for (size_t k = c.first; k < c.last; ++k)
    if (org_head(k) && !lex_.place_qualifiers.count(std::string(tok(k)))) return true;
  // A qualifying word that is also a head ("Centre") names a body after "the" ("the Swindon
  // Centre announced"), a district without it ("the seat of Wakefield Centre").
  return org_head(c.last - 1) && c.first > 0 && fold(tok(c.first - 1)) == "the";
}

bool Products::emphatic_word(size_t k) const {
  if (!toks_[k].all_caps || k == 0 || k + 1 >= toks_.size() || !lex_.emphatic_words.count(fold(tok(k)))) return false;
  const Token& before = toks_[k - 1];
  const Token& after = toks_[k + 1];
  if (!before.word || before.cap || !after.word || after.cap || newline_before(k) || newline_before(k + 1)) return false;
  return !article(k - 1);  // "the WHO said"
}

std::set<std::string_view> Products::words_used_as_acronyms() const {
  // Defined in brackets ("The World Health Organization (WHO)") or inside prose in small
  // letters ("said the WHO would"); not where capitals and small letters alternate ("BROWNING
  // AND karen"): there the word touches another in capitals.
  std::set<std::string_view> used;
  auto lower_word = [&](size_t j) { return j < toks_.size() && toks_[j].word && !toks_[j].all_caps && !toks_[j].cap; };
  for (size_t j = 1; j + 1 < toks_.size(); ++j) {
    if (!toks_[j].all_caps) continue;
    bool bracketed = is(j - 1, '(') && is(j + 1, ')');
    bool in_prose = lower_word(j - 1) && lower_word(j + 1) && !toks_[j].nl && !toks_[j + 1].nl;
    if (bracketed || in_prose) used.insert(tok(j));
  }
  return used;
}

bool Products::shouted_function_word(size_t k, const std::set<std::string_view>& acronyms_used) const {
  if (!toks_[k].all_caps || !function_word(k)) return false;
  // The nearest word on each side on the line, past a comma or a full stop ("YEAR, AND I").
  auto nearest = [&](size_t from, int step) -> size_t {
    for (size_t j = from, n = 0; n < 2; ++n) {
      if ((step < 0 && (j == 0 || toks_[j].nl)) || (step > 0 && (j + 1 >= toks_.size() || toks_[j + 1].nl))) break;
      j = step < 0 ? j - 1 : j + 1;
      if (toks_[j].word) return j;
    }
    return SIZE_MAX;
  };
  bool capitals = false;
  for (size_t j : {nearest(k, -1), nearest(k, 1)}) {
    if (j == SIZE_MAX) continue;
    if (!toks_[j].all_caps && tok(j) != "I") return false;  // "the WHO said": a lower-case word beside it
    capitals = capitals || toks_[j].all_caps;
  }
  if (!capitals) return false;
  // A dateline's state after its town and a comma: "PORTLAND, OR (AP)".
  if (k >= 2 && is(k - 1, ',') && toks_[k - 2].all_caps && tok(k).size() == 2) return false;
  // The same word as an acronym elsewhere in the text: the headline in capitals names it too.
  // (Token K itself, with capitals beside it, is neither bracketed nor in prose.)
  return acronyms_used.count(tok(k)) == 0;
}

}  // namespace dossier::entities_detail
