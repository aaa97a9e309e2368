// The mention resolver: names, pronouns of persons, role nouns, offices and descriptions.
#include "dossier/mentions.h"

#include <catch2/catch.hpp>

#include "mentions/test_doc.h"
#include "mentions/test_resolve.h"

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/segment.h"
#include "dossier/utf8.h"

using dossier::Document;
using dossier::Entity;
using dossier::MentionKind;
using dossier::MentionQuery;
using dossier::MentionResolver;
using dossier::Span;

namespace {

using mentions_test::Ent;
using mentions_test::make_doc;
using mentions_test::resolve_last;
using mentions_test::resolve_they;

dossier::Gazetteer office_gazetteer() {
  dossier::Gazetteer g;
  dossier::GazetteerEntry a;
  a.name = "Karl Lindqvist";
  a.type = "PERSON";
  a.gender = "m";
  a.offices = {{"foreign minister", "Sweden", "2010-01-01", "2015-06-30"}};
  g.add(a);
  dossier::GazetteerEntry b;
  b.name = "Maja Holm";
  b.type = "PERSON";
  b.gender = "f";
  b.offices = {{"foreign minister", "Sweden", "2015-07-01", ""}};
  g.add(b);
  dossier::GazetteerEntry s;
  s.name = "Sweden";
  s.type = "GPE";
  g.add(s);
  return g;
}

}  // namespace

TEST_CASE("A name resolves to the entity mentioned in the phrase", "[mentions]") {
  auto d = make_doc("Trade envoy Pia Lund spoke on Monday.", {{"Pia Lund", "PERSON", {"Pia Lund"}}});
  CHECK(resolve_last(d, "Trade envoy Pia Lund", dossier::Gazetteer()) == "Pia Lund");
}

TEST_CASE("A pronoun resolves to the last person of its gender", "[mentions]") {
  auto d = make_doc("Anna Berg met Peter Kovac in Oslo. She said the talks went well.",
                    {{"Anna Berg", "PERSON", {"Anna Berg"}}, {"Peter Kovac", "PERSON", {"Peter Kovac"}}});
  CHECK(resolve_last(d, "She", dossier::Gazetteer()) == "Anna Berg");
  auto e = make_doc("Anna Berg met Peter Kovac in Oslo. He said the talks went well.",
                    {{"Anna Berg", "PERSON", {"Anna Berg"}}, {"Peter Kovac", "PERSON", {"Peter Kovac"}}});
  CHECK(resolve_last(e, "He", dossier::Gazetteer()) == "Peter Kovac");
}

TEST_CASE("A pronoun prefers the subject of the sentence before to a later object", "[mentions]") {
  auto d = make_doc("Peter Kovac met with John Hale on Friday. He said the talks went well.",
                    {{"Peter Kovac", "PERSON", {"Peter Kovac"}}, {"John Hale", "PERSON", {"John Hale"}}});
  CHECK(resolve_last(d, "He", dossier::Gazetteer()) == "Peter Kovac");
}

TEST_CASE("Names inside the quote a pronoun speaks are not its antecedents", "[mentions]") {
  std::string text = "Peter Kovac arrived. \"As John Hale said, we must wait,\" he said.";
  auto d = make_doc(text, {{"Peter Kovac", "PERSON", {"Peter Kovac"}}, {"John Hale", "PERSON", {"John Hale"}}});
  size_t qb = text.find('"'), qe = text.rfind('"') + 1;
  CHECK(resolve_last(d, "he", dossier::Gazetteer(), {{qb, qe}}) == "Peter Kovac");
  CHECK(resolve_last(d, "he", dossier::Gazetteer()) == "John Hale");
}

TEST_CASE("A role noun resolves to the person introduced with that role", "[mentions]") {
  auto d = make_doc("Ministry spokesman Ivan Tarasov spoke to reporters. Later the spokesman denied it.",
                    {{"Ivan Tarasov", "PERSON", {"Ivan Tarasov"}}});
  CHECK(resolve_last(d, "the spokesman", dossier::Gazetteer()) == "Ivan Tarasov");
}

