// Tests of the scanner: which spans it takes and which it leaves alone.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/document.h"
#include "dossier/error.h"
#include "dossier/timex.h"
#include "scanner.h"
#include "table_test.h"

namespace {

using dossier::timex::Tense;

using timex_table::dct_of;
using timex_table::doc_of;

std::vector<std::string> texts(const std::vector<dossier::Timex>& ts) {
  std::vector<std::string> out;
  for (const auto& t : ts) out.push_back(t.text);
  return out;
}

}  // namespace

TEST_CASE("spans leave out leading prepositions", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("He told reporters on Thursday that talks in 2007 had lasted for years.", "2010-02-04"));
  CHECK(texts(ts) == std::vector<std::string>{"Thursday", "2007", "years"});
  auto ts2 = dossier::timex::find_timexes(doc_of("Russia has long expressed concern, at this stage.", "2010-02-04"));
  CHECK(texts(ts2) == std::vector<std::string>{"long", "this stage"});
}

TEST_CASE("the scanner takes the longest expression at each place", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("It will happen in the first half of next year, not on 5 December 2008.", "2008-12-05"));
  CHECK(texts(ts) == std::vector<std::string>{"the first half of next year", "5 December 2008"});
}

TEST_CASE("amounts, clock readings and names are no years", "[timex]") {
  auto ts = dossier::timex::find_timexes(
      doc_of("It cost $2008 and 2,010 units, up 2010%, as the Russell 2000 Index fell 16.03 points.", "2010-02-04"));
  CHECK(ts.empty());
}

TEST_CASE("four figures before a currency, a measure or a counted noun, or after a currency's code, are an amount", "[timex]") {
  struct Case {
    const char* text;
    std::vector<std::string> timexes;
  };
  const std::vector<Case> cases = {
      {"The club paid 1999 euros for the kit.", {}},
      {"Rebels sent 1850 fighters and 2000 troops north.", {}},
      {"The pipeline runs 1900 km across the steppe.", {}},
      {"A crowd of 2000 people filled the square.", {}},
      {"The fine is USD 2020 or Rs. 2030.", {}},
      {"Tickets cost $ 1995 each.", {}},
      // Years stay: before another noun, alone, after a preposition of time, glued to a month.
      {"The 2004 election split the town.", {"2004"}},
      {"Wages rose in 2012.", {"2012"}},
      {"In 1999 people feared the worst.", {"1999"}},
      {"Figures are given in 2010 dollars.", {"2010"}},
      {"Output peaked in 2001-05.", {"2001-05"}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(texts(dossier::timex::find_timexes(doc_of(c.text, "2021-06-01"))) == c.timexes);
  }
}

TEST_CASE("a day of the month alone is taken unless a noun follows it", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("They meet on the 26th, on the 26th floor.", "2016-04-21"));
  CHECK(texts(ts) == std::vector<std::string>{"the 26th"});
}

TEST_CASE("a day of the month before a new clause is taken, as before a preposition", "[timex]") {
  auto ts = dossier::timex::find_timexes(
      doc_of("On the 26th he resigned. On the 27th the board met. On Monday the 25th they voted.", "2016-04-21"));
  CHECK(texts(ts) == std::vector<std::string>{"the 26th", "the 27th", "Monday the 25th"});
}

TEST_CASE("an ordinal in figures before a clause, with no preposition of time or weekday before it, is a rank", "[timex]") {
  auto ts = dossier::timex::find_timexes(
      doc_of("She became the 3rd the league has banned. It was the 5th they had closed, the 12th that we saw.", "2016-04-21"));
  CHECK(ts.empty());
  // After by, until or since, or opening the sentence, it is the day.
  ts = dossier::timex::find_timexes(doc_of("By the 20th the river had crested. The 9th they left.", "2016-04-21"));
  CHECK(texts(ts) == std::vector<std::string>{"the 20th", "The 9th"});
}

