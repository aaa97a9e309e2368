// Revision: passes after the tagger that mend what the rules and the tagger leave. Words of
// groups and schools are no names; a common word opening a sentence is a name only where the
// document confirms it; a party's label before a person's name ("Liberal Ann Lee") is no part
// of it; the joins of revision_join.cc run from here. None of them changes the tagger's
// features, so the shipped weights stay what training makes.
// Tested by revision_repair_test.cc.
#include <algorithm>
#include <iterator>
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

namespace {
// Whether TEXT holds " & ". Looked for by its '&', which few texts hold: a search for
// the whole string looks at every space, a call into the library each.
bool has_spaced_ampersand(std::string_view text) {
  for (size_t at = text.find('&'); at != std::string_view::npos; at = text.find('&', at + 1))
    if (at > 0 && at + 1 < text.size() && text[at - 1] == ' ' && text[at + 1] == ' ') return true;
  return false;
}
}  // namespace

void Repairs::run() {
  bool article = false, group = false, single = false, known = false, arabic = false, opener = false, apostrophe = false, party = false, coordinated = false,
       plural = false;
  for (const Candidate& c : cands_) {
    const size_t a = c.first;
    if (c.last - a == 1) {
      single = true;
      known = known || known_head(c);
      opener = opener || initial_[a];
      group = group || c.type == kOrg || species_name(c);
      plural = plural || (c.type == kOrg && a > 0 && tok(a).back() == 's');
    } else {
      const Token& t = toks_[c.last - 1];
      apostrophe = apostrophe || (t.end - t.begin == 1 && c.last < toks_.size() && !toks_[c.last].word);
      party = party || (c.last - a >= 3 && (c.type == kPerson || c.type == kOrg));
      arabic = arabic || (c.last - a >= 4 && c.type != kPerson && c.entry < 0);
      group = group || thing_name(c);
    }
    coordinated = coordinated || (c.by_head && ((c.last < toks_.size() && tok(c.last) == "and") ||
                                                (a > 0 && tok(a - 1) == "and")));
    // "<Head> of the <name>": an article before the name, a capital three back.
    if (!article && a >= 3 && !toks_[a - 1].cap && toks_[a - 3].cap) {
      std::string_view w = tok(a - 1);
      article = w == "the" || w == "a";
    }
  }
  Joins joins(*this, scratch_, acronyms_);
  // A lone '&' between words (not "AT&T", one token): looked for in the text first.
  if (has_spaced_ampersand(text_)) joins.join_ampersand_names();
  if (article) joins.join_article_names();
  if (coordinated) joins.join_coordinated_names();
  if (plural) joins.join_demonym_parties();
  if (group) drop_group_words();
  if (single) drop_reference_labels();
  if (known) join_known_heads();
  if (arabic) type_arabic_names();
  if (opener) weaken_sentence_words();
  if (opener) confirm_acting_openers();
  if (apostrophe) joins.join_apostrophe_names();
  if (party) strip_party_words();
  widen_head_names();
}

void Repairs::widen_head_names() {
  size_t prev_last = 0;
  for (Candidate& c : cands_) {
    const size_t floor = prev_last;
    prev_last = c.last;
    if (c.entry >= 0 || c.type != kOrg || c.last - c.first < 3 || tok(c.first + 1) != "of" || !head_type(c.first)) continue;
    size_t k = c.first;
    while (k > floor && !newline_before(k)) {
      size_t j = k - 1;
      if (possessive(j) && j > floor) --j;  // "People's Party of ..."
      const Token& t = toks_[j];
      if (!t.word || !t.cap || t.digit || function_word(j) || (j + 1 < k && newline_before(j + 1))) break;
      if (!party_own_word(j)) break;
      k = j;
    }
    if (k == c.first) continue;
    c.first = k;
    c.key.clear();
  }
}

bool Repairs::party_own_word(size_t j) const {
  // A day or a month ("On Monday"), a place ("Across Tavoro") is no word of the party's name.
  if (not_name(j) || NameTypes(*this).known_place(j, j + 1) || gazetteer_place(j)) return false;
  // A party's label or a nationality word stands anywhere, a sentence's first word too.
  if (lex_.party_words.count(std::string(tok(j))) || demonym_like(j)) return true;
  // Else a dictionary word ("National", "Worker's") inside a sentence: a sentence's first
  // word ("Yesterday") may be capitalized for its place alone.
  return !initial_[j] && common(j);
}

