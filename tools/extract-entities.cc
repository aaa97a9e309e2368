// extract-entities: adds the entities layer (people, organisations, places, events,
// treaties, each with one canonical name) to dossier document records.
#include <string>

#include "dossier/entities.h"
#include "tool.h"

int main(int argc, char** argv) {
  dossier::cli::Tool tool("extract-entities",
                          "Add the entities layer (PERSON ORG GPE LOC EVENT LAW) to dossier document records.");
  std::vector<std::string> gazetteers;
  std::string emit = "documents";
  tool.app().add_option("--gazetteer", gazetteers, "JSON Lines gazetteer adding or overriding entries (repeatable)");
  tool.app()
      .add_option("--emit", emit, "What to write: documents (default) or mentions (one flat record per mention)")
      ->check(CLI::IsMember({"documents", "mentions"}));
  return tool.run(argc, argv, [&]() {
    dossier::Gazetteer custom;
    const dossier::Gazetteer* gazetteer = &dossier::Gazetteer::builtin();
    if (!gazetteers.empty()) {
      custom = dossier::Gazetteer::builtin();
      for (const auto& path : gazetteers) custom.add_jsonl(path);
      custom.index();
      gazetteer = &custom;
    }
    const bool mentions = emit == "mentions";
    // Documents out: the entities come from the text, its sentences and its title (a
    // heading's case is weak evidence of a name).
    using dossier::jsonl::Field;
    using dossier::jsonl::field_bit;
    dossier::jsonl::FieldUse use;
    if (!mentions) use = {field_bit(Field::kText) | field_bit(Field::kSentences) | field_bit(Field::kTitle), field_bit(Field::kEntities)};
    tool.map_documents(use, [&](dossier::Document&& doc) {
      doc.entities = dossier::find_entities(doc, *gazetteer);
      dossier::cli::Lines lines;
      if (!mentions) {
        lines.push_back(dossier::jsonl::dump_line(doc));
        return lines;
      }
      for (const auto& m : dossier::mentions_of(doc)) lines.push_back(dossier::jsonl::dump_line(m));
      return lines;
    });
  });
}
