// The one combined scanner built from patterns.tsv and vague.tsv with the placeholders the
// tables fill in: where matches are, and which rule each is (context checks: context.cc).
// Tested by scanner_test.cc.
#include "scanner.h"

#include <algorithm>
#include <cctype>
#include <mutex>
#include <string>
#include <unordered_map>

#include "dossier/data.h"
#include "dossier/error.h"
#include "edge_bytes.h"
#include "needed_words.h"
#include "tables.h"

namespace dossier::timex::grammar {
namespace {

// Pieces whose rule a thread remembers before it starts over.
constexpr size_t kMemoLimit = 1 << 16;

std::vector<std::string> as_strings(const std::vector<std::string_view>& views) { return {views.begin(), views.end()}; }

std::string quote(const std::string& word) { return RE2::QuoteMeta(word); }

// In byte order, so that words sharing a prefix sit together and RE2 factors the prefix out
// ("eight(?:|een|y)"): smaller programs to compile and smaller DFA states (longest first cost
// 5% more of timeline's instructions on 150 documents). RE2 takes the longest whole match in
// any order, but where two parses of a rule with a capturing group cover the same text, which
// bounds its group gets does depend on the order: no rule with a group has such a choice at
// its group's edge today (scanner_test.cc and the timex tests pin their spans).
std::string alternation(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::string out = "(?:";
  for (size_t i = 0; i < words.size(); ++i) out += (i ? "|" : "") + words[i];
  return out + ")";
}

// The placeholders of patterns.tsv, filled from the tables.
// {END}: a rule whose text ends with it takes no word boundary after it (Scanner's add).
constexpr std::string_view kEndGuard = "(?:[^'\\x{2019}\\w-]|$)";

std::map<std::string, std::string> placeholders(const Tables& t) {
  std::map<std::string, std::string> p;
  std::vector<std::string> months, month_names, weekdays, nums, units, units1, unitsp, vague, seasons, parts, ords;
  // Months are matched capitalized or in capitals, and in lower case too where the name is
  // no common word ("march", "may" are); beside a day or a year any case will do.
  std::vector<std::string> months_lower, months_any;
  for (const auto& r : rows("months.tsv", 2)) {
    auto names = as_strings(data::split(r[1], '|'));
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
    auto names = as_strings(data::split(r[1], '|'));
    for (size_t i = 1; i < names.size(); ++i) weekday_abbreviations.push_back(quote(names[i]) + "\\.?");
  }
  for (const auto& r : rows("weekdays.tsv", 2)) weekdays.push_back(quote(std::string(data::split(r[1], '|')[0])));
  for (const auto& [word, value] : t.numbers) nums.push_back(quote(word));
  std::string numword = alternation(nums);
  p["NUM"] = "(?:\\d+(?:[.,]\\d+)?|" + numword + "(?:-" + numword + ")?)";
  // The decades in words: "twenties" to "nineties", from the tens' number words.
  std::vector<std::string> decade_words;
  for (const auto& [word, value] : t.numbers)
    if (value >= 20 && value <= 90 && static_cast<int>(value) % 10 == 0 && word.size() > 1 && word.back() == 'y')
      decade_words.push_back(quote(word.substr(0, word.size() - 1) + "ies"));
  p["DECADEW"] = alternation(decade_words);
  p["NUMW"] = numword;
  for (const auto& r : rows("units.tsv", 4)) {
    auto names = as_strings(data::split(r[0], '|'));
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
  std::vector<std::string> period_verbs;
  for (const auto& v : t.period_verbs) period_verbs.push_back(quote(v));
  p["PERIODVERB"] = alternation(period_verbs);
  p["ORD"] = alternation(ords);
  // The words of a year of accounts ("fiscal", "financial"); the prefixes ("FY2030") are a
  // written form of their own in patterns.tsv.
  std::vector<std::string> fiscal(t.fiscal_words.begin(), t.fiscal_words.end());
  for (auto& w : fiscal) w = quote(w);
  p["FISCAL"] = alternation(fiscal);
  p["YEAR"] = "(?:1[89]\\d\\d|20\\d\\d)";
  // Hours and minutes of the clock in words: "seven", "thirty", "oh five" ("o five", "zero five"), "forty-five".
  const std::string units9 = "(?:one|two|three|four|five|six|seven|eight|nine)";
  p["HOURW"] = "(?:" + units9.substr(3, units9.size() - 4) + "|ten|eleven|twelve)";
  p["MINW"] = "(?:(?:oh|o|zero)[ -]" + units9 + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:[ -]" +
              units9 + ")?)";
  // A year in words as it is spoken: "two thousand (and) ten", "nineteen ninety-five", "twenty
  // twelve", "nineteen oh five" (resolver.cc's year_in reads it).
  const std::string teens = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
  const std::string tens = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -]" + units9 + ")?)";
  p["YEARW"] = "(?:two thousand(?: and)? (?:" + teens + "|" + tens + "|" + units9 + ")|(?:eighteen|nineteen|twenty) (?:" + teens + "|" + tens +
               "|(?:oh|o) " + units9 + "))";
  p["DAY"] = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  p["ADJ"] = "(?:more|straight|consecutive|successive|trading|business|working|full|whole|calendar|upcoming)";
  p["ZONE"] = "(?:(?:UTC|GMT)(?: ?[+-] ?\\d{1,2}(?::?\\d\\d)?)?|(?-i:[ECMP][SD]T|[ECMP]T|CES?T|EES?T|BST|IST|JST|KST|HKT|SGT|AES?T|MSK|WIB))";
  p["MOD"] = "(?:(?:the )?(?:beginning|start|end|middle|rest) of|early|late|mid|early in|late in)";
  // What may follow a timex that "last year" ends, outside its capturing group: no possessive
  // or compound ("March last year's winner", "last year-on-year"); it may end the text.
  p["END"] = std::string(kEndGuard);
  // An hour of the clock, in figures with its minutes or a word, "o'clock" or not, and a part of a named
  // day: "8:30", "seven", "ten o'clock", "tonight", "last night", "tomorrow evening".
  p["CLOCK"] = "(?:(?:(?:[1-9]|1[0-2])(?:[:.][0-5]\\d)?|" + p["HOURW"] + ")(?: o(?:'|\\x{2019})?clock)?)";
  std::vector<std::string> alone, days, day_parts;
  for (const auto& x : t.daypart_alone) alone.push_back(quote(x));
  for (const auto& x : t.daypart_days) days.push_back(quote(x));
  for (const auto& x : t.daypart_parts) day_parts.push_back(quote(x));
  p["DAYPART"] = "(?:" + alternation(alone) + "|(?:" + alternation(days) + "|" + p["WEEKDAY"] + ") " + alternation(day_parts) + ")";
  // A date after a clock time: "at 6:15 PM on Wed, Oct 18", "midnight on December 12", and
  // after the full stop of a.m. or p.m. "9 p.m. on Dec. 31", a lower-case "on" only ("at 5
  // p.m. On May 2 ..." is a sentence of its own), or "ON" as a line written in capitals has it
  // ("7:30 P.M. ON NOV. 4"; in any text, where it is rare). After a clock without a.m. or p.m. such a
  // full stop ends a sentence whose next one opens in small letters ("at noon. on 2 October"),
  // which only broken text does: a placeholder of its own for the rules with a.m. or p.m.
  // would write the date's pattern into three more rules, 15 M instructions at every start.
  const std::string date_after = p["WDPRE"] + "?(?:" + p["MONTHX"] + " (?:the )?" + p["DAY"] + "|(?:the )?" + p["DAY"] +
                                 " (?:of )?" + p["MONTHX"] + ")(?:,? " + p["YEAR"] + ")?";
  p["TIMEDATE"] = "(?:(?: on|\\. (?-i:on|ON)) " + date_after + ")";
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

// True when PATTERN (of KIND) has GROUPS == 1, false for none; throws Error for more.
bool one_group(int groups, const std::string& pattern, const std::string& kind) {
  if (groups > 1) throw Error("timex grammar: " + kind + ": more than one capturing group in " + pattern);
  return groups == 1;
}

}  // namespace

