// The page layout: the learned content model scores every block, the phrase rules that
// decide a line on their own overrule it, a learned ranking picks the title among the
// headline-shaped blocks before the article body, and each removed block gets a kind.
#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_set>

#include "internal.h"
#include "dossier/data.h"
#include "dossier/error.h"
#include "dossier/segment.h"
#include "dossier/utf8.h"

namespace dossier {

// Kinds and labels are compared with string_view literals: inline, where a comparison with
// a C string was a library call and a strlen for each.
using namespace std::string_view_literals;

namespace boilerplate {

namespace {


// Whether TEXT starts with an opening quotation mark (straight, curly or guillemet).
bool opens_quote(const std::string& text) {
  for (const char* mark : {"\"", "\u201C", "\u00AB", "\u2018"})
    if (text.rfind(mark, 0) == 0) return true;
  return false;
}

// Whether TEXT is a line about the article rather than its headline: it says who wrote,
// edited or checked the story ("By: Jane Doe", "Written by Jane Doe, Senior Analyst",
// "Fact checked by ..."), where it is filed ("Posted in Travel, Food", "Tags: ...") or
// whose picture it shows ("... | Photo by Jane Doe", "Image credit: ..."). is_credit_line
// takes only a bare "By Name"; here the cue alone decides, as a headline does not start
// that way nor name a photographer.
bool about_article(const std::string& text) {
  static constexpr std::string_view kStarts[] = {
      "by:",       "by :",          "written by", "posted by",   "reviewed by", "edited by",  "fact checked by",
      "fact-checked by", "medically reviewed by", "author:", "posted in", "published in", "filed under", "tags:",
      "tagged:",   "categories:",   "category:"};
  static constexpr std::string_view kInside[] = {"photo by ", "photo: ", "photograph by ", "image: ", "image credit",
                                                  "photo credit", "credit: ", "(photo"};
  // Every cue inside the line holds one of these words (checked below when this compiles):
  // a line with none of them, most lines, is three searches, not eight, with the same answer.
  static constexpr std::string_view kInsideWords[] = {"photo", "image", "credit"};
  static_assert(
      [] {
        for (std::string_view cue : kInside) {
          bool held = false;
          for (std::string_view word : kInsideWords) held = held || cue.find(word) != std::string_view::npos;
          if (!held) return false;
        }
        return true;
      }(),
      "a cue of kInside that holds none of kInsideWords would never be looked for");
  // The first 240 bytes folded into a buffer on the stack: a string here was a malloc for
  // most lines near a title.
  constexpr size_t kLimit = 240;
  char folded[kLimit];
  const size_t size = std::min(text.size(), kLimit);
  for (size_t i = 0; i < size; ++i) folded[i] = utf8::ascii_lower(text[i]);
  const std::string_view start(folded, size);
  for (std::string_view cue : kStarts)
    if (start.substr(0, cue.size()) == cue && (start.size() == cue.size() || cue.back() == ':' || start[cue.size()] == ' ' || start[cue.size()] == ':'))
      return true;
  if (std::none_of(std::begin(kInsideWords), std::end(kInsideWords),
                   [&](std::string_view w) { return start.find(w) != std::string_view::npos; }))
    return false;
  for (std::string_view cue : kInside)
    if (start.find(cue) != std::string_view::npos) return true;
  return false;
}

// Whether TEXT is an author's name and credentials ("Jane Doe, MS, RD", "John Roe, PhD"):
// two to four capitalised words, then one or more of the degrees, licences and honours of
// credentials.txt. ("Sam Altman, OpenAI" and "Jane Doe, NASA Engineer" are headlines.)
bool credentials_line(std::string_view text) {
  static const std::unordered_set<std::string> credentials = [] {
    std::unordered_set<std::string> set;
    for (auto line : data::lines("boilerplate/credentials.txt")) set.emplace(line);
    return set;
  }();
  size_t comma = text.find(", ");
  if (comma == std::string_view::npos) return false;
  const std::string name(text.substr(0, comma));
  const size_t words = word_count(name);
  if (words < 2 || words > 4) return false;
  for (size_t k = 0; k < name.size(); ++k)
    if ((k == 0 || name[k - 1] == ' ') && !(name[k] >= 'A' && name[k] <= 'Z')) return false;
  for (std::string_view rest = text.substr(comma + 2); !rest.empty();) {
    const size_t next = rest.find(", ");
    if (!credentials.count(std::string(rest.substr(0, next)))) return false;
    rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 2);
  }
  return true;
}

// Whether TEXT is a link with its label ("Related: Ports Warn of Slower Deliveries", "WATCH:
// ..."): one word and a colon, then a headline without a full stop.
bool labelled_link(std::string_view text, const LineShape& s) {
  const size_t colon = text.find(": ");
  if (colon == std::string_view::npos || colon == 0 || colon > 16 || s.terminal) return false;
  for (char c : text.substr(0, colon))
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
  return true;
}

// Whether TEXT is a line of program code ("for (int i = 0; i < n; ++i) {", "return x;"): a
// block opens or closes, or a statement ends, where a headline never does.
bool code_line(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return !text.empty() && (text.back() == '{' || text.back() == '}' || text.back() == ';');
}

// Whether TEXT opens with a date in brackets ("[ March 3, 2025 ] Storm closes schools"): an
// item of a ticker or a list of stories, each one stamped, not the page's headline.
bool dated_item(const std::string& text) {
  if (text.empty() || text[0] != '[') return false;
  const size_t close = text.find(']');
  if (close == std::string::npos || close > 40) return false;
  // A year alone in brackets dates what the headline covers ("[2025] Best Trails ..."),
  // not the day an item was posted.
  std::string_view inner = std::string_view(text).substr(1, close - 1);
  while (!inner.empty() && inner.front() == ' ') inner.remove_prefix(1);
  while (!inner.empty() && inner.back() == ' ') inner.remove_suffix(1);
  if (inner.size() == 4 && std::all_of(inner.begin(), inner.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  return mostly_date(line_shape(std::string(inner), false));
}

// The words of title_exclusions.tsv, by role.
struct TitleExclusions {
  std::unordered_set<std::string> neighbour, neighbour_then, reach, us_then;
  TitleExclusions() {
    for (auto line : data::lines("boilerplate/title_exclusions.tsv")) {
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      const std::string_view role = line.substr(0, tab);
      auto* set = role == "neighbour"        ? &neighbour
                  : role == "neighbour-then" ? &neighbour_then
                  : role == "reach"          ? &reach
                  : role == "us-then"        ? &us_then
                                             : nullptr;
      if (!set) throw Error("boilerplate: title_exclusions.tsv: unknown role " + std::string(role));
      for (std::string_view words = line.substr(tab + 1); !words.empty();) {
        const size_t sp = words.find(' ');
        if (sp != 0) set->emplace(words.substr(0, sp));
        words.remove_prefix(sp == std::string_view::npos ? words.size() : sp + 1);
      }
    }
  }
};

const TitleExclusions& title_exclusions() {
  static const TitleExclusions t;
  return t;
}

// TEXT without the spaces and arrows at its end ("Next post \u00BB").
std::string_view without_trailing_arrows(std::string_view text) {
  for (bool more = true; more;) {
    more = false;
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    for (std::string_view mark : {"\u00BB"sv, "\u203A"sv, "\u2192"sv, ">"sv})
      if (text.size() >= mark.size() && text.substr(text.size() - mark.size()) == mark) {
        text.remove_suffix(mark.size());
        more = true;
      }
  }
  return text;
}

// Whether TEXT is a link to the story before or after this one in a series or a blog
// ("Previous: Storm Season Ends", "Next post", "\u00AB Older entry"): the page names another
// story there, never its own. "Next: ..." alone may be a headline.
bool neighbour_link(std::string_view text) {
  const TitleExclusions& t = title_exclusions();
  for (std::string_view mark : {"\u00AB"sv, "\u2039"sv, "\u2190"sv, "<"sv})
    if (text.substr(0, mark.size()) == mark) text.remove_prefix(mark.size());
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  std::string_view trimmed = text;
  while (!trimmed.empty() && trimmed.back() == ' ') trimmed.remove_suffix(1);
  const std::string_view bare = without_trailing_arrows(trimmed);
  const bool arrow = bare.size() < trimmed.size();
  const std::string lower = utf8::ascii_lower(bare.substr(0, 40));
  const std::string_view l(lower);
  const size_t end = l.find_first_of(" :");
  const std::string word(l.substr(0, end));
  const bool neighbour = t.neighbour.count(word) > 0;
  if (!neighbour && word != "next") return false;
  // "Next \u00BB" alone, or "Next: ... \u2192" with its arrow; "Next Steps ... \u2192" is a headline.
  if (end == std::string_view::npos) return arrow && word == "next";
  if (l[end] == ':') return neighbour || (arrow && word == "next");
  std::string_view rest = l.substr(end + 1);
  const size_t what_end = rest.find(':');
  const std::string what(rest.substr(0, what_end));
  return t.neighbour_then.count(what) > 0;
}

// Whether TEXT is a button that asks the reader to reach the site ("Email Us Now", "Call
// Us Today", "Contact Us"): a verb of reaching someone, "us", and nothing more or a word of
// when (title_exclusions.tsv); "Call Us Crazy", "Trust Us" may head a story.
bool addressed_to_site(std::string_view text, const LineShape& s) {
  if (s.words < 2 || s.words > 3 || s.terminal) return false;
  const TitleExclusions& t = title_exclusions();
  while (!text.empty() && (text.back() == '!' || text.back() == ' ')) text.remove_suffix(1);
  const std::string lower = utf8::ascii_lower(text.substr(0, 40));
  std::string_view l(lower);
  const size_t space = l.find(' ');
  if (space == std::string_view::npos || !t.reach.count(std::string(l.substr(0, space)))) return false;
  l.remove_prefix(space + 1);
  if (l.substr(0, 2) != "us"sv) return false;
  l.remove_prefix(2);
  if (l.empty()) return true;
  if (l.front() != ' ') return false;
  return t.us_then.count(std::string(l.substr(1))) > 0;
}

// Whether TEXT is a caption's label alone: "Caption", "Image caption," (the caption follows).
bool caption_label(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == ',' || text.back() == ':' || text.back() == '.'))
    text.remove_suffix(1);
  const std::string lower = utf8::ascii_lower(text);
  for (const char* label : {"caption", "image caption", "photo caption", "media caption", "video caption"})
    if (lower == label) return true;
  return false;
}

// The kind of a removed block that no rule named, from its shape and place.
std::string kind_of(const std::string& text, const LineShape& s, size_t i, const std::optional<size_t>& title,
                    size_t dense_first) {
  if (is_credit_line(text)) return "credit";
  if (time_stamp(s)) return "timestamp";
  if ((title && i < *title) || (!title && i < dense_first)) return "navigation";
  if (s.action_words > 0 && s.words <= 4) return "navigation";
  return "other";
}

// Letters and digits of TEXT folded to lower case, everything else dropped: inline
// links run together ("HomeNewsStorm Closes Schools") compare with the spaced line.
std::string folded_alnum(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c + 32);
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      out += c;
    }
  }
  return out;
}

}  // namespace

