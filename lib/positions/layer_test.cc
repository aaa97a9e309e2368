// The position layer: stances in quotes and clauses, passive agents, demands and dates.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/error.h"
#include "dossier/positions.h"
#include "positions/test_docs.h"

using namespace positions_test;

TEST_CASE("the agents of a passive cue hold the position", "[positions][layer]") {
  auto ps = positions_of({"Diplomats in Minsk complain that their draft security treaty was snubbed by the European Union and NATO."},
                         {{"Minsk", "GPE"}, {"European Union", "ORG"}, {"NATO", "ORG"}});
  CHECK(has(ps, "NATO", "new-security-treaty", "oppose"));
  CHECK(has(ps, "European Union", "new-security-treaty", "oppose"));
  CHECK(!has(ps, "Belarus", "new-security-treaty", "oppose"));
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
  auto ps = positions_of({"Minsk remains calm in public even though its proposed pact, the pride of its foreign "
                          "ministry, was snubbed by the European Union and NATO."},
                         {{"Minsk", "GPE"}, {"European Union", "ORG"}, {"NATO", "ORG"}});
  CHECK(has(ps, "NATO", "new-security-treaty", "oppose"));
  CHECK(has(ps, "European Union", "new-security-treaty", "oppose"));
  CHECK(!has(ps, "Belarus", "new-security-treaty", "oppose"));
}

TEST_CASE("a subject after the mention is sought only within the mention's clause", "[positions][layer]") {
  auto ps = positions_of({"For weeks Nordic ministers weighed the idea of a new security pact, yet the EU answered "
                          "that the proposal should not weaken NATO."},
                         {{"EU", "ORG"}, {"NATO", "ORG"}});
  CHECK(!has(ps, "EU", "new-security-treaty", "support"));
  CHECK(has(ps, "EU", "existing-structures", "support"));
}

TEST_CASE("inside a quote a cue that names who holds the stance overrides the speaker", "[positions][layer]") {
  std::string s = "\"Every round stalls on the refusal of our NATO counterparts to ratify CFE as adapted in Istanbul.\"";
  auto d = make_doc({s, "Lavrov said."}, {{"Lavrov", "PERSON"}, {"NATO", "ORG"}}, "2008-12-05");
  add_quote(d, Span{0, static_cast<int64_t>(s.size())}, "Lavrov");
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "NATO", "cfe-treaty", "oppose"));
  CHECK(has(ps, "Lavrov", "cfe-treaty", "support"));
  CHECK(!has(ps, "Lavrov", "cfe-treaty", "oppose"));
}

