// A name run on over "on" into a subject or a place: "Vellacott on Card Games", "Tarby on
// Rynø" (revision.h). Tested by revision_on_test.cc.
#include <cstdint>
#include <string_view>
#include <vector>

#include "finder_types.h"
#include "lexicon.h"
#include "revision.h"

namespace dossier::entities_detail {

bool NamesOn::plain_subject(size_t a, size_t b) const {
  if (a >= b) return false;
  for (size_t k = a; k < b; ++k) {
    if (plain_common_word(k)) continue;
    // "Salt and Sea Roads": a function word in lower case inside the subject.
    if (k > a && k + 1 < b && toks_[k].word && !toks_[k].cap && function_word(k)) continue;
    return false;
  }
  return true;
}

bool NamesOn::group_plural(size_t k) const {
  return capitalized_plural(k) && !lex_.open_surnames.count(tok(k));
}

bool NamesOn::town_on_water(size_t first, size_t on, size_t last) const {
  if (on != first + 1 || last != on + 2) return false;
  if (const std::string* head = head_type(on + 1)) return *head == kLoc;  // "Southend on Sea"
  auto w = lex_.wordnet_types.find(tok(on + 1));
  return w != lex_.wordnet_types.end() && w->second == kLoc;  // a river: "Walton on Thames"
}

bool NamesOn::country_topic(size_t a, size_t b) const {
  int64_t entry = -1;
  return match(a, entry) == b && entry >= 0 && gaz_.entries()[static_cast<size_t>(entry)].type == kGpe;
}

void NamesOn::type_author(Candidate& left, int64_t entry) const {
  if (entry >= 0) {
    left.entry = entry;
    left.type = gaz_.entries()[static_cast<size_t>(entry)].type;
    return;
  }
  std::string_view type = NameTypes(*this).unknown_name_type(left.first, left.last);
  left.type = type == kOrg ? kPerson : type;
}

Candidate NamesOn::place_part(size_t a, size_t b, std::string_view type) const {
  Candidate place;
  place.first = a;
  place.last = b;
  place.type = type;
  int64_t entry = -1;
  if (match(a, entry) == b && entry >= 0) place.entry = entry;
  else place.by_head = head_type(b - 1) != nullptr;
  return place;
}

std::string_view NamesOn::place_type(size_t a, size_t b) const {
  int64_t entry = -1;
  if (match(a, entry) == b && entry >= 0) {
    std::string_view type = gaz_.entries()[static_cast<size_t>(entry)].type;
    return type == kGpe || type == kLoc ? type : std::string_view();
  }
  if (const std::string* head = head_type(b - 1); head && b - a >= 2) return *head == kGpe || *head == kLoc ? *head : std::string_view();
  return NameTypes(*this).known_place(a, b) ? kGpe : std::string_view();
}

void NamesOn::split_names_on() {
  std::vector<Candidate> parts;
  std::vector<char> drop(cands_.size(), 0);
  for (size_t j = 0; j < cands_.size(); ++j) {
    const Candidate& c = cands_[j];
    if (c.entry >= 0 || c.last - c.first < 3) continue;
    if (c.type != kOrg && c.type != kPerson && c.type != kGpe && c.type != kLoc) continue;
    size_t on = c.first + 1;
    while (on + 1 < c.last && tok(on) != "on") ++on;
    if (on + 1 >= c.last) continue;
    // The words before "on" are a name's own, three at most, none a word of the dictionary
    // or a head: "Council on Foreign Relations", "War on Want", "Lectures on Grammar" name
    // one thing with its subject.
    if (on - c.first > 3) continue;
    bool name = true;
    for (size_t k = c.first; k < on && name; ++k) {
      const Token& t = toks_[k];
      name = t.word && t.cap && !t.digit && !common(k) && !head_type(k) && !function_word(k) && !title_at(k);
    }
    if (!name) continue;
    size_t b = on + 1;
    if (tok(b) == "the" && b + 1 < c.last) ++b;
    Candidate left;
    left.first = c.first;
    left.last = on;
    left.titled = c.titled;
    int64_t entry = -1;
    const bool known = match(c.first, entry) == on && entry >= 0;
    // "Vellnet on Tarn": a brand's inner capital names no town.
    if (camel_cased(left)) continue;
    if (town_on_water(c.first, on, c.last)) {
      // "Stratford on Avon", "Southend on Sea": an English town named for its river or its
      // coast is one town.
      Candidate town;
      town.first = c.first;
      town.last = c.last;
      town.type = kGpe;
      parts.push_back(std::move(town));
    } else if (b == on + 1 && country_topic(b, c.last)) {
      // "Halvorsen on Syria": a headline's speaker on a country or a state the gazetteer
      // knows, the subject of a speech or an interview; towns stand on islands, lakes and
      // rivers, not on a country's name.
      type_author(left, known ? entry : -1);
      parts.push_back(std::move(left));
      parts.push_back(place_part(b, c.last, kGpe));
    } else if (std::string_view place = place_type(b, c.last); !place.empty()) {
      // "Tarby on Rynø", "Vell on Orrin Island": a town on an island, a lake or a river is
      // a place, and so is the place it stands on.
      if (known) {
        left.entry = entry;
        left.type = gaz_.entries()[static_cast<size_t>(entry)].type;
      } else {
        left.type = NameTypes(*this).known_place(c.first, on) ? kGpe : kLoc;
      }
      parts.push_back(std::move(left));
      parts.push_back(place_part(b, c.last, place));
    } else if (plain_subject(b, c.last) && !group_plural(on - 1)) {
      // "Vellacott on Card Games": a work's title, its author and the subject; the subject
      // is no name. The author is a person unless the words name something known.
      type_author(left, known ? entry : -1);
      parts.push_back(std::move(left));
    } else {
      continue;
    }
    drop[j] = 1;
  }
  if (parts.empty()) return;
  drop_marked(drop);
  insert_names(parts);
}

}  // namespace dossier::entities_detail