TEST_CASE("a day joined to a day of the month before it is a date before a new clause too", "[timex]") {
  auto ts = dossier::timex::find_timexes(
      doc_of("We land on the 14th and the 15th we drive north. It rained on the 3rd, the 4th it cleared.", "2016-04-21"));
  CHECK(texts(ts) == std::vector<std::string>{"the 14th", "the 15th", "the 3rd", "the 4th"});
  // Joined to a rank, it is a rank.
  ts = dossier::timex::find_timexes(doc_of("Labour came 2nd and the 3rd we never counted.", "2016-04-21"));
  CHECK(ts.empty());
}

TEST_CASE("a day of next month is taken whatever word follows it", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("The 3rd of next month we leave, on the 9th of this month staff return.", "2016-04-21"));
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].value == "2016-05-03");
  CHECK(ts[1].value == "2016-04-09");
}

TEST_CASE("a weekday followed by an ordinal and a noun is the weekday alone", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("Apple showed on Wednesday the second model, on Sunday the 9th.", "2016-04-21"));
  CHECK(texts(ts) == std::vector<std::string>{"Wednesday", "Sunday the 9th"});
}

TEST_CASE("ages and vague adverbs of time are no timexes", "[timex]") {
  auto ts = dossier::timex::find_timexes(
      doc_of("A 22-year-old said the current plan will end soon, after five years.", "2016-04-21"));
  CHECK(texts(ts) == std::vector<std::string>{"five years"});
}

TEST_CASE("an age written as years old or years of age is no timex, though years older are", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of(
      "The driver, 35 years old, and a woman of 40 years of age were hurt; the bridge is two years older than the road.",
      "2016-04-21"));
  CHECK(texts(ts) == std::vector<std::string>{"two years"});
}

TEST_CASE("today said of an age, of a group of people or before their habits, is the present, not the day", "[timex]") {
  struct Case {
    const char* text;
    const char* value;
  };
  for (const Case& c : std::vector<Case>{{"The farmers of today grow more with less water.", "PRESENT_REF"},
                                         {"Many students today spend less on books.", "PRESENT_REF"},
                                         {"Parents today rarely let children walk to school.", "PRESENT_REF"},
                                         {"Workers today walked off the job at the port.", "2016-04-21"},
                                         {"The offer stands as of today.", "2016-04-21"},
                                         {"Voters today are choosing a new mayor.", "2016-04-21"}}) {
    INFO(c.text);
    auto ts = dossier::timex::find_timexes(doc_of(c.text, "2016-04-21"));
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].text == "today");
    CHECK(ts[0].value == c.value);
  }
}

TEST_CASE("one day before a verb is a day to come, and one day of work is a duration", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("She hopes to one day lead it, after one day of talks.", "2016-04-21"));
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].text == "one day");
  CHECK(ts[0].value == "FUTURE_REF");
  CHECK(ts[1].value == "P1D");
}

TEST_CASE("the fall or the future of something is no time", "[timex]") {
  auto ts = dossier::timex::find_timexes(
      doc_of("Since the fall of the old regime, talks on the future of the treaty resumed in the fall of 2004.", "2016-04-21"));
  CHECK(texts(ts) == std::vector<std::string>{"the fall of 2004"});
  auto later = dossier::timex::find_timexes(doc_of("It may change in the future, the minister said.", "2016-04-21"));
  CHECK(texts(later) == std::vector<std::string>{"the future"});
}

TEST_CASE("a year after a possessive qualifies the noun and is no part of a name", "[timex]") {
  auto ts = dossier::timex::find_timexes(doc_of("It welcomed Norway's 2014 Council Presidency.", "2016-04-21"));
  CHECK(texts(ts) == std::vector<std::string>{"2014"});
}