TEST_CASE("A nationality and an office resolve to the holder on the document's date", "[mentions]") {
  auto g = office_gazetteer();
  auto early = make_doc("The Swedish foreign minister said talks would resume.", {}, "2012-03-01");
  CHECK(resolve_last(early, "The Swedish foreign minister", g) == "Karl Lindqvist");
  auto late = make_doc("The Swedish foreign minister said talks would resume.", {}, "2019-03-01");
  CHECK(resolve_last(late, "The Swedish foreign minister", g) == "Maja Holm");
  auto possessive = make_doc("Sweden's top diplomat said talks would resume.", {{"Sweden", "GPE", {"Sweden"}}}, "2019-03-01");
  CHECK(resolve_last(possessive, "Sweden's top diplomat", g) == "Maja Holm");
}

TEST_CASE("An office of a state in an undated document resolves to its present holder", "[mentions]") {
  auto g = office_gazetteer();
  auto undated = make_doc("The Swedish foreign minister said talks would resume.", {});
  CHECK(resolve_last(undated, "The Swedish foreign minister", g) == "Maja Holm");
}

TEST_CASE("An office without a state resolves only to a holder the document names", "[mentions]") {
  auto g = office_gazetteer();
  auto named = make_doc("Maja Holm flew to Riga. The foreign minister said talks would resume.",
                        {{"Maja Holm", "PERSON", {"Maja Holm"}}}, "2019-03-01");
  CHECK(resolve_last(named, "The foreign minister", g) == "Maja Holm");
  auto unnamed = make_doc("The foreign minister said talks would resume.", {}, "2019-03-01");
  CHECK(resolve_last(unnamed, "The foreign minister", g) == "source:The foreign minister");
}

TEST_CASE("A definite description of an organisation resolves to the one of that kind named last", "[mentions]") {
  auto d = make_doc("The Northern Pact met in Riga and the Baltic Fisheries Ministry sent a team. The alliance said "
                    "it would wait. The ministry said nothing.",
                    {{"Northern Pact", "ORG", {"Northern Pact"}}, {"Baltic Fisheries Ministry", "ORG", {"Baltic Fisheries Ministry"}}});
  CHECK(resolve_last(d, "The ministry", dossier::Gazetteer()) == "Baltic Fisheries Ministry");
  CHECK(resolve_last(d, "The alliance", dossier::Gazetteer()) == "Baltic Fisheries Ministry");
}

TEST_CASE("An institution's noun never stands for a company whose name lacks it", "[mentions]") {
  auto d = make_doc("Talks with Norvale Shipping stalled. The ministry said the licence was void. The company said "
                    "nothing.",
                    {{"Norvale Shipping", "ORG", {"Norvale Shipping"}}});
  CHECK(resolve_last(d, "The ministry", dossier::Gazetteer()) == "source:The ministry");
  CHECK(resolve_last(d, "The company", dossier::Gazetteer()) == "Norvale Shipping");
}

TEST_CASE("An anonymous source is kept as its words with no one named", "[mentions]") {
  auto d = make_doc("A ministry source said talks would resume.", {});
  CHECK(resolve_last(d, "A ministry source", dossier::Gazetteer()) == "source:A ministry source");
}

TEST_CASE("The resolver reports mentions in bytes over multi-byte text", "[mentions]") {
  Document d;
  d.text = "Zoë Ødegård spoke.";
  Entity e;
  e.name = "Zoë Ødegård";
  e.type = "PERSON";
  e.mentions = {Span{0, 11}};
  d.entities = std::vector<Entity>{e};
  dossier::Gazetteer none;
  MentionResolver r(d, *d.entities, none);
  REQUIRE(r.mentions().size() == 1);
  CHECK(r.mentions()[0].begin == 0);
  CHECK(r.mentions()[0].end == std::string("Zoë Ødegård").size());
  CHECK(r.entity_at(0) == std::optional<size_t>(0));
  dossier::utf8::OffsetMap map(d.text);
  MentionResolver with_map(d, *d.entities, map, none);
  CHECK(with_map.mentions()[0].end == r.mentions()[0].end);
}

TEST_CASE("A role noun nobody was introduced with means the salient person", "[mentions]") {
  auto d = make_doc("Ivan Tarasov spoke first. Later the diplomat added a warning.", {{"Ivan Tarasov", "PERSON", {"Ivan Tarasov"}}});
  CHECK(resolve_last(d, "the diplomat", dossier::Gazetteer()) == "Ivan Tarasov");
}

