// check: corpus integrity checks for CI over dossier document records.
#include <fmt/core.h>

#include <cstdio>
#include <map>

#include "dossier/check.h"
#include "dossier/ingest.h"
#include "tool.h"

namespace {

void summarize(const std::map<std::pair<std::string, std::string>, size_t>& counts, size_t documents) {
  std::fprintf(stderr, "check: %zu document%s", documents, documents == 1 ? "" : "s");
  if (counts.empty()) {
    std::fprintf(stderr, ", no findings\n");
    return;
  }
  std::fprintf(stderr, "\n");
  for (const auto& [key, n] : counts)
    std::fprintf(stderr, "  %-8s %-18s %zu\n", key.first.c_str(), key.second.c_str(), n);
}

}  // namespace

int main(int argc, char** argv) {
  dossier::cli::Tool tool("check", "Check a corpus of dossier documents for damage, duplicates and broken records.", false);
  dossier::CheckOptions options;
  std::string fail_on = "error";
  bool raw = false;
  tool.app().add_option("--fail-on", fail_on, "Exit 1 when a finding reaches this severity")
      ->check(CLI::IsMember({"error", "warning", "never"}))
      ->capture_default_str();
  tool.app().add_option("--near-duplicate", options.near_duplicate,
                        "Estimated shingle Jaccard at which two documents are near-duplicates (0 = off)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  tool.app().add_option("--min-words", options.min_words, "Fewer words of text is a tiny document")->capture_default_str();
  tool.app().add_flag("--raw", raw, "Inputs are raw text files: ingest them first, then check");
  std::map<std::pair<std::string, std::string>, size_t> counts;
  size_t documents = 0;
  bool failed = false;
  // The summary comes after the output (a reader that went away hears none), also when
  // --strict stopped the run at a record that cannot be read.
  tool.on_end([&]() {
    summarize(counts, documents);
    if (failed) tool.fail();
  });
  return tool.run(argc, argv, [&]() {
    dossier::CorpusChecker checker(options);
    auto report_one = [&](const dossier::Finding& f) {
      tool.write(nlohmann::json(f));
      ++counts[{f.severity, f.kind}];
      if (fail_on == "warning" || (fail_on == "error" && f.severity == "error")) failed = true;
    };
    auto report = [&](const std::vector<dossier::Finding>& findings) {
      for (const auto& f : findings) report_one(f);
    };
    tool.believe_records();
    tool.on_bad_record([&](const std::string& file, int64_t line, const std::string& message) {
      report({dossier::CorpusChecker::unreadable(file, line, message)});
    });
    if (raw) {
      std::vector<dossier::PathNote> unread;
      std::vector<std::string> inputs = dossier::expand_inputs(tool.inputs(), "", unread);
      for (const auto& n : unread)
        if (n.rejected) tool.bad_record(n.path, 0, n.message);
      if (tool.inputs().empty()) inputs.push_back("-");
      for (const auto& path : inputs) {
        try {
          dossier::Document d = dossier::ingest_text(dossier::read_file(path), path, nullptr, {});
          ++documents;
          report(checker.add(d, path, 0));
        } catch (const dossier::Error& e) {
          tool.bad_record(path, 0, e.what());
        }
      }
    } else {
      tool.for_each_record([&](dossier::Document&& d, const std::string& file, int64_t line) {
        ++documents;
        report(checker.add(d, file, line));
      });
    }
    checker.finish([&](dossier::Finding&& f) { report_one(f); });
  });
}
