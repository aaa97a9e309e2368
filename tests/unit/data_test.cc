#include <catch2/catch.hpp>

#include "dossier/data.h"
#include "dossier/error.h"

using namespace dossier;

TEST_CASE("A data line splits at every tab and keeps its empty fields", "[data]") {
  CHECK(data::fields("a\tb") == std::vector<std::string_view>{"a", "b"});
  CHECK(data::fields("a\t\tb") == std::vector<std::string_view>{"a", "", "b"});
  CHECK(data::fields("a\t") == std::vector<std::string_view>{"a", ""});
  CHECK(data::fields("one field") == std::vector<std::string_view>{"one field"});
  CHECK(data::fields("") == std::vector<std::string_view>{""});
}

TEST_CASE("An embedded data file that does not exist is an error, not an empty list", "[data]") {
  CHECK_FALSE(data::has_file("no/such/file.txt"));
  CHECK_THROWS_AS(data::lines("no/such/file.txt"), Error);
}
