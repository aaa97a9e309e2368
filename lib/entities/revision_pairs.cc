// Two names joined by a hyphen before a noun: "the Tarnwick-Vell talks" (revision.h).
// Tested by revision_pairs_test.cc.
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "revision.h"

namespace dossier::entities_detail {

bool NamePairs::hyphened_pair(std::string_view word) const {
  size_t parts = 0;
  for (;;) {
    const size_t h = word.find('-');
    const std::string_view part = word.substr(0, h);
    if (part.size() < 2 || part[0] < 'A' || part[0] > 'Z') return false;
    if (!gaz_.find(part) && !lex_.is_town(part)) return false;
    ++parts;
    if (h == std::string_view::npos) break;
    word.remove_prefix(h + 1);
  }
  return parts >= 2;
}

bool NamePairs::nationality_compound(std::string_view word) const {
  if (word.find('-') == std::string_view::npos) return false;  // one word: no string made for it
  size_t parts = 0;
  for (;;) {
    const size_t h = word.find('-');
    if (!lex_.demonyms.count(std::string(word.substr(0, h)))) return false;
    ++parts;
    if (h == std::string_view::npos) break;
    word.remove_prefix(h + 1);
  }
  return parts >= 2;
}

void NamePairs::drop_hyphened_pairs() {
  std::vector<char> drop(cands_.size(), 0);
  bool any = false;
  for (size_t i = 0; i < cands_.size(); ++i) {
    const Candidate& c = cands_[i];
    // "the first Korean-American Senator": a compound of nationality words names a people's
    // member, whatever word follows it, unless the gazetteer knows it.
    if (c.entry < 0 && c.last - c.first == 1 && nationality_compound(tok(c.first))) {
      drop[i] = any = true;
      continue;
    }
    // A pair read as a place is one ("Orrin-Tarnwick" for a union of the two): two places made one.
    if (c.entry >= 0 || c.last - c.first != 1 || c.last >= toks_.size() || c.type == kGpe || c.type == kLoc) continue;
    const Token& next = toks_[c.last];
    if (!next.word || next.cap || next.digit || next.nl) continue;
    if (hyphened_pair(tok(c.first))) drop[i] = any = true;
  }
  if (any) drop_marked(drop);
}

}  // namespace dossier::entities_detail
