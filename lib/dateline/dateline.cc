// The news dateline reader (dossier/dateline.h) that ingest's metadata and diff-positions'
// narrative both use. Tested by dateline_reader_test.cc.
#include "dossier/dateline.h"

#include <re2/re2.h>

#include <algorithm>
#include <iterator>

#include "dossier/utf8.h"
#include "../news_line_patterns.h"
#include "../regex_loosen.h"

namespace dossier {

namespace {

bool upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

size_t skip_spaces(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  return i;
}

// Each pattern compiles the first time a line passes the cheap test before it: their Unicode
// classes cost most of a run's start-up. Each has an ASCII form (regex_loosen.h), which
// compiles at a fraction of the cost and decides the lines where the letter classes can
// meet only ASCII; the exact pattern is compiled for the first line where they may not.
// The patterns are in news_line_patterns.h.
using detail::kAgencyForm;
using detail::kCapsForm;

const RE2& agency_form() { static const RE2 r(kAgencyForm); return r; }
const RE2& agency_form_ascii() { static const RE2 r(detail::ascii_letters_pattern(kAgencyForm)); return r; }
const RE2& caps_form() { static const RE2 r(kCapsForm); return r; }
const RE2& caps_form_ascii() { static const RE2 r(detail::ascii_letters_pattern(kCapsForm)); return r; }

bool has(std::string_view s, std::string_view needle) { return s.find(needle) != std::string_view::npos; }

// The capital forms, read with the patterns above.
std::optional<Dateline> capitals_form(std::string_view line) {
  unsigned char c0 = static_cast<unsigned char>(line[0]);
  if (!(upper_ascii(line[0]) || c0 >= 0xC0)) return std::nullopt;
  // Both patterns open with a word of capitals: "Lima" is none (a multi-byte letter may be).
  if (line.size() < 2 || (upper_ascii(line[0]) && static_cast<unsigned char>(line[1]) < 0x80 && !upper_ascii(line[1]) &&
                          line[1] != '.' && line[1] != '\'' && line[1] != '-'))
    return std::nullopt;
  bool long_dash = has(line, "\u2014") || has(line, "\u2013");
  bool dash = long_dash || line.find('-') != std::string_view::npos;
  if (!dash) return std::nullopt;
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece groups[3];
  // The letter classes of the agency form all come before its bracket, which no class
  // takes: the line's first '(' is the one the pattern opens there. Those of the capitals
  // form come before its dash, and none of them takes a hyphen or a long dash.
  const size_t bracket = line.find('(');
  const auto agency = [&]() -> const RE2& { return detail::all_ascii(line.substr(0, bracket)) ? agency_form_ascii() : agency_form(); };
  if (bracket != std::string_view::npos && agency().Match(input, 0, input.size(), RE2::ANCHOR_START, groups, 3)) {
    Dateline d;
    d.length = groups[1].size();
    d.agency_begin = static_cast<size_t>(groups[2].data() - line.data());
    d.agency_end = d.agency_begin + groups[2].size();
    d.end = skip_spaces(line, groups[0].size());
    return d;
  }
  const auto caps = [&]() -> const RE2& {
    const size_t first_dash = std::min({line.find('-'), line.find("\u2014"), line.find("\u2013")});
    return detail::all_ascii(line.substr(0, first_dash)) ? caps_form_ascii() : caps_form();
  };
  if ((long_dash || has(line, "--")) && caps().Match(input, 0, input.size(), RE2::ANCHOR_START, groups, 2)) {
    Dateline d;
    d.length = groups[1].size();
    d.end = skip_spaces(line, groups[0].size());
    return d;
  }
  return std::nullopt;
}

// Whether every word of BEFORE opens on a capital or a digit, or is a particle of a place's
// name followed by a capitalised word.
bool place_words(std::string_view before) {
  static const std::string_view kParticles[] = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des",
                                                "la", "le", "el", "al", "es", "am", "an", "upon", "on", "sur",
                                                "y", "bin", "ibn", "van", "von", "der", "den", "op", "aan"};
  for (size_t w = 0; w < before.size();) {
    size_t end = before.find(' ', w);
    if (end == std::string_view::npos) end = before.size();
    const std::string_view word = before.substr(w, end - w);
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') {
      const bool particle = std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
      const bool capital_next = end + 1 < before.size() && upper_ascii(before[end + 1]);
      if (!particle || !capital_next) return false;
    }
    w = end + 1;
  }
  return true;
}

// The length of the spaced dash at I, after a credit's bracket (" - ", " -- ", " \u2014 ", " \u2013 "), or 0.
size_t spaced_dash(std::string_view line, size_t i) {
  if (i >= line.size() || line[i] != ' ') return 0;
  for (std::string_view dash : {"--", "\u2014", "\u2013", "-"})
    if (line.compare(i + 1, dash.size(), dash) == 0 && i + 1 + dash.size() < line.size() && line[i + 1 + dash.size()] == ' ')
      return dash.size() + 2;
  return 0;
}

// "Bergen, June 3 (Wire) - ": at most eight words with a comma or a number, then a credit
// opened on a capital and closed by a spaced dash.
std::optional<Dateline> credit_form(std::string_view line) {
  for (size_t d = line.find(')'); d != std::string_view::npos; d = line.find(')', d + 1)) {
    const size_t dash = spaced_dash(line, d + 1);
    if (dash == 0) continue;
    size_t open = line.substr(0, d).rfind('(');
    if (open == std::string_view::npos || utf8::count_words(line.substr(0, open)) > 8) return std::nullopt;
    if (open + 1 >= d || !upper_ascii(line[open + 1])) continue;
    // A place is set off from its region or date by a comma, or dated with a number: a name
    // with its acronym or party in brackets before an aside ("The Agency (TA) - which ...")
    // has neither.
    std::string_view before = line.substr(0, open);
    if (before.find(',') == std::string_view::npos &&
        before.find_first_of("0123456789") == std::string_view::npos)
      return std::nullopt;
    // Every word of a place and date opens on a capital or a digit ("Port Alder, Fla.", "Bergen,
    // June 3"), save a place name's particles ("Rio de Janeiro", "Newcastle upon Tyne"); a clause
    // does not ("On Monday, the Harbour Board (HB) - which ...").
    if (!place_words(before)) return std::nullopt;
    Dateline out;
    out.length = d + 1;
    out.agency_begin = open + 1;
    out.agency_end = d;
    out.end = skip_spaces(line, d + 1 + dash);
    return out;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Dateline> read_dateline(std::string_view line) {
  if (line.empty()) return std::nullopt;
  if (auto d = capitals_form(line)) return d;
  return credit_form(line);
}

}  // namespace dossier
