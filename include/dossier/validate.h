// The one check of a document record on its way into a tool, after it has been parsed:
// that its spans lie inside its text, in order, and that its dct says a date it knows
// where from. A record that fails is rejected by the tool that reads it (file:line); the
// tools write nothing from records they cannot believe. `check` reads records without
// it, to report each lie as a finding of its own.
#pragma once

#include <string>
#include <vector>

#include "dossier/document.h"
#include "dossier/jsonl.h"

namespace dossier {

// Throws Error naming the first field that lies: a span that ends past the text (offsets
// are code points) or is reversed, paragraphs or sentences out of order or overlapping,
// a dct value that is not a date YYYY-MM-DD or a dct source outside the schema's. A record
// without an id gets the id ingest derives (the first 16 hex digits of the SHA-256 of the
// text), and a note saying so is appended to NOTES. READ says which fields the reader
// filled (jsonl::FieldUse): spans are measured only when the text was read, and the id
// is derived only when it was read (and found missing).
void validate_record(Document& doc, std::vector<std::string>& notes, jsonl::FieldSet read = jsonl::kAllFields);

}  // namespace dossier
