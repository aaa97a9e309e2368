// ingest --jsonl: documents from the JSON records of other tools (scrapers, database
// dumps), one record a line. Tested by ingest_test.cc and the ingest golden tests.
#include <nlohmann/json.hpp>

#include "dossier/error.h"
#include "dossier/ingest.h"
#include "dossier/jsonl.h"
#include "dossier/metadata.h"

namespace dossier {

namespace {

// The calendar date of an ISO 8601 date or date-time ("2024-05-14", "2024-05-14T09:15:00Z",
// "2024-05-14 09:15"), or nullopt.
std::optional<std::string> record_date(const std::string& s) {
  if (s.size() < 10) return std::nullopt;
  std::string day = s.substr(0, 10);
  if (!is_iso_date(day)) return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ') return std::nullopt;
  return day;
}

}  // namespace

Document ingest_record(std::string_view line, const std::string& path, int64_t line_no, const IngestOptions& options) {
  nlohmann::json j = jsonl::parse_line(line, path, line_no);
  if (!j.is_object()) throw Error("a record must be a JSON object", path, line_no);
  const RecordFields& f = options.fields;
  auto text_it = j.find(f.text);
  // The string through a pointer tested here: get_ref's own test of it made GCC warn of a
  // null dereference it cannot reach.
  const std::string* text = text_it == j.end() ? nullptr : text_it->get_ptr<const std::string*>();
  if (!text) throw Error("the record has no \"" + f.text + "\" string", path, line_no);
  auto string_field = [&](const std::string& name) -> std::optional<std::string> {
    if (name.empty()) return std::nullopt;
    auto it = j.find(name);
    if (it == j.end() || it->is_null()) return std::nullopt;
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<int64_t>());
    throw Error("\"" + name + "\" must be a string", path, line_no);
  };
  Document d;
  try {
    d = ingest_text(*text, path, nullptr, options);
  } catch (const Error& e) {
    throw Error(e.what(), path, line_no);
  }
  for (Warning& w : d.warnings)
    if (!w.line) w.line = line_no;
  if (auto title = string_field(f.title)) d.title = title;
  if (auto url = string_field(f.url)) d.url = url;
  d.source.id = string_field(f.id);
  if (auto date = string_field(f.date)) {
    auto day = record_date(*date);
    if (!day) throw Error("\"" + f.date + "\" must be an ISO 8601 date, not \"" + *date + "\"", path, line_no);
    d.published = day;
    d.dct = Dct{day, "manifest"};
  }
  nlohmann::json meta = nlohmann::json::object();
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& key = it.key();
    if (key == f.text || key == f.title || key == f.date || key == f.url || (!f.id.empty() && key == f.id)) continue;
    meta[key] = it.value();
  }
  if (!meta.empty()) d.source.meta = std::move(meta);
  return d;
}

}  // namespace dossier
