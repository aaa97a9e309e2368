#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/error.h"
#include "dossier/positions.h"
#include "positions/internal.h"
#include "positions/test_docs.h"

using namespace positions_test;

TEST_CASE("stance cues decide support and oppose", "[positions][stance]") {
  struct Case {
    const char* sentence;
    const char* topic;
    const char* stance;
  };
  const Case cases[] = {
      {"Russia wants a new European security treaty.", "new-security-treaty", "support"},
      {"Russia demands legally binding guarantees.", "legally-binding", "support"},
      {"Canada insists on the right of each nation to choose its partners.", "freedom-of-alliance", "support"},
      {"Russia rejects NATO enlargement.", "nato-enlargement", "oppose"},
      {"Russia opposes the missile shield planned for Romania.", "missile-defense", "oppose"},
      {"Belgrade is worried about any admission of Bosnia to the alliance.", "nato-enlargement", "oppose"},
      {"Russia upholds the role of the OSCE.", "osce-framework", "support"},
      {"We see no point in any eastward expansion of the alliance.", "nato-enlargement", "oppose"},
  };
  for (const auto& c : cases) {
    INFO(c.sentence);
    CHECK(stance_in(c.sentence, c.topic) == std::optional<std::string>(c.stance));
  }
}

TEST_CASE("a negation flips the cue that follows it", "[positions][stance]") {
  CHECK(stance_in("He said Medvedev's pact is not needed.", "new-security-treaty") == std::optional<std::string>("oppose"));
  CHECK(stance_in("In Oslo the defence minister cautioned that the accord should not undermine NATO.", "existing-structures") ==
        std::optional<std::string>("support"));
  CHECK(stance_in("Russia does not support the missile shield.", "missile-defense") == std::optional<std::string>("oppose"));
}

TEST_CASE("a stance no longer held is turned like a negated one", "[positions][stance]") {
  CHECK(stance_in("Sweden no longer supports NATO enlargement.", "nato-enlargement") == std::optional<std::string>("oppose"));
  CHECK(stance_in("Analysts in Lisbon wrote that the new security pact was no longer needed.", "new-security-treaty") ==
        std::optional<std::string>("oppose"));
}

TEST_CASE("a negation that is part of the topic's wording flips nothing", "[positions][stance]") {
  CHECK(stance_in("In Budapest's view no state should buy its own security at a partner's expense.",
                  "indivisible-security") == std::optional<std::string>("support"));
}

TEST_CASE("a mention without any cue has no stance", "[positions][stance]") {
  CHECK(stance_in("The CFE Treaty was signed in Paris.", "cfe-treaty") == std::nullopt);
}

TEST_CASE("the clause after a contrast decides over a concession", "[positions][stance]") {
  CHECK(stance_in("Although the Dutch welcome the proposed security treaty, drafting one now would take too long.",
                  "new-security-treaty") == std::optional<std::string>("oppose"));
}

TEST_CASE("a verb after a contrast that takes an object of its own does not decide the stance before it", "[positions][stance]") {
  CHECK(stance_in("Norway opposed NATO enlargement, but backed new fishing quotas.", "nato-enlargement") ==
        std::optional<std::string>("oppose"));
  CHECK(stance_in("Norway supports NATO enlargement, but rejects higher fishing quotas.", "nato-enlargement") ==
        std::optional<std::string>("support"));
  CHECK(stance_in("Norway opposed NATO enlargement at first, but later backed it.", "nato-enlargement") ==
        std::optional<std::string>("support"));
  CHECK(stance_in("Norway supported NATO enlargement, but rejected those new fishing quotas.", "nato-enlargement") ==
        std::optional<std::string>("support"));
}

TEST_CASE("a chain of verbs after a contrast that ends on the topic decides the stance", "[positions][stance]") {
  CHECK(stance_in("Norway backed NATO enlargement, but refuses to ratify it.", "nato-enlargement") ==
        std::optional<std::string>("oppose"));
  CHECK(stance_in("Norway backed NATO enlargement, but now rejects this.", "nato-enlargement") ==
        std::optional<std::string>("oppose"));
}

TEST_CASE("items of a list after a colon take the stance that introduces them", "[positions][stance]") {
  std::string s = "Russia wants answers on two issues: a halt to NATO expansion, the removal of NATO troops from new members.";
  CHECK(stance_in(s, "nato-enlargement") == std::optional<std::string>("oppose"));
  CHECK(stance_in(s, "nato-withdrawal") == std::optional<std::string>("support"));
}

TEST_CASE("a denied mention reverses the stance", "[positions][stance]") {
  CHECK(stance_in("Every chapter of the Turkish memo stresses only hard security issues.", "soft-security") == std::optional<std::string>("oppose"));
}

TEST_CASE("a denied purpose takes no side and ends the reach of the cues before it", "[positions][stance]") {
  CHECK(stance_in("Helsinki's initiative is not meant to sideline or supplant NATO, its authors say.", "existing-structures") ==
        std::nullopt);
  CHECK(stance_in("Officials said the pact must not weaken NATO.", "existing-structures") ==
        std::optional<std::string>("support"));
}

TEST_CASE("a topic said to be in doubt is a state of affairs, not a stance", "[positions][stance]") {
  CHECK(stance_in("It now appears the indivisibility of security is in doubt.", "indivisible-security") ==
        std::nullopt);
}