bool mostly_date(const LineShape& s) { return s.words > 0 && s.date_words * 2 > s.words; }

// A line of bare numbers ("26.4", "+1.1%") is a figure, most often a table cell.
bool time_stamp(const LineShape& s) { return mostly_date(s) && (s.calendar_words > 0 || s.clock); }

int near_copy(const std::vector<Block>& blocks, const PageFeatures& page, size_t i) {
  constexpr size_t kReach = 3;
  const size_t n = page.shapes.size();
  const size_t from = i >= kReach ? i - kReach : 0, to = std::min(n, i + kReach + 1);
  for (size_t j = from; j < to; ++j)
    if (j != i && page.shapes[j].text_hash == page.shapes[i].text_hash) return 1;
  const std::string own = folded_alnum(blocks[i].text);
  if (own.size() < 8) return 0;
  for (size_t j = from; j < i; ++j) {
    if (blocks[j].text.size() > 600) continue;
    const std::string before = folded_alnum(blocks[j].text);
    if (before.size() > own.size() && before.compare(before.size() - own.size(), own.size(), own) == 0) return 2;
  }
  return 0;
}

namespace {

// Whether TEXT is a line of parts set apart by '|', a middle dot or a bullet ("by Jane Doe |
// Gardening | 8 min read", "Dec. 3, 2025 \u00B7 Jane Doe"), one of them a time stamp or a
// byline: what a page prints under its headline about the story.
bool facts_in_parts(const std::string& text) {
  // The parts as spans of TEXT between separators, found by bytes: most lines have none
  // and are ruled out by the scan alone (a part built a byte at a time, and two calls to
  // std::string::compare for every byte, were most of the cost of the story facts).
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  std::vector<std::pair<size_t, size_t>> parts;
  size_t begin = 0;
  for (size_t k = 0; k < n;) {
    const unsigned char c = p[k];
    const size_t len = c == '|'                                                        ? 1
                       : c == 0xC2 && k + 2 <= n && p[k + 1] == 0xB7                   ? 2
                       : c == 0xE2 && k + 3 <= n && p[k + 1] == 0x80 && p[k + 2] == 0xA2 ? 3
                                                                                       : 0;
    if (len == 0) {
      ++k;
      continue;
    }
    parts.emplace_back(begin, k);
    k += len;
    begin = k;
  }
  if (parts.empty()) return false;
  parts.emplace_back(begin, n);
  for (auto [a, b] : parts) {
    while (a < b && p[a] == ' ') ++a;
    while (b > a && p[b - 1] == ' ') --b;
    if (a == b) continue;
    const std::string part = text.substr(a, b - a);
    const LineShape s = line_shape(part, false);
    if (time_stamp(s) || is_credit_line(part) || about_article(part)) return true;
  }
  return false;
}

// The groups of digits of W parted by one kind of separator ('.', '/' or '-'): how many (0
// when W is anything else, or has more than three), their lengths in LENGTHS, the separator
// in SEP.
size_t digit_groups(std::string_view w, size_t (&lengths)[3], char& sep) {
  size_t group = 0;
  lengths[0] = lengths[1] = lengths[2] = 0;
  sep = 0;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      ++lengths[group];
      continue;
    }
    if ((c != '.' && c != '/' && c != '-') || lengths[group] == 0 || group == 2 || (sep != 0 && c != sep)) return 0;
    sep = c;
    ++group;
  }
  return lengths[group] == 0 ? 0 : group + 1;
}