TEST_CASE("a cue's own holder reaches only the mention no later cue speaks of", "[positions][layer]") {
  auto ps = positions_of({"The Kremlin wants legally binding guarantees and the end of NATO enlargement."},
                         {{"Kremlin", "ORG"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Russia", "legally-binding", "support"));
  CHECK(has(ps, "Russia", "nato-enlargement", "oppose"));
  CHECK(!has(ps, "Russia", "nato-enlargement", "support"));
}

TEST_CASE("inside a quote a subject before a reporting verb holds what follows, not the speaker", "[positions][layer]") {
  std::string s = "\"Canada and Norway maintain that Europe should keep its present arrangements unchanged.\"";
  auto d = make_doc({s, "Lavrov said."}, {{"Lavrov", "PERSON"}, {"Canada", "GPE"}, {"Norway", "GPE"}}, "2008-12-05");
  add_quote(d, Span{0, static_cast<int64_t>(s.size())}, "Lavrov");
  auto ps = dossier::find_positions(d);
  CHECK(has(ps, "Canada", "existing-structures", "support"));
  CHECK(has(ps, "Norway", "existing-structures", "support"));
  CHECK(!has(ps, "Lavrov", "existing-structures", "support"));
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

TEST_CASE("a demand the narrative sets its scene with is held by no one", "[positions][layer]") {
  // The author describing Russia's demands is not Russia stating them, nor the subject
  // taking a side on them.
  auto ps = positions_of({"The Courier sums up a tense month, amid Russian demands for legally binding guarantees."},
                         {{"The Courier", "ORG"}}, "2022-01-14");
  CHECK(!has(ps, "Russia", "legally-binding", "support"));
  CHECK(!has(ps, "The Courier", "legally-binding", "support"));
  auto d = positions_of({"Officials met in Vienna after Russian demands for legally binding guarantees."}, {{"Vienna", "GPE"}}, "2022-01-14");
  CHECK(!has(d, "Russia", "legally-binding", "support"));
}

TEST_CASE("the owner of a demand the sentence speaks of holds it, not the author who describes it", "[positions][layer]") {
  auto e = make_doc({"A panel weighed Russia's demand that NATO never expand again."}, {{"Russia", "GPE"}, {"NATO", "ORG"}});
  auto qs = dossier::find_positions(e);
  CHECK(has(qs, "Russia", "nato-enlargement", "oppose"));
  CHECK(!has(qs, "Russia", "nato-enlargement", "support"));
  CHECK(!has(qs, "NATO", "nato-enlargement", "oppose"));
}

TEST_CASE("a subject with a stance of its own on a demand keeps it", "[positions][layer]") {
  auto ps = positions_of({"The Serbian government is worried by recent U.S. plans for missile interceptors in Romania."},
                         {{"U.S.", "GPE"}}, "2008-12-05");
  CHECK(has(ps, "Serbia", "missile-defense", "oppose"));
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

TEST_CASE("the move or the bid takes up whichever topic was named last", "[positions][layer]") {
  auto ps = positions_of({"Norway applied to join NATO on Monday.", "Canada welcomed the move.",
                          "Belarus said it did not look favourably on the bid."},
                         {{"Norway", "GPE"}, {"NATO", "ORG"}, {"Canada", "GPE"}, {"Belarus", "GPE"}});
  CHECK(has(ps, "Canada", "nato-enlargement", "support"));
  CHECK(has(ps, "Belarus", "nato-enlargement", "oppose"));
}

TEST_CASE("opposing a reduction of allied forces opposes withdrawing them", "[positions][layer]") {
  auto ps = positions_of({"Latvia has long opposed any reduction of NATO forces on its soil."}, {{"Latvia", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Latvia", "nato-withdrawal", "oppose"));
}

TEST_CASE("rolling back the alliance's presence near a border is its withdrawal, not its enlargement", "[positions][layer]") {
  auto ps = positions_of({"Belarus wants to roll back NATO's presence near its borders."}, {{"Belarus", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Belarus", "nato-withdrawal", "support"));
  CHECK(!has(ps, "Belarus", "nato-enlargement", "support"));
  auto qs = positions_of({"Latvia warned against any reduction of allied forces in the region."}, {{"Latvia", "GPE"}});
  CHECK(has(qs, "Latvia", "nato-withdrawal", "oppose"));
}

TEST_CASE("stationing or strengthening allied troops is the contrary of withdrawing them", "[positions][layer]") {
  auto ps = positions_of({"Hungary criticised plans to station more NATO troops in the east."}, {{"Hungary", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Hungary", "nato-withdrawal", "support"));
  auto qs = positions_of({"Lithuania insisted the alliance must strengthen its presence in the region."}, {{"Lithuania", "GPE"}});
  CHECK(has(qs, "Lithuania", "nato-withdrawal", "oppose"));
}

TEST_CASE("the move with a complement of its own or two sentences on takes up no topic", "[positions][layer]") {
  auto ps = positions_of({"Norway applied to join NATO on Monday.", "Canada welcomed the move to cut fuel taxes."},
                         {{"Norway", "GPE"}, {"NATO", "ORG"}, {"Canada", "GPE"}});
  CHECK(!has(ps, "Canada", "nato-enlargement", "support"));
  auto qs = positions_of({"Norway applied to join NATO on Monday.", "Ministers met.", "Canada welcomed the move."},
                         {{"Norway", "GPE"}, {"NATO", "ORG"}, {"Canada", "GPE"}});
  CHECK(!has(qs, "Canada", "nato-enlargement", "support"));
}

TEST_CASE("buying missiles or missile strikes are no arms control, and us is no country", "[positions][layer]") {
  auto ps = positions_of({"Latvia welcomed a deal to buy missiles from Norway."}, {{"Latvia", "GPE"}, {"Norway", "GPE"}});
  CHECK(!has(ps, "Latvia", "arms-control", "support"));
  auto qs = positions_of({"Belarus rejected talks after the latest missile strikes."}, {{"Belarus", "GPE"}});
  CHECK(!has(qs, "Belarus", "arms-control", "oppose"));
  auto rs = positions_of({"Germany wants to reduce its forces budget, officials told us."}, {{"Germany", "GPE"}});
  CHECK(!has(rs, "Germany", "nato-withdrawal", "support"));
}

TEST_CASE("an agreement or talks on missiles is arms control", "[positions][layer]") {
  auto ps = positions_of({"Belarus saw no need for a new agreement on short-range missiles."}, {{"Belarus", "GPE"}});
  CHECK(has(ps, "Belarus", "arms-control", "oppose"));
  auto qs = positions_of({"Canada wants talks on missile limits to resume."}, {{"Canada", "GPE"}});
  CHECK(has(qs, "Canada", "arms-control", "support"));
}

TEST_CASE("agreeing to talk with the alliance supports the dialogue", "[positions][layer]") {
  auto ps = positions_of({"NATO and Belarus agreed to hold talks in March."}, {{"NATO", "ORG"}, {"Belarus", "GPE"}});
  CHECK(has(ps, "NATO", "cooperation-with-nato", "support"));
  CHECK(has(ps, "Belarus", "cooperation-with-nato", "support"));
}

TEST_CASE("who becomes a member of the alliance supports its enlargement", "[positions][layer]") {
  auto ps = positions_of({"Sweden became the 32nd member of NATO on Thursday."}, {{"Sweden", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Sweden", "nato-enlargement", "support"));
}

TEST_CASE("asking for an allied presence opposes withdrawing it", "[positions][layer]") {
  auto ps = positions_of({"Estonia wants a larger NATO presence on its soil."}, {{"Estonia", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Estonia", "nato-withdrawal", "oppose"));
  auto qs = positions_of({"Belarus demanded the removal of the NATO presence."}, {{"Belarus", "GPE"}, {"NATO", "ORG"}});
  CHECK(!has(qs, "Belarus", "nato-withdrawal", "oppose"));
}
