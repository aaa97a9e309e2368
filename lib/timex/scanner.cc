// The one combined scanner built from patterns.tsv and the placeholders the tables fill
// in, and the checks on a match's context (amounts, names, leading prepositions).
// Tested by scanner_test.cc.
#include "scanner.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include "dossier/error.h"
#include "tables.h"

namespace dossier::timex::grammar {
namespace {

// Pieces whose rule a thread remembers before it starts over.
constexpr size_t kMemoLimit = 1 << 16;

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

// The placeholders of patterns.tsv, filled from the tables.
std::map<std::string, std::string> placeholders(const Tables& t) {
  std::map<std::string, std::string> p;
  std::vector<std::string> months, month_names, weekdays, nums, units, units1, unitsp, vague, seasons, parts, ords;
  // Months are matched capitalized or in capitals, and in lower case too where the name is
  // no common word ("march", "may" are); beside a day or a year any case will do.
  std::vector<std::string> months_lower, months_any;
  for (const auto& r : rows("months.tsv", 2)) {
    auto names = split(r[1], '|');
    for (size_t i = 0; i < names.size(); ++i) {
      std::string up = names[i];
      for (auto& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      std::string alt = quote(names[i]) + "|" + quote(up);
      std::string low = lower(names[i]);
      if (i == 0) {
        month_names.push_back(alt);
        months.push_back(alt);
        if (low != "may" && low != "march") months_lower.push_back(quote(low));
        if (low != "may") months_any.push_back(quote(low));
      } else {
        months.push_back("(?:" + alt + ")\\.?");
        months_any.push_back(quote(low) + "\\.?");
      }
    }
  }
  std::vector<std::string> day_words, weekday_abbreviations;
  for (const auto& [word, n] : t.day_ordinals) {
    std::string w = quote(word);
    for (size_t k = w.find("\\ "); k != std::string::npos; k = w.find("\\ ", k)) w.replace(k, 2, "[ -]");
    day_words.push_back(w);
  }
  for (const auto& r : rows("weekdays.tsv", 2)) {
    auto names = split(r[1], '|');
    for (size_t i = 1; i < names.size(); ++i) weekday_abbreviations.push_back(quote(names[i]) + "\\.?");
  }
  for (const auto& r : rows("weekdays.tsv", 2)) weekdays.push_back(quote(split(r[1], '|')[0]));
  for (const auto& [word, value] : t.numbers) nums.push_back(quote(word));
  std::string numword = alternation(nums);
  p["NUM"] = "(?:\\d+(?:[.,]\\d+)?|" + numword + "(?:-" + numword + ")?)";
  p["NUMW"] = numword;
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
  p["MONTH"] = "(?:(?-i:" + alternation(months) + ")|(?-i:" + alternation(months_lower) + "))";
  p["MONTHX"] = "(?:(?-i:May|MAY)|" + alternation(months_any) + ")";
  p["DAYWORD"] = alternation(day_words);
  std::vector<std::string> holidays;
  for (const auto& h : t.holidays) holidays.push_back("(?:" + h.pattern + ")");
  p["HOLIDAY"] = alternation(holidays);
  p["WDANY"] = "(?:" + alternation(weekdays) + "|" + alternation(weekday_abbreviations) + ")";
  p["WDPRE"] = "(?:" + p["WDANY"] + ",? (?:the )?)";
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
  // Hours and minutes of the clock in words: "seven", "thirty", "oh five", "forty-five".
  const std::string units9 = "(?:one|two|three|four|five|six|seven|eight|nine)";
  p["HOURW"] = "(?:" + units9.substr(3, units9.size() - 4) + "|ten|eleven|twelve)";
  p["MINW"] = "(?:oh[ -]" + units9 + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:[ -]" +
              units9 + ")?)";
  p["DAY"] = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  p["ADJ"] = "(?:straight|consecutive|successive|trading|business|working|full|whole|calendar)";
  p["ZONE"] = "(?:(?:UTC|GMT)(?: ?[+-] ?\\d{1,2}(?::?\\d\\d)?)?|(?-i:[ECMP][SD]T|[ECMP]T|CES?T|EES?T|BST|IST|JST|KST|HKT|SGT|AES?T|MSK|WIB))";
  p["MOD"] = "(?:the (?:beginning|start|end|middle|rest) of|early|late|mid|early in|late in)";
  // A date after a clock time: "at 6:15 PM on Wed, Oct 18", "midnight on December 12".
  p["TIMEDATE"] = "(?: on " + p["WDPRE"] + "?(?:" + p["MONTHX"] + " (?:the )?" + p["DAY"] + "|(?:the )?" + p["DAY"] +
                  " (?:of )?" + p["MONTHX"] + ")(?:,? " + p["YEAR"] + ")?)";
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

bool has_timex_group(const RE2& rule, const std::string& kind) {
  int groups = rule.NumberOfCapturingGroups();
  if (groups > 1) throw Error("timex grammar: " + kind + ": more than one capturing group in " + rule.pattern());
  return groups == 1;
}

Scanner::Scanner(int64_t set_memory) {
  const Tables& t = tables();
  auto p = placeholders(t);
  std::vector<std::string> alternatives;
  options_.set_longest_match(true);
  options_.set_case_sensitive(false);
  options_.set_log_errors(false);
  // The combined regex and the set are large programs: the default budget is too small.
  RE2::Options large = options_;
  large.set_max_mem(int64_t{512} << 20);
  RE2::Options set_options = options_;
  set_options.set_max_mem(set_memory);
  // Which rule matched a piece: one set of all rules, anchored at both ends, answers in one
  // DFA pass over the piece, where trying the rules in order took a regex per rule
  // (tested by scanner_test.cc).
  set_ = std::make_unique<RE2::Set>(set_options, RE2::ANCHOR_BOTH);
  auto add = [&](const std::string& kind, const std::string& pattern, int vague) {
    std::string body = expand(pattern, p);
    // A leading apostrophe ("'80s") has no word boundary before it.
    std::string lead = body.rfind("'", 0) == 0 ? "" : "\\b";
    alternatives.push_back("(?:" + lead + "(?:" + body + ")\\b)");
    std::string whole = lead + "(?:" + body + ")\\b";
    std::string error;
    if (set_->Add(whole, &error) < 0) throw Error("timex grammar: " + kind + ": " + error);
    kinds_.push_back(kind);
    kind_ids_.push_back(kind_named(kind));
    // Each rule alone, compiled now: it tells the number of capturing groups (at most one,
    // the timex inside its context), and matching it later needs no lock.
    rules_.push_back(std::make_unique<RE2>(whole, options_));
    if (!rules_.back()->ok()) throw Error("timex grammar: " + kind + ": " + rules_.back()->error());
    has_group_.push_back(has_timex_group(*rules_.back(), kind));
    vague_index_.push_back(vague);
  };
  for (const auto& r : rows("patterns.tsv", 2)) add(r[0], r[1], -1);
  int v = 0;
  for (const auto& r : rows("vague.tsv", 3)) add("vague", r[0], v++);
  if (!set_->Compile()) set_.reset();  // out of memory: the rules one by one answer instead
  std::string all;
  for (size_t i = 0; i < alternatives.size(); ++i) all += (i ? "|" : "") + alternatives[i];
  any_ = std::make_unique<RE2>(all, large);
  if (!any_->ok()) throw Error("timex grammar: " + any_->error());
}

int Scanner::which_one_by_one(re2::StringPiece piece) const {
  for (size_t i = 0; i < rules_.size(); ++i)
    if (RE2::FullMatch(piece, *rules_[i])) return static_cast<int>(i);
  return -1;
}

std::pair<size_t, size_t> Scanner::group(int rule, std::string_view piece) const {
  // The rules are compiled and never changed after construction, and a const RE2 matches
  // from any thread: -j workers take no lock here.
  re2::StringPiece input(piece.data(), piece.size()), g;
  if (!RE2::FullMatch(input, *rules_[static_cast<size_t>(rule)], &g) || g.data() == nullptr) return {0, 0};
  size_t b = static_cast<size_t>(g.data() - piece.data());
  return {b, b + g.size()};
}

int Scanner::which(std::string_view piece) const {
  // The same pieces come back all the time ("Monday", "2008", "last week"), so each thread
  // (-j workers share the scanner) remembers its answers, within a bound that keeps memory
  // flat.
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
  // program per match; the set runs its DFA on the few bytes matched. The first rule that
  // matches wins, as it would trying the rules in order.
  re2::StringPiece p(piece.data(), piece.size());
  thread_local std::vector<int> matched;
  matched.clear();
  RE2::Set::ErrorInfo info{RE2::Set::kNoError};
  if (set_ && set_->Match(p, &matched, &info))
    return it->second = *std::min_element(matched.begin(), matched.end());
  if (set_ && info.kind == RE2::Set::kNoError) return -1;
  return it->second = which_one_by_one(p);
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

// Leading words of strip.txt ("on Thursday", "for years", "has long") leave the span.
size_t strip_leading(std::string_view text, size_t b, size_t e) {
  const auto& strip = tables().strip;
  while (true) {
    size_t sp = text.find(' ', b);
    if (sp == std::string_view::npos || sp >= e) return b;
    std::string first = lower(text.substr(b, sp - b));
    if (std::find(strip.begin(), strip.end(), first) == strip.end()) return b;
    b = sp + 1;
  }
}

// A number that is part of an amount ("$2008", "2,010", "2010%") is no year.
bool numeric_context_ok(std::string_view text, size_t b, size_t e) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (digit(text[b]) && b > 0) {
    char p = text[b - 1];
    if (p == '$' || p == '#' || p == '.' || p == ',' || p == '/' || p == ':') return false;
    if (b >= 2 && (static_cast<unsigned char>(p) == 0xac || static_cast<unsigned char>(p) == 0xa3)) return false;  // euro, pound
  }
  if (digit(text[e - 1]) && e < text.size()) {
    char n = text[e];
    if (n == '%' || n == '/' || n == ':') return false;
    if ((n == ',' || n == '.') && e + 1 < text.size() && digit(text[e + 1])) return false;
  }
  return true;
}

// A bare number between two capitalized words is part of a name ("Russell 2000 Index").
bool is_name_part(std::string_view text, size_t b, size_t e) {
  auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (b < 2 || text[b - 1] != ' ' || e + 1 >= text.size() || text[e] != ' ' || !capital(text[e + 1])) return false;
  size_t ws = text.rfind(' ', b - 2);
  ws = ws == std::string_view::npos ? 0 : ws + 1;
  if (!capital(text[ws])) return false;
  std::string prev = lower(text.substr(ws, b - 1 - ws));
  // After a possessive the number is a year that qualifies the noun ("Norway's 2014 Council
  // Presidency").
  if (prev.size() > 2 && (prev.compare(prev.size() - 2, 2, "'s") == 0 || prev.compare(prev.size() - 2, 2, "s'") == 0 ||
                          (prev.size() > 4 && prev.compare(prev.size() - 4, 4, "\u2019s") == 0)))
    return false;
  const auto& strip = tables().strip;
  return std::find(strip.begin(), strip.end(), prev) == strip.end();
}

// "three-quarters of the vote", "three quarters of its members": a share, not a length of
// time ("two quarters of growth" stays one).
bool is_fraction(std::string_view text, size_t b, size_t e) {
  std::string m = lower(text.substr(b, e - b));
  if (m.size() < 7 || (m.compare(m.size() - 7, 7, "quarter") != 0 && (m.size() < 8 || m.compare(m.size() - 8, 8, "quarters") != 0)))
    return false;
  if (m.find("-quarter") != std::string::npos) return true;
  if (text.substr(e, 4) != " of ") return false;
  size_t we = e + 4;
  while (we < text.size() && is_word_byte(text[we])) ++we;
  static const char* const kDeterminers[] = {"the", "a", "an", "its", "their", "his", "her", "our", "all", "those", "these", "this", "that"};
  std::string next = lower(text.substr(e + 4, we - e - 4));
  for (const char* d : kDeterminers)
    if (next == d) return true;
  return false;
}

bool follows_name(std::string_view text, size_t b) {
  if (b < 2 || text[b - 1] != ' ') return false;
  size_t ws = text.rfind(' ', b - 2);
  ws = ws == std::string_view::npos ? 0 : ws + 1;
  std::string_view prev = text.substr(ws, b - 1 - ws);
  if (std::none_of(prev.begin(), prev.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
  std::string low = lower(prev);
  const auto& t = tables();
  const auto& strip = t.strip;
  return std::find(strip.begin(), strip.end(), low) == strip.end() && !t.months.count(low) && !t.seasons.count(low);
}

size_t year_before_singular_year(std::string_view text, size_t b, size_t e) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = b; i + 4 < e; ++i) {
    if (!digit(text[i]) || (i > b && (digit(text[i - 1]) || text[i - 1] == ',' || text[i - 1] == '.'))) continue;
    size_t j = i;
    while (j < e && digit(text[j])) ++j;
    if (j - i == 4 && j + 5 <= text.size() && (text[j] == ' ' || text[j] == '-') && lower(text.substr(j + 1, 4)) == "year" &&
        (j + 5 == text.size() || !is_word_byte(text[j + 5])))
      return i;
    i = j;
  }
  return std::string_view::npos;
}

bool noun_follows(std::string_view text, size_t e) {
  // The words that may follow a day of the month: prepositions and conjunctions.
  static const char* const kFree[] = {"of", "and", "or", "at", "in", "on", "to", "through", "until", "till", "when",
                                      "from", "for", "but", "with", "as", "after", "before", "is", "was", "will"};
  if (e + 1 >= text.size() || text[e] != ' ') return false;
  size_t we = e + 1;
  while (we < text.size() && is_word_byte(text[we])) ++we;
  if (we == e + 1) return false;
  std::string word = lower(text.substr(e + 1, we - e - 1));
  for (const char* f : kFree)
    if (word == f) return false;
  return true;
}

}  // namespace dossier::timex::grammar

namespace dossier::timex {

const std::string& rule_kind(int rule) { return grammar::scanner().kind(rule); }

std::vector<Match> scan(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> spans;
  std::vector<int> rules;
  grammar::scanner().scan(text, spans, rules);
  std::vector<Match> out;
  out.reserve(spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    auto [b, e] = spans[i];
    if (rules[i] < 0 || !grammar::numeric_context_ok(text, b, e)) continue;
    if (grammar::scanner().has_group(rules[i])) {  // the group is the timex, the rest its context
      auto [gb, ge] = grammar::scanner().group(rules[i], text.substr(b, e - b));
      if (ge <= gb) continue;
      e = b + ge;
      b += gb;
    }
    b = grammar::strip_leading(text, b, e);
    if (b > 0 && grammar::is_word_byte(text[b - 1]) && grammar::is_word_byte(text[b])) continue;
    if (grammar::scanner().kind_id(rules[i]) == grammar::Kind::kYear && e - b == 4 && grammar::is_name_part(text, b, e)) continue;
    grammar::Kind kind = grammar::scanner().kind_id(rules[i]);
    if (kind == grammar::Kind::kOrdinalDay && grammar::noun_follows(text, e)) continue;
    // "the fall of the old regime", "the future of the treaty": a noun with "of"
    // after it names an event or a state of things, not a time (a year after "of" would
    // have been part of the match).
    if ((kind == grammar::Kind::kVague || kind == grammar::Kind::kSeason) && e - b > 4 && text.substr(e, 4) == " of " &&
        (text.compare(b, 4, "the ") == 0 || text.compare(b, 4, "The ") == 0))
      continue;
    // An age ("a 22-year-old", "the 72-year-olds") is no timex in TimeML.
    if ((kind == grammar::Kind::kDuration || kind == grammar::Kind::kAmountRange) && text.substr(e, 4) == "-old") continue;
    // "now-cancelled", "then-present": a vague word glued to an adjective is part of it.
    if (kind == grammar::Kind::kVague && e < text.size() && text[e] == '-') continue;
    // "iLife '11", "Windows '95": a year written short after a name is part of the name.
    if (kind == grammar::Kind::kYear && text[b] == '\'' && grammar::follows_name(text, b)) continue;
    // "the 1960 year" is no length of 1960 years: the number is the year, the unit a noun.
    if (kind == grammar::Kind::kDuration || kind == grammar::Kind::kAmountRange) {
      size_t year_b = grammar::year_before_singular_year(text, b, e);
      if (year_b != std::string_view::npos) {
        int rule = kind == grammar::Kind::kDuration ? grammar::scanner().full_match(text.substr(year_b, 4)) : -1;
        if (rule >= 0) out.push_back(Match{year_b, year_b + 4, rule});
        continue;
      }
    }
    // "its best week since November": only the period is the timex.
    if (kind == grammar::Kind::kStreak) {
      size_t last = text.rfind(' ', e - 1);
      std::string tail = last == std::string_view::npos || last <= b ? "" : grammar::lower(text.substr(last + 1, e - last - 1));
      if (tail == "since" || tail == "in") {
        size_t unit_b = text.rfind(' ', last - 1) + 1;
        if (unit_b > b && unit_b < last) out.push_back(Match{unit_b, last, rules[i]});
        continue;
      }
    }
    if (kind == grammar::Kind::kDuration && grammar::is_fraction(text, b, e)) continue;
    if (kind == grammar::Kind::kWeekdayDay && grammar::noun_follows(text, e)) {
      // "on Tuesday the first generation": the weekday alone.
      size_t cut = text.find_first_of(", ", b);
      int rule = cut < e ? grammar::scanner().full_match(text.substr(b, cut - b)) : -1;
      if (rule >= 0) out.push_back(Match{b, cut, rule});
      continue;
    }
    out.push_back(Match{b, e, rules[i]});
  }
  return out;
}

}  // namespace dossier::timex
