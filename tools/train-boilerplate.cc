// train-boilerplate: learns the boilerplate and title models of ingest from labelled pages.
#include <fmt/core.h>

#include <fstream>

#include "dossier/boilerplate.h"
#include "dossier/error.h"
#include "tool.h"

int main(int argc, char** argv) {
  dossier::cli::Tool tool("train-boilerplate",
                          "Learn ingest's line and title models from labelled pages (DIR: manifest.jsonl, meta.jsonl).", false);
  std::string out_dir = "lib/data/boilerplate";
  int epochs = 40, title_epochs = 2, folds = 0;
  bool per_page = false, per_line = false;
  tool.app().add_option("-o,--output-dir", out_dir, "Where content.weights and title.weights are written")->capture_default_str();
  tool.app().add_option("--epochs", epochs, "Passes over the pages")->check(CLI::Range(1, 100))->capture_default_str();
  tool.app()
      .add_option("--title-epochs", title_epochs, "Passes over the pages for the title ranking")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  tool.app()
      .add_option("--folds", folds,
                  "Write no weights: learn on all folds of the pages but one, in turn, and print the figures on the "
                  "pages left out (page k of the sorted manifest is in fold k % N)")
      ->check(CLI::Range(2, 100));
  tool.app().add_flag("--pages", per_page, "With --folds, also print each page's figures");
  tool.app().add_flag("--lines", per_line,
                      "With --folds, also print each line removed wrongly (\"wrong\") or kept wrongly (\"missed\")");
  tool.app().get_option("files")->required()->expected(1)->description("DIR: the labelled pages");
  return tool.run(argc, argv, [&]() {
    if (folds > 0) {
      const dossier::BoilerplateFolds f = dossier::cross_validate_boilerplate(tool.inputs()[0], folds, epochs, title_epochs);
      if (per_page)
        for (const dossier::BoilerplatePageScore& p : f.pages)
          fmt::print("{}\tright {}\twrong {}\tmissed {}\ttitle {}\t{}\t{}\n", p.doc, p.right, p.wrong, p.missed,
                     p.title_right ? "ok" : "wrong", p.title, p.gold_title);
      if (per_line)
        for (const dossier::BoilerplatePageScore& p : f.pages) {
          for (const std::string& t : p.wrong_texts) fmt::print("{}\twrong\t{}\n", p.doc, t);
          for (const std::string& t : p.missed_texts) fmt::print("{}\tmissed\t{}\n", p.doc, t);
        }
      fmt::print("held-out folds {}: boilerplate P {:.3f} R {:.3f} F1 {:.3f} title {:.3f}\n", folds, f.precision, f.recall, f.f1,
                 f.title_accuracy);
      return;
    }
    dossier::BoilerplateWeights w = dossier::train_boilerplate(tool.inputs()[0], epochs, title_epochs);
    for (const auto& [name, text] : {std::pair{"content.weights", &w.content}, std::pair{"stack.weights", &w.stack},
                                     std::pair{"title.weights", &w.title}}) {
      const std::string path = out_dir + "/" + name;
      std::ofstream out(path, std::ios::binary);
      out << *text;
      if (!out.flush()) throw dossier::Error("cannot write", path);
    }
  });
}
