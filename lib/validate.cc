#include "dossier/validate.h"

#include <fmt/core.h>

#include "dossier/error.h"
#include "dossier/hash.h"
#include "dossier/metadata.h"
#include "dossier/utf8.h"

namespace dossier {

namespace {

// LABEL names the span in an error; it is only built when the span is wrong, since every
// record's every span passes here on the way in.
template <typename Label>
void inside(Span s, int64_t size, const Label& label) {
  if (s.start < 0 || s.end < s.start)
    throw Error(fmt::format("{} span [{}, {}] is reversed", label(), s.start, s.end));
  if (s.end > size)
    throw Error(fmt::format("{} span [{}, {}] ends past the text ({} code points)", label(), s.start, s.end, size));
}

// Paragraphs and sentences tile the text in reading order: each starts at or after the
// end of the one before.
void in_order(const std::vector<Span>& spans, int64_t size, const char* what) {
  int64_t last_end = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    inside(spans[i], size, [&] { return fmt::format("{} {}", what, i + 1); });
    if (spans[i].start < last_end)
      throw Error(fmt::format("{} {} [{}, {}] starts before the end of the one before ({})", what, i + 1, spans[i].start,
                              spans[i].end, last_end));
    last_end = spans[i].end;
  }
}

}  // namespace

void validate_record(Document& d, std::vector<std::string>& notes, jsonl::FieldSet read) {
  if (d.dct.value && !is_iso_date(*d.dct.value))
    throw Error("dct value is not a date YYYY-MM-DD: \"" + *d.dct.value + "\"");
  const std::string& source = d.dct.source;
  if (source != "manifest" && source != "option" && source != "text" && source != "none")
    throw Error("dct source is not manifest, option, text or none: \"" + source + "\"");
  if (!(read & jsonl::field_bit(jsonl::Field::kText))) return;
  if (d.id.empty() && (read & jsonl::field_bit(jsonl::Field::kId))) {
    d.id = sha256_hex(d.text).substr(0, 16);
    notes.push_back("record has no id; using " + d.id + ", derived from its text as ingest does");
  }
  const auto size = static_cast<int64_t>(utf8::length(d.text));
  in_order(d.paragraphs, size, "paragraph");
  in_order(d.sentences, size, "sentence");
  if (d.entities)
    for (const auto& e : *d.entities)
      for (const auto& m : e.mentions) inside(m, size, [&] { return "entity " + e.id + " mention"; });
  if (d.quotes)
    for (const auto& q : *d.quotes) {
      inside(q.span, size, [&] { return "quote " + q.id; });
      if (q.source_span) inside(*q.source_span, size, [&] { return "quote " + q.id + " source"; });
    }
  if (d.timexes)
    for (const auto& t : *d.timexes) inside(t.span, size, [&] { return "timex " + t.id; });
  if (d.positions)
    for (const auto& p : *d.positions) inside(p.evidence, size, [] { return std::string("position evidence"); });
}

}  // namespace dossier
