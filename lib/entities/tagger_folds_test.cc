// Held-out figures of the tagger's training (folds.cc).
#include <cmath>
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "dossier/entities.h"
#include "dossier/error.h"
#include "entities/folds.h"
#include "entities/tagger.h"

namespace fs = std::filesystem;

namespace {

// Four annotated documents, each naming a person, a company and a city.
fs::path annotated_documents() {
  const fs::path root = fs::temp_directory_path() / ("dossier-entity-folds-" + std::to_string(::getpid()));
  fs::create_directories(root / "docs");
  std::ofstream index(root / "entities.jsonl");
  const char* people[] = {"Marta Kessel", "Jonas Ebberup", "Ilse Varnhagen", "Tomas Lindqvist"};
  const char* firms[] = {"Harwell Brightmoor Ltd", "Ostrava Cable Works", "Nordvik Timber Company", "Calder Mills Group"};
  const char* cities[] = {"Leeds", "Bergen", "Dresden", "Lyon"};
  for (int k = 0; k < 4; ++k) {
    const std::string doc = "doc-" + std::to_string(k);
    std::ofstream(root / "docs" / (doc + ".txt"))
        << people[k] << " runs " << firms[k] << " from an office in " << cities[k] << ".\n\n"
        << "Last year " << firms[k] << " hired forty people in " << cities[k] << ", " << people[k] << " said.\n";
    index << "{\"doc\": \"" << doc << "\", \"entities\": [{\"name\": \"" << people[k]
          << "\", \"type\": \"PERSON\", \"aliases\": [\"" << people[k] << "\"]}, {\"name\": \"" << firms[k]
          << "\", \"type\": \"ORG\", \"aliases\": [\"" << firms[k] << "\"]}, {\"name\": \"" << cities[k]
          << "\", \"type\": \"GPE\", \"aliases\": [\"" << cities[k] << "\"]}]}\n";
  }
  return root;
}

}  // namespace

TEST_CASE("Held-out folds score every document once, with taggers trained on the other folds, the same on every run",
          "[entities]") {
  const fs::path root = annotated_documents();
  const auto a = dossier::cross_validate_entity_tagger({root.string()}, 2, 2);
  const auto b = dossier::cross_validate_entity_tagger({root.string()}, 2, 2);
  REQUIRE(a.size() == 2);
  for (size_t f = 0; f < 2; ++f) {
    CHECK(a[f].documents == 2);
    CHECK(a[f].gold == 6);  // three gold entities in each of the fold's two documents
    CHECK(a[f].correct <= a[f].found);
    CHECK(a[f].correct <= a[f].gold);
    CHECK(a[f].found == b[f].found);
    CHECK(a[f].correct == b[f].correct);
  }
  // The cities are in the gazetteer and the people have listed given names: the finder
  // finds most of them whatever the tagger learned.
  CHECK(a[0].correct + a[1].correct >= 6);
  CHECK_THROWS_AS(dossier::cross_validate_entity_tagger({root.string()}, 1, 2), dossier::Error);
  CHECK_THROWS_AS(dossier::cross_validate_entity_tagger({(root / "missing").string()}, 2, 2), dossier::Error);
  fs::remove_all(root);
}

TEST_CASE("Held-out folds compare names as the scorer does, curly apostrophes as straight ones", "[entities]") {
  using dossier::entities_detail::scorer_form;
  CHECK(scorer_form("Sean O\xE2\x80\x99Tavor") == scorer_form("Sean O'Tavor"));
  CHECK(scorer_form("The  Tavoro-Ruritania   Party") == "tavoro ruritania party");
  CHECK(scorer_form("Zo\xC3\xAB Lind") == "zo\xC3\xAB lind");
}

TEST_CASE("Held-out folds hold the taggers to the margins given, and to the compiled-in ones where none is given",
          "[entities]") {
  const fs::path root = annotated_documents();
  const dossier::TaggerMargins shipped;
  const auto plain = dossier::cross_validate_entity_tagger({root.string()}, 2, 2);
  const auto given = dossier::cross_validate_entity_tagger({root.string()}, 2, 2,
                                                           {shipped.type, shipped.add, shipped.drop, shipped.guess_drop});
  dossier::TaggerMargins one;
  one.add = shipped.add;
  const auto partly = dossier::cross_validate_entity_tagger({root.string()}, 2, 2, one);
  REQUIRE(plain.size() == 2);
  for (size_t f = 0; f < 2; ++f) {
    CHECK((given[f].found == plain[f].found && given[f].correct == plain[f].correct));
    CHECK((partly[f].found == plain[f].found && partly[f].correct == plain[f].correct));
  }
  // A margin that is no number is refused.
  CHECK_THROWS_AS(dossier::cross_validate_entity_tagger({root.string()}, 2, 2, {std::nanf(""), -1, -1, -1}), dossier::Error);
  fs::remove_all(root);
}
