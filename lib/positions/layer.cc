// The positions layer: topic mentions with a stance, and who holds it. Tested by
// layer_test.cc.
//
// Inside a quote the speaker holds the stance (unless a cue names who does, or the speaker
// reports what someone else holds); outside quotes the holders of holders.cc, and the voice
// of reported speech ("According to X, ..."). First-person words speak for the quote's
// speaker, outside quotes for the person the title names (a transcript's "Lavrov on
// relations with NATO"); he/she/his/her for the last person named (actors.cc).
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <map>
#include <set>
#include <tuple>

#include "actors.h"
#include "holders.h"
#include "ownership.h"
#include "internal.h"

namespace dossier {

namespace {

using positions_detail::Actors;
using positions_detail::Candidate;
using positions_detail::Cue;
using positions_detail::CueKind;
using positions_detail::Holders;
using positions_detail::Ownership;
using positions_detail::find_cues;
using positions_detail::stance_of;

class Layer {
 public:
  Layer(const Document& doc, const PositionOptions& options)
      : doc_(doc),
        topics_(options.topics ? *options.topics : TopicLexicon::builtin()),
        actors_(doc, options.actors ? *options.actors : ActorResolver::builtin()) {}

  std::vector<Position> run();

 private:
  std::string date_of(size_t sb, size_t se);
  void take_up(std::string_view sentence, size_t ordinal, std::map<std::string, size_t>& named_in,
               std::vector<TopicMatch>& ms) const;

