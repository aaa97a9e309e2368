// Private to the positions module: which of a sentence's actor candidates hold the stance
// taken on a topic mention, by their place in the sentence (whose a demand or project is:
// ownership.h). Offsets: sb/se are the sentence's bytes in Document::text;
// TopicMatch and Cue offsets are bytes into the sentence.
#pragma once

#include <map>
#include <vector>

#include "actors.h"
#include "internal.h"

namespace dossier::positions_detail {

class Holders {
 public:
  Holders(const Document& doc, const Actors& actors) : doc_(doc), cands_(actors.candidates()), actors_(actors) {}

  // The agents after a passive cue, else the sentence's subject (with the actors coordinated
  // with it), plus the nearest person before the mention when it differs. Empty when none.
  std::vector<const Candidate*> agents(size_t sb, size_t se, const TopicMatch& m, const std::vector<TopicMatch>& ms,
                                       const Stance& st) const;
  // Reported speech: a sentence's start byte -> the voice of "According to X," opening it or
  // an earlier sentence of its paragraph.
  std::map<size_t, const Candidate*> reported_speech() const;

 private:
  const Document& doc_;
  const std::vector<Candidate>& cands_;
  const Actors& actors_;
};

}  // namespace dossier::positions_detail
