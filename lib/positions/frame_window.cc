// A frame's matches within its window (frame_words.h): a match is sought from each hit
// forward within the window, so the work per hit is bounded by the window. Tested by
// frames_test.cc.
#include <algorithm>

#include "dossier/utf8.h"
#include "frame_words.h"

namespace dossier::positions_detail {

namespace {

// A closed-class word that may join a mention's words ("expansion of the alliance").
bool is_function_word(std::string_view word) {
  static const std::string_view kWords[] = {"a", "an", "the", "of", "s", "in", "on", "for", "to", "into", "its", "their",
                                       "his", "her", "our", "further", "any", "all", "with", "at", "by", "from"};
  if (word.size() > 7) return false;
  char lower[8];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = utf8::ascii_lower(word[i]);
  std::string_view w(lower, word.size());
  for (std::string_view f : kWords)
    if (w == f) return true;
  return false;
}

}  // namespace

void match_frame(const Frame& fr, const std::vector<FrameHit>& hs, const std::vector<FrameWord>& words, std::string_view text,
                 std::vector<TopicMatch>& out) {
  uint32_t all = (1u << fr.groups.size()) - 1, seen = 0;
  for (const FrameHit& h : hs)
    if (h.group >= 0) seen |= 1u << h.group;
  if (seen != all) return;
  const uint32_t window = static_cast<uint32_t>(fr.window);
  // The words of a match from hit I on: its last word, end byte and mention hit; false
  // when some group has no word in I's clause and window.
  struct Span {
    uint32_t last;
    size_t end;
    const FrameHit* named;
  };
  auto match_from = [&](size_t i, Span& sp) {
    const FrameHit& s = hs[i];
    if (s.group < 0) return false;
    uint32_t got = 0;
    sp = Span{s.last, s.end, nullptr};
    for (size_t j = i; j < hs.size() && hs[j].first < s.first + window && got != all; ++j) {
      const FrameHit& h = hs[j];
      if (h.group < 0 || h.clause != s.clause || h.last >= s.first + window || (got >> h.group & 1u)) continue;
      got |= 1u << h.group;
      if (h.group == fr.mention_group) sp.named = &h;
      if (h.last > sp.last) {
        sp.last = h.last;
        sp.end = h.end;
      }
    }
    return got == all;
  };
  for (size_t i = 0; i < hs.size(); ++i) {
    Span sp;
    if (!match_from(i, sp)) continue;
    // A later start inside the match that ends no later gives a tighter match: "NATO
    // expansion, the withdrawal of NATO units" is a withdrawal from "withdrawal" on.
    for (size_t j = i + 1; j < hs.size() && hs[j].first <= sp.last; ++j) {
      Span tighter;
      if (match_from(j, tighter) && tighter.last <= sp.last) {
        i = j;
        sp = tighter;
      }
    }
    const FrameHit& s = hs[i];
    bool excluded = false;
    for (size_t j = i + 1; j-- > 0 && hs[j].first + window >= s.first && !excluded;)
      excluded = hs[j].group < 0 && hs[j].clause == s.clause;
    for (size_t j = i + 1; j < hs.size() && hs[j].first <= sp.last + window && !excluded; ++j)
      excluded = hs[j].group < 0 && hs[j].clause == s.clause;
    if (!excluded) {
      // The mention: the [mention] group's words, else the head's (the first group's
      // first word in the match) with the matched words joined to it by function words
      // only, so that a verb between the words ("NATO halt its eastward expansion") stays
      // outside, where it is a stance cue.
      const FrameHit* head = sp.named;
      for (size_t j = i; !head && j < hs.size() && hs[j].first <= sp.last; ++j)
        if (hs[j].group == 0 && hs[j].clause == s.clause) head = &hs[j];
      if (!head) head = &s;  // not reached: every group, the first too, is in the match
      uint32_t first = head->first, last = head->last;
      size_t from = head->start, to = head->end;
      auto joined = [&](uint32_t a, uint32_t b) {  // words strictly between a and b are function words
        for (uint32_t k = a + 1; k < b; ++k)
          if (words[k].id >= 0 || !is_function_word(text.substr(words[k].start, words[k].end - words[k].start))) return false;
        return true;
      };
      for (size_t j = i; !sp.named && j < hs.size() && hs[j].first <= sp.last; ++j) {
        const FrameHit& h = hs[j];
        if (h.group < 0 || h.clause != s.clause) continue;
        if (h.last < first && joined(h.last, first)) {
          first = h.first;
          from = h.start;
        }
      }
      for (size_t j = i; !sp.named && j < hs.size() && hs[j].first <= std::max(sp.last, last + 4); ++j) {
        const FrameHit& h = hs[j];
        if (h.group < 0 || h.clause != s.clause || h.first <= last) continue;
        if (!joined(last, h.first)) break;
        last = h.last;
        to = h.end;
      }
      out.push_back(TopicMatch{fr.topic, from, to, fr.denied});
      sp.last = std::max(sp.last, last);
    }
    while (i + 1 < hs.size() && hs[i + 1].first <= sp.last) ++i;
  }
}

}  // namespace dossier::positions_detail
