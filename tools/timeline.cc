// timeline: the timexes layer (--annotate), or one chronology of events across documents.
#include <mutex>
#include <string>
#include <utility>

#include "dossier/error.h"
#include "dossier/jsonl.h"
#include "dossier/timeline.h"
#include "dossier/timex.h"
#include "tool.h"

int main(int argc, char** argv) {
  dossier::cli::Tool tool("timeline", "Normalize temporal expressions (--annotate) or build one chronology of events.");
  bool annotate = false, merge = false;
  std::string format = "jsonl", from, to, order;
  tool.app().add_flag("--annotate", annotate, "Add the timexes layer to each document and pass it on");
  tool.app().add_flag("--merge", merge, "Inputs are event files (from shards): merge them into one chronology");
  tool.app().add_option("--format", format, "Output of the chronology: jsonl, text or svg")
      ->check(CLI::IsMember({"jsonl", "text", "svg"}));
  auto bound = [](const std::string& s) {
    return dossier::timeline::is_range_bound(s) ? "" : "takes a date YYYY, YYYY-MM or YYYY-MM-DD, not \"" + s + "\"";
  };
  tool.app().add_option("--from", from, "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")->check(bound);
  tool.app().add_option("--to", to, "Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)")->check(bound);
  tool.app().add_option("--date-order", order, "How to read 12/05/2008: mdy or dmy (default: as the document's own dates that read one way tell, else mdy)")->check(CLI::IsMember({"mdy", "dmy"}));
  tool.app().get_option("--merge")->excludes("--annotate");
  return tool.run(argc, argv, [&]() {
    dossier::timex::Options options;
    if (order == "dmy") options.date_order = dossier::timex::DateOrder::kDayFirst;
    if (order == "mdy") options.date_order = dossier::timex::DateOrder::kMonthFirst;
    if (annotate) {
      // Timexes come from the text, its sentences and the document's date.
      using dossier::jsonl::Field;
      using dossier::jsonl::field_bit;
      const dossier::jsonl::FieldUse use{
          field_bit(Field::kText) | field_bit(Field::kSentences) | field_bit(Field::kDct), field_bit(Field::kTimexes)};
      tool.map_documents(use, [&](dossier::Document&& doc) {
        dossier::timex::annotate(doc, options);
        dossier::cli::Lines lines;
        lines.push_back(dossier::jsonl::dump_line(doc));  // moved: an initializer list would copy the line
        return lines;
      });
      return;
    }
    dossier::timeline::Chronology chronology;
    // With --jobs records arrive on several threads; the chronology does not depend on
    // the order they are added in.
    std::mutex lock;
    if (merge) {
      tool.for_each_json([&](nlohmann::json&& record, const std::string&, int64_t) {
        dossier::Event e = dossier::timeline::event_from_json(record);
        std::lock_guard<std::mutex> guard(lock);
        chronology.add(std::move(e));
      });
    } else {
      tool.for_each_document([&](dossier::Document&& doc) {
        if (!doc.timexes) dossier::timex::annotate(doc, options);
        auto events = dossier::timeline::document_events(doc);
        std::lock_guard<std::mutex> hold(lock);
        for (auto& e : events) chronology.add(std::move(e));
      });
    }
    std::vector<dossier::Event> events;
    for (auto& e : std::move(chronology).events())
      if (dossier::timeline::in_range(e, from, to)) events.push_back(std::move(e));
    if (format == "text") {
      tool.write_raw(dossier::timeline::format_text(events));
    } else if (format == "svg") {
      tool.write_raw(dossier::timeline::format_svg(events));
    } else {
      for (const auto& e : events) tool.write(e);
    }
  });
}
