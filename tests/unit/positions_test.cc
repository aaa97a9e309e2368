#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/error.h"
#include "dossier/positions.h"

using dossier::Document;
using dossier::Entity;
using dossier::Position;
using dossier::Span;
using dossier::TopicLexicon;
using dossier::TopicMatch;

namespace {

// A one-paragraph document whose sentences are the given strings (ASCII, so bytes are code
// points) and whose entities are every occurrence of the given names.
Document make_doc(const std::vector<std::string>& sentences,
                  const std::vector<std::pair<std::string, std::string>>& names, std::string dct = "2010-02-04") {
  Document d;
  d.id = "test";
  d.dct.value = std::move(dct);
  for (const auto& s : sentences) {
    if (!d.text.empty()) d.text += " ";
    int64_t b = static_cast<int64_t>(d.text.size());
    d.text += s;
    d.sentences.push_back(Span{b, static_cast<int64_t>(d.text.size())});
  }
  d.paragraphs.push_back(Span{0, static_cast<int64_t>(d.text.size())});
  d.entities.emplace();
  int n = 0;
  for (const auto& [name, type] : names) {
    Entity e;
    e.id = "e" + std::to_string(++n);
    e.name = name;
    e.type = type;
    e.aliases = {name};
    for (size_t at = d.text.find(name); at != std::string::npos; at = d.text.find(name, at + 1))
      e.mentions.push_back(Span{static_cast<int64_t>(at), static_cast<int64_t>(at + name.size())});
    d.entities->push_back(e);
  }
  return d;
}

bool has(const std::vector<Position>& ps, const std::string& actor, const std::string& topic, const std::string& stance) {
  return std::any_of(ps.begin(), ps.end(), [&](const Position& p) {
    return p.actor == actor && p.topic == topic && p.stance == stance;
  });
}

std::optional<std::string> stance_in(const std::string& sentence, const std::string& topic) {
  auto ms = TopicLexicon::builtin().find(sentence);
  for (size_t i = 0; i < ms.size(); ++i) {
    if (ms[i].topic != topic) continue;
    std::vector<TopicMatch> others;
    for (size_t j = 0; j < ms.size(); ++j)
      if (j != i) others.push_back(ms[j]);
    return dossier::stance_toward(sentence, ms[i], others);
  }
  return std::string("no mention");
}

}  // namespace

TEST_CASE("the built-in lexicon knows the fifteen European security topics", "[positions]") {
  auto topics = TopicLexicon::builtin().topics();
  for (const char* id : {"new-security-treaty", "legally-binding", "indivisible-security", "nato-enlargement",
                         "existing-structures", "osce-framework", "cfe-treaty", "arms-control", "missile-defense",
                         "regional-conflicts", "nato-withdrawal", "offensive-weapons-near-borders",
                         "freedom-of-alliance", "soft-security", "cooperation-with-nato"})
    CHECK(std::find(topics.begin(), topics.end(), id) != topics.end());
}

TEST_CASE("topic terms match case-insensitively on word boundaries", "[positions]") {
  auto lex = TopicLexicon::parse("cfe-treaty\tterm\tCFE Treaty\n");
  auto ms = lex.find("ratify the cfe   treaty now; CFE Treatyx is not it");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].start == 11);
  CHECK(ms[0].end == 23);
}

TEST_CASE("a pattern's capture group is the mention", "[positions]") {
  auto lex = TopicLexicon::parse("existing-structures\tpattern\tundermine\\s+(NATO)\n");
  std::string s = "it must not undermine NATO";
  auto ms = lex.find(s);
  REQUIRE(ms.size() == 1);
  CHECK(s.substr(ms[0].start, ms[0].end - ms[0].start) == "NATO");
}

TEST_CASE("a malformed lexicon line is an error naming the line", "[positions]") {
  CHECK_THROWS_AS(TopicLexicon::parse("# ok\nfoo\tword\tbar\n", "x.tsv"), dossier::Error);
  try {
    TopicLexicon::parse("# ok\nfoo\tpattern\t(unclosed\n", "x.tsv");
    FAIL("no error");
  } catch (const dossier::Error& e) {
    CHECK(e.line() == 2);
    CHECK(e.file() == "x.tsv");
  }
}

