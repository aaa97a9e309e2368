// Names completed in square brackets (revision.h). Tested by revision_brackets_test.cc.
#include <vector>

#include "revision.h"

namespace dossier::entities_detail {

size_t BracketedNames::bracket_close(size_t i) const {
  const size_t n = toks_.size();
  bool word = false;
  for (size_t k = i + 1; k < n && k < i + 9; ++k) {
    const Token& t = toks_[k];
    if (t.nl) return 0;
    if (is(k, ']')) return word ? k : 0;
    // Capitalized words, initials and their full stops ("George H. W.").
    if (t.word ? !t.cap : !is(k, '.')) return 0;
    word = word || t.word;
  }
  return 0;
}

bool BracketedNames::name_word(size_t k, size_t close) const {
  if (!toks_[k].word) return true;
  const std::string_view w = tok(k);
  // "[George H. W.] Bush": an initial takes its full stop; "Varnell [R]" is a party's letter.
  if (w.size() == 1) return k + 1 < close && is(k + 1, '.');
  // "[CEO]", "[PDF]", "[D-Ohio]": a label, an acronym, a party and its state.
  if (toks_[k].all_caps || (w.size() > 2 && w[1] == '-')) return false;
  return any_given(k) || !common(k);
}

// "LONDON [Reuters]", "Smith [AP]": a bracket holding a name the gazetteer knows as no
// person's is the source or a gloss beside the name, no part of it.
bool BracketedNames::known_body(size_t first, size_t close) const {
  int64_t entry = -1;
  if (match(first, entry) != close || entry < 0) return false;
  return gaz_.entries()[static_cast<size_t>(entry)].type != kPerson;
}

void BracketedNames::join_bracketed_names() {
  // Most texts bracket nothing: one scan of the bytes, not a test of every token.
  if (text_.find('[') == std::string_view::npos) return;
  const size_t n = toks_.size();
  bool any = false;
  for (size_t k = 0; k + 2 < n && !any; ++k) any = is(k, '[') && toks_[k + 1].cap;
  if (!any) return;  // nor a name
  // The candidate starting, and the one ending, at each token.
  std::vector<size_t> starts(n + 1, SIZE_MAX), ends(n + 1, SIZE_MAX);
  for (size_t j = 0; j < cands_.size(); ++j) {
    starts[cands_[j].first] = j;
    ends[cands_[j].last] = j;
  }
  auto person_part = [&](size_t a, size_t b) {
    return any_given(a) || title_at(a) != 0 || (a > 0 && title_at(a - 1) != 0) || (b - a == 1 && given(a));
  };
  std::vector<Candidate> joined;
  for (size_t i = 0; i + 2 < n; ++i) {
    if (!is(i, '[')) continue;
    const size_t close = bracket_close(i);
    if (!close) continue;
    // The bracket's words past a title: "[Prime Minister Anna] Korvath" names Anna Korvath.
    size_t inner = i + 1;
    if (const size_t t = title_at(inner); t != 0 && inner + t < close) inner += t;
    const bool word_after = close + 1 < n && !toks_[close + 1].nl && toks_[close + 1].word && toks_[close + 1].cap;
    size_t first, last, said;  // the joined name, and the candidate of the part said
    if (word_after && starts[close + 1] != SIZE_MAX) {  // "[George H. W.] Bush"
      said = starts[close + 1];
      first = inner;
      last = cands_[said].last;
    } else if (!word_after && i > 0 && !toks_[i].nl && ends[i] != SIZE_MAX) {  // "Jeff [Marlow]"
      said = ends[i];
      first = cands_[said].first;
      last = close;
    } else {
      continue;
    }
    // "[Laughter] Varnell said", "Varnell [Applause]": a stage note is no part of a name;
    // the bracket's words past a title are names' words or initials, no dictionary words.
    bool names_only = true;
    for (size_t k = inner; k < close && names_only; ++k) names_only = name_word(k, close);
    if (!names_only || known_body(i + 1, close)) continue;
    Candidate& c = joined.emplace_back();
    c.first = first;
    c.last = last;
    c.type = cands_[said].type;
    if (c.type == kPerson || person_part(first, last)) {
      c.type = kPerson;
      c.cued = true;
    }
    i = close;
  }
  insert_names(joined);
}

}  // namespace dossier::entities_detail
