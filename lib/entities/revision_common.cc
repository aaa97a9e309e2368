// Revision: names of common words. Lone dictionary words the rules or the tagger took as
// names are dropped; runs of capitalized common words the rules left out are added. After
// the tagger, so its training sees the same names as before. Tested by
// revision_common_test.cc.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "finder_context.h"
#include "finder_tagger.h"
#include "tagger.h"
#include "revision.h"

namespace dossier::entities_detail {

bool CommonWords::lone_common_word(const Candidate& c) const {
  const size_t k = c.first;
  if (c.last - k != 1 || c.entry >= 0 || (c.type != kOrg && c.type != kPerson) || c.by_head || c.titled) return false;
  const Token& t = toks_[k];
  if (!t.word || !t.cap || t.all_caps || t.digit || !common(k) || given(k)) return false;
  // The hash of the folded word first: few words are only capitalized in the dictionary.
  if (!(lex_.class_by_hash.get(t.hash) & kProperWord)) return true;
  return !lex_.proper_words.count(tok(k));
}

bool CommonWords::ends_phrase(size_t k) const {
  if (k + 1 >= toks_.size() || toks_[k + 1].nl) return true;
  const Token& next = toks_[k + 1];
  return !next.word || (!next.cap && function_word(k + 1));
}

// "our", "this": a determiner that owns or points, after which a capitalized common word is
// the speaker's reverence for a common noun ("our Nation is", "this Republic must"), not a name.
// In either case: "Our Nation is ready" opens a sentence.
static bool owning_determiner(std::string_view w) {
  static constexpr std::string_view kWords[] = {"our", "their", "his", "her", "my", "your", "its", "this", "these", "those"};
  for (std::string_view k : kWords)
    if (k.size() == w.size() && (k == w || (w[0] == k[0] - 'a' + 'A' && k.substr(1) == w.substr(1)))) return true;
  return false;
}

bool CommonWords::framed(size_t k) const {
  // "Indeed, ...", "First, ...": a sentence's first word set off by its punctuation, a word the
  // document never capitalizes inside a sentence.
  if (initial_[k] && k + 1 < toks_.size() && (is(k + 1, ',') || is(k + 1, '.') || is(k + 1, '!')))
    return !capitalized_name(k);
  if (k == 0 || newline_before(k)) return false;
  // "our Nation is", "this Republic must": after an owning determiner, unless
  // a capitalized word goes on with the name ("our Tarn Rowing Club").
  if (owning_determiner(tok(k - 1)))
    return k + 1 >= toks_.size() || toks_[k + 1].nl || !(toks_[k + 1].word && toks_[k + 1].cap);
  // "the Pledge.", "The Pledge of the guild": a determiner, in either case, before a word that
  // ends its noun phrase; "the Ford plant", "the Greens gained" name a firm and a party.
  return lex_.determiner_hash_set.contains(toks_[k - 1].hash) && ends_phrase(k);
}

void CommonWords::keep_speaking_names() {
  for (Candidate& c : cands_) {
    if (!c.weak || c.last - c.first != 1 || capitalized_by_place(c.first) || toks_[c.first].nl) continue;
    // A role written with a capital after a determiner or a possessive ("the Defendant told",
    // "His Mother said"), or a word after a mark ("the report, Sources said"), is no name:
    // a name so placed stands behind a word ("the carmaker Ford said", "as Ford told").
    if (c.first == 0) continue;
    const Token& before = toks_[c.first - 1];
    if (!before.word || lex_.determiner_hash_set.contains(before.hash)) continue;
    const size_t verb = c.last;
    if (verb < toks_.size() && !toks_[verb].nl && !toks_[verb].cap && saying_at(verb)) c.weak = false;
  }
}

void CommonWords::drop_lone_common_words() {
  // A word used once as a name ("Ford said", "Apple's") is a name wherever it stands.
  std::unordered_set<std::string_view> plain;
  bool any = false;
  for (const Candidate& c : cands_) {
    if (!lone_common_word(c)) continue;
    if (framed(c.first)) any = true;
    // A heading capitalizes every word: no evidence either way ("A Walk by the Harbour Today").
    else if (!heading_[c.first]) plain.insert(tok(c.first));
  }
  if (!any) return;
  std::vector<char> drop(cands_.size());
  for (size_t j = 0; j < cands_.size(); ++j) {
    const Candidate& c = cands_[j];
    drop[j] = lone_common_word(c) && framed(c.first) && !plain.count(tok(c.first));
  }
  drop_marked(drop);
}

bool CommonWords::opens_as_adverb(size_t k) const {
  if (k + 1 >= toks_.size() || toks_[k + 1].nl) return false;
  if (is(k + 1, ',')) {
    // A list ("Shell, Total and BP") or an apposition closed by a second comma before the
    // verb ("Grab, the ride-hailing firm, said") follows a name, not an adverb.
    if (k + 2 >= toks_.size() || toks_[k + 2].cap) return false;
    for (size_t i = k + 2; i < toks_.size() && i < k + 12 && !toks_[i].nl && !is(i, '.'); ++i)
      if (is(i, ',') && i + 1 < toks_.size() && toks_[i + 1].word && !toks_[i + 1].cap) return false;
    return true;
  }
  if (is(k + 1, '.') || is(k + 1, '!') || is(k + 1, ';')) return true;
  const Token& next = toks_[k + 1];
  if (!next.word || next.cap || next.digit || !verb_word(lex_, fold(tok(k)))) return false;
  const std::string_view w = tok(k + 1);
  if (w.size() > 5 && w.substr(w.size() - 3) == "ing" && lex_.lower_words.count(std::string(w))) return true;
  // Not "in", "on", "with", "and": "Target in March cut prices", "Shell and its partners".
  static constexpr std::string_view kAfterImperative[] = {"the",  "a",  "an",  "your", "into",
                                                          "onto", "up", "out", "off",  "together"};
  return std::find(std::begin(kAfterImperative), std::end(kAfterImperative), w) != std::end(kAfterImperative);
}

void CommonWords::drop_opening_words() {
  struct Uses {
    int all = 0, opening = 0, adverb = 0;
    bool named = false;  // once before a verb of saying or a possessive: a name's use
  };
  std::unordered_map<std::string_view, Uses> uses;
  for (const Candidate& c : cands_) {
    if (!lone_common_word(c)) continue;
    Uses& u = uses[tok(c.first)];
    ++u.all;
    // "Compass said", "Zoom's chief" (not "Overall in March": only a verb of saying).
    if (c.first + 1 < toks_.size()) {
      const auto cue = lex_.cues.find(fold(tok(c.first + 1)));
      u.named = u.named || (cue != lex_.cues.end() && cue->second == "person-after") || fold(tok(c.first + 1)) == "'s";
    }
    if (!initial_[c.first] || headline_[c.first]) continue;
    ++u.opening;
    u.adverb += opens_as_adverb(c.first);
  }
  if (uses.empty()) return;
  std::vector<char> drop(cands_.size());
  bool any = false;
  for (size_t j = 0; j < cands_.size(); ++j) {
    const Candidate& c = cands_[j];
    if (!lone_common_word(c)) continue;
    const Uses& u = uses[tok(c.first)];
    drop[j] = !u.named && u.opening == u.all && u.adverb > 0 && u.adverb * 2 >= u.all;
    any = any || drop[j];
  }
  if (any) drop_marked(drop);
}

bool CommonWords::adjective_before_noun(size_t k) const {
  const std::string_view w = tok(k);
  const size_t h = w.rfind('-');
  auto ends = [&](std::string_view e, size_t min) { return w.size() >= min && w.substr(w.size() - e.size()) == e; };
  // "Hegelian", "Tarvonic", "Ostrelist": the adjective endings of schools and peoples ("-id" of a
  // dynasty, "Abbasid rule", is left out: the schemes we learn from name a dynasty as its people).
  const bool ian = ends("ian", 6) || ends("ean", 6) || ends("ic", 6) || ends("ist", 7);
  if (k + 1 >= toks_.size() || !(ian || (h != std::string_view::npos && lex_.demonyms.count(std::string(w.substr(h + 1))))))
    return false;
  const Token& next = toks_[k + 1];
  if (!next.word || next.cap || next.digit || toks_[k].end + 1 != next.begin) return false;
  const std::string_view after = tok(k + 1);
  if (after.size() > 3 && after.substr(after.size() - 2) == "ed") return false;
  return !lex_.cues.count(fold(after)) && !given(k) && !lex_.open_surnames.count(std::string(w)) &&
         !gaz_.find_name(w);
}

void CommonWords::drop_adjective_names() {
  // The first and last words of longer names ("Damian Oyelaran", "Alex Manoogian") and names
  // after a title ("Dr. Tarquist"): alone later, the person ("Damian spent", "Manoogian gave",
  // "Tarquist wrote"); "Gregorian dates" names none.
  // (Gathered only once a name passes the other tests: few documents have one.)
  std::unordered_set<std::string_view> edges;
  bool edges_gathered = false;
  std::vector<char> drop(cands_.size());
  bool any = false;
  for (size_t j = 0; j < cands_.size(); ++j) {
    const Candidate& c = cands_[j];
    const Token& t = toks_[c.first];
    if (!(c.last - c.first == 1 && c.entry < 0 && !c.by_head && !c.titled && t.word && t.cap && !t.all_caps &&
          adjective_before_noun(c.first)))
      continue;
    if (!edges_gathered) {
      edges_gathered = true;
      for (const Candidate& d : cands_)
        if (d.last - d.first >= 2) {
          edges.insert(tok(d.first));
          edges.insert(tok(d.last - 1));
        } else if (d.titled) {
          edges.insert(tok(d.first));  // "Dr. Tarquist": a person named after a title, alone later
        }
    }
    drop[j] = !edges.count(tok(c.first));
    any = any || drop[j];
  }
  if (any) drop_marked(drop);
}

bool CommonWords::capitalized_common_word_at(size_t k) const {
  return !skip_[k] && !heading_[k] && plain_common_word(k) && !not_name(k);
}

bool CommonWords::joining_word(size_t k) const {
  const std::string_view w = tok(k);
  return toks_[k].word && !toks_[k].cap && !toks_[k].nl && (w == "of" || w == "for" || w == "on");
}

bool CommonWords::capital_token(size_t k) const {
  const Token& t = toks_[k];
  return t.word && (t.cap || t.all_caps || t.digit);
}

size_t CommonWords::common_run_end(size_t start, const std::vector<char>& held, size_t& words) const {
  const size_t n = toks_.size();
  size_t last = start + 1;
  words = 1;
  for (size_t k = start + 1; k < n;) {
    if (held[k]) break;
    if (capitalized_common(k)) {
      last = ++k;
      ++words;
      continue;
    }
    if (!joining_word(k)) break;
    size_t m = k + 1;
    if (m < n && article(m) && !toks_[m].nl) ++m;
    if (m >= n || held[m] || !capitalized_common(m)) break;
    k = m;
  }
  return last;
}

bool CommonWords::tagger_unsure(size_t start, size_t last) const {
  // The tagger reads every capitalized word as part of a name, but not surely enough to
  // add it itself: a name it is sure of that is not here was dropped on purpose.
  if (title_at(start) != 0) return false;
  const float add = tagger().margins().add;
  float least = add;
  for (size_t k = start; k < last; ++k) {
    if (!toks_[k].cap) continue;
    if (scratch_.tags[k] == 0) return false;
    least = std::min(least, scratch_.margins[k]);
  }
  return least < add;
}

size_t CommonWords::place_after_of(size_t last, const std::vector<char>& held) const {
  // "United Farmers of Tarn": the place after "of" ends the name.
  if (last + 1 >= toks_.size() || !held[last + 1] || toks_[last + 1].nl || (tok(last) != "of" && tok(last) != "for"))
    return last;
  for (const Candidate& p : cands_)
    if (p.first == last + 1 && (p.type == kGpe || p.type == kLoc)) return p.last;
  return last;
}

bool CommonWords::carried_on(size_t last, const std::vector<char>& held) const {
  const size_t n = toks_.size();
  if (last < n && !toks_[last].nl && (held[last] || capital_token(last))) return true;
  // The name goes on past a possessive or a joining word ("Working Mothers' Action League",
  // "Young Friends of the Earth") where this pass cannot follow it: then it is no name here.
  // A day or a month after "on" is the date of what was done there, no part of it ("the
  // House of Commons on Monday"); after "of" or "for" a word of not_names.txt goes on with
  // the name ("United Church of God", "Young Friends of Christmas").
  size_t k = last;
  if (k < n && !toks_[k].nl && possessive_mark(k)) {
    ++k;
  } else if (k < n && joining_word(k)) {
    ++k;
    if (k < n && article(k) && !toks_[k].nl) ++k;
  }
  return k > last && k < n && !toks_[k].nl && (held[k] || (capital_token(k) && !(tok(last) == "on" && not_name(k))));
}

void CommonWords::find_common_word_names() {
  const size_t n = toks_.size();
  if (scratch_.tags.size() < n) return;  // no tagger ran
  std::vector<char> held(n, 0);
  for (const Candidate& c : cands_)
    for (size_t k = c.first; k < c.last && k < n; ++k) held[k] = 1;
  std::vector<Candidate> found;
  size_t i = 1;  // the first token that may open a name
  // Only a word opening with a capital can (capitalized_common() tests it again).
  for (const size_t start : scratch_.cap_words) {
    if (start < i) continue;
    i = start + 1;
    if (held[start] || initial_[start] || !capitalized_common(start)) continue;
    // Nothing capitalized, and no name, right before it.
    if (held[start - 1] || capital_token(start - 1)) continue;
    size_t words = 0;
    size_t last = common_run_end(start, held, words);
    i = last;
    if (words < 2 || thing_named(start, last)) continue;  // "the Export Plan" is no body
    if (!tagger_unsure(start, last)) continue;
    last = place_after_of(last, held);
    i = last;
    if (carried_on(last, held)) continue;
    // The tagger's kind of it types it ("Harbour Flats" a place, "Grey Years" an event),
    // unless a head word ends it; the tagger's people of common words are no names here.
    const unsigned kind = kind_of(scratch_.tags[start]);
    if (kind == kKindPerson) continue;
    Candidate& c = found.emplace_back();
    c.first = start;
    c.last = last;
    const std::string* head = head_type(last - 1);
    c.type = head ? std::string_view(*head) : kind == kKindPlace ? kLoc : kind_type(kind);
    c.by_head = head != nullptr;
  }
  insert_names(found);
}

}  // namespace dossier::entities_detail
