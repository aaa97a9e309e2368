// train-entities: trains the name tagger of extract-entities on annotated text and writes
// its weights file (the library embeds lib/data/entities/tagger.bin).
#include <fstream>
#include <string>

#include "dossier/entities.h"
#include "dossier/error.h"
#include "tool.h"

int main(int argc, char** argv) {
  dossier::cli::Tool tool("train-entities",
                          "Train the name tagger of extract-entities on annotated directories (docs/*.txt and "
                          "entities.jsonl) and write its weights file.",
                          false);
  std::string out;
  unsigned epochs = 10;
  tool.app().add_option("-o,--output", out, "Weights file to write (e.g. lib/data/entities/tagger.bin)")->required();
  tool.app().add_option("--epochs", epochs, "Passes over the training data (default 10)")->check(CLI::Range(1, 100));
  return tool.run(argc, argv, [&]() {
    if (tool.inputs().empty()) throw CLI::ValidationError("DIR", "at least one training directory is required");
    std::string bytes = dossier::train_entity_tagger(tool.inputs(), epochs);
    std::ofstream f(out, std::ios::binary);
    if (!f.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !f.flush())
      throw dossier::Error(out + ": cannot write");
  });
}
