// Private to the entities module: the tests of one word of a document (a name-like word, a
// nationality word, a given name, a title, a connector, an organisation's head word) that the
// rules of finder_scan.cc and finder_group.cc and the revision passes are written with, over
// the document's tokens (finder_tokens.h).
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/utf8.h"
#include "finder_tokens.h"

namespace dossier::entities_detail {

// An auxiliary or modal verb, in lower case ("will", "could", "was", "did"): what opens a
// question ("Will Parliament back it?") or follows the head of a phrase ("the Kestrel was").
inline bool auxiliary_verb(std::string_view w) {
  static constexpr std::string_view kAuxiliaries[] = {"will", "may",  "can", "shall", "must", "should", "would",
                                                      "could", "might", "did", "does",  "do",   "is",     "are",
                                                      "was",  "were", "has", "have",  "had"};
  return std::find(std::begin(kAuxiliaries), std::end(kAuxiliaries), w) != std::end(kAuxiliaries);
}

// The words of one document and the tests of one token.
class Words : public Tokens {
 public:
  Words(const Document& doc, const Gazetteer& gaz, Scratch& scratch) : Tokens(doc, gaz, scratch) {}

 protected:
  // A function word (the lists are folded, as Token::hash is).
  bool function_word(size_t i) const {
    return lex_.function_hash_set.contains(toks_[i].hash);
  }

  // Whether token I is a verb of saying that marks the name before it as a speaker's
  // ("said", "told": cues.tsv's person-after).
  bool saying_at(size_t i) const {
    if (i >= toks_.size()) return false;
    const auto cue = lex_.cues.find(fold(tok(i)));
    return cue != lex_.cues.end() && cue->second == "person-after";
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
    // A word in capitals that the dictionary has in small letters is a passage written in
    // capitals ("NEWS"), but a ruler's number after a name is the name's ("Henry VIII").
    if (t.all_caps)
      return !(w.size() >= 4 && lex_.common_word(w)) || (i > 0 && !t.nl && regnal(i) && !toks_[i - 1].all_caps && name_like(i - 1));
    if ((initial_[i] || headline_[i]) && common(i)) {
      if (capitalized_name(i) && !demonym_like(i)) return true;
      // "Vice President Hale" in a title-case line: a title of two words or more opens the
      // run, so that no gazetteer name opening with its second word ("President Hale") is read.
      if (headline_[i] && title_at(i) > 1) return true;
      // "Mark Papermaster", "Tim Cook" opening a sentence or in a headline; "John Smith"
      // too where the document writes "Smith" as a name inside a sentence.
      if (given(i) && i + 1 < toks_.size() && toks_[i + 1].cap && !toks_[i + 1].all_caps &&
          t.end + 1 == toks_[i + 1].begin && (!lex_.common_word(tok(i + 1)) || surname_use(i + 1)))
        return true;
      // A headline's "Steve Jobs": a surname after a given name.
      if (i > 0 && toks_[i - 1].cap && toks_[i - 1].end + 1 == t.begin && given(i - 1) && !title_at(i)) return true;
      return headline_[i] && addressed_after_title(i);
    }
    return true;
  }

  // "Senator Hale, Reverend Carpenter, and dear friends:": a speech's salutation line is
  // title case, but a word right after a person's title and closed by a comma, a colon or the
  // line's end (or "and") is the surname of someone addressed, where the line itself ends with
  // a colon or a comma; a headline's verb after a title runs on to its object ("Senator Backs
  // Bill").
  bool addressed_after_title(size_t i) const {
    if (i == 0 || toks_[i].nl || title_at(i)) return false;
    bool titled = false;
    for (size_t k = i - 1; !titled; --k) {  // a title of up to three words ("Vice President")
      titled = title_at(k) == i - k;
      if (titled || k == 0 || k + 3 == i || toks_[k].nl) break;
    }
    if (!titled) return false;
    const size_t n = toks_.size();
    if (!(i + 1 >= n || toks_[i + 1].nl || is(i + 1, ',') || is(i + 1, ':') || is(i + 1, ';') || tok(i + 1) == "and"))
      return false;
    // The line is a salutation, closed by its colon or comma ("... and dear friends:"); a
    // headline's is not ("Mayor Speaks, Council Listens", "Minister Regrets: A Memoir").
    size_t last = i;
    while (last + 1 < n && !toks_[last + 1].nl) ++last;
    return is(last, ':') || is(last, ',');
  }

