// Fuzzes ingest --jsonl: any bytes as one input record, with the default field names and
// with the id field read too. A record is either rejected with dossier::Error or becomes a
// document whose spans lie inside its text and whose line serializes and reads back.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dossier/document.h"
#include "dossier/error.h"
#include "dossier/ingest.h"
#include "dossier/jsonl.h"
#include "dossier/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  dossier::IngestOptions options;
  options.fields.id = "id";
  options.plain = size % 2 == 0;
  try {
    dossier::Document d = dossier::ingest_record(line, "fuzz.jsonl", 1, options);
    if (!dossier::utf8::is_valid(d.text)) std::abort();
    const auto len = static_cast<int64_t>(dossier::utf8::length(d.text));
    for (const auto* spans : {&d.paragraphs, &d.sentences})
      for (const auto& s : *spans)
        if (s.start < 0 || s.end < s.start || s.end > len) std::abort();
    std::string out = dossier::jsonl::dump_line(d);
    if (out.find('\n') != std::string::npos) std::abort();
    dossier::Document back = dossier::jsonl::parse_line(out, "fuzz.jsonl", 1).get<dossier::Document>();
    if (back.source.meta != d.source.meta || back.source.id != d.source.id) std::abort();
  } catch (const dossier::Error&) {
  }
  return 0;
}
