// Case folding and the hash of folded words (text.h), shared by the tokenizer and the
// word lists.
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "chars.h"
#include "text.h"

namespace dossier::entities_detail {

using namespace chars;

std::string fold(std::string_view s) {
  std::string out;
  fold_into(s, out);
  return out;
}

void fold_into(std::string_view s, std::string& out) {
  // ASCII (nearly every word folded, at start-up and per document): lowered eight bytes at a
  // time into OUT (the last group overlapping the one before), not appended byte by byte;
  // a byte past ASCII sends the word to the code points' rules below.
  const size_t n = s.size();
  out.resize(n);
  uint64_t bytes = 0;
  if (n >= 8) {
    auto lower = [&](size_t at) {
      uint64_t g;
      std::memcpy(&g, s.data() + at, 8);
      bytes |= g;
      g = lower_ascii8(g);
      std::memcpy(out.data() + at, &g, 8);
    };
    size_t i = 0;
    for (; i + 8 <= n; i += 8) lower(i);
    if (i < n) lower(n - 8);
  } else {
    for (size_t i = 0; i < n; ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      bytes |= c;
      out[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }
  if (!(bytes & 0x8080808080808080ULL)) return;
  out.clear();
  out.reserve(s.size());
  fold_bytes(s, [&out](unsigned char c) { out.push_back(static_cast<char>(c)); });
}

std::string without_marks(std::string_view s) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return std::string(s);
  utf8proc_uint8_t* out = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK);
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()), &out, options);
  std::string r = n < 0 ? std::string(s) : std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
  std::free(out);
  return r;
}

uint64_t hash_folded(std::string_view folded) {
  const auto* p = reinterpret_cast<const unsigned char*>(folded.data());
  const size_t n = folded.size();
  uint64_t h = FoldedHasher::kSeed;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) h = FoldedHasher::mix(h, load_group8(p + i));
  if (i < n) h = FoldedHasher::mix(h, load_group(p + i, n - i));
  return FoldedHasher::finish(h, n);
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  size_t len = 0;
  return is_upper(utf8::decode(s, 0, len));
}

bool is_all_caps(std::string_view s) {
  int letters = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    int32_t cp = decode_at(s, i, len);
    if (is_lower(cp)) return false;
    if (is_upper(cp)) ++letters;
    i += len;
  }
  return letters >= 2;
}

}  // namespace dossier::entities_detail
