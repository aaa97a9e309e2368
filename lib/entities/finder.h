// Private to the entities module: the Finder, which finds the names of one document
// (rules over the gazetteer and the word lists, then the tagger's review of finder_tagger.h,
// then the Revision's passes of revision.h) and groups them into entities. The tests of one
// word are its base's (finder_words.h). The Context (finder_context.h) marks sentence
// starts, headlines and capitalized words first; the Finder's own work is in finder_scan.cc
// (runs of names), Segments (finder_segment.h: the free stretches of words in them), NameTypes
// (finder_types.h: the types no list gives) and finder.cc (the entry points); the Grouping of
// finder_group.h makes entities of its names.
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dossier/entities.h"
#include "finder_context.h"
#include "finder_group.h"
#include "finder_segment.h"
#include "finder_tagger.h"
#include "finder_types.h"
#include "finder_words.h"
#include "revision.h"
#include "tagger.h"
#include "text.h"

namespace dossier::entities_detail {

class Finder : private Words {
 public:
  Finder(const Document& doc, const Gazetteer& gaz, Scratch& scratch)
      : Words(doc, gaz, scratch), types_(*this), cands_(scratch.cands), pieces_(scratch.pieces),
        scratch_(scratch), segments_(*this, scratch, types_, terms_) {
    cands_.clear();
  }

  std::vector<Entity> run() {
    if (toks_.empty()) return {};
    Context(*this, scratch_).mark();
    scan();
    TaggerReview(*this, scratch_, acronym_of_).run();
    Revision(*this, scratch_, acronym_of_).run();
    return Grouping(*this, scratch_, acronym_of_).build();
  }

  // The tagger's features of the document's tokens, the names of the rules among them.
  const TokenFeatures& features() {
    if (!toks_.empty()) {
      Context(*this, scratch_).mark();
      scan();
    }
    TaggerReview(*this, scratch_, acronym_of_).compute_features();
    return scratch_.features;
  }

 private:
  NameTypes types_;  // the types of names no list or cue types
  std::vector<Candidate>& cands_;
  std::vector<Piece>& pieces_;  // scan()'s current run
  Scratch& scratch_;
  // run()'s items: gazetteer names, titles and free words of the run.
  enum Kind { kItemGaz, kItemTitle, kItemWord };
  struct Item {
    size_t a, b;
    Kind kind;
    int64_t entry;
    std::string_view type = {};  // a merged name's (entry -2), by merged_type()
  };
  std::vector<Item> items_;
  // Whether the nationality word of item K opens an organisation's name rather than
  // qualifying it: one of the next three free words is an organisation's head word
  // ("Ruritanian Airways Group", "Kenyan Army"). Tested by finder_test.cc.
  bool opens_organisation(const std::vector<Item>& items, size_t k) const;
  // Whether "and" at token J joins two capitalized dictionary words inside one name: the
  // run so far (PIECES) ends in such a word, holds no head word and opens with no given
  // name, and after "and" another such word leads to an organisation's head word ("Oil and
  // Gas Company"). Tested by finder_test.cc.
  bool and_inside_name(const std::vector<Piece>& pieces, size_t j) const;
  // Whether the title of T tokens at token I, the last of a run ending at B, is a surname:
  // a one-word title right after a given name (ITEMS' last) that opens the name titles no
  // name after it ("Julie Bishop said", "Stephen King wrote"), nor one that ends a person's
  // name WordNet knows with the free words before it ("Martin Luther King."). Tested by
  // finder_test.cc.
  bool surname_title(const std::vector<Item>& items, size_t i, size_t t, size_t b) const;
  // The type of a name made of the place of item K and the free words of items [L, R)
  // around it: the type of a head word before its "of" ("Duchy of Tavoro" GPE, "Bank of
  // Tavoro" ORG); a place when every other word qualifies the place (place_qualifiers.txt:
  // "Tavoro West", "South Tavoro"); else an organisation named after it ("Air Tavoro").
  // Tested by finder_test.cc.
  std::string_view merged_type(const std::vector<Item>& items, size_t l, size_t k, size_t r) const;
  Acronyms acronym_of_;                     // acronym defined in the text -> candidate
  std::unordered_set<std::string> terms_;   // acronyms of terms, not names ("MRO")
  Segments segments_;  // the free stretches of words of the runs


  void scan();

  // The end of an election named after the place PLACE of a run ending at J: a four-digit
  // year right before the place, up to two lower-case words and "election(s)" or
  // "referendum" after it ("2001 Ruritania general election"); 0 when there is none.
  size_t election_after(const Piece& place, size_t j) const;

  // "... in Europe (OSCE)": the acronym names the entity just before it; after a phrase that
  // is not a name ("Maintenance, Repair and Overhaul (MRO)") it is a term.
  void note_acronym(size_t j, size_t before);

  // add_name() to the candidates.
  void add(size_t a, size_t b, int64_t entry, std::string_view type, bool titled = false) {
    add_name(cands_, gaz_, a, b, entry, type, titled);
  }


  // PIECES: the run's pieces in token order (their starts are distinct).
  void run(size_t a, size_t b, const std::vector<Piece>& pieces);


  void segment(size_t a, size_t b, bool titled) { segments_.segment(a, b, titled); }

};

}  // namespace dossier::entities_detail
