#include <catch2/catch.hpp>

#include <re2/re2.h>

#include <limits>
#include <string>
#include <vector>

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
       {R"(^\p{Lu}\p{Ll}+$)", R"(^(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?,\s*[^,]{4,25}\d{4})\.?$)",
        R"(,\s*(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?,\s*\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})\.?$)",
        R"((?-i:\p{Lu})[^,\p{Ll}]{0,3})", R"(^[\p{Lt}\p{Lm}\p{Lo}]x)", R"(^\W*\p{L}{1,3}\W*$)", R"(^[-\p{L}]+$)",
        R"(^[\p{L}-]+$)", R"(x|\p{Ll}{2,})"}) {
    loosen_test_covers(pattern, 3);
    loosen_test_covers(pattern, 10);
    loosen_test_covers(pattern, std::numeric_limits<size_t>::max());
  }
}