  // A pronoun or verb with a contracted verb or negation: "I'm", "I've", "We'll", "Don't"
  // (the tokenizer keeps inner apostrophes: "O'Brien" is a name, the ending here is not).
  static bool contraction(std::string_view w) {
    size_t q = w.rfind('\'');
    size_t skip = 1;
    if (q == std::string_view::npos) {
      // The endings are one or two bytes, so only a curly apostrophe four or five bytes from
      // the end can be the last one before such an ending (no search of the whole word).
      const size_t n = w.size();
      if (n >= 4 && w.substr(n - 4, 3) == "\xE2\x80\x99") q = n - 4;
      else if (n >= 5 && w.substr(n - 5, 3) == "\xE2\x80\x99") q = n - 5;
      else return false;
      skip = 3;
    }
    if (q == std::string_view::npos || q == 0) return false;
    std::string_view end = w.substr(q + skip);
    return end == "m" || end == "ve" || end == "ll" || end == "re" || end == "d" || end == "t";
  }

  // Two names joined by a hyphen as a modifier of the lower-case noun after them:
  // "NATO-Russia talks", "Russian-Ukrainian war". Both parts are nationality words, or
  // names of the gazetteer of two types ("Orrin-Tarnwick", a union of two places, is one name).
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

  // Whether token I alone is a gazetteer alias of a place (GPE or LOC).
  bool gazetteer_place(size_t i) const {
    int64_t entry = -1;
    if (match(i, entry) != i + 1 || entry < 0) return false;
    std::string_view type = gaz_.entries()[static_cast<size_t>(entry)].type;
    return type == kGpe || type == kLoc;
  }

  // A Roman numeral of a ruler ("II", "XIV", "VIII"): I, V and X alone, five letters at most.
  bool regnal(size_t i) const {
    std::string_view w = tok(i);
    if (w.empty() || w.size() > 5) return false;
    for (char ch : w)
      if (ch != 'I' && ch != 'V' && ch != 'X') return false;
    return true;
  }

  // A given name of the word lists or of a gazetteer person.
  bool given(size_t i) const {
    if (!ix_.given_filter.maybe(toks_[i].hash)) return false;
    std::string s(tok(i));
    // "ANNA" in a label written in capitals is "Anna" (ASCII letters; others stay).
    if (toks_[i].all_caps && s.size() > 1) std::transform(s.begin() + 1, s.end(), s.begin() + 1, [](char c) { return utf8::ascii_lower(c); });
    return lex_.given_names.count(s) || ix_.given_names.count(s);
  }

  // A given name of the curated lists (given above) or of the open list of given names.
  bool any_given(size_t i) const { return given(i) || lex_.open_given_names.count(tok(i)); }

  // A sentence's first word, common in lower case, that opens a longer name ("Ford Motor
  // Company", "General Motors"); dropped again unless the name is taken whole.
  bool opens_name(size_t i) const {
    const Token& t = toks_[i];
    if (!t.word || !t.cap || !initial_[i] || headline_[i] || i + 1 >= toks_.size()) return false;
    if ((lex_.demonym_filter.maybe(t.hash) && lex_.demonyms.count(std::string(tok(i)))) || function_word(i) ||
        contraction(tok(i)) || lex_.day_adverbs.count(fold(tok(i))))
      return false;
    return toks_[i + 1].cap && !initial_[i + 1] && toks_[i].end + 1 == toks_[i + 1].begin && name_like(i + 1);
  }

