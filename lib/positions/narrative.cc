// Where a sentence's narrative starts after a dateline (dateline.h). Tested by
// dateline_test.cc and layer_holders_test.cc.
#include "dateline.h"

#include <algorithm>

#include "sentence_words.h"

namespace dossier::positions_detail {

// Wire copy closes a dateline with a dash ("CORFU, Greece (Reuters) --") or the agency's
// credit with a spaced hyphen ("(Reuters) - "). Every dash before the mention counts: a
// lead-in ended by one ("The treaty -- long stalled -- ...") names no holder either.
size_t narrative_start(std::string_view head) {
  size_t floor = 0;
  for (std::string_view dash : {std::string_view("--"), std::string_view("\u2014"), std::string_view(") - ")}) {
    size_t d = rfind_bytes(head, dash);
    if (d == std::string_view::npos) continue;
    // The spaced hyphen closes a credit only at the head of the sentence, after a bracket
    // opened on a capital ("(Reuters)"), not an aside ("Russia (and Belarus) - reject").
    if (dash[0] == ')') {
      size_t open = head.substr(0, d).rfind('(');
      if (open == std::string_view::npos || open + 1 >= d || !(head[open + 1] >= 'A' && head[open + 1] <= 'Z') ||
          count_words(head.substr(0, open)) > 8)
        continue;
    }
    floor = std::max(floor, d + dash.size());
  }
  return floor;
}

}  // namespace dossier::positions_detail
