// Corpus integrity checks: what `check` reports about a stream of document records.
// Per document: records that break the schema, ids that do not hash the text, empty
// or tiny texts, boilerplate left in the text, encoding damage (mojibake, U+FFFD,
// control characters), a missing or implausible dct, a publication date after the dct,
// and layer spans that do not match the text. Across documents: duplicate ids and
// near-duplicates (the same wire story twice), found with MinHash over word shingles.
// Memory grows with the number of documents by a fixed signature each, not their size.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/document.h"

namespace dossier {

struct CheckOptions {
  double near_duplicate = 0.8;  // estimated Jaccard of 5-word shingles at or above which two
                                // documents are near-duplicates (0 turns the check off)
  size_t min_words = 50;        // fewer words is a tiny document
};

class CorpusChecker {
 public:
  explicit CorpusChecker(CheckOptions options = {});

  // Checks one document read from FILE at LINE; returns its own findings.
  std::vector<Finding> add(const Document& doc, const std::string& file, int64_t line);

  // The findings that need the whole corpus (duplicate ids, near-duplicates), sorted by
  // the reporting document's path and line. The streaming form hands them to EMIT one at
  // a time: its memory is the corpus' signatures and two indices per pair found.
  std::vector<Finding> finish();
  void finish(const std::function<void(Finding&&)>& emit);

  // A record that could not be read at all.
  static Finding unreadable(const std::string& file, int64_t line, const std::string& message);

 private:
  struct Seen {
    std::string id, path;
    int64_t line;
    std::vector<uint32_t> signature;
  };
  std::vector<std::pair<uint32_t, uint32_t>> near_pairs() const;

  CheckOptions options_;
  std::vector<Seen> seen_;
  std::unordered_map<std::string, size_t> first_by_id_;
  std::vector<std::pair<uint32_t, uint32_t>> duplicates_;  // (document, first with its id)
};

// MinHash signature of TEXT over lower-cased 5-word shingles (64 hashes); empty when the
// text has no words. Deterministic on every platform.
std::vector<uint32_t> minhash_signature(const std::string& text);

// Estimated Jaccard similarity of two signatures (share of equal hashes).
double minhash_similarity(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

}  // namespace dossier
