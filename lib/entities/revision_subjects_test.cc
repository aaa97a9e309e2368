#include <catch2/catch.hpp>

#include <string>

#include "dossier/entities.h"
#include "test_entities.h"

using namespace dossier;
using namespace dossier::entities_test;

// Invented surnames and bodies: none is in the word lists or the gazetteer.

TEST_CASE("A lone name after a sentence's opening phrase and its comma that acts there is a person's", "[entities]") {
  check_named("In 2004, Quarvish was chosen to lead the delegation abroad.", "Quarvish", "PERSON");
  check_named("During his second term, Dunmerrow faced a revolt over the budget.", "Dunmerrow", "PERSON");
  check_named("Shortly after the vote, Dunmerrow later resigned from the board.", "Dunmerrow", "PERSON");
}

TEST_CASE("A lone name after an opening phrase before a verb in the present keeps the default's type", "[entities]") {
  const auto es = find_entities(doc_of("In 2004, Quarvish has grown its fleet to ten ships."));
  CHECK(type_with_alias(es, "Quarvish") != "PERSON");
}

TEST_CASE("A lone name acting after an opening phrase that the document names elsewhere in other roles stays an organisation's", "[entities]") {
  const auto es = find_entities(doc_of("In 2009, Quarvish bought a stake in the port. The Quarvish fleet grew by a tenth."));
  CHECK(type_with_alias(es, "Quarvish") != "PERSON");
}

TEST_CASE("A lone name inside its sentence before a verb in the past keeps the default's type", "[entities]") {
  const auto es = find_entities(doc_of("The court ruled on Monday that Quarvish was in breach of the contract."));
  CHECK(type_with_alias(es, "Quarvish") == "ORG");
}

TEST_CASE("A lone name acting after an opening phrase in a sentence that says its keeps the default's type", "[entities]") {
  for (const char* text : {"During the strike, Quarvish closed three of its mines in the north.",
                           "In its annual report, Quarvish warned that costs would keep rising."}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), "Quarvish") != "PERSON");
  }
}

TEST_CASE("A lone name after an opening phrase told of in a passive of a body's making keeps the default's type", "[entities]") {
  for (const char* text : {"In 1998, Quarvish was founded by two engineers from the coast.",
                           "After the war, Quarvish was renamed and moved to the capital."}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), "Quarvish") != "PERSON");
  }
}

TEST_CASE("A lone unknown word opening a sentence before was or had and a participle of a person's life is a person's", "[entities]") {
  check_named("The results came late. Varnholt was narrowly re-elected in the spring.", "Varnholt", "PERSON");
  check_named("The results came late. Dellavance had resigned from the council in March.", "Dellavance", "PERSON");
}

TEST_CASE("A lone unknown word opening a sentence before what befalls a firm as well keeps the default's type", "[entities]") {
  for (const char* text : {"Shares fell on Monday. Zentrova was fined by regulators.",
                           "Shares fell on Monday. Zentrova had reported a loss for the quarter.",
                           "Shares fell on Monday. Zentrova was downgraded by analysts."}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), "Zentrova") != "PERSON");
  }
}

TEST_CASE("A lone unknown word opening a sentence before how it fared or a body's making keeps the default's type", "[entities]") {
  for (const char* text : {"Sales fell in March. Quorvex was hardest hit among the makers.",
                           "Sales fell in March. Quorvex was founded in 1998 by two engineers.",
                           "Sales fell in March. Quorvex was sharply criticised by regulators. The Quorvex board met."}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), "Quorvex") != "PERSON");
  }
}

TEST_CASE("A lone unknown word opening a sentence before a trial, an office or a promotion a body shares keeps the default's type", "[entities]") {
  for (const char* text : {"Shares fell on Monday. Zentrova was charged with fraud by prosecutors.",
                           "Shares fell on Monday. Zentrova was convicted of bribery last year.",
                           "Shares fell on Monday. Zentrova was appointed as auditor of the fund.",
                           "The season ended well. Zentrova was promoted to the first division."}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), "Zentrova") != "PERSON");
  }
}

TEST_CASE("A lone unknown word opening a sentence before had and a participle of what a body does too keeps the default's type", "[entities]") {
  for (const char* text : {"The raids went on. Zentrova had killed two guards near the border.",
                           "The dam was shelved. Zentrova had campaigned against it for years.",
                           "The strike ended. Zentrova had recruited new drivers in the spring."}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), "Zentrova") != "PERSON");
  }
}

TEST_CASE("A lone unknown word that says he or his of itself is a person's", "[entities]") {
  for (const char* text : {"Varnholtappa said he would not sign the budget this year.",
                           "The talks stalled on Monday, and Varnholtappa said that his cabinet would meet again."}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), "Varnholtappa") == "PERSON");
  }
}

TEST_CASE("A lone unknown word that says it or its of itself keeps the default's type", "[entities]") {
  for (const char* text : {"Quorvexo said it would close two plants next spring.",
                           "Quorvexo said its profit fell by a third."}) {
    INFO(text);
    CHECK(type_with_alias(find_entities(doc_of(text)), "Quorvexo") != "PERSON");
  }
}
