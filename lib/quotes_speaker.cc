// Speaker resolution for the quotes module: the word lists, the tokenizer and the rules
// that turn a cue's subject ("Foreign Ministry spokesman Igor Lyakin-Frolov", "he", "the
// spokesman", "a ministry source") into a speaker. Tested by quotes_test.cc.
#include <algorithm>

#include <utf8proc.h>

#include "dossier/data.h"
#include "dossier/utf8.h"
#include "quotes_internal.h"

namespace dossier::quotes_detail {

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  while (true) {
    size_t t = line.find('\t');
    out.push_back(line.substr(0, t));
    if (t == std::string_view::npos) break;
    line.remove_prefix(t + 1);
  }
  return out;
}

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

size_t paragraph_distance(const Context& ctx, size_t from, size_t to) {
  return span_index(ctx.paragraphs, to) - span_index(ctx.paragraphs, from);
}

std::string slice(std::string_view text, size_t b, size_t e) { return std::string(text.substr(b, e - b)); }

// How far back pronouns and role nouns look for their person, in paragraphs.
constexpr size_t kPronounParagraphs = 4;
// Role nouns ("the spokesman") reach further: the person is often introduced in the lede.
constexpr size_t kRoleParagraphs = 15;

bool gender_ok(const Context& ctx, size_t entity, char want) {
  if (want == '-') return true;
  auto g = ctx.gender(entity);
  return !g || *g == want;
}

const Entity& entity_of(const Context& ctx, size_t i) { return (*ctx.entities)[i]; }

// The nearest PERSON mentioned before POS whose gender fits.
std::optional<size_t> nearest_person(const Context& ctx, size_t pos, char gender) {
  auto it = std::lower_bound(ctx.mentions.begin(), ctx.mentions.end(), pos,
                             [](const Context::Mention& m, size_t p) { return m.b < p; });
  while (it != ctx.mentions.begin()) {
    --it;
    if (paragraph_distance(ctx, it->b, pos) > kPronounParagraphs) break;
    if (entity_of(ctx, it->entity).type == "PERSON" && gender_ok(ctx, it->entity, gender)) return it->entity;
  }
  return std::nullopt;
}

// The nearest entity before POS of one of TYPES.
std::optional<size_t> nearest_of(const Context& ctx, size_t pos, const std::vector<std::string>& types) {
  auto it = std::lower_bound(ctx.mentions.begin(), ctx.mentions.end(), pos,
                             [](const Context::Mention& m, size_t p) { return m.b < p; });
  while (it != ctx.mentions.begin()) {
    --it;
    if (paragraph_distance(ctx, it->b, pos) > kPronounParagraphs) break;
    const std::string& type = entity_of(ctx, it->entity).type;
    if (std::find(types.begin(), types.end(), type) != types.end()) return it->entity;
  }
  return std::nullopt;
}

