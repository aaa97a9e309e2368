// train-entities: trains the name tagger of extract-entities on annotated text and writes
// its weights file (the library embeds lib/data/entities/tagger.bin).
#include <cmath>
#include <fmt/core.h>

#include <fstream>
#include <string>

#include "dossier/entities.h"
#include "dossier/error.h"
#include "tool.h"

namespace {

void print_figures(const std::string& label, const dossier::FoldFigures& f) {
  const double p = f.found ? static_cast<double>(f.correct) / static_cast<double>(f.found) : 0;
  const double r = f.gold ? static_cast<double>(f.correct) / static_cast<double>(f.gold) : 0;
  fmt::print("{}: {} documents, entities P {:.3f} R {:.3f} F1 {:.3f}\n", label, f.documents, p, r,
             p + r > 0 ? 2 * p * r / (p + r) : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
  dossier::cli::Tool tool("train-entities",
                          "Train the name tagger of extract-entities on annotated directories (docs/*.txt and "
                          "entities.jsonl) and write its weights file.",
                          false);
  std::string out;
  unsigned epochs = 10, folds = 0;
  auto* output = tool.app().add_option("-o,--output", out, "Weights file to write (e.g. lib/data/entities/tagger.bin)");
  tool.app().add_option("--epochs", epochs, "Passes over the training data (default 10)")->check(CLI::Range(1, 100));
  tool.app()
      .add_option("--folds", folds,
                  "Write no weights: train on all folds of the documents but one, in turn, and print the entity "
                  "figures of extract-entities on the documents left out (document k, in directory and "
                  "entities.jsonl order, is in fold k % N)")
      ->check(CLI::Range(2, 100))
      ->excludes(output);
  // For choosing the margins of the tagger's review (README, extract-entities): not shown.
  dossier::TaggerMargins margins;
  const std::pair<const char*, float*> margin_options[] = {{"--type-margin", &margins.type},
                                                            {"--add-margin", &margins.add},
                                                            {"--drop-margin", &margins.drop},
                                                            {"--guess-drop-margin", &margins.guess_drop}};
  for (auto [name, value] : margin_options) tool.app().add_option(name, *value)->group("");
  // Checked as the command line is parsed, so that a mistake in it is a usage error (checked
  // here, not by the options' own validators, whose messages cannot name a hidden option).
  tool.app().callback([&]() {
    if (tool.inputs().empty()) throw CLI::ValidationError("DIR", "at least one training directory is required");
    for (auto [name, value] : margin_options) {
      if (tool.app().count(name) == 0) continue;
      if (folds == 0) throw CLI::ValidationError(name, "requires --folds");
      if (!std::isfinite(*value) || *value < 0 || *value > 100000)
        throw CLI::ValidationError(name, "a margin from 0 to 100000 is required");
    }
    if (folds == 0 && out.empty()) throw CLI::ValidationError("--output", "a weights file to write is required (or --folds)");
  });
  return tool.run(argc, argv, [&]() {
    if (folds > 0) {
      const std::vector<dossier::FoldFigures> figures = dossier::cross_validate_entity_tagger(tool.inputs(), folds, epochs, margins);
      dossier::FoldFigures all;
      for (size_t k = 0; k < figures.size(); ++k) {
        print_figures("fold " + std::to_string(k + 1), figures[k]);
        all.documents += figures[k].documents;
        all.found += figures[k].found;
        all.gold += figures[k].gold;
        all.correct += figures[k].correct;
      }
      print_figures("held-out folds " + std::to_string(folds), all);
      return;
    }
    std::string bytes = dossier::train_entity_tagger(tool.inputs(), epochs);
    std::ofstream f(out, std::ios::binary);
    if (!f.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !f.flush())
      throw dossier::Error(out + ": cannot write");
  });
}
