#include "sha256.h"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define DOSSIER_SHA_NI 1
#endif

namespace dossier::detail {

namespace {

// FIPS 180-4, 4.2.2: the first 32 bits of the fractional parts of the cube roots of the
// first 64 primes.
alignas(16) constexpr uint32_t kSha256Rounds[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

inline uint32_t sha_rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

inline uint32_t sha_load_be32(const unsigned char* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

inline void sha_store_be32(unsigned char* p, uint32_t v) {
  p[0] = static_cast<unsigned char>(v >> 24);
  p[1] = static_cast<unsigned char>(v >> 16);
  p[2] = static_cast<unsigned char>(v >> 8);
  p[3] = static_cast<unsigned char>(v);
}

}  // namespace

namespace {

// One round of FIPS 180-4, 6.2.2 step 3, with the eight words renamed instead of moved:
// the caller passes them rotated by one for each next round, so only D and H change.
inline void sha_round(uint32_t a, uint32_t b, uint32_t c, uint32_t& d, uint32_t e, uint32_t f, uint32_t g,
                      uint32_t& h, uint32_t constant_and_word) {
  const uint32_t t1 =
      h + (sha_rotr(e, 6) ^ sha_rotr(e, 11) ^ sha_rotr(e, 25)) + (g ^ (e & (f ^ g))) + constant_and_word;
  d += t1;
  h = t1 + (sha_rotr(a, 2) ^ sha_rotr(a, 13) ^ sha_rotr(a, 22)) + ((a & b) | (c & (a | b)));
}

}  // namespace

// FIPS 180-4, 6.2.2: the message schedule, then eight rounds a step.
void sha256_blocks_portable(uint32_t* state, const unsigned char* data, size_t blocks) {
  for (; blocks > 0; --blocks, data += 64) {
    uint32_t w[64];
    for (int t = 0; t < 16; ++t) w[t] = sha_load_be32(data + 4 * t);
    for (int t = 16; t < 64; ++t) {
      const uint32_t s0 = sha_rotr(w[t - 15], 7) ^ sha_rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
      const uint32_t s1 = sha_rotr(w[t - 2], 17) ^ sha_rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (int t = 0; t < 64; t += 8) {
      sha_round(a, b, c, d, e, f, g, h, kSha256Rounds[t] + w[t]);
      sha_round(h, a, b, c, d, e, f, g, kSha256Rounds[t + 1] + w[t + 1]);
      sha_round(g, h, a, b, c, d, e, f, kSha256Rounds[t + 2] + w[t + 2]);
      sha_round(f, g, h, a, b, c, d, e, kSha256Rounds[t + 3] + w[t + 3]);
      sha_round(e, f, g, h, a, b, c, d, kSha256Rounds[t + 4] + w[t + 4]);
      sha_round(d, e, f, g, h, a, b, c, kSha256Rounds[t + 5] + w[t + 5]);
      sha_round(c, d, e, f, g, h, a, b, kSha256Rounds[t + 6] + w[t + 6]);
      sha_round(b, c, d, e, f, g, h, a, kSha256Rounds[t + 7] + w[t + 7]);
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
  }
}

#if defined(DOSSIER_SHA_NI)

namespace {

// Four rounds: SHA256RNDS2 does two, with the words and constants summed in MSG's low half.
__attribute__((target("sha,sse4.1,ssse3"), always_inline)) inline void sha_four_rounds(__m128i& abef, __m128i& cdgh,
                                                                                        __m128i words, int group) {
  __m128i msg = _mm_add_epi32(words, _mm_load_si128(reinterpret_cast<const __m128i*>(kSha256Rounds + 4 * group)));
  cdgh = _mm_sha256rnds2_epu32(cdgh, abef, msg);
  abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(msg, 0x0E));
}

// The next four words of the schedule from the sixteen before them, W0 the oldest four.
__attribute__((target("sha,sse4.1,ssse3"), always_inline)) inline __m128i sha_next_words(__m128i w0, __m128i w1,
                                                                                          __m128i w2, __m128i w3) {
  return _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32(w0, w1), _mm_alignr_epi8(w3, w2, 4)), w3);
}

// The instructions keep the state as the words A, B, E, F in one register and C, D, G, H in
// the other (Intel's SHA extensions reference); the block's words are big-endian.
struct ShaNiState {
  __m128i abef, cdgh;
};

__attribute__((target("sha,sse4.1,ssse3"), always_inline)) inline ShaNiState sha_ni_load(const uint32_t* state) {
  __m128i badc = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state)), 0xB1);
  __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4)), 0x1B);
  return {_mm_alignr_epi8(badc, efgh, 8), _mm_blend_epi16(efgh, badc, 0xF0)};
}

__attribute__((target("sha,sse4.1,ssse3"), always_inline)) inline void sha_ni_store(uint32_t* state, ShaNiState s) {
  __m128i feba = _mm_shuffle_epi32(s.abef, 0x1B);
  __m128i dchg = _mm_shuffle_epi32(s.cdgh, 0xB1);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(state), _mm_blend_epi16(feba, dchg, 0xF0));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}

// One 64-byte block into each of STREAMS states, the streams' rounds interleaved: a round
// waits for the one before it, so a second stream fills the wait.
template <int kStreams>
__attribute__((target("sha,sse4.1,ssse3"), always_inline)) inline void sha_ni_block(ShaNiState* s,
                                                                                   const unsigned char* const* data) {
  const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  ShaNiState before[kStreams];
  __m128i w[kStreams][4];
  for (int k = 0; k < kStreams; ++k) before[k] = s[k];
#pragma GCC unroll 4
  for (int i = 0; i < 4; ++i) {
    for (int k = 0; k < kStreams; ++k) {
      w[k][i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data[k] + 16 * i)), byte_swap);
      sha_four_rounds(s[k].abef, s[k].cdgh, w[k][i], i);
    }
  }
