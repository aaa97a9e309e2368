// The persons a document introduces as officials of a state or organisation
// (introductions.h). Tested by introductions_test.cc and layer_test.cc.
#include "introductions.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "dossier/utf8.h"

namespace dossier::positions_detail {

namespace {

// Whether the word before byte POS (past "the") is a preposition: its noun phrase is an
// object ("views of Russia"), and a subject pronoun seldom goes back to one.
bool after_preposition(std::string_view text, size_t pos) {
  static const char* const kPrepositions[] = {"of", "to", "with", "by", "from", "in", "at", "on", "for", "into",
                                              "against", "about", "over", "between", "among", "than"};
  for (int round = 0; round < 2; ++round) {
    size_t e = pos;
    while (e > 0 && text[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
    std::string w;
    for (size_t k = b; k < e; ++k) w += utf8::ascii_lower(text[k]);
    if (w == "the" && round == 0) {
      pos = b;
      continue;
    }
    return std::any_of(std::begin(kPrepositions), std::end(kPrepositions), [&](const char* p) { return w == p; });
  }
  return false;
}

// Whether WORDS is a title written in title case between a state or organisation and a
// person's name ("Under Secretary of State", "Foreign Minister", "Secretary General"):
// one to six words, the first capitalised, the others capitalised or "of", "for", "to",
// "the"; spaces only between them.
bool is_title(std::string_view words) {
  size_t n = 0, b = 0;
  while (b < words.size()) {
    if (words[b] == ' ') {
      ++b;
      continue;
    }
    size_t e = b;
    while (e < words.size() && words[e] != ' ') ++e;
    std::string_view w = words.substr(b, e - b);
    bool cap = w[0] >= 'A' && w[0] <= 'Z';
    bool small = w == "of" || w == "for" || w == "to" || w == "the";
    if ((n == 0 && !cap) || (!cap && !small)) return false;
    for (char ch : w)
      if (!std::isalpha(static_cast<unsigned char>(ch)) && ch != '-') return false;
    ++n;
    b = e;
  }
  return n >= 1 && n <= 6;
}

}  // namespace

// A person named after a state's or organisation's possessive and a title ("Ruritania's
// permanent representative to the UN Anna Novak", "Poland's Defense Minister X"), or right
// after its name and a title in title case ("Ruritanian Deputy Minister of Fisheries X",
// "NATO Secretary General X"), is introduced as its official and speaks for it in this
// document, as an office in the gazetteer would say. The title is at most eight words,
// within one phrase (no sentence punctuation or quote marks).
void Introductions::find(std::string_view text, const std::vector<Candidate>& cands, const ActorsOf& actors_of) {
  for (size_t i = 1; i < cands.size(); ++i) {
    const Candidate& p = cands[i];
    if (p.type != "PERSON" || !p.entity) continue;
    // The nearest possessive state or organisation before the person, within reach ("to
    // the OSCE" may come between).
    size_t j = i, after = 0;
    while (j-- > 0 && cands[j].end + 80 >= p.start) {
      const Candidate& c = cands[j];
      if (c.type != "GPE" && c.type != "ORG") break;
      if (text.substr(c.end, 2) == "'s" && !after_preposition(text, c.start)) {
        after = c.end + 2;
      } else if (text.substr(c.end, 4) == "\u2019s" && !after_preposition(text, c.start)) {
        after = c.end + 4;
      } else if (j + 1 == i && is_title(text.substr(c.end, p.start - c.end))) {
        after = c.end;  // "Ruritanian Deputy Minister of Fisheries X"
      } else if (after_preposition(text, c.start)) {
        continue;  // an object inside the title: "to the OSCE"
      } else {
        break;
      }
      break;
    }
    if (!after || j >= i) continue;
    const Candidate& s = cands[j];
    if (p.start <= after) continue;
    std::string_view title = text.substr(after, p.start - after);
    if (title.find_first_of(".;:!?\"\n") != std::string_view::npos || title.find(" and ") != std::string_view::npos ||
        title.find(" or ") != std::string_view::npos || title.find("\xE2\x80\x9C") != std::string_view::npos ||
        title.find("\xE2\x80\x9D") != std::string_view::npos)
      continue;
    size_t words = 0;
    bool in = false;
    for (char c : title) {
      bool w = std::isalpha(static_cast<unsigned char>(c)) != 0;
      if (w && !in) ++words;
      in = w;
    }
    if (words == 0 || words > 8) continue;
    auto& held = introduced_[std::string(p.name)];
    for (auto& n : actors_of(s))
      if (n != p.name && std::find(held.begin(), held.end(), n) == held.end()) held.push_back(std::move(n));
  }
}

void Introductions::add_to(std::string_view person, std::vector<std::string>& out) const {
  auto it = introduced_.find(person);
  if (it == introduced_.end()) return;
  for (const auto& n : it->second)
    if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
}

}  // namespace dossier::positions_detail