void Repairs::strip_party_words() {
  for (Candidate& c : cands_) {
    if (c.last - c.first < 3 || c.entry >= 0 || (c.type != kPerson && c.type != kOrg)) continue;
    const Token& next = toks_[c.first + 1];
    if (!next.word || !next.cap || next.all_caps || !lex_.party_words.count(std::string(tok(c.first)))) continue;
    if (c.type == kOrg) {
      // "the Liberal Ann Quellet" read as one organisation: a given name after the label and
      // no head word in the name ("Liberal Christian Party" is a party's).
      if (c.by_head || c.titled || !any_given(c.first + 1)) continue;
      bool head = false;
      for (size_t k = c.first; k < c.last && !head; ++k) head = head_type(k) != nullptr;
      if (head) continue;
      c.type = kPerson;
    }
    ++c.first;
    c.key.clear();
  }
}

bool Repairs::group_word(const Candidate& c) const {
  if (c.last - c.first != 1 || c.entry >= 0 || c.titled || c.type != kOrg) return false;
  const Token& t = toks_[c.first];
  if (!t.word || !t.cap || t.all_caps || t.digit) return false;
  std::string_view w = tok(c.first);
  for (const std::string& suffix : lex_.group_suffixes) {
    // The ending and at least three letters before it: "Tic" and "Pan" are no such words.
    if (w.size() < suffix.size() + 3 || w.substr(w.size() - suffix.size()) != suffix) continue;
    if (w.back() == 's') return true;
    return !after_the(c.first);
  }
  return false;
}

bool Repairs::thing_name(const Candidate& c) const { return c.entry < 0 && thing_named(c.first, c.last); }

bool Repairs::species_name(const Candidate& c) const {
  if (c.last - c.first != 1 || c.entry >= 0 || c.titled || c.by_head || c.last >= toks_.size()) return false;
  const Token& t = toks_[c.last];
  if (!t.word || t.cap || t.nl || t.digit || lex_.lower_hash_set.contains(t.hash)) return false;
  const std::string_view w = tok(c.last);
  if (w.size() < 4) return false;
  static constexpr std::string_view kEndings[] = {"a", "ae", "i", "us", "um", "is"};
  return std::any_of(std::begin(kEndings), std::end(kEndings), [&](std::string_view e) { return w.substr(w.size() - e.size()) == e; });
}

size_t Repairs::holiday_end(size_t k) const {
  // The longest name of the list starting at K, on one line ("New Year's Day").
  size_t end = k;
  for (size_t e = k + 1; e <= toks_.size() && e <= k + 5 && (e == k + 1 || !toks_[e - 1].nl); ++e)
    if (lex_.holidays.count(holiday_key(surface(k, e)))) end = e;
  return end;
}

void Repairs::drop_holidays() {
  std::vector<char> drop;  // allocated at the first holiday: most documents have none
  size_t day_end = 0;      // where the words of the last holiday found end
  for (size_t i = 0; i < cands_.size(); ++i) {
    const Candidate& c = cands_[i];
    // Names are in token order: a holiday's words start at a name's first word, and the
    // names after it up to their end lie inside them.
    if (c.first >= day_end && lex_.holiday_first_hash_set.contains(toks_[c.first].hash)) day_end = holiday_end(c.first);
    if (c.entry >= 0 || c.last > day_end) continue;
    drop.resize(cands_.size());
    drop[i] = 1;
  }
  if (!drop.empty()) drop_marked(drop);
}

void Repairs::drop_group_words() {
  std::vector<char> drop;  // allocated at the first word to drop: most documents have none
  std::set<std::string_view> thing_heads;  // the head words of the things dropped ("Plan")
  for (size_t i = 0; i < cands_.size(); ++i) {
    if (!group_word(cands_[i]) && !thing_name(cands_[i]) && !species_name(cands_[i])) continue;
    drop.resize(cands_.size());
    drop[i] = 1;
    if (thing_name(cands_[i])) thing_heads.insert(tok(cands_[i].last - 1));
  }
  // "Under the Plan, rents are capped": the head alone is the thing named in full before.
  for (size_t i = 0; i < cands_.size() && !thing_heads.empty(); ++i)
    if (cands_[i].entry < 0 && cands_[i].last - cands_[i].first == 1 && thing_heads.count(tok(cands_[i].first))) drop[i] = 1;
  if (!drop.empty()) drop_marked(drop);
}

bool Repairs::reference_label(const Candidate& c) const {
  const size_t k = c.first;
  if (c.last - k != 1 || c.entry >= 0 || c.last >= toks_.size()) return false;
  size_t n = c.last;
  // "Fig. 3": an abbreviation's full stop between the noun and the number.
  const std::string word(tok(k));
  if (is(n, '.') && toks_[n].begin == toks_[k].end && n + 1 < toks_.size()) {
    if (!lex_.reference_abbreviations.count(word)) return false;  // "said Page. 3 more": a sentence's end
    ++n;
  }
  const Token& next = toks_[n];
  if (!next.digit || next.nl || next.begin != toks_[n - 1].end + 1) return false;
  return lex_.reference_nouns.count(word) > 0;
}

