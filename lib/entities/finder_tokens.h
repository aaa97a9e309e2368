// Private to the entities module: the tokens of one document as the Finder (finder.h) reads
// them: the names found so far (Candidate), the per-document buffers (Scratch), and the
// Tokens base of Words (finder_words.h): the text of a token or a span, where lines,
// sentences and headings are, and the gazetteer's longest match at a token.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/entities.h"
#include "features.h"
#include "hash_counts.h"
#include "lexicon.h"

namespace dossier::entities_detail {

class TaggerModel;

// One mention found in the text, before mentions are grouped into entities.
struct Candidate {
  size_t first = 0, last = 0;  // token range [first, last)
  int64_t entry = -1;          // gazetteer entry, or -1 for a name found by the rules
  std::string_view type;       // a literal, or a type string of the gazetteer or the word lists
  bool titled = false;         // right after a title or role ("Foreign Minister X")
  bool weak = false;           // a lone unknown word opening a sentence: kept only if it resolves
  bool by_head = false;        // typed by a head word ("... Ministry"), not by default
  bool guessed = false;        // typed ORG only because nothing typed it otherwise (no cue)
  bool tagged = false;         // found or typed by the tagger, not by the rules
  bool cued = false;           // typed a person's by the words around it (person_cues.tsv)
  std::string key;             // grouping key, set by Finder::group (by StormNames before it)
  std::string place_alias;     // "Toulouse, France": the place with its country or state

  // Whether grouping left it out of the entities (its key is "-"). Asked of every candidate
  // by several passes: two byte tests, where `key == "-"` called std::string::compare.
  bool left_out() const { return key.size() == 1 && key[0] == '-'; }
};

// Asked of every punctuation token, so compared by bytes: “ ‘ — – are E2 80 9C/98/94/93.
inline bool is_open_quote(std::string_view t) {
  if (t.size() == 1) {
    char c = t[0];
    return c == '"' || c == '\'' || c == '(' || c == ':' || c == '[' || c == '-';
  }
  if (t.size() == 3) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(t[k]); };
    return b(0) == 0xE2 && b(1) == 0x80 && (b(2) == 0x9C || b(2) == 0x98 || b(2) == 0x94 || b(2) == 0x93);
  }
  return t == "\xC2\xAB";
}

inline size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}


// Entity types as compared: string_view, so that a type of another length is told apart
// by its size alone.
constexpr std::string_view kPerson = "PERSON", kOrg = "ORG", kGpe = "GPE", kLoc = "LOC";

// A piece of a run of names: tokens [a, b), a gazetteer entry, -1 for a free word, -2 for
// a connector, -3 for no entity.
struct Piece {
  size_t a, b;
  int64_t entry;
};

// The per-document buffers of a Finder, kept by each thread from one document to the next
// so that they are allocated once, not per document (find_entities runs per document, on
// as many threads as the tool is given).
struct Scratch {
  std::vector<Token> toks;
  std::vector<char> initial, headline, skip;
  std::vector<char> heading;  // per token: in a title-case line or in the document's title
  std::vector<Candidate> cands;
  std::vector<Piece> pieces;
  std::vector<size_t> capitals;
  // Context::mark(): the first token of each line, and every word opening with a capital
  // and not all in capitals, in order. The passes that look at only those walk these, not
  // every token again.
  std::vector<size_t> line_starts, cap_words;
  TokenFeatures features;
  std::vector<uint64_t> rule_codes;
  std::vector<uint8_t> tags;
  std::vector<float> margins;
  std::vector<Candidate> merged;
  std::vector<std::string> words;  // Finder::segment()'s words of a name
  HashCounts capitalized;          // Tokens::capitalized_
  const TaggerModel* model = nullptr;  // the tagger to consult; the embedded one when null
};

