// ingest: raw scraped text files to dossier document records (JSON Lines).
#include <optional>
#include <string_view>

#include "dossier/ingest.h"
#include "dossier/jsonl.h"
#include "dossier/metadata.h"
#include "tool.h"

int main(int argc, char** argv) {
  dossier::cli::Tool tool("ingest", "Turn raw news text files into dossier document records (JSON Lines).");
  std::string manifest_path, files_from, dct;
  bool jsonl = false;
  dossier::IngestOptions options;
  tool.app().add_option("--manifest", manifest_path, "JSON Lines manifest: path plus dct, published, publisher, title, url");
  tool.app().add_option("--files-from", files_from, "Read input paths from LIST, one per line (- = standard input)");
  tool.app().add_option("--dct", dct, "Document creation time (YYYY-MM-DD) for every input")
      ->check([](const std::string& s) { return dossier::is_iso_date(s) ? "" : "--dct takes a date YYYY-MM-DD"; });
  tool.app().add_flag("--plain", options.plain, "The input is article text already: no line is removed");
  tool.app().add_flag("--jsonl", jsonl, "Each input line is a JSON record (text, title, date, url fields)");
  tool.app().add_option("--text-field", options.fields.text, "With --jsonl: the field holding the text")->capture_default_str();
  tool.app().add_option("--title-field", options.fields.title, "With --jsonl: the title field")->capture_default_str();
  tool.app().add_option("--date-field", options.fields.date, "With --jsonl: the date field (ISO 8601)")->capture_default_str();
  tool.app().add_option("--url-field", options.fields.url, "With --jsonl: the url field")->capture_default_str();
  tool.app().add_option("--id-field", options.fields.id, "With --jsonl: the record's own id field (none by default)");
  return tool.run(argc, argv, [&]() {
    dossier::Manifest manifest;
    if (!manifest_path.empty()) manifest = dossier::Manifest::load(manifest_path);
    if (!dct.empty()) options.dct = dct;
    std::vector<dossier::PathNote> unread;
    std::vector<std::string> inputs = dossier::expand_inputs(tool.inputs(), files_from, unread);
    tool.report(unread);
    if (tool.inputs().empty() && files_from.empty()) inputs.push_back("-");
    tool.map_items(inputs, [&](const std::string& path, dossier::cli::Notes& notes) {
      const std::string shown = path == "-" ? "<stdin>" : path;
      dossier::cli::Lines out;
      auto add = [&](const dossier::Document& doc) {
        for (const auto& w : doc.warnings) notes.push_back({shown, w.line, w.message, false, out.size()});
        out.push_back(dossier::jsonl::dump_line(doc));
      };
      if (jsonl) {
        dossier::jsonl::LineReader reader(path);
        std::string line;
        while (reader.next(line)) {
          if (line.find_first_not_of(" \t") == std::string::npos) continue;
          // A record that cannot be read is reported and skipped: the file's other records
          // are still documents.
          try {
            add(dossier::ingest_record(line, path, reader.line_number(), options));
          } catch (const dossier::Error& e) {
            // A last line without '\n' that is no whole record is a truncated stream, said
            // as every tool says it.
            const bool truncated = reader.unterminated() && std::string_view(e.what()).rfind("malformed JSON", 0) == 0;
            notes.push_back({shown, e.line(), truncated ? "truncated record at end of input (no final newline)" : e.what(), true,
                             out.size()});
          }
        }
        return out;
      }
      // One buffer per thread for the raw bytes of every file it reads; one that a huge
      // file grew is let go at the next file rather than kept for the rest of the run.
      thread_local std::string buffer;
      if (buffer.size() > (size_t{64} << 20)) std::string().swap(buffer);
      add(dossier::ingest_text(dossier::read_file_into(path, buffer), path, manifest.find(path), options));
      return out;
    });
  });
}
