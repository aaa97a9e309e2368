// Private to the positions module: officials described, not named (officials.cc,
// lib/data/positions/officials.tsv). An office a nationality adjective names ("the French
// defence ministry") stands for its state; an agent working for a state or organisation ("a
// spokesman for the German government") widens that actor's candidate. Offsets are bytes into
// the document's text.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "candidate.h"
#include "internal.h"

namespace dossier::positions_detail {

// Appends to OUT the offices of RANGES a nationality adjective names, as ACTOR candidates of
// the state; HITS[i] says whether an office can match in RANGES[i].
void add_offices(std::string_view text, const std::vector<std::pair<size_t, size_t>>& ranges,
                 const std::vector<PatternHits>& hits, std::vector<Candidate>& out);
// Widens each state's or organisation's candidate of CANDS (sorted, without overlaps) in
// RANGES to the agent that works for it, dropping the candidates the agent's words held.
void extend_agents(std::string_view text, const std::vector<std::pair<size_t, size_t>>& ranges,
                   std::vector<Candidate>& cands);

}  // namespace dossier::positions_detail