TEST_CASE("the scanner names the first rule that matches, as trying every rule in order does", "[timex]") {
  // Rules that cannot begin with a piece's first byte are skipped; the answer is the same.
  const dossier::timex::grammar::Scanner& shared = dossier::timex::grammar::scanner();
  const char* const pieces[] = {"Monday", "5 December 2008", "last week", "2008", "now", "three years", "the 1990s",
                                "Christmas Eve", "9:30 a.m.", "every Tuesday", "no date here", "", "the first half of next year",
                                "'80s", "(1100 GMT)", "Q3 2011", "mid-2010", "\xe2\x80\x99" "80s", "two thousand and ten",
                                "Kelvin", "\xe2\x84\xaa" "elvin", "YESTERDAY", "at 5 p.m. on Dec. 31", "noon", "the weekend"};
  for (const char* piece : pieces) {
    CAPTURE(piece);
    CHECK(shared.full_match(piece) == shared.full_match_trying_all(piece));
  }
  CHECK(shared.full_match("Monday") >= 0);
  CHECK(shared.full_match("no date here") == -1);
}

TEST_CASE("a rule's group is compiled when first needed, once, whichever threads ask for it", "[timex]") {
  // A fresh scanner has compiled no rule alone; four threads ask for the same group at once.
  const dossier::timex::grammar::Scanner fresh;
  const std::string piece = "(1100 GMT)";
  const int rule = fresh.full_match(piece);
  REQUIRE(rule >= 0);
  REQUIRE(fresh.has_group(rule));
  const auto expected = dossier::timex::grammar::scanner().group(rule, piece);
  CHECK(expected.first < expected.second);
  std::vector<std::pair<size_t, size_t>> got(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < got.size(); ++i) threads.emplace_back([&, i] { got[i] = fresh.group(rule, piece); });
  for (auto& t : threads) t.join();
  for (const auto& g : got) CHECK(g == expected);
  CHECK(fresh.group(fresh.full_match("Monday"), "Monday") == std::make_pair(size_t{0}, size_t{0}));
}

TEST_CASE("a rule has a capturing group only when RE2 counts one, and two are refused", "[timex]") {
  using dossier::timex::grammar::has_timex_group;
  CHECK(has_timex_group(RE2("later in (the day)"), "day"));
  CHECK_FALSE(has_timex_group(RE2("[(]?\\d+\\)? days"), "amount"));
  CHECK_FALSE(has_timex_group(RE2("\\(the day\\)"), "day"));
  CHECK_FALSE(has_timex_group(RE2("(?:the|a) day"), "day"));
  CHECK_THROWS_AS(has_timex_group(RE2("(early) in (the day)"), "day"), dossier::Error);
}

TEST_CASE("capturing groups counted from a pattern's text agree with RE2's count", "[timex]") {
  using dossier::timex::grammar::capturing_groups;
  for (const char* pattern : {"later in (the day)", "[(]?\\d+\\)? days", "\\(the day\\)", "(?:the|a) day", "(early) in (the day)",
                              "[]()]x", "[^]()]y", "(?i)day", "(?P<when>noon)", "((?:a|b)c)", "[\\]()](z)", "x\\\\(y)"}) {
    INFO(pattern);
    RE2 re(pattern);
    REQUIRE(re.ok());
    CHECK(capturing_groups(pattern) == re.NumberOfCapturingGroups());
  }
}

TEST_CASE("every verb that ends or starts a period is a leading word kept out of a span", "[timex]") {
  const auto& t = dossier::timex::grammar::tables();
  REQUIRE_FALSE(t.period_verbs.empty());
  for (const auto& v : t.period_verbs) {
    INFO(v);
    CHECK(std::find(t.strip.begin(), t.strip.end(), v) != t.strip.end());
  }
}

