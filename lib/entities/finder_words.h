// Private to the entities module: what the Finder (finder.h) knows of the words of one
// document: its tokens, where sentences and headings are, and the tests of one token (a
// name-like word, a given name, a title, a connector, a gazetteer match) that the rules of
// finder_scan.cc and finder_group.cc are written with.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/entities.h"
#include "dossier/utf8.h"
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
  std::string key;             // grouping key, set by Finder::group
  std::string place_alias;     // "Toulouse, France": the place with its country or state
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
  TokenFeatures features;
  std::vector<uint64_t> rule_codes;
  std::vector<uint8_t> tags;
  std::vector<float> margins;
  std::vector<Candidate> merged;
  std::vector<std::string> words;  // Finder::segment()'s words of a name
  HashCounts capitalized;          // Words::capitalized_
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

// The words of one document and the tests of one token. The buffers are the Scratch's, so a
// copy shares them; a Context (finder_context.h) marks the sentence starts, headings and
// capitalized words.
class Words {
 public:
  Words(const Document& doc, const Gazetteer& gaz, Scratch& scratch)
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
  // Whether token I is the one character C.
  bool is(size_t i, char c) const { return toks_[i].end - toks_[i].begin == 1 && text_[toks_[i].begin] == c; }

  // Whether the document uses token I's word as a name (capitalized_, by folded form).
  int capitalized_count(size_t i) const {
    const int* count = capitalized_.find(toks_[i].hash);
    return count ? *count : 0;
  }
  bool capitalized_name(size_t i) const { return capitalized_count(i) >= 1; }

  // A function word (the lists are folded, as Token::hash is).
  bool function_word(size_t i) const {
    return lex_.function_hash_set.contains(toks_[i].hash);
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

  // A capitalized word that can be part of a name here.
  bool name_like(size_t i) const {
    const Token& t = toks_[i];
    if (!t.word || skip_[i] || !(t.cap || t.all_caps)) return false;
    return name_like_word(i);
  }

  // name_like() past its first test.
  bool name_like_word(size_t i) const {
    const Token& t = toks_[i];
    std::string_view w = tok(i);
    if (not_name(i)) return false;
    // "The Europeans", "Russians", "Singaporeans": nationality nouns are not entities (the
    // adjective may open a name: "Georgian Foreign Ministry").
    if (w.size() > 1 && w.back() == 's' && !listed_demonym(i) && demonym_like(i)) return false;
    // "A380", "777-200LR", "3GS": model numbers and measures name products, not entities.
    bool letters = false, digits = false;
    for (char ch : w) {
      if (ch >= '0' && ch <= '9') digits = true;
      else if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) letters = true;
    }
    if (letters && digits && !head_type(i)) return false;
    if (t.end < text_.size() && text_[t.end] == '$') return false;  // "US$"
    if (contraction(w)) return false;  // "I'm", "We'll"
    if (hyphen_pair(i)) return false;   // "NATO-Russia talks"
    if (t.all_caps) return !(w.size() >= 4 && lex_.common_word(w));
    if ((initial_[i] || headline_[i]) && common(i)) {
      if (capitalized_name(i) && !demonym_like(i)) return true;
      // "Mark Papermaster", "Tim Cook" opening a sentence or in a headline; "John Smith"
      // too where the document writes "Smith" as a name inside a sentence.
      if (given(i) && i + 1 < toks_.size() && toks_[i + 1].cap && !toks_[i + 1].all_caps &&
          t.end + 1 == toks_[i + 1].begin && (!lex_.common_word(tok(i + 1)) || surname_use(i + 1)))
        return true;
      // A headline's "Steve Jobs": a surname after a given name.
      return i > 0 && toks_[i - 1].cap && toks_[i - 1].end + 1 == t.begin && given(i - 1) && !title_at(i);
    }
    return true;
  }

  // A pronoun or verb with a contracted verb or negation: "I'm", "I've", "We'll", "Don't"
  // (the tokenizer keeps inner apostrophes: "O'Brien" is a name, the ending here is not).
  static bool contraction(std::string_view w) {
    size_t q = w.rfind('\'');
    size_t skip = 1;
    if (q == std::string_view::npos) {
      q = w.rfind("\xE2\x80\x99");
      skip = 3;
    }
    if (q == std::string_view::npos || q == 0) return false;
    std::string_view end = w.substr(q + skip);
    return end == "m" || end == "ve" || end == "ll" || end == "re" || end == "d" || end == "t";
  }

