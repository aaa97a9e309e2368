// Helpers shared by the tools that draw SVG pictures (timeline, diff-positions).
#pragma once

#include <string>
#include <string_view>

namespace dossier::svg {

// S with &, <, > and " replaced by XML entities, for text and attribute values.
std::string xml_escape(std::string_view s);

}  // namespace dossier::svg
