// Private to the entities module: per-document counts keyed by token hash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dossier::entities_detail {

// Counts keyed by token hash for one document, in one flat open-addressing table (no node
// per key). Grows by doubling when a quarter full, so EXPECTED only saves rehashing.
class HashCounts {
 public:
  explicit HashCounts(size_t expected = 0) { reset(expected); }
  // Empties the table, sized for about EXPECTED keys.
  void reset(size_t expected) {
    size_t size = 16;
    while (size < expected * 4) size <<= 1;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    used_ = 0;
  }
  // The count of H, inserted as 0 when absent.
  int& operator[](uint64_t h) { return insert(h).count; }
  // The count of H, inserted as INIT when absent.
  int& emplace(uint64_t h, int init) {
    Slot& s = insert(h);
    if (s.fresh) {
      s.fresh = false;
      s.count = init;
    }
    return s.count;
  }
  int* find(uint64_t h) {
    Slot& s = slots_[probe(h)];
    return s.used ? &s.count : nullptr;
  }
  const int* find(uint64_t h) const {
    const Slot& s = slots_[probe(h)];
    return s.used ? &s.count : nullptr;
  }
  // Calls F(key, count) for every key.
  template <typename F>
  void each(F f) const {
    for (const Slot& s : slots_)
      if (s.used) f(s.key, s.count);
  }

 private:
  struct Slot {
    uint64_t key = 0;
    int count = 0;
    bool used = false;
    bool fresh = false;  // inserted by insert(), count not set by emplace() yet
  };
  Slot& insert(uint64_t h) {
    Slot* s = &slots_[probe(h)];
    if (!s->used) {
      if ((used_ + 1) * 4 > slots_.size()) {
        grow();
        s = &slots_[probe(h)];
      }
      ++used_;
      s->used = true;
      s->fresh = true;
      s->key = h;
    }
    return *s;
  }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    for (const Slot& s : old)
      if (s.used) slots_[probe(s.key)] = s;
  }
  size_t probe(uint64_t h) const {
    size_t i = static_cast<size_t>(h ^ (h >> 31)) & mask_;
    while (slots_[i].used && slots_[i].key != h) i = (i + 1) & mask_;
    return i;
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t used_ = 0;
};

}  // namespace dossier::entities_detail
