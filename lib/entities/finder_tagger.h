// Private to the entities module: the tagger's review of the names the Finder's rules found
// (finder.h), before the Revision's passes (revision.h). Tested by finder_test.cc and
// finder_person_test.cc.
#pragma once

#include "finder_words.h"
#include "revision.h"

namespace dossier::entities_detail {

class TaggerReview : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // The tagger (tagger.h) has the last word on names the gazetteer does not know: a name of
  // the rules takes the tagger's type when the tagger is sure of it (TaggerMargins::type, tagger.h),
  // unless a head word typed it ("Duchy of Tavoro" stays a place, "Bank of Tavoro" an
  // organisation) or a word the dictionary knows only as a proper noun opens an organisation
  // ("Lockheed Martin"); a lone word it types a person is one ("Lindqvist has stated"), and
  // the Grouping links it to a full name of the document ("Obama" to "Barack Obama"); a
  // name the tagger alone finds is added when it is surer still (add); a name of the
  // rules alone is dropped when the tagger is surest that none of its words is a name
  // (drop), and a name the rules typed ORG for want of any evidence (Candidate::
  // guessed) when the tagger is fairly sure (guess_drop). Gazetteer
  // names stay as they are, with their canonical names. The margins are in the perceptron's
  // update units; the tagger, trained on encyclopaedic and political text, is trusted only
  // as far as it does not undo what the rules get right on news.
  void run();

  // Features of the tokens, with what the rules found: each token of a rule's name is coded
  // by its place in the name (first or not), the type, whether the gazetteer knows the name,
  // and how the rules typed it (after a title, by a head word, weakly).
  void compute_features();


 private:
  // An auxiliary verb opening a sentence that asks ("Will Parliament back it?", "May
  // Kovac run again?"): the question's verb, not a given name.
  bool question_auxiliary(size_t i) const;
  // Whether a name of the rules typed ORG opens with a word the dictionary knows only as a
  // proper noun and no list as a given name ("Lockheed Martin"): the rules typed it so on
  // that evidence, which the tagger does not overturn into a person.
  bool company_word(const Candidate& c) const;
  // Whether a name the rules typed ORG by default and the tagger did not retype has the
  // shape of a person's: two or three capitalized words, none an English word, a head word,
  // a nationality or a word the dictionary knows only as a proper noun ("Oyelaran Adekunbi",
  // not "Lockheed Martin"). On the training sets such names are people twice as often as
  // organisations.
  bool foreign_person_shape(const Candidate& c) const;
};

}  // namespace dossier::entities_detail
