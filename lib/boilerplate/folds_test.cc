// Cross-validation of the boilerplate models on labelled pages (folds.cc).
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "dossier/boilerplate.h"
#include "dossier/error.h"

namespace fs = std::filesystem;

namespace {

// Four labelled pages: a menu, a headline, three paragraphs and a footer each.
fs::path labelled_pages() {
  const fs::path root = fs::temp_directory_path() / ("dossier-folds-" + std::to_string(::getpid()));
  fs::create_directories(root / "docs");
  std::ofstream manifest(root / "manifest.jsonl"), meta(root / "meta.jsonl");
  const char* topics[] = {"basil", "tomatoes", "roses", "mint"};
  for (int k = 0; k < 4; ++k) {
    const std::string doc = "page-" + std::to_string(k), topic = topics[k];
    const std::string headline = "How to Keep Your " + topic + " Growing All Summer";
    std::ofstream(root / "docs" / (doc + ".txt"))
        << "Home\n\nGarden\n\nSubscribe\n\n" << headline << "\n\n"
        << "Most gardeners find that " << topic << " grows best in a warm and sunny place with water every morning.\n\n"
        << "When the weather turns hot, the plants need shade in the afternoon and a little more water than usual.\n\n"
        << "Cut the stems back once a month, and the plant will keep growing new leaves until the first frost.\n\n"
        << "Privacy policy\n\nFollow us\n";
    manifest << "{\"path\": \"docs/" << doc << ".txt\"}\n";
    meta << "{\"doc\": \"" << doc << "\", \"title\": \"" << headline
         << "\", \"boilerplate\": [\"Home\", \"Garden\", \"Subscribe\", \"Privacy policy\", \"Follow us\"]}\n";
  }
  return root;
}

}  // namespace

TEST_CASE("Cross-validation scores every page once, on models learned from the other folds, the same on every run",
          "[boilerplate]") {
  const fs::path root = labelled_pages();
  const dossier::BoilerplateFolds a = dossier::cross_validate_boilerplate(root.string(), 2, 3, 1);
  const dossier::BoilerplateFolds b = dossier::cross_validate_boilerplate(root.string(), 2, 3, 1);
  REQUIRE(a.pages.size() == 4);
  for (size_t k = 0; k < 4; ++k) {
    CHECK(a.pages[k].doc == "page-" + std::to_string(k));
    CHECK(a.pages[k].right + a.pages[k].missed == 5);  // the page's five boilerplate texts
    CHECK(a.pages[k].gold_title == "how to keep your " + std::string(k == 0 ? "basil" : k == 1 ? "tomatoes" : k == 2 ? "roses" : "mint") +
                                       " growing all summer");
    CHECK(a.pages[k].right == b.pages[k].right);
    CHECK(a.pages[k].title == b.pages[k].title);
  }
  CHECK(a.f1 == b.f1);
  // The held-out pages share their menus and footers with the pages the models learned
  // from, so a model that learned anything finds most of them.
  CHECK(a.f1 > 0.5);
  CHECK(a.f1 <= 1);
  CHECK_THROWS_AS(dossier::cross_validate_boilerplate(root.string(), 5, 3, 1), dossier::Error);  // fewer pages than folds
  CHECK_THROWS_AS(dossier::cross_validate_boilerplate(root.string(), 1, 3, 1), dossier::Error);
  fs::remove_all(root);
}

TEST_CASE("The held-out folds name every article line they removed and every boilerplate line they kept", "[boilerplate]") {
  const fs::path root = labelled_pages();
  const dossier::BoilerplateFolds f = dossier::cross_validate_boilerplate(root.string(), 2, 3, 1);
  const std::set<std::string> gold = {"home", "garden", "subscribe", "privacy policy", "follow us"};
  for (const dossier::BoilerplatePageScore& p : f.pages) {
    CHECK(p.wrong_texts.size() == p.wrong);
    CHECK(p.missed_texts.size() == p.missed);
    for (const std::string& t : p.missed_texts) CHECK(gold.count(t) == 1);  // normalised, as the scorer compares
    for (const std::string& t : p.wrong_texts) CHECK(gold.count(t) == 0);
  }
  fs::remove_all(root);
}
