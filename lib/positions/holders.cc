// Who holds a stance, in order: the speaker of a quote around the mention (layer.cc); the
// agents after a passive cue ("snubbed by NATO, the United States and the European Union");
// else the sentence's subject, i.e. its first actor mention that is not the object of a
// preposition, not part of a topic mention and not the owner of the topic ("Medvedev's
// pact"), with the actors coordinated with it ("NATO and Russia restored ...") and a title's
// person ("NATO Secretary-General Anders Fogh Rasmussen") taking the place of the body; plus
// the nearest person before the mention when it differs ("Russia is worried ... and Medvedev
// has said ..."). Tested by layer_test.cc.
#include "holders.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <memory>
#include <set>
#include <string>

#include <re2/re2.h>

#include "dossier/data.h"
#include "dossier/error.h"
#include "dossier/utf8.h"

namespace dossier::positions_detail {

namespace {

// S.rfind(NEEDLE) (NEEDLE not empty), comparing the rest only where the first byte matches:
// string_view::rfind calls memcmp at every position, and runs for every mention.
size_t rfind_bytes(std::string_view s, std::string_view needle) {
  if (needle.size() > s.size()) return std::string_view::npos;
  for (size_t i = s.size() - needle.size() + 1; i-- > 0;)
    if (s[i] == needle[0] && s.compare(i, needle.size(), needle) == 0) return i;
  return std::string_view::npos;
}

bool is_word_or_utf8_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80); }

// The word before byte offset POS (lowercase), skipping "the".
std::string word_before(std::string_view text, size_t pos, size_t floor) {
  for (int round = 0; round < 2; ++round) {
    size_t e = pos;
    while (e > floor && !is_word_or_utf8_byte(text[e - 1])) --e;
    size_t b = e;
    while (b > floor && is_word_or_utf8_byte(text[b - 1])) --b;
    std::string w;
    for (size_t i = b; i < e; ++i) w += utf8::ascii_lower(text[i]);
    if (w != "the" || round == 1) return w;
    pos = b;
  }
  return {};
}

bool is_preposition(const std::string& w) {
  static const std::set<std::string> kPrepositions = {"of", "to", "with", "by", "from", "in", "at", "on", "for",
                                                      "into", "near", "against", "about", "over", "toward",
                                                      "towards", "between", "among", "within", "than", "like"};
  return kPrepositions.count(w) > 0;
}

// A preposition that sets a demand or plan in the narrative's circumstances ("amid", "angry
// at", "in response to"): who owns the demand is described by the one who tells, where
// "Russia's call for" as a subject or object of a verb of saying is theirs to state.
bool describes(const std::string& word_before_owner) {
  static const std::set<std::string> kPrepositions = {"amid", "amidst", "despite", "after", "following", "at",
                                                      "over", "about", "against", "to"};
  return kPrepositions.count(word_before_owner) > 0;
}

// Whether the words before byte POS are a reporting verb, with "that" or not ("said", "told
// reporters that"): what follows is a reported clause.
bool reports(std::string_view text, size_t pos, size_t floor) {
  // Plain verbs of saying only: "insisted that Moscow has nothing to fear" argues about
  // Moscow, it does not report Moscow.
  static const std::set<std::string> kVerbs = {"said", "says", "say", "told", "added", "stated", "declared", "announced"};
  std::string w = word_before(text, pos, floor);
  if (w == "that") {
    size_t at = text.rfind("that", pos);
    if (at == std::string_view::npos || at < floor) return false;
    w = word_before(text, at, floor);
  }
  return kVerbs.count(w) > 0;
}

// Whether the words from byte POS on open a demand made of the words before them: a modal of
// obligation ("must", "should", "ought to", "has to", "needs to"). "X said Y must halt Z"
// states what X wants of Y; Y holds nothing.
bool directive_at(std::string_view text, size_t pos, size_t end) {
  auto word = [&](size_t& at) {
    while (at < end && text[at] == ' ') ++at;
    std::string w;
    while (at < end && is_word_or_utf8_byte(text[at])) w += utf8::ascii_lower(text[at++]);
    return w;
  };
  size_t at = pos;
  std::string first = word(at);
  if (first == "must" || first == "should") return true;
  if (first != "ought" && first != "has" && first != "have" && first != "needs" && first != "need") return false;
  return word(at) == "to";
}

