#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/error.h"
#include "dossier/positions.h"
#include "positions/test_docs.h"

using namespace positions_test;

TEST_CASE("the built-in lexicon knows the fifteen European security topics", "[positions][topics]") {
  auto topics = TopicLexicon::builtin().topics();
  for (const char* id : {"new-security-treaty", "legally-binding", "indivisible-security", "nato-enlargement",
                         "existing-structures", "osce-framework", "cfe-treaty", "arms-control", "missile-defense",
                         "regional-conflicts", "nato-withdrawal", "offensive-weapons-near-borders",
                         "freedom-of-alliance", "soft-security", "cooperation-with-nato"})
    CHECK(std::find(topics.begin(), topics.end(), id) != topics.end());
}

TEST_CASE("topic terms match case-insensitively on word boundaries", "[positions][topics]") {
  auto lex = TopicLexicon::parse("cfe-treaty\tterm\tCFE Treaty\n");
  auto ms = lex.find("ratify the cfe   treaty now; CFE Treatyx is not it");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].start == 11);
  CHECK(ms[0].end == 23);
}

TEST_CASE("a pattern's capture group is the mention", "[positions][topics]") {
  auto lex = TopicLexicon::parse("existing-structures\tpattern\tundermine\\s+(NATO)\n");
  std::string s = "a pact that would undermine NATO";
  auto ms = lex.find(s);
  REQUIRE(ms.size() == 1);
  CHECK(s.substr(ms[0].start, ms[0].end - ms[0].start) == "NATO");
}

TEST_CASE("a malformed lexicon line is an error naming the line", "[positions][topics]") {
  CHECK_THROWS_AS(TopicLexicon::parse("# ok\nfoo\tword\tbar\n", "x.tsv"), dossier::Error);
  try {
    TopicLexicon::parse("# ok\nfoo\tpattern\t(unclosed\n", "x.tsv");
    FAIL("no error");
  } catch (const dossier::Error& e) {
    CHECK(e.line() == 2);
    CHECK(e.file() == "x.tsv");
  }
}

TEST_CASE("extending a lexicon adds a topic and keeps the old ones", "[positions][topics]") {
  TopicLexicon lex = TopicLexicon::builtin();
  lex.extend(TopicLexicon::parse("sanctions\tterm\tsanctions\n"));
  auto ms = lex.find("Russia opposes sanctions and NATO enlargement.");
  CHECK(std::any_of(ms.begin(), ms.end(), [](const TopicMatch& m) { return m.topic == "sanctions"; }));
  CHECK(std::any_of(ms.begin(), ms.end(), [](const TopicMatch& m) { return m.topic == "nato-enlargement"; }));
}

TEST_CASE("a mention inside a longer mention of another topic is no topic of its own", "[positions][topics]") {
  auto ms = TopicLexicon::builtin().find("the allies still will not ratify the Adapted Treaty");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].topic == "cfe-treaty");
}

TEST_CASE("the set index runs only the rules that can match and loses none", "[positions][topics]") {
  auto lex = TopicLexicon::parse("a\tterm\tred apple\nb\tpattern\tgreen\\s+(pear)\nc\tterm\tblue plum\n"
                                 "a\tpattern\tcrimson\\s+apples?\n");
  auto ms = lex.find("a green pear, a crimson apple and a red apple");
  REQUIRE(ms.size() == 3);
  CHECK(ms[0].topic == "b");
  CHECK(ms[1].topic == "a");
  CHECK(ms[2].topic == "a");
  CHECK(lex.find("nothing here").empty());
  auto more = lex;
  more.extend(TopicLexicon::parse("d\tterm\tnothing\n"));
  REQUIRE(more.find("nothing here").size() == 1);
  CHECK(lex.find("nothing here").empty());
}

TEST_CASE("frames name each topic in words of meaning no seed sentence uses", "[positions][topics]") {
  struct Case {
    const char* sentence;
    const char* topic;
  };
  const Case cases[] = {
      {"Finland applied for accession to the North Atlantic Treaty Organization.", "nato-enlargement"},
      {"Sweden became the thirty-second member of the alliance.", "nato-enlargement"},
      {"The summit hoped for a continent without dividing lines.", "indivisible-security"},
      {"Talks must respect the founding principles and documents of Euro-Atlantic security.", "existing-structures"},
      {"Governments pledged to protect human rights and foster tolerance.", "soft-security"},
  };
  for (const auto& c : cases) {
    INFO(c.sentence);
    auto ms = TopicLexicon::builtin().find(c.sentence);
    CHECK(std::any_of(ms.begin(), ms.end(), [&](const TopicMatch& m) { return m.topic == c.topic; }));
  }
}

TEST_CASE("an anaphor rule lists the topics a definite noun may take up", "[positions][topics]") {
  auto lex = TopicLexicon::parse("cfe-treaty\tanaphor\ttreaty\nnew-security-treaty\tanaphor\ttreaty, pact\n");
  auto as = lex.anaphors("They kept the treaty; this pact and those treaties and a pact are others.");
  REQUIRE(as.size() == 2);
  CHECK(as[0].start == 10);
  CHECK(as[0].end == 20);
  CHECK(as[0].topics == std::vector<std::string>{"cfe-treaty", "new-security-treaty"});
  CHECK(as[1].topics == std::vector<std::string>{"new-security-treaty"});
  CHECK_THROWS_AS(TopicLexicon::parse("cfe-treaty\tanaphor\tthe treaty\n"), dossier::Error);
}

TEST_CASE("an anaphor of the topic star may take up any topic of the lexicon", "[positions][topics]") {
  auto lex = TopicLexicon::parse("cfe-treaty\tterm\tCFE\n*\tanaphor\tmove\nmissile-defense\tterm\tshield\n");
  auto as = lex.anaphors("They welcomed the move.");
  REQUIRE(as.size() == 1);
  CHECK(as[0].topics == std::vector<std::string>{"cfe-treaty", "missile-defense"});
  CHECK_THROWS_AS(TopicLexicon::parse("*\tterm\tCFE\n"), dossier::Error);
}

TEST_CASE("an anaphor is found at any offset, in any case, after any run of text", "[positions][topics]") {
  auto lex = TopicLexicon::parse("cfe-treaty\tanaphor\ttreaty\n");
  for (const char* the : {"the", "The", "THE", "this", "That"})
    for (size_t pad = 0; pad < 20; ++pad) {
      std::string text = std::string(pad, 'x') + (pad ? " " : "") + the + " treaty ends here, at last.";
      auto as = lex.anaphors(text);
      INFO(text);
      REQUIRE(as.size() == 1);
      CHECK(as[0].start == (pad ? pad + 1 : 0));
    }
  // A "th" that opens no anaphor, next to one that does: "othe" and "tthe" are not words.
  auto as = lex.anaphors("tthe treaty; othe treaty; a tho treaty; and the treaty.");
  REQUIRE(as.size() == 1);
  CHECK(as[0].start == 44);
}