bool has_timex_group(const RE2& rule, const std::string& kind) {
  return one_group(rule.NumberOfCapturingGroups(), rule.pattern(), kind);
}

int capturing_groups(std::string_view pattern) {
  int groups = 0;
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char ch = pattern[i];
    if (ch == '\\') {
      ++i;  // an escaped byte is a literal ("\\(")
    } else if (in_class) {
      if (ch == ']') in_class = false;
    } else if (ch == '[') {
      in_class = true;
      // A ']' first in the class (after any '^') is a literal.
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') ++i;
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') ++i;
    } else if (ch == '(') {
      // "(?:" and "(?i)" capture nothing; "(?P<name>" does.
      bool named = pattern.compare(i + 1, 3, "?P<") == 0;
      if (named || i + 1 >= pattern.size() || pattern[i + 1] != '?') ++groups;
    }
  }
  return groups;
}

Scanner::Scanner() {
  const Tables& t = tables();
  auto p = placeholders(t);
  std::vector<std::string> alternatives;
  options_.set_longest_match(true);
  options_.set_case_sensitive(false);
  options_.set_log_errors(false);
  // The combined regex is a large program: the default budget is too small.
  RE2::Options large = options_;
  large.set_max_mem(int64_t{512} << 20);
  auto add = [&](const std::string& kind, const std::string& pattern, int vague) {
    std::string body = expand(pattern, p);
    // A leading apostrophe ("'80s") or bracket has no word boundary before it, and a closing
    // bracket none after it ("(1100 GMT)"), nor {END}, the guard on what follows a timex,
    // which may end the text.
    auto ends_with = [&](std::string_view tail) {
      return body.size() >= tail.size() && body.compare(body.size() - tail.size(), tail.size(), tail) == 0;
    };
    std::string lead = body.rfind("'", 0) == 0 || body.rfind("\\(", 0) == 0 ? "" : "\\b";
    std::string trail = ends_with("\\)") || ends_with(kEndGuard) ? "" : "\\b";
    alternatives.push_back("(?:" + lead + "(?:" + body + ")" + trail + ")");
    std::string whole = lead + "(?:" + body + ")" + trail;
    kinds_.push_back(kind);
    kind_ids_.push_back(kind_named(kind));
    // A rule alone is compiled only when first needed (rule_alone()): to name a piece whose
    // first and last bytes it may begin and end with, or for its group's bounds. Its groups are counted from
    // its text, which gives RE2's count for any pattern RE2 accepts (the combined regex
    // checks that every rule is one). Compiling the rules with a group here cost 12.7 M
    // instructions a run, 3% of timeline's start-up, for rules that a corpus may never match.
    edges_.push_back(edge_bytes(whole));
    wholes_.push_back(whole);
    has_group_.push_back(one_group(capturing_groups(whole), whole, kind));
    end_guard_.push_back(ends_with(kEndGuard));
    if (end_guard_.back() && !has_group_.back())
      throw Error("timex grammar: " + kind + ": {END} after no capturing group in " + pattern);
    vague_index_.push_back(vague);
  };
  for (const auto& r : rows("patterns.tsv", 2)) add(r[0], r[1], -1);
  for (auto line : data::lines("timex/shifts.txt")) {
    if (!shift_pattern_.empty()) throw Error("timex grammar: shifts.txt: one pattern only");
    shift_pattern_ = "\\b(?:" + expand(std::string(line), p) + ") $";
  }
  int v = 0;
  for (const auto& r : rows("vague.tsv", 3)) add("vague", r[0], v++);
  rules_.resize(wholes_.size());
  compiled_ = std::make_unique<std::once_flag[]>(wholes_.size());
  words_.resize(wholes_.size());
  words_read_ = std::make_unique<std::once_flag[]>(wholes_.size());
  // The combined regex only finds where matches are (first_rule() names their rule), and the
  // longest match does not depend on the order of the alternatives: sorted, the rules that
  // begin with a word boundary sit together and share it (fewer instructions per DFA state).
  std::sort(alternatives.begin(), alternatives.end());
  std::string all;
  for (size_t i = 0; i < alternatives.size(); ++i) all += (i ? "|" : "") + alternatives[i];
  any_ = std::make_unique<RE2>(all, large);
  if (!any_->ok()) throw Error("timex grammar: " + any_->error());
}

