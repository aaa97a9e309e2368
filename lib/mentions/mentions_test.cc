#include "dossier/mentions.h"

#include <catch2/catch.hpp>

#include "mentions/test_doc.h"

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

// The name PHRASE (its last occurrence in the text) resolves to, "" when none, or
// "source:<words>" for an anonymous source.
std::string resolve_last(const Document& d, const std::string& phrase, const dossier::Gazetteer& g,
                         std::vector<std::pair<size_t, size_t>> not_antecedents = {}) {
  MentionResolver r(d, *d.entities, g);
  size_t at = d.text.rfind(phrase);
  REQUIRE(at != std::string::npos);
  auto ref = r.resolve(MentionQuery{at, at + phrase.size(), std::move(not_antecedents), {}});
  if (ref.resolved()) return r.name_of(ref);
  if (ref.source_text) return "source:" + *ref.source_text;
  return "";
}

// What the first "They" of D refers to, with no gazetteer.
dossier::Referent resolve_they(const Document& d) {
  dossier::Gazetteer none;
  MentionResolver r(d, *d.entities, none);
  size_t at = d.text.find("They");
  REQUIRE(at != std::string::npos);
  return r.resolve(at, at + 4);
}

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

TEST_CASE("They resolves to the organisation or state the sentence before made its subject", "[mentions]") {
  auto d = make_doc("The Northern Pact suspended its cooperation with Sweden. They said the talks had failed.",
                    {{"Northern Pact", "ORG", {"Northern Pact"}}, {"Sweden", "GPE", {"Sweden"}}});
  CHECK(resolve_last(d, "They", dossier::Gazetteer()) == "Northern Pact");
}