TEST_CASE("strip_leading leaves out leading prepositions in any capitals, but not one before of", "[timex]") {
  using dossier::timex::grammar::strip_leading;
  const std::string s = "The ferry sails ON Thursday, On Friday and on the end of May.";
  const size_t on_caps = s.find("ON Thursday");
  CHECK(strip_leading(s, on_caps, on_caps + 11) == on_caps + 3);
  const size_t on_title = s.find("On Friday");
  CHECK(strip_leading(s, on_title, on_title + 9) == on_title + 3);
  // A word that is no preposition stays, and so does the span's only word.
  const size_t sails = s.find("sails");
  CHECK(strip_leading(s, sails, sails + 14) == sails);
  CHECK(strip_leading(s, on_caps + 3, on_caps + 11) == on_caps + 3);
  // "of" after the word keeps it: "end of May" names a part of the month.
  const std::string t = "Until end of May.";
  CHECK(strip_leading(t, 0, t.size() - 1) == 6);
  const std::string u = "SINCE end of May.";
  CHECK(strip_leading(u, 0, u.size() - 1) == 6);
}

TEST_CASE("a match that runs past the end of its sentence reads on to its own end", "[timex]") {
  // The sentence layer splits after an abbreviation in capitals; the match does not.
  timex_table::check_found_in_sentences("Fares have risen since SEPT. 2008 on the island.", "2010-02-04", {{"SEPT. 2008", "2008-09"}});
}

TEST_CASE("the scanner's rule for a piece in capitals, odd spacing or beside characters beyond ASCII is the one trying every rule finds", "[timex]") {
  // The rules a piece lacks the needed bytes or strings of are skipped (edge_bytes.h,
  // needed_words.h): each invented phrase, written in several ways, gets the same answer.
  const dossier::timex::grammar::Scanner& shared = dossier::timex::grammar::scanner();
  const char* const phrases[] = {
      "last week", "the first week of 2011", "earlier this week", "next Lantern Festival", "Tuesday, the 2nd", "at 9:30 a.m. on Dec. 31",
      "the early hours of Sunday", "mid-2008", "the '80s", "FY2030", "Q3 2011", "four years ago", "two thousand and ten",
      "seven o'clock", "5 December 2008", "12/05/2008", "the weekend", "three consecutive days", "every Tuesday", "Christmas Eve",
      "the past six months", "1100 GMT", "later this afternoon", "nineteen ninety-five", "the summer of 1999", "Monday 12"};
  auto upper = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  };
  auto replace_all = [](std::string s, const std::string& from, const std::string& to) {
    for (size_t k = s.find(from); k != std::string::npos; k = s.find(from, k + to.size())) s.replace(k, from.size(), to);
    return s;
  };
  int named = 0;
  for (const char* phrase : phrases) {
    const std::string p = phrase;
    // Capitals, doubled and non-breaking spaces, the curly apostrophe, the Kelvin sign for a
    // "k" and the long s for an "s", characters beyond ASCII around it.
    const std::vector<std::string> forms = {p,
                                            upper(p),
                                            replace_all(p, " ", "  "),
                                            replace_all(p, " ", "\xC2\xA0"),
                                            replace_all(p, "'", "\xE2\x80\x99"),
                                            replace_all(upper(p), "K", "\xE2\x84\xAA"),
                                            replace_all(p, "s", "\xC5\xBF"),
                                            "\xE2\x80\x9C" + p + "\xE2\x80\x9D",
                                            "caf\xC3\xA9 " + p + " r\xC3\xA9sum\xC3\xA9"};
    for (const auto& form : forms) {
      std::vector<std::pair<size_t, size_t>> spans;
      std::vector<int> rules;
      shared.scan(form, spans, rules);
      std::vector<std::string> pieces = {form};
      for (const auto& [b, e] : spans) pieces.push_back(form.substr(b, e - b));
      for (const auto& piece : pieces) {
        CAPTURE(form, piece);
        const int rule = shared.full_match(piece);
        CHECK(rule == shared.full_match_trying_all(piece));
        named += rule >= 0;
      }
    }
  }
  CHECK(named > 250);
}