const RE2& Scanner::rule_alone(size_t i) const {
  // -j workers share the scanner: each rule is compiled once, by the first thread that
  // needs it, and never changed after; once compiled, asking costs one atomic load, and a
  // const RE2 matches from any thread.
  std::call_once(compiled_[i], [&] {
    auto re = std::make_unique<RE2>(wholes_[i], options_);
    if (!re->ok()) throw Error("timex grammar: " + kinds_[i] + ": " + re->error());
    rules_[i] = std::move(re);
  });
  return *rules_[i];
}

const std::vector<std::vector<std::string>>& Scanner::rule_words(size_t i) const {
  std::call_once(words_read_[i], [&] { words_[i] = needed_words(wholes_[i]); });
  return words_[i];
}

size_t Scanner::shift_start(std::string_view text, size_t b) const {
  // Only "after " or "before " right before the holiday calls for the pattern.
  auto ends_with = [&](std::string_view w) {  // " after " before B, in any case
    return b >= w.size() + 2 && text[b - 1] == ' ' && text[b - w.size() - 2] == ' ' && folded_equals(text.substr(b - w.size() - 1, w.size()), w);
  };
  if (shift_pattern_.empty() || !(ends_with("after") || ends_with("before"))) return std::string_view::npos;
  std::call_once(shift_compiled_, [&] {
    auto re = std::make_unique<RE2>(shift_pattern_, options_);
    if (!re->ok()) throw Error("timex grammar: shifts.txt: " + re->error());
    shift_ = std::move(re);
  });
  const size_t from = b > 96 ? b - 96 : 0;
  re2::StringPiece window(text.data() + from, b - from), m;
  if (!shift_->Match(window, 0, window.size(), RE2::UNANCHORED, &m, 1)) return std::string_view::npos;
  return from + static_cast<size_t>(m.data() - window.data());
}

