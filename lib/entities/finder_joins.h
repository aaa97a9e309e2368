// Private to the entities module: the Grouping's joins of a longer form of a name to the
// entity of its shorter form (finder_joins.cc), run when mentions are grouped
// (finder_group.cc): a firm's full legal name to its short name, a body named with its
// country to its bare name, and a legislature's head word alone to its full name.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "finder_words.h"

namespace dossier::entities_detail {

class FormJoins : private Words {
 public:
  // WORDS: the document's words; CANDS: its names, grouped, each with its key.
  FormJoins(const Words& words, std::vector<Candidate>& cands) : Words(words), cands_(cands) {}

  // Rekeys the longer forms to the keys of the shorter forms they join: a firm's full legal
  // name ("Calder Mills Group PLC") joins the entity of the shorter name the document also
  // uses ("Calder Mills"): the name without its closing legal words (legal_suffixes.txt), the
  // longest such name first. Not when the shorter name is a gazetteer entry of another type
  // than ORG (a place's name opens many firms' names), a longer person's name ("Anna Kessler"
  // ... "Kessler Group"), or when the full name is a gazetteer entry itself. Also a body named
  // with its country ("Veldran Coast Guard") joins its bare name ("Coast Guard") when one
  // country's body of the document has it, never a party's or a movement's (party_heads.txt).
  void join();
  // A legislature named by its head word alone ("the Senate", heads.tsv's "alone") joins
  // the one longer name of the document that ends in that word ("the Norland Senate", "the
  // United States Senate"); with two such names, or none, it stays an entity of its own.
  void join_lone_heads();

 private:
  std::vector<Candidate>& cands_;
  // Folded name -> its first grouped candidate.
  std::unordered_map<std::string, size_t> by_name_;
  // Key of a full name -> the key of the shorter name it joins.
  std::unordered_map<std::string, std::string> rekey_;

  bool legal(size_t k) const { return toks_[k].word && lex_.legal_suffixes.count(std::string(tok(k))) > 0; }
  // A name found by the rules, of two words or more, that a longer form may join.
  static bool open_to_join(const Candidate& c) {
    return !c.left_out() && c.key[0] != 'g' && c.entry < 0 && c.last - c.first >= 2;
  }
  // The end of a country or state opening the name of a body of three words or more
  // ("Veldran Coast Guard" after the country "Veldran"), 0 when none: the body without it
  // is a name of two words or more.
  size_t country_opening(const Candidate& c) const;
  // The short name's key a national body (candidate K, its country ending at START) would
  // join, recorded in BARE_OF: "" when two full names of the document have it.
  void note_bare_body(size_t k, size_t start, std::map<std::string, std::string>& bare_of) const;
  // The legal name C joins the entity of its shortest-but-longest form the document uses.
  void join_legal_name(const Candidate& c, const std::unordered_map<std::string, size_t>& person_words);
};

}  // namespace dossier::entities_detail
