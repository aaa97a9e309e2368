// Private to the entities module: read-mostly sets and maps of strings for the large word
// lists (lexicon.h), in one flat open-addressing table of views instead of a node and a
// string per key. A key is a view of text that outlives the table (the embedded data
// files), or a copy the table keeps itself (insert_copy). Building the lists into
// std::unordered_set<std::string> was most of every run's start-up: an allocation or two
// per word for 130,000 words.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text.h"

namespace dossier::entities_detail {

// A map from strings to VALUE, keys in insertion order; find() answers a pointer to the
// key and value, or nullptr (end()). Assigning to a key already present keeps its first
// place and replaces its value.
template <typename Value>
class StringTable {
 public:
  using Entry = std::pair<std::string_view, Value>;

  // A copy would point into the original's copied keys: tables move, never copy.
  StringTable() = default;
  StringTable(const StringTable&) = delete;
  StringTable& operator=(const StringTable&) = delete;
  StringTable(StringTable&&) = default;
  StringTable& operator=(StringTable&&) = default;

  void reserve(size_t n) {
    entries_.reserve(n);
    if (n * 2 > slots_.size()) rehash(n * 2);
  }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  const Entry* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t h = hash_folded(key);
    for (size_t i = h & mask_; slots_[i].entry; i = (i + 1) & mask_)
      if (slots_[i].hash == h && entries_[slots_[i].entry - 1].first == key) return &entries_[slots_[i].entry - 1];
    return nullptr;
  }
  const Entry* end() const { return nullptr; }
  size_t count(std::string_view key) const { return find(key) != nullptr; }
  // Inserts KEY (a view that outlives the table) with VALUE; false (and nothing changed)
  // when KEY is there already.
  bool insert(std::string_view key, Value value = Value()) { return put(key, std::move(value), false, false); }
  // The same, with a copy of KEY kept by the table.
  bool insert_copy(std::string_view key, Value value = Value()) { return put(key, std::move(value), true, false); }
  // Sets KEY's value, inserting KEY (a view that outlives the table) when it is not there.
  void assign(std::string_view key, Value value) { put(key, std::move(value), false, true); }
  // The keys and values in insertion order.
  typename std::vector<Entry>::const_iterator entries_begin() const { return entries_.begin(); }
  typename std::vector<Entry>::const_iterator entries_end() const { return entries_.end(); }
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t entry = 0;  // 1 + index into entries_; 0 for an empty slot
  };
  bool put(std::string_view key, Value value, bool copy, bool replace) {
    if ((entries_.size() + 1) * 2 > slots_.size()) rehash((entries_.size() + 1) * 2);
    const uint64_t h = hash_folded(key);
    size_t i = h & mask_;
    for (; slots_[i].entry; i = (i + 1) & mask_)
      if (slots_[i].hash == h && entries_[slots_[i].entry - 1].first == key) {
        if (replace) entries_[slots_[i].entry - 1].second = std::move(value);
        return false;
      }
    if (copy) key = copies_.emplace_back(key);
    entries_.emplace_back(key, std::move(value));
    slots_[i] = Slot{h, static_cast<uint32_t>(entries_.size())};
    return true;
  }
  void rehash(size_t at_least) {
    size_t size = 16;
    while (size < at_least) size <<= 1;
    if (size <= slots_.size()) return;
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (const Slot& s : old) {
      if (!s.entry) continue;
      size_t i = s.hash & mask_;
      while (slots_[i].entry) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::vector<Entry> entries_;
  std::deque<std::string> copies_;  // the keys inserted by copy (a deque: they never move)
};

// A set of strings: a StringTable without values. Iterates over its keys in insertion order.
class StringSet {
 public:
  void reserve(size_t n) { table_.reserve(n); }
  size_t size() const { return table_.size(); }
  bool empty() const { return table_.empty(); }
  size_t count(std::string_view key) const { return table_.count(key); }
  bool insert(std::string_view key) { return table_.insert(key); }
  bool insert_copy(std::string_view key) { return table_.insert_copy(key); }

  class const_iterator {
   public:
    explicit const_iterator(std::vector<std::pair<std::string_view, char>>::const_iterator it) : it_(it) {}
    std::string_view operator*() const { return it_->first; }
    const_iterator& operator++() {
      ++it_;
      return *this;
    }
    bool operator!=(const const_iterator& o) const { return it_ != o.it_; }
    bool operator==(const const_iterator& o) const { return it_ == o.it_; }

   private:
    std::vector<std::pair<std::string_view, char>>::const_iterator it_;
  };
  const_iterator begin() const { return const_iterator(table_.entries_begin()); }
  const_iterator end() const { return const_iterator(table_.entries_end()); }

 private:
  StringTable<char> table_;
};

}  // namespace dossier::entities_detail
