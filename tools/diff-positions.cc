// diff-positions: the positions layer (--annotate), or how positions differ between two
// selections of actors, dates and documents.
#include <optional>
#include <string>

#include "dossier/error.h"
#include "dossier/jsonl.h"
#include "dossier/positions.h"
#include "tool.h"

int main(int argc, char** argv) {
  dossier::cli::Tool tool("diff-positions", "Find what each actor stands for (--annotate), or diff positions between two selections.");
  bool annotate = false;
  std::string left_spec, right_spec, format = "jsonl", topics_file, extra_topics_file;
  size_t max_evidence = 3;
  tool.app().add_flag("--annotate", annotate, "Add the positions layer to each document and pass it on");
  // A selection that does not parse is a usage error (exit 2), as any bad option value.
  auto selection = [](const std::string& spec) {
    try {
      dossier::parse_selection(spec);
      return std::string();
    } catch (const dossier::Error& e) {
      return std::string(e.what());
    }
  };
  tool.app().add_option("--left", left_spec, "Left selection: comma list of actor=NAME, since=DATE, until=DATE, doc=ID")
      ->check(selection, "SELECTION");
  tool.app().add_option("--right", right_spec, "Right selection, as --left")->check(selection, "SELECTION");
  tool.app().add_option("--format", format, "Output of the diff: jsonl, text or svg")
      ->check(CLI::IsMember({"jsonl", "text", "svg"}));
  tool.app().add_option("--topics", topics_file, "Topic lexicon FILE replacing the built-in one (TOPIC, frame|term|pattern, EXPRESSION)")
      ->check(CLI::ExistingFile);
  tool.app().add_option("--add-topics", extra_topics_file, "Topic lexicon FILE extending the built-in one")
      ->check(CLI::ExistingFile);
  tool.app().add_option("--max-evidence", max_evidence, "Evidence sentences kept per side of a record (default 3)");
  tool.app().get_option("--annotate")->excludes("--left")->excludes("--right")->excludes("--format");
  return tool.run(argc, argv, [&]() {
    dossier::TopicLexicon topics = topics_file.empty() ? dossier::TopicLexicon::builtin()
                                                       : dossier::TopicLexicon::load(topics_file);
    if (!extra_topics_file.empty()) topics.extend(dossier::TopicLexicon::load(extra_topics_file));
    dossier::PositionOptions options;
    options.topics = &topics;
    if (annotate) {
      // Positions come from the text and its layers, the title and the document's date.
      using dossier::jsonl::Field;
      using dossier::jsonl::field_bit;
      dossier::jsonl::FieldSet reads = 0;
      for (Field f : {Field::kText, Field::kParagraphs, Field::kSentences, Field::kTitle, Field::kDct, Field::kEntities,
                      Field::kQuotes, Field::kTimexes})
        reads |= field_bit(f);
      tool.map_documents({reads, field_bit(Field::kPositions)}, [&](dossier::Document&& doc) {
        doc.positions = dossier::find_positions(doc, options);
        // Moved in, not listed: an initializer list would copy the line, as large as the document.
        dossier::cli::Lines out;
        out.push_back(dossier::jsonl::dump_line(doc));
        return out;
      });
      return;
    }
    dossier::Selection left = dossier::parse_selection(left_spec), right = dossier::parse_selection(right_spec);
    dossier::PositionDiffer differ(left, right, max_evidence);
    bool own_lexicon = !topics_file.empty() || !extra_topics_file.empty();
    tool.for_each_document([&](dossier::Document&& doc) {
      if (doc.positions && !own_lexicon) {
        differ.add(doc, *doc.positions);
      } else {
        differ.add(doc, dossier::find_positions(doc, options));
      }
    });
    std::vector<dossier::PositionDiff> diffs = differ.diffs();
    if (format == "text") {
      tool.write_raw(dossier::diff_text(diffs, left, right));
    } else if (format == "svg") {
      tool.write_raw(dossier::diff_svg(diffs, left, right));
    } else {
      for (const auto& d : diffs) tool.write(d);
    }
  });
}