// The nearest PERSON before POS introduced with ROLE ("Foreign Ministry spokesman Igor
// Lyakin-Frolov", "Alexander Rahr, an expert with ...").
std::optional<size_t> person_with_role(const Context& ctx, size_t pos, const std::string& role) {
  auto it = std::lower_bound(ctx.mentions.begin(), ctx.mentions.end(), pos,
                             [](const Context::Mention& m, size_t p) { return m.b < p; });
  std::vector<std::string> role_words = split_words(role);
  while (it != ctx.mentions.begin()) {
    --it;
    if (paragraph_distance(ctx, it->b, pos) > kRoleParagraphs) break;
    if (entity_of(ctx, it->entity).type != "PERSON") continue;
    // The role as a title right before the name ("Foreign Ministry spokesman Igor
    // Lyakin-Frolov") or in an apposition right after it ("Alexander Rahr, an expert").
    size_t lb = it->b > 60 ? it->b - 60 : 0;
    // Only the last four tokens before the name and the first 4 + role words after it
    // are looked at.
    auto before = last_tokens(ctx.text, lb, it->b, 4);
    size_t k = before.size();
    size_t stop = k > 4 ? k - 4 : 0;
    while (k > stop && before[k - 1].word) --k;
    for (size_t i = k; i + role_words.size() <= before.size(); ++i) {
      bool all = true;
      for (size_t r = 0; r < role_words.size() && all; ++r) all = before[i + r].lower == role_words[r];
      if (all) return it->entity;
    }
    auto after = first_tokens(ctx.text, it->e, std::min(ctx.text.size(), it->e + 60), 4 + role_words.size());
    if (!after.empty() && after[0].lower == ",") {
      for (size_t i = 1; i + role_words.size() <= after.size() && i <= 4; ++i) {
        if (!after[i].word) break;
        bool all = true;
        for (size_t r = 0; r < role_words.size() && all; ++r) all = after[i + r].lower == role_words[r];
        if (all) return it->entity;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

bool Lexicon::is(const std::string& word, const char* cls) const {
  auto it = classes.find(word);
  if (it == classes.end()) return false;
  // A word has a class or two: comparing them beats building and hashing a key.
  for (const std::string& c : it->second)
    if (c == cls) return true;
  return false;
}

const Lexicon& Lexicon::get() {
  static const Lexicon lex = [] {
    Lexicon l;
    for (auto line : data::lines("quotes/cue_verbs.tsv")) {
      auto f = split_tabs(line);
      if (f.size() < 3) continue;
      Cue c;
      c.words = split_words(f[0]);
      c.lemma = std::string(f[1]);
      c.subject_after = f[2] == "after";
      c.ambiguous = f.size() > 3 && f[3] == "noun";
      const std::string& last = c.words.back();
      c.participle = last.size() > 4 && last.compare(last.size() - 3, 3, "ing") == 0;
      if (c.words.front() == "according") c.participle = false;
      l.longest_cue = std::max(l.longest_cue, c.words.size());
      l.cues[c.words.front()].push_back(c);
    }
    for (auto& [w, list] : l.cues)
      std::stable_sort(list.begin(), list.end(), [](const Cue& a, const Cue& b) { return a.words.size() > b.words.size(); });
    for (auto line : data::lines("quotes/lexicon.tsv")) {
      auto f = split_tabs(line);
      if (f.size() >= 2) l.classes[std::string(f[0])].insert(std::string(f[1]));
    }
    for (auto line : data::lines("quotes/role_nouns.tsv")) {
      auto f = split_tabs(line);
      l.roles[std::string(f[0])] = f.size() > 1 && !f[1].empty() ? f[1][0] : '-';
    }
    for (auto line : data::lines("quotes/org_nouns.tsv")) {
      auto f = split_tabs(line);
      if (f.size() < 2) continue;
      auto& types = l.org_nouns[std::string(f[0])];
      for (std::string_view rest = f[1]; !rest.empty();) {
        size_t c = rest.find(',');
        types.emplace_back(rest.substr(0, c));
        rest.remove_prefix(c == std::string_view::npos ? rest.size() : c + 1);
      }
    }
    for (auto line : data::lines("quotes/turn_labels.tsv")) l.turn_labels.emplace(line);
    for (auto line : data::lines("quotes/turn_headings.tsv")) {
      auto f = split_tabs(line);
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

std::optional<char> Context::gender(size_t entity) const {
  if (!entities || entity >= entities->size() || !gazetteer) return std::nullopt;
  if (genders_.empty()) genders_.assign(entities->size(), -1);
  if (genders_[entity] < 0) {
    genders_[entity] = 0;
    const Entity& en = (*entities)[entity];
    if (en.type == "PERSON")
      if (const GazetteerEntry* g = gazetteer->find(en.name); g && g->gender && !g->gender->empty())
        genders_[entity] = 1 + static_cast<unsigned char>((*g->gender)[0]);
  }
  if (genders_[entity] == 0) return std::nullopt;
  return static_cast<char>(genders_[entity] - 1);
}

size_t span_index(const std::vector<std::pair<size_t, size_t>>& spans, size_t pos) {
  auto it = std::upper_bound(spans.begin(), spans.end(), pos,
                             [](size_t p, const std::pair<size_t, size_t>& s) { return p < s.first; });
  return it == spans.begin() ? 0 : static_cast<size_t>(it - spans.begin()) - 1;
}

Found resolve_subject(const Context& ctx, size_t b, size_t e) {
  return resolve_subject(ctx, b, tokenize(ctx.text, b, e));
}

Found resolve_subject(const Context& ctx, size_t b, std::vector<Token> all) {
  const Lexicon& lex = Lexicon::get();
  Found out;
  // Appositions: "Alexander Rahr, an expert with ...," or "Russia's envoy to NATO, Dmitry
  // Rogozin,": split at commas and take the first part naming a person, else the first.
  std::vector<std::vector<Token>> parts(1);
  for (auto& t : all) {
    if (!t.word && (t.lower == "," || t.lower == "(" || t.lower == ")")) {
      if (!parts.back().empty()) parts.emplace_back();
      continue;
    }
    if (!t.word && t.lower != "-" && t.lower != "'") continue;
    parts.back().push_back(std::move(t));
  }
  if (parts.back().empty()) parts.pop_back();
  if (parts.empty()) return out;
  auto person_in = [&](size_t pb, size_t pe) -> std::optional<size_t> {
    std::optional<size_t> found;
    auto it = std::lower_bound(ctx.mentions.begin(), ctx.mentions.end(), pb,
                               [](const Context::Mention& m, size_t p) { return m.b < p; });
    for (; it != ctx.mentions.end() && it->b < pe; ++it)
      if (it->e <= pe && entity_of(ctx, it->entity).type == "PERSON") found = it->entity;
    return found;
  };
  const std::vector<Token>* seg = nullptr;
  for (const auto& p : parts) {
    if (person_in(p.front().b, p.back().e)) {
      seg = &p;
      break;
    }
  }
  // Without a known person, an apposition that is all capitalised words and no title is
  // the name ("Ryanair CEO, Michael O'Leary").
  for (size_t i = 1; i < parts.size() && !seg; ++i) {
    bool name = parts[i].size() >= 2;
    for (const Token& t : parts[i]) name = name && (t.cap || !t.word) && !lex.roles.count(t.lower);
    if (name) seg = &parts[i];
  }
  if (!seg) seg = &parts.front();
  size_t sb = seg->front().b, se = seg->back().e;
  std::string text = slice(ctx.text, sb, se);
  const std::string& first = seg->front().lower;
  const std::string& head = seg->back().lower;
  auto person = person_in(sb, se);
  if (lex.is(first, "anon") && !person) {
    out.source_text = text;
    return out;
  }
  if (person) {
    out.entity = person;
    return out;
  }
  if (seg->size() == 1) {
    if (lex.is(first, "pronoun-1")) {
      if (ctx.turn_speaker) out.entity = ctx.turn_speaker;
      else out.source_text = text;
      return out;
    }
    char g = lex.is(first, "pronoun-m") ? 'm' : lex.is(first, "pronoun-f") ? 'f' : 0;
    if (g) {
      out.entity = nearest_person(ctx, b, g);
      if (!out.entity) out.source_text = text;
      return out;
    }
    if (lex.is(first, "pronoun-p")) {
      out.source_text = text;
      return out;
    }
  }
  // "the spokesman", "the minister", "the Russian foreign minister"
  if (lex.is(first, "det") && first != "a" && first != "an") {
    std::string two = seg->size() >= 2 ? (*seg)[seg->size() - 2].lower + " " + head : std::string();
    std::string role = lex.roles.count(two) ? two : lex.roles.count(head) ? head : std::string();
    bool capitalised = false;
    for (size_t k = 1; k < seg->size(); ++k) capitalised |= (*seg)[k].cap;
    if (!role.empty() && !capitalised) {
      out.entity = person_with_role(ctx, b, role);
      if (!out.entity) out.source_text = text;
      return out;
    }
    // "the company", "the government": the nearest organisation or state of that kind.
    auto org = lex.org_nouns.find(head);
    if (org != lex.org_nouns.end() && !capitalised && seg->size() <= 3) {
      out.entity = nearest_of(ctx, b, org->second);
      if (!out.entity) out.source_text = text;
      return out;
    }
  }
  if (lex.is(head, "source") && !seg->back().cap) {
    out.source_text = text;
    return out;
  }
  // Another entity named in the subject, the last one being the head: "the Foreign
  // Ministry", "The US automobile manufacturer Ford".
  {
    auto it = std::lower_bound(ctx.mentions.begin(), ctx.mentions.end(), sb,
                               [](const Context::Mention& m, size_t p) { return m.b < p; });
    size_t end = 0;
    for (; it != ctx.mentions.end() && it->b < se; ++it)
      if (it->e <= se) {
        out.entity = it->entity;
        end = it->e;
      }
    // ... unless an unknown capitalised name follows it ("the US company Ford").
    bool name_after = false;
    for (const Token& t : *seg) name_after |= t.b >= end && t.cap;
    if (out.entity && !name_after) return out;
    out.entity.reset();
  }
  // A capitalised name the entities layer does not know: the trailing run of capitalised
  // words, after the last title word ("Foreign Minister Lavrov" -> "Lavrov").
  size_t k = seg->size();
  while (k > 0 && ((*seg)[k - 1].cap || (k < seg->size() && lex.is((*seg)[k - 1].lower, "connector")))) --k;
  while (k < seg->size() && !(*seg)[k].cap) ++k;
  for (size_t r = k; r < seg->size(); ++r)
    if (lex.roles.count((*seg)[r].lower) && r + 1 < seg->size()) k = r + 1;
  if (k < seg->size()) {
    out.name = slice(ctx.text, (*seg)[k].b, seg->back().e);
    if (ctx.entities) {
      for (size_t i = 0; i < ctx.entities->size() && !out.entity; ++i) {
        const Entity& en = (*ctx.entities)[i];
        if (en.name == out.name || std::find(en.aliases.begin(), en.aliases.end(), out.name) != en.aliases.end())
          out.entity = i;
      }
    }
    if (out.entity) out.name.clear();
    return out;
  }
  out.source_text = text;
  return out;
}

}  // namespace dossier::quotes_detail