TEST_CASE("extending a lexicon adds a topic and keeps the old ones", "[positions]") {
  TopicLexicon lex = TopicLexicon::builtin();
  lex.extend(TopicLexicon::parse("sanctions\tterm\tsanctions\n"));
  auto ms = lex.find("Russia opposes sanctions and NATO enlargement.");
  CHECK(std::any_of(ms.begin(), ms.end(), [](const TopicMatch& m) { return m.topic == "sanctions"; }));
  CHECK(std::any_of(ms.begin(), ms.end(), [](const TopicMatch& m) { return m.topic == "nato-enlargement"; }));
}

TEST_CASE("stance cues decide support and oppose", "[positions]") {
  struct Case {
    const char* sentence;
    const char* topic;
    const char* stance;
  };
  const Case cases[] = {
      {"Russia wants a new European security treaty.", "new-security-treaty", "support"},
      {"Russia demands legally binding guarantees.", "legally-binding", "support"},
      {"NATO insists on the freedom of alliance for the European states.", "freedom-of-alliance", "support"},
      {"Russia rejects NATO enlargement.", "nato-enlargement", "oppose"},
      {"Russia opposes the missile shield in central Europe.", "missile-defense", "oppose"},
      {"Russia is worried over NATO's expansion.", "nato-enlargement", "oppose"},
      {"Russia upholds the value of the OSCE.", "osce-framework", "support"},
      {"There is no point in enlarging NATO in present-day conditions.", "nato-enlargement", "oppose"},
  };
  for (const auto& c : cases) {
    INFO(c.sentence);
    CHECK(stance_in(c.sentence, c.topic) == std::optional<std::string>(c.stance));
  }
}

TEST_CASE("a negation flips the cue that follows it", "[positions]") {
  CHECK(stance_in("He said that Medvedev's pact was not needed.", "new-security-treaty") == std::optional<std::string>("oppose"));
  CHECK(stance_in("The EU's top diplomat said it must not undermine NATO.", "existing-structures") ==
        std::optional<std::string>("support"));
  CHECK(stance_in("Russia does not support the missile shield.", "missile-defense") == std::optional<std::string>("oppose"));
}

TEST_CASE("a negation that is part of the topic's wording flips nothing", "[positions]") {
  CHECK(stance_in("Russia insists that no state should ensure its security at the expense of the security of others.",
                  "indivisible-security") == std::optional<std::string>("support"));
}

TEST_CASE("a mention without any cue has no stance", "[positions]") {
  CHECK(stance_in("The CFE Treaty was signed in Paris.", "cfe-treaty") == std::nullopt);
}

TEST_CASE("the clause after a contrast decides over a concession", "[positions]") {
  CHECK(stance_in("Clinton said that while she shared the pact's main goals, negotiating it would be too cumbersome.",
                  "new-security-treaty") == std::optional<std::string>("oppose"));
}

TEST_CASE("items of a list after a colon take the stance that introduces them", "[positions]") {
  std::string s = "Russia wants a positive answer on the crucial points: the end of NATO expansion, the withdrawal of NATO units from member states.";
  CHECK(stance_in(s, "nato-enlargement") == std::optional<std::string>("oppose"));
  CHECK(stance_in(s, "nato-withdrawal") == std::optional<std::string>("support"));
}

TEST_CASE("a denied mention reverses the stance", "[positions]") {
  CHECK(stance_in("Russia's proposal stresses only \"hard\" security.", "soft-security") == std::optional<std::string>("oppose"));
}

TEST_CASE("the subject of the sentence holds the position", "[positions]") {
  auto d = make_doc({"Russia rejects NATO enlargement."}, {{"Russia", "GPE"}, {"NATO", "ORG"}});
  auto ps = dossier::find_positions(d);
  REQUIRE(ps.size() == 1);
  CHECK(ps[0].actor == "Russia");
  CHECK(ps[0].topic == "nato-enlargement");
  CHECK(ps[0].stance == "oppose");
  CHECK(ps[0].date == "2010-02-04");
  CHECK(ps[0].evidence == Span{0, 32});
  CHECK(!ps[0].via);
}

TEST_CASE("a metonym resolves to the state it stands for", "[positions]") {
  auto d = make_doc({"The Kremlin rejects NATO enlargement."}, {{"Kremlin", "ORG"}, {"NATO", "ORG"}});
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
}

TEST_CASE("a person speaks for the state of their office on that date", "[positions]") {
  auto d = make_doc({"Sergei Lavrov rejects NATO enlargement."}, {{"Sergei Lavrov", "PERSON"}, {"NATO", "ORG"}}, "2022-01-14");
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "Sergei Lavrov", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
}

