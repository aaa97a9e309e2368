// The types of names that neither the gazetteer nor a cue types (finder_types.h).
#include "finder_types.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace dossier::entities_detail {

namespace {

bool ascii_letter(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

// Whether W, in lower case, has the shape of one syllable of a romanized Korean or Chinese
// name: at most two consonants, one run of vowels, then nothing or n, ng, m, k, l, p, t
// ("in", "moon", "bak", "hye"). An English suffix of a compound has none ("led", "era",
// "based", "backed", "style").
bool syllable_shape(std::string_view w) {
  auto vowel = [](char ch) { return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u'; };
  size_t i = 0;
  while (i < w.size() && !vowel(w[i])) ++i;
  if (i > 2 || i == w.size()) return false;
  while (i < w.size() && vowel(w[i])) ++i;
  const std::string_view coda = w.substr(i);
  return coda.empty() || coda == "ng" || (coda.size() == 1 && std::string_view("nmklpt").find(coda[0]) != std::string_view::npos);
}

}  // namespace

bool NameTypes::open_place(const std::string& name) const {
  if (lex_.open_places.count(name)) return true;
  // The lists write many places without their accents ("Krakow", "Poznan"), as English does;
  // a person's name with accents ("César", "Mäki") is no place for it.
  for (unsigned char c : name)
    if (c & 0x80)
      return !lex_.open_given_names.count(name) && !lex_.open_surnames.count(name) &&
             lex_.open_places.count(without_marks(name)) != 0;
  return false;
}

bool NameTypes::qualifies_place(size_t a, size_t b, size_t place_a, size_t place_b) const {
  if (a == place_a && b == place_b) return false;
  for (size_t i = a; i < b; ++i) {
    if (i == place_a) {
      i = place_b - 1;
      continue;
    }
    if (is(i, '-') && i > a && i + 1 < b) continue;
    if (!lex_.place_qualifiers.count(std::string(tok(i)))) return false;
  }
  return true;
}

bool NameTypes::qualified_open_place(size_t a, size_t b) const {
  if (b - a < 2) return false;
  size_t pa = a, pb = b;
  while (pa < pb && (lex_.place_qualifiers.count(std::string(tok(pa))) || is(pa, '-'))) ++pa;
  while (pb > pa && (lex_.place_qualifiers.count(std::string(tok(pb - 1))) || is(pb - 1, '-'))) --pb;
  if (pa == pb || (pa == a && pb == b)) return false;
  std::string place = surface(pa, pb);
  auto w = lex_.wordnet_types.find(place);
  return open_place(place) || (w != lex_.wordnet_types.end() && w->second != kPerson);
}

bool NameTypes::known_place(size_t a, size_t b) const {
  std::string s = surface(a, b);
  if (open_place(s)) return true;
  auto w = lex_.wordnet_types.find(s);
  return w != lex_.wordnet_types.end() && (w->second == kGpe || w->second == kLoc);
}

bool NameTypes::pinyin_word(std::string_view w) const {
  constexpr size_t kLongest = 6, kMost = 3;  // "zhuang"; syllables in a given name
  constexpr size_t kNone = SIZE_MAX;
  if (w.empty() || w.size() > kLongest * kMost) return false;
  char lower[kLongest * kMost];
  for (size_t i = 0; i < w.size(); ++i) {
    const char ch = w[i];
    if (!ascii_letter(ch)) return false;
    lower[i] = static_cast<char>(ch | 0x20);
  }
  // The fewest syllables that spell the first I letters, for each I (kNone when none do).
  std::array<size_t, kLongest * kMost + 1> fewest;
  fewest.fill(kNone);
  fewest[0] = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    if (fewest[i] == kNone) continue;
    for (size_t len = 1; len <= kLongest && i + len <= w.size(); ++len)
      if (lex_.pinyin_syllables.count(std::string_view(lower + i, len)))
        fewest[i + len] = std::min(fewest[i + len], fewest[i] + 1);
  }
  return fewest[w.size()] <= kMost;
}

bool NameTypes::surname_first(size_t a, size_t b) const {
  if (b - a < 2 || b - a > 4 || !lex_.surnames_first.count(tok(a))) return false;
  for (size_t k = a; k < b; ++k)
    if (head_type(k)) return false;
  // A short syllable of a given name: letters only, two to six of them.
  auto syllable = [&](size_t k) {
    const std::string_view w = tok(k);
    if (w.size() < 2 || w.size() > 6) return false;
    return std::all_of(w.begin(), w.end(), ascii_letter);
  };
  auto joined = [&](size_t k) { return toks_[k].begin == toks_[k - 1].end; };
  switch (b - a) {
    case 2:
      return toks_[a + 1].cap && !common(a + 1) && pinyin_word(tok(a + 1));
    case 3:
      return toks_[a + 1].cap && toks_[a + 2].cap && syllable(a + 1) && syllable(a + 2) && (!common(a + 1) || !common(a + 2));
    default:  // "Jae-in": a syllable, a hyphen and a syllable, written together; an English
              // word after the hyphen only of a syllable's shape ("Ki-moon", not "Yi-led")
      return toks_[a + 1].cap && is(a + 2, '-') && joined(a + 2) && joined(a + 3) && syllable(a + 1) && syllable(a + 3) &&
             (!common(a + 3) || syllable_shape(tok(a + 3)));
  }
}

std::string_view NameTypes::unknown_name_type(size_t a, size_t b, bool* guessed) const {
  if (guessed) *guessed = false;
  if (b - a == 1 && toks_[a].all_caps) return kOrg;  // "NV", "IBM": an acronym names an organisation
  std::string s = surface(a, b);
  if (open_place(s) || place_abbreviation(a)) return kGpe;
  auto wordnet = lex_.wordnet_types.find(s);
  if (wordnet != lex_.wordnet_types.end()) return wordnet->second;
  if (qualified_open_place(a, b)) return kGpe;
  if (surname_first(a, b)) return kPerson;
  std::string first(tok(a));
  if (b - a == 1) {
    if (any_given(a) || lex_.open_surnames.count(s)) return kPerson;
    if (guessed) *guessed = true;
    return kOrg;
  }
  // "Ignatius Hobart", "Ignatius R. L. Hobart": a short name opened by an open given name is
  // a person's; middle initials and their full stops do not count.
  size_t words = 0;
  for (size_t k = a; k < b; ++k) words += !is(k, '.') && !(k + 1 < b && is(k + 1, '.') && toks_[k].end - toks_[k].begin == 1);
  // A ruler's number may end it ("Alfonso XII").
  if (words <= 3 && (!toks_[b - 1].all_caps || regnal(b - 1)) && lex_.open_given_names.count(first)) return kPerson;
  if (b - a <= 3 && !toks_[b - 1].all_caps && !function_word(a) && !lex_.proper_words.count(first)) {
    std::string last(tok(b - 1));
    auto w = lex_.wordnet_types.find(last);
    if (lex_.open_surnames.count(last) || (w != lex_.wordnet_types.end() && w->second == kPerson)) return kPerson;
  }
  if (guessed) *guessed = true;
  return kOrg;
}

}  // namespace dossier::entities_detail
