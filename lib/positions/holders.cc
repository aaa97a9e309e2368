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
#include <functional>
#include <string>

#include <re2/re2.h>

#include "narrative.h"
#include "sentence_words.h"

namespace dossier::positions_detail {

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
  // A dateline names no one who holds the stance (dateline.h).
  const size_t floor = sb + narrative_start(text.substr(sb, m.start));
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

}  // namespace dossier::positions_detail
