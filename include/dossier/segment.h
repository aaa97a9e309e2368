// Sentence splitting inside one paragraph. A paragraph end is always a sentence end, so
// headline lines without a full stop stand alone. Survives abbreviations (lib/data/segment/
// abbreviations.tsv: "Mr.", "Gen.", "Dec. 5"), dotted acronyms ("U.S."), initials
// ("John F. Kennedy"), ellipses before lower case, and quote marks closing a sentence.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/utf8.h"

namespace dossier {

struct Document;

// [start, end) byte offsets of the sentences of PARAGRAPH (trimmed of spaces); empty for
// a blank paragraph.
std::vector<std::pair<size_t, size_t>> split_sentences(std::string_view paragraph);
// The same into OUT (cleared first), whose storage a caller splitting many paragraphs
// keeps from one to the next.
void split_sentences(std::string_view paragraph, std::vector<std::pair<size_t, size_t>>& out);

// Whether a run of N non-blank lines, LINE(k) the k-th as a string_view, is hard-wrapped
// prose and so one paragraph: three or more lines, each but the last 45 to 100 code points
// long. Otherwise each line of a run is a paragraph (a block) of its own.
template <class LineAt>
bool hard_wrapped(size_t n, LineAt&& line) {
  if (n < 3) return false;
  for (size_t k = 0; k + 1 < n; ++k) {
    const size_t len = utf8::length(line(k));
    if (len < 45 || len > 100) return false;
  }
  return true;
}

// Appends to DOC the paragraphs PARAS (byte spans of its text, in text order, trimmed) and
// the sentences in them, as code-point spans; a paragraph of several lines splits as if its
// line breaks were spaces. What ingest and add_missing_segments both write.
void append_segments(Document& doc, const std::vector<std::pair<size_t, size_t>>& paras);

// The paragraphs and sentences of a record that came without them (text another tool
// wrote, a record made by hand), found as ingest finds them: a blank line ends a paragraph,
// and each line of a run is its own paragraph unless the run is hard-wrapped prose (three
// or more lines of 45 to 100 characters), which is one. The text is not changed: the spans
// are code points into it. A record with paragraphs or sentences of its own, or no text,
// is left as it is. True when spans were added.
bool add_missing_segments(Document& doc);

}  // namespace dossier
