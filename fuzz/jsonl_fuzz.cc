// Fuzzes the record reader: any line through JSON parsing and the document model. Only
// dossier::Error may come out, and what is read must serialize again.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dossier/document.h"
#include "dossier/error.h"
#include "dossier/jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  try {
    nlohmann::json j = dossier::jsonl::parse_line(line, "fuzz.jsonl", 1);
    dossier::Document d = dossier::document_from_json(j);
    (void)dossier::jsonl::dump_line(nlohmann::json(d));
    (void)dossier::span_text(d.text, d.sentences.empty() ? dossier::Span{} : d.sentences.front());
  } catch (const dossier::Error&) {
  }
  return 0;
}
