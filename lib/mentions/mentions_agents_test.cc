// The mention resolver: phrases that stand for a state or an organisation without naming it
// (agents.cc). All text is invented.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/mentions.h"
#include "mentions/test_doc.h"
#include "mentions/test_resolve.h"

using mentions_test::make_doc;
using mentions_test::resolve_last;

namespace {

// The names and byte spans of D's collective mentions over its whole text.
std::vector<std::string> collective(const dossier::Document& d, const dossier::Gazetteer& g) {
  dossier::MentionResolver r(d, *d.entities, g);
  std::vector<std::string> out;
  for (const auto& ref : r.collective_mentions(0, d.text.size()))
    out.push_back(r.name_of(ref) + "@" + d.text.substr(ref.begin, ref.end - ref.begin));
  return out;
}

}  // namespace

TEST_CASE("A nationality adjective before a state's side or government means the state", "[mentions]") {
  dossier::Gazetteer none;
  auto d = make_doc("The Chilean side said little. The Estonian government said the talks were useful.", {});
  CHECK(resolve_last(d, "The Chilean side", none) == "Chile");
  CHECK(resolve_last(d, "The Estonian government", none) == "Estonia");
  // The state's entity, when the text names it.
  auto named = make_doc("Estonia sent a team. The Estonian delegation said the talks were useful.",
                        {{"Estonia", "GPE", {"Estonia"}}});
  dossier::MentionResolver r(named, *named.entities, none);
  size_t at = named.text.find("The Estonian delegation");
  auto ref = r.resolve(at, at + 23);
  REQUIRE(ref.entity);
  CHECK(*ref.entity == 0);
}

TEST_CASE("Unnamed officials of a state and an office holder nobody names stay anonymous sources, not the state", "[mentions]") {
  dossier::Gazetteer none;
  auto d = make_doc("Estonian negotiators said the talks were useful.", {});
  CHECK(resolve_last(d, "Estonian negotiators", none) == "source:Estonian negotiators");
  auto president = make_doc("The Estonian president said the talks were useful.", {});
  CHECK(resolve_last(president, "The Estonian president", none) == "source:The Estonian president");
  // Nor does an adjective make a state of words it does not own.
  auto other = make_doc("Estonian officialdom said little.", {});
  CHECK(resolve_last(other, "Estonian officialdom", none) != "Estonia");
}

TEST_CASE("The alliance is the organisation named or known by that noun, over a nearer one", "[mentions]") {
  dossier::Gazetteer g;
  dossier::GazetteerEntry league;
  league.name = "NLP";
  league.type = "ORG";
  league.aliases = {"Northern League of Ports", "Northern Ports Alliance"};
  g.add(league);
  auto d = make_doc("NLP met in Riga and the Baltic Fisheries Ministry sent a team. The Alliance said it would wait.",
                    {{"NLP", "ORG", {"NLP"}}, {"Baltic Fisheries Ministry", "ORG", {"Baltic Fisheries Ministry"}}});
  CHECK(resolve_last(d, "The Alliance", g) == "NLP");
}

TEST_CASE("Collective mentions are found in a stretch of text with the words that name them", "[mentions]") {
  dossier::Gazetteer none;
  auto d = make_doc("The Northern Pact met in Riga. Estonian diplomats and the alliance's envoy agreed; a Dutch proposal "
                    "followed. The Alliance for Growth and the Dutchman left. Estonian Officials spoke.",
                    {{"Northern Pact", "ORG", {"Northern Pact"}}});
  CHECK(collective(d, none) == std::vector<std::string>{"Estonia@Estonian", "Northern Pact@alliance", "Netherlands@Dutch"});
}