// Whether W is a day written in figures with dots ("06.18.2025", "3.4.25"): groups of one
// or two digits, one or two, then two or four, as the time stamps' shapes leave out (a dotted
// figure without the third group is a version or an amount).
bool dotted_lengths(const size_t (&lengths)[3]) {
  return lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 2 || lengths[2] == 4);
}

bool dotted_day(std::string_view w) {
  size_t lengths[3];
  char sep = 0;
  return digit_groups(w, lengths, sep) == 3 && sep == '.' && dotted_lengths(lengths);
}

// Whether W is a day in figures ("03/01/2017", "2017-03-01", "06.18.2025").
bool day_in_figures(std::string_view w) {
  size_t lengths[3];
  char sep = 0;
  if (digit_groups(w, lengths, sep) != 3) return false;
  if (sep == '.') return dotted_lengths(lengths);
  const size_t digits = lengths[0] + lengths[1] + lengths[2];
  return digits >= 6 && digits <= 8;
}

// Whether TEXT is a byline in a shape the credit line leaves out: the cue alone on its line
// with the name on the next ("By"), a name that is an address ("By desk@paper.example"), the
// cue after a label ("Author Posted by Jane on May 2, 2025") or after a day in figures
// ("03/01/2017 by Jane Doe, Analyst"). A headline may hold "by" and a year ("Gifts of 2025,
// Tested by Editors"), so neither alone makes a byline.
bool loose_byline(std::string_view text, const LineShape& s) {
  if (text == "By"sv || text == "by"sv || text == "BY"sv) return true;
  if (text.size() > 3 && (text[0] == 'B' || text[0] == 'b') && text[1] == 'y' && text[2] == ' ')
    return s.words == 2 && text.find('@') != std::string_view::npos;
  const size_t by = std::min(text.find(" by "), text.find(" By "));
  if (by == 0 || by == std::string_view::npos || by + 4 >= text.size()) return false;
  const unsigned char next = static_cast<unsigned char>(text[by + 4]);
  if (!((next >= 'A' && next <= 'Z') || next >= 0x80)) return false;
  const size_t space = text.rfind(' ', by - 1);
  const std::string_view before = text.substr(space == std::string_view::npos ? 0 : space + 1,
                                              by - (space == std::string_view::npos ? 0 : space + 1));
  if (space == std::string_view::npos) return day_in_figures(before);
  // The label is one word ("Author Posted by"): a cue further into the line is a sentence's
  // or a headline's ("The song, written by Jane Doe, ...", "A Letter Written By Miners").
  if (space > 0 && text.rfind(' ', space - 1) != std::string_view::npos) return false;
  std::string cue;
  for (char c : before) cue += utf8::ascii_lower(c);
  return cue == "posted"sv || cue == "written"sv;
}

