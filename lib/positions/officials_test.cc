// Officials described, not named (officials.h): the agent's widening of a candidate.
#include <catch2/catch.hpp>

#include <string_view>
#include <utility>
#include <vector>

#include "positions/candidate.h"
#include "positions/officials.h"

using dossier::positions_detail::Candidate;
using dossier::positions_detail::extend_agents;

TEST_CASE("an agent's description widens the state's candidate over the role noun it holds", "[positions][officials]") {
  std::string_view text = "Yesterday a spokesman for Peru said so.";
  // "spokesman" as a role candidate, "Peru" as the state.
  std::vector<Candidate> cands = {{12, 21, "spokesman", "PERSON", nullptr}, {26, 30, "Peru", "GPE", nullptr}};
  extend_agents(text, {{0, text.size()}}, cands);
  REQUIRE(cands.size() == 1);
  CHECK(cands[0].name == "Peru");
  CHECK(text.substr(cands[0].start, cands[0].end - cands[0].start) == "a spokesman for Peru");
}

TEST_CASE("a candidate overlapping an agent's description keeps it and the ones inside from being dropped", "[positions][officials]") {
  std::string_view text = "Talks in Lima, a spokesman for Peru said.";
  // A candidate that runs into the description ("Lima, a") cannot give way to it: nothing is
  // widened and nothing inside the description is lost.
  std::vector<Candidate> cands = {{9, 16, "Lima", "ACTOR", nullptr},
                                  {17, 26, "spokesman", "PERSON", nullptr},
                                  {31, 35, "Peru", "GPE", nullptr}};
  extend_agents(text, {{0, text.size()}}, cands);
  REQUIRE(cands.size() == 3);
  CHECK(cands[1].name == "spokesman");
  CHECK(cands[2].start == 31);
}
