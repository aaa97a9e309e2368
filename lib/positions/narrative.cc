// Where a sentence's narrative starts after a dateline (narrative.h). Tested by
// narrative_test.cc and layer_holders_test.cc.
#include "narrative.h"

#include <algorithm>

#include "dossier/dateline.h"
#include "sentence_words.h"

namespace dossier::positions_detail {

// Wire copy closes a dateline with a dash ("CORFU, Greece (Reuters) --") or the agency's
// credit with a spaced hyphen ("(Reuters) - "): the dateline reader knows both. Every long
// dash before the mention counts too: a lead-in ended by one ("The treaty -- long stalled
// -- ...") names no holder either.
size_t narrative_start(std::string_view head) {
  size_t floor = 0;
  for (std::string_view dash : {std::string_view("--"), std::string_view("\u2014")}) {
    size_t d = rfind_bytes(head, dash);
    if (d != std::string_view::npos) floor = std::max(floor, d + dash.size());
  }
  if (auto dateline = read_dateline(head)) floor = std::max(floor, dateline->end);
  return floor;
}

}  // namespace dossier::positions_detail
