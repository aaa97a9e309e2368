// SHA-256 (lib/sha256.h, both block functions) and the digests of dossier/hash.h.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "dossier/hash.h"
#include "sha256.h"

using namespace dossier;
using detail::Sha256;
using detail::Sha256Blocks;

namespace {

std::string hex_digest(const std::array<unsigned char, 32>& digest) {
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : digest) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

// The digest of DATA given to a Sha256 of BLOCKS in pieces of CHUNK bytes.
std::string digest_in_chunks(Sha256Blocks blocks, std::string_view data, size_t chunk) {
  Sha256 sha(blocks);
  for (size_t at = 0; at < data.size(); at += chunk) sha.update(data.substr(at, chunk));
  return hex_digest(sha.digest());
}

// FIPS 180-4's examples (NIST's "SHA-256" example file) and the long message of FIPS 180-2.
const std::vector<std::pair<std::string, std::string>>& fips_vectors() {
  static const std::vector<std::pair<std::string, std::string>> vectors = {
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
      {std::string(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"}};
  return vectors;
}

// Messages of 'a' that end at each edge of the padding: the last block's room for the
// 0x80 byte and the 8-byte length (55 bytes fits, 56 spills into a second block), and a
// whole block or two. Digests from an independent implementation (Python's hashlib).
const std::vector<std::pair<std::string, std::string>>& padding_vectors() {
  static const std::vector<std::pair<std::string, std::string>> vectors = {
      {std::string(55, 'a'), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
      {std::string(56, 'a'), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
      {std::string(63, 'a'), "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
      {std::string(64, 'a'), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
      {std::string(119, 'a'), "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
      {std::string(120, 'a'), "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
      {std::string(127, 'a'), "c57e9278af78fa3cab38667bef4ce29d783787a2f731d4e12200270f0c32320a"},
      {std::string(128, 'a'), "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"}};
  return vectors;
}

void check_vectors(Sha256Blocks blocks, const std::vector<std::pair<std::string, std::string>>& vectors) {
  for (const auto& [message, digest] : vectors) {
    INFO(message.size() << " bytes");
    CHECK(digest_in_chunks(blocks, message, message.size() + 1) == digest);
    CHECK(digest_in_chunks(blocks, message, 7) == digest);
  }
}

// Bytes of every value, in an order without a short period.
std::string varied_bytes(size_t n) {
  std::string out;
  uint32_t x = 2463534242u;
  for (size_t i = 0; i < n; ++i) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    out += static_cast<char>(x >> 24);
  }
  return out;
}

}  // namespace

TEST_CASE("The portable SHA-256 gives the digests of FIPS 180-4's examples, whole or in pieces", "[hash]") {
  check_vectors(detail::sha256_blocks_portable, fips_vectors());
}

TEST_CASE("The SHA-NI SHA-256 gives the digests of FIPS 180-4's examples where the processor has SHA-NI", "[hash]") {
  if (!detail::sha256_sha_ni_supported()) {
    WARN("this processor has no SHA extensions: their path is not run");
    return;
  }
  check_vectors(detail::sha256_blocks_sha_ni, fips_vectors());
}

TEST_CASE("SHA-256 pads a message ending at each edge of a block to the known digest, on either path", "[hash]") {
  check_vectors(detail::sha256_blocks_portable, padding_vectors());
  if (detail::sha256_sha_ni_supported()) check_vectors(detail::sha256_blocks_sha_ni, padding_vectors());
}

TEST_CASE("sha256_hex gives the digests of FIPS 180-4's examples", "[hash]") {
  for (const auto& [message, digest] : fips_vectors()) CHECK(sha256_hex(message) == digest);
}

TEST_CASE("The SHA-NI and portable SHA-256 agree on every length from 0 to 200 bytes, fed whole or a byte at a time",
          "[hash]") {
  const std::string bytes = varied_bytes(200);
  const bool sha_ni = detail::sha256_sha_ni_supported();
  for (size_t n = 0; n <= 200; ++n) {
    INFO(n << " bytes");
    const std::string_view message(bytes.data(), n);
    const std::string reference = digest_in_chunks(detail::sha256_blocks_portable, message, n + 1);
    CHECK(digest_in_chunks(detail::sha256_blocks_portable, message, 1) == reference);
    CHECK(sha256_hex(message) == reference);
    if (sha_ni) {
      CHECK(digest_in_chunks(detail::sha256_blocks_sha_ni, message, n + 1) == reference);
      CHECK(digest_in_chunks(detail::sha256_blocks_sha_ni, message, 1) == reference);
    }
  }
}

TEST_CASE("A SHA-256 in progress, copied, goes on to the digest the original would give", "[hash]") {
  const std::string bytes = varied_bytes(300);
  for (size_t cut : {size_t{0}, size_t{1}, size_t{55}, size_t{56}, size_t{63}, size_t{64}, size_t{65}, size_t{130}}) {
    Sha256 sha;
    sha.update(std::string_view(bytes).substr(0, cut));
    Sha256 copy = sha;
    sha.update(std::string_view(bytes).substr(cut));
    copy.update("tail");
    CHECK(hex_digest(sha.digest()) == sha256_hex(bytes));
    CHECK(hex_digest(copy.digest()) == sha256_hex(bytes.substr(0, cut) + "tail"));
  }
}

TEST_CASE("Two SHA-256s fed together give the digests each gives fed alone, on either path", "[hash]") {
  // Pending bytes before (none, a few, one short of a block) and lengths on both sides of
  // whole blocks, so that the blocks hashed two at a time and those left to one both occur.
  const std::string bytes = varied_bytes(700);
  std::vector<Sha256Blocks> paths = {detail::sha256_blocks_portable};
  if (detail::sha256_sha_ni_supported()) paths.push_back(detail::sha256_blocks_sha_ni);
  for (Sha256Blocks blocks : paths) {
    for (size_t opening : {size_t{0}, size_t{5}, size_t{63}}) {
      for (size_t x_size : {size_t{0}, size_t{1}, size_t{64}, size_t{100}, size_t{200}, size_t{320}}) {
        for (size_t y_size = 0; y_size <= 330; y_size += 11) {
          INFO(opening << " pending, " << x_size << " and " << y_size << " bytes");
          Sha256 x(blocks), x_alone(blocks);
          x.update(std::string_view(bytes).substr(0, opening));
          Sha256 y = x;
          Sha256 y_alone = x;
          x_alone = x;
          const std::string_view x_data = std::string_view(bytes).substr(opening, x_size);
          const std::string_view y_data = std::string_view(bytes).substr(opening + 7, y_size);
          Sha256::update_pair(x, x_data, y, y_data);
          x_alone.update(x_data);
          y_alone.update(y_data);
          CHECK(hex_digest(x.digest()) == hex_digest(x_alone.digest()));
          CHECK(hex_digest(y.digest()) == hex_digest(y_alone.digest()));
        }
      }
    }
  }
}

TEST_CASE("A pair's digests are each text's own, whatever prefix the two share", "[hash]") {
  // Every shared prefix from none to past three blocks, then one text a prefix of the other.
  std::string base;
  for (int i = 0; i < 300; ++i) base += static_cast<char>('a' + i % 26);
  for (size_t shared = 0; shared <= 200; ++shared) {
    INFO(shared << " bytes shared");
    std::string first = base.substr(0, shared) + "first tail";
    std::string second = base.substr(0, shared) + "Second, a longer tail than the first" + base;
    auto [a, b] = sha256_hex_pair(first, second);
    CHECK(a == sha256_hex(first));
    CHECK(b == sha256_hex(second));
  }
  for (const auto& [first, second] : {std::pair<std::string, std::string>{base, base}, {base, base.substr(0, 100)},
                                      {base.substr(0, 64), base}, {"", base}, {"", ""}}) {
    auto [a, b] = sha256_hex_pair(first, second);
    CHECK(a == sha256_hex(first));
    CHECK(b == sha256_hex(second));
  }
  CHECK(sha256_hex_pair("abc", "abc")[1] == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