  // "Vigilant Citizens Norway", "Concerned Farmers of Ohio": an opener before another
  // capitalized common word, in a run going on past that word (to END), is the name's
  // first word: a sentence's adverb stands before a name, seldom before a common word
  // written as one. Not before a place's qualifier ("Meanwhile South Korea"), nor before a
  // person's name ("Incumbent Senator Tom Varnell": a role's words before it), nor a
  // question's verb ("Will Kestrel Dynamics sign?"), nor before a word of party affiliation
  // ("Former Labour MP Hartwell": a label of the person after it, party_words.txt).
  bool opens_common_run(size_t i, size_t end) const {
    if (i + 2 >= end || !opens_name(i) || auxiliary_verb(utf8::ascii_lower(tok(i))) || !common(i + 1) || connector(i + 1) ||
        lex_.place_qualifiers.count(std::string(tok(i + 1))) || lex_.party_words.count(std::string(tok(i + 1))))
      return false;
    for (size_t k = i + 1; k + 1 < end; ++k)
      if (any_given(k) && name_like(k + 1)) return false;
    return true;
  }

  // Token I a capital letter and its full stop, with a token after them on the same line.
  bool initial_stop(size_t i) const {
    if (i + 2 >= toks_.size() || toks_[i].end - toks_[i].begin != 1 || !toks_[i].cap) return false;
    return is(i + 1, '.') && toks_[i + 1].begin == toks_[i].end && !toks_[i + 2].nl && !toks_[i + 1].nl;
  }

  // Token I two or three capital letters each with its full stop, in one token ("H.W.").
  bool joined_initials(size_t i) const {
    const std::string_view w = tok(i);
    if (w.size() < 4 || w.size() > 6 || w.size() % 2) return false;
    for (size_t k = 0; k < w.size(); k += 2)
      if (w[k] < 'A' || w[k] > 'Z' || w[k + 1] != '.') return false;
    return true;
  }

