// Names written in capitals after a title, and a transcript's speaker labels (revision.h).
// Tested by revision_caps_test.cc.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/utf8.h"
#include "lexicon.h"
#include "revision.h"

namespace dossier::entities_detail {

size_t CapitalNames::label_end(size_t i) const {
  const size_t n = toks_.size();
  if (!(i == 0 || toks_[i].nl)) return 0;
  size_t words = 0, k = i;
  for (; k < n && (k == i || !toks_[k].nl) && words <= 4; ++k) {
    if (toks_[k].word && toks_[k].all_caps && !toks_[k].digit) {
      ++words;
    } else if (!(is(k, '.') && k > i && toks_[k - 1].word)) {  // "MR."
      break;
    }
  }
  if (words == 0 || words > 4 || k >= n || toks_[k].nl || !is(k, ':')) return 0;
  return k;
}

void CapitalNames::type_labels() {
  std::vector<std::pair<size_t, size_t>> labels;
  for (size_t i : scratch_.line_starts)
    if (size_t end = label_end(i)) labels.emplace_back(i, end);
  // A transcript has turns: a speaker comes back. Two labels of different lines once each
  // are as often a dateline and a note ("PUNE: ...", "NOTE: ...").
  if (labels.size() < 2) return;
  bool turns = false;
  for (size_t x = 0; x < labels.size() && !turns; ++x)
    for (size_t y = x + 1; y < labels.size() && !turns; ++y) {
      const auto [xa, xe] = labels[x];
      const auto [ya, ye] = labels[y];
      if (xe - xa != ye - ya) continue;
      bool same = true;
      for (size_t k = 0; k < xe - xa && same; ++k) same = tok(xa + k) == tok(ya + k);
      turns = same;
    }
  if (!turns) return;
  std::vector<char> drop(cands_.size(), 0);
  std::vector<Candidate> found;
  size_t next = 0;
  for (const auto& [a, end] : labels) {
    size_t name = a + title_at(a, true);
    while (name < end && is(name, '.')) ++name;
    // Without a title, a label of common words only ("QUESTION", "AUDIENCE MEMBER") names no
    // one; other capitals ("HALE", "PETER BAKER": a given name, a surname that is a word too)
    // are the speaker's name. A label ending in a head word ("VELLCORP INC") is a body's:
    // the rules' names in it stay as they are.
    if (head_type(end - 1)) continue;
    bool person = name < end;
    if (name == a) {
      bool all_common = true;
      for (size_t k = a; k < end; ++k)
        if (toks_[k].word && (!lex_.common_word(utf8::ascii_lower(tok(k))) || given(k))) all_common = false;
      person = !all_common;
    }
    while (next < cands_.size() && cands_[next].last <= a) ++next;
    bool known = false;
    for (size_t j = next; j < cands_.size() && cands_[j].first < end; ++j) {
      if (cands_[j].entry >= 0) {
        known = true;
        continue;
      }
      drop[j] = 1;
    }
    if (!person || known) continue;
    Candidate c;
    c.first = name;
    c.last = end;
    c.type = kPerson;
    c.titled = name > a;
    found.push_back(std::move(c));
  }
  drop_marked(drop);
  insert_names(found);
}

void CapitalNames::type_titled_capitals() {
  size_t listed_end = SIZE_MAX;  // the end of the last capital name a title typed
  for (Candidate& c : cands_) {
    const bool listed = listed_end != SIZE_MAX &&
                        (c.first == listed_end + 1 || (c.first == listed_end + 2 && tok(listed_end + 1) == "and")) &&
                        (tok(listed_end) == "," || tok(listed_end) == "and");
    listed_end = SIZE_MAX;
    if (c.entry >= 0 || c.by_head || c.type == kPerson || c.last - c.first > 2) continue;
    const size_t last = c.last - 1;
    const Token& t = toks_[last];
    if (!t.word || !t.all_caps || t.digit || t.end - t.begin < 3 || lex_.thing_acronyms.count(std::string(tok(last))))
      continue;
    bool titled = false;
    if (c.last - c.first == 2) {
      // "Senators HALE": the plural of a one-word title opens the name.
      std::string_view w = tok(c.first);
      if (w.size() < 4 || w.back() != 's' || toks_[c.first].all_caps) continue;
      const std::string one = utf8::ascii_lower(w.substr(0, w.size() - 1));
      for (const auto& title : lex_.titles) titled = titled || (title.size() == 1 && utf8::ascii_lower(title[0]) == one);
      if (!titled) continue;
    } else {
      titled = titled_before(last) || (last > 0 && !toks_[last].nl && title_at(last - 1, true) == 1);
    }
    // Listed after a titled name without a title of its own, a short word in capitals is as
    // often an acronym ("Chairman HALE and IBM", "CISA"): five letters or more.
    if (!titled && (!listed || t.end - t.begin < 5)) continue;
    c.first = last;
    c.type = kPerson;
    c.titled = titled;
    c.weak = false;
    listed_end = c.last;
  }
}

void CapitalNames::type_capital_names() {
  type_labels();
  type_titled_capitals();
}

}  // namespace dossier::entities_detail
