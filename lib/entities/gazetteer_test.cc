#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>

#include "dossier/entities.h"
#include "dossier/error.h"

using namespace dossier;

TEST_CASE("The builtin gazetteer knows countries from iso-codes under their common names", "[gazetteer]") {
  const Gazetteer& g = Gazetteer::builtin();
  struct Case {
    std::string alias, name;
  };
  std::vector<Case> cases = {{"Russian Federation", "Russia"}, {"Russia", "Russia"},
                             {"United States of America", "United States"}, {"USA", "United States"},
                             {"Britain", "United Kingdom"}, {"Finland", "Finland"}, {"Bolivia", "Bolivia"},
                             {"Texas", "Texas"}, {"Georgia", "Georgia"}};
  for (const auto& c : cases) {
    INFO(c.alias);
    const GazetteerEntry* e = g.find(c.alias);
    REQUIRE(e);
    CHECK(e->name == c.name);
    CHECK(e->type == "GPE");
  }
  CHECK(g.find("Georgia")->kb == std::optional<std::string>("Q230"));
}

TEST_CASE("Lookup is by name or alias, case-insensitive, and nullptr when unknown", "[gazetteer]") {
  const Gazetteer& g = Gazetteer::builtin();
  REQUIRE(g.find("the kremlin"));
  CHECK(g.find("the kremlin")->name == "Kremlin");
  CHECK(g.find("OSCE")->name == "Organization for Security and Cooperation in Europe");
  CHECK(g.find("No Such Place Anywhere") == nullptr);
}

TEST_CASE("Lookup by alias follows the entries added and removed since the last lookup", "[gazetteer]") {
  Gazetteer g;
  GazetteerEntry first;
  first.type = "ORG";
  first.name = "Northwind Holdings";
  first.aliases = {"the Northwind Group", "NWH"};
  g.add(first);
  REQUIRE(g.find("nwh"));
  CHECK(g.find("Northwind Group")->name == "Northwind Holdings");
  GazetteerEntry second = first;
  second.name = "Northwind Traders";
  second.aliases = {"NWH"};
  g.add(second);
  CHECK(g.find("NWH")->name == "Northwind Traders");  // a later entry takes the alias over
  g.remove("Northwind Traders");
  CHECK(g.find("NWH")->name == "Northwind Holdings");
  g.remove("Northwind Holdings");
  CHECK(g.find("NWH") == nullptr);
}

TEST_CASE("People carry offices with dates and a gender", "[gazetteer]") {
  const Gazetteer& g = Gazetteer::builtin();
  const GazetteerEntry* e = g.find("Sergey Lavrov");
  REQUIRE(e);
  CHECK(e->name == "Sergei Lavrov");
  CHECK(e->gender == std::optional<std::string>("m"));
  auto now = offices_on("Sergei Lavrov", "2010-02-04");
  REQUIRE(now.size() == 1);
  CHECK(now[0].role == "foreign minister");
  CHECK(now[0].of == "Russia");
  CHECK(offices_on("Vladimir Putin", "2010-02-04")[0].role == "prime minister");
  CHECK(offices_on("Vladimir Putin", "2022-01-14")[0].role == "president");
  CHECK(offices_on("Nobody Known", "2010-01-01").empty());
}

TEST_CASE("Metonyms name the state they stand for", "[gazetteer]") {
  const Gazetteer& g = Gazetteer::builtin();
  CHECK(g.find("Moscow")->stands_for == std::optional<std::string>("Russia"));
  CHECK(g.find("White House")->stands_for == std::optional<std::string>("United States"));
}

TEST_CASE("A gazetteer file adds and overrides entries", "[gazetteer]") {
  std::string path = "gazetteer_test_tmp.jsonl";
  {
    std::ofstream out(path);
    out << R"({"name": "Zorbland", "type": "GPE", "aliases": ["Zorb"], "kb": "Q999999999"})" << "\n\n";
    out << R"({"name": "Moscow", "type": "GPE", "aliases": ["Third Rome"], "stands_for": "Russia"})" << "\n";
  }
  Gazetteer g = Gazetteer::builtin();
  g.add_jsonl(path);
  std::remove(path.c_str());
  REQUIRE(g.find("Zorb"));
  CHECK(g.find("Zorb")->name == "Zorbland");
  CHECK(g.find("Third Rome")->name == "Moscow");
  Document d;
  d.text = "Zorb and Third Rome talked.";
  auto es = find_entities(d, g);
  REQUIRE(es.size() == 2);
  CHECK(es[0].name == "Zorbland");
  CHECK(es[0].kb == std::optional<std::string>("Q999999999"));
  CHECK(es[1].name == "Moscow");
}

TEST_CASE("A bad gazetteer line is an error naming file and line", "[gazetteer]") {
  std::string path = "gazetteer_test_bad.jsonl";
  {
    std::ofstream out(path);
    out << R"({"name": "A", "type": "GPE"})" << "\n" << R"({"name": "B", "type": "PLANET"})" << "\n";
  }
  Gazetteer g;
  try {
    g.add_jsonl(path);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.file() == path);
    CHECK(e.line() == 2);
  }
  std::remove(path.c_str());
  CHECK_THROWS_AS(g.add_jsonl("no/such/file.jsonl"), Error);
}

TEST_CASE("Gazetteer entries read from JSON keep every field", "[gazetteer]") {
  auto j = nlohmann::json::parse(
      R"({"name": "X Y", "type": "PERSON", "aliases": ["Y"], "gender": "f", "offices": [{"role": "mayor", "of": "Z", "from": "2001", "to": ""}]})");
  GazetteerEntry e = gazetteer_entry_from_json(j);
  CHECK(e.offices.size() == 1);
  CHECK(e.offices[0].from == "2001");
  nlohmann::json back = e;
  CHECK(back["offices"][0]["role"] == "mayor");
  CHECK_THROWS_AS(gazetteer_entry_from_json(nlohmann::json::parse(R"({"type": "ORG"})")), Error);
}
