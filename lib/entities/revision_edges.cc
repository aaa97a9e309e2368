// The edges of names: an acronym glossed by "for" and the name it stands for, a function word
// a name ran on into, a website's domain, a surname's elided particle; and words whose form
// names no entity (revision.h). Tested by revision_edges_test.cc.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "finder_types.h"
#include "lexicon.h"
#include "revision.h"
#include "text.h"

namespace dossier::entities_detail {

size_t NameEdges::gloss_start(size_t k, size_t last) const {
  const std::string_view acronym = tok(k);
  if (k + 2 >= last || tok(k + 1) != "for" || toks_[k + 1].nl) return 0;
  size_t start = k + 2;
  if (article(start) && !toks_[start].cap) ++start;
  if (start >= last || !toks_[start].cap) return 0;
  std::string initials;
  for (size_t i = start; i < last; ++i) {
    const Token& t = toks_[i];
    if (t.nl) return 0;
    if (!t.word) continue;  // "Tarn-Vell", "Vell's": the marks between words spell nothing
    if (!t.cap) {
      if (!function_word(i)) return 0;
      continue;  // "of", "and": passed over
    }
    initials += tok(i)[0];
  }
  return initials == acronym ? start : 0;
}

void NameEdges::split_glossed_acronyms() {
  std::vector<size_t> at;  // the candidates glossed
  for (size_t i = 0; i < cands_.size(); ++i) {
    const Candidate& c = cands_[i];
    const Token& t = toks_[c.first];
    if (c.entry >= 0 || c.last - c.first < 4 || !t.word || !t.all_caps || t.digit) continue;
    const size_t n = t.end - t.begin;
    if (n < 2 || n > 6) continue;
    if (gloss_start(c.first, c.last)) at.push_back(i);
  }
  if (at.empty()) return;
  std::vector<Candidate> out;
  out.reserve(cands_.size() + at.size());
  std::vector<size_t> moved(cands_.size(), SIZE_MAX);
  std::vector<std::pair<std::string, size_t>> glossed;  // acronym -> the gloss's new index
  size_t next = 0;
  for (size_t i = 0; i < cands_.size(); ++i) {
    Candidate c = std::move(cands_[i]);
    if (next < at.size() && at[next] == i) {
      ++next;
      Candidate acronym = c;
      acronym.last = c.first + 1;
      acronym.tagged = acronym.by_head = acronym.titled = false;
      c.first = gloss_start(c.first, c.last);
      glossed.emplace_back(std::string(tok(acronym.first)), out.size() + 1);
      out.push_back(std::move(acronym));
    }
    moved[i] = out.size();
    out.push_back(std::move(c));
  }
  cands_ = std::move(out);
  follow_acronyms(acronyms_, moved);
  for (auto& [acronym, gloss] : glossed) acronyms_.try_emplace(std::move(acronym), gloss);
}

// The words that never end a name: prepositions, articles and conjunctions, which need a
// word after them ("Who", "Now", "Here" may end a band's or a show's name; "A" is an
// initial's or a team's letter: "Karl A. Vell", "Tarnwick A").
static bool needs_a_word_after(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "An",   "The",   "And",    "Or",   "But",     "Nor",   "Of",    "On",     "In",    "At",
      "To",   "For",  "From",  "By",     "With", "Into",    "Onto",  "Over",  "Under",  "About", "After",
      "Before", "During", "Since", "Until", "Against", "Between", "Through", "Without", "Within", "As"};
  for (std::string_view k : kWords)
    if (k == w) return true;
  return false;
}

