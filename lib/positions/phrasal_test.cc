// Phrasal stance verbs: a verb with its particles is one cue (positions/internal.h).
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "positions/internal.h"
#include "positions/test_docs.h"

using namespace positions_test;

TEST_CASE("a regular verb's forms are made from its lemma", "[positions][phrasal]") {
  using dossier::positions_detail::verb_forms;
  CHECK(verb_forms("back") == std::vector<std::string>{"back", "backs", "backed", "backing"});
  CHECK(verb_forms("step") == std::vector<std::string>{"step", "steps", "stepped", "stepping"});
  CHECK(verb_forms("rally") == std::vector<std::string>{"rally", "rallies", "rallied", "rallying"});
  CHECK(verb_forms("argue") == std::vector<std::string>{"argue", "argues", "argued", "arguing"});
  CHECK(verb_forms("push") == std::vector<std::string>{"push", "pushes", "pushed", "pushing"});
  CHECK(verb_forms("water") == std::vector<std::string>{"water", "waters", "watered", "watering"});
}

TEST_CASE("a phrasal verb's particles decide its stance, not the verb alone", "[positions][phrasal]") {
  struct Case {
    const char* sentence;
    const char* topic;
    const char* stance;
  };
  const Case cases[] = {
      {"Ruritania backed away from NATO enlargement last year.", "nato-enlargement", "oppose"},
      {"Ruritania has pushed back against NATO enlargement.", "nato-enlargement", "oppose"},
      {"The cabinet is holding out for a new European security treaty.", "new-security-treaty", "support"},
      {"Ruritania pulled out of the missile shield talks.", "missile-defense", "oppose"},
      {"Ruritania came out in favour of NATO enlargement.", "nato-enlargement", "support"},
      {"Ruritania is stepping back from NATO enlargement.", "nato-enlargement", "oppose"},
      {"Ruritania backs NATO enlargement.", "nato-enlargement", "support"},
  };
  for (const auto& c : cases) {
    INFO(c.sentence);
    CHECK(stance_in(c.sentence, c.topic) == std::optional<std::string>(c.stance));
  }
}

TEST_CASE("a negation flips a phrasal verb as it flips a verb", "[positions][phrasal]") {
  CHECK(stance_in("Ruritania did not back away from NATO enlargement.", "nato-enlargement") ==
        std::optional<std::string>("support"));
}

TEST_CASE("a verb that is also an adverb or a noun is a cue only after to, a modal or a negation", "[positions][phrasal]") {
  struct Case {
    const char* sentence;
    std::optional<std::string> stance;
  };
  const Case cases[] = {
      {"Chile will back NATO enlargement.", "support"},
      {"Chile failed to back NATO enlargement.", "oppose"},
      {"Chile did not block NATO enlargement.", "support"},
      {"Chile won't block NATO enlargement.", "support"},
      {"Chile could block NATO enlargement.", "oppose"},
      {"Chile came back to NATO enlargement.", std::nullopt},
  };
  for (const auto& c : cases) {
    INFO(c.sentence);
    CHECK(stance_in(c.sentence, "nato-enlargement") == c.stance);
  }
}

TEST_CASE("a bare verb followed by an adverb particle is another verb and no cue", "[positions][phrasal]") {
  struct Case {
    const char* sentence;
  };
  const Case cases[] = {
      {"Chile will back down on NATO enlargement."},
      {"Peru could back off on NATO enlargement."},
      {"Chile read the plan from front to back on NATO enlargement."},
  };
  for (const auto& c : cases) {
    INFO(c.sentence);
    CHECK(stance_in(c.sentence, "nato-enlargement") == std::nullopt);
  }
}
