// Private to the entities module: the features of the sequence tagger. Each token of a
// document gets the hashes of its features (the word, its shape and affixes, its
// neighbours, the word lists and the gazetteer it is found in); the features of the
// previous tag are added while decoding (tagger.h). Hashes are bucket numbers of the
// weight table, so that training and tagging agree by construction.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "hash_counts.h"
#include "lexicon.h"

namespace dossier {
class Gazetteer;
}

namespace dossier::entities_detail {

// Number of bits of a feature's bucket in the weight table.
constexpr unsigned kFeatureBits = 16;
constexpr uint32_t kFeatureMask = (uint32_t{1} << kFeatureBits) - 1;

// The bucket of feature template TEMPLATE with value VALUE (a hash).
inline uint32_t feature_bucket(uint32_t template_id, uint64_t value) {
  uint64_t h = combine(uint64_t{template_id} * 0xD6E8FEB86659FD93ULL + 1, value);
  h ^= h >> 33;
  h *= 0xC2B2AE3D27D4EB4FULL;
  h ^= h >> 29;
  return static_cast<uint32_t>(h) & kFeatureMask;
}

// The features of one document's tokens. A token is "scored" when it can be part of a
// name: a capitalized word, an acronym or number, or a word between two such (a connector
// as in "Bank of England", "Osama bin Laden"); every other token is outside any name
// without asking the model (that keeps the tagger fast on running text).
class TokenFeatures {
 public:
  // Computes the features of TOKS (tokens of TEXT) against GAZETTEER's index; RULES codes
  // for each token the name the rules found there, if any (0 when none).
  void compute(std::string_view text, const std::vector<Token>& toks, const Gazetteer& gazetteer,
               const std::vector<uint64_t>& rules);

  bool scored(size_t i) const { return scored_[i] != 0; }
  // Whether token I can open or close a name: a capitalized word, an acronym or a number
  // (connectors only join two such).
  bool bounds(size_t i) const { return scored_[i] == 1; }
  // Whether token I may continue a name begun before it (no line break between them).
  bool continues(size_t i) const { return i > 0 && !line_start_[i]; }
  // The buckets of token I's own features (none when it is not scored).
  const uint32_t* begin(size_t i) const { return buckets_.data() + start_[i] + (scored_[i] ? kHeader : 0); }
  const uint32_t* end(size_t i) const { return buckets_.data() + start_[i + 1]; }
  // Buckets of the features combining the previous tag PREV with token I (alone, with its
  // shape, with its word), written to OUT[0..kPrevFeatures).
  static constexpr size_t kPrevFeatures = 3;
  void prev_tag_features(size_t i, unsigned prev, uint32_t* out) const {
    uint64_t header[2];  // the word's folded and shape hashes
    std::memcpy(header, buckets_.data() + start_[i], sizeof header);
    out[0] = feature_bucket(90, prev);
    out[1] = feature_bucket(91, combine(prev, header[1]));
    out[2] = feature_bucket(92, combine(prev, header[0]));
  }

 private:
  // Per scored token, kHeader words (the hashes of its folded word and of its shape, which
  // the previous tag's features combine) and then the buckets of its features: the
  // hashes are kept for scored tokens only, not per token (a document of tens of
  // megabytes has millions of tokens).
  static constexpr size_t kHeader = 4;
  std::vector<uint32_t> buckets_;
  std::vector<uint32_t> start_;  // per token, and one past the last
  std::vector<char> scored_, line_start_;
  // compute()'s buffers, kept from one document to the next: gazetteer matches, title ends
  // and word classes per token; words ending or opening runs of capitalized words.
  std::vector<uint64_t> gaz_;
  std::vector<char> title_end_;
  std::vector<unsigned> cls_;
  std::vector<uint32_t> name_opens_;  // the tokens that can open a name, in order
  HashCounts runs_;
  std::string folded_;  // the folded word of the token being featurized

  // The features of a word alone (its bias, word, shape and affixes (suffixes of 2-4 bytes, prefixes of 2-4), the first buckets of
  // its token in that order, and its head word's), the same in every document: computed
  // once per distinct word, and kept in a direct-mapped cache slotted by the word's hash.
  // A word is known by its hashes as written and folded (its flags follow from its bytes).
  struct WordFeatures {
    uint64_t exact = 0, lower = 0;
    uint64_t shape = 0;
    uint32_t buckets[10] = {};
    uint32_t head = 0;
    uint8_t count = 0;
    bool has_head = false, used = false;
  };
  static constexpr size_t kWordSlots = size_t{1} << 14;
  // What the tables of megabytes say of a word, which missed the cache on most tokens
  // that asked: its classes by the word lists and the gazetteer (four probes), its cue
  // kind, and the gazetteer trie's edge from the root (an alias opening with it). Looked
  // up once per word and gazetteer.
  struct WordClass {
    uint64_t hash = 0;  // Token::hash
    uint32_t classes = 0;
    uint32_t cue = 0;   // Lexicon::cue_by_hash
    uint32_t root = 0;  // Gazetteer::Index::child(0, hash), 0 when no alias opens with the word
    bool used = false;
  };
  // A cache is no part of the features' value: a copy (a training example's) starts empty.
  struct WordCache {
    std::vector<WordFeatures> slots;
    std::vector<WordClass> classes;
    uint64_t index = 0;  // the serial of the gazetteer index the classes were looked up in
    WordCache() = default;
    WordCache(const WordCache&) {}
    WordCache& operator=(const WordCache&) { return *this; }
  };
  WordCache words_;
  // The features of the word W of token T, from the cache or computed into it.
  const WordFeatures& word_features(std::string_view w, const Token& t);
  // What the tables say of the word of hash H (WordClass) in gazetteer index IX, from the
  // cache or looked up into it. IX is passed, not asked of the gazetteer on each call: that
  // takes a lock.
  const WordClass& word_class(uint64_t h, const Gazetteer::Index& ix);
};

}  // namespace dossier::entities_detail
