// A body's office named after it: "the Tarnish Union Office for Fisheries" (revision.h).
// Tested by revision_offices_test.cc.
#include <vector>

#include "revision.h"

namespace dossier::entities_detail {

void BodyOffices::join_offices() {
  std::vector<Candidate> joined;
  for (size_t j = 0; j + 1 < cands_.size(); ++j) {
    const Candidate& body = cands_[j];
    const Candidate& office = cands_[j + 1];
    if (body.entry < 0 || body.type != kOrg || office.type != kOrg || office.entry >= 0) continue;
    // Right after it, one space between, on its line, and opening with an organisation's head.
    if (office.first != body.last || toks_[office.first].nl) continue;
    if (toks_[office.first].begin != toks_[body.last - 1].end + 1 || !org_head(office.first)) continue;
    Candidate c;
    c.first = body.first;
    c.last = office.last;
    c.type = kOrg;
    c.by_head = true;
    joined.push_back(std::move(c));
    ++j;
  }
  if (!joined.empty()) insert_names(joined);
}

}  // namespace dossier::entities_detail
