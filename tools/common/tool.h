// CLI glue shared by every dossier executable: option parsing with CLI11, --version,
// "files as arguments, standard input when none", the one input loop (with ordered
// parallelism for --jobs), diagnostics as "tool: file:line: message", and exit codes:
// 0 success, 1 input rejected or check failed, 2 usage, 3 output error. A closed pipe
// on standard output ends the tool quietly with status 0.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "dossier/document.h"
#include "dossier/ingest.h"
#include "dossier/jsonl.h"
#include "progress.h"

namespace dossier::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRejected = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitOutput = 3;

// Output lines produced for one input record.
using Lines = std::vector<std::string>;

// A warning produced while handling one item, printed in item order before the item's
// line LINES_BEFORE (0: before all of them). In map_items a rejected one is a part of the
// item that could not be read (a record of a JSON Lines file), reported as reject() does:
// the item's other lines are written, unless --strict stops the run there (the lines
// before it written).
struct Note {
  std::string file;
  int64_t line = 0;
  std::string message;
  bool rejected = false;
  size_t lines_before = 0;
};
using Notes = std::vector<Note>;

class Tool {
 public:
  // Adds --version, the positional FILE... inputs, --strict, --progress/--no-progress and,
  // if jobs is true, -j/--jobs.
  Tool(std::string name, std::string description, bool jobs = true);

  CLI::App& app() { return app_; }
  const std::string& name() const { return name_; }
  std::vector<std::string>& inputs() { return inputs_; }

  // Parses the command line and runs BODY, mapping errors to exit codes.
  int run(int argc, char** argv, const std::function<void()>& body);

  // Calls FN on every document record of the inputs, in order. A record that cannot be
  // read is reported and skipped (exit status 1), or stops the run under --strict. A
  // record without paragraphs and sentences gets them (add_missing_segments), as it does
  // from map_documents when USE reads either.
  void for_each_document(const std::function<void(Document&&)>& fn);

  // Like for_each_document, but FN returns the lines to write for a document; with
  // --jobs N the documents are handled by N threads and written in input order.
  void map_documents(const std::function<Lines(Document&&)>& fn);
  // map_documents for a tool that reads and changes only the fields USE names: records in
  // the writer's form are read no further than that, and the other fields are written back
  // as they came (see jsonl::FieldUse).
  void map_documents(const jsonl::FieldUse& use, const std::function<Lines(Document&&)>& fn);

  // Reads JSON records of any kind (event files, say) with the same handling of bad,
  // truncated and missing input as documents get; with --jobs FN runs on several threads.
  void for_each_json(const std::function<void(nlohmann::json&&, const std::string& file, int64_t line)>& fn);

  // Like for_each_document, also telling FN the input file and line of each record, as
  // read: no paragraphs or sentences are added.
  void for_each_record(const std::function<void(Document&&, const std::string& file, int64_t line)>& fn);

  // Calls FN on each item (a path, for tools that read raw files), with --jobs N in N
  // threads, writing the returned lines in item order. A dossier::Error from FN rejects
  // that item (reported with its file and line) and the others go on.
  // Warnings FN appends to its Notes are printed in item order too.
  void map_items(const std::vector<std::string>& items, const std::function<Lines(const std::string&, Notes&)>& fn);

  // Document records are believed as they come, without validate_record (for check,
  // which reports each lie as a finding of its own).
  void believe_records() { validate_ = false; }

  // Where records that cannot be read go instead of reject() (for tools that report
  // them as findings of their own). The exit status is then theirs to set.
  void on_bad_record(std::function<void(const std::string& file, int64_t line, const std::string& message)> fn) {
    on_bad_record_ = std::move(fn);
  }

  // Reports an input that cannot be read: to the on_bad_record handler when there is one
  // (the run then stops under --strict with status 1), otherwise as reject() does.
  void bad_record(const std::string& file, int64_t line, const std::string& message);

  // What to do once the run is over, stopped by --strict or not (a summary, say); not
  // called when the output could not be written or the reader went away.
  void on_end(std::function<void()> fn) { on_end_ = std::move(fn); }

  void write(const nlohmann::json& record) { out_.write(record); }
  // Sends buffered output now: a closed pipe then ends the run before anything else is said.
  void flush() { out_.flush(); }
  void write_line(std::string_view line) { out_.write_line(line); }
  void write_raw(std::string_view text) { out_.write_raw(text); }

  void warn(const std::string& file, int64_t line, const std::string& message);
  // Reports a rejected input; the exit status becomes 1 (and the run stops under --strict).
  void reject(const std::string& file, int64_t line, const std::string& message);
  // Reports the paths an input expansion did not read: rejected ones as reject() does,
  // the others as warnings.
  void report(const std::vector<PathNote>& unread);
  // Marks a failed check without a message of its own (exit status 1).
  void fail() { status_ = kExitRejected; }
  int jobs() const { return jobs_; }

 private:
  void diagnose(const std::string& file, int64_t line, const std::string& message);
  void map_records(const std::function<Lines(Document&&, const std::string&, int64_t)>& fn,
                   const jsonl::FieldUse* use = nullptr);
  void map_lines(const std::function<Lines(std::string&, const std::string&, int64_t, Notes&)>& fn);
  std::function<void(const std::string&, int64_t, const std::string&)> on_bad_record_;
  std::function<void()> on_end_;
  std::string name_;
  CLI::App app_;
  std::vector<std::string> inputs_;
  bool strict_ = false;
  bool validate_ = true;
  bool show_progress_ = false;
  Progress progress_{name_, false};
  int jobs_ = 1;
  int status_ = kExitOk;
  jsonl::Writer out_;
};

// Thrown by reject() under --strict to end the run.
struct StopRun {};

}  // namespace dossier::cli