TEST_CASE("They after a plural source noun names no one", "[mentions]") {
  auto d = make_doc("The Northern Pact met in Riga. Officials said they would wait.",
                    {{"Northern Pact", "ORG", {"Northern Pact"}}});
  CHECK(resolve_last(d, "they", dossier::Gazetteer()) == "source:they");
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

TEST_CASE("They after a coordinated group means the whole group", "[mentions]") {
  auto d = make_doc("Estonia, Latvia and the Baltic Council signed the pact. They said it would hold.",
                    {{"Estonia", "GPE", {"Estonia"}}, {"Latvia", "GPE", {"Latvia"}}, {"Baltic Council", "ORG", {"Baltic Council"}}});
  auto ref = resolve_they(d);
  REQUIRE(ref.entity);
  CHECK(ref.group == std::vector<size_t>{0, 1, 2});
  CHECK(std::find(ref.group.begin(), ref.group.end(), *ref.entity) != ref.group.end());
}

TEST_CASE("They after an organisation standing alone has no group", "[mentions]") {
  auto d = make_doc("The Baltic Council met Estonia's envoy. They said talks would go on.",
                    {{"Baltic Council", "ORG", {"Baltic Council"}}, {"Estonia", "GPE", {"Estonia"}}});
  auto ref = resolve_they(d);
  CHECK(ref.entity == 0u);
  CHECK(ref.group.empty());
}

TEST_CASE("A name the entities layer cut wrongly is repaired in the referent", "[mentions]") {
  auto d = make_doc("Historian Ann Lee wrote the book. Tom Hale of Acme Magazine liked it. Sean O'Hara did not.",
                    {{"Historian Ann Lee", "PERSON", {"Historian Ann Lee"}},
                     {"Tom Hale of Acme Magazine", "PERSON", {"Tom Hale of Acme Magazine"}},
                     {"Sean O", "PERSON", {"Sean O"}}});
  CHECK(resolve_last(d, "Historian Ann Lee", dossier::Gazetteer()) == "Ann Lee");
  CHECK(resolve_last(d, "Tom Hale of Acme Magazine", dossier::Gazetteer()) == "Tom Hale");
  CHECK(resolve_last(d, "Sean O", dossier::Gazetteer()) == "Sean O'Hara");
}

TEST_CASE("A name that is whole is not repaired", "[mentions]") {
  auto d = make_doc("President Lee met Joan of Arc at the Council of the Baltic Union.",
                    {{"President Lee", "PERSON", {"President Lee"}},
                     {"Joan of Arc", "PERSON", {"Joan of Arc"}},
                     {"Council of the Baltic Union", "ORG", {"Council of the Baltic Union"}}});
  dossier::Gazetteer none;
  MentionResolver r(d, *d.entities, none);
  for (const char* name : {"President Lee", "Joan of Arc", "Council of the Baltic Union"}) {
    size_t at = d.text.find(name);
    auto ref = r.resolve(at, at + std::string(name).size());
    CHECK(ref.name.empty());
    CHECK(r.name_of(ref) == name);
  }
}

TEST_CASE("People named together are one group referent, its first member the entity", "[mentions]") {
  auto d = make_doc("Ann Lee and Tom Hale said the talks had failed.",
                    {{"Ann Lee", "PERSON", {"Ann Lee"}}, {"Tom Hale", "PERSON", {"Tom Hale"}}});
  dossier::Gazetteer none;
  MentionResolver r(d, *d.entities, none);
  auto ref = r.resolve(0, d.text.find(" said"));
  CHECK(ref.kind == MentionKind::Name);
  CHECK(ref.entity == 0u);
  CHECK(ref.group == std::vector<size_t>{0, 1});
}

TEST_CASE("They after people named together means the group of them", "[mentions]") {
  auto d = make_doc("Ann Lee and Tom Hale met in Riga. They said the talks had failed.",
                    {{"Ann Lee", "PERSON", {"Ann Lee"}}, {"Tom Hale", "PERSON", {"Tom Hale"}}});
  auto ref = resolve_they(d);
  CHECK(ref.kind == MentionKind::Pronoun);
  CHECK(ref.group == std::vector<size_t>{0, 1});
  auto alone = make_doc("Ann Lee met the press. They said little.", {{"Ann Lee", "PERSON", {"Ann Lee"}}});
  CHECK(resolve_last(alone, "They", dossier::Gazetteer()) == "source:They");
}

TEST_CASE("A counted role means the people introduced with that role", "[mentions]") {
  auto d = make_doc("Foreign Minister Ann Lee met Foreign Minister Tom Hale and envoy Bo Ek. The two ministers said little.",
                    {{"Ann Lee", "PERSON", {"Ann Lee"}}, {"Tom Hale", "PERSON", {"Tom Hale"}}, {"Bo Ek", "PERSON", {"Bo Ek"}}});
  dossier::Gazetteer none;
  MentionResolver r(d, *d.entities, none);
  size_t at = d.text.find("The two ministers");
  auto ref = r.resolve(at, at + 17);
  CHECK(ref.kind == MentionKind::Role);
  CHECK(ref.entity == 0u);
  CHECK(ref.group == std::vector<size_t>{0, 1});
  auto unknown = make_doc("The two ministers said little.", {});
  CHECK(resolve_last(unknown, "The two ministers", none) == "source:The two ministers");
}

TEST_CASE("The end of an office's title left before a person's name is dropped from the name", "[mentions]") {
  auto d = make_doc("Deputy Foreign Minister Tom Hale and Gen. Ann Lee spoke.",
                    {{"Minister Tom Hale", "PERSON", {"Minister Tom Hale"}}, {"Gen. Ann Lee", "PERSON", {"Gen. Ann Lee"}}});
  dossier::Gazetteer none;
  MentionResolver r(d, *d.entities, none);
  CHECK(r.entity_name(0) == "Tom Hale");
  CHECK(r.entity_name(1) == "Ann Lee");
}

TEST_CASE("Every member of a group is shown by its repaired name", "[mentions]") {
  auto d = make_doc("Historian Ann Lee and Tom Hale of Acme Magazine said the talks had failed.",
                    {{"Historian Ann Lee", "PERSON", {"Historian Ann Lee"}},
                     {"Tom Hale of Acme Magazine", "PERSON", {"Tom Hale of Acme Magazine"}}});
  dossier::Gazetteer none;
  MentionResolver r(d, *d.entities, none);
  auto ref = r.resolve(0, d.text.find(" said"));
  REQUIRE(ref.group.size() == 2);
  CHECK(ref.name.empty());
  CHECK(r.entity_name(ref.group[0]) == "Ann Lee");
  CHECK(r.entity_name(ref.group[1]) == "Tom Hale");
}

TEST_CASE("An entity without a name is shown by its alias or its first mention", "[mentions]") {
  auto d = make_doc("Acme said so.", {{"", "ORG", {"Acme"}}});
  dossier::Gazetteer none;
  MentionResolver r(d, *d.entities, none);
  CHECK(r.entity_name(0) == "Acme");
  CHECK(r.entity_name(7).empty());
}

TEST_CASE("Names are joined into a group by a comma, and, as well as or or, with an optional the", "[mentions]") {
  using dossier::Join;
  using dossier::join_between;
  struct Case {
    const char* between;
    Join join;
  } cases[] = {
      {", ", Join::Comma},      {" and ", Join::And},       {", and the ", Join::And}, {" AND\n", Join::And},
      {" as well as the ", Join::And}, {" or ", Join::Or}, {", or ", Join::Or},       {", the ", Join::Comma},
      {" met ", Join::None},    {" and then ", Join::None}, {"", Join::None},
      {",                          and", Join::None},  // too long for a joining word
  };
  for (const auto& c : cases) {
    INFO(c.between);
    CHECK(join_between(c.between) == c.join);
  }
}

TEST_CASE("They reaches back two sentences to an organisation that opened its clause, past a state after a preposition", "[mentions]") {
  auto d = make_doc(
      "The Baltic Council leaders met in Riga on Monday. The talks with the Republic of Estonia ran late. "
      "They agreed to meet again.",
      {{"Baltic Council", "ORG", {"Baltic Council"}}, {"Estonia", "GPE", {"Republic of Estonia"}}});
  auto ref = resolve_they(d);
  CHECK(ref.kind == MentionKind::Pronoun);
  CHECK(ref.entity == 0u);
}

TEST_CASE("They with no subject near takes the nearest organisation of its sentence or the one before", "[mentions]") {
  auto d = make_doc("Talks with the Baltic Council stalled. They said little.", {{"Baltic Council", "ORG", {"Baltic Council"}}});
  CHECK(resolve_they(d).entity == 0u);
}

TEST_CASE("They looks no further back than two sentences or a few hundred bytes", "[mentions]") {
  std::string filler;
  for (int i = 0; i < 12; ++i) filler += "The weather was cold and the roads were icy all week. ";
  auto d = make_doc("The Baltic Council met. " + filler + "They said little.", {{"Baltic Council", "ORG", {"Baltic Council"}}});
  CHECK_FALSE(resolve_they(d).entity);
}
