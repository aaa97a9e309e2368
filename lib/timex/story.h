// What a text has named so far that its later timexes count from, in text order: the last
// day, month and value named, the story's own year and the sentence that set it, the period
// named last (timex.cc reads a document's timexes through it). Tested by timex_test.cc and
// anchors_test.cc.
#ifndef DOSSIER_LIB_TIMEX_STORY_H_
#define DOSSIER_LIB_TIMEX_STORY_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "calendar.h"
#include "dossier/timex.h"
#include "resolver.h"
#include "tables.h"

namespace dossier::timex {

class Story {
 public:
  explicit Story(std::optional<calendar::Ymd> dct) : dct_(dct) {}

  // Fills C's anchors for a timex of KIND in sentence SI (SENTENCE_LAYER: the document has
  // sentences, else SI counts none).
  void anchor(resolver::Context& c, size_t si, bool sentence_layer, grammar::Kind kind) const;
  // Takes in timex T, found as EXPR by a rule of KIND at bytes [AT, AT_END) of SENTENCE, the
  // document's sentence SI.
  void note(const Timex& t, std::string_view expr, grammar::Kind kind, std::string_view sentence, size_t at, size_t at_end,
            size_t si);

 private:
  std::optional<calendar::Ymd> dct_;
  std::optional<calendar::Ymd> last_day_, last_month_, named_month_;
  // The story's own reference year: the last year written out in full or named as a whole
  // relative year setting the scene ("Last year, ..."), and its sentence.
  std::optional<int> written_year_, year_anchor_;
  std::optional<std::string> last_period_, last_named_period_, last_value_;
  size_t written_in_ = SIZE_MAX, period_in_ = SIZE_MAX;
};

}  // namespace dossier::timex

#endif  // DOSSIER_LIB_TIMEX_STORY_H_