// Whether block J says something about the story: a time stamp, a byline, a filing line.
bool find_story_fact(const std::vector<Block>& blocks, const PageFeatures& page, size_t j) {
  const LineShape& s = page.shapes[j];
  if (s.words > 0 && s.words <= 12 && (time_stamp(s) || is_credit_line(blocks[j].text) || about_article(blocks[j].text)))
    return true;
  // A day in figures with dots alone on its line ("06.18.2025").
  if (s.words == 1 && dotted_day(blocks[j].text)) return true;
  if (s.words > 0 && s.words <= 20 && loose_byline(blocks[j].text, s)) return true;
  return s.words > 0 && s.words <= 20 && facts_in_parts(blocks[j].text);
}

// The same, found once per block of a page: every title candidate asks about the lines
// near it, and candidates stand close together.
bool story_fact(const std::vector<Block>& blocks, const PageFeatures& page, size_t j) {
  std::vector<int8_t>& known = page.story_facts;
  if (known.size() != page.shapes.size()) known.assign(page.shapes.size(), -1);
  if (known[j] < 0) known[j] = find_story_fact(blocks, page, j) ? 1 : 0;
  return known[j] == 1;
}

}  // namespace

int story_facts_below(const std::vector<Block>& blocks, const PageFeatures& page, size_t i) {
  const size_t n = page.shapes.size();
  for (size_t j = i + 1; j < n && j <= i + 4; ++j)
    if (story_fact(blocks, page, j)) return static_cast<int>(j - i);
  return 0;
}

bool headline_shaped(const PageFeatures& page, size_t j) {
  const LineShape& h = page.shapes[j];
  return h.words >= 3 && h.words <= 30 && (!h.terminal || (h.punct & kQuestion)) && !mostly_date(h) &&
         page.rules[j].kind.empty();
}

int story_facts_above(const std::vector<Block>& blocks, const PageFeatures& page, size_t i) {
  for (size_t d = 1; d <= 6 && d <= i; ++d)
    if (story_fact(blocks, page, i - d)) return static_cast<int>(std::min<size_t>(d, 4));
  return 0;
}

