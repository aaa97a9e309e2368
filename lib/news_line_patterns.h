// The patterns of the dateline reader (dateline/dateline.cc) and of the metadata's "Place,
// date" and "told" readers (metadata.cc), in one place so that the test of their loosened
// and ASCII forms (tests/unit/regex_loosen_test.cc) reads the patterns the library compiles.
// Private to lib.
#pragma once

namespace dossier::detail {

// "CORFU, Greece, Dec. 2 (Reuters) --": capitals, an optional region and date, the credit, a dash.
inline constexpr const char* kAgencyForm =
    R"(^(\p{Lu}[\p{Lu}.'-]+(?:\s\p{Lu}[\p{Lu}.'-]+)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?(?:,\s*[\p{L}.]+\s\d{1,2})?\s*\(([^()]{2,40})\))\s*(?:--|—|–|-))";
// "LIMA --": capitals of three letters or more, an optional region and date, a long dash.
inline constexpr const char* kCapsForm =
    R"(^(\p{Lu}{3,}(?:\s\p{Lu}{3,})*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?(?:,\s*[\p{L}.]+\s\d{1,2})?)\s*(?:--|—|–))";

// ", Place, 12 Month 2031" ending a line, and a whole line "Place, ... 2031".
inline constexpr const char* kPlaceDateTail =
    R"(,\s*(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?,\s*\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})\.?$)";
inline constexpr const char* kPlaceDateLine = R"(^(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?,\s*[^,]{4,25}\d{4})\.?$)";

// "told" and the first capitalised word after it ("told The Daily Courier": "The " with it),
// or (where a word ends) the next capitalised word after spaces.
inline constexpr const char* kToldWord = R"((?:\btold\s+(?:The\s+)?|\s+)(\p{Lu}[\p{L}-]*))";

}  // namespace dossier::detail
