// The timex tables and the combined scanner. Tested by timex_test.cc.
#include "timex_grammar.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include "dossier/data.h"
#include "dossier/error.h"
#include "dossier/utf8.h"

namespace dossier::timex::grammar {
namespace {

// Pieces whose rule a thread remembers before it starts over.
constexpr size_t kMemoLimit = 1 << 16;

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    out.emplace_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

std::vector<std::vector<std::string>> rows(std::string_view name, size_t columns) {
  std::vector<std::vector<std::string>> out;
  for (auto line : data::lines("timex/" + std::string(name))) {
    auto cells = split(line, '\t');
    if (cells.size() < columns) throw Error("timex/" + std::string(name) + ": expected " + std::to_string(columns) + " columns in '" + std::string(line) + "'");
    out.push_back(std::move(cells));
  }
  return out;
}

std::string quote(const std::string& word) { return RE2::QuoteMeta(word); }

// Longest alternatives first keeps the regex readable when debugging; RE2 itself takes
// the longest match either way.
std::string alternation(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::string out = "(?:";
  for (size_t i = 0; i < words.size(); ++i) out += (i ? "|" : "") + words[i];
  return out + ")";
}

Tables load_tables() {
  Tables t;
  for (const auto& r : rows("months.tsv", 2))
    for (const auto& name : split(r[1], '|')) t.months[lower(name)] = std::stoi(r[0]);
  for (const auto& r : rows("weekdays.tsv", 2))
    for (const auto& name : split(r[1], '|')) t.weekdays[lower(name)] = std::stoi(r[0]);
  for (const auto& r : rows("numbers.tsv", 2)) t.numbers[r[0]] = std::stod(r[1]);
  for (auto line : data::lines("timex/vague_numbers.txt")) t.vague_numbers.emplace_back(line);
  for (const auto& r : rows("units.tsv", 4)) {
    Unit u{r[1].empty() ? 'D' : r[1][0], r[2] == "T", std::stoi(r[3])};
    for (const auto& name : split(r[0], '|')) t.units[name] = u;
  }
  for (const auto& r : rows("seasons.tsv", 3)) t.seasons[r[0]] = Season{r[1], std::stoi(r[2])};
  for (const auto& r : rows("parts_of_day.tsv", 2)) t.parts[r[0]] = r[1];
  for (const auto& r : rows("ordinals.tsv", 2)) t.ordinals[r[0]] = std::stoi(r[1]);
  for (const auto& r : rows("tense.tsv", 2))
    t.tense[r[0]] = r[1] == "past" ? Tense::kPast : r[1] == "future" ? Tense::kFuture : Tense::kPresent;
  for (auto line : data::lines("timex/strip.txt")) t.strip.emplace_back(line);
  for (const auto& r : rows("vague.tsv", 3)) t.vague.push_back(Tables::Vague{r[1], r[2]});
  return t;
}

// The placeholders of patterns.tsv, filled from the tables.
std::map<std::string, std::string> placeholders(const Tables& t) {
  std::map<std::string, std::string> p;
  std::vector<std::string> months, month_names, weekdays, nums, units, units1, unitsp, vague, seasons, parts, ords;
  for (const auto& r : rows("months.tsv", 2)) {
    auto names = split(r[1], '|');
    for (size_t i = 0; i < names.size(); ++i) {
      std::string up = names[i];
      for (auto& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      std::string alt = quote(names[i]) + "|" + quote(up);
      if (i == 0) {
        month_names.push_back(alt);
        months.push_back(alt);
      } else {
        months.push_back("(?:" + alt + ")\\.?");
      }
    }
  }
  for (const auto& r : rows("weekdays.tsv", 2)) weekdays.push_back(quote(split(r[1], '|')[0]));
  for (const auto& [word, value] : t.numbers) nums.push_back(quote(word));
  std::string numword = alternation(nums);
  p["NUM"] = "(?:\\d+(?:[.,]\\d+)?|" + numword + "(?:-" + numword + ")?)";
  for (const auto& r : rows("units.tsv", 4)) {
    auto names = split(r[0], '|');
    for (size_t i = 0; i < names.size(); ++i) {
      units.push_back(quote(names[i]));
      if (i == 0) units1.push_back(quote(names[i]));
      if (i == 1) unitsp.push_back(quote(names[i]));
    }
  }
  for (const auto& v : t.vague_numbers) vague.push_back(quote(v));
  for (const auto& [name, s] : t.seasons)
    if (name != "fall") seasons.push_back(quote(name));  // "prices fall": needs context, see patterns.tsv
  for (const auto& [name, code] : t.parts) parts.push_back(quote(name));
  for (const auto& [name, n] : t.ordinals) ords.push_back(quote(name));
  p["MONTH"] = "(?-i:" + alternation(months) + ")";
  p["MONTHNAME"] = "(?-i:" + alternation(month_names) + ")";
  p["WEEKDAY"] = alternation(weekdays);
  p["UNIT"] = alternation(units);
  p["UNIT1"] = alternation(units1);
  p["UNITS"] = alternation(unitsp);
  p["VAGUE"] = alternation(vague);
  p["SEASON"] = alternation(seasons);
  p["PART"] = alternation(parts);
  p["ORD"] = alternation(ords);
  p["YEAR"] = "(?:1[89]\\d\\d|20\\d\\d)";
  p["DAY"] = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  p["ADJ"] = "(?:straight|consecutive|successive|trading|business|working|full|calendar)";
  p["MOD"] = "(?:the (?:beginning|start|end|middle|rest) of|early|late|mid|early in|late in)";
  return p;
}

std::string expand(const std::string& pattern, const std::map<std::string, std::string>& p) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      size_t close = pattern.find('}', i);
      if (close != std::string::npos) {
        auto it = p.find(pattern.substr(i + 1, close - i - 1));
        if (it != p.end()) {
          out += it->second;
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace

std::string lower(std::string_view s) { return utf8::ascii_lower(s); }

std::vector<std::string> words(std::string_view s) {
  auto split = [](char c) { return c == ' ' || c == ',' || c == '-' || c == '(' || c == ')' || c == '\t' || c == '\n'; };
  std::vector<std::string> out;
  out.reserve(8);
  for (size_t i = 0; i < s.size(); ++i) {
    size_t j = i;
    while (j < s.size() && !split(s[j])) ++j;
    std::string_view word = s.substr(i, j - i);
    if (!word.empty() && word.back() == '.' && word != "a.m." && word != "p.m.") word.remove_suffix(1);
    if (!word.empty()) {
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
      {"set", Kind::kSet},           {"time", Kind::kTime},       {"vague", Kind::kVague}};
  for (const auto& [n, k] : kNames)
    if (name == n) return k;
  return Kind::kOther;
}

const Tables& tables() {
  static const Tables t = load_tables();
  return t;
}

Scanner::Scanner() {
  const Tables& t = tables();
  auto p = placeholders(t);
  std::vector<std::string> alternatives;
  RE2::Options o;
  o.set_longest_match(true);
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  auto add = [&](const std::string& kind, const std::string& pattern, int vague) {
    std::string body = expand(pattern, p);
    // A leading apostrophe ("'80s") has no word boundary before it.
    std::string lead = body.rfind("'", 0) == 0 ? "" : "\\b";
    alternatives.push_back("(?:" + lead + "(?:" + body + ")\\b)");
    rules_.push_back(std::make_unique<RE2>(lead + "(?:" + body + ")\\b", o));
    if (!rules_.back()->ok()) throw Error("timex grammar: " + kind + ": " + rules_.back()->error());
    kinds_.push_back(kind);
    kind_ids_.push_back(kind_named(kind));
    vague_index_.push_back(vague);
  };
  for (const auto& r : rows("patterns.tsv", 2)) add(r[0], r[1], -1);
  int v = 0;
  for (const auto& r : rows("vague.tsv", 3)) add("vague", r[0], v++);
  std::string all;
  for (size_t i = 0; i < alternatives.size(); ++i) all += (i ? "|" : "") + alternatives[i];
  o.set_max_mem(512 << 20);
  any_ = std::make_unique<RE2>(all, o);
  if (!any_->ok()) throw Error("timex grammar: " + any_->error());
}

int Scanner::which(std::string_view piece) const {
  // The same pieces come back all the time ("Monday", "2008", "last week"), and trying
  // the rules one by one is most of the scanner's cost, so each thread (-j workers share
  // the scanner) remembers its answers, within a bound that keeps memory flat.
  struct Memo {
    const Scanner* owner = nullptr;
    std::unordered_map<std::string, int> rule;
  };
  thread_local Memo memo;
  if (memo.owner != this || memo.rule.size() >= kMemoLimit) {
    memo.rule.clear();
    memo.owner = this;
  }
  auto [it, inserted] = memo.rule.try_emplace(std::string(piece), -1);
  if (!inserted) return it->second;
  // Asking the combined regex for its groups costs an allocation the size of the whole
  // program per match; the rules one by one on the few bytes matched cost nothing.
  re2::StringPiece p(piece.data(), piece.size());
  for (size_t i = 0; i < rules_.size(); ++i)
    if (RE2::FullMatch(p, *rules_[i])) return it->second = static_cast<int>(i);
  return -1;
}

void Scanner::scan(std::string_view text, std::vector<std::pair<size_t, size_t>>& spans,
                   std::vector<int>& rules) const {
  re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  re2::StringPiece whole;
  while (pos < text.size()) {
    // Find the match bounds with the DFA alone, then ask which rule on the match only.
    if (!any_->Match(input, pos, text.size(), RE2::UNANCHORED, &whole, 1)) break;
    size_t b = static_cast<size_t>(whole.data() - text.data());
    size_t e = b + whole.size();
    if (e == b) {
      pos = b + 1;
      continue;
    }
    spans.emplace_back(b, e);
    rules.push_back(which(text.substr(b, e - b)));
    pos = e;
  }
}

int Scanner::full_match(std::string_view text) const { return which(text); }

const Scanner& scanner() {
  static const Scanner s;
  return s;
}

}  // namespace dossier::timex::grammar
