// SHA-256 (FIPS 180-4; the library's own, with the processor's SHA instructions where it has them),
// and the FNV-1a step the in-memory tables hash with.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace dossier {

// Lower-case hex SHA-256 of DATA.
std::string sha256_hex(std::string_view data);

// The lower-case hex SHA-256 of FIRST and of SECOND, the bytes both begin with hashed once
// (a file's raw bytes and the text made of them often share their first lines).
std::array<std::string, 2> sha256_hex_pair(std::string_view first, std::string_view second);

// FNV-1a: start from kFnvOffset (or a seed of the caller's) and fold in each byte or value.
inline constexpr uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr uint64_t fnv_step(uint64_t h, uint64_t v) { return (h ^ v) * 1099511628211ULL; }

}  // namespace dossier
