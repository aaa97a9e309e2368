// UTF-8 helpers: decoding, validation with repair, and conversion between byte offsets
// and the code-point offsets the record contract uses. Decoding is done by utf8proc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::utf8 {

// Decodes the code point at s[i]; sets len to its byte length (>= 1). Returns -1 for an
// invalid sequence (len is then 1).
int32_t decode(std::string_view s, size_t i, size_t& len);

// Lower case for ASCII letters; every other byte (UTF-8 included) as it is. The same in
// every locale, and inline: word lists are matched through it byte by byte.
inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// Appends the UTF-8 encoding of cp.
void append(std::string& out, int32_t cp);

// Number of code points in s (invalid bytes count one each).
size_t length(std::string_view s);

// Number of words in s: runs of ASCII letters and digits and of multi-byte characters'
// bytes ("the two-fold, plan" has four). The same in every locale.
size_t count_words(std::string_view s);

// Byte positions where invalid sequences start; empty when s is valid.
struct Repair {
  std::string text;                 // s with each invalid byte replaced by U+FFFD
  std::vector<size_t> bad_offsets;  // byte offsets in the input of the replaced bytes
};
Repair repair(std::string_view s);

bool is_valid(std::string_view s);

// Maps byte offsets of one string to code-point offsets and back. Text that is mostly
// ASCII (news with a few typographic quotes and dashes) keeps just its multi-byte code
// points, and a conversion is a binary search among them; other text keeps a checkpoint
// every 64 code points. Either way memory is a small fraction of the text.
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view text);
  // Code-point offset of a byte offset (which must be at a code-point boundary or end).
  size_t to_cp(size_t byte) const;
  // Byte offset of a code-point offset (clamped to the end).
  size_t to_byte(size_t cp) const;
  // The same; HINT (0 at first) carries where the search ended over queries that mostly go
  // forward, so that a sparse map's search starts there. Any HINT gives the same answer.
  size_t to_byte(size_t cp, size_t& hint) const;
  size_t cp_size() const { return cp_size_; }
  std::string_view text() const { return text_; }
  // True when conversions are binary searches (no scanning of the text).
  bool sparse() const { return sparse_; }

 private:
  struct Wide {
    size_t cp, byte;  // a code point of more than one byte
    size_t extra;     // continuation bytes up to and including it
  };
  bool build_sparse();
  std::string_view text_;
  std::vector<size_t> checkpoints_;  // byte offset of code point k*64
  std::vector<Wide> wide_;           // the sparse form
  bool sparse_ = false;
  size_t cp_size_ = 0;
};

// Conversions for queries that mostly move forward (spans in text order): counted on from
// the previous answer, sixteen bytes a step; a step back goes through an OffsetMap, the
// caller's or one built on first need. Answers are OffsetMap's.
class Cursor {
 public:
  explicit Cursor(std::string_view text);
  explicit Cursor(const OffsetMap& map);  // also answers through MAP when it is sparse
  Cursor(const Cursor&) = delete;  // may point at its own map
  Cursor& operator=(const Cursor&) = delete;
  void rewind() { byte_ = cp_ = 0; }      // counts from the beginning again
  size_t to_cp(size_t byte);
  size_t to_byte(size_t cp);

 private:
  const OffsetMap& map();
  std::string_view text_;
  const OffsetMap* map_ = nullptr;
  std::optional<OffsetMap> own_;
  size_t byte_ = 0, cp_ = 0;  // cp_ code points start before byte_
  size_t wide_ = 0;           // the hint of a sparse map's to_byte
};

}  // namespace dossier::utf8
