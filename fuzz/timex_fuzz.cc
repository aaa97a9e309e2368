// Fuzzes the timex scanner and normalizer: any bytes as a document text (with and
// without a dct). Spans must lie inside the text, in order and without overlap, except
// the years a range of years runs between, which lie inside the range's own span; every
// value must have its granularity and range computed without throwing; normalizing a
// found expression again must give a value.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "dossier/document.h"
#include "dossier/error.h"
#include "dossier/timex.h"
#include "dossier/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string raw(reinterpret_cast<const char*>(data), size);
  dossier::Document doc;
  doc.text = dossier::utf8::repair(raw).text;
  doc.dct.value = size % 2 ? std::optional<std::string>("2010-02-04") : std::nullopt;
  auto cps = static_cast<int64_t>(dossier::utf8::length(doc.text));
  doc.sentences.push_back(dossier::Span{0, cps});
  auto timexes = dossier::timex::find_timexes(doc);
  int64_t last_start = 0, last_end = 0;
  for (const auto& t : timexes) {
    if (t.span.end <= t.span.start || t.span.end > cps) std::abort();
    bool inside_range = t.type == "DATE" && t.span.start >= last_start && t.span.end <= last_end;
    if (t.span.start < last_end && !inside_range) std::abort();
    if (!inside_range) last_start = t.span.start, last_end = t.span.end;
    (void)dossier::timex::granularity(t.value);
    (void)dossier::timex::date_range(t.value);
  }
  for (auto m : dossier::timex::scan(doc.text)) {
    if (m.begin >= m.end || m.end > doc.text.size()) std::abort();
    (void)dossier::timex::normalize(std::string_view(doc.text).substr(m.begin, m.end - m.begin), doc.dct.value);
  }
  return 0;
}
