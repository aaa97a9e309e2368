#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/error.h"
#include "dossier/positions.h"
#include "positions/test_docs.h"

using namespace positions_test;

TEST_CASE("the subject of the sentence holds the position", "[positions][layer]") {
  auto ps = positions_of({"Russia rejects NATO enlargement."}, {{"Russia", "GPE"}, {"NATO", "ORG"}});
  REQUIRE(ps.size() == 1);
  CHECK(ps[0].actor == "Russia");
  CHECK(ps[0].topic == "nato-enlargement");
  CHECK(ps[0].stance == "oppose");
  CHECK(ps[0].date == "2010-02-04");
  CHECK(ps[0].evidence == Span{0, 32});
  CHECK(!ps[0].via);
}

TEST_CASE("a metonym resolves to the state it stands for", "[positions][layer]") {
  auto ps = positions_of({"The Kremlin rejects NATO enlargement."}, {{"Kremlin", "ORG"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
}

TEST_CASE("any nationality adjective before a word for the state's agents stands for that state", "[positions][layer]") {
  auto ps = positions_of({"Finnish diplomats reject NATO enlargement.", "Portuguese officials support NATO enlargement."}, {{"NATO", "ORG"}});
  CHECK(has(ps, "Finland", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Portugal", "nato-enlargement", "support"));
  auto none = positions_of({"Ancient diplomats rejected NATO enlargement."}, {{"NATO", "ORG"}});
  CHECK(!has(none, "Ancient", "nato-enlargement", "oppose"));
}

TEST_CASE("a person speaks for the state of their office on that date", "[positions][layer]") {
  auto ps = positions_of({"Sergei Lavrov rejects NATO enlargement."}, {{"Sergei Lavrov", "PERSON"}, {"NATO", "ORG"}}, "2022-01-14");
  CHECK(has(ps, "Sergei Lavrov", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
}

TEST_CASE("the agents of a passive cue hold the position", "[positions][layer]") {
  auto ps = positions_of({"Officials in Moscow say the proposed pact has been snubbed by NATO and the European Union."},
                         {{"Moscow", "GPE"}, {"NATO", "ORG"}, {"European Union", "ORG"}});
  CHECK(has(ps, "NATO", "new-security-treaty", "oppose"));
  CHECK(has(ps, "European Union", "new-security-treaty", "oppose"));
  CHECK(!has(ps, "Russia", "new-security-treaty", "oppose"));
}

TEST_CASE("coordinated subjects each hold the position", "[positions][layer]") {
  auto ps = positions_of({"Today the United States and Britain see no need for any new security treaty."},
                         {{"United States", "GPE"}, {"Britain", "GPE"}});
  CHECK(has(ps, "United States", "new-security-treaty", "oppose"));
  CHECK(has(ps, "Britain", "new-security-treaty", "oppose"));
}

TEST_CASE("the owner of a topic does not hold the stance taken on it", "[positions][layer]") {
  auto ps = positions_of({"On Friday Rasmussen said Medvedev's pact is not needed."}, {{"Rasmussen", "PERSON"}, {"Medvedev", "PERSON"}});
  CHECK(has(ps, "Rasmussen", "new-security-treaty", "oppose"));
  CHECK(!has(ps, "Medvedev", "new-security-treaty", "oppose"));
}

TEST_CASE("a quote's speaker holds the positions inside it and the quote is the via", "[positions][layer]") {
  auto d = make_doc({"Lavrov said: \"We reject NATO enlargement.\""}, {{"Lavrov", "PERSON"}, {"NATO", "ORG"}});
  add_quote(d, Span{13, 40}, "Lavrov");
  auto ps = dossier::find_positions(d);
  REQUIRE(!ps.empty());
  CHECK(has(ps, "Lavrov", "nato-enlargement", "oppose"));
  CHECK(ps[0].via == std::optional<std::string>("q1"));
}

TEST_CASE("a timex in the sentence dates the position", "[positions][layer]") {
  auto d = make_doc({"In December Russia rejected NATO enlargement."}, {{"Russia", "GPE"}, {"NATO", "ORG"}});
  d.timexes = std::vector<dossier::Timex>{{"t1", "December", Span{3, 11}, "DATE", "2009-12"}};
  auto ps = dossier::find_positions(d);
  REQUIRE(ps.size() == 1);
  CHECK(ps[0].date == "2009-12");
}

TEST_CASE("the passive cue of the clause that decides names who holds the stance", "[positions][layer]") {
  auto ps = positions_of({"Moscow stays quiet even though its proposed pact, a centrepiece of its diplomacy, was snubbed by "
                          "NATO and the European Union."},
                         {{"Moscow", "GPE"}, {"NATO", "ORG"}, {"European Union", "ORG"}});
  CHECK(has(ps, "NATO", "new-security-treaty", "oppose"));
  CHECK(has(ps, "European Union", "new-security-treaty", "oppose"));
  CHECK(!has(ps, "Russia", "new-security-treaty", "oppose"));
}

TEST_CASE("a subject after the mention is sought only within the mention's clause", "[positions][layer]") {
  auto ps = positions_of({"Western capitals studied the idea of a new security pact, yet the EU's foreign policy chief said "
                          "the pact should not undermine NATO."},
                         {{"EU", "ORG"}, {"NATO", "ORG"}});
  CHECK(!has(ps, "EU", "new-security-treaty", "support"));
  CHECK(has(ps, "EU", "existing-structures", "support"));
}

TEST_CASE("an abbreviation in parentheses is not a subject of its own", "[positions][layer]") {
  auto ps = positions_of({"Envoys of the Organization for Security and Cooperation in Europe (OSCE) gathered once NATO and "
                          "Russia had resumed formal cooperation."},
                         {{"Organization for Security and Cooperation in Europe", "ORG"}, {"OSCE", "ORG"}, {"NATO", "ORG"},
                         {"Russia", "GPE"}});
  CHECK(has(ps, "NATO", "cooperation-with-nato", "support"));
  CHECK(has(ps, "Russia", "cooperation-with-nato", "support"));
  CHECK(!has(ps, "OSCE", "cooperation-with-nato", "support"));
}

TEST_CASE("a name right before a noun cue holds that cue's stance", "[positions][layer]") {
  auto ps = positions_of({"The Russian military is worried by the latest U.S. plans for missile defence around the Baltic."}, {{"U.S.", "GPE"}});
  CHECK(has(ps, "U.S.", "missile-defense", "support"));
  CHECK(has(ps, "Russia", "missile-defense", "oppose"));
}

TEST_CASE("inside a quote a cue that names who holds the stance overrides the speaker", "[positions][layer]") {
  std::string s = "\"Talks are stuck, given the refusal of our NATO partners to ratify the amended CFE Treaty.\"";
  auto d = make_doc({s, "Lavrov said."}, {{"Lavrov", "PERSON"}, {"NATO", "ORG"}}, "2008-12-05");
  add_quote(d, Span{0, static_cast<int64_t>(s.size())}, "Lavrov");
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "NATO", "cfe-treaty", "oppose"));
  CHECK(has(ps, "Lavrov", "cfe-treaty", "support"));
  CHECK(!has(ps, "Lavrov", "cfe-treaty", "oppose"));
}

TEST_CASE("the owner of a proposal stands for what it names", "[positions][layer]") {
  auto ps = positions_of({"At the forum the main subject was President Medvedev's plan for a treaty on security in Europe "
                          "that would be legally binding."},
                         {{"Medvedev", "PERSON"}}, "2008-12-05");
  CHECK(has(ps, "Medvedev", "legally-binding", "support"));
  CHECK(has(ps, "Medvedev", "new-security-treaty", "support"));
}

TEST_CASE("a cue's own holder reaches only the mention no later cue speaks of", "[positions][layer]") {
  auto ps = positions_of({"The Kremlin wants legally binding guarantees and the end of NATO enlargement."},
                         {{"Kremlin", "ORG"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Russia", "legally-binding", "support"));
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "Russia", "nato-enlargement", "support"));
}

TEST_CASE("according to a person, the rest of the paragraph is that person's", "[positions][layer]") {
  auto ps = positions_of({"According to Lavrov, only a complete deal will do.",
                          "Russia wants an end to NATO expansion eastward.", "Every part of it must be legally binding."},
                         {{"Lavrov", "PERSON"}, {"Russia", "GPE"}, {"NATO", "ORG"}}, "2022-01-14");
  CHECK(has(ps, "Lavrov", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Lavrov", "legally-binding", "support"));
}

TEST_CASE("reported speech ends with its paragraph", "[positions][layer]") {
  auto d = make_doc({"According to Lavrov, only a complete deal will do."}, {{"Lavrov", "PERSON"}});
  std::string second = " Every part of it must be legally binding.";
  int64_t b = static_cast<int64_t>(d.text.size());
  d.text += second;
  d.sentences.push_back(Span{b + 1, static_cast<int64_t>(d.text.size())});
  d.paragraphs = {Span{0, b}, Span{b + 1, static_cast<int64_t>(d.text.size())}};
  auto ps = dossier::find_positions(d);
  CHECK(!has(ps, "Lavrov", "legally-binding", "support"));
}

TEST_CASE("a role noun stands for the person named before who holds that office", "[positions][layer]") {
  auto ps = positions_of({"Sergei Lavrov arrived in Geneva.", "The Russian Foreign Minister rejected NATO expansion.",
                          "Moscow's top diplomat demanded legally binding guarantees."},
                         {{"Sergei Lavrov", "PERSON"}, {"NATO", "ORG"}, {"Moscow", "GPE"}}, "2022-01-14");
  CHECK(has(ps, "Sergei Lavrov", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Sergei Lavrov", "legally-binding", "support"));
  CHECK(has(ps, "Russia", "legally-binding", "support"));
}

TEST_CASE("a role noun stands for no one when nobody named before holds the office", "[positions][layer]") {
  auto ps = positions_of({"Hillary Clinton arrived in Geneva.", "The spokesman rejected NATO expansion."},
                         {{"Hillary Clinton", "PERSON"}, {"NATO", "ORG"}}, "2010-02-04");
  CHECK(!has(ps, "Hillary Clinton", "nato-enlargement", "oppose"));
}

TEST_CASE("inside a quote a subject before a reporting verb holds what follows, not the speaker", "[positions][layer]") {
  std::string s = "\"The US and Britain argued that it is important to preserve the existing structures.\"";
  auto d = make_doc({s, "Lavrov said."}, {{"Lavrov", "PERSON"}, {"US", "GPE"}, {"Britain", "GPE"}}, "2008-12-05");
  add_quote(d, Span{0, static_cast<int64_t>(s.size())}, "Lavrov");
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "US", "existing-structures", "support"));
  CHECK(has(ps, "Britain", "existing-structures", "support"));
  CHECK(!has(ps, "Lavrov", "existing-structures", "support"));
}

TEST_CASE("a name coordinated by and with the object of a preposition is no subject", "[positions][layer]") {
  auto ps = positions_of({"With his demand for binding guarantees from Washington and NATO, Putin opened a new round "
                          "of talks."},
                         {{"Washington", "GPE"}, {"NATO", "ORG"}, {"Putin", "PERSON"}}, "2022-01-14");
  CHECK(!has(ps, "NATO", "legally-binding", "support"));
  CHECK(has(ps, "Putin", "legally-binding", "support"));
}

TEST_CASE("a possessive person is not added as a further holder", "[positions][layer]") {
  auto ps = positions_of({"Rasmussen said Medvedev's pact is not needed, because the existing security structures are good "
                          "enough."},
                         {{"Rasmussen", "PERSON"}, {"Medvedev", "PERSON"}});
  CHECK(has(ps, "Rasmussen", "existing-structures", "support"));
  CHECK(!has(ps, "Medvedev", "existing-structures", "support"));
}

TEST_CASE("a name before a verb cue of a clause it does not own holds nothing", "[positions][layer]") {
  auto ps = positions_of({"Moscow demanded that NATO halt its eastward expansion."}, {{"Moscow", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "NATO", "nato-enlargement", "oppose"));
}

TEST_CASE("the alliance stands for NATO", "[positions][layer]") {
  auto ps = positions_of({"The alliance is ready to discuss arms control."}, {});
  CHECK(has(ps, "NATO", "arms-control", "support"));
}

TEST_CASE("the body of an office resolves like a metonym", "[positions][layer]") {
  auto ps = positions_of({"Dmitry Peskov said the Kremlin wants legally binding guarantees."}, {{"Dmitry Peskov", "PERSON"}},
                          "2022-01-14");
  CHECK(has(ps, "Dmitry Peskov", "legally-binding", "support"));
  CHECK(has(ps, "Russia", "legally-binding", "support"));
  CHECK(!has(ps, "Kremlin", "legally-binding", "support"));
}

TEST_CASE("a text repeated many times holds its positions once per repetition", "[positions][layer]") {
  // The indexes that keep a long document linear (candidates by start, speech quotes, dates,
  // persons for pronouns and role nouns) must find what a scan of the whole text finds.
  const std::vector<std::string> part = {"Sergei Lavrov arrived in Geneva on Monday.",
                                         "The Russian Foreign Minister rejected NATO expansion.",
                                         "He said Russia wants legally binding guarantees.",
                                         "\"We demand a new security treaty,\" Lavrov said."};
  const int n = 300;
  std::vector<std::string> sentences;
  for (int i = 0; i < n; ++i) sentences.insert(sentences.end(), part.begin(), part.end());
  auto d = make_doc(sentences, {{"Sergei Lavrov", "PERSON"}, {"Lavrov", "PERSON"}, {"NATO", "ORG"}, {"Russia", "GPE"}},
                    "2022-01-14");
  d.quotes.emplace();
  d.timexes.emplace();
  for (int i = 0; i < n; ++i) {
    const Span& s = d.sentences[static_cast<size_t>(4 * i + 3)];
    dossier::Quote q;
    q.id = "q" + std::to_string(i);
    q.span = Span{s.start, s.start + 34};
    q.speech = true;
    q.speaker = dossier::Speaker{std::nullopt, "Lavrov"};
    d.quotes->push_back(q);
    const Span& first = d.sentences[static_cast<size_t>(4 * i)];
    dossier::Timex t;
    t.type = "DATE";
    t.value = "2022-01-" + std::to_string(10 + i % 9);
    t.span = Span{first.start + 33, first.start + 39};
    d.timexes->push_back(t);
  }
  auto one = dossier::find_positions(make_doc(part, {{"Sergei Lavrov", "PERSON"}, {"Lavrov", "PERSON"}, {"NATO", "ORG"},
                                                     {"Russia", "GPE"}}, "2022-01-14"));
  auto ps = dossier::find_positions(d);
  REQUIRE(!one.empty());
  CHECK(ps.size() == one.size() * static_cast<size_t>(n));
  CHECK(has(ps, "Sergei Lavrov", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Lavrov", "new-security-treaty", "support"));
  for (const auto& p : ps) {
    if (p.evidence.start < d.sentences[static_cast<size_t>(4 * (n - 1))].start) continue;
    if (p.evidence.start == d.sentences[static_cast<size_t>(4 * (n - 1))].start) CHECK(p.date == "2022-01-" + std::to_string(10 + (n - 1) % 9));
    if (p.topic == "new-security-treaty") CHECK(p.via == std::optional<std::string>("q" + std::to_string(n - 1)));
  }
}

TEST_CASE("a pronoun holds its stance for the person the shared mention resolver finds", "[positions][layer]") {
  auto ps = positions_of({"Hillary Clinton met Sergei Lavrov in Geneva.", "She rejected NATO expansion."},
                         {{"Hillary Clinton", "PERSON"}, {"Sergei Lavrov", "PERSON"}, {"NATO", "ORG"}}, "2010-02-04");
  CHECK(has(ps, "Hillary Clinton", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "Sergei Lavrov", "nato-enlargement", "oppose"));
}

TEST_CASE("a demand the narrative sets its scene with is held by no one", "[positions][layer]") {
  // The author describing Russia's demands is not Russia stating them, nor the subject
  // taking a side on them.
  auto ps = positions_of({"The agency reviews the week, amid Russian demands for legally binding guarantees."},
                         {{"The agency", "ORG"}}, "2022-01-14");
  CHECK(!has(ps, "Russia", "legally-binding", "support"));
  CHECK(!has(ps, "The agency", "legally-binding", "support"));
  auto d = positions_of({"Officials met in Vienna after Russian demands for legally binding guarantees."}, {{"Vienna", "GPE"}}, "2022-01-14");
  CHECK(!has(d, "Russia", "legally-binding", "support"));
}

TEST_CASE("the owner of a demand the sentence speaks of holds it, not the author who describes it", "[positions][layer]") {
  auto e = make_doc({"Experts discuss Russia's demand that NATO not expand."}, {{"Russia", "GPE"}, {"NATO", "ORG"}});
  auto qs = dossier::find_positions(e);
  CHECK(has(qs, "Russia", "nato-enlargement", "oppose"));
  CHECK(!has(qs, "Russia", "nato-enlargement", "support"));
  CHECK(!has(qs, "NATO", "nato-enlargement", "oppose"));
}

TEST_CASE("a subject with a stance of its own on a demand keeps it", "[positions][layer]") {
  auto ps = positions_of({"The Russian military is worried by the latest U.S. plans for missile defence around the Baltic."},
                         {{"U.S.", "GPE"}}, "2008-12-05");
  CHECK(has(ps, "Russia", "missile-defense", "oppose"));
}

TEST_CASE("they stands for the states or organisations coordinated before it", "[positions][layer]") {
  auto ps = positions_of({"Spain and Italy sent envoys to Rome.", "They called for a new security treaty."},
                         {{"Spain", "GPE"}, {"Italy", "GPE"}, {"Rome", "GPE"}});
  CHECK(has(ps, "Spain", "new-security-treaty", "support"));
  CHECK(has(ps, "Italy", "new-security-treaty", "support"));
  CHECK(!has(ps, "Rome", "new-security-treaty", "support"));
}

TEST_CASE("they skips a lone person for the organisation named before", "[positions][layer]") {
  auto ps = positions_of({"The European Union sent envoys after Josep Borrell spoke.", "They rejected NATO expansion."},
                         {{"European Union", "ORG"}, {"Josep Borrell", "PERSON"}, {"NATO", "ORG"}}, "2022-01-14");
  CHECK(has(ps, "European Union", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "Josep Borrell", "nato-enlargement", "oppose"));
}

TEST_CASE("a possessive before a role and a name is not the subject", "[positions][layer]") {
  auto ps = positions_of({"Angela Merkel's spokesman Steffen Seibert rejected NATO expansion."},
                         {{"Angela Merkel", "PERSON"}, {"Steffen Seibert", "PERSON"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Steffen Seibert", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "Angela Merkel", "nato-enlargement", "oppose"));
}

TEST_CASE("they passes over the object of a preposition", "[positions][layer]") {
  auto ps = positions_of({"Spain and Italy met and spoke of Portugal.", "They rejected NATO expansion."},
                         {{"Spain", "GPE"}, {"Italy", "GPE"}, {"Portugal", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Spain", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Italy", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "Portugal", "nato-enlargement", "oppose"));
}

TEST_CASE("a joint body named for its members speaks for each member", "[positions][layer]") {
  auto ps = positions_of({"The EU-Canada Council rejected NATO expansion."}, {{"EU-Canada Council", "ORG"}, {"NATO", "ORG"}});
  CHECK(has(ps, "EU", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Canada", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "EU-Canada Council", "nato-enlargement", "oppose"));
}

TEST_CASE("the maker named before a project supports it", "[positions][layer]") {
  auto ps = positions_of({"Diplomats in Minsk debated the NATO missile shield for hours."},
                         {{"Minsk", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "NATO", "missile-defense", "support"));
  auto qs = positions_of({"Belarus rejected the NATO missile shield."}, {{"Belarus", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(qs, "NATO", "missile-defense", "support"));
  CHECK(has(qs, "Belarus", "missile-defense", "oppose"));
  auto rs = positions_of({"Belarus rejected NATO enlargement."}, {{"Belarus", "GPE"}, {"NATO", "ORG"}});
  CHECK(!has(rs, "NATO", "nato-enlargement", "support"));
}

TEST_CASE("a definite noun takes up the topic named in the sentence before", "[positions][layer]") {
  auto ps = positions_of({"Belarus suspended the CFE treaty in May.", "Canada wants to preserve the treaty."},
                         {{"Belarus", "GPE"}, {"Canada", "GPE"}});
  CHECK(has(ps, "Belarus", "cfe-treaty", "oppose"));
  CHECK(has(ps, "Canada", "cfe-treaty", "support"));
  auto qs = positions_of({"Belarus suspended the CFE treaty in May.", "Ministers met.", "Talks went on.", "Nobody spoke.",
                          "Canada wants to preserve the treaty."},
                         {{"Belarus", "GPE"}, {"Canada", "GPE"}});
  CHECK(!has(qs, "Canada", "cfe-treaty", "support"));
}

TEST_CASE("the state a speaker reports on holds the stance with the speaker", "[positions][layer]") {
  auto ps = positions_of({"Deputy minister Ivan Petrov said Belarus will take measures in response to NATO expansion."},
                         {{"Ivan Petrov", "PERSON"}, {"Belarus", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Ivan Petrov", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Belarus", "nato-enlargement", "oppose"));
}

TEST_CASE("office words left before a person's name are not part of the actor", "[positions][layer]") {
  auto ps = positions_of({"State Anne Marie Roy rejected NATO expansion."}, {{"State Anne Marie Roy", "PERSON"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Anne Marie Roy", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "State Anne Marie Roy", "nato-enlargement", "oppose"));
}

TEST_CASE("agreeing to talk with the alliance supports the dialogue", "[positions][layer]") {
  auto ps = positions_of({"NATO and Belarus agreed to hold talks in March."}, {{"NATO", "ORG"}, {"Belarus", "GPE"}});
  CHECK(has(ps, "NATO", "cooperation-with-nato", "support"));
  CHECK(has(ps, "Belarus", "cooperation-with-nato", "support"));
}

TEST_CASE("an owner after a verb of saying is not the reported subject", "[positions][layer]") {
  auto ps = positions_of({"Ivan Petrov said Belarus's army will take measures in response to NATO expansion."},
                         {{"Ivan Petrov", "PERSON"}, {"Belarus", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Ivan Petrov", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "Belarus", "nato-enlargement", "oppose"));
}

TEST_CASE("who becomes a member of the alliance supports its enlargement", "[positions][layer]") {
  auto ps = positions_of({"Sweden became the 32nd member of NATO on Thursday."}, {{"Sweden", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Sweden", "nato-enlargement", "support"));
}

TEST_CASE("a nationality before a veto names the state that holds it", "[positions][layer]") {
  auto ps = positions_of({"Talks stalled over a Russian veto on NATO membership for Georgia."}, {{"NATO", "ORG"}});
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
}

TEST_CASE("a person introduced by a state's title speaks for that state", "[positions][layer]") {
  auto qs = positions_of({"Belarus's envoy to the OSCE Ivan Petrov arrived.", "Ivan Petrov rejected NATO expansion."},
                         {{"Belarus", "GPE"}, {"OSCE", "ORG"}, {"Ivan Petrov", "PERSON"}, {"NATO", "ORG"}});
  CHECK(has(qs, "Ivan Petrov", "nato-enlargement", "oppose"));
  CHECK(has(qs, "Belarus", "nato-enlargement", "oppose"));
  auto rs = positions_of({"Belarus's press said. Ivan Petrov rejected NATO expansion."},
                         {{"Belarus", "GPE"}, {"Ivan Petrov", "PERSON"}, {"NATO", "ORG"}});
  CHECK(!has(rs, "Belarus", "nato-enlargement", "oppose"));
  auto ss = positions_of({"Minsk fears NATO's expansion and party leader Ivan Petrov rejected a new security treaty."},
                         {{"Minsk", "GPE"}, {"NATO", "ORG"}, {"Ivan Petrov", "PERSON"}});
  CHECK(!has(ss, "NATO", "new-security-treaty", "oppose"));
}

TEST_CASE("asking for an allied presence opposes withdrawing it", "[positions][layer]") {
  auto ps = positions_of({"Estonia wants a larger NATO presence on its soil."}, {{"Estonia", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Estonia", "nato-withdrawal", "oppose"));
  auto qs = positions_of({"Belarus demanded the removal of the NATO presence."}, {{"Belarus", "GPE"}, {"NATO", "ORG"}});
  CHECK(!has(qs, "Belarus", "nato-withdrawal", "oppose"));
}

TEST_CASE("a person named right after a state and a title in title case speaks for that state", "[positions][layer]") {
  auto qs = positions_of({"Belarus Deputy Minister of Defence Ivan Petrov arrived.", "Ivan Petrov rejected NATO expansion."},
                         {{"Belarus", "GPE"}, {"Ivan Petrov", "PERSON"}, {"NATO", "ORG"}});
  CHECK(has(qs, "Ivan Petrov", "nato-enlargement", "oppose"));
  CHECK(has(qs, "Belarus", "nato-enlargement", "oppose"));
  // Lower-case words between them are no title: "Belarus said that Ivan Petrov ..."
  auto rs = positions_of({"Belarus hosted the talks where Ivan Petrov arrived.", "Ivan Petrov rejected NATO expansion."},
                         {{"Belarus", "GPE"}, {"Ivan Petrov", "PERSON"}, {"NATO", "ORG"}});
  CHECK(!has(rs, "Belarus", "nato-enlargement", "oppose"));
}
