// Private to the positions module: where a sentence's narrative starts after a news
// dateline ("CORFU, Greece (Reuters) --", "OSLO, May 9 (Reuters) - "; dossier/dateline.h
// reads it) or a dash that ends a lead-in: the words before it name no one who holds a
// stance.
#pragma once

#include <cstddef>
#include <string_view>

namespace dossier::positions_detail {

// The byte of HEAD (a sentence up to a topic mention) after its last "--" or em dash, or
// after the dateline it opens with (read_dateline); 0 when there is none.
size_t narrative_start(std::string_view head);

}  // namespace dossier::positions_detail