bool is_possessive_at(std::string_view text, size_t end) {
  return text.substr(end, 2) == "'s" || text.substr(end, 4) == "\u2019s" || text.substr(end, 1) == "'";
}

size_t count_words(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool w = is_word_or_utf8_byte(c);
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

// Holders of one stance may be joined by "or" too ("Russia or China would object").
bool coordination(std::string_view between) { return join_between(between) != Join::None; }

// A case-insensitive pattern of PREFIX, then one of the nouns of
// lib/data/positions/proposals.tsv, then a word end; WHAT names it in an error.
std::unique_ptr<RE2> proposals_re(const std::string& prefix, const char* what) {
  std::string alts;
  for (auto line : data::lines("positions/proposals.tsv")) alts += (alts.empty() ? "" : "|") + std::string(line);
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  auto re = std::make_unique<RE2>(prefix + "(?:" + alts + ")\\b", o);
  if (!re->ok()) throw Error(std::string(what) + ": bad pattern: " + re->error(), "positions/proposals.tsv");
  return re;
}

const RE2& owned_noun_re() {
  static const std::unique_ptr<RE2> re = proposals_re("(?:'s|\u2019s)\\s+(?:[\\w-]+\\s+){0,2}?", "owned nouns");
  return *re;
}

// Whether a cue's words open with a noun of lib/data/positions/proposals.tsv ("plans for",
// "call for"): a name right before such a cue is its owner ("U.S. plans for"), where a name
// before a verb cue may be the subject of a clause that is not its own ("demanded that NATO
// halt").
bool noun_cue(std::string_view cue) {
  static const std::unique_ptr<RE2> re = proposals_re("", "noun cues");
  re2::StringPiece in(cue.data(), cue.size());
  return RE2::Consume(&in, *re);  // anchored at the cue's first word
}

}  // namespace

