// Private to the positions module: whose a demand, proposal or project is, when the sentence
// says it ("Russia's call for", "the NATO missile shield"), apart from who holds a stance by
// their place in the sentence (holders.h). Offsets: sb/se are the sentence's bytes in
// Document::text; TopicMatch and Cue offsets are bytes into the sentence.
#pragma once

#include <vector>

#include "actors.h"
#include "internal.h"

namespace dossier::positions_detail {

// An agent a cue names: WHO (nullptr marks that the cue named who holds the stance, in
// place of the subject), its polarity, and whether it owns a noun cue ("Russia's demand").
struct Named {
  const Candidate* who = nullptr;
  int polarity = 0;
  bool owner = false;
  // The owner is described, not stating: the owned cue is the object of a preposition of
  // the narrative ("amid Russian demands for", "angry at NATO's demand"). It still says
  // whose the demand is, so no one else in the sentence holds it, but the owner holds
  // nothing either.
  bool described = false;
};

class Ownership {
 public:
  Ownership(const Document& doc, const Actors& actors) : doc_(doc), cands_(actors.candidates()), actors_(actors) {}

  // Owners of a proposal that names the topic ("Medvedev's initiative for a ... treaty").
  std::vector<const Candidate*> owners(size_t sb, size_t se, const TopicMatch& m) const;
  // The actor right before a mention of a topic of lib/data/positions/owned.tsv, as a
  // modifier or a possessive ("the NATO missile shield"): it owns the project named. Empty
  // for other topics.
  std::vector<const Candidate*> makers(size_t sb, const TopicMatch& m) const;
  // Agents a cue names itself, with their polarity; an entry with no one says the cue named
  // who holds the stance, replacing the subject.
  std::vector<Named> cue_agents(size_t sb, size_t se, const TopicMatch& m, const Stance& st,
                                const std::vector<Cue>& cues) const;

 private:
  const Document& doc_;
  const std::vector<Candidate>& cands_;
  const Actors& actors_;
};

}  // namespace dossier::positions_detail
