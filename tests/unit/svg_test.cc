#include <catch2/catch.hpp>

#include "dossier/svg.h"

TEST_CASE("XML escaping replaces the markup characters and keeps the rest", "[svg]") {
  CHECK(dossier::svg::xml_escape("a & b < c > \"d\" 'e' \xE2\x80\x94") ==
        "a &amp; b &lt; c &gt; &quot;d&quot; 'e' \xE2\x80\x94");
}
