// Lemmas through Snowball's English (Porter2) stemmer, Debian's libstemmer. Tested by
// frames_test.cc.
#include "lemma.h"

#include <libstemmer.h>

#include "dossier/error.h"
#include "dossier/utf8.h"

namespace dossier::positions_detail {

Lemmatizer::Lemmatizer() : stemmer_(sb_stemmer_new("english", nullptr)) {
  if (!stemmer_) throw Error("no English stemmer in libstemmer");
}

Lemmatizer::~Lemmatizer() { sb_stemmer_delete(stemmer_); }

std::string Lemmatizer::lemma(std::string_view word) {
  lower_.assign(word);
  for (char& c : lower_) c = utf8::ascii_lower(c);
  const sb_symbol* s = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(lower_.data()),
                                       static_cast<int>(lower_.size()));
  if (!s) throw Error("out of memory stemming a word");
  return std::string(reinterpret_cast<const char*>(s), static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace dossier::positions_detail