TEST_CASE("A name in a caption between paragraphs is no antecedent of a later pronoun", "[mentions]") {
  auto d = make_doc("Tom Varga was a painter. He lived in Graz. Tom Varga sold few works.\n\n"
                    "Paul Ostrand, Baron of Kell\n\n"
                    "The next spring, he moved to Vienna. There he wrote to a friend.",
                    {{"Tom Varga", "PERSON", {"Tom Varga"}}, {"Paul Ostrand", "PERSON", {"Paul Ostrand"}}});
  CHECK(resolve_last(d, "he", dossier::Gazetteer()) == "Tom Varga");
}

TEST_CASE("Between two objects of one sentence a pronoun prefers the person the document is about", "[mentions]") {
  auto d = make_doc("Tom Varga was a painter. Tom Varga lived in Graz. Tom Varga sold few works.\n\n"
                    "Letters to Tom Varga tell of a pupil, Paul Ostrand.\n\n"
                    "The next spring, he moved to Vienna.",
                    {{"Tom Varga", "PERSON", {"Tom Varga"}}, {"Paul Ostrand", "PERSON", {"Paul Ostrand"}}});
  CHECK(resolve_last(d, "he", dossier::Gazetteer()) == "Tom Varga");
}

TEST_CASE("A pronoun with no person near means the person the document is about", "[mentions]") {
  std::string text = "Lena Ross was born in Leeds. Ross studied law. Ross moved to Paris.\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n\n"
                     "In the video, she spoke at length.";
  auto d = make_doc(text, {{"Lena Ross", "PERSON", {"Lena Ross", "Ross"}}});
  CHECK(resolve_last(d, "she", dossier::Gazetteer()) == "Lena Ross");
}

TEST_CASE("A sentence-initial possessive pronoun resolves as a pronoun, not as a name", "[mentions]") {
  auto d = make_doc("Peter Kovac was a poet. His were the last words.", {{"Peter Kovac", "PERSON", {"Peter Kovac"}}});
  dossier::Gazetteer none;
  MentionResolver r(d, *d.entities, none);
  size_t at = d.text.find("His");
  auto ref = r.resolve(at, at + 3);
  CHECK(ref.kind == MentionKind::Pronoun);
  CHECK(r.name_of(ref) == "Peter Kovac");
}

TEST_CASE("An organisation's name before a role noun resolves to the office holder on the document's date", "[mentions]") {
  dossier::Gazetteer g;
  dossier::GazetteerEntry a;
  a.name = "Karl Lindqvist";
  a.type = "PERSON";
  a.gender = "m";
  a.offices = {{"secretary-general", "Northern Pact", "2010-01-01", "2015-06-30"}};
  g.add(a);
  auto d = make_doc("Northern Pact chief says the summit comes at a bad time.", {{"Northern Pact", "ORG", {"Northern Pact"}}},
                    "2012-03-01");
  CHECK(resolve_last(d, "Northern Pact chief", g) == "Karl Lindqvist");
  auto later = make_doc("Northern Pact chief says the summit comes at a bad time.", {{"Northern Pact", "ORG", {"Northern Pact"}}},
                        "2019-03-01");
  CHECK(resolve_last(later, "Northern Pact chief", g) == "Northern Pact");
}

TEST_CASE("In a name of a name, the first is the one meant", "[mentions]") {
  auto d = make_doc("She was praised by The Daily Courier of Leeds as a pioneer.",
                    {{"The Daily Courier", "ORG", {"The Daily Courier"}}, {"Leeds", "GPE", {"Leeds"}}});
  CHECK(resolve_last(d, "The Daily Courier of Leeds", dossier::Gazetteer()) == "The Daily Courier");
}

TEST_CASE("An occupation before a name is a title, not part of the name", "[mentions]") {
  auto d = make_doc("Historian Ann Lee wrote a book.", {});
  CHECK(resolve_last(d, "Historian Ann Lee", dossier::Gazetteer()) == "Ann Lee");
}

TEST_CASE("A pronoun follows an earlier pronoun subject of its gender past a nearer object", "[mentions]") {
  auto d = make_doc("Peter Kovac studied in Prague. The next year, he met the younger John Hale. He wrote a letter.",
                    {{"Peter Kovac", "PERSON", {"Peter Kovac"}}, {"John Hale", "PERSON", {"John Hale"}}});
  CHECK(resolve_last(d, "He", dossier::Gazetteer()) == "Peter Kovac");
}

