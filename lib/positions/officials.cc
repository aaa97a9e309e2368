// Descriptions of a state's offices and officials (actors.h; lib/data/positions/officials.tsv):
// "the French defence ministry" and "the Chilean embassy" stand for France and Chile; "a
// spokesman for the German government" and "an official of the alliance" for what follows
// them. An office speaks for its state as a person in office does (actor_resolve.cc). Tested
// by layer_officials_test.cc.
#include "officials.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>

#include <re2/re2.h>

#include "actors.h"
#include "dossier/data.h"
#include "dossier/entities.h"
#include "dossier/error.h"
#include "dossier/utf8.h"
#include "sentence_words.h"

namespace dossier::positions_detail {

namespace {

struct OfficialWords {
  std::unique_ptr<RE2> office;  // an office's words, lower case, whole words
  std::unique_ptr<RE2> agent;   // an article, at most two words, an agent's words and for/of/at/from, to the end
  std::unordered_map<std::string, std::string> states;  // nationality adjective -> state

  static const OfficialWords& get() {
    static const OfficialWords w = [] {
      OfficialWords x;
      std::string office_alts, agent_alts;
      for (auto line : data::lines("positions/officials.tsv")) {
        auto f = data::fields(line);
        if (f.size() != 2 || (f[0] != "office" && f[0] != "agent"))
          throw Error("officials: expected office|agent<TAB>WORDS", "positions/officials.tsv");
        std::string words;
        for (char c : f[1]) words += c == ' ' ? std::string("\\s+") : std::string(1, c);
        std::string& alts = f[0] == "office" ? office_alts : agent_alts;
        alts += (alts.empty() ? "" : "|") + words;
      }
      RE2::Options cased;
      cased.set_log_errors(false);
      x.office = std::make_unique<RE2>("\\b(?:" + office_alts + ")\\b", cased);
      x.agent = std::make_unique<RE2>("(?i)\\b(?:a|an|the|one)\\s+(?:[\\w-]+\\s+){0,2}?(?:" + agent_alts +
                                          ")\\s+(?:for|of|at|from)\\s+(?:the\\s+)?$",
                                      cased);
      if (!x.office->ok() || !x.agent->ok()) throw Error("officials: bad pattern", "positions/officials.tsv");
      for (const auto& [adjective, state] : demonym_states()) x.states.emplace(adjective, state);
      return x;
    }();
    return w;
  }
};

bool in_office_word(char c) { return is_ascii_word_byte(c) || c == '-'; }

}  // namespace

const RE2& office_pattern() { return *OfficialWords::get().office; }

void add_offices(std::string_view text, const std::vector<std::pair<size_t, size_t>>& ranges,
                 const std::vector<PatternHits>& hits, std::vector<Candidate>& out) {
  const OfficialWords& w = OfficialWords::get();
  re2::StringPiece input(text.data(), text.size()), m;
  for (size_t ri = 0; ri < ranges.size(); ++ri) {
    if (!hits[ri].can(kOffices)) continue;
    const auto [from, to] = ranges[ri];
    size_t pos = from;
    while (pos < to && w.office->Match(input, pos, to, RE2::UNANCHORED, &m, 1)) {
      size_t s = static_cast<size_t>(m.data() - text.data()), e = s + m.size();
      pos = std::max(e, s + 1);
      // The nationality adjective right before the office, of one word or two ("South Korean").
      auto [b1, e1] = word_ending(text, s, from, in_office_word);
      if (b1 == e1 || e1 == s) continue;
      std::string one(text.substr(b1, e1 - b1));
      auto it = w.states.find(one);
      size_t begin = b1;
      if (it == w.states.end()) {
        auto [b2, e2] = word_ending(text, b1, from, in_office_word);
        if (b2 == e2) continue;
        it = w.states.find(std::string(text.substr(b2, e2 - b2)) + " " + one);
        if (it == w.states.end()) continue;
        begin = b2;
      }
      auto [ab, ae] = word_ending(text, begin, from, in_office_word);
      std::string article = utf8::ascii_lower(text.substr(ab, ae - ab));
      if (ae > ab && (article == "the" || article == "a" || article == "an")) begin = ab;
      out.push_back(Candidate{begin, e, it->second, "ACTOR", nullptr});  // the static table outlives it
    }
  }
}

void extend_agents(std::string_view text, const std::vector<std::pair<size_t, size_t>>& ranges,
                   std::vector<Candidate>& cands) {
  const OfficialWords& w = OfficialWords::get();
  size_t r = 0, n = 0;
  for (size_t i = 0; i < cands.size(); ++i) {
    Candidate c = cands[i];
    while (r < ranges.size() && ranges[r].second <= c.start) ++r;
    bool in_range = r < ranges.size() && ranges[r].first <= c.start && c.end <= ranges[r].second;
    if (in_range && (c.type == "GPE" || c.type == "ORG" || c.type == "ACTOR")) {
      std::string before = word_before(text, c.start, ranges[r].first);
      if (before == "for" || before == "of" || before == "at" || before == "from") {
        size_t from = std::max(ranges[r].first, c.start >= 80 ? c.start - 80 : 0);
        re2::StringPiece input(text.data(), c.start), m;
        if (w.agent->Match(input, from, c.start, RE2::UNANCHORED, &m, 1)) {
          size_t s = static_cast<size_t>(m.data() - text.data());
          // The description's own words hold no other candidate ("the spokesman" as a role):
          // those are dropped, but only when the description can then widen C.
          size_t kept = n;
          while (kept > 0 && cands[kept - 1].start >= s) --kept;
          if (kept == 0 || cands[kept - 1].end <= s) {
            n = kept;
            c.start = s;
          }
        }
      }
    }
    cands[n++] = c;
  }
  cands.resize(n);
}

}  // namespace dossier::positions_detail