TEST_CASE("the agents of a passive cue hold the position", "[positions]") {
  auto d = make_doc({"Officials in Moscow say the proposed pact has been snubbed by NATO and the European Union."},
                    {{"Moscow", "GPE"}, {"NATO", "ORG"}, {"European Union", "ORG"}});
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "NATO", "new-security-treaty", "oppose"));
  CHECK(has(ps, "European Union", "new-security-treaty", "oppose"));
  CHECK(!has(ps, "Russia", "new-security-treaty", "oppose"));
}

TEST_CASE("coordinated subjects each hold the position", "[positions]") {
  auto d = make_doc({"The United States and Britain see no need for a new security treaty."},
                    {{"United States", "GPE"}, {"Britain", "GPE"}});
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "United States", "new-security-treaty", "oppose"));
  CHECK(has(ps, "Britain", "new-security-treaty", "oppose"));
}

TEST_CASE("the owner of a topic does not hold the stance taken on it", "[positions]") {
  auto d = make_doc({"Rasmussen said that Medvedev's pact was not needed."}, {{"Rasmussen", "PERSON"}, {"Medvedev", "PERSON"}});
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "Rasmussen", "new-security-treaty", "oppose"));
  CHECK(!has(ps, "Medvedev", "new-security-treaty", "oppose"));
}

TEST_CASE("a quote's speaker holds the positions inside it and the quote is the via", "[positions]") {
  auto d = make_doc({"Lavrov said: \"We reject NATO enlargement.\""}, {{"Lavrov", "PERSON"}, {"NATO", "ORG"}});
  dossier::Quote q;
  q.id = "q1";
  q.text = "We reject NATO enlargement.";
  q.span = Span{13, 40};
  q.kind = "direct";
  q.speaker = dossier::Speaker{std::string("e1"), "Lavrov"};
  d.quotes = std::vector<dossier::Quote>{q};
  auto ps = dossier::find_positions(d);
  REQUIRE(!ps.empty());
  CHECK(has(ps, "Lavrov", "nato-enlargement", "oppose"));
  CHECK(ps[0].via == std::optional<std::string>("q1"));
}

TEST_CASE("a timex in the sentence dates the position", "[positions]") {
  auto d = make_doc({"In December Russia rejected NATO enlargement."}, {{"Russia", "GPE"}, {"NATO", "ORG"}});
  d.timexes = std::vector<dossier::Timex>{{"t1", "December", Span{3, 11}, "DATE", "2009-12"}};
  auto ps = dossier::find_positions(d);
  REQUIRE(ps.size() == 1);
  CHECK(ps[0].date == "2009-12");
}

TEST_CASE("selections parse actor, since, until and doc", "[positions]") {
  auto s = dossier::parse_selection("actor=Russia, until=2010");
  CHECK(s.actor == std::optional<std::string>("Russia"));
  CHECK(s.until == std::optional<std::string>("2010"));
  CHECK(!s.since);
  CHECK_THROWS_AS(dossier::parse_selection("speaker=Russia"), dossier::Error);
  CHECK_THROWS_AS(dossier::parse_selection("since=later"), dossier::Error);
  CHECK_THROWS_AS(dossier::parse_selection("actor"), dossier::Error);
}

TEST_CASE("dates in selections compare by prefix", "[positions]") {
  auto until = dossier::parse_selection("until=2010");
  auto since = dossier::parse_selection("since=2020");
  Position p{"Russia", "cfe-treaty", "support", "2010-12-31", {}, {}};
  CHECK(until.matches(p, "d"));
  CHECK(!since.matches(p, "d"));
  p.date = "2021-11";
  CHECK(since.matches(p, "d"));
  CHECK(!until.matches(p, "d"));
}

