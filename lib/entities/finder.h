// Private to the entities module: the Finder, which finds the names of one document
// (rules over the gazetteer and the word lists, then the tagger's review of finder_tagger.h,
// then the Revision's passes of revision.h) and groups them into entities. The tests of one
// word are its base's (finder_words.h). The Context (finder_context.h) marks sentence
// starts, headlines and capitalized words first; the Finder's own work is in finder_scan.cc
// (runs of names and their types) and finder.cc (the entry points); the Grouping of
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
#include "finder_tagger.h"
#include "finder_words.h"
#include "revision.h"
#include "tagger.h"
#include "text.h"

namespace dossier::entities_detail {

class Finder : private Words {
 public:
  Finder(const Document& doc, const Gazetteer& gaz, Scratch& scratch)
      : Words(doc, gaz, scratch), cands_(scratch.cands), pieces_(scratch.pieces),
        scratch_(scratch) {
    cands_.clear();
  }

  std::vector<Entity> run() {
    if (toks_.empty()) return {};
    Context(*this, scratch_).mark();
    scan();
    TaggerReview(*this, scratch_, acronym_of_).run();
    Revision(*this, scratch_, acronym_of_).run();
    return Grouping(*this, scratch_, acronym_of_, terms_).build();
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
  std::vector<Candidate>& cands_;
  std::vector<Piece>& pieces_;  // scan()'s current run
  Scratch& scratch_;
  // run()'s items: gazetteer names, titles and free words of the run.
  enum Kind { kGaz, kTitle, kWord };
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
  // The type of a name made of the place of item K and the free words of items [L, R)
  // around it: the type of a head word before its "of" ("Duchy of Tavoro" GPE, "Bank of
  // Tavoro" ORG); a place when every other word qualifies the place (place_qualifiers.txt:
  // "Tavoro West", "South Tavoro"); else an organisation named after it ("Air Tavoro").
  // Tested by finder_test.cc.
  std::string_view merged_type(const std::vector<Item>& items, size_t l, size_t k, size_t r) const;
  // Whether tokens [A, B) other than PLACE's are words of place_qualifiers.txt (or the
  // hyphens between them), at least one.
  bool qualifies_place(size_t a, size_t b, size_t place_a, size_t place_b) const;
  Acronyms acronym_of_;                     // acronym defined in the text -> candidate
  std::unordered_set<std::string> terms_;   // acronyms of terms, not names ("MRO")


  void scan();

  // The end of an election named after the place PLACE of a run ending at J: a four-digit
  // year right before the place, up to two lower-case words and "election(s)" or
  // "referendum" after it ("2001 Ruritania general election"); 0 when there is none.
  size_t election_after(const Piece& place, size_t j) const;

  // "... in Europe (OSCE)": the acronym names the entity just before it; after a phrase that
  // is not a name ("Maintenance, Repair and Overhaul (MRO)") it is a term.
  void note_acronym(size_t j, size_t before);

  // TYPE must outlive the document's candidates: a literal, or a string of the gazetteer or
  // the word lists.
  void add(size_t a, size_t b, int64_t entry, std::string_view type, bool titled = false) {
    Candidate& c = cands_.emplace_back();
    c.first = a;
    c.last = b;
    c.entry = entry;
    c.type = entry >= 0 ? std::string_view(gaz_.entries()[static_cast<size_t>(entry)].type) : type;
    c.titled = titled;
  }


  // PIECES: the run's pieces in token order (their starts are distinct).
  void run(size_t a, size_t b, const std::vector<Piece>& pieces);

  // "St.", "Mt.", "Ft." opening a place's name: the word, its full stop right after it, and
  // a capitalized word after that on the same line.
  bool place_abbreviation(size_t i) const {
    if (i + 2 >= toks_.size() || !is(i + 1, '.') || toks_[i + 1].begin != toks_[i].end) return false;
    std::string_view w = tok(i);
    if (w != "St" && w != "Mt" && w != "Ft") return false;
    return !toks_[i + 2].nl && toks_[i + 2].word && toks_[i + 2].cap && !function_word(i + 2);
  }

  // A free stretch of capitalized words with no gazetteer name in it.
  void segment(size_t a, size_t b, bool titled);
  // The type of a name [a, b) that neither the gazetteer nor a cue types: a place when the
  // open place lists (cities, states and provinces) have it, WordNet's type for it ("Einstein"
  // PERSON, "Mesopotamia" LOC), a person when it is one word of the open given names or
  // surnames, opens with an open given name (three words at most), or ends in such a surname ("Gough Whitlam") after a word the dictionary does not
  // know as a proper noun ("Lockheed Martin" is a company), else ORG (always, for an
  // acronym). Tested by finder_test.cc.
  std::string_view unknown_name_type(size_t a, size_t b) const;

};

}  // namespace dossier::entities_detail