#pragma GCC unroll 12
  for (int group = 4; group < 16; ++group) {
    for (int k = 0; k < kStreams; ++k) {
      __m128i* v = w[k];
      v[group & 3] = sha_next_words(v[group & 3], v[(group + 1) & 3], v[(group + 2) & 3], v[(group + 3) & 3]);
      sha_four_rounds(s[k].abef, s[k].cdgh, v[group & 3], group);
    }
  }
  for (int k = 0; k < kStreams; ++k) {
    s[k].abef = _mm_add_epi32(s[k].abef, before[k].abef);
    s[k].cdgh = _mm_add_epi32(s[k].cdgh, before[k].cdgh);
  }
}

}  // namespace

__attribute__((target("sha,sse4.1,ssse3"))) void sha256_blocks_sha_ni(uint32_t* state, const unsigned char* data,
                                                                      size_t blocks) {
  ShaNiState s = sha_ni_load(state);
  for (; blocks > 0; --blocks, data += 64) sha_ni_block<1>(&s, &data);
  sha_ni_store(state, s);
}

__attribute__((target("sha,sse4.1,ssse3"))) void sha256_blocks_sha_ni_pair(uint32_t* state_a, const unsigned char* a,
                                                                           uint32_t* state_b, const unsigned char* b,
                                                                           size_t blocks) {
  ShaNiState s[2] = {sha_ni_load(state_a), sha_ni_load(state_b)};
  for (; blocks > 0; --blocks, a += 64, b += 64) {
    const unsigned char* data[2] = {a, b};
    sha_ni_block<2>(s, data);
  }
  sha_ni_store(state_a, s[0]);
  sha_ni_store(state_b, s[1]);
}

// CPUID leaf 7 EBX bit 29 (SHA), leaf 1 ECX bits 9 (SSSE3) and 19 (SSE4.1).
bool sha256_sha_ni_supported() {
  unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return false;
  const bool sse = (ecx & (1u << 9)) && (ecx & (1u << 19));
  if (!sse || !__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return false;
  return (ebx & (1u << 29)) != 0;
}

#else

// No SHA extensions on this architecture: never chosen, the portable blocks stand in.
void sha256_blocks_sha_ni(uint32_t* state, const unsigned char* data, size_t blocks) {
  sha256_blocks_portable(state, data, blocks);
}

void sha256_blocks_sha_ni_pair(uint32_t* state_a, const unsigned char* a, uint32_t* state_b, const unsigned char* b,
                               size_t blocks) {
  sha256_blocks_portable(state_a, a, blocks);
  sha256_blocks_portable(state_b, b, blocks);
}

bool sha256_sha_ni_supported() { return false; }

#endif

Sha256Blocks sha256_blocks_best() {
  static const Sha256Blocks best = sha256_sha_ni_supported() ? sha256_blocks_sha_ni : sha256_blocks_portable;
  return best;
}

std::string_view Sha256::top_up(std::string_view data) {
  length_ += data.size();
  if (pending_size_ == 0) return data;
  const size_t take = std::min(data.size(), pending_.size() - pending_size_);
  std::memcpy(pending_.data() + pending_size_, data.data(), take);
  pending_size_ += take;
  data.remove_prefix(take);
  if (pending_size_ == pending_.size()) {
    blocks_(state_.data(), pending_.data(), 1);
    pending_size_ = 0;
  }
  return data;
}

void Sha256::absorb(std::string_view data) {
  if (data.empty()) return;
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  blocks_(state_.data(), p, data.size() / 64);
  pending_size_ = data.size() % 64;
  std::memcpy(pending_.data(), p + data.size() - pending_size_, pending_size_);
}

void Sha256::update(std::string_view data) { absorb(top_up(data)); }

void Sha256::update_pair(Sha256& x, std::string_view x_data, Sha256& y, std::string_view y_data) {
  x_data = x.top_up(x_data);
  y_data = y.top_up(y_data);
  if (x.blocks_ == sha256_blocks_sha_ni && y.blocks_ == sha256_blocks_sha_ni) {
    const size_t both = std::min(x_data.size(), y_data.size()) / 64;
    sha256_blocks_sha_ni_pair(x.state_.data(), reinterpret_cast<const unsigned char*>(x_data.data()), y.state_.data(),
                              reinterpret_cast<const unsigned char*>(y_data.data()), both);
    x_data.remove_prefix(both * 64);
    y_data.remove_prefix(both * 64);
  }
  x.absorb(x_data);
  y.absorb(y_data);
}

// FIPS 180-4, 5.1.1: a 1 bit, zeros to 56 bytes past a block boundary, the length in bits.
std::array<unsigned char, 32> Sha256::digest() const {
  std::array<unsigned char, 128> tail{};
  std::memcpy(tail.data(), pending_.data(), pending_size_);
  tail[pending_size_] = 0x80;
  const size_t tail_size = pending_size_ < 56 ? 64 : 128;
  const uint64_t bits = length_ * 8;
  for (int i = 0; i < 8; ++i) tail[tail_size - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
  std::array<uint32_t, 8> state = state_;
  blocks_(state.data(), tail.data(), tail_size / 64);
  std::array<unsigned char, 32> out;
  for (int i = 0; i < 8; ++i) sha_store_be32(out.data() + 4 * i, state[i]);
  return out;
}

}  // namespace dossier::detail

// The unity build joins this file with the rest of lib/: the switch stays here.
#undef DOSSIER_SHA_NI
