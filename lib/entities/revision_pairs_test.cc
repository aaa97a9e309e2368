#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Countries of the gazetteer joined by hyphens; the double surname is invented.

TEST_CASE("Two known names joined by a hyphen before a noun name no organisation", "[entities]") {
  auto es = find_entities(doc_of(
      "Talks on the France-Germany rail link stalled, and the Brazil-Argentina trade row grew. "
      "France and Argentina said they would meet again."));
  CHECK_FALSE(with_alias(es, "France-Germany"));
  CHECK_FALSE(with_alias(es, "Brazil-Argentina"));
  CHECK(with_alias(es, "France"));
  CHECK(with_alias(es, "Argentina"));
}

TEST_CASE("A hyphened name of unknown parts stays a name", "[entities]") {
  auto es = find_entities(doc_of("The Quellby-Varnhoff report was published on Monday by the ministry."));
  CHECK(with_alias(es, "Quellby-Varnhoff"));
}

TEST_CASE("A pair of known places read as one place stays a place before a lower-case word", "[entities]") {
  auto es = find_entities(doc_of("Her grandfather traded cattle in Kenya-Uganda for forty years before the railway came."));
  const Entity* pair = with_alias(es, "Kenya-Uganda");
  REQUIRE(pair);
  CHECK(pair->type == "GPE");
}

TEST_CASE("A compound of nationality words before a title names no organisation", "[entities]") {
  auto es = find_entities(doc_of(
      "She became the first Korean-American Senator the state had elected, and a Greek-Canadian Judge "
      "swore her in."));
  CHECK_FALSE(with_alias(es, "Korean-American"));
  CHECK_FALSE(with_alias(es, "Greek-Canadian"));
}

TEST_CASE("A war named by a compound of nationality words stays an event", "[entities]") {
  auto es = find_entities(doc_of("Her grandfather fought in the Greek-Turkish War and never spoke of it."));
  CHECK(with_alias(es, "Greek-Turkish War"));
}
