// Private to the entities module: the Finder, which finds the names of one document
// (rules over the gazetteer and the word lists, then the tagger, then the Revision's passes
// of revision.h) and groups them into entities. The tests of one word are its base's
// (finder_words.h). Its work is spread over finder_context.cc (sentence starts, headlines,
// capitalized words), finder_scan.cc (runs of names and their types) and finder.cc (the
// tagger, the entry points); the Grouping of finder_group.h makes entities of its names.
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
#include "finder_group.h"
#include "finder_words.h"
#include "revision.h"
#include "tagger.h"
#include "text.h"

namespace dossier::entities_detail {

class Finder : private Words {
 public:
  Finder(const Document& doc, const Gazetteer& gaz, Scratch& scratch)
      : Words(doc, gaz, scratch), cands_(scratch.cands), pieces_(scratch.pieces), capitals_(scratch.capitals),
        scratch_(scratch) {
    cands_.clear();
  }

  std::vector<Entity> run() {
    if (toks_.empty()) return {};
    mark_context();
    scan();
    apply_tagger();
    Revision(*this, scratch_, acronym_of_).run();
    return Grouping(*this, scratch_, acronym_of_, terms_).build();
  }

  // The tagger's features of the document's tokens, the names of the rules among them.
  const TokenFeatures& features() {
    if (!toks_.empty()) {
      mark_context();
      scan();
    }
    compute_features();
    return scratch_.features;
  }

 private:
  std::vector<Candidate>& cands_;
  std::vector<Piece>& pieces_;  // scan()'s current run
  std::vector<size_t>& capitals_;  // mark_context()'s capitalized words
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

  // Features of the tokens, with what the rules found: each token of a rule's name is
  // coded by its place in the name (first or not), the type, whether the gazetteer knows
  // the name, and how the rules typed it (after a title, by a head word, weakly).
  void compute_features();

  // The tagger (tagger.h) has the last word on names the gazetteer does not know: a name of
  // the rules takes the tagger's type when the tagger is sure of it (a margin of kTypeMargin),
  // unless a head word typed it ("Duchy of Tavoro" stays a place, "Bank of Tavoro" an
  // organisation), and except that a lone word becomes a person only through a full name of the document
  // (group() links "Obama" to "Barack Obama"); a name the tagger alone finds is added when
  // it is surer still (kAddMargin); a name of the rules alone is dropped when the tagger is
  // surest that none of its words is a name (kDropMargin). Gazetteer names stay as they
  // are, with their canonical names. The margins are in the perceptron's update units; the
  // tagger, trained on encyclopaedic and political text, is trusted only as far as it does
  // not undo what the rules get right on news. Tested by finder_test.cc.
  static constexpr float kTypeMargin = 40, kAddMargin = 60, kDropMargin = 160;
  // Whether a name of the rules typed ORG opens with a word the dictionary knows only as a
  // proper noun and no list as a given name ("Lockheed Martin"): the rules typed it so on
  // that evidence, which the tagger does not overturn into a person.
  bool company_word(const Candidate& c) const;
  // Whether a name the rules typed ORG by default and the tagger did not retype has the
  // shape of a person's: two or three capitalized words, none an English word, a head word,
  // a nationality or a word the dictionary knows only as a proper noun ("Oyelaran Adekunbi",
  // not "Lockheed Martin"). On the training sets such names are people twice as often as
  // organisations. Tested by finder_person_test.cc.
  bool foreign_person_shape(const Candidate& c) const;
  void apply_tagger();

  // Sentence starts (from the document's sentences, paragraph starts, opening quotes and
  // colons), headline paragraphs (most long words capitalized, no full stop) and photo
  // credit lines ("Sergey Guneev / Imago") that are not article text.
  //
  // This runs over every token of every document, so it makes as few passes as the rules
  // allow: one per line (sentence starts, headline and credit tests, capitalized counts),
  // one for lower-case uses, one for the names the counts make; token tests come before
  // any string is built.
  void mark_context();

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
