#include "dossier/hash.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>

#include "dossier/error.h"

namespace dossier {

namespace {

// The algorithm is fetched from the provider once, and each thread keeps one context:
// ingest hashes each file and each document's text, and an implicit fetch with a context
// allocated and freed for every digest was work done twice per document for nothing.
const EVP_MD* sha256_algorithm() {
  static const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(EVP_MD_fetch(nullptr, "SHA256", nullptr), &EVP_MD_free);
  return md.get();
}

// One context per thread, taken up again by each digest.
EVP_MD_CTX* sha_context() {
  thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  return ctx.get();
}

std::string sha_hex_final(EVP_MD_CTX* ctx) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx, digest, &len) != 1) throw Error("SHA-256 failed");
  static const char* kHex = "0123456789abcdef";
  std::string out(len * 2, '0');
  for (unsigned int i = 0; i < len; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 15];
  }
  return out;
}

void sha_start(EVP_MD_CTX* ctx, std::string_view data) {
  const EVP_MD* md = sha256_algorithm();
  if (!ctx || !md || EVP_DigestInit_ex(ctx, md, nullptr) != 1 || EVP_DigestUpdate(ctx, data.data(), data.size()) != 1)
    throw Error("SHA-256 failed");
}

void sha_add(EVP_MD_CTX* ctx, std::string_view data) {
  if (EVP_DigestUpdate(ctx, data.data(), data.size()) != 1) throw Error("SHA-256 failed");
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
  EVP_MD_CTX* ctx = sha_context();
  sha_start(ctx, data);
  return sha_hex_final(ctx);
}

std::array<std::string, 2> sha256_hex_pair(std::string_view first, std::string_view second) {
  // SHA-256 reads its input as one stream: the context after a prefix (its state and the
  // bytes short of a whole block) does not depend on what comes after, so a copy of it
  // taken after the shared prefix goes on to each digest exactly as hashing each whole.
  const size_t shared = shared_prefix_length(first, second);
  EVP_MD_CTX* ctx = sha_context();
  sha_start(ctx, first.substr(0, shared));
  thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> copy(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!copy || EVP_MD_CTX_copy_ex(copy.get(), ctx) != 1) throw Error("SHA-256 failed");
  sha_add(ctx, first.substr(shared));
  sha_add(copy.get(), second.substr(shared));
  return {sha_hex_final(ctx), sha_hex_final(copy.get())};
}

}  // namespace dossier