TEST_CASE("A statement or declaration resolves to the organisation that issued it", "[mentions]") {
  auto d = make_doc("The Northern Pact met in Riga on Friday. The statement said talks would resume.",
                    {{"Northern Pact", "ORG", {"Northern Pact"}}});
  CHECK(resolve_last(d, "The statement", dossier::Gazetteer()) == "Northern Pact");
}

TEST_CASE("A document noun without a dominant organisation resolves to the last organisation acting as a subject", "[mentions]") {
  auto e = make_doc("Orvex Labs unveiled a drone on Monday. The show took place at the Harbour Hall. The invitation says more.",
                    {{"Orvex Labs", "ORG", {"Orvex Labs"}}, {"Harbour Hall", "ORG", {"Harbour Hall"}}});
  CHECK(resolve_last(e, "The invitation", dossier::Gazetteer()) == "Orvex Labs");
}

TEST_CASE("A capitalised role noun opening a sentence names no one", "[mentions]") {
  auto d = make_doc("Ministers agreed to wait. Diplomats said little.", {});
  CHECK(resolve_last(d, "Ministers", dossier::Gazetteer()) == "source:Ministers");
  CHECK(resolve_last(d, "Diplomats", dossier::Gazetteer()) == "source:Diplomats");
}

TEST_CASE("A body's members speak for the organisation that names them or that the text is about", "[mentions]") {
  auto d = make_doc(
      "The Baltic Council met in Riga. The Baltic Council said it would meet again, and the Baltic Council chair agreed. "
      "Estonia hosted it.\n\nThe ministers said talks would resume. Nordic Forum leaders pledged to act. Ministers agreed to wait. "
      "European leaders said little.",
      {{"Baltic Council", "ORG", {"Baltic Council"}}, {"Nordic Forum", "ORG", {"Nordic Forum"}}, {"Estonia", "GPE", {"Estonia"}}});
  CHECK(resolve_last(d, "The ministers", dossier::Gazetteer()) == "Baltic Council");
  CHECK(resolve_last(d, "Nordic Forum leaders", dossier::Gazetteer()) == "Nordic Forum");
  CHECK(resolve_last(d, "Ministers", dossier::Gazetteer()) == "Baltic Council");
  CHECK(resolve_last(d, "European leaders", dossier::Gazetteer()) == "source:European leaders");
}

TEST_CASE("A named document speaks for the organisation the text is about, not for what it is named after", "[mentions]") {
  auto d = make_doc(
      "The Baltic Council adopted the Riga Declaration. The Baltic Council met at the Riga Summit, as the Baltic Council "
      "had planned.\n\n\"We will act,\" said the Riga Declaration on the Riga Summit.",
      {{"Baltic Council", "ORG", {"Baltic Council"}},
       {"Riga Declaration", "LAW", {"Riga Declaration"}},
       {"Riga Summit", "EVENT", {"Riga Summit"}}});
  CHECK(resolve_last(d, "the Riga Declaration on the Riga Summit", dossier::Gazetteer()) == "Baltic Council");
}

TEST_CASE("A surname alone that the entities layer left unmarked is the person it ends", "[mentions]") {
  dossier::Gazetteer none;
  // "Sol" as a common word is not marked; the phrase still names Ingrid Sol.
  Document d = make_doc("Ingrid Sol spoke for the union. Later Sol said the talks would go on.",
                        {{"Ingrid Sol", "PERSON", {"Ingrid Sol"}}});
  CHECK(mentions_test::resolve_last(d, "Sol", none) == "Ingrid Sol");
  // Two people with that surname: no guess.
  Document two = make_doc("Ingrid Sol spoke first. Pedro Sol replied. Then Sol left the room.",
                          {{"Ingrid Sol", "PERSON", {"Ingrid Sol"}}, {"Pedro Sol", "PERSON", {"Pedro Sol"}}});
  CHECK(mentions_test::resolve_last(two, "Sol", none) == "Sol");
  // A place or an organisation whose name ends in the word is no one.
  Document org = make_doc("Banco Sol cut its rates. Later Sol said nothing.", {{"Banco Sol", "ORG", {"Banco Sol"}}});
  CHECK(mentions_test::resolve_last(org, "Sol", none) == "Sol");
}
