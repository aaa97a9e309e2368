// A news dateline at the start of a line of text: the place (and date) a wire story was filed
// from, with the agency's credit, closed by a dash ("CORFU, Greece (Reuters) --", "OSLO, May
// 9 (AP) - ", "LIMA -- ", "Bergen, June 3 (Wire) - "). ingest takes it for the document's
// dateline (and the agency for its publisher); diff-positions starts a sentence's narrative
// after it. Offsets are bytes of the line.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace dossier {

struct Dateline {
  size_t length = 0;                      // the dateline's words, up to its credit's ")"
  size_t agency_begin = 0, agency_end = 0;  // the credit inside the brackets; empty without one
  size_t end = 0;                         // where the narrative starts: past the dash and spaces
};

// The dateline LINE opens with, or nullopt. Three forms: capitals with an agency's credit
// ("CORFU, Greece (Reuters) --", any dash); capitals alone, closed by a double, em or en dash
// ("LIMA -- "); and any words, at most eight and with a comma or a number among them, before
// a credit opened on a capital and closed by a spaced hyphen ("Bergen, June 3 (Wire) - "),
// which an aside in brackets ("Norway (and Iceland) - ") or a name with its acronym ("The
// Agency (TA) - which ...") is not.
std::optional<Dateline> read_dateline(std::string_view line);

}  // namespace dossier
