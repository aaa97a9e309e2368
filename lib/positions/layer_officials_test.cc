// The position layer: a state's offices and officials speak for it (officials.cc).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/positions.h"
#include "positions/test_docs.h"

using namespace positions_test;

TEST_CASE("a ministry a nationality names speaks for its state", "[positions][layer][officials]") {
  auto ps = positions_of({"The Chilean defence ministry rejects NATO enlargement."}, {{"NATO", "ORG"}});
  CHECK(has(ps, "Chile", "nato-enlargement", "oppose"));
}

TEST_CASE("an embassy of a two-word nationality speaks for its state", "[positions][layer][officials]") {
  auto ps = positions_of({"The South Korean embassy welcomed NATO enlargement."}, {{"NATO", "ORG"}});
  CHECK(has(ps, "South Korea", "nato-enlargement", "support"));
}

TEST_CASE("a spokesman for a state's government speaks for the state", "[positions][layer][officials]") {
  auto ps = positions_of({"A spokesman for the Chilean government rejected NATO enlargement."}, {{"NATO", "ORG"}});
  CHECK(has(ps, "Chile", "nato-enlargement", "oppose"));
}

TEST_CASE("an official of a named state speaks for it, not the object of the preposition alone", "[positions][layer][officials]") {
  auto ps = positions_of({"A senior official of Peru backed NATO enlargement."}, {{"Peru", "GPE"}, {"NATO", "ORG"}});
  CHECK(has(ps, "Peru", "nato-enlargement", "support"));
  CHECK(ps.size() == 1);
}

TEST_CASE("an office's capitalised name is left to the entity finder", "[positions][layer][officials]") {
  // "Chilean Defence Ministry" is a name's start: without the entity, nobody holds the stance.
  auto ps = positions_of({"The Chilean Defence Ministry rejects NATO enlargement."}, {{"NATO", "ORG"}});
  CHECK(ps.empty());
}
