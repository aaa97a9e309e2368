// Fuzzes the entities layer: any bytes as document text (repaired to UTF-8, as ingest does)
// through tokenizing, gazetteer matching and the name rules. Every mention must lie inside
// the text, ids must run e1.., and the layer must serialize.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dossier/entities.h"
#include "dossier/jsonl.h"
#include "dossier/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  dossier::Document d;
  d.id = "fuzz";
  d.text = dossier::utf8::repair(raw).text;
  const auto len = static_cast<int64_t>(dossier::utf8::length(d.text));
  auto entities = dossier::find_entities(d);
  for (size_t i = 0; i < entities.size(); ++i) {
    const auto& e = entities[i];
    if (e.id != "e" + std::to_string(i + 1) || e.name.empty() || e.mentions.empty()) std::abort();
    for (const auto& m : e.mentions)
      if (m.start < 0 || m.end <= m.start || m.end > len) std::abort();
  }
  d.entities = std::move(entities);
  for (const auto& m : dossier::mentions_of(d))
    if (dossier::jsonl::dump_line(nlohmann::json(m)).find('\n') != std::string::npos) std::abort();
  if (dossier::jsonl::dump_line(nlohmann::json(d)).find('\n') != std::string::npos) std::abort();
  return 0;
}