int Scanner::first_rule(std::string_view piece, bool filtered) const {
  // Which rule matched a piece used to be asked of one RE2::Set of all rules, whose parse and
  // compile cost 166 M instructions at every start (a third of the start-up) for the few
  // hundred distinct pieces a corpus has. The rules are tried in order instead, each
  // compiled when first tried, and only those that may begin with the piece's first byte,
  // end with its last and be as short as it: the first that matches wins, as the lowest rule
  // the set named did.
  re2::StringPiece p(piece.data(), piece.size());
  const bool skip = filtered && !piece.empty();
  const auto first = skip ? static_cast<unsigned char>(piece.front()) : 0;
  const auto last = skip ? static_cast<unsigned char>(piece.back()) : 0;
  const std::bitset<128> held = skip ? piece_bytes(piece) : std::bitset<128>();
  // The strings a rule needs are asked of a piece of ASCII text only, in lower case (a
  // character beyond ASCII may fold to a letter of a rule's).
  std::string lowered;
  const bool ascii = skip && std::all_of(piece.begin(), piece.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii)
    for (char c : piece) lowered += c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
  for (size_t i = 0; i < wholes_.size(); ++i) {
    const EdgeBytes& edges = edges_[i];
    if (skip && !(piece.size() >= edges.min_length && edges.first.test(first) && edges.last.test(last) && (edges.needs & ~held).none()))
      continue;
    if (ascii && !holds_words(lowered, rule_words(i))) continue;
    if (RE2::FullMatch(p, rule_alone(i))) return static_cast<int>(i);
  }
  return -1;
}

std::pair<size_t, size_t> Scanner::group(int rule, std::string_view piece) const {
  const auto i = static_cast<size_t>(rule);
  if (!has_group_[i]) return {0, 0};
  re2::StringPiece input(piece.data(), piece.size()), g;
  if (!RE2::FullMatch(input, rule_alone(i), &g) || g.data() == nullptr) return {0, 0};
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
  // program per match, and keeps RE2 from factoring the rules (bench/README.md).
  return it->second = first_rule(piece, true);
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
    const int rule = which(text.substr(b, e - b));
    rules.push_back(rule);
    // After a rule that ends in {END}, the scan goes on from its group's end: the mark after
    // the timex may open the next one ("last year(1100 GMT)"). Other context after a group
    // stays read ("three days earlier than": no "earlier" of its own).
    const size_t group_end = rule >= 0 && end_guard_[static_cast<size_t>(rule)] ? group(rule, text.substr(b, e - b)).second : 0;
    pos = group_end > 0 ? b + group_end : e;
  }
}

int Scanner::full_match(std::string_view text) const { return which(text); }

int Scanner::full_match_trying_all(std::string_view text) const { return first_rule(text, false); }

const Scanner& scanner() {
  // Built once and never torn down: freeing its programs at exit cost as much as a
  // megabyte of text's scan, for memory the process gives back anyway.
  static const Scanner* const s = new Scanner();
  return *s;
}

}  // namespace dossier::timex::grammar