std::vector<size_t> title_candidates(const std::vector<Block>& blocks, const PageFeatures& page) {
  std::vector<size_t> out;
  const size_t n = page.shapes.size();
  const size_t last = std::min(n, page.dense_first + kTitleWindow);
  for (size_t i = 0; i < last; ++i) {
    const LineShape& s = page.shapes[i];
    if (s.words == 0 || s.words > 30 || mostly_date(s) || !page.rules[i].kind.empty()) continue;
    // A byline ("By Jane Doe", "Written by: ...") or a caption's credit names no story.
    if (is_credit_line(blocks[i].text) || about_article(blocks[i].text)) continue;
    if (dated_item(blocks[i].text) || credentials_line(blocks[i].text) || code_line(blocks[i].text)) continue;
    // A link to the next or previous story, a button asking the reader to write or call.
    if (neighbour_link(blocks[i].text) || addressed_to_site(blocks[i].text, s)) continue;
    // An item of a numbered list ("4. Write for readers first" under "3. ..."): a section of
    // a listing or an entry of a list of stories, not the page's headline; but of two or
    // three items with lines between them only the first, as the second may be a headline
    // that opens with a number under a menu's "1. ..." ("2. Division: ..." under "1. Division").
    const uint8_t code = page.numbered.code[i];
    if (code == 2 || code == 3 || code == 6 || (code == 5 && page.numbered.head[i] == i)) continue;
    // A line whose last part after its separators is a date ("Desk / site.com / Updated:
    // May 2, 2025, 10:15 IST") is a credit and a stamp: the headline it would give is a date.
    if ((s.punct & (kSlash | kArrow)) && mostly_date(line_shape(title_of_line(blocks[i].text), false))) continue;
    // A headline does not end with a full stop (an ellipsis is fine).
    std::string_view t = blocks[i].text;
    while (t.size() > 1 && (t.back() == '"' || t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
    if (t.size() > 3 && (t.substr(t.size() - 3) == "\u201D"sv || t.substr(t.size() - 3) == "\u2019"sv)) t.remove_suffix(3);
    if (t.back() == '.' && !(t.size() >= 3 && t.substr(t.size() - 3) == "..."sv)) continue;
    // Nor with a colon: a line ending so introduces what follows it (a list, a quotation,
    // a program's text).
    if (t.back() == ':') continue;
    out.push_back(i);
  }
  return out;
}

// Whether the page opens with a site's name over its menu: a line of two or three words,
// then at least kMenuEntries lines of one or two words each, without figures or a full stop
// ("Rust Blog" / "Install" / "Learn" / ...). An extracted text's headline is followed by its
// byline, its date or its first paragraph; a biography's name by its infobox's dated lines.
constexpr size_t kMenuEntries = 5;
static bool name_over_menu(const PageFeatures& page) {
  const size_t n = page.shapes.size();
  if (n <= kMenuEntries || page.shapes[0].words > 3) return false;
  for (size_t i = 1; i <= kMenuEntries; ++i) {
    const LineShape& s = page.shapes[i];
    if (s.words == 0 || s.words > 2 || s.terminal || s.digits > 0) return false;
  }
  return true;
}

std::vector<double> content_scores(const PageFeatures& page, const LinearModel& model) {
  const size_t n = page.shapes.size();
  std::vector<double> scores(n);
  for (size_t i = 0; i < n; ++i)
    scores[i] = model.score(page.ids.data() + page.offsets[i], page.offsets[i + 1] - page.offsets[i]);
  return scores;
}

// How much lower than the ranking's first choice a headline above it with the story's
// facts between them may score and still be taken (see choose_title).
constexpr double kHeadlineAboveMargin = 3.0;
// The same for a headline above a heading inside the article (see choose_title): the
// paragraph between them says more than the facts alone, and the margin is wider. It, and
// the two lines under the headline its facts must stand within, were chosen on the training
// pages' held-out folds (train-boilerplate --folds), not on any development page.
constexpr double kHeadingInArticleMargin = 6.0;

std::optional<size_t> choose_title(const std::vector<Block>& blocks, const PageFeatures& page,
                                   const std::vector<double>& scores, const LinearModel& model,
                                   const std::vector<std::string>* kinds) {
  return choose_title(blocks, page, title_candidates(blocks, page), scores, model, kinds);
}

namespace {

using Ranked = std::vector<std::pair<size_t, double>>;

// The best scored of RANKED (candidates with their scores) for which TAKE holds, when it
// scores at least FLOOR; nullopt when none does.
template <typename Take>
std::optional<size_t> best_above(const Ranked& ranked, double floor, Take take) {
  std::optional<size_t> up;
  double up_score = 0;
  for (const auto& [j, sj] : ranked)
    if (sj >= floor && take(j) && (!up || sj > up_score)) {
      up = j;
      up_score = sj;
    }
  return up;
}

// A headline comes first and what the page says about the story (its byline, its date)
// under it; a line under those is a subtitle, a table of contents' entry or a section
// heading. Given C, the ranking's choice scored BEST, with no byline or date of its own
// under it, the headline above it: a headline-shaped candidate of four words or more within
// eight lines above C, with a byline or date under it at least as near to it as to C, scoring
// within kHeadlineAboveMargin of BEST; or, when a paragraph the content model keeps stands
// one or two lines above C (C is a heading inside the article), one of four words or more
// anywhere above that paragraph with a byline or date within two lines under it, scoring
// within kHeadingInArticleMargin. nullopt when there is none.
std::optional<size_t> headline_over(const std::vector<Block>& blocks, const PageFeatures& page,
                                    const std::vector<double>& scores, const Ranked& ranked, size_t c, double best) {
  auto headline = [&](size_t j) { return j < c && page.shapes[j].words >= 4 && headline_shaped(page, j); };
  const std::optional<size_t> up = best_above(ranked, best - kHeadlineAboveMargin, [&](size_t j) {
    if (!headline(j) || c - j > 8) return false;
    // The facts are the upper line's when they stand at least as near to it as to the
    // line the ranking prefers: a date right over a headline is that headline's.
    const int below = story_facts_below(blocks, page, j);
    return below > 0 && static_cast<size_t>(2 * below) <= c - j;
  });
  if (up) return up;
  std::optional<size_t> para;
  for (size_t d = 1; d <= 2 && d <= c && !para; ++d)
    if (scores[c - d] > 0 && prose_line(page.shapes[c - d])) para = c - d;
  if (!para) return std::nullopt;
  return best_above(ranked, best - kHeadingInArticleMargin, [&](size_t j) {
    if (!headline(j) || j >= *para) return false;
    const int below = story_facts_below(blocks, page, j);
    return below > 0 && below <= 2;
  });
}

// Whether the page shows a headline twice in a row (its desktop and its mobile header) right
// above C, one of RANKED: that is the headline, and C its subtitle.
bool shown_twice_above(const PageFeatures& page, const Ranked& ranked, size_t c) {
  if (c < 2) return false;
  const size_t h = c - 1;
  return page.shapes[h].text_hash == page.shapes[h - 1].text_hash && page.shapes[h].words >= 4 &&
         headline_shaped(page, h) && std::any_of(ranked.begin(), ranked.end(), [&](const auto& r) { return r.first == h; });
}

}  // namespace

std::optional<size_t> choose_title(const std::vector<Block>& blocks, const PageFeatures& page,
                                   const std::vector<size_t>& candidates, const std::vector<double>& scores,
                                   const LinearModel& model, const std::vector<std::string>* kinds) {
  std::optional<size_t> best;
  double best_score = 0;
  // Every candidate is compared with all the others, as in training, also those passed over.
  const std::vector<std::vector<uint64_t>> features = candidate_features(blocks, page, scores, candidates, nullptr);
  Ranked ranked;
  for (size_t rank = 0; rank < candidates.size(); ++rank) {
    const std::string* kind = kinds ? &(*kinds)[candidates[rank]] : nullptr;
    if (kind && !kind->empty() && *kind != "?"sv) continue;  // chrome by a rule of the page
    const std::vector<uint64_t>& ids = features[rank];
    double s = model.score(ids.data(), ids.size());
    ranked.emplace_back(candidates[rank], s);
    if (!best || s > best_score) {
      best = candidates[rank];
      best_score = s;
    }
  }
  if (best && story_facts_below(blocks, page, *best) == 0)
    if (const std::optional<size_t> up = headline_over(blocks, page, scores, ranked, *best, best_score)) best = up;
  if (best && shown_twice_above(page, ranked, *best)) best = *best - 1;
  if (best)
    if (const std::optional<size_t> facts = headline_with_facts(blocks, page, ranked, *best)) best = facts;
  return best;
}

}  // namespace boilerplate

Layout analyze_layout(const std::vector<Block>& blocks) {
  using boilerplate::LinearModel;
  return boilerplate::analyze_layout(blocks, LinearModel::shipped("content+stack"), LinearModel::shipped("stack"),
                                     LinearModel::shipped("title"));
}

bool keep_whole_if_all_chrome(Layout& layout) {
  const bool all_chrome = !layout.kinds.empty() && std::none_of(layout.kinds.begin(), layout.kinds.end(),
                                                                 [](const std::string& k) { return k.empty(); });
  if (all_chrome) layout.kinds.assign(layout.kinds.size(), "");
  return all_chrome;
}

Layout boilerplate::analyze_layout(const std::vector<Block>& blocks, const LinearModel& both, const LinearModel& stack,
                                   const LinearModel& title_model) {
  using namespace boilerplate;
  const size_t n = blocks.size();
  Layout layout;
  layout.kinds.assign(n, "");
  if (n == 0) return layout;
  PageFeatures page = page_features(blocks, false);
  // The title model ranks by the first pass's scores, which it was trained with (those of
  // pages the first pass had not seen); the kinds come from the second pass.
  // One lookup of each feature serves both passes (the shipped "content+stack" table).
  std::vector<double> first(n), own(n);
  for (size_t i = 0; i < n; ++i)
    std::tie(first[i], own[i]) = both.score_both(page.ids.data() + page.offsets[i], page.offsets[i + 1] - page.offsets[i]);
  // A date in a table is a cell of it ("3/15/2019" beside its figure), not a time stamp,
  // whatever the rule for a bare date says: the content model decides it.
  std::vector<bool> by_rule(n);
  for (size_t i = 0; i < n; ++i)
    by_rule[i] = !page.rules[i].kind.empty() && !(page.table[i] && page.rules[i].kind == "timestamp"sv);
  // The second pass learned from whole web pages, hundreds of lines long: the context it
  // reads means little in a short text, where the first pass decides alone. A line a rule
  // decides is not scored by it: its entry in SCORES is its own-feature score, no pass's
  // verdict, and must not be read (nothing below reads it: the kinds of such lines are the
  // rules', the title and body words read FIRST).
  const std::vector<double> scores =
      n >= kStackMinBlocks ? second_pass_scores(page, first, own, stack, by_rule) : first;
  index_body_words(blocks, first, page);
  std::vector<std::string> kind(n);
  for (size_t i = 0; i < n; ++i) {
    if (by_rule[i]) {
      kind[i] = page.rules[i].kind;
    } else if (scores[i] <= 0) {
      kind[i] = "?";  // removed; its kind is settled below
    }
  }
  // A caption's label standing alone ("Image caption,") announces the caption on the next
  // line, one of a caption's length (a paragraph the model keeps is no caption).
  for (size_t i = 0; i + 1 < n; ++i)
    if (page.rules[i].kind == "caption"sv && caption_label(blocks[i].text) && page.shapes[i + 1].bytes <= 250 &&
        (kind[i + 1] == "?"sv || (kind[i + 1].empty() && !page.shapes[i + 1].terminal)))
      kind[i + 1] = "caption";
  // A short line that is mostly a date or time ("3 June 2031, 08:40 PM", "5 min read")
  // is a time stamp wherever it stands.
  const std::vector<bool>& table = page.table;
  for (size_t i = 0; i < n; ++i) {
    const LineShape& s = page.shapes[i];
    if ((kind[i].empty() || kind[i] == "?"sv) && !table[i] && s.words <= 8 && time_stamp(s)) kind[i] = "timestamp";
  }
  // A single weak hint becomes a verdict next to boilerplate of the same kind (an appeal
  // that runs over several paragraphs); repeat until nothing changes.
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < n; ++i) {
      const std::string& weak = page.rules[i].weak;
      if (weak.empty() || kind[i] == weak) continue;
      if ((i > 0 && kind[i - 1] == weak) || (i + 1 < n && kind[i + 1] == weak)) {
        kind[i] = weak;
        changed = true;
      }
    }
  }
  // A sentence between kept lines is article text: news paragraphs of one short sentence
  // look like teasers to the model, but teasers and related links do not sit inside the
  // article with prose on both sides.
  // (On held-out folds of the training pages (5) this takes back about as many lines of
  // chrome as of article text, 151 against 136; taking back only a sentence with a kept
  // line within seven lines on each side moved the folds' line F1 by nothing, 0.909 /
  // 0.912 / 0.908 at 5 / 4 / 8 folds, recall up 0.002 and precision down 0.001; without
  // the rule they were 0.908 / 0.912 / 0.908.)
  std::vector<size_t> kept;
  for (size_t i = 0; i < n; ++i)
    if (kind[i].empty()) kept.push_back(i);
  // The same holds for the sentences that go on right after the last kept line: the
  // closing paragraphs of an article.
  auto sentence = [&](size_t i) {
    const LineShape& s = page.shapes[i];
    return kind[i] == "?"sv && s.terminal && s.words >= 5 && s.stop_words * 8 >= s.words && !mostly_date(s) &&
           s.action_words * 4 < s.words;
  };
  if (!kept.empty()) {
    for (size_t i = kept.front() + 1; i < kept.back(); ++i)
      if (sentence(i) || (table[i] && kind[i] == "?"sv)) kind[i].clear();
    // A sentence ending in a colon introduces what follows ("..., the minister said:"),
    // and the quotation it opens belongs to the article even when the page breaks it off.
    auto introduces = [&](size_t i) {
      const LineShape& s = page.shapes[i];
      return kind[i] == "?"sv && s.ends_colon && s.words >= 5 && s.stop_words * 8 >= s.words && !mostly_date(s) &&
             s.action_words * 4 < s.words;
    };
    // A quotation that opens right after an article line is the article's too: a page cut
    // off by a paywall or a "continue reading" break often ends inside one.
    // So is a paragraph the page breaks off in mid-sentence as its very last line.
    auto cut_off = [&](size_t i) {
      const LineShape& s = page.shapes[i];
      // (words are counted in a line's first 112 bytes: its length in bytes says it is long)
      return i + 1 == n && kind[i] == "?"sv && kind[i - 1].empty() && !s.terminal && s.bytes >= 90 && s.words >= 12 &&
             s.stop_words * 4 >= s.words && !mostly_date(s) && s.action_words * 4 < s.words;
    };
    for (size_t i = kept.back() + 1; i < n; ++i) {
      if (sentence(i) || introduces(i) || cut_off(i)) {
        kind[i].clear();
      } else if (table[i] && table[i - 1] && kind[i] == "?"sv && kind[i - 1].empty()) {
        kind[i].clear();  // a table of the article goes on to its last row
      } else if (kind[i] == "?"sv && kind[i - 1].empty() && opens_quote(blocks[i].text) && page.shapes[i].words >= 3 &&
                 !mostly_date(page.shapes[i])) {
        kind[i].clear();
      } else if ((kind[i] == "navigation"sv || (kind[i] == "?"sv && labelled_link(blocks[i].text, page.shapes[i]))) &&
                 page.shapes[i].words <= 20 && i + 1 < n && sentence(i + 1)) {
        kind[i] = "navigation";  // a link to another story set between two paragraphs ("Read more: ...", "Related: ...")
        continue;
      } else {
        break;
      }
    }
  }
  // A table is the article's from its first row to its last when the model keeps a cell
  // of it: its header and first rows stand before the first kept line of a page that
  // opens with the table.
  for (size_t i = 0; i < n;) {
    size_t j = i;
    bool any_kept = false;
    for (; j < n && table[j]; ++j) any_kept = any_kept || kind[j].empty();
    if (any_kept)
      for (size_t k = i; k < j; ++k)
        if (kind[k] == "?"sv) kind[k].clear();
    i = j == i ? i + 1 : j;
  }
  // Short lines that end the page after a line of chrome belong to it (a box's last button).
  {
    size_t i = n;
    while (i > 1 && (kind[i - 1].empty() || kind[i - 1] == "?"sv) && page.shapes[i - 1].words <= 6) --i;
    if (i < n && i > 0 && !kind[i - 1].empty() && kind[i - 1] != "?"sv)
      for (size_t k = i; k < n; ++k) kind[k] = kind[i - 1];
  }
  // A text of one sentence is that sentence: there is no page around it.
  if (n == 1 && page.shapes[0].terminal && page.shapes[0].words >= 3 && kind[0] == "?"sv) kind[0].clear();
  // Short lines between two lines of one kind of chrome belong to it (the buttons and
  // labels of a donation or subscription box).
  for (size_t i = 1; i + 1 < n; ++i) {
    if (!(kind[i].empty() || kind[i] == "?"sv) || page.shapes[i].words > 6 || table[i]) continue;
    size_t a = i, b = i;
    while (a > 0 && i - a < 3 && (kind[a].empty() || kind[a] == "?"sv) && page.shapes[a].words <= 6) --a;
    while (b + 1 < n && b - i < 3 && (kind[b].empty() || kind[b] == "?"sv) && page.shapes[b].words <= 6) ++b;
    const std::string& above = kind[a];
    if (!above.empty() && above != "?"sv && above == kind[b] && a < i && b > i)
      for (size_t k = a + 1; k < b; ++k) kind[k] = above;
  }
  mark_comments(blocks, page, kind);
  // The candidates are found once: the ranking and the test below both need them.
  const std::vector<size_t> candidates = title_candidates(blocks, page);
  layout.title = choose_title(blocks, page, candidates, first, title_model, &kind);
  // Text that starts with a headline and where no rule finds any chrome was extracted
  // already (a feed, an archive, a scraper's output): the first line is its title and
  // every line is article text.
  // But a site's name over its menu (a short line, then a run of one- and two-word entries)
  // is a page whose chrome no rule knows, not an extracted text.
  if (!candidates.empty() && candidates.front() == 0 && page.shapes[0].words >= 2 && !page.shapes[0].terminal &&
      !name_over_menu(page) &&
      std::all_of(page.rules.begin(), page.rules.end(), [](const RuleHit& r) { return r.kind.empty() && r.weak.empty(); })) {
    layout.title = 0;
    // A page's stamp under its headline, a date with the time of day it was posted ("3 June
    // 2031, 08:40 PM"), is not the story's: it stays out of the text (and gives the
    // publication date). A date alone there is the story's date line, which a corpus keeps.
    for (size_t i = 0; i < n; ++i)
      if (!(kind[i] == "timestamp"sv && i >= 1 && i <= 2 && page.shapes[i].clock)) kind[i].clear();
  }
  if (layout.title) kind[*layout.title].clear();
  // A standfirst: the sentence right under the headline sums up the story, news pages often
  // with a quotation in it. The content model does not know where the title is, and when a
  // photo's caption follows the standfirst it takes the sentence for a teaser.
  if (layout.title && *layout.title + 1 < n && sentence(*layout.title + 1))
    kind[*layout.title + 1].clear();
  // A photo credit ("Name / Agency") marks the line just above it as the caption.
  for (size_t i = 2; i < n; ++i)
    if (kind[i] == "credit"sv && (kind[i - 1].empty() || kind[i - 1] == "?"sv) && blocks[i].first_line - blocks[i - 1].last_line <= 2 &&
        !(layout.title && *layout.title == i - 1))
      kind[i - 1] = "caption";
  for (size_t i = 0; i < n; ++i)
    if (kind[i] == "?"sv) kind[i] = kind_of(blocks[i].text, page.shapes[i], i, layout.title, page.dense_first);
  layout.kinds = std::move(kind);
  return layout;
}

