// The substring search of the line tests and rule prefilters (lib/find_text.h).
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "find_text.h"

using dossier::detail::find_text;

TEST_CASE("find_text finds a needle where std::string_view::find does, at every offset and from every start", "[find_text]") {
  // Positions on both sides of each sixteen-byte step, needles of one to twenty bytes,
  // false starts (first and last bytes agreeing, a middle byte not) and a needle cut by
  // the text's end; needles ending in spaces, probed by their last byte that is none ("phot "
  // meets "phot ab" and "photo " only at its own place), or all spaces.
  for (const std::string needle : {"a", "ab", "photo", "photo credit", "(photo", "told ", "aaaaaaaaaaaaaaaaaaaa", "a ",
                                   "  ", "phot ", "photo  ", "ot  "}) {
    for (size_t at = 0; at < 40; ++at) {
      std::string text(at, 'x');
      text += "pXoto phot ab" + needle + " tail";
      for (size_t cut : {text.size(), at + 13 + needle.size() - 1}) {
        const std::string_view hay(text.data(), cut);
        for (size_t from = 0; from < hay.size() + 2; from += 3) {
          INFO(needle << " at " << at << " cut " << cut << " from " << from);
          CHECK(find_text(hay, needle, from) == hay.find(needle, from));
        }
      }
    }
  }
  CHECK(find_text("", "ab") == std::string_view::npos);
  CHECK(find_text("ab", "") == 0);
}
