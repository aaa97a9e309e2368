// Revision: names in headings, settled by the body of the document.
#include <cstdint>
#include <string>
#include <unordered_map>

#include "revision.h"
#include "tagger.h"
#include "text.h"

namespace dossier::entities_detail {

void Headings::settle_headings() {
  // The first words of the heading's names of the rules, and its one-word names: the
  // body's names are looked at only where they may answer one (most do not).
  HashCounts firsts(8), lone(8);
  bool any = false;
  for (const Candidate& c : cands_) {
    if (c.entry >= 0 || !in_heading(c)) continue;
    any = true;
    firsts[toks_[c.first].hash] = 1;
    if (c.last - c.first == 1) lone[toks_[c.first].hash] = 1;
  }
  if (!any) return;
  // The body's names: by folded surface, and by word (the last word of a person's full
  // name, any word of another name), each with the type of its first mention.
  std::unordered_map<std::string, std::string_view> by_surface;
  std::unordered_map<uint64_t, std::string_view> by_word;
  for (const Candidate& c : cands_) {
    if (c.weak || in_heading(c)) continue;
    if (firsts.find(toks_[c.first].hash)) by_surface.emplace(fold(surface(c.first, c.last)), c.type);
    if (c.type == kPerson) {
      if (c.last - c.first >= 2 && lone.find(toks_[c.last - 1].hash))
        by_word[toks_[c.last - 1].hash] = kPerson;  // a person's last word wins
    } else {
      for (size_t k = c.first; k < c.last; ++k)
        if (toks_[k].cap && lone.find(toks_[k].hash) && !connector(k)) by_word.emplace(toks_[k].hash, c.type);
    }
  }
  const bool tagged = scratch_.tags.size() == toks_.size();
  // The tagger's kind of tokens [a, b) when it tags them as one name with a lead of
  // kConfirmMargin or more; kKinds when not.
  auto confirmed = [&](size_t a, size_t b) -> unsigned {
    if (!tagged) return kKinds;
    const auto& tags = scratch_.tags;
    unsigned tag = tags[a];
    if (tag == 0 || is_inside(tag)) return kKinds;
    unsigned kind = kind_of(tag);
    for (size_t k = a; k < b; ++k) {
      if (scratch_.margins[k] < kConfirmMargin) return kKinds;
      if (k > a && tags[k] != inside_tag(kind)) return kKinds;
    }
    if (b < toks_.size() && tags[b] == inside_tag(kind)) return kKinds;
    return kind;
  };
  // Whether a word of C past its first is one the dictionary spells in lower case.
  auto common_word_after_first = [&](const Candidate& c) {
    for (size_t k = c.first + 1; k < c.last; ++k)
      if (lex_.lower_hash_set.contains(toks_[k].hash)) return true;
    return false;
  };
  size_t kept = 0;
  std::vector<size_t> moved(cands_.size(), SIZE_MAX);  // where each candidate went
  for (size_t o = 0; o < cands_.size(); ++o) {
    Candidate& c = cands_[o];
    if (c.entry < 0 && in_heading(c)) {
      auto same = by_surface.find(fold(surface(c.first, c.last)));
      if (same != by_surface.end()) {
        c.type = same->second;
        c.weak = false;
      } else if (auto word = c.last - c.first == 1 ? by_word.find(toks_[c.first].hash) : by_word.end();
                 word != by_word.end()) {
        c.type = word->second;
        c.weak = false;
      } else if (unsigned kind = confirmed(c.first, c.last); kind != kKinds) {
        if (!(kind == kKindPerson && c.last - c.first < 2)) c.type = kind_type(kind);
      } else if (c.titled && c.type == kPerson && !common_word_after_first(c)) {
        // "Senator Varga Resigns", "Senator Hale, Reverend Moomaw, and my fellow citizens:":
        // a person's title before the name is evidence a heading's capitals do not give.
        // Not when a word the dictionary spells in lower case follows the first ("King
        // Tarvel Opens Parliament"): the heading's verb or noun may have joined the name.
        c.weak = false;
      } else {
        continue;
      }
    }
    moved[o] = kept;
    if (kept != o) cands_[kept] = std::move(c);
    ++kept;
  }
  follow_acronyms(acronyms_, moved);
  cands_.resize(kept);
}

}  // namespace dossier::entities_detail