// Appends the name [A, B) to CANDS, typed as gazetteer entry ENTRY when there is one (>= 0),
// else TYPE, which must outlive the document's candidates: a literal, or a string of the
// gazetteer or the word lists.
inline void add_name(std::vector<Candidate>& cands, const Gazetteer& gaz, size_t a, size_t b, int64_t entry,
                     std::string_view type, bool titled) {
  Candidate& c = cands.emplace_back();
  c.first = a;
  c.last = b;
  c.entry = entry;
  c.type = entry >= 0 ? std::string_view(gaz.entries()[static_cast<size_t>(entry)].type) : type;
  c.titled = titled;
}

// The name [A, B) that a head word types an organisation's ("... Party", "Liberal Democrats").
inline Candidate org_by_head(size_t a, size_t b) {
  Candidate c;
  c.first = a;
  c.last = b;
  c.type = kOrg;
  c.by_head = true;
  return c;
}

// The tokens of one document, read where they lie in its text. The buffers are the
// Scratch's, so a copy shares them; a Context (finder_context.h) marks the sentence starts,
// headings and capitalized words.
class Tokens {
 public:
  Tokens(const Document& doc, const Gazetteer& gaz, Scratch& scratch)
      : doc_(doc), gaz_(gaz), ix_(gaz.index()), lex_(Lexicon::get()), text_(doc.text), toks_(scratch.toks),
        initial_(scratch.initial), headline_(scratch.headline), skip_(scratch.skip), heading_(scratch.heading),
        capitalized_(scratch.capitalized) {
    tokenize(text_, toks_);
  }

 protected:
  const Document& doc_;
  const Gazetteer& gaz_;
  const Gazetteer::Index& ix_;
  const Lexicon& lex_;
  std::string_view text_;
  std::vector<Token>& toks_;
  std::vector<char>& initial_;
  std::vector<char>& headline_;
  std::vector<char>& skip_;  // per token
  std::vector<char>& heading_;  // per token: headline_ or the title paragraph (settle_headings)
  // Common words the document capitalizes inside sentences ("Apple", "Ford"): names there,
  // so also names at the start of a sentence; with how often they are so capitalized. Keyed
  // by token hash (of the folded word), as the gazetteer's trie is.
  HashCounts& capitalized_;

  // Tokens lie within the text: no bounds check (substr's would keep this from inlining).
  std::string_view tok(size_t i) const { return {text_.data() + toks_[i].begin, toks_[i].end - toks_[i].begin}; }
  std::string_view surface_view(size_t a, size_t b) const {
    return {text_.data() + toks_[a].begin, toks_[b - 1].end - toks_[a].begin};
  }
  std::string surface(size_t a, size_t b) const { return std::string(surface_view(a, b)); }
  bool newline_before(size_t i) const { return toks_[i].nl; }

  // Whether every token of C lies in a heading.
  bool in_heading(const Candidate& c) const {
    for (size_t k = c.first; k < c.last; ++k)
      if (!heading_[k]) return false;
    return true;
  }

  // Code points before the end of token I.
  size_t cp_end(size_t i) const {
    const Token& t = toks_[i];
    size_t cp = t.cp;
    for (size_t k = t.begin; k < t.end; ++k) cp += (static_cast<unsigned char>(text_[k]) & 0xC0) != 0x80;
    return cp;
  }

  // Whether token I is a dotted abbreviation ("D.C.", "U.S.").
  bool ends_abbreviation(size_t i) const {
    return toks_[i].word && toks_[i].end - toks_[i].begin >= 2 && text_[toks_[i].end - 1] == '.';
  }
  // Whether token I is a possessive "'s" (or "’s", "'S"), as the tokenizer splits it off.
  bool possessive(size_t i) const {
    std::string_view w = tok(i);
    if (w.size() < 2 || (w.back() != 's' && w.back() != 'S')) return false;
    w.remove_suffix(1);
    return w == "'" || w == "\xE2\x80\x99";
  }
  // Whether token I is an apostrophe, straight or curly.
  bool apostrophe(size_t i) const {
    const std::string_view w = tok(i);
    return w == "'" || w == "\xE2\x80\x99";
  }
  // A possessive's mark: an apostrophe with its "s" ("People's") or alone ("Farmers'").
  bool possessive_mark(size_t i) const { return apostrophe(i) || (possessive(i) && tok(i).back() == 's'); }
  // Whether token I is the one character C.
  bool is(size_t i, char c) const { return toks_[i].end - toks_[i].begin == 1 && text_[toks_[i].begin] == c; }