void Repairs::drop_reference_labels() {
  std::vector<char> drop;  // allocated at the first label: most documents have none
  for (size_t i = 0; i < cands_.size(); ++i) {
    if (!reference_label(cands_[i])) continue;
    drop.resize(cands_.size());
    drop[i] = 1;
  }
  if (!drop.empty()) drop_marked(drop);
}

bool Repairs::known_head(const Candidate& c) const {
  const size_t k = c.first;
  return c.entry >= 0 && c.last - k == 1 && k > 0 && !toks_[k].all_caps && !initial_[k] && common(k) &&
         gaz_.entries()[static_cast<size_t>(c.entry)].type == kOrg;
}

bool Repairs::surname_of_person(const Candidate& c) const {
  if (c.last - c.first != 1) return false;
  const uint64_t h = toks_[c.first].hash;
  for (const Candidate& p : cands_)
    if (p.type == kPerson && p.last - p.first >= 2 && toks_[p.last - 1].hash == h) return true;
  return false;
}

void Repairs::join_known_heads() {
  std::vector<char> drop;  // allocated at the first join: most documents have none
  for (size_t i = 1; i < cands_.size(); ++i) {
    const Candidate& head = cands_[i];
    Candidate& c = cands_[i - 1];
    if (!known_head(head) || c.last != head.first || c.entry >= 0 || c.titled || given(c.first)) continue;
    // "the Varga Senate": a person's name before the body qualifies it, it does not name it.
    if (c.type == kPerson || surname_of_person(c)) continue;
    bool own = false;  // a capitalized word that is no nationality or party word
    bool words = true;
    for (size_t k = c.first; k < c.last && words; ++k) {
      words = toks_[k].word && toks_[k].cap;
      own = own || !(demonym_like(k) || lex_.party_words.count(std::string(tok(k))));
    }
    if (!words || !own || toks_[head.first].nl) continue;
    // "African National Congress": the nationality words right before it open the name.
    const size_t floor = i >= 2 ? cands_[i - 2].last : 0;
    while (c.first > floor && !toks_[c.first].nl && toks_[c.first - 1].word && toks_[c.first - 1].cap &&
           demonym_like(c.first - 1))
      --c.first;
    c.last = head.last;
    c.type = kOrg;
    c.by_head = true;
    c.weak = false;
    c.key.clear();
    drop.resize(cands_.size());
    drop[i] = 1;
  }
  if (!drop.empty()) drop_marked(drop);
}

bool Repairs::arabic_person(const Candidate& c) const {
  const size_t a = c.first, b = c.last;
  // Two to four words and the article's hyphen: "Aisha al-Mana" is four tokens.
  if (c.entry >= 0 || c.by_head || b - a < 4 || b - a > 7 || !toks_[a].word || !toks_[a].cap || toks_[a].all_caps)
    return false;
  if (c.type == kGpe || c.type == kLoc) return false;
  if (common(a) || function_word(a) || head_type(a) || lex_.proper_words.count(tok(a)) ||
      lex_.arabic_openers.count(std::string(tok(a))))
    return false;
  bool article = false;
  for (size_t k = a + 1; k < b; ++k) {
    if (hyphen_article(k) && k + 2 < b) {
      article = true;
      k += 2;
      continue;
    }
    const Token& t = toks_[k];
    if (!t.word || !t.cap || t.all_caps || head_type(k)) return false;
  }
  return article;
}

void Repairs::type_arabic_names() {
  for (Candidate& c : cands_)
    if (c.type != kPerson && arabic_person(c)) c.type = kPerson;
}

void Repairs::weaken_sentence_words() {
  const size_t n = toks_.size();
  // A lone common word of the rules opening a sentence, not a name's possessive.
  auto opener = [&](const Candidate& c) {
    const size_t k = c.first;
    if (c.last - k != 1 || !initial_[k] || k + 1 >= n || c.entry >= 0 || c.titled || c.by_head) return false;
    if (headline_[k] || toks_[k].all_caps || !common(k) || given(k)) return false;
    if (lex_.proper_words.count(tok(k))) return false;
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

void Repairs::confirm_acting_openers() {
  for (Candidate& c : cands_) {
    const size_t k = c.first;
    if (!c.weak || c.last - k != 1 || !initial_[k] || c.entry >= 0 || toks_[k].all_caps) continue;
    if (tok(k).size() < 4 || tok(k).back() == 's' || lex_.lower_hash_set.contains(toks_[k].hash) || lex_.proper_words.count(tok(k))) continue;
    // Its type stays what the rules and the tagger gave it: on the training text such a
    // word is a person's 47 times in 51, but business news opens sentences so with firms
    // ("Nvidia posted", "Airbnb sold"), whose default type is right.
    if (acting_at(k + 1)) c.weak = false;
  }
}

}  // namespace dossier::entities_detail
