// Private to the positions module: the lemma of an English word, as topic frames compare
// words. A lemma here is Snowball's English stem of the lowercased word ("expands",
// "expanded", "expanding" -> "expand"; "enlargement" -> "enlarg"), so that a frame names a
// word once and matches its inflections. Not thread-safe: one Lemmatizer per thread.
#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace dossier::positions_detail {

class Lemmatizer {
 public:
  Lemmatizer();  // throws dossier::Error when the English stemmer is missing
  ~Lemmatizer();
  Lemmatizer(const Lemmatizer&) = delete;
  Lemmatizer& operator=(const Lemmatizer&) = delete;

  // The lemma of WORD (any case; ASCII letters are lowercased first, other bytes kept).
  std::string lemma(std::string_view word);

 private:
  sb_stemmer* stemmer_;
  std::string lower_;
};

}  // namespace dossier::positions_detail
