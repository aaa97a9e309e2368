// Private to the positions module: topic frames, a topic as words of meaning that must
// occur together. A frame is written
//     {expand, expansion, join, membership} {nato, alliance, bloc} !{missile} ~8
// each {...} a group of alternatives (a word, or two words in a row), compared by lemma
// (lemma.h); every group must have a word within WINDOW words (~N, default 8) of the others
// and inside one clause (; : and dashes end a clause); a word of a !{...} group within the
// window's reach cancels the match. The mention is the words from the first to the last
// matched, or the words of the one group written [...] instead of {...} ("{undermine,
// weaken} [nato]": the stance is taken toward NATO, the verb is a cue).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dossier/positions.h"

namespace dossier::positions_detail {

class Lemmatizer;

struct Frame {
  std::string topic;
  bool denied = false;
  size_t window = 8;
  int mention_group = -1;  // the [...] group, -1 for none
  // groups[g][a] is alternative a of group g: one or two lemmas.
  std::vector<std::vector<std::vector<std::string>>> groups;
  std::vector<std::vector<std::string>> exclusions;
  std::vector<std::pair<std::string, std::string>> written;  // each word as written (lowercase) -> its lemma
};

// Parses EXPRESSION (see above); lemmas come from LEMMAS. Throws dossier::Error with a
// message (no file or line) when it is malformed.
Frame parse_frame(std::string_view topic, std::string_view expression, bool denied, Lemmatizer& lemmas);

// Many frames matched in one pass over a text's words.
class FrameMatcher {
 public:
  explicit FrameMatcher(std::vector<Frame> frames);
  FrameMatcher(const FrameMatcher&) = delete;  // written_ views into frames_
  FrameMatcher& operator=(const FrameMatcher&) = delete;
  bool empty() const { return frames_.empty(); }
  // Frame mentions in TEXT: [start, end) bytes from the first to the last word matched,
  // unsorted; several per frame when they do not overlap. Empty when none matches.
  std::vector<TopicMatch> find(std::string_view text) const;

 private:
  struct Use {
    uint32_t frame;
    int32_t group;     // -1: an exclusion
    int32_t next = -1; // the second lemma's id of a two-word alternative
  };
  int lemma_id(std::string_view lemma) const;
  static uint32_t key_of(std::string_view lower);
  // A bit per hashed key: most words are ruled out by one test, before the binary search.
  static constexpr size_t kKeyBits = size_t{1} << 16;
  static size_t bit_of(uint32_t key) { return (key * 2654435761u) >> 16; }

  std::vector<Frame> frames_;
  uint64_t serial_;  // tells this matcher's cached word ids (frames.cc) from another's
  std::unordered_map<std::string, int> ids_;
  std::unordered_map<std::string_view, int> written_;  // a frame's words as written -> lemma id (views into frames_)
  std::vector<std::vector<Use>> uses_;   // by the id of an alternative's first lemma
  std::vector<uint64_t> key_bits_;
  std::vector<uint32_t> keys_;           // sorted: the first four bytes of every lemma (all of a shorter one)
};

}  // namespace dossier::positions_detail
