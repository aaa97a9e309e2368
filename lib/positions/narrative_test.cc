// Where a sentence's narrative starts after a dateline (positions/narrative.h).
#include <catch2/catch.hpp>

#include <string>

#include "positions/narrative.h"

using dossier::positions_detail::narrative_start;

namespace {

// The narrative of SENTENCE: what follows the dateline.
std::string narrative_of(const std::string& sentence) { return sentence.substr(narrative_start(sentence)); }

}  // namespace

TEST_CASE("a wire credit's spaced hyphen ends the dateline", "[positions][dateline]") {
  CHECK(narrative_of("BERGEN, June 3 (Wire) - Norway backs the pact") == "Norway backs the pact");
}

TEST_CASE("a double dash or an em dash ends the dateline", "[positions][dateline]") {
  CHECK(narrative_of("LIMA -- Peru backs the pact") == "Peru backs the pact");
  CHECK(narrative_of("LIMA \xE2\x80\x94 Peru backs the pact") == "Peru backs the pact");
}

TEST_CASE("a double dash ending a lead-in starts the narrative after it", "[positions][dateline]") {
  CHECK(narrative_of("The pact -- long stalled -- Peru backs") == " Peru backs");
}

TEST_CASE("a bracketed aside before a spaced hyphen is no dateline", "[positions][dateline]") {
  CHECK(narrative_start("Norway (and Iceland) - back the pact") == 0);
}

TEST_CASE("a credit opened past the sentence's first eight words is no dateline", "[positions][dateline]") {
  CHECK(narrative_start("One two three four five six seven eight nine (Wire) - the pact") == 0);
}

TEST_CASE("a sentence without a dash has no dateline", "[positions][dateline]") {
  CHECK(narrative_start("Peru backs the pact") == 0);
}
