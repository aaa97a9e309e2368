// Which "needs" literals of the phrase rules occur in a text, ignoring case (the
// LiteralFinder of rule_match.h). RE2::Set did this in one DFA pass at about 30
// instructions a byte, the largest single cost of ingest, while most blocks hold none of
// the literals. Here a literal of five bytes or more is found through its rarest-looking
// five bytes, as three overlapping three-byte keys: a 64K-bit table, keyed by a hash of the
// three bytes at a position with ASCII case folded by |0x20, says whether they may be one
// of those, and only then are the literals owning the key compared. Three bytes rule out
// far more positions than the byte pairs this used to key on (a pair of common letters met
// every few words, and comparing was half the cost of the scan). As each literal registers
// three consecutive keys, one of them starts at a position divisible by three wherever the
// literal occurs, so only every third position is looked at. Shorter literals ("(l)", "(c)",
// "©") are found through their rarest byte with memchr: punctuation, rare in running text;
// those of letters only ("pic", "read") are compared whole, sixteen positions a step. RE2 also
// folds 's' with U+017F (long s) and 'k' with U+212A (Kelvin sign): a text with one of
// those, like a literal outside ASCII and the Latin-1 signs, is left to the RE2::Set (tested by
// ingest_perf_test.cc).
#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstring>

#include "rule_match.h"

namespace dossier::boilerplate {

bool LiteralFinder::add(std::string_view literal) {
  if (literal.empty() || literals_.size() == kMaxLiterals) return usable_ = false;
  std::string lower;
  for (size_t i = 0; i < literal.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(literal[i]);
    if (c >= 0x80) {
      // Only the Latin-1 signs (U+00A0 to U+00BF, but the micro sign, which RE2 folds
      // with Greek mu): no other character folds onto them, so their bytes are compared
      // as they are.
      const unsigned char next = i + 1 < literal.size() ? static_cast<unsigned char>(literal[i + 1]) : 0;
      if (c != 0xC2 || next < 0xA0 || next > 0xBF || next == 0xB5) return usable_ = false;
      lower.push_back(static_cast<char>(c));
      lower.push_back(static_cast<char>(next));
      ++i;
      continue;
    }
    lower.push_back(static_cast<char>(lower_ascii(c)));
  }
  hazard_s_ = hazard_s_ || lower.find('s') != std::string::npos;
  hazard_k_ = hazard_k_ || lower.find('k') != std::string::npos;
  literals_.push_back(std::move(lower));
  return usable_;
}

void LiteralFinder::compile() {
  for (size_t index = 0; index < literals_.size(); ++index) {
    const std::string& lit = literals_[index];
    if (lit.size() < kWindow) {
      const size_t at = rarest_byte(lit);
      const unsigned char byte = static_cast<unsigned char>(lit[at]);
      if (byte >= 'a' && byte <= 'z') {
        lettered_.push_back(static_cast<int>(index));
        continue;
      }
      auto group = std::find_if(anchors_.begin(), anchors_.end(), [&](const Anchor& a) { return a.byte == byte; });
      if (group == anchors_.end()) group = anchors_.insert(anchors_.end(), Anchor{byte, {}});
      group->shorts.push_back(Short{static_cast<int>(index), at});
      continue;
    }
    size_t best = 0;
    for (size_t k = 1; k + kWindow <= lit.size(); ++k)
      if (commonness(lit, k) < commonness(lit, best)) best = k;
    for (size_t j = 0; j < kStride; ++j) add_key(lit, static_cast<int>(index), best + j);
  }
}

bool LiteralFinder::find(std::string_view text, uint64_t* found) const {
  *found = 0;
  if ((hazard_s_ && text.find("\u017F") != std::string_view::npos) ||
      (hazard_k_ && text.find("\u212A") != std::string_view::npos))
    return false;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (const Anchor& a : anchors_) find_short(a, p, n, found);
  for (int literal : lettered_)
    if (occurs(literals_[static_cast<size_t>(literal)], p, n)) *found |= uint64_t{1} << literal;
  const uint64_t* bits = bits_.data();
  size_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  // Where sixteen bytes can be read at I, the keys at I, I + 3, ..., I + 12 come from two
  // loads (a load and the loop's test per position were a fifth of the scan); the
  // positions and what is found are those of the loop below, which takes the rest.
  static_assert(kStride == 3 && kGram == 3, "five keys of three bytes at every third position in sixteen bytes");
  const auto has_key = [bits](unsigned key) { return ((bits[key >> 6] >> (key & 63)) & 1) != 0; };
  const auto try_key = [&](uint64_t gram, size_t at) {
    const unsigned key = key_of(static_cast<uint32_t>(gram) & 0xFFFFFFu);
    if (has_key(key)) check(p, n, at, key, found);
  };
  for (; i + 16 <= n; i += 5 * kStride) {
    uint64_t lo, hi;
    std::memcpy(&lo, p + i, 8);
    std::memcpy(&hi, p + i + 8, 8);
    try_key(lo, i);
    try_key(lo >> 24, i + 3);
    try_key(lo >> 48 | hi << 16, i + 6);
    try_key(hi >> 8, i + 9);
    try_key(hi >> 32, i + 12);
  }
  // Where four bytes can be read at I, the key's three come from one load.
  for (; i + 4 <= n; i += kStride) {
    uint32_t w;
    std::memcpy(&w, p + i, 4);
    const unsigned key = key_of(w & 0xFFFFFFu);
    if ((bits[key >> 6] >> (key & 63)) & 1) check(p, n, i, key, found);
  }
#endif
  for (; i + kGram <= n; i += kStride) {
    const unsigned key = gram_key(p + i);
    if ((bits[key >> 6] >> (key & 63)) & 1) check(p, n, i, key, found);
  }
  return true;
}

int LiteralFinder::commonness(const std::string& s, size_t k) {
  int sum = 0;
  for (size_t j = 0; j < kWindow; ++j) sum += byte_commonness(s[k + j]);
  return sum;
}
// Whether LIT (lower case) occurs in P[0, N) at START, ASCII case folded.
bool LiteralFinder::same_at(const unsigned char* p, size_t n, size_t start, const std::string& lit) {
  if (start + lit.size() > n) return false;
  for (size_t j = 0; j < lit.size(); ++j)
    if (lower_ascii(p[start + j]) != static_cast<unsigned char>(lit[j])) return false;
  return true;
}

// Looks for the short literals of A at every occurrence of their rarest byte, in either
// case, until each is found.
void LiteralFinder::find_short(const Anchor& a, const unsigned char* p, size_t n, uint64_t* found) const {
  uint64_t wanted = 0;
  for (const Short& s : a.shorts) wanted |= uint64_t{1} << s.literal;
  const unsigned char c = a.byte;
  const unsigned char upper = c >= 'a' && c <= 'z' ? static_cast<unsigned char>(c - 'a' + 'A') : c;
  for (unsigned char b : {c, upper}) {
    for (const unsigned char* q = p; (q = static_cast<const unsigned char*>(std::memchr(q, b, static_cast<size_t>(p + n - q)))); ++q) {
      const size_t at = static_cast<size_t>(q - p);
      for (const Short& s : a.shorts) {
        const uint64_t bit = uint64_t{1} << s.literal;
        if (!(*found & bit) && at >= s.at && same_at(p, n, at - s.at, literals_[static_cast<size_t>(s.literal)])) *found |= bit;
      }
      if ((*found & wanted) == wanted) return;
    }
    if (upper == c) return;
  }
}

// Whether LIT (lower case, shorter than kWindow) occurs in P[0, N), ASCII case folded.
// Sixteen starting positions a step: the bytes there and LIT.size() - 1 further on are
// compared with LIT's first and last, a letter after OR 0x20 (which makes exactly its two
// cases equal to it, as lower_ascii does), any other byte as it is; only the positions
// where both compare equal, a few in a text, are compared whole with same_at. Every
// position a step does not cover is compared whole one by one, so the answer is same_at's
// for every position.
bool LiteralFinder::occurs(const std::string& lit, const unsigned char* p, size_t n) {
  size_t i = 0;
#if defined(__SSE2__) && defined(__x86_64__)
  if (lit.size() >= 2) {
    const size_t last = lit.size() - 1;
    const auto fold = [](char c) { return _mm_set1_epi8(c >= 'a' && c <= 'z' ? 0x20 : 0); };
    const __m128i c0 = _mm_set1_epi8(lit[0]), c1 = _mm_set1_epi8(lit[last]), f0 = fold(lit[0]), f1 = fold(lit[last]);
    for (; i + 16 + last <= n; i += 16) {
      const __m128i v0 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)), f0);
      const __m128i v1 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + last)), f1);
      for (auto bits = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(v0, c0), _mm_cmpeq_epi8(v1, c1))));
           bits != 0; bits &= bits - 1)
        if (same_at(p, n, i + static_cast<size_t>(__builtin_ctz(bits)), lit)) return true;
    }
  }
