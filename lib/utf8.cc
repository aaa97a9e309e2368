#include "dossier/utf8.h"

#include <utf8proc.h>

#include <algorithm>

namespace dossier::utf8 {

namespace {
constexpr size_t kStride = 64;
}

int32_t decode(std::string_view s, size_t i, size_t& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    len = 1;
    return c;
  }
  utf8proc_int32_t cp = -1;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0 || cp < 0) {
    len = 1;
    return -1;
  }
  len = static_cast<size_t>(n);
  return cp;
}

void append(std::string& out, int32_t cp) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

size_t length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool is_valid(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    if (decode(s, i, len) < 0) return false;
    i += len;
  }
  return true;
}

Repair repair(std::string_view s) {
  Repair r;
  r.text.reserve(s.size());
  size_t run = 0;  // start of the pending valid run
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    if (decode(s, i, len) >= 0) {
      i += len;
      continue;
    }
    r.text.append(s.substr(run, i - run));
    r.text.append("\xEF\xBF\xBD");
    r.bad_offsets.push_back(i);
    ++i;
    run = i;
  }
  r.text.append(s.substr(run));
  return r;
}

OffsetMap::OffsetMap(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 1);
  size_t cp = 0;
  for (size_t b = 0; b < text.size(); ++b) {
    if ((static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) continue;
    if (cp % kStride == 0) checkpoints_.push_back(b);
    ++cp;
  }
  cp_size_ = cp;
}

size_t OffsetMap::to_cp(size_t byte) const {
  byte = std::min(byte, text_.size());
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte);
  if (it == checkpoints_.begin()) return 0;
  --it;
  size_t cp = static_cast<size_t>(it - checkpoints_.begin()) * kStride;
  for (size_t b = *it; b < byte; ++b) cp += (static_cast<unsigned char>(text_[b]) & 0xC0) != 0x80;
  return cp;
}

size_t OffsetMap::to_byte(size_t cp) const {
  if (cp >= cp_size_) return text_.size();
  size_t b = checkpoints_[cp / kStride];
  for (size_t k = cp % kStride; k > 0; --k) {
    ++b;
    while (b < text_.size() && (static_cast<unsigned char>(text_[b]) & 0xC0) == 0x80) ++b;
  }
  return b;
}

}  // namespace dossier::utf8