  // Whether token I's capital may be its place's, not a name's: it opens a sentence or stands
  // in a heading (heading_ holds the headlines too).
  bool capitalized_by_place(size_t i) const { return initial_[i] || heading_[i]; }
  // Whether token I opens a sentence itself: first on its line or after a full stop, '!' or
  // '?' (initial_ marks the first word after a dash or a colon too).
  bool opens_sentence(size_t i) const {
    return initial_[i] && (i == 0 || toks_[i].nl || is(i - 1, '.') || is(i - 1, '!') || is(i - 1, '?'));
  }
  // Whether the document uses token I's word as a name (capitalized_, by folded form).
  int capitalized_count(size_t i) const {
    const int* count = capitalized_.find(toks_[i].hash);
    return count ? *count : 0;
  }
  bool capitalized_name(size_t i) const { return capitalized_count(i) >= 1; }
  // "Varnow-Keller", "Al-Tarsheen": capitalized parts joined by hyphens are written so as a
  // name wherever they stand, a sentence's first word too. Not "Long-term" (a part in small
  // letters), nor a prefix's compound ("Non-EU", "Pro-Tarnian"; compound_prefixes.txt), a
  // combining form's ("Anglo-Saxon", "Sino-Tarnian"), one ending in an acronym ("Post-NATO"),
  // a nationality word or a word of the dictionary ("Crisis-Era"): those are words of the
  // sentence that its opening capitalized.
  bool capitalized_compound(size_t i) const {
    const std::string_view w = tok(i);
    if (!toks_[i].cap || toks_[i].all_caps) return false;
    const size_t first = w.find('-');
    if (first == std::string_view::npos || first == 0) return false;
    const std::string_view head = w.substr(0, first);
    if (head.back() == 'o' || lex_.compound_prefixes.count(std::string(head))) return false;
    for (size_t h = first; h != std::string_view::npos; h = w.find('-', h + 1))
      if (!starts_upper(w.substr(h + 1))) return false;
    const std::string_view last = w.substr(w.rfind('-') + 1);
    return !is_all_caps(last) && !lex_.demonyms.count(std::string(last)) && !lex_.common_word(last);
  }

  // Longest gazetteer alias starting at token I; returns the end token (0 when none).
  // The first word must be capitalized (or a number); an acronym in the alias must be
  // written in capitals; the other words may differ in case ("European security treaty").
  size_t match(size_t i, int64_t& entry) const {
    const Token& t0 = toks_[i];
    if (!t0.word || !(t0.cap || t0.digit) || !ix_.first_filter.maybe(t0.hash)) return 0;
    return match_from(i, entry);
  }

  // match() past its first test (kept apart so that the test is inlined where it is called).
  size_t match_from(size_t i, int64_t& entry) const {
    uint32_t node = 0;
    size_t best = 0;
    for (size_t j = i; j < toks_.size(); ++j) {
      if (j > i && newline_before(j)) break;
      uint32_t edge = ix_.child(node, toks_[j].hash);
      if (edge == 0) break;
      node = edge & ~Gazetteer::Index::kHasTerms;
      if (!(edge & Gazetteer::Index::kHasTerms)) continue;
      for (uint32_t t = ix_.term_start[node]; t < ix_.term_start[node + 1]; ++t) {
        const auto& alias = ix_.aliases[ix_.term_ids[t]];
        // "US$ 40 billion": a currency, not the country.
        if (alias_fits(alias, toks_, text_, i) && !(toks_[j].end < text_.size() && text_[toks_[j].end] == '$')) {
          best = j + 1;
          entry = alias.entry == Gazetteer::Index::kNotEntity ? -3 : static_cast<int64_t>(alias.entry);
          break;
        }
      }
    }
    return best;
  }
};

}  // namespace dossier::entities_detail
