// The position layer: who holds a stance (subjects, metonyms, offices, pronouns, owners).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/error.h"
#include "dossier/positions.h"
#include "positions/test_docs.h"

using namespace positions_test;

TEST_CASE("the subject of the sentence holds the position", "[positions][layer][holders]") {
  auto ps = positions_of({"Russia rejects NATO enlargement."}, {{"Russia", "GPE"}, {"NATO", "ORG"}});
  REQUIRE(ps.size() == 1);
  CHECK(ps[0].actor == "Russia");
  CHECK(ps[0].topic == "nato-enlargement");
  CHECK(ps[0].stance == "oppose");
  CHECK(ps[0].date == "2010-02-04");
  CHECK(ps[0].evidence == Span{0, 32});
  CHECK(!ps[0].via);
}

TEST_CASE("a metonym resolves to the state it stands for", "[positions][layer][holders]") {
  auto ps = positions_of({"The Kremlin rejects NATO enlargement."}, {{"Kremlin", "ORG"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
}

TEST_CASE("any nationality adjective before a word for the state's agents stands for that state", "[positions][layer][holders]") {
  auto ps = positions_of({"Finnish diplomats reject NATO enlargement.", "Portuguese officials support NATO enlargement."}, {{"NATO", "ORG"}});
  CHECK(has(ps, "Finland", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Portugal", "nato-enlargement", "support"));
  auto none = positions_of({"Ancient diplomats rejected NATO enlargement."}, {{"NATO", "ORG"}});
  CHECK(!has(none, "Ancient", "nato-enlargement", "oppose"));
}

TEST_CASE("a person speaks for the state of their office on that date", "[positions][layer][holders]") {
  auto ps = positions_of({"Sergei Lavrov rejects NATO enlargement."}, {{"Sergei Lavrov", "PERSON"}, {"NATO", "ORG"}}, "2022-01-14");
  CHECK(has(ps, "Sergei Lavrov", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
}

TEST_CASE("coordinated subjects each hold the position", "[positions][layer][holders]") {
  auto ps = positions_of({"Canada and Norway see no need for one more pan-European security pact."},
                         {{"Canada", "GPE"}, {"Norway", "GPE"}});
  CHECK(has(ps, "Canada", "new-security-treaty", "oppose"));
  CHECK(has(ps, "Norway", "new-security-treaty", "oppose"));
}

TEST_CASE("the owner of a topic does not hold the stance taken on it", "[positions][layer][holders]") {
  auto ps = positions_of({"Last week Lars Holm argued that Putin's pact was not needed."}, {{"Lars Holm", "PERSON"}, {"Putin", "PERSON"}});
  CHECK(has(ps, "Lars Holm", "new-security-treaty", "oppose"));
  CHECK(!has(ps, "Putin", "new-security-treaty", "oppose"));
}

TEST_CASE("an abbreviation in parentheses is not a subject of its own", "[positions][layer][holders]") {
  auto ps = positions_of({"A delegation of the Commonwealth of Independent States (CIS) arrived after NATO and Belarus "
                          "restored their dialogue."},
                         {{"Commonwealth of Independent States", "ORG"}, {"CIS", "ORG"}, {"NATO", "ORG"}, {"Belarus", "GPE"}});
  CHECK(has(ps, "NATO", "cooperation-with-nato", "support"));
  CHECK(has(ps, "Belarus", "cooperation-with-nato", "support"));
  CHECK(!has(ps, "CIS", "cooperation-with-nato", "support"));
}

TEST_CASE("a name right before a noun cue holds that cue's stance", "[positions][layer][holders]") {
  auto ps = positions_of({"The Belarusian leadership is worried by fresh U.S. plans for interceptor missiles near Brest."}, {{"U.S.", "GPE"}});
  CHECK(has(ps, "U.S.", "missile-defense", "support"));
  CHECK(has(ps, "Belarus", "missile-defense", "oppose"));
}

TEST_CASE("the owner of a proposal stands for what it names", "[positions][layer][holders]") {
  auto ps = positions_of({"Delegates in Astana mostly discussed President Tokayev's plan for a binding pact on Asian "
                          "security."},
                         {{"Tokayev", "PERSON"}}, "2019-06-12");
  CHECK(has(ps, "Tokayev", "legally-binding", "support"));
  CHECK(has(ps, "Tokayev", "new-security-treaty", "support"));
}

TEST_CASE("according to a person, the rest of the paragraph is that person's", "[positions][layer][holders]") {
  auto ps = positions_of({"According to Lavrov, only a complete deal will do.",
                          "Moscow seeks an end to any further admission of members to the alliance.",
                          "Every part of it must be legally binding."},
                         {{"Lavrov", "PERSON"}, {"Moscow", "GPE"}, {"NATO", "ORG"}}, "2022-01-14");
  CHECK(has(ps, "Lavrov", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Lavrov", "legally-binding", "support"));
}

TEST_CASE("reported speech ends with its paragraph", "[positions][layer][holders]") {
  auto d = make_doc({"According to Lavrov, only a complete deal will do."}, {{"Lavrov", "PERSON"}});
  std::string second = " Every part of it must be legally binding.";
  int64_t b = static_cast<int64_t>(d.text.size());
  d.text += second;
  d.sentences.push_back(Span{b + 1, static_cast<int64_t>(d.text.size())});
  d.paragraphs = {Span{0, b}, Span{b + 1, static_cast<int64_t>(d.text.size())}};
  auto ps = dossier::find_positions(d);
  CHECK(!has(ps, "Lavrov", "legally-binding", "support"));
}

TEST_CASE("a role noun stands for the person named before who holds that office", "[positions][layer][holders]") {
  auto ps = positions_of({"Sergei Lavrov arrived in Geneva.", "The Russian Foreign Minister rejected NATO expansion.",
                          "Moscow's top diplomat demanded legally binding guarantees."},
                         {{"Sergei Lavrov", "PERSON"}, {"NATO", "ORG"}, {"Moscow", "GPE"}}, "2022-01-14");
  CHECK(has(ps, "Sergei Lavrov", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Sergei Lavrov", "legally-binding", "support"));
  CHECK(has(ps, "Russia", "legally-binding", "support"));
}

TEST_CASE("a role noun stands for no one when nobody named before holds the office", "[positions][layer][holders]") {
  auto ps = positions_of({"Hillary Clinton arrived in Geneva.", "The spokesman rejected NATO expansion."},
                         {{"Hillary Clinton", "PERSON"}, {"NATO", "ORG"}}, "2010-02-04");
  CHECK(!has(ps, "Hillary Clinton", "nato-enlargement", "oppose"));
}

TEST_CASE("a name coordinated by and with the object of a preposition is no subject", "[positions][layer][holders]") {
  auto ps = positions_of({"With his demand for binding guarantees from Washington and NATO, Putin opened a new round "
                          "of talks."},
                         {{"Washington", "GPE"}, {"NATO", "ORG"}, {"Putin", "PERSON"}}, "2022-01-14");
  CHECK(!has(ps, "NATO", "legally-binding", "support"));
  CHECK(has(ps, "Putin", "legally-binding", "support"));
}

TEST_CASE("a possessive person is not added as a further holder", "[positions][layer][holders]") {
  auto ps = positions_of({"Lars Holm called Putin's pact superfluous, as current security institutions work well enough."},
                         {{"Lars Holm", "PERSON"}, {"Putin", "PERSON"}});
  CHECK(has(ps, "Lars Holm", "existing-structures", "support"));
  CHECK(!has(ps, "Putin", "existing-structures", "support"));
}

TEST_CASE("a name before a verb cue of a clause it does not own holds nothing", "[positions][layer][holders]") {
  auto ps = positions_of({"Moscow demanded that NATO halt its eastward expansion."}, {{"Moscow", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "NATO", "nato-enlargement", "oppose"));
}

TEST_CASE("the alliance stands for the alliance the text named", "[positions][layer][holders]") {
  auto ps = positions_of({"NATO met in Oslo.", "The alliance is ready to discuss arms control."}, {{"NATO", "ORG"}});
  CHECK(has(ps, "NATO", "arms-control", "support"));
  auto capitalised = positions_of({"NATO met in Oslo.", "The Alliance is ready to discuss arms control."}, {{"NATO", "ORG"}});
  CHECK(has(capitalised, "NATO", "arms-control", "support"));
}

TEST_CASE("a nationality adjective before the side or the negotiators of a state stands for that state, a longer word does not",
          "[positions][layer][holders]") {
  auto ps = positions_of({"The Chilean side rejects NATO enlargement.", "Kenyan negotiators support NATO enlargement."},
                         {{"NATO", "ORG"}});
  CHECK(has(ps, "Chile", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Kenya", "nato-enlargement", "support"));
  auto lower = positions_of({"Chilean sides reject NATO enlargement."}, {{"NATO", "ORG"}});
  CHECK(!has(lower, "Chile", "nato-enlargement", "oppose"));
}

TEST_CASE("the body of an office resolves like a metonym", "[positions][layer][holders]") {
  auto ps = positions_of({"Dmitry Peskov said the Kremlin wants legally binding guarantees."}, {{"Dmitry Peskov", "PERSON"}},
                          "2022-01-14");
  CHECK(has(ps, "Dmitry Peskov", "legally-binding", "support"));
  CHECK(has(ps, "Russia", "legally-binding", "support"));
  CHECK(!has(ps, "Kremlin", "legally-binding", "support"));
}

TEST_CASE("a pronoun holds its stance for the person the shared mention resolver finds", "[positions][layer][holders]") {
  auto ps = positions_of({"Hillary Clinton met Sergei Lavrov in Geneva.", "She rejected NATO expansion."},
                         {{"Hillary Clinton", "PERSON"}, {"Sergei Lavrov", "PERSON"}, {"NATO", "ORG"}}, "2010-02-04");
  CHECK(has(ps, "Hillary Clinton", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "Sergei Lavrov", "nato-enlargement", "oppose"));
}

TEST_CASE("they stands for the states or organisations coordinated before it", "[positions][layer][holders]") {
  auto ps = positions_of({"Spain and Italy sent envoys to Rome.", "They called for a new security treaty."},
                         {{"Spain", "GPE"}, {"Italy", "GPE"}, {"Rome", "GPE"}});
  CHECK(has(ps, "Spain", "new-security-treaty", "support"));
  CHECK(has(ps, "Italy", "new-security-treaty", "support"));
  CHECK(!has(ps, "Rome", "new-security-treaty", "support"));
}

TEST_CASE("they skips a lone person for the organisation named before", "[positions][layer][holders]") {
  auto ps = positions_of({"The European Union sent envoys after Josep Borrell spoke.", "They rejected NATO expansion."},
                         {{"European Union", "ORG"}, {"Josep Borrell", "PERSON"}, {"NATO", "ORG"}}, "2022-01-14");
  CHECK(has(ps, "European Union", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "Josep Borrell", "nato-enlargement", "oppose"));
}

TEST_CASE("a possessive before a role and a name is not the subject", "[positions][layer][holders]") {
  auto ps = positions_of({"Angela Merkel's spokesman Steffen Seibert rejected NATO expansion."},
                         {{"Angela Merkel", "PERSON"}, {"Steffen Seibert", "PERSON"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Steffen Seibert", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "Angela Merkel", "nato-enlargement", "oppose"));
}

TEST_CASE("they passes over the object of a preposition", "[positions][layer][holders]") {
  auto ps = positions_of({"Spain and Italy met and spoke of Portugal.", "They rejected NATO expansion."},
                         {{"Spain", "GPE"}, {"Italy", "GPE"}, {"Portugal", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Spain", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Italy", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "Portugal", "nato-enlargement", "oppose"));
}

TEST_CASE("a joint body named for its members speaks for each member", "[positions][layer][holders]") {
  auto ps = positions_of({"The EU-Canada Council rejected NATO expansion."}, {{"EU-Canada Council", "ORG"}, {"NATO", "ORG"}});
  CHECK(has(ps, "EU", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Canada", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "EU-Canada Council", "nato-enlargement", "oppose"));
}

TEST_CASE("the maker named before a project supports it", "[positions][layer][holders]") {
  auto ps = positions_of({"Diplomats in Minsk debated the NATO missile shield for hours."},
                         {{"Minsk", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "NATO", "missile-defense", "support"));
  auto qs = positions_of({"Belarus rejected the NATO missile shield."}, {{"Belarus", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(qs, "NATO", "missile-defense", "support"));
  CHECK(has(qs, "Belarus", "missile-defense", "oppose"));
  auto rs = positions_of({"Belarus rejected NATO enlargement."}, {{"Belarus", "GPE"}, {"NATO", "ORG"}});
  CHECK(!has(rs, "NATO", "nato-enlargement", "support"));
}

TEST_CASE("the state a speaker reports on holds the stance with the speaker", "[positions][layer][holders]") {
  auto ps = positions_of({"Deputy minister Ivan Petrov said Belarus would prepare countermeasures against NATO expansion."},
                         {{"Ivan Petrov", "PERSON"}, {"Belarus", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Ivan Petrov", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Belarus", "nato-enlargement", "oppose"));
}

TEST_CASE("office words left before a person's name are not part of the actor", "[positions][layer][holders]") {
  auto ps = positions_of({"State Anne Marie Roy rejected NATO expansion."}, {{"State Anne Marie Roy", "PERSON"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Anne Marie Roy", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "State Anne Marie Roy", "nato-enlargement", "oppose"));
}

TEST_CASE("an owner after a verb of saying is not the reported subject", "[positions][layer][holders]") {
  auto ps = positions_of({"Ivan Petrov said Belarus's army would prepare countermeasures against NATO expansion."},
                         {{"Ivan Petrov", "PERSON"}, {"Belarus", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Ivan Petrov", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "Belarus", "nato-enlargement", "oppose"));
}

TEST_CASE("a nationality before a veto names the state that holds it", "[positions][layer][holders]") {
  auto ps = positions_of({"The summit ended early over a Russian veto of Moldova's bid to join NATO."}, {{"NATO", "ORG"}});
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
}

TEST_CASE("a person introduced by a state's title speaks for that state", "[positions][layer][holders]") {
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

TEST_CASE("a person named right after a state and a title in title case speaks for that state", "[positions][layer][holders]") {
  auto qs = positions_of({"Belarus Deputy Minister of Defence Ivan Petrov arrived.", "Ivan Petrov rejected NATO expansion."},
                         {{"Belarus", "GPE"}, {"Ivan Petrov", "PERSON"}, {"NATO", "ORG"}});
  CHECK(has(qs, "Ivan Petrov", "nato-enlargement", "oppose"));
  CHECK(has(qs, "Belarus", "nato-enlargement", "oppose"));
  // Lower-case words between them are no title: "Belarus said that Ivan Petrov ..."
  auto rs = positions_of({"Belarus hosted the talks where Ivan Petrov arrived.", "Ivan Petrov rejected NATO expansion."},
                         {{"Belarus", "GPE"}, {"Ivan Petrov", "PERSON"}, {"NATO", "ORG"}});
  CHECK(!has(rs, "Belarus", "nato-enlargement", "oppose"));
}

TEST_CASE("whom a reported demand is made of does not hold its stance", "[positions][layer][holders]") {
  auto ps = positions_of({"Sweden said Germany should support NATO enlargement.",
                          "Denmark said that Poland and Spain must stop NATO enlargement.",
                          "Austria said Olaf Berg ought to support NATO enlargement."},
                         {{"Sweden", "GPE"}, {"Germany", "GPE"}, {"NATO", "ORG"}, {"Denmark", "GPE"}, {"Poland", "GPE"},
                          {"Spain", "GPE"}, {"Austria", "GPE"}, {"Olaf Berg", "PERSON"}});
  CHECK(has(ps, "Sweden", "nato-enlargement", "support"));
  CHECK(has(ps, "Denmark", "nato-enlargement", "oppose"));
  CHECK(has(ps, "Austria", "nato-enlargement", "support"));
  for (const auto& p : ps) {
    INFO(p.actor);
    CHECK((p.actor == "Sweden" || p.actor == "Denmark" || p.actor == "Austria"));
  }
}

TEST_CASE("the subject of a reported intention still holds it", "[positions][layer][holders]") {
  auto ps = positions_of({"Portugal said Ireland will support NATO enlargement."},
                         {{"Portugal", "GPE"}, {"Ireland", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Portugal", "nato-enlargement", "support"));
  CHECK(has(ps, "Ireland", "nato-enlargement", "support"));
}

TEST_CASE("an agency credit closed by a spaced hyphen is a dateline, not a subject", "[positions][layer][holders]") {
  auto ps = positions_of({"Oslo, May 9 (Reuters) - Sweden rejects NATO enlargement."},
                         {{"Oslo", "GPE"}, {"Reuters", "ORG"}, {"Sweden", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Sweden", "nato-enlargement", "oppose"));
  for (const auto& p : ps) {
    INFO(p.actor);
    CHECK(p.actor == "Sweden");
  }
}

TEST_CASE("a bracketed aside before a spaced hyphen is no dateline, and its subject still holds the stance",
          "[positions][layer][holders]") {
  auto ps = positions_of({"Portugal (and its partners, it said) - rejects NATO enlargement."},
                         {{"Portugal", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Portugal", "nato-enlargement", "oppose"));
}
