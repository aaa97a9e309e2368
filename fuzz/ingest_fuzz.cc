// Fuzzes the text reader: any bytes through normalization, layout, metadata and
// segmentation. Every span must lie inside the text and every record must serialize.
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
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  try {
    dossier::Document d = dossier::ingest_text(raw, "fuzz.txt", nullptr, {});
    if (!dossier::utf8::is_valid(d.text)) std::abort();
    const auto len = static_cast<int64_t>(dossier::utf8::length(d.text));
    for (const auto* spans : {&d.paragraphs, &d.sentences})
      for (const auto& s : *spans)
        if (s.start < 0 || s.end < s.start || s.end > len) std::abort();
    std::string line = dossier::jsonl::dump_line(nlohmann::json(d));
    if (line.find('\n') != std::string::npos) std::abort();
  } catch (const dossier::Error&) {
  }
  return 0;
}