std::string title_of_line(const std::string& line) {
  // A breadcrumb whose first part, a home icon, was lost opens with its separator
  // ("| Resources | Blog | Packing for a Move"): there '|' alone separates the parts (the
  // last one keeps its slashes: "| Blog | 24/7 Help Lines Open"), and the empty first part is
  // the lost label.
  const bool bars = line.size() > 2 && line[0] == '|' && line[1] == ' ';
  // The parts between separators, with whether a separator had a space beside it.
  std::vector<std::string_view> parts;
  bool spaced = false;
  const std::string_view t(line);
  size_t start = 0;
  for (size_t i = 0; i < t.size();) {
    size_t len = bars ? (t[i] == '|' ? 1 : 0)
                 : t[i] == '/' || t[i] == '>' ? 1
                 : t.compare(i, 3, "\u203A") == 0 ? 3
                 : t.compare(i, 2, "\u00BB") == 0 ? 2
                                                 : 0;
    if (len == 0) {
      ++i;
      continue;
    }
    spaced = spaced || (i > 0 && t[i - 1] == ' ') || (i + len < t.size() && t[i + len] == ' ');
    parts.push_back(t.substr(start, i - start));
    start = i += len;
  }
  if (parts.empty()) return line;
  parts.push_back(t.substr(start));
  auto trim = [](std::string_view p) {
    while (!p.empty() && p.front() == ' ') p.remove_prefix(1);
    while (!p.empty() && p.back() == ' ') p.remove_suffix(1);
    return p;
  };
  auto words = [](std::string_view p) { return word_count(std::string(p)); };
  const std::string_view last = trim(parts.back());
  const size_t last_words = words(last);
  if (last_words < 3) return line;
  const unsigned char c = static_cast<unsigned char>(last.front());
  if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return line;
  const size_t label_max = parts.size() == 2 ? 1 : 4;
  if (parts.size() == 2 && !spaced) return line;
  for (size_t k = 0; k + 1 < parts.size(); ++k) {
    const size_t w = words(trim(parts[k]));
    if (bars && k == 0) continue;
    if (w == 0 || w > label_max || w >= last_words) return line;
  }
  return std::string(last);
}

// Groups lines into blocks: a blank line ends a block; inside a run of lines each line
// is its own block unless the run looks hard-wrapped (similar long lengths), in which
// case it is joined into one paragraph. The line texts are moved into the blocks.
std::vector<Block> make_blocks(std::vector<Line>& lines) {
  std::vector<Block> blocks;
  blocks.reserve(lines.size());  // a block per line at most
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].text.empty()) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < lines.size() && !lines[j].text.empty()) ++j;
    const bool wrapped = hard_wrapped(j - i, [&](size_t k) { return std::string_view(lines[i + k].text); });
    if (wrapped) {
      Block b{std::move(lines[i].text), lines[i].number, lines[j - 1].number};
      for (size_t k = i + 1; k < j; ++k) {
        b.text += ' ';
        b.text += lines[k].text;
      }
      blocks.push_back(std::move(b));
    } else {
      for (size_t k = i; k < j; ++k) blocks.push_back(Block{std::move(lines[k].text), lines[k].number, lines[k].number});
    }
    i = j;
  }
  return blocks;
}

}  // namespace dossier
