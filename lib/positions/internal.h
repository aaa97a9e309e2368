// Private to the positions module: the stance cue engine shared by cues.cc (the cue
// table), stance.cc (the rules) and layer.cc (who holds a stance).
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "dossier/positions.h"

namespace dossier::positions_detail {

// Case-insensitive RE2 options that log nothing: the options of every positions pattern.
RE2::Options pattern_options();

// The patterns run over a sentence that names a topic, in four groups: the stance cue
// kinds (cues.cc), the words that open the mention resolver's collective mentions and the
// role nouns (actors.cc), and the words that open a cue or an actor read in code: the bare
// verbs (cues.cc) and the offices (officials.cc), at kBareVerbs and kOffices.
struct PatternHits {
  std::vector<size_t> cues, collective, roles, words;  // ascending indices into each group's table
  bool can(size_t word) const { return std::find(words.begin(), words.end(), word) != words.end(); }
};
constexpr size_t kBareVerbs = 0, kOffices = 1;
// Which patterns of each group can match somewhere in SENTENCE: one pass of one RE2::Set over
// all four groups, so that the others need not run; every index when the set cannot say
// (out of memory).
PatternHits pattern_hits(std::string_view sentence);
// The compiled patterns of each group, in table order.
std::vector<const RE2*> cue_patterns();
std::vector<const RE2*> collective_patterns();
std::vector<const RE2*> role_patterns();
std::vector<const RE2*> word_patterns();  // {the bare verbs, the offices}
const RE2& bare_verb_pattern();
const RE2& office_pattern();

// The forms of a regular English verb LEMMA: itself, -s/-es, -ed and -ing ("step": steps,
// stepped, stepping; "rally": rallies, rallied, rallying; "argue": argues, argued, arguing).
std::vector<std::string> verb_forms(std::string_view lemma);
// The phrasal stance verbs of lib/data/positions/phrasal.tsv: (kind as cues.tsv names it,
// RE2 expression of the verb's forms and its particles), in file order.
std::vector<std::pair<std::string, std::string>> phrasal_cues();

enum class CueKind { Support, Oppose, SupportPost, OpposePost, Negation, Ignore, Neutral, Report, Contrast, Concessive, Boundary, Hedge };

struct Cue {
  CueKind kind;
  size_t start = 0;  // byte offsets into the sentence
  size_t end = 0;
};

// Cues of TEXT, leftmost-longest, without overlaps, sorted by start.
std::vector<Cue> find_cues(std::string_view text);
// The same, when KINDS (pattern_hits(TEXT).cues) says which kinds can match, and BARE_VERBS
// whether a bare verb can (pattern_hits(TEXT).can(kBareVerbs)).
std::vector<Cue> find_cues(std::string_view text, const std::vector<size_t>& kinds, bool bare_verbs = true);

struct Stance {
  int polarity = 0;        // +1 support, -1 oppose, 0 none
  size_t agents_from = 0;  // when a passive cue ends in "by": where its agents start, else 0
  size_t clause_start = 0; // where the mention's clause starts
  size_t clause_end = 0;   // where it ends (the sentence's end when it runs to the end)
  bool negated = false;    // a negation right before the mention scopes over it
};

// The stance toward MENTION given the sentence's cues (see stance_toward).
Stance stance_of(std::string_view sentence, const TopicMatch& mention, const std::vector<TopicMatch>& others,
                 const std::vector<Cue>& cues);

}  // namespace dossier::positions_detail