void NameEdges::cut_trailing_function_words() {
  for (Candidate& c : cands_) {
    if (c.entry >= 0 || c.last - c.first < 2) continue;
    size_t last = c.last;
    while (last - c.first >= 2 && toks_[last - 1].word && needs_a_word_after(tok(last - 1))) --last;
    if (last == c.last) continue;
    // The tokens before the cut word that are no words ("Vell, The"): the name ends at its
    // last word, which must be no such word itself.
    while (last > c.first + 1 && !toks_[last - 1].word) --last;
    if (!toks_[last - 1].word || !toks_[last - 1].cap || function_word(last - 1)) continue;
    c.last = last;
    if (const GazetteerEntry* e = gaz_.find(surface_view(c.first, c.last))) {
      c.entry = e - gaz_.entries().data();
      c.type = e->type;
    }
  }
}

void NameEdges::take_in_domains() {
  const size_t n = toks_.size();
  for (size_t i = 0; i < cands_.size(); ++i) {
    Candidate& c = cands_[i];
    size_t last = c.last;
    // The dot and the suffix touch the name and each other: "Tarnwell.com", not "Tarnwell. com".
    while (last + 1 < n && tok(last) == "." && toks_[last].begin == toks_[last - 1].end &&
           toks_[last + 1].begin == toks_[last].end && toks_[last + 1].word &&
           lex_.domain_suffixes.count(std::string(tok(last + 1))))
      last += 2;
    if (last == c.last || (i + 1 < cands_.size() && cands_[i + 1].first < last)) continue;
    c.last = last;
    // The domain is the evidence of a name: a common word ("Bookshelf.com") is no longer a
    // weak lone word, which grouping leaves out unless it resolves.
    c.weak = false;
  }
}

// "d'Orvelle", "d’Orvelle": "d" and an apostrophe, then a capital.
static bool elided_particle(std::string_view w) {
  if (w.size() < 3 || w[0] != 'd') return false;
  size_t after = 0;
  if (w[1] == '\'') after = 2;
  else if (w.size() > 4 && w.substr(1, 3) == "\xE2\x80\x99") after = 4;
  return after && after < w.size() && w[after] >= 'A' && w[after] <= 'Z';
}

void NameEdges::take_in_elided_particles() {
  const size_t n = toks_.size();
  for (size_t i = 0; i < cands_.size(); ++i) {
    Candidate& c = cands_[i];
    const size_t k = c.last;
    if (k >= n || toks_[k].nl || !toks_[k].word || toks_[k].begin != toks_[k - 1].end + 1 || text_[toks_[k - 1].end] != ' ')
      continue;
    if (!elided_particle(tok(k)) || (i + 1 < cands_.size() && cands_[i + 1].first <= k)) continue;
    c.last = k + 1;
  }
}

bool WordForms::title_plural(std::string_view w) const {
  if (w.size() < 5 || w.back() != 's') return false;
  const std::string one = fold(w.substr(0, w.size() - 1));
  auto it = lex_.titles_by_first.find(hash_folded(one));
  if (it == lex_.titles_by_first.end()) return false;
  for (size_t k : it->second)
    if (lex_.titles[k].size() == 1 && fold(lex_.titles[k][0]) == one) return true;
  return false;
}

bool WordForms::derived_word(std::string_view w) {
  static constexpr std::string_view kEndings[] = {"ization", "isation", "ification", "ified", "ized", "ised"};
  for (std::string_view e : kEndings)
    if (w.size() >= e.size() + 3 && w.substr(w.size() - e.size()) == e) return true;
  return false;
}

void WordForms::drop_word_forms() {
  std::vector<char> drop;  // allocated at the first name to drop: most documents have none
  for (size_t i = 0; i < cands_.size(); ++i) {
    const Candidate& c = cands_[i];
    if (c.last - c.first != 1 || c.entry >= 0 || c.titled || c.type != kOrg) continue;
    const Token& t = toks_[c.first];
    if (!t.word || !t.cap || t.all_caps || t.digit) continue;
    if (!title_plural(tok(c.first)) && (!derived_word(tok(c.first)) || head_type(c.first))) continue;
    drop.resize(cands_.size());
    drop[i] = 1;
  }
  if (!drop.empty()) drop_marked(drop);
}

}  // namespace dossier::entities_detail
