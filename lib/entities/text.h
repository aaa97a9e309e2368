// Private to the entities module: the tokenizer shared by gazetteer aliases and document
// text, case folding and token hashing, and the flat hash tables the word lists are kept in
// (the lists themselves: lexicon.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace dossier::entities_detail {

// 24 bytes: a document of tens of megabytes has millions of tokens (the flags are bits).
struct Token {
  Token() : word(false), digit(false), cap(false), all_caps(false), nl(false) {}
  // Every field at once: the flags are then put together in a register and stored as one
  // byte, where each set apart is a read, a change and a write of it (the tokenizer's
  // hot path).
  Token(uint64_t hash_, uint32_t begin_, uint32_t end_, uint32_t cp_, bool word_, bool digit_, bool cap_,
        bool all_caps_, bool nl_)
      : hash(hash_), begin(begin_), end(end_), cp(cp_), word(word_), digit(digit_), cap(cap_), all_caps(all_caps_),
        nl(nl_) {}
  uint64_t hash = 0;            // hash_folded() of the case-folded token
  uint32_t begin = 0, end = 0;  // bytes into the text
  uint32_t cp = 0;              // code points before begin (utf8 start bytes, as utf8::Cursor counts)
  bool word : 1;                // letters/digits (else punctuation)
  bool digit : 1;               // starts with a digit
  bool cap : 1;                 // starts with an upper-case letter
  bool all_caps : 1;            // two or more letters, all upper case ("NATO", "U.S.")
  bool nl : 1;                  // first token, or a line break since the previous token
};

// Splits TEXT into word and punctuation tokens. Words keep inner hyphens ("Lyakin-Frolov",
// "Euro-Atlantic") unless the part before the hyphen is lower case ("then-President",
// "post-Cold"), inner apostrophes except a possessive 's ("Russia's" -> "Russia", "'s"), and
// dotted acronyms ("U.S."). Spaces are dropped.
std::vector<Token> tokenize(std::string_view text);
// Whether tokenize(TEXT) has any token: TEXT holds more than spaces and no-break spaces.
bool has_token(std::string_view text);
// The same into OUT (cleared first), reusing its capacity. SHORTCUT false leaves every token
// to the byte rules (the tests compare the vector shortcut for plain ASCII words with them).
void tokenize(std::string_view text, std::vector<Token>& out, bool shortcut = true);

// Where code point CP of TEXT starts, as far as TOKS (TEXT's tokens) can tell: the begin of
// the first token at or after that byte, SIZE_MAX when none. Compared with a token's begin it
// answers as the byte offset itself would, without a walk over the text.
size_t first_token_from(const std::vector<Token>& toks, std::string_view text, size_t cp);

// The hash and flags of token [T.begin, T.end) of TEXT, by the Unicode rules for any text
// (the tokenizer takes a shortcut for ASCII tokens; tested against this one).
void finish_slow(std::string_view text, Token& t);

// The case-folded form of a token (ASCII and Unicode lower case).
std::string fold(std::string_view s);
// S without its accents and other combining marks ("Krak\u00F3w" -> "Krakow", "Pozna\u0144" ->
// "Poznan"; letters of their own such as "\u0141" stay); S itself when it is ASCII.
std::string without_marks(std::string_view s);
// fold(S) written over OUT, whose buffer is reused (no allocation once it is large enough).
void fold_into(std::string_view s, std::string& out);
// The hash of a folded token: its bytes 8 at a time (little-endian, the last group padded
// with zeros), each group mixed in by a multiply, then the length. An English word costs one
// or two multiplies, not one per byte, and the tokenizer hashes from a vector register.
uint64_t hash_folded(std::string_view folded);
// The same hash taken one byte at a time (fold() without building the string).
class FoldedHasher {
 public:
  void add(unsigned char c) {
    group_ |= uint64_t{c} << (8 * fill_);
    ++size_;
    if (++fill_ == 8) {
      h_ = mix(h_, group_);
      group_ = 0;
      fill_ = 0;
    }
  }
  uint64_t done() const { return finish(fill_ ? mix(h_, group_) : h_, size_); }

  static constexpr uint64_t kSeed = 0x243F6A8885A308D3ULL;
  static uint64_t mix(uint64_t h, uint64_t group) {
    h = (h ^ group) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 29);
  }
  // The filters and tables take different bits of a token's hash, high and low: one more
  // multiply spreads the last group into the high bits, the shift brings them down.
  static uint64_t finish(uint64_t h, uint64_t size) {
    h = (h ^ size) * 0xFF51AFD7ED558CCDULL;
    return h ^ (h >> 32);
  }

 private:
  uint64_t h_ = kSeed, group_ = 0;
  unsigned fill_ = 0;
  uint64_t size_ = 0;
};
inline uint64_t combine(uint64_t a, uint64_t b) { return a * 0x9E3779B97F4A7C15ULL ^ (b + 0x632BE59BD9B4E019ULL + (a << 6) + (a >> 2)); }

