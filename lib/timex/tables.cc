// The tables of lib/data/timex/ (months, weekdays, numbers, units, tense cues...), read
// once on first use, and the cutting of an expression into words. Tested by tables_test.cc.
#include "tables.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/data.h"
#include "dossier/error.h"
#include "dossier/utf8.h"

namespace dossier::timex::grammar {
namespace {

// The words of the list FILE, one a line, each with the role written after a tab ("" when
// none); ROLE is the one role the list may give.
std::vector<std::pair<std::string_view, std::string_view>> roled_words(const std::string& file, std::string_view role) {
  std::vector<std::pair<std::string_view, std::string_view>> out;
  for (auto line : data::lines("timex/" + file)) {
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      out.emplace_back(line, std::string_view());
    } else if (line.substr(tab + 1) == role) {
      out.emplace_back(line.substr(0, tab), role);
    } else {
      throw Error("timex grammar: " + file + ": unknown role " + std::string(line.substr(tab + 1)));
    }
  }
  return out;
}

Tables load_tables() {
  Tables t;
  for (const auto& r : rows("months.tsv", 2))
    for (auto name : data::split(r[1], '|')) t.months[lower(name)] = std::stoi(r[0]);
  for (const auto& r : rows("weekdays.tsv", 2))
    for (auto name : data::split(r[1], '|')) t.weekdays[lower(name)] = std::stoi(r[0]);
  for (const auto& r : rows("numbers.tsv", 2)) t.numbers[r[0]] = std::stod(r[1]);
  for (auto line : data::lines("timex/vague_numbers.txt")) t.vague_numbers.emplace_back(line);
  for (const auto& r : rows("units.tsv", 4)) {
    Unit u{r[1].empty() ? 'D' : r[1][0], r[2] == "T", std::stoi(r[3])};
    for (auto name : data::split(r[0], '|')) t.units[std::string(name)] = u;
  }
  for (const auto& r : rows("seasons.tsv", 3)) t.seasons[r[0]] = Season{r[1], std::stoi(r[2])};
  for (const auto& r : rows("parts_of_day.tsv", 3)) {
    const std::string& role = r[2];
    if (role != "day" && r[0].find(' ') == std::string::npos) t.parts[r[0]] = r[1];
    if (role == "clock") continue;
    (role == "part" ? t.daypart_parts : role == "alone" ? t.daypart_alone : t.daypart_days).push_back(r[0]);
    for (auto word : data::split(r[0], ' ')) t.daypart_words.insert(std::string(word));
  }
  for (const auto& r : rows("ordinals.tsv", 2)) t.ordinals[r[0]] = std::stoi(r[1]);
  for (const auto& r : rows("day_ordinals.tsv", 2)) t.day_ordinals[r[0]] = std::stoi(r[1]);
  for (const auto& r : rows("tense.tsv", 2)) {
    t.tense[r[0]] = r[1] == "past" ? Tense::kPast : r[1] == "future" ? Tense::kFuture : Tense::kPresent;
    const unsigned bit = tense_filter_key(r[0]);
    t.tense_bits[bit >> 6] |= uint64_t{1} << (bit & 63);
    if (r.size() > 2 && r[2] == "after-subject") t.after_subject.insert(r[0]);
    if (r.size() > 2 && r[2] == "before-object") t.before_object.insert(r[0]);
    if (r.size() > 2 && r[2] == "as-present") t.as_present.insert(r[0]);
  }
  for (const auto& r : rows("tense_contexts.tsv", 2)) {
    const std::string& role = r[1];
    auto* set = role == "bare"         ? &t.past_bare
                : role == "condition"  ? &t.past_condition
                : role == "complement" ? &t.past_complement
                : role == "subject"    ? &t.past_subject
                : role == "no-object"  ? &t.past_no_object
                : role == "adjective"  ? &t.past_adjective
                : role == "plan-past"  ? &t.plan_past
                : role == "plan-replaced" ? &t.plan_replaced
                : role == "plan"       ? &t.plan_words
                                       : nullptr;
    if (!set) throw Error("timex grammar: tense_contexts.tsv: unknown role " + role);
    set->insert(r[0]);
  }
  for (auto line : data::lines("timex/strip.txt")) t.strip.emplace_back(line);
  for (auto line : data::lines("timex/anaphora_cues.txt")) t.anaphora_cues.emplace_back(line);
  for (auto line : data::lines("timex/since_verbs.txt")) t.since_verbs.emplace(line);
  for (auto line : data::lines("timex/period_verbs.txt")) t.period_verbs.emplace_back(line);
  for (auto line : data::lines("timex/change_words.txt")) t.change_words.emplace(line);
  for (auto line : data::lines("timex/scene_words.txt")) t.scene_words.emplace(line);
  for (auto line : data::lines("timex/length_cues.txt")) t.length_cues.emplace(line);
  for (auto [word, role] : roled_words("dash_tally_words.txt", "by")) (role.empty() ? t.dash_tally : t.dash_tally_by).emplace(word);
  for (auto [word, role] : roled_words("tally_words.txt", "score")) {
    t.tally_words.emplace(word);
    if (!role.empty()) t.score_words.emplace(word);
  }
  for (auto line : data::lines("timex/lasting_holidays.txt")) t.lasting_holidays.emplace(line);
  for (auto [word, role] : roled_words("weather_words.txt", "pair")) (role.empty() ? t.weather_words : t.weather_pair).emplace(word);
  for (auto line : data::lines("timex/fiscal_words.txt")) {
    if (!line.empty() && line.back() == '*')
      t.fiscal_prefixes.emplace_back(line.substr(0, line.size() - 1));
    else
      t.fiscal_words.emplace(line);
  }
  for (const auto& r : rows("amount_words.tsv", 2)) {
    if (r[1] == "after")
      t.amount_after.insert(r[0]);
    else if (r[1] == "before")
      t.amount_before.insert(r[0]);
    else
      throw Error("timex grammar: amount_words.tsv: unknown side " + r[1]);
  }
  for (const auto& r : rows("holidays.tsv", 2)) {
    std::string pattern;
    for (char ch : r[0]) pattern += ch == '\'' ? std::string("(?:'|\xe2\x80\x99)") : std::string(1, ch);
    t.holidays.push_back(Tables::Holiday{pattern, r[1]});
  }
  for (const auto& r : rows("vague.tsv", 3)) t.vague.push_back(Tables::Vague{r[1], r[2]});
  return t;
}

}  // namespace