std::vector<const Candidate*> Holders::agents(size_t sb, size_t se, const TopicMatch& m, const std::vector<TopicMatch>& ms,
                                            const Stance& st) const {
  std::string_view text = doc_.text;
  size_t agents_from = st.agents_from;
  auto in_topic = [&](const Candidate& c) {
    return std::any_of(ms.begin(), ms.end(), [&](const TopicMatch& t) { return c.start < sb + t.end && sb + t.start < c.end; });
  };
  std::vector<const Candidate*> sent;
  auto [lo, hi] = actors_.within(sb, se);
  for (size_t k = lo; k < hi; ++k) {
    const Candidate& c = cands_[k];
    if (c.end <= se && !in_topic(c)) sent.push_back(&c);
  }
  auto with_coordinated = [&](size_t i) {
    std::vector<const Candidate*> out{sent[i]};
    for (size_t j = i + 1; j < sent.size(); ++j) {
      if (!coordination(text.substr(sent[j - 1]->end, sent[j]->start - sent[j - 1]->end))) break;
      out.push_back(sent[j]);
    }
    return out;
  };
  if (agents_from) {
    for (size_t i = 0; i < sent.size(); ++i)
      if (sent[i]->start >= sb + agents_from && count_words(text.substr(sb + agents_from, sent[i]->start - sb - agents_from)) <= 2)
        return with_coordinated(i);
  }
  size_t mstart = sb + m.start;
  // A dateline ("CORFU, Greece (Reuters) --") names no one who holds the stance; wire copy
  // also closes the agency's credit with a spaced hyphen ("(Reuters) - ").
  size_t floor = sb;
  for (std::string_view dash : {std::string_view("--"), std::string_view("\u2014"), std::string_view(") - ")}) {
    size_t d = rfind_bytes(text.substr(sb, m.start), dash);
    if (d == std::string_view::npos) continue;
    // The spaced hyphen closes a credit only at the head of the sentence, after a bracket
    // opened on a capital ("(Reuters)"), not an aside ("Russia (and Belarus) - reject").
    if (dash[0] == ')') {
      size_t open = text.substr(sb, d).rfind('(');
      if (open == std::string_view::npos || open + 1 >= d || !(text[sb + open + 1] >= 'A' && text[sb + open + 1] <= 'Z') ||
          count_words(text.substr(sb, open)) > 8)
        continue;
    }
    floor = std::max(floor, sb + d + dash.size());
  }
  // Whether the candidate at index I, with the actors coordinated with it, is what a reported
  // demand asks something of: "Sweden said Germany and Italy should back X".
  auto addressed = [&](size_t i) {
    if (!reports(text, sent[i]->start, sb)) return false;
    size_t j = i;
    while (j + 1 < sent.size() && coordination(text.substr(sent[j]->end, sent[j + 1]->start - sent[j]->end))) ++j;
    return directive_at(text, sent[j]->end, se);
  };
  // Whether the candidate at index I of SENT can be a subject: not the object of a
  // preposition, nor coordinated with one ("from the United States and NATO"), nor the owner
  // of the topic ("Medvedev's pact was not needed").
  std::function<bool(size_t)> subject_at = [&](size_t i) {
    const Candidate& c = *sent[i];
    if (is_preposition(word_before(text, c.start, sb))) return false;
    if (addressed(i)) return false;
    if (c.end <= mstart && is_possessive_at(text, c.end) && count_words(text.substr(c.end, mstart - c.end)) <= 2)
      return false;
    // A possessive before a role and a name is the role's, not the subject: "the President's
    // press secretary Dmitry Peskov said" is said by Peskov.
    if (is_possessive_at(text, c.end) && i + 1 < sent.size() && sent[i + 1]->type == "PERSON" &&
        sent[i + 1]->start > c.end && count_words(text.substr(c.end, sent[i + 1]->start - c.end)) <= 4)
      return false;
    // Only "and"/"or" coordinate here: a bare comma may as well open an apposition ("Russia's
    // envoy to NATO, Dmitry Rogozin, passed on") or close a phrase ("from NATO, Putin set").
    std::string_view gap = i > 0 ? text.substr(sent[i - 1]->end, c.start - sent[i - 1]->end) : std::string_view();
    Join join = i > 0 ? join_between(gap) : Join::None;
    if (join == Join::And || join == Join::Or)
      return subject_at(i - 1);
    return true;
  };
  auto subject_like = [&](const Candidate& c) {
    auto it = std::find(sent.begin(), sent.end(), &c);
    return subject_at(static_cast<size_t>(it - sent.begin()));
  };
  std::vector<const Candidate*> out;
  size_t first = sent.size();
  // A clause after a contrast marker with a subject of its own: "... but the EU's top
  // diplomat said it must not undermine NATO".
  size_t clause = sb + st.clause_start;
  for (size_t from : {std::max(floor, clause), floor}) {
    for (size_t i = 0; i < sent.size() && first == sent.size(); ++i)
      if (sent[i]->start >= from && sent[i]->end <= mstart && subject_like(*sent[i])) first = i;
    if (first != sent.size()) break;
  }
  if (first == sent.size()) {
    for (size_t i = 0; i < sent.size(); ++i)
      if (sent[i]->start >= sb + m.end && sent[i]->end <= sb + st.clause_end && subject_like(*sent[i]) &&
          !is_pronoun(*sent[i])) {
        first = i;
        break;
      }
  }
  if (first == sent.size()) return out;
  out = with_coordinated(first);
  // A body before its officer's name stands for the person: "NATO Secretary-General X"; not a
  // person after a verb of saying ("Austria said X will ..."), who speaks in a clause of their own.
  if (sent[first]->type != "PERSON" && first + 1 < sent.size() && sent[first + 1]->type == "PERSON" &&
      sent[first + 1]->start - sent[first]->end <= 40 && out.size() == 1 && !reports(text, sent[first + 1]->start, sb)) {
    out = {sent[first + 1]};
  }
  // The subject of the clause a speaker reports holds the stance too: "X said Russia will
  // take measures in response to ...": X and Russia (a state or organisation; a person
  // reported is a speaker of their own).
  for (size_t i = first + 1; i < sent.size(); ++i) {
    const Candidate& c = *sent[i];
    if (c.end > mstart) break;
    if (c.type == "PERSON" || is_pronoun(c) || is_possessive_at(text, c.end) || std::find(out.begin(), out.end(), &c) != out.end())
      continue;
    if (!reports(text, c.start, sb) || !subject_like(c)) continue;
    for (const Candidate* a : with_coordinated(i))
      if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
    break;
  }
  for (size_t i = sent.size(); i-- > first + 1;) {
    // A possessive names an owner, never a subject: "... said that Medvedev's pact was not
    // needed, because existing structures were enough".
    if (sent[i]->end > mstart || sent[i]->type != "PERSON" || !subject_like(*sent[i]) ||
        is_possessive_at(text, sent[i]->end))
      continue;
    if (std::find(out.begin(), out.end(), sent[i]) == out.end()) out.push_back(sent[i]);
    break;
  }
  return out;
}

