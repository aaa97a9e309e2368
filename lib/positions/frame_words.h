// Private to the positions module: what frames.cc (reading a text's words once) and
// frame_window.cc (a frame's matches within its window) share: a text's words with their
// lemma ids, a frame's hits on them, and the table from lowercase words to lemma ids.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/hash.h"
#include "dossier/positions.h"
#include "frames.h"

namespace dossier::positions_detail {

// A byte of a word as frames read them: an ASCII letter or digit (hyphens, apostrophes and
// every other byte separate words).
constexpr bool is_frame_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// A word of a text: bytes [start, end), its index and clause, and its lemma id (-1: a word
// no frame names).
struct FrameWord {
  size_t start, end;
  uint32_t index, clause;
  int id;
};

// A word (or two in a row) of a frame's group in a text: word indices, clause, the group (-1:
// an exclusion) and bytes.
struct FrameHit {
  uint32_t first, last;  // word indices
  uint32_t clause;
  int32_t group;
  size_t start, end;
};

// Lowercase words -> lemma ids, open addressing over FNV-1a hashes: looked up with the
// bytes and hash find() already has, without making a string per word.
class WordIds {
 public:
  static uint64_t hash(uint64_t h, char c) { return fnv_step(h, static_cast<unsigned char>(c)); }
  static constexpr uint64_t kSeed = kFnvOffset;
  size_t size() const { return words_.size(); }
  void clear() {
    words_.clear();
    slots_.assign(slots_.size(), 0);
  }
  // The id of WORD (hash H), or nullptr.
  const int* find(std::string_view word, uint64_t h) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      uint64_t slot = slots_[i];
      if (!slot) return nullptr;
      if ((slot ^ h) >> 32) continue;  // another word: told by the slot, without a read of its entry
      const Entry& e = words_[static_cast<uint32_t>(slot) - 1];
      if (e.hash == h && e.word == word) return &e.id;
    }
  }
  void insert(std::string_view word, uint64_t h, int id) {
    if ((words_.size() + 1) * 2 > slots_.size()) grow();
    words_.push_back(Entry{std::string(word), h, id});
    place(static_cast<uint32_t>(words_.size()));
  }

 private:
  struct Entry {
    std::string word;
    uint64_t hash;
    int id;
  };
  void place(uint32_t at) {
    uint64_t h = words_[at - 1].hash;
    size_t i = h & (slots_.size() - 1);
    while (slots_[i]) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = (h & ~uint64_t{0xffffffff}) | at;
  }
  void grow() {
    slots_.assign(std::max<size_t>(64, slots_.size() * 2), 0);
    for (uint32_t at = 1; at <= words_.size(); ++at) place(at);
  }
  std::vector<Entry> words_;
  // The hash's high 32 bits, then 1 + index into words_ in the low 32; 0 for empty. A probe
  // that meets another word's slot moves on without reading words_ (a cache miss each).
  std::vector<uint64_t> slots_;
};

// Appends to OUT the mentions of frame FR in TEXT, given the frame's hits HS (in word order)
// on the text's WORDS: from each hit, the words of every group within the window and one
// clause, none of an exclusion near them. Tested by frames_test.cc.
void match_frame(const Frame& fr, const std::vector<FrameHit>& hs, const std::vector<FrameWord>& words, std::string_view text,
                 std::vector<TopicMatch>& out);

}  // namespace dossier::positions_detail
