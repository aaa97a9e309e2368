// The anchors a text's timexes count from (story.h).
#include "story.h"

#include <cctype>
#include <cstring>

#include "dossier/utf8.h"

namespace dossier::timex {

using calendar::parse_ymd;
using namespace std::string_view_literals;

namespace {

// Whether "last year" or "next year" at bytes [AT, AT_END) of SENTENCE sets the scene of the
// story: it opens the sentence, alone or after a word of scene_words.txt ("Last year, ...",
// "During next year ..."), and is no possessive ("Last year's harvest was poor" names a
// harvest) nor "the last year" (the twelve months up to now).
bool opens_scene(std::string_view sentence, size_t at);

bool sets_scene(std::string_view sentence, size_t at, size_t at_end) {
  std::string expr = utf8::ascii_lower(sentence.substr(at, at_end - at));
  for (const char* part : {"early ", "late ", "mid ", "mid-"})  // "Early last year, ..."
    if (expr.compare(0, std::strlen(part), part) == 0) expr.erase(0, std::strlen(part));
  if (expr.compare(0, 5, "last ") != 0 && expr.compare(0, 5, "next ") != 0) return false;
  const std::string_view after = sentence.substr(at_end);
  if (after.substr(0, 2) == "'s" || after.substr(0, 4) == "\xE2\x80\x99s") return false;
  return opens_scene(sentence, at);
}

// Whether the expression at byte AT of SENTENCE opens it, alone or after a word of
// scene_words.txt, with nothing but quotation marks and spaces before.
bool opens_scene(std::string_view sentence, size_t at) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  size_t e = at;
  while (e > 0 && !letter(sentence[e - 1])) --e;
  size_t b = e;
  while (b > 0 && letter(sentence[b - 1])) --b;
  if (b == e) return true;  // nothing but quotes and spaces before it
  for (size_t k = 0; k < b; ++k)
    if (letter(sentence[k])) return false;  // more than one word before it
  return grammar::tables().scene_words.count(utf8::ascii_lower(sentence.substr(b, e - b))) > 0;
}

}  // namespace

void Story::anchor(resolver::Context& c, size_t si, bool sentence_layer, grammar::Kind kind) const {
  c.anchor = last_day_;
  c.month_anchor = last_month_;
  c.named_month = named_month_;
  // A month without its year right after a sentence set in another year ("In 2008, ...
  // In December, ...") belongs to that year rather than to the dct's.
  if (written_year_ && si != SIZE_MAX && written_in_ != SIZE_MAX && si - written_in_ <= 1 && dct_ && *written_year_ != dct_->y)
    c.story_year = written_year_;
  c.year_anchor = year_anchor_;
  c.period_anchor = last_period_;
  c.last_value = last_value_;
  if (last_named_period_ && period_in_ != SIZE_MAX && si - period_in_ <= 1) c.near_period = last_named_period_;
  // "Profit for 2028 rose, a record for the whole year": a year written out in the same
  // sentence, with no quarter or half named near, is the year in view.
  if (!c.near_period && written_year_ && written_in_ == si && sentence_layer && kind == grammar::Kind::kWhole)
    c.near_period = std::to_string(*written_year_);
}

void Story::note(const Timex& t, std::string_view expr, grammar::Kind kind, std::string_view sentence, size_t at, size_t at_end,
                 size_t si) {
  if (t.type == "DATE"sv) {
    // A fiscal year ("FY1998") anchors what follows as its calendar year does.
    const std::string cal = calendar_value(t.value);
    std::string g = granularity(cal);
    const bool written = expr.find(cal.substr(0, 4)) != std::string_view::npos;
    const bool scene = g == "year"sv && kind == grammar::Kind::kRel && sets_scene(sentence, at, at_end);
    if (!g.empty() && g != "decade"sv && g != "century"sv && (written || scene)) {
      written_year_ = std::stoi(cal.substr(0, 4));
      written_in_ = si;
    } else if (!g.empty() && g != "decade"sv && g != "century"sv && written_year_ && std::isdigit(static_cast<unsigned char>(cal[0])) &&
               std::stoi(cal.substr(0, 4)) == *written_year_) {
      // A date the story's year gave ("Two weeks later", "In December") carries that year on
      // to the next sentence, as the story goes on in it.
      written_in_ = si;
    } else if (!g.empty() && g != "decade"sv && g != "century"sv && written_year_ && dct_ && *written_year_ != dct_->y &&
               std::isdigit(static_cast<unsigned char>(cal[0])) && std::stoi(cal.substr(0, 4)) == dct_->y &&
               opens_scene(sentence, at)) {
      // A date of the dct's year opening its sentence ("Yesterday, ...", "This spring ...")
      // brings the story back to it; one that dates the telling ("..., the owner said on
      // Tuesday") does not.
      written_year_ = dct_->y;
      written_in_ = si;
    }
    if (!g.empty() && g != "decade"sv && g != "century"sv) year_anchor_ = std::stoi(cal.substr(0, 4));
    if (g == "day"sv) last_day_ = parse_ymd(t.value);
    if (!g.empty()) last_value_ = t.value;
    // A quarter, a half or a fiscal year is the period "the same period a year earlier" takes up.
    const bool period = g == "quarter"sv || g == "half"sv || (g == "year"sv && t.value != cal);
    if (!g.empty()) last_period_ = period ? std::optional<std::string>(t.value) : std::nullopt;
    if ((g == "quarter"sv || g == "half"sv) && std::isdigit(static_cast<unsigned char>(cal[0]))) {
      last_named_period_ = cal;
      period_in_ = si;
    }
    if (g == "day"sv || g == "month"sv) last_month_ = parse_ymd(t.value.substr(0, 7) + "-01");
    if ((g == "day"sv || g == "month"sv) && kind == grammar::Kind::kDate &&
        expr.find(t.value.substr(0, 4)) == std::string_view::npos)
      named_month_ = last_month_;
  }
  // A clock time on a known day ("Monday at 3 p.m.") is the day "by that time" takes up.
  if (t.type == "TIME"sv && t.value.size() >= 10 && t.value[4] == '-' && t.value[7] == '-' &&
      std::isdigit(static_cast<unsigned char>(t.value[0])) && std::isdigit(static_cast<unsigned char>(t.value[9])))
    last_value_ = t.value.substr(0, 10);
}

}  // namespace dossier::timex