TEST_CASE("the diff says added, removed, flipped and same", "[positions]") {
  dossier::PositionDiffer differ(dossier::parse_selection("actor=Russia,until=2010"),
                                 dossier::parse_selection("actor=Russia,since=2020"));
  Document d;
  d.id = "d1";
  d.text = "Evidence sentence.";
  auto pos = [](const char* topic, const char* stance, const char* date) {
    return Position{"Russia", topic, stance, date, Span{0, 18}, {}};
  };
  differ.add(d, {pos("cfe-treaty", "support", "2008-12-05"), pos("legally-binding", "support", "2008-12-05"),
                 pos("legally-binding", "support", "2022-01-14"), pos("nato-withdrawal", "support", "2022-01-14"),
                 pos("missile-defense", "oppose", "2009-06-28"), pos("missile-defense", "support", "2022-01-14"),
                 pos("arms-control", "support", "2015-01-01")});
  auto diffs = differ.diffs();
  auto change = [&](const std::string& topic) {
    for (const auto& x : diffs)
      if (x.topic == topic) return x.change;
    return std::string("absent");
  };
  CHECK(change("cfe-treaty") == "removed");
  CHECK(change("legally-binding") == "same");
  CHECK(change("nato-withdrawal") == "added");
  CHECK(change("missile-defense") == "flipped");
  CHECK(change("arms-control") == "absent");
  auto text = dossier::diff_text(diffs, dossier::parse_selection("actor=Russia,until=2010"),
                                 dossier::parse_selection("actor=Russia,since=2020"));
  CHECK(text.find("+ Russia nato-withdrawal: support (2022-01-14)\n") != std::string::npos);
  CHECK(text.find("- Russia cfe-treaty: support (2008-12-05)\n") != std::string::npos);
  CHECK(text.find("~ Russia missile-defense: oppose -> support") != std::string::npos);
  CHECK(text.find("\"Evidence sentence.\"") != std::string::npos);
}

TEST_CASE("a side's stance is its majority, ties going to the latest", "[positions]") {
  dossier::PositionDiffer differ(dossier::Selection{}, dossier::Selection{});
  Document d;
  d.text = "x";
  differ.add(d, {Position{"NATO", "t", "oppose", "2001", {}, {}}, Position{"NATO", "t", "support", "2003", {}, {}}});
  auto diffs = differ.diffs();
  REQUIRE(diffs.size() == 1);
  CHECK(diffs[0].left->stance == "support");
  CHECK(diffs[0].left->dates == std::vector<std::string>{"2001", "2003"});
}

TEST_CASE("two named actors are compared topic by topic", "[positions]") {
  dossier::PositionDiffer differ(dossier::parse_selection("actor=Russia"), dossier::parse_selection("actor=NATO"));
  Document d;
  d.text = "x";
  differ.add(d, {Position{"Russia", "nato-enlargement", "oppose", "2008", {}, {}},
                 Position{"NATO", "nato-enlargement", "support", "2008", {}, {}}});
  auto diffs = differ.diffs();
  REQUIRE(diffs.size() == 1);
  CHECK(diffs[0].actor == "Russia vs NATO");
  CHECK(diffs[0].change == "flipped");
}

TEST_CASE("the svg is one picture with a cell per actor and topic", "[positions]") {
  dossier::PositionDiff d;
  d.actor = "A & B";
  d.topic = "cfe-treaty";
  d.change = "added";
  d.right = dossier::PositionSide{"support", {"2020"}, {}};
  std::string svg = dossier::diff_svg({d}, dossier::Selection{}, dossier::Selection{});
  CHECK(svg.rfind("<svg", 0) == 0);
  CHECK(svg.find("</svg>") != std::string::npos);
  CHECK(svg.find("A &amp; B") != std::string::npos);
  CHECK(svg.find("#2e8b57") != std::string::npos);
}

TEST_CASE("a mention inside a longer mention of another topic is no topic of its own", "[positions]") {
  auto ms = TopicLexicon::builtin().find("our partners refuse to ratify the Adapted Treaty");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].topic == "cfe-treaty");
}

TEST_CASE("a denied purpose takes no side and ends the reach of the cues before it", "[positions]") {
  CHECK(stance_in("Officials said the proposal is not meant to weaken or replace NATO.", "existing-structures") ==
        std::nullopt);
  CHECK(stance_in("Officials said the pact must not weaken NATO.", "existing-structures") ==
        std::optional<std::string>("support"));
}

TEST_CASE("the passive cue of the clause that decides names who holds the stance", "[positions]") {
  auto d = make_doc({"Moscow is calm despite the fact that the proposed pact, a part of his policy, has been snubbed by "
                     "NATO and the European Union."},
                    {{"Moscow", "GPE"}, {"NATO", "ORG"}, {"European Union", "ORG"}});
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "NATO", "new-security-treaty", "oppose"));
  CHECK(has(ps, "European Union", "new-security-treaty", "oppose"));
  CHECK(!has(ps, "Russia", "new-security-treaty", "oppose"));
}