  const Document& doc_;
  const TopicLexicon& topics_;
  Actors actors_;
  bool dates_indexed_ = false;
  std::vector<std::pair<size_t, const std::string*>> dates_;  // calendar DATE timexes by start byte
};

// The first DATE timex with a calendar value starting in [sb, se), else the dct: through
// the timexes indexed by start, so that each sentence costs log n.
std::string Layer::date_of(size_t sb, size_t se) {
  if (!dates_indexed_) {
    dates_indexed_ = true;
    if (doc_.timexes)
      for (const auto& t : *doc_.timexes)
        if (t.type == "DATE" && !t.value.empty() && std::isdigit(static_cast<unsigned char>(t.value[0])))
          dates_.emplace_back(actors_.byte(t.span.start), &t.value);
    std::stable_sort(dates_.begin(), dates_.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  }
  auto it = std::lower_bound(dates_.begin(), dates_.end(), sb, [](const auto& d, size_t b) { return d.first < b; });
  if (it != dates_.end() && it->first < se) return *it->second;
  return doc_.dct.value.value_or("");
}

// How many sentences back a definite noun phrase takes a topic up from (a quote cut at an
// ellipsis makes one sentence two).
constexpr size_t kAnaphorReach = 3;

// Adds to MS (the topic mentions of the sentence with ordinal ORDINAL) the definite noun
// phrases that take up a topic named before ("Russia suspended the CFE treaty. NATO wants to
// preserve the treaty."): the topic named last, in this sentence before the phrase or in
// the three before it, among those the phrase's noun may take up (the lexicon's anaphor
// rules). Records in NAMED_IN the topics the sentence names.
void Layer::take_up(std::string_view sentence, size_t ordinal, std::map<std::string, size_t>& named_in,
                    std::vector<TopicMatch>& ms) const {
  bool recent = !ms.empty() || std::any_of(named_in.begin(), named_in.end(), [&](const auto& n) {
    return n.second + kAnaphorReach >= ordinal;
  });
  if (recent) {
    std::vector<TopicMatch> added;
    for (const auto& a : topics_.anaphors(sentence)) {
      if (std::any_of(ms.begin(), ms.end(), [&](const TopicMatch& m) { return m.start < a.end && a.start < m.end; }))
        continue;
      const std::string* best = nullptr;
      size_t best_at = 0, best_end = 0;
      for (const auto& t : a.topics) {
        for (const auto& m : ms)
          if (m.topic == t && m.end <= a.start && (!best || best_at < ordinal || m.end > best_end)) {
            best = &t;
            best_at = ordinal;
            best_end = m.end;
          }
        auto it = named_in.find(t);
        // A noun of any topic ("the move") reaches back one sentence only.
        const size_t reach = a.any_topic ? 1 : kAnaphorReach;
        if (it != named_in.end() && it->second + reach >= ordinal && (!best || it->second > best_at)) {
          best = &t;
          best_at = it->second;
          best_end = 0;
        }
      }
      if (best) added.push_back(TopicMatch{*best, a.start, a.end, false});
    }
    ms.insert(ms.end(), added.begin(), added.end());
    std::stable_sort(ms.begin(), ms.end(), [](const TopicMatch& x, const TopicMatch& y) { return x.start < y.start; });
  }
  for (const auto& m : ms) named_in[m.topic] = ordinal;
}

std::vector<Position> Layer::run() {
  Holders holders(doc_, actors_);
  Ownership ownership(doc_, actors_);
  std::vector<Position> out;
  if (doc_.text.empty()) return out;
  std::string_view text = doc_.text;
  struct Found {
    const Span* span;
    size_t sb, se;
    std::vector<TopicMatch> ms;
  };
  std::vector<Found> found;
  std::vector<std::pair<size_t, size_t>> ranges;
  std::vector<positions_detail::PatternHits> hits;  // by range: the patterns that can match there
  std::map<std::string, size_t> named_in;  // topic -> the last sentence (ordinal) that names it
  size_t ordinal = 0;
  for (const auto& span : doc_.sentences) {
    size_t sb = actors_.byte(span.start), se = actors_.byte(span.end);
    if (se <= sb || se > text.size()) continue;
    ++ordinal;
    std::vector<TopicMatch> ms = topics_.find(text.substr(sb, se - sb));
    take_up(text.substr(sb, se - sb), ordinal, named_in, ms);
    if (ms.empty()) continue;
    ranges.emplace_back(sb, se);
    hits.push_back(positions_detail::pattern_hits(text.substr(sb, se - sb)));
    found.push_back(Found{&span, sb, se, std::move(ms)});
  }
  actors_.collect(ranges, hits);
  std::map<size_t, const Candidate*> reporters = holders.reported_speech();
  auto by_evidence = [](const Position& a, const Position& b) {
    return std::tie(a.evidence.start, a.actor, a.topic) < std::tie(b.evidence.start, b.actor, b.topic);
  };
  // Sentences in text order (the usual case) leave the positions in order of their evidence,
  // so each sentence's are sorted and told apart from each other on their own: the work and
  // memory stay those of one sentence, not of the whole document. Otherwise all at the end.
  bool in_order = true;
  for (size_t fi = 1; fi < found.size() && in_order; ++fi) in_order = found[fi - 1].span->start < found[fi].span->start;
  std::set<std::tuple<int64_t, std::string, std::string, std::string>> seen;
  for (size_t fi = 0; fi < found.size(); ++fi) {
    const auto& [sp, sb_, se, ms] = found[fi];
    const size_t first_out = out.size();
    if (in_order) seen.clear();
    const size_t sb = sb_;  // a plain local: lambdas below capture it (C++17 cannot capture a binding)
    const Span& span = *sp;
    std::string_view sentence = text.substr(sb, se - sb);
    std::vector<Cue> cues = find_cues(sentence, hits[fi].cues, hits[fi].can(positions_detail::kBareVerbs));
    std::string date = date_of(sb, se);
    auto rep = reporters.find(sb);
    const Candidate* reporter = rep == reporters.end() ? nullptr : rep->second;
    // The mentions but the i-th, in order: made once per sentence, then one element is
    // assigned per mention (into a string that has the room), not a copy of them all.
    std::vector<TopicMatch> others(ms.begin() + (ms.empty() ? 0 : 1), ms.end());
    for (size_t i = 0; i < ms.size(); ++i) {
      if (i > 0) others[i - 1] = ms[i - 1];
      auto st = stance_of(sentence, ms[i], others, cues);
      std::vector<std::pair<std::string, int>> held;
      std::optional<std::string> via;
      // The owner of a proposal or demand that names the topic holds what it names (with a
      // negation before the mention: "one state's demand that the bloc never expand again").
      auto owners = ownership.owners(sb, se, ms[i]);
      for (const Candidate* c : owners)
        for (auto& n : actors_.resolve(*c, sb + ms[i].start, date))
          held.emplace_back(std::move(n), (ms[i].denied ? -1 : 1) * (st.negated ? -1 : 1));
      // The maker of a project supports it ("the NATO missile shield"), and holds nothing else
      // the sentence says of it.
      auto makers = ownership.makers(sb, ms[i]);
      for (const Candidate* c : makers)
        for (auto& n : actors_.resolve(*c, sb + ms[i].start, date)) held.emplace_back(std::move(n), 1);
      if (st.polarity == 0) {
        if (held.empty()) continue;
        if (const Quote* q = actors_.quote_at(sb + ms[i].start)) via = q->id;
      }
      auto named = st.polarity ? ownership.cue_agents(sb, se, ms[i], st, cues) : std::vector<positions_detail::Named>{};
      bool replaces = std::any_of(named.begin(), named.end(), [](const auto& x) { return x.who == nullptr; });
      if (st.polarity == 0) {
      } else if (const Quote* q = actors_.quote_at(sb + ms[i].start)) {
        // Inside a quote the speaker holds the stance, unless a cue names who does ("the
        // refusal of our allies to sign X": the allies, and "our" speaker the other stance).
        // "... two of the allies argued that it was better to keep the old bodies": who the
        // speaker reports holds the stance.
        std::vector<const Candidate*> reported;
        for (const auto& c : cues)
          if (c.kind == CueKind::Report && c.start >= st.clause_start && c.end <= ms[i].start) {
            for (const Candidate* a : holders.agents(sb, se, ms[i], ms, st))
              if (a->end <= sb + c.start && !positions_detail::is_pronoun(*a)) reported.push_back(a);
            break;
          }
        if (!replaces && !reported.empty())
          for (const Candidate* a : reported)
            for (auto& n : actors_.resolve(*a, sb + ms[i].start, date)) held.emplace_back(std::move(n), st.polarity);
        else if (!replaces)
          for (auto& n : actors_.speaker_actors(*q, date)) held.emplace_back(std::move(n), st.polarity);
        else
          for (const auto& [c, pol, owner, described] : named)
            if (c && !described)
              for (auto& n : actors_.resolve(*c, sb + ms[i].start, date)) held.emplace_back(std::move(n), pol);
        via = q->id;
      } else {
        // Outside quotes, a demand or proposal with an owner is the owner's: the author who
        // describes it ("a columnist sums up the month, amid a rival's demands for pledges") and the
        // subject it asks something of hold nothing.
        // Not when the sentence's subject takes a stance of its own on the demand first ("the
        // military is worried by the other side's plans for a shield").
        auto cue_before = [&](size_t at) {
          return std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
            return (c.kind == CueKind::Support || c.kind == CueKind::Oppose) && c.start >= st.clause_start && c.end + sb <= at;
          });
        };
        replaces = replaces || std::any_of(owners.begin(), owners.end(), [&](const Candidate* c) { return !cue_before(c->start); }) ||
                   std::any_of(named.begin(), named.end(), [&](const auto& x) { return x.who && x.owner && !cue_before(x.who->start); });
        if (!replaces)
          for (const Candidate* c : holders.agents(sb, se, ms[i], ms, st))
            for (auto& n : actors_.resolve(*c, sb + ms[i].start, date)) held.emplace_back(std::move(n), st.polarity);
        if (!replaces && reporter)
          for (auto& n : actors_.resolve(*reporter, sb + ms[i].start, date)) held.emplace_back(std::move(n), st.polarity);
        for (const auto& [c, pol, owner, described] : named)
          if (c && !described)
            for (auto& n : actors_.resolve(*c, sb + ms[i].start, date)) held.emplace_back(std::move(n), pol);
      }
      for (const auto& [name, pol] : held) {
        std::string stance = pol > 0 ? "support" : "oppose";
        if (!seen.emplace(span.start, name, ms[i].topic, stance).second) continue;
        out.push_back(Position{name, ms[i].topic, stance, date, span, via});
      }
    }
    if (in_order) std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first_out), out.end(), by_evidence);
  }
  if (!in_order) std::stable_sort(out.begin(), out.end(), by_evidence);
  return out;
}

}  // namespace

std::vector<Position> find_positions(const Document& doc, const PositionOptions& options) {
  return Layer(doc, options).run();
}

}  // namespace dossier