  // Token I a capital letter, then its full stop, then (after at most two more such
  // initials: "George H. W. Bush") a capitalized word that is no function word, on one
  // line: the initial of a middle name ("George W. Bush"); or, after a given name, joined
  // initials (joined_initials). The number of tokens of the initials, or 0.
  size_t middle_initial(size_t i) const {
    if (i > 0 && i + 1 < toks_.size() && joined_initials(i) && given(i - 1) && !toks_[i + 1].nl) {
      // "George H.W. Bush": the initials written as one token, after a given name.
      const size_t k = i + 1;
      return toks_[k].word && toks_[k].cap && !toks_[k].all_caps && !function_word(k) && name_like(k) ? 1 : 0;
    }
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

  // "al-Tarsheen", "Karim al-Varouni", "el-Maroun": a lower-case connector or Arabic article
  // (hyphen_articles.txt) joined by a hyphen to the capitalized word after it is an article of
  // that name (the tokenizer splits the three).
  bool hyphen_article(size_t i) const {
    if (i + 2 >= toks_.size() || !is(i + 1, '-')) return false;
    if (!connector(i) && !(toks_[i].word && !toks_[i].cap && lex_.hyphen_articles.count(std::string(tok(i))))) return false;
    const Token& t = toks_[i + 2];
    return toks_[i + 1].begin == toks_[i].end && t.begin == toks_[i + 1].end && t.word && t.cap && !t.all_caps;
  }

  // The tokens of an Arabic article opening the name after it: "al-Tarsheen" (hyphen_article,
  // 2: the article and its hyphen) or "al Qaeda", the article written apart in lower case (1);
  // 0 when token I opens no name so, nor does "al" after "et" ("Smith et al Nature 2003").
  size_t article_opener(size_t i) const {
    if (i + 1 >= toks_.size()) return 0;
    // Asked of every word in lower case: the next token's flags first, the words only then.
    const Token& t = toks_[i + 1];
    if (t.cap)
      return !t.nl && t.begin == toks_[i].end + 1 && t.word && !t.all_caps && tok(i) == "al" && !(i > 0 && tok(i - 1) == "et")
                 ? 1
                 : 0;
    return hyphen_article(i) ? 2 : 0;
  }

  bool not_name(size_t i) const {
    return lex_.not_name_filter.maybe(toks_[i].hash) && lex_.not_names.count(std::string(tok(i)));
  }

  // Longest title at token I ("Deputy Prime Minister"); returns its length in tokens. FOLD
  // compares in ASCII lower case ("SECRETARY", a transcript's label).
  // (Asked of most words of every run of names: the token's flag and the filter of the
  // titles' first words are tested inline, the titles themselves apart.)
  size_t title_at(size_t i, bool fold = false) const {
    if (!toks_[i].word || (!fold && !lex_.title_first_filter.maybe(toks_[i].hash))) return 0;
    return title_at_word(i, fold);
  }

  // title_at() past its first tests.
  size_t title_at_word(size_t i, bool fold) const {
    size_t best = 0;
    auto first = lex_.titles_by_first.find(toks_[i].hash);
    if (first == lex_.titles_by_first.end()) return 0;
    for (size_t t : first->second) {
      const auto& title = lex_.titles[t];
      if (title.size() <= best || i + title.size() > toks_.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < title.size() && ok; ++k)
        ok = fold ? (k == 0 || !toks_[i + k].nl) && utf8::ascii_lower(tok(i + k)) == utf8::ascii_lower(title[k])
                  : tok(i + k) == title[k];
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

  // A role written in lower case and a comma right before token I, the name in apposition to
  // it that ends at token END with a comma or a full stop: "Japan's prime minister, Taro Aso,
  // said", "said its chief executive, Anna Lee." Not "In general, Tarnia has" nor "the
  // minister, Tarnia and Velmar agreed": the sentence goes on past such a name.
  bool apposed_title_before(size_t i, size_t end) const {
    if (end >= toks_.size() || !(is(end, ',') || is(end, '.'))) return false;
    if (i < 2 || !is(i - 1, ',') || toks_[i - 1].nl || toks_[i].nl) return false;
    for (size_t len = 1; len <= 3 && len + 1 <= i; ++len) {
      const size_t k = i - 1 - len;
      if (toks_[k].cap || toks_[k].nl) continue;
      if (title_at(k, true) == len && k > 0 && role_owner(k - 1)) return true;
    }
    return false;
  }

  // Token I a word that makes the role after it someone's: "the", a possessive ("its", "'s").
  // "The market leader, Tarnia, cut prices": the role is "market leader", whose word before
  // ("market") owns nothing; a firm leads a market.
  bool role_owner(size_t i) const {
    const std::string_view w = tok(i);
    return definite_article(w) || w == "its" || w == "his" || w == "her" || w == "their" || w == "our" || w == "'s" ||
           w == "\xE2\x80\x99s";
  }

  // A head word opening a body's name in languages that put it first ("Partido", "Air").
  bool leading_head(size_t i) const { return toks_[i].cap && lex_.leading_heads.count(std::string(tok(i))) > 0; }

  // A legislature's head word that names it alone after "the" ("Senate"; heads.tsv's "alone").
  bool lone_head(size_t i) const { return lex_.lone_heads.count(std::string(tok(i))) > 0; }

  const std::string* head_type(size_t i) const {
    if (!lex_.head_filter.maybe(toks_[i].hash)) return nullptr;
    auto it = lex_.heads.find(std::string(tok(i)));
    return it == lex_.heads.end() ? nullptr : &it->second;
  }

  // Token I a plural noun in lower case ("officials", "votes"), no function word ("is").
  bool lowercase_plural(size_t i) const {
    if (i >= toks_.size() || !toks_[i].word || toks_[i].cap || toks_[i].digit || toks_[i].nl || function_word(i)) return false;
    return plural_form(tok(i));
  }
  // Token I a capitalized word written as a plural ("Seasons", "Flags", "Rivers").
  bool capitalized_plural(size_t i) const {
    return i < toks_.size() && toks_[i].word && toks_[i].cap && !toks_[i].all_caps && plural_form(tok(i));
  }
  // W ends as a plural does: an "s" after a letter other than "s", past three letters.
  static bool plural_form(std::string_view w) { return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's'; }

  // "a", "an", "the" in lower case.
  bool article(size_t i) const {
    const std::string_view w = tok(i);
    return toks_[i].word && (w == "a" || w == "an" || w == "the");
  }

  // Whether the token before token I is "the" or "The".
  bool after_the(size_t i) const { return i > 0 && definite_article(tok(i - 1)); }

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
