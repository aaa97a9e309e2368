// Fuzzes the quote scanner and the quotes layer: any bytes as a document text, split into
// paragraphs at blank lines and into sentences by the segmenter. Nothing may throw or
// crash, every span must lie inside the text with start <= end, and an unbalanced quote
// must end inside its own paragraph.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dossier/document.h"
#include "dossier/quotes.h"
#include "dossier/segment.h"
#include "dossier/utf8.h"

namespace {

void check(bool ok) {
  if (!ok) __builtin_trap();
}

bool inside(const dossier::Span& s, int64_t size) { return 0 <= s.start && s.start <= s.end && s.end <= size; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dossier::Document doc;
  doc.id = "fuzz";
  doc.text = dossier::utf8::repair(std::string_view(reinterpret_cast<const char*>(data), size)).text;
  const std::string& text = doc.text;
  dossier::utf8::OffsetMap map(text);
  auto cp = [&](size_t b) { return static_cast<int64_t>(map.to_cp(b)); };
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find("\n\n", b);
    if (e == std::string::npos) e = text.size();
    if (e > b) {
      doc.paragraphs.push_back(dossier::Span{cp(b), cp(e)});
      for (auto [s, t] : dossier::split_sentences(std::string_view(text).substr(b, e - b)))
        doc.sentences.push_back(dossier::Span{cp(b + s), cp(b + t)});
    }
    b = e + 2;
  }
  const int64_t n = static_cast<int64_t>(map.cp_size());
  std::vector<dossier::Warning> warnings;
  for (const auto& q : dossier::scan_quotes(text, doc.paragraphs, &warnings)) {
    check(inside(q.inner, n) && inside(q.outer, n));
    check(q.outer.start <= q.inner.start && q.inner.end <= q.outer.end);
    if (q.unbalanced && q.reopen.empty()) {
      bool same_paragraph = false;
      for (const auto& p : doc.paragraphs) same_paragraph |= p.start <= q.outer.start && q.outer.end <= p.end;
      check(same_paragraph);
    }
  }
  for (const auto& w : warnings) check(w.at && *w.at >= 0 && *w.at < n);
  dossier::QuoteOptions options;
  options.indirect = size % 2 == 1;
  for (const auto& q : dossier::find_quotes(doc, {}, options)) check(inside(q.span, n));
  return 0;
}
