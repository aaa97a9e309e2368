// Timexes read against their neighbour: the end of a range of days or months named by a
// weekday or a month alone, and "the day after" a date named right after it. Tested by
// ranges_test.cc.
#ifndef DOSSIER_LIB_TIMEX_RANGE_ENDS_H_
#define DOSSIER_LIB_TIMEX_RANGE_ENDS_H_

#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "dossier/utf8.h"

namespace dossier::timex {

// "from Tuesday to Friday", "between May and July", "Monday-Thursday": a range runs forward,
// so an end written as a weekday or a month alone is the first such day or month after the
// start, whatever the tense made of it on its own. TEXT is the document's, MAP its offsets.
void order_range_ends(std::string_view text, const utf8::OffsetMap& map, std::vector<Timex>& out);

// "the day after Thanksgiving", "the week before Christmas": the day or week counts from the
// date named right after it, not from the last one the story named.
void anchor_to_following_date(std::string_view text, const utf8::OffsetMap& map, std::vector<Timex>& out);

}  // namespace dossier::timex

#endif  // DOSSIER_LIB_TIMEX_RANGE_ENDS_H_