TEST_CASE("a subject after the mention is sought only within the mention's clause", "[positions]") {
  auto d = make_doc({"The West looked at the call for a new security pact but the EU's top diplomat said it must not "
                     "undermine NATO."},
                    {{"EU", "ORG"}, {"NATO", "ORG"}});
  auto ps = dossier::find_positions(d);
  CHECK(!has(ps, "EU", "new-security-treaty", "support"));
  CHECK(has(ps, "EU", "existing-structures", "support"));
}

TEST_CASE("an abbreviation in parentheses is not a subject of its own", "[positions]") {
  auto d = make_doc({"Ministers of the Organization for Security and Cooperation in Europe (OSCE) met after NATO and "
                     "Russia restored formal cooperation."},
                    {{"Organization for Security and Cooperation in Europe", "ORG"}, {"OSCE", "ORG"}, {"NATO", "ORG"},
                     {"Russia", "GPE"}});
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "NATO", "cooperation-with-nato", "support"));
  CHECK(has(ps, "Russia", "cooperation-with-nato", "support"));
  CHECK(!has(ps, "OSCE", "cooperation-with-nato", "support"));
}

TEST_CASE("a name right before a noun cue holds that cue's stance", "[positions]") {
  auto d = make_doc({"The Russian military is concerned by U.S. plans for a missile shield."}, {{"U.S.", "GPE"}});
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "U.S.", "missile-defense", "support"));
  CHECK(has(ps, "Russia", "missile-defense", "oppose"));
}

TEST_CASE("inside a quote a cue that names who holds the stance overrides the speaker", "[positions]") {
  std::string s = "\"The deadlock comes from the unwillingness of our NATO partners to ratify the Adapted Treaty.\"";
  auto d = make_doc({s, "Lavrov said."}, {{"Lavrov", "PERSON"}, {"NATO", "ORG"}}, "2008-12-05");
  dossier::Quote q;
  q.id = "q1";
  q.text = s.substr(1, s.size() - 2);
  q.span = Span{0, static_cast<int64_t>(s.size())};
  q.kind = "direct";
  q.speech = true;
  q.speaker = dossier::Speaker{std::string("e1"), "Lavrov"};
  d.quotes = std::vector<dossier::Quote>{q};
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "NATO", "cfe-treaty", "oppose"));
  CHECK(has(ps, "Lavrov", "cfe-treaty", "support"));
  CHECK(!has(ps, "Lavrov", "cfe-treaty", "oppose"));
}

TEST_CASE("the owner of a proposal stands for what it names", "[positions]") {
  auto d = make_doc({"The central theme was President Medvedev's initiative for a legally binding treaty on European "
                     "security."},
                    {{"Medvedev", "PERSON"}}, "2008-12-05");
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "Medvedev", "legally-binding", "support"));
  CHECK(has(ps, "Medvedev", "new-security-treaty", "support"));
}

TEST_CASE("a cue's own holder reaches only the mention no later cue speaks of", "[positions]") {
  auto d = make_doc({"The Kremlin wants legally binding guarantees and the end of NATO enlargement."},
                    {{"Kremlin", "ORG"}, {"NATO", "ORG"}});
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "Russia", "legally-binding", "support"));
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "Russia", "nato-enlargement", "support"));
}

TEST_CASE("according to a person, the rest of the paragraph is that person's", "[positions]") {
  auto d = make_doc({"According to Lavrov, there can only be a package solution.",
                     "Russia wants the end of NATO expansion to the east.", "All of this must be legally binding."},
                    {{"Lavrov", "PERSON"}, {"Russia", "GPE"}, {"NATO", "ORG"}}, "2022-01-14");
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "Lavrov", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Lavrov", "legally-binding", "support"));
}

TEST_CASE("reported speech ends with its paragraph", "[positions]") {
  auto d = make_doc({"According to Lavrov, there can only be a package solution."}, {{"Lavrov", "PERSON"}});
  std::string second = " All of this must be legally binding.";
  int64_t b = static_cast<int64_t>(d.text.size());
  d.text += second;
  d.sentences.push_back(Span{b + 1, static_cast<int64_t>(d.text.size())});
  d.paragraphs = {Span{0, b}, Span{b + 1, static_cast<int64_t>(d.text.size())}};
  auto ps = dossier::find_positions(d);
  CHECK(!has(ps, "Lavrov", "legally-binding", "support"));
}

