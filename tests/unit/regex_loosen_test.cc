#include <catch2/catch.hpp>

#include <re2/re2.h>

#include <limits>
#include <string>
#include <vector>

#include "news_line_patterns.h"
#include "regex_loosen.h"

using dossier::detail::loosened_pattern;

namespace {

const std::string kLoosenTestAny = R"(a-zA-Z\x{80}-\x{10FFFF})";

// Invented lines of letters, capitals with and without accents, dashes, signs, digits,
// spaces and the text of a pattern's own escapes.
const std::vector<std::string> kLoosenTestLines = {
    "",           "x",          "—x",          "–x",         "-x",        "Éx",          "ex",
    "7x",         " x",         "!x",          "«x",         "Ωx",        "—!",          "12",
    "« »",        "!É",         "A.",          ".,;",        "Å",         "abc",         "ABC",
    "Ödön Ulm",   "Ana-Bel",    "ana bel",     "…",          "x\\p{L}y",  "see \\p{L} here", "\\p{L}",
    "a{1,30}",    "aaaa",       "a{1,}",       "]x",         "^x",        "[x",          "]",
    "Tarvel, 4 Umber 2031",     "Ostrava Nord, 12 Ledna 2031.",  "— 2031",  "¿Qué?",     "ǅx",
};

// Whether TEXT holds a match of PATTERN compiled with OPTIONS (which must compile).
bool loosen_test_matches(const std::string& pattern, const RE2::Options& options, const std::string& text) {
  RE2 re(pattern, options);
  REQUIRE(re.ok());
  return RE2::PartialMatch(text, re);
}

// Every line the exact PATTERN matches, its loosened form (bounds from RELAX_FROM) matches
// too, case sensitive or not.
void loosen_test_covers(const std::string& pattern, size_t relax_from) {
  const std::string loose = loosened_pattern(pattern, relax_from);
  for (bool case_sensitive : {true, false}) {
    RE2::Options options;
    options.set_case_sensitive(case_sensitive);
    options.set_log_errors(false);
    for (const std::string& line : kLoosenTestLines) {
      INFO(pattern << " loosened as " << loose << ", case sensitive " << case_sensitive << ", on \"" << line << "\"");
      if (loosen_test_matches(pattern, options, line)) CHECK(loosen_test_matches(loose, options, line));
    }
  }
}

}  // namespace

TEST_CASE("A loosened pattern leaves a letter class beside a POSIX class or inside a quoted literal as it is",
          "[boilerplate][metadata]") {
  // The "]" of "[:space:]" closes no class, and "\p{L}" or "{1,30}" between \Q and \E is
  // text: a rewrite that takes either for syntax matches less than the exact pattern.
  for (const std::string pattern : {R"(^[^[:space:]\p{L}]+$)", R"(^[[:punct:]\p{Lu}]+$)", R"(\p{Lu}[[:alpha:]]{1,30})",
                                    R"(x\Q\p{L}\E)", R"(\Qa{1,30}\E\p{L})", R"(\p{L}\Q[\E\p{Lu})"}) {
    CHECK(loosened_pattern(pattern) == pattern);
    CHECK(loosened_pattern(pattern, 2) == pattern);
    loosen_test_covers(pattern, 2);
  }
  RE2 exact(R"(^[^[:space:]\p{L}]+$)");
  CHECK(RE2::FullMatch("—!", exact));
  CHECK(RE2::PartialMatch("x\\p{L}y", RE2(loosened_pattern(R"(x\Q\p{L}\E)"))));
}

TEST_CASE("A loosened pattern keeps a letter class inside a negated class exact", "[boilerplate][metadata]") {
  // Widening a class inside "[^...]" would narrow what it matches: "—x" must still match.
  CHECK(loosened_pattern(R"(^[^\p{L}]x$)") == R"(^[^\p{L}]x$)");
  CHECK(RE2::FullMatch("—x", RE2(loosened_pattern(R"(^[^\p{L}]x$)"))));
  CHECK(loosened_pattern(R"([^,\p{Ll}]\p{Lu})") == R"([^,\p{Ll}][)" + kLoosenTestAny + "]");
  // A ']' first in a class is one of its members, not its end.
  CHECK(loosened_pattern(R"([^]\p{L}]\p{L})") == R"([^]\p{L}][)" + kLoosenTestAny + "]");
  CHECK(loosened_pattern(R"([]\p{L}])") == "[]" + kLoosenTestAny + "]");
  CHECK(loosened_pattern(R"([^\]\p{L}]x)") == R"([^\]\p{L}]x)");
  // Other spellings of a letter class are left as they are.
  CHECK(loosened_pattern(R"(\pL\P{L}\p{^Lu}\p{Latin})") == R"(\pL\P{L}\p{^Lu}\p{Latin})");
  for (const std::string pattern : {R"(^[^\p{L}]x$)", R"([^,\p{Ll}]\p{Lu})", R"(^[^]\p{L}]\p{L})", R"(^[^\]\p{L}]x)",
                                    R"(^\p{Lu}[^\p{Lu}\s]+$)", R"([^\p{L}\d]{2,})"})
    loosen_test_covers(pattern, 2);
}

