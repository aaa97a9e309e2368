// The shape and phrase-rule verdict of a line, kept for the lines a thread meets again: a
// site's chrome ("Share this article", "Most read", a menu, a copyright line) recurs on
// each of its pages and often twice on one (a header and a footer menu). A quarter of the
// lines of the WCXB pages and two fifths of the bench corpus's had been met among the
// thousand lines before them; each costs the shape's pass over its bytes and words, and a
// short line meets every rule (the RE2::Set pass, the rules it names).
#include <vector>

#include "internal.h"

namespace dossier::boilerplate {

namespace {

void compute(const std::string& text, LineFacts& f) {
  f.shape = line_shape(text, false);
  f.rule = rule_hit(text, f.shape.words);
}

// Direct-mapped by the line's hash, an entry overwritten by the next line that maps there.
// Both facts are functions of the line alone, so what the cache holds never changes an
// answer (tested by model_test.cc).
struct LineCache {
  static constexpr size_t kSize = 1024;     // entries
  static constexpr size_t kMaxBytes = 256;  // longer lines are not kept
  struct Entry {
    std::string text;
    bool used = false;
    LineFacts facts;
  };
  std::vector<Entry> entries = std::vector<Entry>(kSize);
};

}  // namespace

const LineFacts& line_facts(const std::string& text) {
  // Answered in place, not copied: the caller copies what it keeps once.
  thread_local LineCache cache;
  thread_local LineFacts uncached;
  if (text.size() > LineCache::kMaxBytes) {
    compute(text, uncached);
    return uncached;
  }
  LineCache::Entry& e = cache.entries[hash_text(text) & (LineCache::kSize - 1)];
  if (!e.used || e.text != text) {
    compute(text, e.facts);
    e.text = text;
    e.used = true;
  }
  return e.facts;
}

}  // namespace dossier::boilerplate