// Reported speech: a sentence that opens with "According to X," makes X the voice of the
// rest of its paragraph ("According to Lavrov, ... Russia will measure everything by ... All
// of this must be legally binding."). Maps a sentence's start byte to that voice.
std::map<size_t, const Candidate*> Holders::reported_speech() const {
  static const RE2 opener("^\\W*(?:[Aa]ccording\\s+to|[Ii]n\\s+the\\s+words\\s+of)\\s+(?:the\\s+)?");
  std::map<size_t, const Candidate*> out;
  std::string_view text = doc_.text;
  const Candidate* voice = nullptr;
  size_t para_end = 0;
  size_t next_para = 0;
  for (const auto& span : doc_.sentences) {
    size_t sb = actors_.byte(span.start), se = actors_.byte(span.end);
    if (se <= sb || se > text.size()) continue;
    if (sb >= para_end) {
      voice = nullptr;
      while (next_para < doc_.paragraphs.size() && actors_.byte(doc_.paragraphs[next_para].end) <= sb) ++next_para;
      para_end = next_para < doc_.paragraphs.size() ? actors_.byte(doc_.paragraphs[next_para].end) : se;
    }
    // Most sentences are ruled out by their first ASCII letter or digit (the opener's first
    // word starts with A or I) before the expression runs.
    auto word_byte = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    };
    size_t w = sb;
    while (w < se && !word_byte(text[w])) ++w;
    bool may_open = w < se && ((text[w] | 0x20) == 'a' || (text[w] | 0x20) == 'i');
    re2::StringPiece input(text.data() + sb, se - sb), m;
    if (may_open && opener.Match(input, 0, input.size(), RE2::ANCHOR_START, &m, 1)) {
      size_t after = sb + m.size();
      auto [lo, hi] = actors_.within(after, after + 3);
      for (size_t k = lo; k < hi; ++k)
        if (cands_[k].entity) {
          voice = &cands_[k];
          break;
        }
    }
    if (voice) out[sb] = voice;
  }
  return out;
}

// Owners of a proposal that names the topic: "Medvedev's initiative for a legally binding
// treaty" (lib/data/positions/proposals.tsv). The owner stands for what the proposal names,
// whatever the sentence says of it.
std::vector<const Candidate*> Holders::owners(size_t sb, size_t se, const TopicMatch& m) const {
  std::vector<const Candidate*> out;
  std::string_view text = doc_.text;
  // The expression opens with a possessive: most sentences have none.
  std::string_view sentence = text.substr(sb, se - sb);
  if (sentence.find("'s") == std::string_view::npos && sentence.find("\u2019s") == std::string_view::npos) return out;
  re2::StringPiece input(text.data(), se);
  re2::StringPiece g;
  size_t pos = sb;
  while (pos < se && owned_noun_re().Match(input, pos, se, RE2::UNANCHORED, &g, 1)) {
    size_t s = static_cast<size_t>(g.data() - text.data()), e = s + g.size();
    pos = e;
    size_t ms = sb + m.start, me = sb + m.end;
    bool names = ms < e && s < me;
    if (!names && ms >= e) {
      std::string_view between = text.substr(e, ms - e);
      names = count_words(between) <= 5 && between.find_first_of(",;:") == std::string_view::npos;
    }
    if (!names) continue;
    auto [lo, hi] = actors_.within(sb, s);
    for (size_t k = lo; k < hi; ++k)
      if (cands_[k].end == s && !is_pronoun(cands_[k])) out.push_back(&cands_[k]);
  }
  return out;
}

