// Private to the entities module: the Context of one document's words, marked before the
// Finder (finder.h) looks for names in them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "finder_words.h"

namespace dossier::entities_detail {

// Whether the dictionary inflects WORD (folded) as a verb: "mixed" or "mixing", "getting",
// "tried", "placed".
bool verb_word(const Lexicon& lex, std::string_view w);

class Context : private Words {
 public:
  // WORDS share the Scratch's buffers: what mark() sets is theirs.
  Context(const Words& words, Scratch& scratch)
      : Words(words), capitals_(scratch.capitals), line_starts_(scratch.line_starts), cap_words_(scratch.cap_words) {}

  // Sentence starts (from the document's sentences, paragraph starts, opening quotes and
  // colons), headline paragraphs (most long words capitalized, no full stop) and photo
  // credit lines ("Sergey Guneev / Imago") that are not article text.
  //
  // This runs over every token of every document, so it makes as few passes as the rules
  // allow: one per line (sentence starts, headline and credit tests, capitalized counts),
  // one for lower-case uses, one for the names the counts make; token tests come before
  // any string is built.
  void mark();

 private:
  std::vector<size_t>& capitals_;  // the capitalized words
  std::vector<size_t>& line_starts_;  // Scratch::line_starts
  std::vector<size_t>& cap_words_;    // Scratch::cap_words: capitals_ with the credit lines' words
};

}  // namespace dossier::entities_detail
