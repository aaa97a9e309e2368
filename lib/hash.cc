#include "dossier/hash.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "sha256.h"

namespace dossier {

namespace {

std::string hex_of(const std::array<unsigned char, 32>& digest) {
  static const char* kHex = "0123456789abcdef";
  std::string out(digest.size() * 2, '0');
  for (size_t i = 0; i < digest.size(); ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 15];
  }
  return out;
}

// The length of the bytes A and B begin with alike, eight bytes a step.
size_t shared_prefix_length(std::string_view a, std::string_view b) {
  const size_t n = std::min(a.size(), b.size());
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x = 0, y = 0;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y) break;
  }
  while (i < n && a[i] == b[i]) ++i;
  return i;
}

}  // namespace

std::string sha256_hex(std::string_view data) {
  detail::Sha256 sha;
  sha.update(data);
  return hex_of(sha.digest());
}

std::array<std::string, 2> sha256_hex_pair(std::string_view first, std::string_view second) {
  // SHA-256 reads its input as one stream: the state after a prefix (its words and the
  // bytes short of a whole block) does not depend on what comes after, so a copy of it
  // taken after the shared prefix goes on to each digest exactly as hashing each whole.
  const size_t shared = shared_prefix_length(first, second);
  detail::Sha256 sha;
  sha.update(first.substr(0, shared));
  detail::Sha256 copy = sha;
  detail::Sha256::update_pair(sha, first.substr(shared), copy, second.substr(shared));
  return {hex_of(sha.digest()), hex_of(copy.digest())};
}

}  // namespace dossier
