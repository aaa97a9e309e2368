// Descriptions of a person by what the text said they are: party, state, age, titles and
// appositions, as US political news writes them (described.cc, traits.cc).
#include <catch2/catch.hpp>

#include "mentions/test_doc.h"
#include "mentions/test_resolve.h"

#include <string>
#include <vector>

#include "dossier/mentions.h"

namespace {

using mentions_test::Ent;
using mentions_test::make_doc;
using mentions_test::resolve_last;

std::string resolve(const std::string& text, const std::vector<Ent>& ents, const std::string& phrase) {
  auto d = make_doc(text, ents);
  return resolve_last(d, phrase, dossier::Gazetteer());
}

const std::vector<Ent> kLawmakers = {{"Nora Quill", "PERSON", {"Nora Quill", "Quill"}},
                                     {"Dale Stroud", "PERSON", {"Dale Stroud", "Stroud"}}};

}  // namespace

TEST_CASE("The state and party of a description find the lawmaker whose tag said them", "[mentions]") {
  std::string text =
      "Sen. Nora Quill (D-Ohio) opposed the bill. Rep. Dale Stroud (R-Iowa) backed it.\n\n"
      "The Ohio Democrat said the vote was close. The Iowa Republican disagreed.";
  CHECK(resolve(text, kLawmakers, "The Ohio Democrat") == "Nora Quill");
  CHECK(resolve(text, kLawmakers, "The Iowa Republican") == "Dale Stroud");
}

TEST_CASE("A party's member is the person, not the organisation the entities layer read into the words", "[mentions]") {
  std::vector<Ent> ents = kLawmakers;
  ents.push_back({"Kansas Democrat", "ORG", {"Kansas Democrat"}});
  std::string text = "Nora Quill, D-Kan., spoke first. Then Dale Stroud, R-Texas, spoke.\n\n"
                     "The Kansas Democrat said she would vote no.";
  CHECK(resolve(text, ents, "The Kansas Democrat") == "Nora Quill");
}

TEST_CASE("A tag with an abbreviated state of two words is read", "[mentions]") {
  std::string text = "Rep. Nora Quill (D-N.Y.) and Rep. Dale Stroud (R-N.C.) met.\n\nThe New York Democrat spoke.";
  CHECK(resolve(text, kLawmakers, "The New York Democrat") == "Nora Quill");
}

TEST_CASE("An age between commas after a name is what the N-year-old means", "[mentions]") {
  std::string text = "Nora Quill, 45, and Dale Stroud, 61, filed on Monday. The 61-year-old said little.";
  CHECK(resolve(text, kLawmakers, "The 61-year-old") == "Dale Stroud");
}

TEST_CASE("A state before an abbreviated title is the official's state", "[mentions]") {
  std::string text = "Vermont Gov. Nora Quill met Dale Stroud on Friday.\n\nThe Vermont governor said the meeting went well.";
  CHECK(resolve(text, kLawmakers, "The Vermont governor") == "Nora Quill");
}

TEST_CASE("An abbreviated title makes the senator of a later description", "[mentions]") {
  std::string text = "Sen. Nora Quill met Gov. Dale Stroud on Friday. The senator said the meeting went well.";
  CHECK(resolve(text, kLawmakers, "The senator") == "Nora Quill");
}

TEST_CASE("A noun of an apposition describes the person later", "[mentions]") {
  std::string text = "Dale Stroud, a billionaire shipping executive, met Nora Quill on Friday. "
                     "The billionaire said the meeting went well.";
  CHECK(resolve(text, kLawmakers, "The billionaire") == "Dale Stroud");
}

TEST_CASE("An apposition opening the sentence before a name describes that name", "[mentions]") {
  std::string text = "The Republican nominee, Dale Stroud, spoke first. Nora Quill followed.\n\n"
                     "The Republican nominee said he would win.";
  CHECK(resolve(text, kLawmakers, "The Republican nominee") == "Dale Stroud");
}

TEST_CASE("A description may say former where the title did not", "[mentions]") {
  std::string text = "Secretary of State Nora Quill met Dale Stroud, a farmer.\n\n"
                     "The former secretary of state said the talks went well.";
  CHECK(resolve(text, kLawmakers, "The former secretary of state") == "Nora Quill");
}

TEST_CASE("A nominee is a candidate and a senator a lawmaker", "[mentions]") {
  std::string text = "Nora Quill, the Democratic nominee, met Sen. Dale Stroud on Friday.\n\n"
                     "The Democratic candidate said the talks went well. The lawmaker disagreed.";
  CHECK(resolve(text, kLawmakers, "The Democratic candidate") == "Nora Quill");
  CHECK(resolve(text, kLawmakers, "The lawmaker") == "Dale Stroud");
}

TEST_CASE("A party description nobody fits is the salient person only when nothing clashes", "[mentions]") {
  std::string fits = "Nora Quill spoke on Monday. The Texas Democrat said the bill would fail.";
  CHECK(resolve(fits, kLawmakers, "The Texas Democrat") == "Nora Quill");
  std::string clashes = "Nora Quill (R-Iowa) spoke on Monday. The Texas Democrat said the bill would fail.";
  CHECK(resolve(clashes, kLawmakers, "The Texas Democrat") == "source:The Texas Democrat");
}

TEST_CASE("A party word inside a relative clause says nothing of the person", "[mentions]") {
  std::string text = "Nora Quill, who criticized the Republican plan, met Dale Stroud (R-Ohio).\n\n"
                     "The Republican said the talks went well.";
  CHECK(resolve(text, kLawmakers, "The Republican") == "Dale Stroud");
}

TEST_CASE("A party description fits a person of that state whose party was not said", "[mentions]") {
  std::string text = "Nora Quill, a former governor of Utah, met Dale Stroud (R-Ky.).\n\n"
                     "The Utah Republican said the meeting went well.";
  CHECK(resolve(text, kLawmakers, "The Utah Republican") == "Nora Quill");
}

TEST_CASE("A state after of or from a name is the person's state", "[mentions]") {
  std::string text = "Senator Nora Quill of Maine met Senator Dale Stroud of Oregon.\n\nThe Maine senator spoke first.";
  CHECK(resolve(text, kLawmakers, "The Maine senator") == "Nora Quill");
}

TEST_CASE("A description with its party fits a role of the same kind when no one had its own", "[mentions]") {
  std::string text = "Nora Quill, the presumptive Republican nominee, met Dale Stroud (D-Iowa).\n\n"
                     "The Republican front-runner spoke first.";
  CHECK(resolve(text, kLawmakers, "The Republican front-runner") == "Nora Quill");
}

TEST_CASE("A role of two words in a title describes the person later", "[mentions]") {
  std::string text = "Former first lady Nora Quill spoke after Sen. Dale Stroud.\n\nThe former first lady said little.";
  CHECK(resolve(text, kLawmakers, "The former first lady") == "Nora Quill");
}
