// The mention resolver: they, groups of names, and names the entities layer cut wrongly.
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

}  // namespace

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