TEST_CASE("a role noun stands for the person named before who holds that office", "[positions]") {
  auto d = make_doc({"Sergei Lavrov arrived in Geneva.", "The Russian Foreign Minister rejected NATO expansion.",
                     "Moscow's top diplomat demanded legally binding guarantees."},
                    {{"Sergei Lavrov", "PERSON"}, {"NATO", "ORG"}, {"Moscow", "GPE"}}, "2022-01-14");
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "Sergei Lavrov", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Sergei Lavrov", "legally-binding", "support"));
  CHECK(has(ps, "Russia", "legally-binding", "support"));
}

TEST_CASE("a role noun stands for no one when nobody named before holds the office", "[positions]") {
  auto d = make_doc({"Hillary Clinton arrived in Geneva.", "The spokesman rejected NATO expansion."},
                    {{"Hillary Clinton", "PERSON"}, {"NATO", "ORG"}}, "2010-02-04");
  auto ps = dossier::find_positions(d);
  CHECK(!has(ps, "Hillary Clinton", "nato-enlargement", "oppose"));
}

TEST_CASE("the set index runs only the rules that can match and loses none", "[positions]") {
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

TEST_CASE("inside a quote a subject before a reporting verb holds what follows, not the speaker", "[positions]") {
  std::string s = "\"The US and Britain argued that it was necessary to keep the existing structures.\"";
  auto d = make_doc({s, "Lavrov said."}, {{"Lavrov", "PERSON"}, {"US", "GPE"}, {"Britain", "GPE"}}, "2008-12-05");
  dossier::Quote q;
  q.id = "q1";
  q.text = s.substr(1, s.size() - 2);
  q.span = Span{0, static_cast<int64_t>(s.size())};
  q.kind = "direct";
  q.speech = true;
  q.speaker = dossier::Speaker{std::string("e1"), "Lavrov"};
  d.quotes = std::vector<dossier::Quote>{q};
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "US", "existing-structures", "support"));
  CHECK(has(ps, "Britain", "existing-structures", "support"));
  CHECK(!has(ps, "Lavrov", "existing-structures", "support"));
}

TEST_CASE("a name coordinated by and with the object of a preposition is no subject", "[positions]") {
  auto d = make_doc({"With his order to wring binding guarantees from the United States and NATO, Putin set a process "
                     "in motion."},
                    {{"United States", "GPE"}, {"NATO", "ORG"}, {"Putin", "PERSON"}}, "2022-01-14");
  auto ps = dossier::find_positions(d);
  CHECK(!has(ps, "NATO", "legally-binding", "support"));
  CHECK(has(ps, "Putin", "legally-binding", "support"));
}

TEST_CASE("a possessive person is not added as a further holder", "[positions]") {
  auto d = make_doc({"Rasmussen said that Medvedev's pact was not needed, because existing security structures were "
                     "enough."},
                    {{"Rasmussen", "PERSON"}, {"Medvedev", "PERSON"}});
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "Rasmussen", "existing-structures", "support"));
  CHECK(!has(ps, "Medvedev", "existing-structures", "support"));
}

TEST_CASE("a name before a verb cue of a clause it does not own holds nothing", "[positions]") {
  auto d = make_doc({"Moscow demanded that NATO halt its eastward expansion."}, {{"Moscow", "GPE"}, {"NATO", "ORG"}});
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "NATO", "nato-enlargement", "oppose"));
}

TEST_CASE("the alliance stands for NATO", "[positions]") {
  auto d = make_doc({"The alliance is ready to discuss arms control."}, {});
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "NATO", "arms-control", "support"));
}

TEST_CASE("the body of an office resolves like a metonym", "[positions]") {
  auto d = make_doc({"Dmitry Peskov said the Kremlin wants legally binding guarantees."}, {{"Dmitry Peskov", "PERSON"}},
                    "2022-01-14");
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "Dmitry Peskov", "legally-binding", "support"));
  CHECK(has(ps, "Russia", "legally-binding", "support"));
  CHECK(!has(ps, "Kremlin", "legally-binding", "support"));
}

TEST_CASE("a topic said to be in doubt is a state of affairs, not a stance", "[positions]") {
  CHECK(stance_in("So it turns out that the indivisibility of security is subject to doubt.", "indivisible-security") ==
        std::nullopt);
}
