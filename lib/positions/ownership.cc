// Whose a demand, proposal or project is (ownership.h): the owner of a proposal that names
// the topic, the maker of a project, and the agents a noun cue names itself. Tested by
// layer_test.cc and layer_holders_test.cc.
#include "ownership.h"

#include <algorithm>
#include <memory>
#include <set>
#include <string>

#include <re2/re2.h>

#include "dossier/data.h"
#include "dossier/error.h"
#include "sentence_words.h"

namespace dossier::positions_detail {

namespace {

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

// Owners of a proposal that names the topic: "Medvedev's initiative for a legally binding
// treaty" (lib/data/positions/proposals.tsv). The owner stands for what the proposal names,
// whatever the sentence says of it.
std::vector<const Candidate*> Ownership::owners(size_t sb, size_t se, const TopicMatch& m) const {
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
std::vector<const Candidate*> Ownership::makers(size_t sb, const TopicMatch& m) const {
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
std::vector<Named> Ownership::cue_agents(size_t sb, size_t se, const TopicMatch& m,
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
