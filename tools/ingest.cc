// ingest: raw scraped text files to dossier document records (JSON Lines).
#include <optional>

#include "dossier/ingest.h"
#include "dossier/jsonl.h"
#include "dossier/metadata.h"
#include "tool.h"

int main(int argc, char** argv) {
  dossier::cli::Tool tool("ingest", "Turn raw news text files into dossier document records (JSON Lines).");
  std::string manifest_path, files_from, dct;
  tool.app().add_option("--manifest", manifest_path, "JSON Lines manifest: path plus dct, published, publisher, title, url");
  tool.app().add_option("--files-from", files_from, "Read input paths from LIST, one per line (- = standard input)");
  tool.app().add_option("--dct", dct, "Document creation time (YYYY-MM-DD) for every input")
      ->check([](const std::string& s) { return dossier::is_iso_date(s) ? "" : "--dct takes a date YYYY-MM-DD"; });
  return tool.run(argc, argv, [&]() {
    dossier::Manifest manifest;
    if (!manifest_path.empty()) manifest = dossier::Manifest::load(manifest_path);
    dossier::IngestOptions options;
    if (!dct.empty()) options.dct = dct;
    std::vector<dossier::PathNote> unread;
    std::vector<std::string> inputs = dossier::expand_inputs(tool.inputs(), files_from, unread);
    tool.report(unread);
    if (tool.inputs().empty() && files_from.empty()) inputs.push_back("-");
    tool.map_items(inputs, [&](const std::string& path, dossier::cli::Notes& notes) {
      dossier::Document doc;
      {
        std::string raw = dossier::read_file(path);
        doc = dossier::ingest_text(raw, path, manifest.find(path), options);
      }
      for (const auto& w : doc.warnings) notes.push_back({path == "-" ? "<stdin>" : path, w.line, w.message});
      return dossier::cli::Lines{dossier::jsonl::dump_line(doc)};
    });
  });
}
