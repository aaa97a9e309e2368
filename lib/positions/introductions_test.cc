#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "positions/introductions.h"

using dossier::Entity;
using dossier::positions_detail::Candidate;
using dossier::positions_detail::Introductions;

namespace {

// The candidates of TEXT for NAMES (name, type), each at its first occurrence, sorted; a
// person is an entity mention.
struct Marked {
  std::string text;
  std::vector<Entity> persons;
  std::vector<std::pair<std::string, std::string>> names;  // what the candidates view
  std::vector<Candidate> cands;
  Marked(std::string t, std::vector<std::pair<std::string, std::string>> ns) : text(std::move(t)), names(std::move(ns)) {
    persons.reserve(names.size());
    for (const auto& [name, type] : names) {
      size_t at = text.find(name);
      REQUIRE(at != std::string::npos);
      const Entity* e = nullptr;
      if (type == "PERSON") {
        persons.emplace_back();
        persons.back().name = name;
        persons.back().type = type;
        e = &persons.back();
      }
      cands.push_back(Candidate{at, at + name.size(), name, type, e});
    }
  }
};

// The actors PERSON was introduced as speaking for in M, each candidate standing for its name.
std::vector<std::string> introduced(const Marked& m, const std::string& person) {
  Introductions in;
  in.find(m.text, m.cands, [](const Candidate& c) { return std::vector<std::string>{std::string(c.name)}; });
  std::vector<std::string> out;
  in.add_to(person, out);
  return out;
}

using Names = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("a person after a state's possessive and a title is introduced as its official", "[positions][introductions]") {
  Marked m("Belarus's envoy to the OSCE Ivan Petrov arrived.", Names{{"Belarus", "GPE"}, {"OSCE", "ORG"}, {"Ivan Petrov", "PERSON"}});
  CHECK(introduced(m, "Ivan Petrov") == std::vector<std::string>{"Belarus"});
  Marked curly("Belarus\xE2\x80\x99s defence minister Ivan Petrov arrived.", Names{{"Belarus", "GPE"}, {"Ivan Petrov", "PERSON"}});
  CHECK(introduced(curly, "Ivan Petrov") == std::vector<std::string>{"Belarus"});
}

TEST_CASE("a person right after an organisation and a title in title case is introduced as its official", "[positions][introductions]") {
  Marked m("The NATO Deputy Secretary General Jens Olsen arrived.", Names{{"NATO", "ORG"}, {"Jens Olsen", "PERSON"}});
  CHECK(introduced(m, "Jens Olsen") == std::vector<std::string>{"NATO"});
  Marked lower("NATO hosted the talks where Jens Olsen arrived.", Names{{"NATO", "ORG"}, {"Jens Olsen", "PERSON"}});
  CHECK(introduced(lower, "Jens Olsen").empty());
}

TEST_CASE("a title across sentence punctuation, a coordination or more than eight words introduces no one", "[positions][introductions]") {
  Marked stop("Belarus's press said. Ivan Petrov arrived.", Names{{"Belarus", "GPE"}, {"Ivan Petrov", "PERSON"}});
  CHECK(introduced(stop, "Ivan Petrov").empty());
  Marked both("Belarus's army and party leader Ivan Petrov arrived.", Names{{"Belarus", "GPE"}, {"Ivan Petrov", "PERSON"}});
  CHECK(introduced(both, "Ivan Petrov").empty());
  Marked long_title("Belarus's long serving very popular deputy head of the regional office Ivan Petrov arrived.",
                    Names{{"Belarus", "GPE"}, {"Ivan Petrov", "PERSON"}});
  CHECK(introduced(long_title, "Ivan Petrov").empty());
}

TEST_CASE("a possessive after a preposition introduces no one", "[positions][introductions]") {
  Marked m("The talks turned to Belarus's envoy Ivan Petrov.", Names{{"Belarus", "GPE"}, {"Ivan Petrov", "PERSON"}});
  CHECK(introduced(m, "Ivan Petrov").empty());
}

TEST_CASE("an introduced actor is added once and never twice", "[positions][introductions]") {
  Marked m("Belarus's envoy Ivan Petrov arrived.", Names{{"Belarus", "GPE"}, {"Ivan Petrov", "PERSON"}});
  Introductions in;
  in.find(m.text, m.cands, [](const Candidate& c) { return std::vector<std::string>{std::string(c.name)}; });
  std::vector<std::string> out{"Ivan Petrov", "Belarus"};
  in.add_to("Ivan Petrov", out);
  CHECK(out == std::vector<std::string>{"Ivan Petrov", "Belarus"});
  std::vector<std::string> none;
  in.add_to("Anna Smirnova", none);
  CHECK(none.empty());
}