  // Two names joined by a hyphen as a modifier of the lower-case noun after them:
  // "NATO-Russia talks", "Russian-Ukrainian war". Both parts are nationality words, or
  // names of the gazetteer of two types ("Austria-Hungary", two places, is one name).
  bool hyphen_pair(size_t i) const {
    std::string_view w = tok(i);
    size_t h = w.find('-');
    if (h == std::string_view::npos || h == 0 || h + 1 >= w.size() || i + 1 >= toks_.size()) return false;
    const Token& next = toks_[i + 1];
    if (!next.word || next.cap || next.digit) return false;
    std::string a(w.substr(0, h)), b(w.substr(h + 1));
    if (lex_.demonyms.count(a) && lex_.demonyms.count(b)) return true;
    const GazetteerEntry* x = gaz_.find_name(a);
    const GazetteerEntry* y = gaz_.find_name(b);
    return x && y && x->type != y->type;
  }

  // Whether token I is a nationality word of the list as written ("Swiss", "French").
  bool listed_demonym(size_t i) const {
    return lex_.demonym_filter.maybe(toks_[i].hash) && lex_.demonyms.count(std::string(tok(i)));
  }

  // A nationality word: listed, or a country's name plus -n/-an/-ans/-ese ("Indonesian").
  // Asked of most capitalized words, so the token's hash and last letters are tested before
  // any string is built: few words are listed or end in -n or -ese.
  bool demonym_like(size_t i) const {
    std::string_view w = tok(i);
    // "Swiss": a listed word that ends in -s is itself, not the plural of "Swis".
    if (w.size() > 1 && w.back() == 's' && !listed_demonym(i)) w.remove_suffix(1);
    if (lex_.demonym_filter.maybe(toks_[i].hash) && lex_.demonyms.count(std::string(w))) return true;
    if (w.size() < 5) return false;
    if (w.back() != 'n' && !(w.size() > 6 && w.substr(w.size() - 3) == "ese")) return false;
    auto gpe = [&](std::string s) {
      const GazetteerEntry* e = gaz_.find_name(s);
      return e && e->type == kGpe;
    };
    std::string s(w);
    if (s.back() == 'n' && gpe(s.substr(0, s.size() - 1))) return true;
    if (s.size() > 6 && s.compare(s.size() - 2, 2, "an") == 0 &&
        (gpe(s.substr(0, s.size() - 2)) || gpe(s.substr(0, s.size() - 2) + "a") || gpe(s.substr(0, s.size() - 2) + "e")))
      return true;
    if (s.size() > 6 && s.compare(s.size() - 3, 3, "ese") == 0 && gpe(s.substr(0, s.size() - 3))) return true;
    return false;
  }

  // common_word for token I, by its hash first (the hot path).
  bool common(size_t i) const {
    if (lex_.lower_hash_set.contains(toks_[i].hash)) return true;
    return tok(i).find('-') != std::string_view::npos && lex_.common_word(tok(i));
  }

  // Whether the sentence goes on from token I to a question mark before its end.
  bool asks_after(size_t i) const {
    for (size_t k = i + 1; k < toks_.size() && k < i + 60 && !toks_[k].nl; ++k) {
      if (is(k, '?')) return true;
      if (is(k, '.') || is(k, '!')) break;
    }
    return false;
  }

  // A common word after a sentence's first word that the document writes as a name inside
  // sentences, and that is no institution's word (no head word, no gazetteer name), in a
  // sentence that asks nothing: "Smith" of "John Smith said", not "Parliament" of "Will
  // Parliament back it?".
  bool surname_use(size_t i) const {
    if (!capitalized_name(i) || head_type(i)) return false;
    int64_t entry = -1;
    if (match(i, entry)) return false;
    return !asks_after(i);
  }

  // A given name of the word lists or of a gazetteer person.
  bool given(size_t i) const {
    if (!ix_.given_filter.maybe(toks_[i].hash)) return false;
    std::string s(tok(i));
    // "ANNA" in a label written in capitals is "Anna" (ASCII letters; others stay).
    if (toks_[i].all_caps && s.size() > 1) std::transform(s.begin() + 1, s.end(), s.begin() + 1, [](char c) { return utf8::ascii_lower(c); });
    return lex_.given_names.count(s) || ix_.given_names.count(s);
  }

  // A sentence's first word, common in lower case, that opens a longer name ("Ford Motor
  // Company", "General Motors"); dropped again unless the name is taken whole.
  bool opens_name(size_t i) const {
    const Token& t = toks_[i];
    if (!t.word || !t.cap || !initial_[i] || headline_[i] || i + 1 >= toks_.size()) return false;
    if ((lex_.demonym_filter.maybe(t.hash) && lex_.demonyms.count(std::string(tok(i)))) || function_word(i) ||
        contraction(tok(i)))
      return false;
    return toks_[i + 1].cap && !initial_[i + 1] && toks_[i].end + 1 == toks_[i + 1].begin && name_like(i + 1);
  }

