// Timexes read against their neighbour: the end of a range of days or months named by a
// weekday or a month alone, and "the day after" a date named right after it. Tested by
// ranges_test.cc.
#ifndef DOSSIER_LIB_TIMEX_RANGE_ENDS_H_
#define DOSSIER_LIB_TIMEX_RANGE_ENDS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "dossier/utf8.h"

namespace dossier::timex {

// "from Tuesday to Friday", "between May and July", "Monday-Thursday": a range runs forward,
// so an end written as a weekday or a month alone is the first such day or month after the
// start, whatever the tense made of it on its own. TEXT is the document's, MAP its offsets.
void order_range_ends(std::string_view text, const utf8::OffsetMap& map, std::vector<Timex>& out);

// "from 10 p.m. to 6 a.m.", "22:00-06:00": a range's end earlier in the day than its start,
// on the same day, is on the next day, unless its text names its own day ("6 a.m. Saturday").
// Run once the times have their days.
void move_ends_past_midnight(std::string_view text, const utf8::OffsetMap& map, std::vector<Timex>& out);

// "the day after Thanksgiving", "the week before Christmas", "the year after the 2016
// referendum", "the month before the 12 May vote": the day, week, month or year counts from
// the date named right after it (or after "the"), not from the last one the story named.
void anchor_to_following_date(std::string_view text, const utf8::OffsetMap& map, std::vector<Timex>& out);

// "from 7 to 10 p.m.", "between 2 and 4 pm", "8-10pm": the start of a range of clock times
// written as a bare hour takes the half of the day of END, the clock time with "a.m." or
// "p.m." that ends the range at byte END_B of TEXT, and its day: the start as a timex of its
// own (its id left empty), or none. A start already found without its half of the day
// ("from 1:30 to 3 p.m.") gets it in place, the last of OUT. A start later than its end in
// that half is in the other ("from 11 to 2 p.m."); a range across midnight gets no start.
std::optional<Timex> clock_range_start(std::string_view text, size_t end_b, const Timex& end, const utf8::OffsetMap& map,
                                       std::vector<Timex>& out);

}  // namespace dossier::timex

#endif  // DOSSIER_LIB_TIMEX_RANGE_ENDS_H_
