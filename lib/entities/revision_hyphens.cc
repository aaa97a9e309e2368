// Revision: names joined by a hyphen set apart with spaces (revision.h). Tested by
// revision_hyphens_test.cc.
#include <string_view>
#include <vector>

#include "finder_types.h"
#include "revision.h"

namespace dossier::entities_detail {

namespace {

bool place_type(std::string_view t) { return t == kGpe || t == kLoc; }

}  // namespace

void SpacedHyphens::join_spaced_hyphens() {
  std::vector<char> drop;  // sized at the first join: few texts set hyphens apart
  size_t into = 0;         // the candidate the one after a hyphen joins
  for (size_t i = 1; i < cands_.size(); ++i) {
    const Candidate& b = cands_[i];
    const size_t h = b.first - 1;  // the hyphen's token
    if (b.first == 0 || toks_[b.first].nl || toks_[h].nl || !is(h, '-')) continue;
    // A hyphen with a space on each side, right after the name before.
    if (drop.empty() || !drop[i - 1]) into = i - 1;
    Candidate& a = cands_[into];
    if (a.last != h || toks_[h].begin == toks_[h - 1].end || toks_[b.first].begin == toks_[h].end) continue;
    if (a.entry >= 0 || b.entry >= 0) continue;
    std::string_view type;
    // Two firms' words ("Velm - Tarco"); not two parties of a coalition ("Tarn Farmers - Labour
    // Party"), whose names run longer or end in a head word.
    if (a.type == kOrg && b.type == kOrg && a.last - a.first == 1 && b.last - b.first == 1 && !a.by_head && !b.by_head) {
      type = kOrg;
    } else if ((place_type(a.type) || (a.type == kPerson && a.last - a.first == 1)) &&
               (place_type(b.type) || (b.type == kPerson && b.last - b.first == 1)) &&
               (place_type(a.type) || place_type(b.type))) {
      type = kLoc;
    } else {
      continue;
    }
    if (drop.empty()) drop.assign(cands_.size(), 0);
    a.last = b.last;
    a.type = type;
    a.by_head = a.by_head || b.by_head;
    a.weak = a.weak && b.weak;  // a name of no evidence on either side stays one
    a.guessed = a.cued = a.titled = false;
    a.place_alias.clear();
    drop[i] = 1;
  }
  if (!drop.empty()) drop_marked(drop);
}

}  // namespace dossier::entities_detail
