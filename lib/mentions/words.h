// Private to the library: the words shared by mention resolution (lib/mentions/) and quote
// attribution (lib/quotes/): the word lists of lib/data/quotes/ and a light tokenizer over
// byte ranges of the text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace dossier {
// Words are compared with string_view literals ("said"sv): inline, with no strlen and no
// out-of-line std::string::compare.
using namespace std::string_view_literals;
}  // namespace dossier

namespace dossier::words {

struct Cue {
  std::vector<std::string> words;  // lower case, e.g. {"according", "to"}
  std::string lemma;               // "say", "quote", "according to"
  bool subject_after = false;      // "according to X"
  bool participle = false;         // "adding", "saying": the subject is an earlier cue's
  bool ambiguous = false;          // also a common noun ("states", "claims", "reports")
};

struct Lexicon {
  std::unordered_map<std::string, std::vector<Cue>> cues;  // by first word, longest first
  size_t longest_cue = 0;  // words in the longest cue
  std::unordered_map<std::string, std::unordered_set<std::string>> classes;  // word -> classes
  std::unordered_map<std::string, char> roles;  // role noun -> 'm', 'f' or '-'
  std::unordered_map<std::string, std::vector<std::string>> org_nouns;  // "company" -> {"ORG"}
  std::unordered_set<std::string> issued;  // org nouns that are documents ("statement")
  std::unordered_set<std::string> named_only;  // org nouns that stand only for a name holding them
  std::unordered_set<std::string> turn_labels;
  std::vector<std::pair<std::string, std::string>> headings;  // lower-case start, cue

  bool is(std::string_view word, const char* cls) const { return is(std::string(word), cls); }
  bool is(const std::string& word, const char* cls) const;
  static const Lexicon& get();
};

struct Token {
  size_t b = 0, e = 0;  // bytes into the text
  std::string lower;    // lower-cased (ASCII and Latin/Cyrillic via utf8proc)
  bool word = false;    // letters or digits (else one punctuation code point)
  bool cap = false;     // starts with an upper-case letter
};

// Tokens of text[b, e): words (letters, digits, inner apostrophes, hyphens and periods)
// and single punctuation code points; spaces are dropped.
std::vector<Token> tokenize(std::string_view text, size_t b, size_t e);
// The same, appended to OUT.
void append_tokens(std::string_view text, size_t b, size_t e, std::vector<Token>& out);
// A dash: hyphen-minus, en dash, em dash or horizontal bar standing alone.
inline bool is_dash(const Token& t) {
  return !t.word && (t.lower == "-"sv || t.lower == "\u2013"sv || t.lower == "\u2014"sv || t.lower == "\u2015"sv);
}
// A word ending in the possessive "'s" ("Russia's", "the country's"; the lower form spells
// a curly apostrophe straight).
bool is_possessive(const Token& t);

// The first and the last N tokens of tokenize(text, b, e) (all when it has fewer), and
// the first and last token, or nullopt when it has none: they tokenize only the words
// next to that end. Tested by quotes_text_test.cc.
std::vector<Token> first_tokens(std::string_view text, size_t b, size_t e, size_t n);
std::vector<Token> last_tokens(std::string_view text, size_t b, size_t e, size_t n);
std::optional<Token> first_token(std::string_view text, size_t b, size_t e);
std::optional<Token> last_token(std::string_view text, size_t b, size_t e);

// False when the ASCII bytes of TEXT already rule out a transcript label (capitalised
// words, periods and hyphens before a colon): a first word of a lower-case letter or a
// digit, no word at all, or an ASCII byte that is none of letter, digit, space, joiner,
// which tokenizes alone. True when only tokenizing can tell. Tested by quotes_text_test.cc.
inline bool may_be_label(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  size_t first = 0;
  while (first < text.size() && space(text[first])) ++first;
  if (first == text.size()) return false;
  if (static_cast<unsigned char>(text[first]) < 0x80 && !(text[first] >= 'A' && text[first] <= 'Z')) return false;
  for (size_t k = first; k < text.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(text[k]);
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c < 0x80 && !alnum && !space(text[k]) && c != '.' && c != '-' && c != '\'') return false;
  }
  return true;
}

// The cue starting at tokens[i] (longest match), or nullptr.
const Cue* cue_at(const std::vector<Token>& tokens, size_t i, const Lexicon& lex);

// Index of the paragraph/sentence holding byte POS (or the last before it).
size_t span_index(const std::vector<std::pair<size_t, size_t>>& spans, size_t pos);

}  // namespace dossier::words
