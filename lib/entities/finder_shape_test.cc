// Shapes of words that look like names and are not, or are names of another shape: common
// words capitalized inside longer names, contractions, Arabic articles, plural acronyms.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

namespace {
std::vector<Entity> entities_of(const std::string& text) { return find_entities(doc_of(text)); }
}  // namespace

TEST_CASE("A common word capitalized only inside longer names is no name when it opens a sentence", "[entities]") {
  auto es = entities_of(
      "The Interior Ministry of Veldaria issued a statement. Interior Ministry staff said little. "
      "Interior designers were not consulted about the Interior Ministry building.");
  CHECK_FALSE(named(es, "Interior"));
  CHECK(with_alias(es, "Interior Ministry"));
}

TEST_CASE("A contraction of a function word with is is no possessive name", "[entities]") {
  auto es = entities_of("Here's the offer the Quendal Group made. Here's what the board said. Let's wait.");
  CHECK_FALSE(named(es, "Here"));
  CHECK_FALSE(named(es, "Let"));
  CHECK(named(es, "Quendal Group"));
}

TEST_CASE("An Arabic article joined by a hyphen belongs to the name it opens", "[entities]") {
  auto es = entities_of("Fighters of al-Marwaniya clashed with police on Tuesday, said Tariq al-Hamdouni, a local official.");
  CHECK(with_alias(es, "al-Marwaniya"));
  CHECK(named(es, "Tariq al-Hamdouni"));
  CHECK_FALSE(named(es, "Hamdouni"));
  CHECK_FALSE(named(es, "Tariq"));
}

TEST_CASE("A plural acronym names the acronym's entity, and without one is a common noun", "[entities]") {
  auto es = entities_of("The ZQRF sent observers to the border. Both ZQRFs later merged, and several NGOs and UAVs took part.");
  const Entity* body = with_alias(es, "ZQRF");
  REQUIRE(body);
  CHECK(with_alias(es, "ZQRFs") == body);
  CHECK_FALSE(with_alias(es, "NGOs"));
  CHECK_FALSE(with_alias(es, "UAVs"));
}
