#include "dossier/metadata.h"

#include <re2/re2.h>

#include <fmt/core.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <string_view>

#include "dossier/data.h"
#include "dossier/dateline.h"
#include "dossier/error.h"
#include "find_text.h"
#include "metadata_internal.h"
#include "news_line_patterns.h"
#include "regex_loosen.h"

namespace dossier {

// Kinds and labels are compared with string_view literals: inline, where a comparison with
// a C string was a library call and a strlen for each.
using namespace std::string_view_literals;

namespace {

struct DatePatterns {
  std::map<std::string, int> month;  // lower-case name -> number
  std::unique_ptr<RE2> day_month_year, month_day_year, iso;
};

const DatePatterns& date_patterns() {
  static const DatePatterns p = [] {
    DatePatterns d;
    std::string alt;
    for (auto line : data::lines("dates/months.tsv")) {
      auto tab = line.find('\t');
      int num = std::stoi(std::string(line.substr(0, tab)));
      std::string_view names = line.substr(tab + 1);
      while (!names.empty()) {
        auto bar = names.find('|');
        std::string name(names.substr(0, bar));
        std::string lower;
        for (char c : name) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
        d.month[lower] = num;
        if (!alt.empty()) alt += '|';
        alt += name;
        names.remove_prefix(bar == std::string_view::npos ? names.size() : bar + 1);
      }
    }
    d.day_month_year = std::make_unique<RE2>(R"(\b(\d{1,2})(?:st|nd|rd|th)?\s+()" + alt + R"()\.?,?\s+(\d{4})\b)");
    d.month_day_year = std::make_unique<RE2>(R"(\b()" + alt + R"()\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)");
    d.iso = std::make_unique<RE2>(R"(\b(\d{4})-(\d{2})-(\d{2})\b)");
    for (const RE2* re : {d.day_month_year.get(), d.month_day_year.get(), d.iso.get()})
      if (!re->ok()) throw Error("date pattern: " + re->error());
    return d;
  }();
  return p;
}

bool valid_date(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::optional<std::string> make_date(int y, int m, int d) {
  if (!valid_date(y, m, d)) return std::nullopt;
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

int month_number(const std::string& name) {
  std::string lower;
  for (char c : name) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  auto it = date_patterns().month.find(lower);
  return it == date_patterns().month.end() ? 0 : it->second;
}

struct Outlet {
  std::string name;
  std::vector<std::string> aliases;  // including the name
};

const std::vector<Outlet>& outlets() {
  static const std::vector<Outlet> list = [] {
    std::vector<Outlet> v;
    for (auto line : data::lines("publishers.tsv")) {
      auto tab = line.find('\t');
      Outlet o;
      o.name = std::string(line.substr(0, tab));
      o.aliases.push_back(o.name);
      std::string_view rest = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
      while (!rest.empty()) {
        auto bar = rest.find('|');
        o.aliases.emplace_back(rest.substr(0, bar));
        rest.remove_prefix(bar == std::string_view::npos ? rest.size() : bar + 1);
      }
      v.push_back(std::move(o));
    }
    return v;
  }();
  return list;
}

// The outlet whose alias appears in TEXT as a whole word (longest alias wins).
std::optional<std::string> find_outlet(const std::string& text, bool exact = false) {
  const Outlet* best = nullptr;
  size_t best_len = 0;
  // The bytes TEXT holds, one bit each: an alias whose first or last byte it lacks is not
  // searched for (a search per alias, some eighty, stopped at every capital it opens with).
  uint64_t holds[4] = {0, 0, 0, 0};
  if (!exact)
    for (unsigned char c : text) holds[c >> 6] |= uint64_t{1} << (c & 63);
  const auto held = [&](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return ((holds[c >> 6] >> (c & 63)) & 1) != 0;
  };
  for (const auto& o : outlets()) {
    for (const auto& a : o.aliases) {
      if (exact) {
        if (text == a && a.size() > best_len) {
          best = &o;
          best_len = a.size();
        }
        continue;
      }
      // An empty alias never wins (it is no longer than any best), nor one TEXT cannot hold.
      if (a.empty() || !held(a.front()) || !held(a.back())) continue;
      for (size_t p = text.find(a); p != std::string::npos; p = text.find(a, p + 1)) {
        auto word = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
        bool left = p == 0 || !word(text[p - 1]);
        bool right = p + a.size() >= text.size() || !word(text[p + a.size()]);
        if (left && right && a.size() > best_len) {
          best = &o;
          best_len = a.size();
        }
      }
    }
  }
  if (!best) return std::nullopt;
  return best->name;
}

std::optional<std::string> publisher_from_credit(const std::string& credit) {
  // "(AP, MT)": the last outlet named is the paper's own staff credit.
  std::string inner = credit.substr(1, credit.size() - 2);
  std::optional<std::string> found;
  size_t i = 0;
  while (i <= inner.size()) {
    size_t j = inner.find_first_of(",/", i);
    if (j == std::string::npos) j = inner.size();
    std::string tok = inner.substr(i, j - i);
    while (!tok.empty() && tok.front() == ' ') tok.erase(0, 1);
    while (!tok.empty() && tok.back() == ' ') tok.pop_back();
    if (auto o = find_outlet(tok, true)) found = o;
    i = j + 1;
  }
  return found;
}

using detail::find_text;

bool contains(std::string_view text, std::string_view needle) { return find_text(text, needle) != std::string_view::npos; }

// Cheap facts about a block that the "Place, date" patterns require (each pattern below has
// them as literal parts): checking them first spares most blocks two regex searches.
struct DatelineHints {
  bool upper_start;  // first byte can begin \p{Lu}: A-Z or a multi-byte lead byte
  bool comma;
  bool year_end;  // ends with a digit, or a digit and '.'
};

DatelineHints dateline_hints(const std::string& t) {
  DatelineHints h{};
  if (t.empty()) return h;
  unsigned char c0 = static_cast<unsigned char>(t[0]);
  h.upper_start = (c0 >= 'A' && c0 <= 'Z') || c0 >= 0xC0;
  h.comma = t.find(',') != std::string::npos;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  size_t n = t.size();
  h.year_end = digit(t[n - 1]) || (n >= 2 && t[n - 1] == '.' && digit(t[n - 2]));
  return h;
}

}  // namespace

bool is_iso_date(const std::string& s) {
  int y, m, d;
  if (s.size() != 10) return false;
  auto digits = [&](size_t from, size_t count) {
    int v = 0;
    for (size_t k = from; k < from + count; ++k) {
      if (s[k] < '0' || s[k] > '9') return -1;
      v = v * 10 + (s[k] - '0');
    }
    return v;
  };
  // The plain form is read directly (sscanf cost ~4k instructions, once per manifest
  // line); anything else keeps sscanf's reading, which also takes signs and blanks.
  y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  if (y >= 0 && m >= 0 && d >= 0 && s[4] == '-' && s[7] == '-') return valid_date(y, m, d);
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return false;
  if (s[4] != '-' || s[7] != '-') return false;
  return make_date(y, m, d).has_value();
}

std::optional<std::string> find_full_date(const std::string& text) {
  const auto& p = date_patterns();
  std::string a, b, c;
  if (RE2::PartialMatch(text, *p.day_month_year, &a, &b, &c))
    if (auto d = make_date(std::stoi(c), month_number(b), std::stoi(a))) return d;
  if (RE2::PartialMatch(text, *p.month_day_year, &a, &b, &c))
    if (auto d = make_date(std::stoi(c), month_number(a), std::stoi(b))) return d;
  if (RE2::PartialMatch(text, *p.iso, &a, &b, &c))
    if (auto d = make_date(std::stoi(a), std::stoi(b), std::stoi(c))) return d;
  return std::nullopt;
}

namespace {

// The "Place, date", "told" and stamp patterns, each compiled the first time a block passes the
// cheap test before it: compiling their Unicode classes was most of ingest's start-up, and
// many runs never meet a block that needs one of them.
std::unique_ptr<const RE2> compiled(const char* pattern) {
  auto re = std::make_unique<const RE2>(pattern);
  if (!re->ok()) throw Error(fmt::format("bad metadata pattern {}: {}", pattern, re->error()));
  return re;
}
// The "Place, date" patterns. Where the text they read is ASCII, their ASCII form
// (ascii_letters_pattern, 0.2-0.6 M instructions to compile) decides; elsewhere the loosened
// form (loosened_pattern: letter classes made a few ranges) rules a line out first, and the
// exact pattern's Unicode classes (15-20 M instructions each) are compiled for the first
// line the loosened form matches.
// The patterns are in news_line_patterns.h.
using detail::kPlaceDateLine;
using detail::kPlaceDateTail;
const RE2& place_date_tail_ascii() { static const auto re = compiled(detail::ascii_letters_pattern(kPlaceDateTail).c_str()); return *re; }
const RE2& place_date_line_ascii() { static const auto re = compiled(detail::ascii_letters_pattern(kPlaceDateLine).c_str()); return *re; }
const RE2& place_date_tail_loose() { static const auto re = compiled(detail::loosened_pattern(kPlaceDateTail).c_str()); return *re; }
const RE2& place_date_line_loose() { static const auto re = compiled(detail::loosened_pattern(kPlaceDateLine).c_str()); return *re; }
const RE2& place_date_tail() { static const auto re = compiled(kPlaceDateTail); return *re; }
const RE2& place_date_line() { static const auto re = compiled(kPlaceDateLine); return *re; }
// Whether TEXT's whole line is "Place, date" (its group in *WHOLE).
bool place_date_line_match(const std::string& text, std::string* whole) {
  if (detail::all_ascii(text)) return RE2::PartialMatch(text, place_date_line_ascii(), whole);
  return RE2::PartialMatch(text, place_date_line_loose()) && RE2::PartialMatch(text, place_date_line(), whole);
}
// "told" and the first capitalised word after it ("told The Daily Courier": "The " with it),
// or (where a word ends) the next capitalised word after spaces: told_name_at takes up to
// three more words one at a time. The pattern with the words repeated in it ({0,3} over a
// group holding \p{Lu} and \p{L}) compiled four copies of both classes, 27 M instructions
// a run against 8 M.
// Its ASCII form (ascii_letters_pattern) decides where the pattern can read only ASCII.
using detail::kToldWord;  // news_line_patterns.h
// RE2's \s.
bool re2_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
// The told pattern for a match from AT of TEXT: it takes letters, hyphens and spaces only,
// so it cannot read past the first other ASCII byte; its ASCII form when every byte before
// that one is ASCII, else the exact pattern.
const RE2& told_word_exact() { static const auto re = compiled(kToldWord); return *re; }
const RE2& told_word_ascii() { static const auto re = compiled(detail::ascii_letters_pattern(kToldWord).c_str()); return *re; }
const RE2& told_word(std::string_view text, size_t at) {
  for (size_t i = at; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) return told_word_exact();
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && c != '-' && !re2_space(static_cast<char>(c))) break;
  }
  return told_word_ascii();
}
const RE2& updated_stamp() { static const auto re = compiled(R"((?i)\b(updated|modified|edited|revised)\b)"); return *re; }
const RE2& published_stamp() { static const auto re = compiled(R"((?i)^\W*(published|posted|first published)\b)"); return *re; }

}  // namespace

std::optional<ToldName> told_name_at(std::string_view text, size_t at) {
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[1];
  if (!told_word(text, at).Match(input, at, input.size(), RE2::ANCHOR_START, groups, 1)) return std::nullopt;
  ToldName name;
  name.begin = at + 4;  // "told", then its spaces
  while (name.begin < text.size() && re2_space(text[name.begin])) ++name.begin;
  name.end = static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
  // Where a word ends the next byte is no letter, so "told" cannot open there: only the
  // alternative of spaces and a capitalised word can match.
  for (int more = 0; more < 3 && told_word(text, name.end).Match(input, name.end, input.size(), RE2::ANCHOR_START, groups, 1); ++more)
    name.end += groups[0].size();
  return name;
}

namespace {

// As RE2::PartialMatch(TEXT, place_date_tail(), WHOLE), but the pattern is tried anchored at
// each comma in turn (it opens with one): RE2 searches a pattern anchored only at its end
// with a reverse program, and compiling that was 31 M instructions a run. The leftmost
// comma where a match starts is where the unanchored search's match starts, and its group
// is the same.
bool place_date_at_end(const std::string& text, std::string* whole) {
  const re2::StringPiece input(text);
  re2::StringPiece groups[2];
  // A match from a comma after the text's last byte outside ASCII reads ASCII only.
  size_t ascii_from = text.size();
  while (ascii_from > 0 && static_cast<unsigned char>(text[ascii_from - 1]) < 0x80) --ascii_from;
  for (size_t at = text.find(','); at != std::string::npos; at = text.find(',', at + 1))
    if (at >= ascii_from
            ? place_date_tail_ascii().Match(input, at, input.size(), RE2::ANCHOR_START, groups, 2)
            : place_date_tail_loose().Match(input, at, input.size(), RE2::ANCHOR_START, nullptr, 0) &&
                  place_date_tail().Match(input, at, input.size(), RE2::ANCHOR_START, groups, 2)) {
      whole->assign(groups[1].data(), groups[1].size());
      return true;
    }
  return false;
}

// "-- Jane Doe, with Ann Lee in Oslo": a reporter's sign-off under the story. The pattern
// opens with a dash, so it is compiled (its Unicode classes, 31 M instructions, a sixth of a
// short run's fixed cost) only when a line that opens with one is tried; most pages end
// with no such line.
const RE2& sign_off() {
  static const auto re = compiled(
      R"(^(?:\x{2014}|\x{2013}|--)\s*\p{Lu}[\p{L}.'\x{2019}-]+(?:\s+\p{Lu}[\p{L}.'\x{2019}-]+){1,3}\s*,\s*(?:with|and|for|in)\s+\p{Lu}[^,]{1,40}$)");
  return *re;
}
bool sign_off_line(const std::string& text) {
  const std::string_view t(text);
  const bool dash = t.substr(0, 2) == "--" || t.substr(0, 3) == "\u2014" || t.substr(0, 3) == "\u2013";
  return dash && RE2::FullMatch(text, sign_off());
}

// Where " MARK " first occurs in TEXT (what text.find(" MARK ") gives): MARK is looked for
// and then the spaces beside it, since a search that starts at the space stopped at every
// word of a paragraph.
size_t find_spaced(std::string_view text, std::string_view mark) {
  for (size_t from = 1;;) {
    const size_t at = text.find(mark, from);
    if (at == std::string_view::npos || at + mark.size() >= text.size()) return std::string_view::npos;
    if (text[at - 1] == ' ' && text[at + mark.size()] == ' ') return at - 1;
    from = at + 1;
  }
}

// "By Jane Doe", "By Staff Writer / May 4, 2031", "(AP, MT)": who wrote the story. A credit in
// brackets names an outlet ("(Advertisement)" is chrome in brackets). The separators are
// tried in turn (" / ", " | ", a bullet, a middle dot), each at its first spaced place.
bool byline_line(const std::string& text) {
  if (text.empty()) return false;
  if (text.front() == '(') return is_credit_line(text) && publisher_from_credit(text).has_value();
  if (is_credit_line(text)) return true;
  for (std::string_view mark : {"/", "|", "\u2022", "\u00B7"}) {
    const size_t at = find_spaced(text, mark);
    if (at != std::string::npos)
      return is_credit_line(text.substr(0, at)) && is_time_stamp(text.substr(at + mark.size() + 2));
  }
  return false;
}

// "The Associated Press", "Reuters.": a news agency's or outlet's name on a line of its own.
bool outlet_line(std::string text) {
  if (text.size() > 40) return false;
  while (!text.empty() && text.back() == '.') text.pop_back();
  return find_outlet(text, true).has_value();
}

}  // namespace

void keep_story_credits(const std::vector<Block>& blocks, Layout& layout) {
  std::vector<std::string>& kind = layout.kinds;
  const size_t n = std::min(blocks.size(), kind.size());
  size_t first = n, last = n;
  for (size_t i = 0; i < n; ++i)
    if (kind[i].empty() && !(layout.title && *layout.title == i)) {
      if (first == n) first = i;
      last = i;
    }
  if (first == n) return;
  // The story runs from under its headline (from its first line when no headline was found)
  // to its last line; a sign-off follows that last line at once.
  const size_t from = layout.title && *layout.title < first ? *layout.title + 1 : first;
  for (size_t i = from; i < last; ++i) {
    if (kind[i].empty()) continue;
    // An outlet's name under a photo is the photo's credit.
    const bool photo = kind[i] == "caption"sv || kind[i] == "credit"sv || (i > 0 && kind[i - 1] == "caption"sv);
    if (byline_line(blocks[i].text) || (!photo && outlet_line(blocks[i].text))) kind[i].clear();
  }
  if (last + 1 < n && !kind[last + 1].empty() && sign_off_line(blocks[last + 1].text)) kind[last + 1].clear();
}

Metadata extract_metadata(const std::vector<Block>& blocks, const Layout& layout) {
  Metadata m;
  if (layout.title) m.title = title_of_line(blocks[*layout.title].text);

  const size_t n = blocks.size();
  size_t body = layout.title ? *layout.title + 1 : 0;
  // Dateline: at the start of one of the first content blocks, or a "Place, date" line. A
  // byline or a time stamp between the headline and the story is no block of it.
  for (size_t i = body, seen = 0; i < n && seen < 3 && !m.dateline; ++i) {
    if (!layout.kinds[i].empty()) continue;
    if (!is_credit_line(blocks[i].text) && !is_time_stamp(blocks[i].text)) ++seen;
    std::string whole;
    const DatelineHints h = dateline_hints(blocks[i].text);
    // A wire dateline (dossier/dateline.h), its agency the publisher.
    if (auto d = read_dateline(blocks[i].text)) {
      m.dateline = blocks[i].text.substr(0, d->length);
      if (!m.publisher && d->agency_end > d->agency_begin)
        m.publisher = find_outlet(blocks[i].text.substr(d->agency_begin, d->agency_end - d->agency_begin));
    } else if (h.upper_start && h.comma && h.year_end && place_date_line_match(blocks[i].text, &whole) &&
               find_full_date(whole)) {
      m.dateline = whole;
    } else if (h.comma && h.year_end && place_date_at_end(blocks[i].text, &whole) &&
               find_full_date(whole)) {
      m.dateline = whole;
    }
  }
  // Byline or credit line anywhere in the content.
  for (size_t i = 0; i < n && !m.byline; ++i)
    if ((layout.kinds[i].empty() || layout.kinds[i] == "credit"sv) && is_credit_line(blocks[i].text)) m.byline = blocks[i].text;

  // Publisher: an appeal that names the outlet beats a credit line, which beats
  // "told <outlet>", which beats a dateline's agency.
  std::optional<std::string> from_appeal, from_credit, from_told;
  for (size_t i = 0; i < n; ++i) {
    if (layout.kinds[i] == "appeal"sv && !from_appeal) from_appeal = find_outlet(blocks[i].text);
    if (layout.kinds[i].empty()) {
      if (!from_credit && blocks[i].text.front() == '(' && is_credit_line(blocks[i].text))
        from_credit = publisher_from_credit(blocks[i].text);
      if (!from_told && contains(blocks[i].text, "told ")) {
        // As RE2::FindAndConsume would, but the search starts only where "told" occurs
        // (an anchored match there, with the same remaining input as context): the
        // unanchored search over the whole block was the cost.
        re2::StringPiece input(blocks[i].text);
        size_t from = 0;
        while (!from_told) {
          size_t at = find_text(std::string_view(input.data(), input.size()), "told", from);
          if (at == std::string_view::npos) break;
          const std::optional<ToldName> name = told_name_at(std::string_view(input.data(), input.size()), at);
          if (!name) {
            from = at + 1;
            continue;
          }
          from_told = find_outlet(std::string(input.data() + name->begin, name->end - name->begin), true);
          input.remove_prefix(name->end);
          from = 0;
        }
      }
    }
  }
  if (from_appeal) {
    m.publisher = from_appeal;
  } else if (from_credit) {
    m.publisher = from_credit;
  } else if (from_told) {
    m.publisher = from_told;
  }

  // Publication date: stated in the title or dateline, or a "Published ..." stamp.
  if (m.title) m.published = find_full_date(*m.title);
  if (!m.published && m.dateline) m.published = find_full_date(*m.dateline);
  for (size_t i = 0; i < n && !m.published; ++i)
    if (layout.kinds[i] == "timestamp"sv && RE2::PartialMatch(blocks[i].text, published_stamp()))
      m.published = find_full_date(blocks[i].text);
  // A date alone under the headline is when the story was posted; one that says it is an
  // update is not. Text extracted already keeps that line (a dated wire story's second line).
  // The line right under the headline (a standfirst, whatever its length) and bylines may
  // stand between the two; any other line of the story ends the search.
  for (size_t i = body; i < n && !m.published && layout.title && i <= *layout.title + 4; ++i) {
    const std::string& text = blocks[i].text;
    const bool stamp = layout.kinds[i] == "timestamp"sv || (layout.kinds[i].empty() && is_time_stamp(text));
    if (stamp && !RE2::PartialMatch(text, updated_stamp())) m.published = find_full_date(text);
    if (layout.kinds[i].empty() && !stamp && i != *layout.title + 1 && !byline_line(text)) break;
  }
  // An update stamp at the head of the page ("Updated 3:15 PM ET, March 6, 2031"), above or
  // under the headline: the latest the story can be from.
  const size_t head = layout.title ? *layout.title + 5 : 6;
  for (size_t i = 0; i < n && i < head && !m.updated; ++i)
    if (layout.kinds[i] == "timestamp"sv && RE2::PartialMatch(blocks[i].text, updated_stamp()))
      m.updated = find_full_date(blocks[i].text);
  return m;
}

}  // namespace dossier
