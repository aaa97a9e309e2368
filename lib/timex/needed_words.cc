// The strings every match of a pattern holds (needed_words.h), in the manner of RE2's
// prefilter: exact sets of strings while they stay small, then clauses of strings of which a
// match holds one. Tested by edge_bytes_test.cc and needed_words_test.cc.
#include "needed_words.h"

#include <algorithm>

namespace dossier::timex::grammar {
namespace {

// Exact sets are kept while a concatenation gives at most this many strings, and an
// alternation this many (the holidays' names are one alternation of a few hundred).
constexpr size_t kMaxProduct = 64;
constexpr size_t kMaxUnion = 512;

bool has_empty(const std::vector<std::string>& set) {
  return std::any_of(set.begin(), set.end(), [](const std::string& s) { return s.empty(); });
}

// Of W's clauses and its end's set, the one whose shortest string is longest (the one least
// often met by chance); null when nothing is known.
std::vector<std::string>* best_clause(Words& w) {
  std::vector<std::string>* best = nullptr;
  size_t best_len = 0;
  auto weigh = [&](std::vector<std::string>& clause) {
    size_t shortest = SIZE_MAX;
    for (const auto& s : clause) shortest = std::min(shortest, s.size());
    if (!best || shortest > best_len) {
      best = &clause;
      best_len = shortest;
    }
  };
  for (auto& clause : w.clauses) weigh(clause);
  if (!has_empty(w.set)) weigh(w.set);
  return best;
}

}  // namespace

Words Words::unknown() {
  Words w;
  w.exact = false;
  return w;
}

Words Words::character(const std::bitset<256>& bytes) {
  Words w;
  w.set.clear();
  for (size_t c = bytes._Find_first(); c < 0x80; c = bytes._Find_next(c)) {
    // A capital stands for its lower case, which a folded pattern's bytes always hold.
    if (c >= 'A' && c <= 'Z') continue;
    if (w.set.size() == 16) return unknown();
    w.set.emplace_back(1, static_cast<char>(c));
  }
  return w;
}

namespace {

// SET as a clause of W, unless a match may hold none of it.
void add_clause(Words& w, std::vector<std::string> set) {
  if (!has_empty(set)) w.clauses.push_back(std::move(set));
}

// Each string of A followed by each of B (their sizes' product is bounded by the caller).
std::vector<std::string> product(std::vector<std::string> a, const std::vector<std::string>& b) {
  if (b.size() == 1) {  // most often one character more
    for (auto& x : a) x += b.front();
    return a;
  }
  std::vector<std::string> out;
  for (const auto& x : a)
    for (const auto& y : b) out.push_back(x + y);
  return out;
}

}  // namespace

std::vector<std::vector<std::string>> Words::needed() const {
  Words w;
  w.clauses = clauses;
  add_clause(w, set);
  return w.clauses;
}

// The sets and clauses may hold a string twice (making them unique at every step cost more
// than the repeats): their sizes are bounds.
Words Words::then(Words a, const Words& b) {
  if (a.set.size() * b.set.size() <= kMaxProduct && b.exact) {
    a.set = product(std::move(a.set), b.set);  // exact or not, A's end runs on into B
    return a;
  }
  add_clause(a, std::move(a.set));
  a.exact = false;
  a.clauses.insert(a.clauses.end(), b.clauses.begin(), b.clauses.end());
  a.set = b.set;
  return a;
}

Words Words::then_character(Words a, const std::bitset<256>& bytes) {
  // One byte below 0x80 and no capital of it (a letter is both cases, and beyond ASCII):
  // the lower-case letter or the mark itself.
  const size_t c = bytes._Find_first();
  const size_t next = c < bytes.size() ? bytes._Find_next(c) : c;
  const bool letter = c >= 'A' && c <= 'Z' && next == (c | 0x20) && bytes._Find_next(next) >= 0x80;
  const bool single = c < 0x80 && (next >= 0x80 || letter) && !(c >= 'a' && c <= 'z');
  if (!single || a.set.size() > kMaxProduct) return then(std::move(a), character(bytes));
  const char ch = static_cast<char>(letter ? c | 0x20 : c);
  for (auto& x : a.set) x += ch;
  return a;
}

Words Words::either(Words a, const Words& b) {
  if (a.exact && b.exact && a.set.size() + b.set.size() <= kMaxUnion) {
    a.set.insert(a.set.end(), b.set.begin(), b.set.end());
    return a;
  }
  // A match of either holds a string of A's best clause or of B's.
  Words other = b;
  std::vector<std::string>* mine = best_clause(a);
  const std::vector<std::string>* theirs = best_clause(other);
  if (!mine || !theirs) return unknown();
  Words w = unknown();
  w.clauses.push_back(std::move(*mine));
  w.clauses.back().insert(w.clauses.back().end(), theirs->begin(), theirs->end());
  return w;
}

Words Words::optional(Words a) {
  if (!a.exact) return unknown();
  a.set.emplace_back();
  return a;
}

Words Words::repeated(Words a) {
  // A match holds what one repetition holds, and ends as the last one does.
  a.exact = false;
  return a;
}

bool holds_words(std::string_view lowered_piece, const std::vector<std::vector<std::string>>& needed) {
  for (const auto& clause : needed) {
    const bool one = std::any_of(clause.begin(), clause.end(),
                                 [&](const std::string& s) { return lowered_piece.find(s) != std::string_view::npos; });
    if (!one) return false;
  }
  return true;
}

}  // namespace dossier::timex::grammar