std::vector<std::vector<std::string>> rows(std::string_view name, size_t columns) {
  std::vector<std::vector<std::string>> out;
  for (auto line : data::lines("timex/" + std::string(name))) {
    auto fields = data::fields(line);
    std::vector<std::string> cells(fields.begin(), fields.end());
    if (cells.size() < columns) throw Error("timex/" + std::string(name) + ": expected " + std::to_string(columns) + " columns in '" + std::string(line) + "'");
    out.push_back(std::move(cells));
  }
  return out;
}

bool is_fiscal_word(const std::string& x) {
  if (tables().fiscal_words.count(x)) return true;
  for (const auto& p : tables().fiscal_prefixes)
    if (x.compare(0, p.size(), p) == 0) return true;
  return false;
}

std::string lower(std::string_view s) { return utf8::ascii_lower(s); }

std::vector<std::string> words(std::string_view s) {
  auto split = [](char c) { return c == ' ' || c == ',' || c == '-' || c == '/' || c == '(' || c == ')' || c == '\t' || c == '\n'; };
  std::vector<std::string> out;
  out.reserve(8);
  for (size_t i = 0; i < s.size(); ++i) {
    size_t j = i;
    // A comma between digits groups thousands ("1,000 years") and stays in the word.
    auto digit = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
    while (j < s.size() && (!split(s[j]) || (s[j] == ',' && j > i && digit(j - 1) && digit(j + 1)))) ++j;
    std::string_view word = s.substr(i, j - i);
    if (!word.empty() && word.back() == '.' && word != "a.m." && word != "p.m.") word.remove_suffix(1);
    // "week-end" is the weekend, one word.
    if ((word == "end" || word == "End" || word == "END") && i > 0 && s[i - 1] == '-' && !out.empty() && out.back() == "week") {
      out.back() = "weekend";
    } else if (!word.empty()) {
      out.emplace_back(word);
      for (char& ch : out.back()) ch = utf8::ascii_lower(ch);
    }
    i = j;
  }
  return out;
}

Kind kind_named(std::string_view name) {
  static const std::pair<const char*, Kind> kNames[] = {
      {"date", Kind::kDate},         {"iso", Kind::kIso},         {"numeric", Kind::kNumeric},
      {"year", Kind::kYear},         {"decade", Kind::kDecade},   {"weekday", Kind::kWeekday},
      {"day", Kind::kDay},           {"rel", Kind::kRel},         {"relmonth", Kind::kRelmonth},
      {"monthweek", Kind::kMonthweek}, {"same", Kind::kSame},     {"ago", Kind::kAgo},
      {"season", Kind::kSeason},     {"quarter", Kind::kQuarter}, {"duration", Kind::kDuration},
      {"year_range", Kind::kYearRange}, {"amount_range", Kind::kAmountRange}, {"streak", Kind::kStreak}, {"before", Kind::kBefore}, {"that", Kind::kThat}, {"whole", Kind::kWhole},
      {"set", Kind::kSet},           {"time", Kind::kTime},       {"holiday", Kind::kHoliday},   {"century", Kind::kCentury},
      {"weekday_day", Kind::kWeekdayDay}, {"nth_weekday", Kind::kNthWeekday}, {"ordinal_day", Kind::kOrdinalDay},       {"vague", Kind::kVague}};
  for (const auto& [n, k] : kNames)
    if (name == n) return k;
  return Kind::kOther;
}

const Tables& tables() {
  static const Tables t = load_tables();
  return t;
}

}  // namespace dossier::timex::grammar