#endif
  for (; i + lit.size() <= n; ++i)
    if (same_at(p, n, i, lit)) return true;
  return false;
}

// The literals owning KEY that occur at position I of P[0, N), into *FOUND.
void LiteralFinder::check(const unsigned char* p, size_t n, size_t i, unsigned key, uint64_t* found) const {
  for (auto it = candidates_.begin() + first_[key]; it != candidates_.end() && it->key == key; ++it) {
    if (i < it->offset || ((*found >> it->literal) & 1)) continue;
    if (same_at(p, n, i - it->offset, literals_[static_cast<size_t>(it->literal)])) *found |= uint64_t{1} << it->literal;
  }
}

void LiteralFinder::add_key(const std::string& lit, int literal, size_t offset) {
  unsigned key = gram_key(reinterpret_cast<const unsigned char*>(lit.data()) + offset);
  bits_[key >> 6] |= uint64_t{1} << (key & 63);
  Candidate c{key, literal, offset};
  candidates_.insert(std::upper_bound(candidates_.begin(), candidates_.end(), c,
                                      [](const Candidate& a, const Candidate& b) { return a.key < b.key; }),
                     c);
  for (size_t k = candidates_.size(); k-- > 0;) first_[candidates_[k].key] = static_cast<uint16_t>(k);
}

}  // namespace dossier::boilerplate