TEST_CASE("A loosened pattern relaxes only the bounds it is asked to, outside classes", "[boilerplate][metadata]") {
  const std::string name = R"(\p{Lu}[\p{L}.'-]{1,30})";
  CHECK(loosened_pattern(name) == "[" + kLoosenTestAny + "][" + kLoosenTestAny + ".'-]{1,30}");
  CHECK(loosened_pattern(name, 10) == "[" + kLoosenTestAny + "][" + kLoosenTestAny + ".'-]{1,}");
  CHECK(loosened_pattern(name, 31) == loosened_pattern(name));
  CHECK(loosened_pattern("a{0,3}b{3}c{2,}d{4,25}", 3) == "a{0,}b{3}c{2,}d{4,}");
  CHECK(loosened_pattern("[{0,30}]x", 3) == "[{0,30}]x");
  CHECK(loosened_pattern(R"(\{0,30})", 3) == R"(\{0,30})");
  for (const std::string& pattern : {name, std::string("^a{1,3}$"), std::string(R"(^\p{Lu}\p{Ll}{2,3}, \d{4}$)")})
    loosen_test_covers(pattern, 3);
}

TEST_CASE("A pattern whose classes cannot be placed is not loosened", "[boilerplate][metadata]") {
  // A class left open or a trailing backslash: not a pattern RE2 takes, and where its
  // classes end is not known.
  CHECK(loosened_pattern(R"([\p{L})") == R"([\p{L})");
  CHECK(loosened_pattern(R"(\p{L}{1,30}\)", 2) == R"(\p{L}{1,30}\)");
}

TEST_CASE("A loosened pattern matches every line its exact pattern matches", "[boilerplate][metadata]") {
  for (const std::string pattern :
       {R"(^\p{Lu}\p{Ll}+$)", dossier::detail::kPlaceDateLine, dossier::detail::kPlaceDateTail,
        R"((?-i:\p{Lu})[^,\p{Ll}]{0,3})", R"(^[\p{Lt}\p{Lm}\p{Lo}]x)", R"(^\W*\p{L}{1,3}\W*$)", R"(^[-\p{L}]+$)",
        R"(^[\p{L}-]+$)", R"(x|\p{Ll}{2,})"}) {
    loosen_test_covers(pattern, 3);
    loosen_test_covers(pattern, 10);
    loosen_test_covers(pattern, std::numeric_limits<size_t>::max());
  }
}

TEST_CASE("The ASCII form of a pattern makes its letter classes ASCII letters and keeps negated classes",
          "[dateline][metadata]") {
  using dossier::detail::ascii_letters_pattern;
  CHECK(ascii_letters_pattern(R"(^\p{Lu}[\p{L}.'-]+\s\p{Ll})") == R"(^[A-Z][a-zA-Z.'-]+\s[a-z])");
  CHECK(ascii_letters_pattern(R"([^\p{L}]\p{Lu}{3,})") == R"([^\p{L}][A-Z]{3,})");
  // Bounds are kept, and a class without ASCII members or another spelling is left exact.
  CHECK(ascii_letters_pattern(R"(\p{Lu}{1,30}\p{Lt}\pL\P{L})") == R"([A-Z]{1,30}\p{Lt}\pL\P{L})");
  CHECK(ascii_letters_pattern(R"(^[[:alpha:]\p{L}]+$)") == R"(^[[:alpha:]\p{L}]+$)");
}

TEST_CASE("The ASCII form of a pattern matches the same spans and groups as the pattern on ASCII text",
          "[dateline][metadata]") {
  using dossier::detail::ascii_letters_pattern;
  namespace detail = dossier::detail;
  // Invented lines: capitals, title case, commas, digits, brackets and dashes, ASCII only,
  // each also followed by text outside ASCII where no letter class reaches ("(Agência)").
  std::vector<std::string> lines;
  for (const char* head : {"TARVEL", "TARVEL, Umber", "Tarvel, Umber 4", "TAR VEL, Ost Umber, Nov. 12", "T", "TA-RV.EL",
                           "tarvel", "TARVEL 12", "O'DALE, Fla.", ""})
    for (const char* tail : {" (Wirepost) -- The", "(Wire)-x", " (Ab) - x", " -- The", " - x", " (A) -- x", " (Wire)",
                             " (Ag\xC3\xAAncia) \xE2\x80\x94 x", " \xE2\x80\x93 x", "--", ", 5 December 2031",
                             ", Ost Umber, 12 Nov 1999.", " told The Courier", " told Tide-Times \xC3\xA9"})
      lines.push_back(std::string(head) + tail);
  for (const std::string pattern :
       {detail::kAgencyForm, detail::kCapsForm, detail::kPlaceDateTail, detail::kPlaceDateLine, detail::kToldWord,
        R"(^(\p{L}+)[^\p{L}]*(\p{Ll}*))"}) {
    const RE2 exact(pattern), ascii(ascii_letters_pattern(pattern));
    REQUIRE(exact.ok());
    REQUIRE(ascii.ok());
    for (const std::string& line : lines) {
      INFO(pattern << " on \"" << line << "\"");
      re2::StringPiece a[3], b[3];
      const bool matched = exact.Match(line, 0, line.size(), RE2::UNANCHORED, a, 3);
      REQUIRE(ascii.Match(line, 0, line.size(), RE2::UNANCHORED, b, 3) == matched);
      for (int g = 0; matched && g < 3; ++g) CHECK((a[g].data() == b[g].data() && a[g].size() == b[g].size()));
    }
  }
}
