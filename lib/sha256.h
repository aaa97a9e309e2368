// SHA-256 (FIPS 180-4) as a value: a digest in progress is copied like any struct, so two
// digests that open with the same bytes share the work on them. The block function is the
// processor's SHA extensions (SHA-NI) where CPUID reports them and plain C++ elsewhere; both
// give the same digest and are tested against each other (tests/unit/hash_test.cc).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dossier::detail {

// Folds BLOCKS whole 64-byte blocks at DATA into STATE.
using Sha256Blocks = void (*)(uint32_t* state, const unsigned char* data, size_t blocks);

void sha256_blocks_portable(uint32_t* state, const unsigned char* data, size_t blocks);
// Only where sha256_sha_ni_supported() is true: the instructions fault elsewhere.
void sha256_blocks_sha_ni(uint32_t* state, const unsigned char* data, size_t blocks);
// BLOCKS blocks of A into STATE_A and as many of B into STATE_B, the two interleaved: each
// round waits for the one before, so one stream's rounds fill the other's waits.
void sha256_blocks_sha_ni_pair(uint32_t* state_a, const unsigned char* a, uint32_t* state_b, const unsigned char* b,
                               size_t blocks);
bool sha256_sha_ni_supported();
// SHA-NI where supported, else the portable function; decided once per run.
Sha256Blocks sha256_blocks_best();

class Sha256 {
 public:
  explicit Sha256(Sha256Blocks blocks = sha256_blocks_best()) : blocks_(blocks) {}

  void update(std::string_view data);
  // X.update(X_DATA) and Y.update(Y_DATA), the blocks both have hashed together where both
  // use the SHA extensions.
  static void update_pair(Sha256& x, std::string_view x_data, Sha256& y, std::string_view y_data);
  // The digest of every byte given so far; the object is left as it was.
  std::array<unsigned char, 32> digest() const;

 private:
  // Adds DATA's bytes to the pending block, hashing it once whole; returns the rest of DATA,
  // empty unless the pending block is empty now.
  std::string_view top_up(std::string_view data);
  // Hashes DATA's whole blocks and keeps the rest as the pending block (which must be empty).
  void absorb(std::string_view data);

  Sha256Blocks blocks_;
  std::array<uint32_t, 8> state_ = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::array<unsigned char, 64> pending_{};  // bytes short of a whole block
  size_t pending_size_ = 0;
  uint64_t length_ = 0;  // bytes given so far
};

}  // namespace dossier::detail
