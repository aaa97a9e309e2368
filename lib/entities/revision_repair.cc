// Revision: passes after the tagger that mend what the rules and the tagger leave. Words of
// groups and schools are no names; a common word opening a sentence is a name only where the
// document confirms it; an organisation's name runs on over "of the" and "for a"; a surname
// cut at its apostrophe ("Ann O' Dowd") is whole again; a party's label before a person's
// name ("Liberal Ann Lee") is no part of it. None of them changes the tagger's
// features, so the shipped weights stay what training makes.
// Tested by revision_repair_test.cc.
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "lexicon.h"
#include "revision.h"
#include "text.h"

namespace dossier::entities_detail {

void Revision::mend_names() {
  bool article = false, group = false, opener = false, apostrophe = false, party = false, coordinated = false;
  for (const Candidate& c : cands_) {
    const size_t a = c.first;
    if (c.last - a == 1) {
      opener = opener || initial_[a];
      group = group || c.type == kOrg;
    } else {
      const Token& t = toks_[c.last - 1];
      apostrophe = apostrophe || (t.end - t.begin == 1 && c.last < toks_.size() && !toks_[c.last].word);
      party = party || (c.last - a >= 3 && c.type == kPerson);
    }
    coordinated = coordinated || (c.by_head && ((c.last < toks_.size() && tok(c.last) == "and") ||
                                                (a > 0 && tok(a - 1) == "and")));
    // "<Head> of the <name>": an article before the name, a capital three back.
    if (!article && a >= 3 && !toks_[a - 1].cap && toks_[a - 3].cap) {
      std::string_view w = tok(a - 1);
      article = w == "the" || w == "a";
    }
  }
  if (article) join_article_names();
  if (coordinated) join_coordinated_names();
  if (group) drop_group_words();
  if (opener) weaken_sentence_words();
  if (apostrophe) join_apostrophe_names();
  if (party) strip_party_words();
}

void Revision::strip_party_words() {
  for (Candidate& c : cands_) {
    if (c.last - c.first < 3 || c.type != kPerson || c.entry >= 0) continue;
    const Token& next = toks_[c.first + 1];
    if (!next.word || !next.cap || next.all_caps || !lex_.party_words.count(std::string(tok(c.first)))) continue;
    ++c.first;
    c.key.clear();
  }
}

void Revision::drop_marked(const std::vector<char>& drop) {
  std::vector<size_t> moved(cands_.size(), SIZE_MAX);
  size_t kept = 0;
  for (size_t i = 0; i < cands_.size(); ++i) {
    if (drop[i]) continue;
    moved[i] = kept;
    if (kept != i) cands_[kept] = std::move(cands_[i]);
    ++kept;
  }
  if (kept == cands_.size()) return;
  cands_.resize(kept);
  follow_acronyms(acronyms_, moved);
}

bool Revision::group_word(const Candidate& c) const {
  if (c.last - c.first != 1 || c.entry >= 0 || c.titled || c.type != kOrg) return false;
  const Token& t = toks_[c.first];
  if (!t.word || !t.cap || t.all_caps || t.digit) return false;
  std::string_view w = tok(c.first);
  for (const std::string& suffix : lex_.group_suffixes) {
    // The ending and at least three letters before it: "Tic" and "Pan" are no such words.
    if (w.size() < suffix.size() + 3 || w.substr(w.size() - suffix.size()) != suffix) continue;
    if (w.back() == 's') return true;
    if (c.first == 0) return true;
    std::string_view before = tok(c.first - 1);
    return before != "the" && before != "The";
  }
  return false;
}

void Revision::drop_group_words() {
  std::vector<char> drop;  // allocated at the first word to drop: most documents have none
  for (size_t i = 0; i < cands_.size(); ++i) {
    if (!group_word(cands_[i])) continue;
    drop.resize(cands_.size());
    drop[i] = 1;
  }
  if (!drop.empty()) drop_marked(drop);
}

void Revision::weaken_sentence_words() {
  const size_t n = toks_.size();
  // A lone common word of the rules opening a sentence, not a name's possessive.
  auto opener = [&](const Candidate& c) {
    const size_t k = c.first;
    if (c.last - k != 1 || !initial_[k] || k + 1 >= n || c.entry >= 0 || c.titled || c.by_head) return false;
    if (headline_[k] || toks_[k].all_caps || !common(k) || given(k)) return false;
    if (lex_.proper_words.count(std::string(tok(k)))) return false;
    std::string_view next = tok(k + 1);
    return next != "'s" && next != "\xE2\x80\x99s";  // "Jordan's"
  };
  // "Stir the sauce", "Stir it": a verb before its object opens an instruction, however
  // often the document opens sentences with it; a name opening a sentence is its subject.
  static constexpr std::string_view kObjects[] = {"the", "a", "an", "your", "it", "them", "what", "how", "some", "each"};
  std::vector<size_t> openers;
  std::unordered_set<uint64_t> verbs;
  for (size_t i = 0; i < cands_.size(); ++i) {
    const Candidate& c = cands_[i];
    if (!opener(c)) continue;
    openers.push_back(i);
    std::string_view next = tok(c.first + 1);
    if (std::find(std::begin(kObjects), std::end(kObjects), next) != std::end(kObjects)) verbs.insert(toks_[c.first].hash);
  }
  // ... unless the document also capitalizes it inside a sentence.
  if (!verbs.empty())
    for (size_t k = 0; k < n; ++k)
      if (toks_[k].cap && !initial_[k] && !headline_[k]) verbs.erase(toks_[k].hash);
  for (size_t i : openers) {
    Candidate& c = cands_[i];
    if (!capitalized_name(c.first) || verbs.count(toks_[c.first].hash)) c.weak = true;
  }
}

// "the Board of the Harwell Trust": an organisation's name of its own after "of the" names
// another organisation, not the end of this one.
bool Revision::names_organisation(const Candidate& c) const {
  if (c.type != kOrg) return false;
  if (c.entry >= 0) return true;
  for (size_t k = c.first; k < c.last; ++k)
    if (const std::string* head = head_type(k); head && *head == kOrg) return true;
  return false;
}

void Revision::join_article_names() {
  std::vector<char> drop;  // allocated at the first name to drop: most documents have none
  for (size_t j = 0; j < cands_.size(); ++j) {
    Candidate& c = cands_[j];
    if (c.first < 3) continue;
    const size_t art = c.first - 1, con = c.first - 2, head = c.first - 3;
    // Cheap tests first: a short lower-case word before the name, a capital three back.
    const Token& at = toks_[art];
    if (at.cap || !at.word || at.end - at.begin > 3 || !toks_[head].cap) continue;
    if (c.type == kPerson && c.entry < 0) continue;
    std::string_view a = tok(art);
    if ((a != "the" && a != "a") || !connector(con) || toks_[c.first].nl || toks_[art].nl || toks_[con].nl) continue;
    std::string_view w = tok(con);
    if (w != "of" && w != "for" && w != "on") continue;
    const Token& h = toks_[head];
    if (!h.word || !h.cap || h.all_caps) continue;
    const std::string* type = head_type(head);
    if (!type || names_organisation(c)) continue;
    // The name opens with the candidate ending at the head word, or with the capitalized
    // words before the head on its line, up to a sentence start or a function word.
    size_t start = head;
    const Candidate* prev = j > 0 ? &cands_[j - 1] : nullptr;
    if (prev && prev->last > head) {
      if (prev->last != head + 1 || (!drop.empty() && drop[j - 1]) || prev->type == kPerson) continue;
      start = prev->first;
      drop.resize(cands_.size());
      drop[j - 1] = 1;
    } else {
      while (start > 0 && !initial_[start] && !toks_[start].nl && toks_[start - 1].word && toks_[start - 1].cap &&
             !toks_[start - 1].all_caps && !function_word(start - 1) && !title_at(start - 1) &&
             (!prev || prev->last < start))
        --start;
    }
    c.first = start;
    c.titled = c.weak = false;
    c.by_head = true;
    c.key.clear();
    c.place_alias.clear();
    std::vector<std::string> words;
    for (size_t k = c.first; k < c.last; ++k) words.emplace_back(tok(k));
    auto known = ix_.loose.find(loose_key(words));
    c.entry = known != ix_.loose.end() && known->second >= 0 ? known->second : -1;
    c.type = c.entry >= 0 ? std::string_view(gaz_.entries()[static_cast<size_t>(c.entry)].type) : std::string_view(*type);
  }
  if (!drop.empty()) drop_marked(drop);
}

size_t Revision::common_words_from(size_t i, size_t limit) const {
  size_t k = i;
  while (k < limit && !toks_[k].nl && toks_[k].word && toks_[k].cap && !toks_[k].all_caps && common(k) &&
         !given(k) && !demonym_like(k) && !function_word(k))
    ++k;
  return k;
}

void Revision::join_coordinated_names() {
  const size_t n = toks_.size();
  std::vector<char> drop;  // allocated at the first name to drop: most documents have none
  for (size_t j = 0; j < cands_.size(); ++j) {
    Candidate& c = cands_[j];
    if ((!drop.empty() && drop[j]) || !c.by_head || c.entry >= 0 || c.type != kOrg) continue;
    // After: "<Head> of|for <tail> and <words>".
    bool of = false;
    for (size_t k = c.first + 1; k + 1 < c.last && !of; ++k) of = head_type(k - 1) && (tok(k) == "of" || tok(k) == "for");
    if (of && c.last + 1 < n && tok(c.last) == "and" && !toks_[c.last + 1].nl && common(c.last - 1) &&
        toks_[c.last - 1].cap) {
      const size_t from = c.last + 1;
      const Candidate* next = j + 1 < cands_.size() ? &cands_[j + 1] : nullptr;
      size_t end = from;
      if (next && next->first == from) {
        // The next name of the rules, all dictionary words but its connectors and places.
        bool plain = next->entry < 0 && next->type != kPerson && !next->titled;
        for (size_t k = next->first; k < next->last && plain; ++k)
          plain = connector(k) || common_words_from(k, k + 1) == k + 1 ||
                  (k > next->first && connector(k - 1) && toks_[k].cap);
        if (plain) end = next->last;
        if (plain) {
          drop.resize(cands_.size());
          drop[j + 1] = 1;
        }
      } else if (!next || next->first > from) {
        end = common_words_from(from, next ? next->first : n);
      }
      if (end > from) {
        c.last = end;
        c.key.clear();
        c.place_alias.clear();
        continue;
      }
    }
    // Before: "<words> and <...> <Head>", the name ending in its head word.
    if (c.first < 2 || tok(c.first - 1) != "and" || !head_type(c.last - 1)) continue;
    const size_t before = c.first - 1;
    if (j > 0 && cands_[j - 1].last > before - 1) continue;  // another name's word
    size_t start = before;
    while (start > 0 && !initial_[start] && common_words_from(start - 1, start) == start) --start;
    if (start == before || (initial_[start] && start + 1 == before && !capitalized_name(start))) continue;
    if (j > 0 && cands_[j - 1].last > start) continue;
    c.first = start;
    c.key.clear();
    c.place_alias.clear();
  }
  if (!drop.empty()) drop_marked(drop);
}

void Revision::join_apostrophe_names() {
  const size_t n = toks_.size();
  std::vector<char> drop;  // allocated at the first name to drop: most documents have none
  for (size_t j = 0; j < cands_.size(); ++j) {
    Candidate& c = cands_[j];
    if (c.last - c.first < 2 || c.last + 1 >= n) continue;
    const Token& o = toks_[c.last - 1];
    if (o.end - o.begin != 1 || !o.cap) continue;
    if ((!drop.empty() && drop[j]) || c.entry >= 0 || c.by_head || (c.type != kPerson && c.type != kOrg)) continue;
    std::string_view mark = tok(c.last);
    if ((mark != "'" && mark != "\xE2\x80\x99") || toks_[c.last].begin != o.end) continue;
    const Token& rest = toks_[c.last + 1];
    if (rest.nl || !rest.word || !rest.cap || rest.all_caps || rest.begin > toks_[c.last].end + 1) continue;
    c.last += 2;
    c.type = kPerson;  // an Irish or Italian surname: "O' Dowd", "D' Amato"
    // The rest of the surname, if a name of its own, is now part of this one.
    for (size_t k = j + 1; k < cands_.size() && cands_[k].first < c.last; ++k) {
      drop.resize(cands_.size());
      drop[k] = 1;
    }
  }
  if (!drop.empty()) drop_marked(drop);
}

}  // namespace dossier::entities_detail
