// The news dateline reader (dossier/dateline.h).
#include <catch2/catch.hpp>

#include <string>

#include "dossier/dateline.h"

using dossier::read_dateline;

namespace {

std::string words_of(const std::string& line) {
  auto d = read_dateline(line);
  return d ? line.substr(0, d->length) : "<none>";
}
std::string agency_of(const std::string& line) {
  auto d = read_dateline(line);
  return d ? line.substr(d->agency_begin, d->agency_end - d->agency_begin) : "<none>";
}
std::string narrative_of(const std::string& line) {
  auto d = read_dateline(line);
  return d ? line.substr(d->end) : "<none>";
}

}  // namespace

TEST_CASE("A capitals dateline with an agency's credit gives its words, agency and narrative", "[dateline]") {
  const std::string line = "TARTU, Estonia, Oct. 4 (Wirepost) -- The council met.";
  CHECK(words_of(line) == "TARTU, Estonia, Oct. 4 (Wirepost)");
  CHECK(agency_of(line) == "Wirepost");
  CHECK(narrative_of(line) == "The council met.");
}

TEST_CASE("A capitals dateline closed by an em or en dash needs no credit", "[dateline]") {
  CHECK(words_of("QUITO \xE2\x80\x94 The council met.") == "QUITO");
  CHECK(narrative_of("QUITO \xE2\x80\x93 The council met.") == "The council met.");
  CHECK(agency_of("QUITO -- The council met.").empty());
}

TEST_CASE("A place in title case before a credit and a spaced hyphen is a dateline", "[dateline]") {
  const std::string line = "Bergen, June 3 (Wire) - Norway backs the pact";
  CHECK(words_of(line) == "Bergen, June 3 (Wire)");
  CHECK(agency_of(line) == "Wire");
  CHECK(narrative_of(line) == "Norway backs the pact");
}

TEST_CASE("A bracketed aside before a spaced hyphen is no dateline", "[dateline]") {
  CHECK_FALSE(read_dateline("Norway (and Iceland) - back the pact"));
}

TEST_CASE("A credit after the line's first eight words is no dateline", "[dateline]") {
  CHECK_FALSE(read_dateline("One two three four five six seven eight nine (Wire) - the pact"));
}

TEST_CASE("A sentence opening in title case without a credit is no dateline", "[dateline]") {
  CHECK_FALSE(read_dateline("Quito -- The council met."));
  CHECK_FALSE(read_dateline("Peru backs the pact"));
  CHECK_FALSE(read_dateline(""));
}

TEST_CASE("A name with its acronym or party in brackets before an aside is no dateline", "[dateline]") {
  CHECK_FALSE(read_dateline("The Harbour Safety Board (HSB) - which runs the port - said on Monday it would wait."));
  CHECK_FALSE(read_dateline("Ms Varga (Greens) - who resigned - spoke."));
  CHECK(words_of("Bergen, June 3 (Wire) - Norway backs the pact") == "Bergen, June 3 (Wire)");
  CHECK(words_of("Bergen 3 June (Wire) - Norway backs the pact") == "Bergen 3 June (Wire)");
}

TEST_CASE("A place in title case before a credit and a spaced long dash is a dateline", "[dateline]") {
  CHECK(words_of("Port Alder, Fla. (Wire) \xE2\x80\x94 The council met.") == "Port Alder, Fla. (Wire)");
  CHECK(narrative_of("Port Alder, Fla. (Wire) \xE2\x80\x94 The council met.") == "The council met.");
  CHECK(agency_of("Bergen, June 3 (Wire) \xE2\x80\x93 Norway backs the pact") == "Wire");
  CHECK(words_of("Bergen, June 3 (Wire) -- Norway backs the pact") == "Bergen, June 3 (Wire)");
  // Without a comma or a number before the bracket it is still a name and its aside.
  CHECK_FALSE(read_dateline("Ms Varga (Greens) \xE2\x80\x94 who resigned \xE2\x80\x94 spoke."));
  // A place's particles are part of it.
  CHECK(words_of("Rio de Janeiro, Brazil (Wire) - Heavy rain fell.") == "Rio de Janeiro, Brazil (Wire)");
  CHECK(words_of("Dar es Salaam, Tanzania (Wire) \xE2\x80\x94 Heavy rain fell.") == "Dar es Salaam, Tanzania (Wire)");
  // Nor is a clause with a comma before a body's acronym.
  CHECK_FALSE(read_dateline("On Monday, the Harbour Board (HB) \xE2\x80\x94 which runs the port \xE2\x80\x94 said no."));
  CHECK_FALSE(read_dateline("On Monday, the Harbour Board (HB) - which runs the port - said no."));
}

TEST_CASE("A dateline with letters outside ASCII before its credit or dash is read as one in ASCII", "[dateline]") {
  // The exact patterns decide these lines; the ASCII forms those without such letters.
  CHECK(words_of("\xC3\x85LESUND, Norway (Wirepost) -- The council met.") == "\xC3\x85LESUND, Norway (Wirepost)");
  CHECK(agency_of("\xC3\x85LESUND, Norway (Wirepost) -- The council met.") == "Wirepost");
  CHECK(words_of("TARTU, \xC3\x96stland (Wirepost) - The council met.") == "TARTU, \xC3\x96stland (Wirepost)");
  CHECK(words_of("TARTU, Estonia (Ag\xC3\xAAncia) -- The council met.") == "TARTU, Estonia (Ag\xC3\xAAncia)");
  CHECK(words_of("\xC3\x85LESUND \xE2\x80\x94 The council met.") == "\xC3\x85LESUND");
  CHECK(words_of("TARTU, \xC3\x96stland \xE2\x80\x94 The council met.") == "TARTU, \xC3\x96stland");
  CHECK(narrative_of("QUITO -- La r\xC3\xA9union.") == "La r\xC3\xA9union.");
  // A credit in small letters or an unspaced dash: the agency form alone reads these.
  CHECK(words_of("\xC3\x85LESUND, Norway (dpa)-- The council met.") == "\xC3\x85LESUND, Norway (dpa)");
  CHECK(agency_of("TARTU, \xC3\x96stland (dpa) -- The council met.") == "dpa");
  // The Kelvin sign is a capital outside ASCII, though it folds to an ASCII letter.
  CHECK(words_of("\xE2\x84\xAAIEL (dpa) -- The council met.") == "\xE2\x84\xAAIEL (dpa)");
  CHECK(words_of("\xE2\x84\xAAIEL \xE2\x80\x94 The council met.") == "\xE2\x84\xAAIEL");
  // A small letter outside ASCII is no capital, in either place.
  CHECK(words_of("T\xC3\xA5RTU (Wirepost) -- The council met.") == "<none>");
  CHECK(words_of("TARTU \xC3\xA5 -- The council met.") == "<none>");
}
