// The stance rules over one sentence's cues. Tested by stance_test.cc.
//
// A sentence is cut into clauses at boundaries (; : --), contrast markers (but, however)
// and concessive openers (while, although: the clause runs to the next comma). A topic
// mention takes the product of the polar cues before it in its clause (back to an earlier
// mention of a list, "the end of X, the withdrawal of Y") and of the first polar cue after
// it ("the pact was not needed"); a negation flips the next cue within three words, and
// cues joined by "or"/"and" count once ("not meant to weaken or replace"). A mention with
// no cue after a colon inherits the stance of the clause that introduced the list. When
// the clause after a contrast or a concessive clause takes the other stance and speaks of
// no other topic, it decides ("shared the pact's goals, but treaties are too cumbersome"),
// unless its verb speaks of an object of its own ("opposed X, but backed new sanctions").
#include <algorithm>
#include <cctype>

#include "dossier/utf8.h"
#include "internal.h"

namespace dossier::positions_detail {

namespace {

bool is_pre(CueKind k) { return k == CueKind::Support || k == CueKind::Oppose; }
bool is_post(CueKind k) { return k == CueKind::SupportPost || k == CueKind::OpposePost; }
bool is_polar(CueKind k) { return is_pre(k) || is_post(k); }
bool is_break(CueKind k) { return k == CueKind::Contrast || k == CueKind::Concessive || k == CueKind::Boundary; }
int sign(CueKind k) { return k == CueKind::Support || k == CueKind::SupportPost ? 1 : -1; }

size_t words_in(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool w = std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

bool only_coordination(std::string_view s) {
  std::string t;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) t += utf8::ascii_lower(c);
  return t == "or" || t == "and" || t == "," || t == ",and" || t == ",or" || t == "nor";
}

// A passive cue ending in "by" ("snubbed by"): the words after it name the agents.
bool ends_in_by(std::string_view s, const Cue& c) {
  std::string_view text = s.substr(c.start, c.end - c.start);
  return text.size() >= 2 && (text.substr(text.size() - 2) == "by" || text.substr(text.size() - 2) == "By");
}

// A cue that ends in a preposition ("concerns about", "calls for") takes the phrase after it
// as its object; past a comma its object has ended ("to address concerns about its
// actions, be based on the agreed principles"), unless what it named was a topic of its
// own list ("calls for a new treaty, binding guarantees and ...").
bool object_ended(std::string_view s, const Cue& c, const TopicMatch& mention, const std::vector<TopicMatch>& others) {
  static const std::string_view kPrepositions[] = {"about", "over", "by", "at", "against", "for", "to", "of", "on", "with"};
  std::string_view text = s.substr(c.start, c.end - c.start);
  size_t sp = text.find_last_of(" \t\n");
  std::string last;
  for (char ch : sp == std::string_view::npos ? text : text.substr(sp + 1)) last += utf8::ascii_lower(ch);
  if (std::find(std::begin(kPrepositions), std::end(kPrepositions), last) == std::end(kPrepositions)) return false;
  if (s.substr(c.end, mention.start - c.end).find(',') == std::string_view::npos) return false;
  return std::none_of(others.begin(), others.end(), [&](const TopicMatch& o) { return o.start >= c.end && o.end <= mention.start; });
}

struct Clause {
  size_t start = 0, end = 0;
  bool dominant = false;  // opened by a contrast marker or following a concessive clause
};

std::vector<Clause> clauses_of(std::string_view s, const std::vector<Cue>& cues) {
  std::vector<Clause> out;
  Clause cur{0, s.size(), false};
  for (const auto& c : cues) {
    if (!is_break(c.kind) || c.start < cur.start) continue;
    cur.end = c.start;
    out.push_back(cur);
    cur = Clause{c.end, s.size(), c.kind == CueKind::Contrast};
    if (c.kind == CueKind::Concessive) {
      size_t comma = s.find(',', c.end);
      auto next_break = std::find_if(cues.begin(), cues.end(), [&](const Cue& x) { return is_break(x.kind) && x.start >= c.end; });
      size_t limit = next_break == cues.end() ? s.size() : next_break->start;
      if (comma != std::string_view::npos && comma < limit) {
        cur.end = comma;
        out.push_back(cur);
        cur = Clause{comma + 1, s.size(), true};
      }
    }
  }
  out.push_back(cur);
  return out;
}

// Effective polarity of each cue after negation and coordination (0 for non-polar cues or
// cues that repeat the one they are coordinated with).
std::vector<int> effective(std::string_view s, const std::vector<Cue>& cues) {
  std::vector<int> pol(cues.size(), 0);
  for (size_t i = 0; i < cues.size(); ++i) {
    if (!is_polar(cues[i].kind)) continue;
    pol[i] = sign(cues[i].kind);
    for (size_t j = i; j-- > 0;) {
      if (is_break(cues[j].kind)) break;
      if (is_polar(cues[j].kind)) {
        if (only_coordination(s.substr(cues[j].end, cues[i].start - cues[j].end))) pol[i] = 0;
        break;
      }
      if (cues[j].kind == CueKind::Negation && words_in(s.substr(cues[j].end, cues[i].start - cues[j].end)) <= 3) {
        pol[i] = -pol[i];
        break;
      }
    }
  }
  return pol;
}

}  // namespace

Stance stance_of(std::string_view s, const TopicMatch& mention, const std::vector<TopicMatch>& others,
                 const std::vector<Cue>& all_cues) {
  std::vector<Cue> cues;
  auto inside_topic = [&](const Cue& c) {
    if (c.start < mention.end && mention.start < c.end) return true;
    return std::any_of(others.begin(), others.end(), [&](const TopicMatch& o) { return c.start < o.end && o.start < c.end; });
  };
  // A neutral cue may end in the mention's own words ("states that joined the alliance").
  for (const auto& c : all_cues)
    if (is_break(c.kind) || c.kind == CueKind::Neutral || !inside_topic(c)) cues.push_back(c);
  std::vector<int> pol = effective(s, cues);
  std::vector<Clause> clauses = clauses_of(s, cues);
  size_t ci = 0;
  while (ci + 1 < clauses.size() && mention.start >= clauses[ci].end) ++ci;
  const Clause& clause = clauses[ci];

  // A list item ends the reach of the cues before it: "the end of X, the withdrawal of Y".
  size_t lo = clause.start;
  for (const auto& o : others) {
    if (o.end > mention.start || o.start < clause.start || o.topic == mention.topic) continue;
    std::string_view between = s.substr(o.end, mention.start - o.end);
    if (between.find(',') != std::string_view::npos || between.find(" and ") != std::string_view::npos)
      lo = std::max(lo, o.end);
  }
  // A cue that takes no side ends the reach of the cues before it ("the proposal is not
  // meant to weaken NATO").
  for (const auto& c : cues)
    if (c.kind == CueKind::Neutral && c.start >= lo && c.start < mention.start) lo = std::min(c.end, mention.start);
  size_t hi = clause.end;
  for (const auto& o : others)
    if (o.start >= mention.end && o.start < hi && o.topic != mention.topic) hi = o.start;

  // A question, or a mention inside a conditional clause ("if NATO expands", "whether a
  // country should join"), states no stance.
  size_t last = s.find_last_not_of(" \t\r\n\"'\xE2\x80\x9D");
  if (last != std::string_view::npos && s[last] == '?') return Stance{};
  for (const auto& c : cues)
    if (c.kind == CueKind::Hedge && c.start >= clause.start && c.end <= mention.start &&
        s.substr(c.end, mention.start - c.end).find(',') == std::string_view::npos)
      return Stance{};

  Stance st;
  st.clause_start = clause.start;
  st.clause_end = clause.end;
  int product = 1;
  bool any = false;
  for (size_t i = 0; i < cues.size(); ++i) {
    if (!is_pre(cues[i].kind) || pol[i] == 0) continue;
    if (cues[i].start >= lo && cues[i].end <= mention.start && !object_ended(s, cues[i], mention, others)) {
      product *= pol[i];
      any = true;
    }
  }
  // A negation right before the mention that no cue follows scopes over it: "we need
  // guarantees that Ukraine will never join NATO", "the demand that NATO not expand".
  bool negated = false;
  for (size_t i = cues.size(); i-- > 0;) {
    if (cues[i].end > mention.start) continue;
    if (cues[i].start < lo || is_polar(cues[i].kind) || is_break(cues[i].kind)) break;
    if (cues[i].kind == CueKind::Negation && words_in(s.substr(cues[i].end, mention.start - cues[i].end)) <= 3) {
      negated = true;
      break;
    }
  }
  if (any && negated) product = -product;
  for (size_t i = 0; i < cues.size(); ++i) {
    if (!is_post(cues[i].kind) || cues[i].start < mention.end || cues[i].end > hi) continue;
    if (pol[i] == 0) continue;
    product *= pol[i];
    any = true;
    if (ends_in_by(s, cues[i])) st.agents_from = cues[i].end;
    break;
  }
  // The product of the polar cues of clause C (0 when it has none), of those KEEP keeps.
  auto clause_polarity = [&](const Clause& c, auto&& keep) {
    int p = 1;
    bool has = false;
    for (size_t i = 0; i < cues.size(); ++i)
      if (pol[i] != 0 && cues[i].start >= c.start && cues[i].end <= c.end && keep(i)) {
        p *= pol[i];
        has = true;
      }
    return has ? p : 0;
  };
  if (!any) {
    // An item of a list introduced by a colon: the clause before the colon says.
    if (ci > 0 && clause.start > 0 && s[clause.start - 1] == ':') {
      int p = clause_polarity(clauses[ci - 1], [](size_t) { return true; });
      if (p != 0) return Stance{p * (mention.denied ? -1 : 1), 0, clause.start, clause.end};
    }
    Stance none;
    none.negated = negated;
    return none;
  }
  st.polarity = product * (mention.denied ? -1 : 1);
  st.negated = negated;

  if (ci + 1 < clauses.size() && clauses[ci + 1].dominant) {
    const Clause& next = clauses[ci + 1];
    bool other_topic = std::any_of(others.begin(), others.end(), [&](const TopicMatch& o) {
      return o.topic != mention.topic && o.start >= next.start && o.start < next.end;
    });
    // A verb of that clause that takes an object of its own speaks of that object ("opposed
    // X, but backed new sanctions"), unless its object takes the topic up: a pronoun or a
    // mention of the topic within a few words, through a chain of verbs ("but refuses to
    // ratify it"), or a demonstrative standing alone ("but rejects this.").
    auto takes_up_topic = [&](const Cue& c) {
      static const std::string_view kPronouns[] = {"it", "them"};
      static const std::string_view kDemonstratives[] = {"this", "that", "these", "those", "one", "so"};
      size_t at = c.end;
      for (int words = 0; words < 5 && at < next.end; ++words) {
        while (at < next.end && !std::isalnum(static_cast<unsigned char>(s[at]))) ++at;
        size_t w = at;
        while (w < next.end && std::isalnum(static_cast<unsigned char>(s[w]))) ++w;
        if (w == at) break;
        const std::string word = utf8::ascii_lower(s.substr(at, w - at));
        if (std::find(std::begin(kPronouns), std::end(kPronouns), word) != std::end(kPronouns)) return true;
        size_t after = w;
        while (after < next.end && s[after] == ' ') ++after;
        const bool alone = after >= next.end || !std::isalnum(static_cast<unsigned char>(s[after]));
        if (alone && std::find(std::begin(kDemonstratives), std::end(kDemonstratives), word) != std::end(kDemonstratives))
          return true;
        at = w;
      }
      return std::any_of(others.begin(), others.end(), [&](const TopicMatch& o) {
        return o.topic == mention.topic && o.start >= c.end && o.start < next.end &&
               words_in(s.substr(c.end, o.start - c.end)) <= 5;
      });
    };
    const int p = clause_polarity(next, [&](size_t i) { return !is_pre(cues[i].kind) || takes_up_topic(cues[i]); });
    if (!other_topic && p != 0 && p != st.polarity) {
      st.polarity = p;
      // "despite the fact that the pact, ..., has been snubbed by NATO": the deciding
      // clause's passive cue names who holds the stance.
      st.agents_from = 0;
      for (const auto& c : cues)
        if (is_post(c.kind) && c.start >= next.start && c.end <= next.end && ends_in_by(s, c)) {
          st.agents_from = c.end;
          break;
        }
    }
  }
  return st;
}

}  // namespace dossier::positions_detail