// A project's maker: "the NATO missile defense shield", "Washington's missile shield"
// (lib/data/positions/owned.tsv names the topics that are projects).
std::vector<const Candidate*> Holders::makers(size_t sb, const TopicMatch& m) const {
  static const std::set<std::string> owned = [] {
    std::set<std::string> out;
    for (auto line : data::lines("positions/owned.tsv")) out.emplace(line);
    return out;
  }();
  std::vector<const Candidate*> out;
  if (m.denied || !owned.count(m.topic)) return out;
  std::string_view text = doc_.text;
  size_t at = sb + m.start;
  auto [lo, hi] = actors_.within(sb, at);
  for (size_t k = lo; k < hi; ++k) {
    const Candidate& c = cands_[k];
    if (c.end > at || is_pronoun(c)) continue;
    std::string_view gap = text.substr(c.end, at - c.end);
    if (gap == " " || gap == "'s " || gap == "\u2019s ") out.push_back(&c);
  }
  return out;
}

// Agents a cue names itself: the owner of a noun cue ("Russia's call for", "U.S. plans
// for") holds the cue's stance; the actor after a noun cue and "of" ("the unwillingness of
// our NATO partners to ratify X") holds the clause's stance, and a first-person voice in the
// sentence, who complains of it, the other one. The int is the polarity.
std::vector<Named> Holders::cue_agents(size_t sb, size_t se, const TopicMatch& m,
                                                                const Stance& st,
                                                                const std::vector<Cue>& cues) const {
  std::string_view text = doc_.text;
  std::vector<Named> out;
  for (const auto& c : cues) {
    if (c.kind != CueKind::Support && c.kind != CueKind::Oppose) continue;
    if (c.start < st.clause_start || c.end > m.start) continue;
    size_t cs = sb + c.start, ce = sb + c.end;
    // The cue's own stance reaches only a mention that no later cue speaks of: "Russia wants
    // guarantees and the end of NATO enlargement".
    bool nearest = std::none_of(cues.begin(), cues.end(), [&](const Cue& x) {
      return x.start >= c.end && x.end <= m.start &&
             (x.kind == CueKind::Support || x.kind == CueKind::Oppose || x.kind == CueKind::Negation);
    });
    auto [lo, hi] = actors_.within(sb, cs);
    for (size_t k = lo; k < hi; ++k) {
      const Candidate& cand = cands_[k];
      if (!nearest) break;
      if (cand.end > cs || is_pronoun(cand)) continue;
      std::string_view between = text.substr(cand.end, cs - cand.end);
      // "Russia's call for", and a name right before the cue: "U.S. plans for".
      bool owner = is_possessive_at(text, cand.end) && count_words(between) <= 2;
      bool modifier = !between.empty() && std::all_of(between.begin(), between.end(), [](char ch) { return ch == ' '; }) &&
                      noun_cue(text.substr(cs, ce - cs));
      if (owner || modifier)
        out.push_back(Named{&cand, (c.kind == CueKind::Support ? 1 : -1) * (m.denied ? -1 : 1), noun_cue(text.substr(cs, ce - cs)),
                            describes(word_before(text, cand.start, sb))});
    }
    std::string_view after = text.substr(ce, std::min<size_t>(4, se - ce));
    if (after == " of ") {
      const Candidate* voice = nullptr;
      std::vector<const Candidate*> named;
      auto [from, to] = actors_.within(sb, se);
      for (size_t k = from; k < to; ++k) {
        const Candidate& cand = cands_[k];
        if (cand.end > se) continue;
        if (cand.type == "FIRST") {
          if (!voice) voice = &cand;
          continue;
        }
        if (cand.start >= ce && cand.end <= sb + m.start && count_words(text.substr(ce, cand.start - ce)) <= 2)
          named.push_back(&cand);
      }
      if (named.empty()) continue;
      for (const Candidate* n : named) out.push_back(Named{n, st.polarity, false});
      if (voice && c.kind == CueKind::Oppose) out.push_back(Named{voice, -st.polarity, false});
      out.push_back(Named{});  // marks: the cue named who holds the stance
    }
  }
  return out;
}

}  // namespace dossier::positions_detail
