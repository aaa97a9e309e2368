// Seeded pseudo-random input for the tests that hold a fast path to its plain definition:
// the same texts on every run and every machine.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::testing {

// Knuth's MMIX linear congruential generator.
class Lcg {
 public:
  explicit Lcg(uint64_t seed) : x_(seed) {}
  uint64_t next() { return x_ = x_ * 6364136223846793005ULL + 1442695040888963407ULL; }
  // An index below N, from the generator's better high bits.
  size_t below(size_t n) { return static_cast<size_t>((next() >> 33) % n); }

 private:
  uint64_t x_;
};

// COUNT texts, the k-th of 1 + k % MAX_PARTS pieces drawn from PIECES, joined by SEPARATOR.
inline std::vector<std::string> random_texts(const std::vector<std::string>& pieces, int count, size_t max_parts,
                                             uint64_t seed, std::string_view separator = "") {
  Lcg rng(seed);
  std::vector<std::string> out;
  for (int k = 0; k < count; ++k) {
    std::string text;
    const size_t parts = 1 + static_cast<size_t>(k) % max_parts;
    for (size_t p = 0; p < parts; ++p) {
      if (p) text += separator;
      text += pieces[rng.below(pieces.size())];
    }
    out.push_back(std::move(text));
  }
  return out;
}

}  // namespace dossier::testing