// Whether S (one token) starts with an upper-case letter / is all upper case.
bool starts_upper(std::string_view s);
bool is_all_caps(std::string_view s);

// Whether W (one token) is the definite article, "the" or "The".
inline bool definite_article(std::string_view w) { return w == "the" || w == "The"; }
// Whether W, a word in lower case, counts things before a plural: "two Kestrels", "several Kestrels",
// "12 Kestrels" (up to three digits: four are a year).
bool counting_word(std::string_view w);

// A set of token hashes kept as one bit each: "certainly not in the table" in a few
// instructions, before a lookup by string. Keyed by hash_folded(fold(word)) (Token::hash).
class HashFilter {
 public:
  void add(uint64_t h) { bits_[slot(h) >> 6] |= uint64_t{1} << (slot(h) & 63); }
  bool maybe(uint64_t h) const { return (bits_[slot(h) >> 6] >> (slot(h) & 63)) & 1; }

 private:
  static constexpr size_t kBits = size_t{1} << 16;
  static size_t slot(uint64_t h) { return static_cast<size_t>((h ^ (h >> 29)) & (kBits - 1)); }
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(kBits / 64);
};

// A read-only set of 64-bit hashes in one flat open-addressing table (a mask, no division,
// no node per key): the per-token membership test. Key 0 marks an empty slot (so a probe
// reads one array); the hash 0 itself is kept apart. A bit array of 16 bits per key, small
// enough to stay in cache, answers most misses before the table (megabytes) is read.
class HashSet {
 public:
  HashSet() = default;
  explicit HashSet(const std::unordered_set<uint64_t>& keys) : HashSet(std::vector<uint64_t>(keys.begin(), keys.end())) {}
  // KEYS distinct.
  explicit HashSet(const std::vector<uint64_t>& keys) {
    size_t size = 16;
    while (size < keys.size() * 4) size <<= 1;
    mask_ = size - 1;
    slots_.assign(size, 0);
    size_t bits = 64;
    while (bits < keys.size() * 16) bits <<= 1;
    filter_mask_ = bits - 1;
    filter_.assign(bits / 64, 0);
    for (uint64_t h : keys) {
      filter_[filter_slot(h) >> 6] |= uint64_t{1} << (filter_slot(h) & 63);
      if (h == 0) {
        has_zero_ = true;
        continue;
      }
      size_t i = slot(h);
      while (slots_[i]) i = (i + 1) & mask_;
      slots_[i] = h;
    }
  }
  bool contains(uint64_t h) const {
    if (slots_.empty() || !((filter_[filter_slot(h) >> 6] >> (filter_slot(h) & 63)) & 1)) return false;
    if (h == 0) return has_zero_;
    for (size_t i = slot(h); slots_[i]; i = (i + 1) & mask_)
      if (slots_[i] == h) return true;
    return false;
  }

 private:
  size_t slot(uint64_t h) const { return static_cast<size_t>(h ^ (h >> 31)) & mask_; }
  // Other bits of the hash than slot() takes.
  size_t filter_slot(uint64_t h) const { return static_cast<size_t>((h >> 40) ^ (h >> 13)) & filter_mask_; }
  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
  std::vector<uint64_t> filter_;
  size_t filter_mask_ = 0;
  bool has_zero_ = false;
};

