#include <catch2/catch.hpp>

#include <string>

#include "dossier/error.h"
#include "dossier/positions.h"
#include "positions/lemma.h"

using dossier::TopicLexicon;

namespace {

std::string mention(const std::string& lexicon, const std::string& text) {
  auto ms = TopicLexicon::parse(lexicon).find(text);
  if (ms.empty()) return "(none)";
  return text.substr(ms[0].start, ms[0].end - ms[0].start);
}

}  // namespace

TEST_CASE("inflections of a word share its lemma", "[positions][frames]") {
  dossier::positions_detail::Lemmatizer l;
  CHECK(l.lemma("expands") == l.lemma("expand"));
  CHECK(l.lemma("Expanded") == l.lemma("expanding"));
  CHECK(l.lemma("enlargements") == l.lemma("enlargement"));
  CHECK(l.lemma("treaties") == l.lemma("treaty"));
}

TEST_CASE("a frame matches its groups in any order within the window", "[positions][frames]") {
  std::string lex = "enlargement\tframe\t{expand, expansion, join} {alliance, bloc}\n";
  CHECK(mention(lex, "They oppose the expansion of the alliance.") == "expansion of the alliance");
  CHECK(mention(lex, "The bloc kept expanding eastward.") == "expanding");
  CHECK(mention(lex, "Georgia wants to join the alliance one day.") == "join the alliance");
  CHECK(mention(lex, "The alliance met in Rome, where nobody spoke of any plan to expand.") == "(none)");
}

TEST_CASE("the mention is the head's words and those joined to them by function words", "[positions][frames]") {
  std::string lex = "t\tframe\t{expand, expansion, eastward} {nato, alliance}\n";
  CHECK(mention(lex, "Russia fears NATO's eastward expansion.") == "NATO's eastward expansion");
  CHECK(mention(lex, "Moscow demanded that NATO halt its eastward expansion.") == "eastward expansion");
}

TEST_CASE("a frame's window is set with a tilde", "[positions][frames]") {
  std::string text = "The alliance met in Rome, where nobody spoke of any plan to expand.";
  CHECK(mention("t\tframe\t{expand} {alliance} ~14\n", text) == "expand");
}

TEST_CASE("a frame's groups must meet within one clause", "[positions][frames]") {
  std::string lex = "t\tframe\t{treaty} {security}\n";
  CHECK(mention(lex, "A security treaty was proposed.") == "security treaty");
  CHECK(mention(lex, "Security was discussed; the treaty was not.") == "(none)");
  CHECK(mention(lex, "Security was discussed -- the treaty was not.") == "(none)");
}

TEST_CASE("a word of an exclusion group near the match cancels it", "[positions][frames]") {
  std::string lex = "t\tframe\t{shield, defence, defense} {missile} !{iron}\n";
  CHECK(mention(lex, "The missile shield in Poland.") == "missile shield");
  CHECK(mention(lex, "The Iron Dome missile defense.") == "(none)");
}

TEST_CASE("a two-word alternative matches only its words in a row", "[positions][frames]") {
  std::string lex = "t\tframe\t{arms control} {revive, talks}\n";
  CHECK(mention(lex, "Both sides want to revive arms control.") == "revive arms control");
  CHECK(mention(lex, "Both sides want to revive control of arms.") == "(none)");
}

TEST_CASE("a malformed frame is an error naming its line", "[positions][frames]") {
  for (const char* bad : {"t\tframe\t{a, b\n", "t\tframe\tword\n", "t\tframe\t{one two three}\n", "t\tframe\t{a} ~0\n",
                          "t\tframe\t!{a}\n"}) {
    try {
      TopicLexicon::parse(std::string("# a comment\n") + bad, "f.tsv");
      FAIL("no error for " << bad);
    } catch (const dossier::Error& e) {
      CHECK(e.file() == "f.tsv");
      CHECK(e.line() == 2);
    }
  }
}

TEST_CASE("a frame's matches in a long text are all found", "[positions][frames]") {
  auto lex = TopicLexicon::parse("t\tframe\t{expand} {alliance}\nu\tterm\tsummit\n");
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "The alliance will expand. A summit; ";
  auto ms = lex.find(text);
  CHECK(ms.size() == 4000);
}

TEST_CASE("a group in square brackets is the mention, the rest its context", "[positions][frames]") {
  std::string lex = "t\tframe\t{undermine, weaken, replace} [nato, alliance]\n";
  CHECK(mention(lex, "It must not undermine NATO.") == "NATO");
  CHECK(mention(lex, "It must not replace the alliance.") == "alliance");
}

TEST_CASE("short lemmas and lemmas ending in y match their longer words", "[positions][frames]") {
  std::string lex = "t\tframe\t{ban} {missile}\nu\tframe\t{deny} {entry}\n";
  CHECK(mention(lex, "Both sides wanted bans on missiles.") == "bans on missiles");
  CHECK(mention(lex, "They denied entry.") == "denied entry");
  CHECK(mention(lex, "He denies any entry.") == "denies any entry");
}
