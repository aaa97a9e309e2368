// Private to the entities module: the free stretches of capitalized words with no gazetteer
// name in them that the Finder's runs (finder.h) leave, cut and typed as names. Tested by
// finder_test.cc and finder_person_test.cc.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "finder_types.h"
#include "finder_words.h"

namespace dossier::entities_detail {

class Segments : protected Words {
 public:
  // WORDS: the document's words (sharing SCRATCH's buffers); the names go to SCRATCH.cands;
  // TYPES types names no list types; TERMS: the acronyms of terms, not names ("MRO").
  Segments(const Words& words, Scratch& scratch, const NameTypes& types, const std::unordered_set<std::string>& terms)
      : Words(words), cands_(scratch.cands), scratch_(scratch), types_(types), terms_(terms) {}

  // A free stretch [A, B) of capitalized words with no gazetteer name in it; TITLED: a title
  // is right before it.
  void segment(size_t a, size_t b, bool titled);

 private:
  // The stretch's one word A, kept weak unless the document confirms it (segment's tail).
  void one_word(size_t a);
  // A stretch [A, B) of two words or more that no list, head word or given name named.
  void longer_name(size_t a, size_t b);

  std::vector<Candidate>& cands_;
  Scratch& scratch_;
  const NameTypes& types_;
  const std::unordered_set<std::string>& terms_;

  void add(size_t a, size_t b, int64_t entry, std::string_view type, bool titled = false) {
    add_name(cands_, gaz_, a, b, entry, type, titled);
  }
};

}  // namespace dossier::entities_detail