// A read-only map from 64-bit keys to non-zero 32-bit values in one flat open-addressing
// table; 0 stands for "absent".
class HashMap32 {
 public:
  HashMap32() = default;
  explicit HashMap32(const std::unordered_map<uint64_t, uint32_t>& map) {
    size_for(map.size());
    for (const auto& [k, v] : map) insert(k, v);
  }
  // PAIRS with repeated keys, the values of one key joined by bitwise or (sized for
  // PAIRS.size() keys; no sort to bring a key's pairs together).
  static HashMap32 joined(const std::vector<std::pair<uint64_t, uint32_t>>& pairs) {
    HashMap32 m;
    m.size_for(pairs.size());
    for (const auto& [k, v] : pairs) m.insert(k, v);
    return m;
  }
  uint32_t get(uint64_t k) const {
    if (slots_.empty()) return 0;
    for (size_t i = slot(k); slots_[i].value; i = (i + 1) & mask_)
      if (slots_[i].key == k) return slots_[i].value;
    return 0;
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  size_t slot(uint64_t k) const { return static_cast<size_t>(k ^ (k >> 31)) & mask_; }
  void size_for(size_t keys) {
    size_t size = 16;
    while (size < keys * 2) size <<= 1;
    mask_ = size - 1;
    slots_.assign(size, Slot{});
  }
  // V joined by bitwise or to K's value (K's slot taken if K is new).
  void insert(uint64_t k, uint32_t v) {
    size_t i = slot(k);
    while (slots_[i].value && slots_[i].key != k) i = (i + 1) & mask_;
    slots_[i].key = k;
    slots_[i].value |= v;
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

// Which name each acronym may abbreviate: every run of 2 to LONGEST letters of the
// initials of a name (INITIALS[k] of name k; "" for names that take no acronym) mapped to
// the first name with it. Built in time linear in the names (times LONGEST), so that each
// acronym of a document costs one lookup, not a comparison with every name.
std::unordered_map<std::string, size_t> acronym_index(const std::vector<std::string>& initials, size_t longest);

// The name an acronym abbreviates, as acronym_index() has it. Where the initials of all names
// that take one are short (most documents), an acronym is searched for in them joined (one
// search of at most kJoinedBytes costs less than building the index of every run); past
// that, in acronym_index(), whose size grows with the names, not with the acronyms asked.
class AcronymExpansions {
 public:
  static constexpr size_t kJoinedBytes = 2048;
  // INITIALS[k] of name k ("" for names that take no acronym); LONGEST: the longest acronym
  // that will be asked.
  AcronymExpansions(const std::vector<std::string>& initials, size_t longest);
  // The first name whose initials hold W (2 bytes or more), SIZE_MAX when none.
  size_t find(std::string_view w) const;

 private:
  std::string joined_;          // the initials of two bytes or more, each after a NUL
  std::vector<size_t> starts_;  // where each starts in joined_
  std::vector<size_t> names_;   // and whose they are
  std::unordered_map<std::string, size_t> index_;  // past kJoinedBytes
};

}  // namespace dossier::entities_detail

#include "dossier/entities.h"

namespace dossier {

// The matching index of a gazetteer: a trie over folded alias tokens (edges keyed by parent
// node and token hash), plus lookup maps. Built once per gazetteer, read-only afterwards.
struct Gazetteer::Index {
  struct Alias {
    uint32_t entry = 0;
    std::vector<std::string> tokens;  // as written in the gazetteer
    // What matching asks of the tokens, computed once (bit k for tokens[k], k < 64; longer
    // aliases are tested on their strings): all capitals; all capitals in at most 5 bytes;
    // and whether the first token starts upper case.
    uint64_t caps = 0, short_caps = 0;
    bool first_upper = false;
  };
  std::vector<Alias> aliases;
  std::unordered_map<uint64_t, uint32_t> edges;  // combine(node, token hash) -> child
  entities_detail::HashMap32 flat_edges;         // the same, for lookups (children are >= 1)
  // Token hashes that open an alias (the root's edges): a bit test that turns away most
  // words before a probe of the large edge table.
  entities_detail::HashFilter first_filter;
  std::vector<std::vector<uint32_t>> terminals;  // node -> alias ids ending there, later first
  // The same flat, for matching: node N's alias ids are term_ids[term_start[N] ..
  // term_start[N + 1]]. An edge's value in flat_edges has kHasTerms set when its child has
  // any, so that most steps of a match read neither.
  std::vector<uint32_t> term_start, term_ids;
  static constexpr uint32_t kHasTerms = 0x80000000u;
  std::unordered_map<std::string, int64_t> loose;     // loose key -> entry, -1 when ambiguous
  std::unordered_map<std::string, int64_t> surnames;  // person surname -> entry, -1 when ambiguous
  std::unordered_set<std::string> given_names;        // first names of gazetteer people
  // Token hashes of these and of the word lists' given names, tested before either set.
  entities_detail::HashFilter given_filter;
  // Token hash -> word classes (entities_detail::WordClass) of the words lists and of this
  // gazetteer: given names, surnames, and the Lexicon's classes; for the tagger's features.
  entities_detail::HashMap32 word_class;

  // Distinct for every index built in the process (an index may be built where a freed
  // one was): what caches of lookups in this index are keyed by (features.h).
  uint64_t serial = 0;

  // Alias ids whose entry is kNotEntity name no entity (lib/data/entities/not_entities.txt).
  static constexpr uint32_t kNotEntity = 0xFFFFFFFFu;

  explicit Index(const std::vector<GazetteerEntry>& entries);
  // The child of NODE by a token, with kHasTerms; 0 when none.
  uint32_t child(uint32_t node, uint64_t token_hash) const {
    return flat_edges.get(entities_detail::combine(node, token_hash));
  }
};

namespace entities_detail {
// The loose key of a name: its folded content words (function words dropped, given-name
// variants mapped to one spelling), sorted. "Fogh Anders Rasmussen" and "Anders Fogh
// Rasmussen" share it, and so do "Council on/of Foreign Relations".
std::string loose_key(const std::vector<std::string>& tokens);

// Whether ALIAS, whose folded tokens are those of TOKS from I on (of TEXT), is written as it
// must be there: an acronym of the alias in capitals ("US" is not "us"), a capitalized first
// word capitalized. alias_fits() reads the flags computed with the alias; alias_fits_slow()
// is the rule on the strings, kept for aliases too long for the flags (and for the tests).
bool alias_fits(const Gazetteer::Index::Alias& alias, const std::vector<Token>& toks, std::string_view text, size_t i);
bool alias_fits_slow(const Gazetteer::Index::Alias& alias, const std::vector<Token>& toks, std::string_view text,
                     size_t i);
}  // namespace entities_detail

}  // namespace dossier
