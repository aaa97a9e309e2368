// Raw scraped text to a document record: normalization, layout (boilerplate and title),
// metadata, paragraphs and sentences, stable ids. Also the manifest that supplies dates
// and metadata the text does not state.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dossier/document.h"

namespace dossier {

// One manifest line: "path" (relative to the manifest's folder) and any of dct,
// published, publisher, title, url. Values win over what ingest detects.
struct ManifestEntry {
  std::optional<std::string> dct, published, publisher, title, url;
};

// The absolute path of a file with symbolic links resolved (std::filesystem::weakly_canonical),
// computed once per directory: resolving a path costs a readlink per component, and the
// files of a corpus share a few folders (each is listed once to learn which names are
// plain entries). A file that is itself a symlink, or does not exist, takes the full
// resolution. Safe to call from several threads (--jobs).
class CanonicalPaths {
 public:
  std::string resolve(const std::string& path) const;

 private:
  struct Dir {
    std::string canonical;                        // empty when it cannot be resolved
    std::unordered_set<std::string> plain_names;  // entries known to be no symlink
  };
  static Dir list_dir(const std::string& dir);

  mutable std::mutex mu_;
  mutable std::unordered_map<std::string, Dir> dirs_;  // parent as given -> its facts
};

class Manifest {
 public:
  // Reads a JSON Lines manifest; throws Error(file, line) on a malformed line or date.
  static Manifest load(const std::string& path);
  // The entry for an input path (matched by absolute, normalized path), or nullptr.
  const ManifestEntry* find(const std::string& input_path) const;
  size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string, ManifestEntry> entries_;  // absolute path -> entry (only looked up)
  std::shared_ptr<CanonicalPaths> paths_ = std::make_shared<CanonicalPaths>();
};

// The fields of a JSON record that ingest --jsonl reads (an empty name: not read).
struct RecordFields {
  std::string text = "text", title = "title", date = "date", url = "url", id;
};

struct IngestOptions {
  std::optional<std::string> dct;  // --dct, for every input (YYYY-MM-DD)
  bool plain = false;              // --plain: the input is article text, no line is removed
  RecordFields fields;             // --jsonl: where a record keeps its text and metadata
};

// Builds the document for RAW, read from PATH. Throws Error when RAW is binary (NUL
// bytes). Repairs and other notes go to Document::warnings. Unless OPTIONS.plain, web
// chrome is removed; a text whose every line looks like chrome is kept whole, with a
// warning.
Document ingest_text(std::string_view raw, const std::string& path, const ManifestEntry* manifest,
                     const IngestOptions& options);

}  // namespace dossier

namespace dossier {

// A path that expand_inputs does not read: REJECTED when something is lost (a directory
// that cannot be listed, a dangling link, a named pipe), otherwise a warning (a link to a
// directory already read, which is not read twice: loops end there).
struct PathNote {
  std::string path;
  std::string message;
  bool rejected = true;
};

// Builds the document for one JSON record (LINE, line LINE_NO of PATH) written by another
// tool: its text field is read as ingest_text reads a file; its title, date (ISO 8601, with
// or without a time: published and dct), url and id fields fill the document; every other
// field goes to source.meta. Throws Error(PATH, LINE_NO) when LINE is not a JSON object or
// has no text string.
Document ingest_record(std::string_view line, const std::string& path, int64_t line_no, const IngestOptions& options);

// Expands command-line inputs: files as given, directories recursively (regular files,
// sorted by path, hidden entries skipped; links followed, each directory read once), plus
// the lines of LIST_FILE ("-" = standard input) when given. Paths that do not exist are
// kept, so that reading them reports them; every path inside a directory that is not
// read goes to NOTES.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, const std::string& list_file,
                                       std::vector<PathNote>& notes);

// Reads a whole file ("-" = standard input). Throws Error naming the path.
std::string read_file(const std::string& path);
// The same into BUFFER, whose size only grows: a caller reading many files keeps one
// buffer, which is then neither allocated nor zero-filled again for each file (nor new to
// the cache). Returns the file's bytes, at the start of BUFFER.
std::string_view read_file_into(const std::string& path, std::string& buffer);

}  // namespace dossier