TEST_CASE("a negation right before the mention scopes over it", "[positions][stance]") {
  CHECK(stance_in("We need guarantees that Ukraine will never join NATO.", "nato-enlargement") ==
        std::optional<std::string>("oppose"));
  CHECK(stance_in("Russia demanded that NATO not expand eastward.", "nato-enlargement") ==
        std::optional<std::string>("oppose"));
  CHECK(stance_in("Poland wants NATO to expand.", "nato-enlargement") == std::optional<std::string>("support"));
}

TEST_CASE("a question or a conditional clause states no stance", "[positions][stance]") {
  CHECK(stance_in("Does Russia want a new security treaty?", "new-security-treaty") == std::nullopt);
  CHECK(stance_in("Officials in Lisbon asked whether Moldova should ever join NATO.", "nato-enlargement") == std::nullopt);
  CHECK(stance_in("Moscow will respond if NATO expands eastward.", "nato-enlargement") == std::nullopt);
  CHECK(stance_in("If asked, Russia would reject NATO expansion.", "nato-enlargement") == std::optional<std::string>("oppose"));
}

TEST_CASE("signing supports, and a passive of praise names its agents", "[positions][stance]") {
  CHECK(stance_in("Romania signed a deal to host the missile shield.", "missile-defense") ==
        std::optional<std::string>("support"));
  CHECK(stance_in("Every enlargement of the alliance was praised by Canada.", "nato-enlargement") ==
        std::optional<std::string>("support"));
}

TEST_CASE("measures taken in response to a topic oppose it", "[positions][stance]") {
  CHECK(stance_in("Minsk vowed a firm reply in response to the expansion of NATO.", "nato-enlargement") ==
        std::optional<std::string>("oppose"));
  CHECK(stance_in("Moscow threatened to retaliate against any enlargement of the alliance.", "nato-enlargement") ==
        std::optional<std::string>("oppose"));
  CHECK(stance_in("Belarus prepared countermeasures against the enlargement of NATO.", "nato-enlargement") ==
        std::optional<std::string>("oppose"));
}

TEST_CASE("against a backdrop takes no side", "[positions][stance]") {
  CHECK(stance_in("Against the backdrop of a cold winter, ministers discussed a draft security treaty.",
                  "new-security-treaty") == std::nullopt);
}

TEST_CASE("a prepositional cue reaches no further than a comma after its object", "[positions][stance]") {
  CHECK(stance_in("Talks need to address concerns about the drills, and respect the founding principles of European "
                  "security.",
                  "existing-structures") == std::optional<std::string>("support"));
  CHECK(stance_in("Belarus calls for a new security treaty, in Minsk.", "new-security-treaty") ==
        std::optional<std::string>("support"));
}

TEST_CASE("a mention in a relative clause of membership takes no stance from before it", "[positions][stance]") {
  CHECK(stance_in("Drills should be halted in countries which have already joined the alliance.", "nato-enlargement") ==
        std::nullopt);
  CHECK(stance_in("Belarus wants a ban on Georgian accession to NATO.", "nato-enlargement") ==
        std::optional<std::string>("oppose"));
}

TEST_CASE("promoting or protecting rights supports the human dimension", "[positions][stance]") {
  CHECK(stance_in("Governments in the region must protect human rights better.", "soft-security") == std::optional<std::string>("support"));
  CHECK(stance_in("The council will foster tolerance across the region.", "soft-security") ==
        std::optional<std::string>("support"));
}

TEST_CASE("one pattern set says which cues, collective mentions and role nouns a sentence can match", "[positions][stance]") {
  using namespace dossier::positions_detail;
  std::vector<size_t> all_kinds(cue_patterns().size());
  for (size_t i = 0; i < all_kinds.size(); ++i) all_kinds[i] = i;
  auto same = [](const std::vector<Cue>& a, const std::vector<Cue>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const Cue& x, const Cue& y) {
             return x.kind == y.kind && x.start == y.start && x.end == y.end;
           });
  };
  for (std::string s : {"The Russian delegation REJECTED the plan, but the foreign minister said it was needed.",
                        "If Minsk does not object; nothing changes.", "no cue here", ""}) {
    PatternHits hits = pattern_hits(s);
    CHECK(same(find_cues(s, hits.cues), find_cues(s, all_kinds)));
  }
  PatternHits hits = pattern_hits("The Russian delegation REJECTED the plan, the foreign minister said.");
  CHECK(!hits.cues.empty());
  CHECK(!hits.collective.empty());
  CHECK(!hits.roles.empty());
  // The resolver's agent words keep their case; its organisation nouns follow "the".
  CHECK(pattern_hits("the Russian Delegation left").collective.empty());
  CHECK(!pattern_hits("THE ALLIANCE left").collective.empty());
  CHECK(pattern_hits("an alliance left").collective.empty());
  CHECK(pattern_hits("no cue here").roles.empty());
}

TEST_CASE("the pattern set also says when a bare verb or an office can match", "[positions][stance]") {
  using namespace dossier::positions_detail;
  CHECK(pattern_hits("Chile will BACK the pact").can(kBareVerbs));
  CHECK(!pattern_hits("Chile backs the pact").can(kBareVerbs));
  CHECK(pattern_hits("the Chilean embassy said").can(kOffices));
  // An office keeps its case: capitalised, it opens a name.
  CHECK(!pattern_hits("the Chilean Embassy said").can(kOffices));
  std::string s = "Chile did not block the pact";
  PatternHits hits = pattern_hits(s);
  CHECK(find_cues(s, hits.cues, hits.can(kBareVerbs)).size() == find_cues(s).size());
  CHECK(find_cues(s, hits.cues, false).size() + 1 == find_cues(s).size());
}
