// extract-quotes: adds the quotes layer (quotations, transcript turns and, on request,
// indirect speech, each with its speaker) to every document, or lists the quotes flat.
#include <string>

#include "dossier/jsonl.h"
#include "dossier/quotes.h"
#include "tool.h"

int main(int argc, char** argv) {
  dossier::cli::Tool tool("extract-quotes",
                          "Find quotations and reported speech with their speakers (adds the quotes layer).");
  std::string emit = "documents";
  bool indirect = false;
  tool.app().add_option("--emit", emit, "Output: documents (default) or quotes (one flat record per quote)")
      ->check(CLI::IsMember({"documents", "quotes"}));
  tool.app().add_flag("--indirect", indirect, "Also report indirect speech (\"X said that ...\") as kind indirect");
  return tool.run(argc, argv, [&]() {
    dossier::QuoteOptions options;
    options.indirect = indirect;
    // Documents out: quotes come from the text, its paragraphs, sentences and entities (and
    // its date, on which an office description names its holder), and replace their own
    // warnings.
    using dossier::jsonl::Field;
    using dossier::jsonl::field_bit;
    dossier::jsonl::FieldUse use;
    if (emit != "quotes")
      use = {field_bit(Field::kText) | field_bit(Field::kParagraphs) | field_bit(Field::kSentences) |
                 field_bit(Field::kEntities) | field_bit(Field::kDct),
             field_bit(Field::kQuotes) | field_bit(Field::kWarnings)};
    tool.map_documents(use, [&](dossier::Document&& doc) {
      dossier::annotate_quotes(doc, options);  // unbalanced marks: doc.warnings
      dossier::cli::Lines lines;
      if (emit == "quotes") {
        for (const auto& row : dossier::quote_rows(doc)) lines.push_back(dossier::jsonl::dump_line(row));
      } else {
        lines.push_back(dossier::jsonl::dump_line(doc));
      }
      return lines;
    });
  });
}
