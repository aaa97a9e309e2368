// Revision: names joined over the words the rules stop at: an organisation's name runs on
// over "of the" and "for a" and over "and"; a surname cut at its apostrophe ("Ann O' Dowd")
// is whole again. Tested by revision_repair_test.cc.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "revision.h"
#include "text.h"

namespace dossier::entities_detail {

// "the Board of the Harwell Trust": an organisation's name of its own after "of the" names
// another organisation, not the end of this one.
bool Joins::names_organisation(const Candidate& c) const {
  if (c.type != kOrg) return false;
  if (c.entry >= 0) return true;
  for (size_t k = c.first; k < c.last; ++k)
    if (const std::string* head = head_type(k); head && *head == kOrg) return true;
  return false;
}

void Joins::join_article_names() {
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
    // "The Labour Member of Parliament for the Isle of Skerran": the seat after a member's
    // title, no name run on from the title's head word.
    if (!type || names_organisation(c) || ends_member_title(head)) continue;
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

bool Joins::ends_member_title(size_t k) const {
  for (const auto& form : lex_.role_forms)
    if (form.size() >= 2 && k + 1 >= form.size() && title_form_at(k + 1 - form.size(), k + 1) == form.size()) return true;
  return false;
}

void Joins::join_demonym_parties() {
  for (size_t j = 0; j < cands_.size(); ++j) {
    Candidate& c = cands_[j];
    if (c.last - c.first != 1 || c.type != kOrg || c.first == 0 || initial_[c.first] || toks_[c.first].nl) continue;
    std::string_view w = tok(c.first);
    if (w.size() < 4 || w.back() != 's' || !lex_.party_words.count(std::string(w.substr(0, w.size() - 1)))) continue;
    const size_t d = c.first - 1;
    const Token& t = toks_[d];
    if (!t.word || !t.cap || t.all_caps || toks_[d].end + 1 != toks_[c.first].begin) continue;
    if (j > 0 && cands_[j - 1].last > d) continue;  // the word before is another name's
    std::string_view adj = tok(d);
    if (!lex_.demonyms.count(std::string(adj))) continue;
    c.first = d;
    c.entry = -1;
    c.by_head = true;
    c.titled = c.weak = false;
    c.key.clear();
    c.place_alias.clear();
  }
}

size_t Joins::common_words_from(size_t i, size_t limit) const {
  size_t k = i;
  while (k < limit && plain_common_word(k)) ++k;
  return k;
}

void Joins::join_coordinated_names() {
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

void Joins::join_apostrophe_names() {
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

void Joins::join_ampersand_names() {
  const size_t n = toks_.size();
  constexpr size_t kSideWords = 4;
  const auto name_word = [&](size_t k) {
    const Token& t = toks_[k];
    return t.word && (t.cap || t.all_caps) && !t.digit && !function_word(k) && !title_at(k) && !skip_[k];
  };
  // "(Dye & Varn, 2010)", "(Dye & Varn 2010)", "Dye & Varn [7]": two authors cited, people.
  // Each such pair is left to the rules wherever the document names it ("Dye & Varn's study").
  const auto cited = [&](size_t end) {
    const auto year = [&](size_t k) { return toks_[k].digit && toks_[k].end - toks_[k].begin == 4; };
    if (end < n && year(end)) return true;  // "(Dye & Varn 2010)"
    if (end + 1 >= n) return false;
    std::string_view w = tok(end);
    return ((w == "," || w == "(") && year(end + 1)) || (w == "[" && toks_[end + 1].digit);
  };
  // A number naming an index: not a year, and "index", a verb of the market ("500 fell", "500
  // plunged") or no word after it ("500.").
  const auto index_number = [&](size_t k) {
    std::string_view d = tok(k);
    if (d.size() == 4 && (d.substr(0, 2) == "19" || d.substr(0, 2) == "20")) return false;
    if (k + 1 >= n || toks_[k + 1].nl || !toks_[k + 1].word || toks_[k + 1].cap) return true;
    std::string_view w = tok(k + 1);
    if (w.size() > 4 && w.substr(w.size() - 2) == "ed") return true;  // "500 plunged"
    static constexpr std::string_view kIndexWords[] = {"index", "fell", "rose", "gained", "lost", "closed", "dropped",
                                                       "climbed", "slipped", "jumped", "added", "ended", "was", "is"};
    return std::find(std::begin(kIndexWords), std::end(kIndexWords), w) != std::end(kIndexWords);
  };
  std::vector<std::string_view> authors;
  std::vector<Candidate> joined;
  for (size_t i = 1; i + 1 < n; ++i) {
    if (!is(i, '&') || toks_[i].nl || toks_[i + 1].nl) continue;
    size_t left = i;
    while (left > 0 && i - left < kSideWords && !toks_[left].nl && name_word(left - 1)) {
      --left;
      if (initial_[left]) break;
    }
    size_t right = i + 1;
    while (right < n && right - i - 1 < kSideWords && (right == i + 1 || !toks_[right].nl) && name_word(right)) ++right;
    if (left == i || right == i + 1) continue;
    // "B & B": a side needs a word of two letters or more; "Sue Vell & I": the pronoun is no
    // name, and a given name opening a side of two words names a person.
    if ((i - left == 1 && toks_[left].end - toks_[left].begin == 1 && right - i == 2 &&
         toks_[i + 1].end - toks_[i + 1].begin == 1) ||
        tok(right - 1) == "I")
      continue;
    // "John Tarrow & Sons", "& Co": a firm's word after the ampersand makes it a firm's name
    // whatever its founder's name; "Harry & Anna" alone are two people.
    std::string_view firm = right - i == 2 ? tok(i + 1) : std::string_view();
    const bool firm_word = firm == "Sons" || firm == "Co" || firm == "Co." || firm == "Partners" || firm == "Associates";
    if (!firm_word && ((i - left >= 2 && given(left)) || (right - i - 1 >= 2 && given(i + 1)))) continue;
    if (!firm_word && i - left == 1 && right - i == 2 && given(left) && given(i + 1) &&
        !(right + 1 < n && possessive(right)))
      continue;
    if (cited(right)) {
      authors.push_back(surface_view(left, right));
      continue;
    }
    // Plain words in a heading or opening a sentence are a section's name, not a firm's; inside
    // a sentence they are a firm's only with its possessive ("Standard & Poor's") or a head
    // word ("Food & Drug Administration"), not "our Terms & Conditions".
    bool plain = true, head = false;
    for (size_t k = left; k < right && plain; ++k) {
      plain = k == i || common(k);
      head = head || (k != i && head_type(k));
    }
    const bool possessed = right < n && possessive(right);
    if (plain && (capitalized_by_place(left) || (!possessed && !head))) continue;
    Candidate c;
    c.first = left;
    c.last = right;
    std::vector<std::string> words;
    for (size_t k = left; k < right; ++k) words.emplace_back(k == i ? std::string_view("and") : tok(k));
    auto known = ix_.loose.find(loose_key(words));
    c.entry = known != ix_.loose.end() && known->second >= 0 ? known->second : -1;
    c.type = c.entry >= 0 ? std::string_view(gaz_.entries()[static_cast<size_t>(c.entry)].type)
             : lex_.facility_heads.count(std::string(tok(right - 1))) ? kLoc  // "... Sports & Leisure Stadium"
                                                                    : kOrg;
    c.by_head = true;
    // "the Brisco & Taft's 300 index", "Brisco & Taft 300 fell": a market index named for its
    // firm, a thing and no entity of ours; the names of the rules within it go with it. A year
    // or a count of things after the firm's possessive is the firm's ("Brisco & Taft's 2031
    // forecast", "its 300 stores").
    size_t after = right;
    if (after + 1 < n && possessive(after)) ++after;
    if (after < n && toks_[after].digit && !toks_[after].nl && !toks_[after].all_caps && index_number(after)) c.type = {};
    joined.push_back(std::move(c));
    i = right - 1;
  }
  if (!authors.empty())
    joined.erase(std::remove_if(joined.begin(), joined.end(),
                                [&](const Candidate& c) {
                                  return std::find(authors.begin(), authors.end(), surface_view(c.first, c.last)) !=
                                         authors.end();
                                }),
                 joined.end());
  if (joined.empty()) return;
  insert_names(joined);
}

}  // namespace dossier::entities_detail