  // Token I a capital letter and its full stop, with a token after them on the same line.
  bool initial_stop(size_t i) const {
    if (i + 2 >= toks_.size() || toks_[i].end - toks_[i].begin != 1 || !toks_[i].cap) return false;
    return is(i + 1, '.') && toks_[i + 1].begin == toks_[i].end && !toks_[i + 2].nl && !toks_[i + 1].nl;
  }

  // Token I a capital letter, then its full stop, then (after at most two more such
  // initials: "George H. W. Bush") a capitalized word that is no function word, on one
  // line: the initial of a middle name ("George W. Bush"). The number of tokens of the
  // initials, or 0.
  size_t middle_initial(size_t i) const {
    if (i == 0 || !initial_stop(i)) return 0;
    if (!toks_[i - 1].cap || toks_[i - 1].all_caps || toks_[i - 1].end - toks_[i - 1].begin < 2) return 0;
    size_t k = i + 2;
    for (int more = 0; more < 2 && initial_stop(k); ++more) k += 2;
    const bool name = toks_[k].word && toks_[k].cap && !toks_[k].all_caps && !function_word(k) && name_like(k);
    return name ? k - i : 0;
  }

  bool connector(size_t i) const {
    if (!toks_[i].word || toks_[i].cap || !lex_.connector_filter.maybe(toks_[i].hash)) return false;
    for (const auto& c : lex_.connector_words)
      if (c.first == toks_[i].hash && tok(i) == c.second) return true;
    return false;
  }

  // "al-Qaeda", "Bashar al-Assad": a lower-case connector joined by a hyphen to the
  // capitalized word after it is an article of that name (the tokenizer splits the three).
  bool hyphen_article(size_t i) const {
    if (i + 2 >= toks_.size() || !connector(i) || !is(i + 1, '-')) return false;
    const Token& t = toks_[i + 2];
    return toks_[i + 1].begin == toks_[i].end && t.begin == toks_[i + 1].end && t.word && t.cap && !t.all_caps;
  }

  bool not_name(size_t i) const {
    return lex_.not_name_filter.maybe(toks_[i].hash) && lex_.not_names.count(std::string(tok(i)));
  }

  // Longest title at token I ("Deputy Prime Minister"); returns its length in tokens.
  size_t title_at(size_t i) const {
    size_t best = 0;
    if (!toks_[i].word || !lex_.title_first_filter.maybe(toks_[i].hash)) return 0;
    auto first = lex_.titles_by_first.find(toks_[i].hash);
    if (first == lex_.titles_by_first.end()) return 0;
    for (size_t t : first->second) {
      const auto& title = lex_.titles[t];
      if (title.size() <= best || i + title.size() > toks_.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < title.size() && ok; ++k) ok = tok(i + k) == title[k];
      if (ok) best = title.size();
    }
    return best;
  }

  // A title and its "to" or "of" (and "the") right before token I: "Ambassador to the",
  // "Minister of".
  bool title_chain_before(size_t i) const {
    if (i > 0 && tok(i - 1) == "the") --i;
    if (i < 2 || !(tok(i - 1) == "to" || tok(i - 1) == "of")) return false;
    return titled_before(i - 1);
  }

  // A title or role word right before token I ("spokesman Igor Lyakin-Frolov", "Lavrov's
  // deputy Sergei Ryabkov").
  bool titled_before(size_t i) const {
    for (size_t len = 1; len <= 4 && len <= i; ++len)
      if (title_at(i - len) == len) return true;
    return false;
  }

  const std::string* head_type(size_t i) const {
    if (!lex_.head_filter.maybe(toks_[i].hash)) return nullptr;
    auto it = lex_.heads.find(std::string(tok(i)));
    return it == lex_.heads.end() ? nullptr : &it->second;
  }

  // "a", "an", "the" in lower case.
  bool article(size_t i) const {
    const std::string_view w = tok(i);
    return toks_[i].word && (w == "a" || w == "an" || w == "the");
  }

  // Whether token I is an organisation's head word ("Council", "Party").
  bool org_head(size_t i) const {
    const std::string* h = head_type(i);
    return h && *h == kOrg;
  }

  // Whether the capitalized words from token I on, up to the first other word, hold an
  // organisation's head word.
  bool org_head_from(size_t i) const {
    for (size_t k = i; k < toks_.size() && toks_[k].word && toks_[k].cap && !(k > i && newline_before(k)); ++k)
      if (org_head(k)) return true;
    return false;
  }

  // Whether a name word of PIECES (the rules' run so far) is an organisation's head word.
  bool org_head_in(const std::vector<Piece>& pieces) const {
    for (const Piece& p : pieces)
      for (size_t k = p.a; k < p.b && p.entry == -1; ++k)
        if (org_head(k)) return true;
    return false;
  }
};

}  // namespace dossier::entities_detail
