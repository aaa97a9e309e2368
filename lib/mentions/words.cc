// The words shared by mention resolution and quote attribution: the word lists of
// lib/data/quotes/ (cue verbs, word classes, role and organisation nouns, turn labels) and a
// light tokenizer over byte ranges of the text. Tested by quotes_text_test.cc.
#include "words.h"

#include <algorithm>

#include <utf8proc.h>

#include "dossier/data.h"
#include "dossier/utf8.h"

namespace dossier::words {

namespace {

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

bool is_word_cp(int32_t cp) {
  if (cp < 0) return false;
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
         cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_MN ||
         cat == UTF8PROC_CATEGORY_ND;
}

// Marks that may sit inside a word when a letter follows: don't, Lyakin-Frolov, U.S.
bool is_joiner(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == '-' || cp == '.' || cp == 0x2010; }

}  // namespace

bool Lexicon::is(const std::string& word, const char* cls) const {
  auto it = classes.find(word);
  if (it == classes.end()) return false;
  // A word has a class or two: comparing them beats building and hashing a key.
  const std::string_view want(cls);
  for (const std::string& c : it->second)
    if (c == want) return true;
  return false;
}

const Lexicon& Lexicon::get() {
  static const Lexicon lex = [] {
    Lexicon l;
    for (auto line : data::lines("quotes/cue_verbs.tsv")) {
      auto f = data::fields(line);
      if (f.size() < 3) continue;
      Cue c;
      c.words = split_words(f[0]);
      c.lemma = std::string(f[1]);
      c.subject_after = f[2] == "after"sv;
      c.ambiguous = f.size() > 3 && f[3] == "noun"sv;
      // "adding", "calling it", "pressing for": a participle opens the cue.
      auto ing = [](const std::string& w) { return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0; };
      c.participle = ing(c.words.back()) || ing(c.words.front());
      if (c.words.front() == "according"sv) c.participle = false;
      l.longest_cue = std::max(l.longest_cue, c.words.size());
      l.cues[c.words.front()].push_back(c);
    }
    for (auto& [w, list] : l.cues)
      std::stable_sort(list.begin(), list.end(), [](const Cue& a, const Cue& b) { return a.words.size() > b.words.size(); });
    for (auto line : data::lines("quotes/lexicon.tsv")) {
      auto f = data::fields(line);
      if (f.size() >= 2) l.classes[std::string(f[0])].insert(std::string(f[1]));
    }
    for (auto line : data::lines("quotes/role_nouns.tsv")) {
      auto f = data::fields(line);
      l.roles[std::string(f[0])] = f.size() > 1 && !f[1].empty() ? f[1][0] : '-';
    }
    for (auto line : data::lines("quotes/org_nouns.tsv")) {
      auto f = data::fields(line);
      if (f.size() < 2) continue;
      if (f.size() > 2 && f[2] == "issued"sv) l.issued.emplace(f[0]);
      if (f.size() > 2 && f[2] == "named"sv) l.named_only.emplace(f[0]);
      auto& types = l.org_nouns[std::string(f[0])];
      for (std::string_view rest = f[1]; !rest.empty();) {
        size_t c = rest.find(',');
        types.emplace_back(rest.substr(0, c));
        rest.remove_prefix(c == std::string_view::npos ? rest.size() : c + 1);
      }
    }
    for (auto line : data::lines("quotes/turn_labels.tsv")) l.turn_labels.emplace(line);
    for (auto line : data::lines("quotes/turn_headings.tsv")) {
      auto f = data::fields(line);
      l.headings.emplace_back(std::string(f[0]), f.size() > 1 ? std::string(f[1]) : std::string(f[0]));
    }
    return l;
  }();
  return lex;
}

namespace {

// The tokenizer, inlined in both its callers: with a local vector, the compiler keeps its
// end in a register.
[[gnu::always_inline]] inline void scan_tokens(std::string_view text, size_t b, size_t e, std::vector<Token>& out) {
  size_t i = b;
  e = std::min(e, text.size());
  while (i < e) {
    size_t len = 1;
    unsigned char c0 = static_cast<unsigned char>(text[i]);
    int32_t cp = c0 < 0x80 ? c0 : utf8::decode(text, i, len);
    if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0xA0 ||
        (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS)) {
      i += len;
      continue;
    }
    Token t;
    t.b = i;
    if (!is_word_cp(cp)) {
      t.e = i + len;
      t.lower.assign(text.substr(i, len));
      out.push_back(std::move(t));
      i += len;
      continue;
    }
    t.word = true;
    t.cap = cp < 0x80 ? (cp >= 'A' && cp <= 'Z')
                      : utf8proc_category(cp) == UTF8PROC_CATEGORY_LU || utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
    size_t j = i;
    auto ascii_alnum = [](unsigned char a) {
      return (a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z') || (a >= '0' && a <= '9');
    };
    while (j < e) {
      // A run of ASCII letters and digits (most of every word) is lower-cased in one go.
      size_t k = j;
      while (k < e && ascii_alnum(static_cast<unsigned char>(text[k]))) ++k;
      if (k > j) {
        size_t at = t.lower.size();
        t.lower.append(text.data() + j, k - j);
        for (size_t x = at; x < t.lower.size(); ++x) {
          char a = t.lower[x];
          if (a >= 'A' && a <= 'Z') t.lower[x] = static_cast<char>(a - 'A' + 'a');
        }
        j = k;
        // An ASCII byte other than a joiner ends the word: neither a word character nor
        // a joiner, and no code point starts with it but itself.
        if (j < e) {
          unsigned char n = static_cast<unsigned char>(text[j]);
          if (n < 0x80 && n != '\'' && n != '-' && n != '.') break;
        }
        continue;
      }
      size_t l2;
      int32_t c2 = utf8::decode(text, j, l2);
      if (is_word_cp(c2)) {
        int32_t lc = c2 < 0 ? c2 : utf8proc_tolower(c2);
        if (lc >= 0) utf8::append(t.lower, lc);
        j += l2;
        continue;
      }
      if (is_joiner(c2) && j + l2 < e) {
        size_t l3;
        int32_t c3 = utf8::decode(text, j + l2, l3);
        if (is_word_cp(c3)) {
          t.lower.push_back(c2 == 0x2019 ? '\'' : static_cast<char>(c2 == 0x2010 ? '-' : c2));
          j += l2;
          continue;
        }
      }
      break;
    }
    t.e = j;
    i = j;
    out.push_back(std::move(t));
  }
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, size_t b, size_t e) {
  std::vector<Token> out;
  e = std::min(e, text.size());
  out.reserve(e > b ? (e - b) / 4 + 1 : 0);  // about one token per five bytes of news text
  scan_tokens(text, b, e, out);
  return out;
}

void append_tokens(std::string_view text, size_t b, size_t e, std::vector<Token>& out) { scan_tokens(text, b, e, out); }

// No scan puts an ASCII space, tab or line break inside a token (it is neither a word
// character nor a joiner, and a multi-byte code point never holds an ASCII byte), and a
// scan skips it alone. So for such a byte at q in [b, e), tokenize(text, b, e) is
// tokenize(text, b, q) followed by tokenize(text, q + 1, e): the end tokens are found by
// tokenizing only the stretch between the end and the nearest such byte holding a token.
namespace {
bool is_ascii_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
}  // namespace

std::vector<Token> first_tokens(std::string_view text, size_t b, size_t e, size_t n) {
  std::vector<Token> out;
  out.reserve(n + 8);
  e = std::min(e, text.size());
  while (b < e && out.size() < n) {
    size_t q = b;
    while (q < e && !is_ascii_space(text[q])) ++q;
    if (q > b) append_tokens(text, b, q, out);
    b = q + 1;
  }
  if (out.size() > n) out.resize(n);
  return out;
}

std::vector<Token> last_tokens(std::string_view text, size_t b, size_t e, size_t n) {
  std::vector<Token> out, chunk;  // out reversed
  out.reserve(n);
  e = std::min(e, text.size());
  while (b < e && out.size() < n) {
    size_t q = e;
    while (q > b && !is_ascii_space(text[q - 1])) --q;
    if (q < e) {
      chunk.clear();
      append_tokens(text, q, e, chunk);
      for (size_t k = chunk.size(); k-- > 0 && out.size() < n;) out.push_back(std::move(chunk[k]));
    }
    if (q == b) break;
    e = q - 1;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::optional<Token> first_token(std::string_view text, size_t b, size_t e) {
  auto toks = first_tokens(text, b, e, 1);
  if (toks.empty()) return std::nullopt;
  return std::move(toks.front());
}

std::optional<Token> last_token(std::string_view text, size_t b, size_t e) {
  auto toks = last_tokens(text, b, e, 1);
  if (toks.empty()) return std::nullopt;
  return std::move(toks.back());
}

const Cue* cue_at(const std::vector<Token>& tokens, size_t i, const Lexicon& lex) {
  if (i >= tokens.size() || !tokens[i].word) return nullptr;
  auto it = lex.cues.find(tokens[i].lower);
  if (it == lex.cues.end()) return nullptr;
  // Cue verbs are lower case; a capitalised one is a name ("the United States") unless it
  // opens the sentence ("According to ...", "Says ...").
  if (tokens[i].cap && i > 0 && tokens[i - 1].word) return nullptr;
  for (const Cue& c : it->second) {
    if (i + c.words.size() > tokens.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < c.words.size() && ok; ++k) ok = tokens[i + k].lower == c.words[k];
    if (ok) return &c;
  }
  return nullptr;
}

size_t span_index(const std::vector<std::pair<size_t, size_t>>& spans, size_t pos) {
  auto it = std::upper_bound(spans.begin(), spans.end(), pos,
                             [](size_t p, const std::pair<size_t, size_t>& s) { return p < s.first; });
  return it == spans.begin() ? 0 : static_cast<size_t>(it - spans.begin()) - 1;
}

bool is_possessive(const Token& t) {
  return t.word && t.lower.size() > 2 && t.lower.compare(t.lower.size() - 2, 2, "'s") == 0;
}

}  // namespace dossier::words
