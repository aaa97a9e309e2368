// Positions of actors on topics: who supports or opposes what, when, on what evidence.
// A topic lexicon (frames of lemma groups, terms and patterns per topic id,
// lib/data/positions/topics.tsv) finds what a sentence is about; stance cues (lib/data/positions/cues.tsv: support and oppose
// verbs, negations, contrast markers) decide the stance; the entities and quotes layers
// decide who holds it. Offsets are code points into Document::text.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"

namespace dossier {

// One mention of a topic in a piece of text: [start, end) byte offsets into that text.
struct TopicMatch {
  std::string topic;
  size_t start = 0;
  size_t end = 0;
  bool denied = false;  // the mention names the topic's denial ("only hard security")
};

class TopicLexicon {
 public:
  TopicLexicon();
  ~TopicLexicon();
  TopicLexicon(const TopicLexicon&);
  TopicLexicon& operator=(const TopicLexicon&);

  // The embedded European-security lexicon (lib/data/positions/topics.tsv), built once.
  static const TopicLexicon& builtin();
  // Parses lexicon lines "TOPIC<TAB>frame|term|pattern|anaphor<TAB>EXPRESSION[<TAB>+|-]";
  // '#' lines and blank lines are skipped. A frame is "{a, b} [c] !{d} ~N": groups of words
  // (one or two words an alternative) compared by lemma, that must meet within N words and a
  // clause (see lib/positions/frames.h). An anaphor is "noun, noun": a definite "the NOUN"
  // may take the topic up from a sentence before (see anaphors()). Throws dossier::Error (with FILE and line) on a malformed
  // line, a malformed frame or a pattern RE2 rejects.
  static TopicLexicon parse(std::string_view text, const std::string& file = {});
  // Reads a lexicon file; throws dossier::Error when it cannot be read or parsed.
  static TopicLexicon load(const std::string& path);

  // Adds the rules of OTHER (topics both know get the rules of both).
  void extend(const TopicLexicon& other);
  // Topic ids in the order they first appear.
  std::vector<std::string> topics() const;
  bool empty() const;

  // Topic mentions in TEXT, sorted by start; overlapping mentions of one topic are merged
  // into the first, and a mention lying inside a longer mention of another topic is dropped.
  // Empty when nothing matches.
  std::vector<TopicMatch> find(std::string_view text) const;

  // A definite noun phrase that may take up a topic named before ("the treaty", "this
  // shield", "the accession"): [start, end) bytes into the text, and the topics whose
  // anaphor rules list the noun (or its plural in s), in lexicon order.
  struct Anaphor {
    size_t start = 0, end = 0;
    std::vector<std::string> topics;
    bool any_topic = false;  // a noun of a rule of the topic * ("the move"): any topic, the last named
  };
  // The anaphors of TEXT, sorted by start; empty when the lexicon has no anaphor rule.
  std::vector<Anaphor> anaphors(std::string_view text) const;

 private:
  struct Rule;
  struct Index;
  void index();
  std::vector<size_t> candidates(std::string_view text) const;
  std::vector<std::shared_ptr<const Rule>> rules_;
  std::shared_ptr<const Index> index_;
};

// The stance a sentence takes toward the topic mention [start, end) (byte offsets into
// SENTENCE), from the cues around it: "support", "oppose", or nullopt when no cue bears on
// it. OTHERS are the sentence's other topic mentions (they bound the reach of a cue).
std::optional<std::string> stance_toward(std::string_view sentence, const TopicMatch& mention,
                                         const std::vector<TopicMatch>& others = {});

// How names become actors. stands_for maps a metonym to the actor ("Moscow" -> "Russia";
// the name itself when it is not one); speaks_for gives the states and organisations a
// person speaks for on a date (YYYY-MM-DD prefix, "" = any), by office. The default uses
// the built-in gazetteer when the library has one.
struct ActorResolver {
  std::function<std::string(const Entity&)> stands_for;
  std::function<std::vector<std::string>(const std::string& name, const std::string& date)> speaks_for;
  static const ActorResolver& builtin();
};

struct PositionOptions {
  const TopicLexicon* topics = nullptr;    // nullptr = TopicLexicon::builtin()
  const ActorResolver* actors = nullptr;   // nullptr = ActorResolver::builtin()
};

// The positions layer of DOC: one Position per (actor, topic, stance, sentence), in text
// order (then actor, topic). Uses doc.entities, doc.quotes and doc.timexes when present
// (entities are found with the library's extractor when the layer is absent); the date is
// the sentence's first DATE timex, else the dct, else "". Empty when nothing is found.
std::vector<Position> find_positions(const Document& doc, const PositionOptions& options = {});

// --- the diff ---------------------------------------------------------------------------

// One side of a diff: a conjunction of actor=, since=, until=, doc= (each optional).
// Dates compare by TIMEX3 prefix: until=2010 keeps 2010-12-31, since=2020 keeps 2020-01.
struct Selection {
  std::optional<std::string> actor, since, until, doc;
  std::string text;  // as given
  bool matches(const Position& p, const std::string& doc_id) const;
};

// Parses "actor=Russia,until=2010"; throws dossier::Error naming the bad item.
Selection parse_selection(std::string_view spec);

// Collects positions of many documents into per-(actor, topic) sides. Memory grows with
// the number of distinct positions kept, not with the documents read.
class PositionDiffer {
 public:
  PositionDiffer(Selection left, Selection right, size_t max_evidence = 3);
  // Adds the positions of one document (evidence text is cut from DOC.text).
  void add(const Document& doc, const std::vector<Position>& positions);
  // One record per (actor, topic) seen on either side, sorted by actor then topic. When
  // both selections name different actors, records are per topic with actor "LEFT vs RIGHT".
  // The stance of a side is its majority stance (ties: the latest). added = right only,
  // removed = left only, flipped = stances differ, same = stances agree.
  std::vector<PositionDiff> diffs() const;

 private:
  struct Side {
    int support = 0, oppose = 0;
    std::string latest_date, latest_stance;
    std::vector<std::string> dates;
    std::vector<Evidence> evidence;
  };
  void add_to(Side& side, const Position& p, const std::string& doc_id, const std::string& text);
  Selection left_, right_;
  size_t max_evidence_;
  bool by_topic_;
  std::map<std::pair<std::string, std::string>, std::pair<std::optional<Side>, std::optional<Side>>> cells_;
};

// The diff as text that reads like a unified diff: a "--- left" / "+++ right" header, then
// "+" added, "-" removed, "~" flipped, " " same, each with actor, topic, stances and one
// quoted line of evidence.
std::string diff_text(const std::vector<PositionDiff>& diffs, const Selection& left, const Selection& right);

// The diff as one SVG picture: actors down, topics across, each cell split into the left
// and right stance (green support, red oppose, grey none).
std::string diff_svg(const std::vector<PositionDiff>& diffs, const Selection& left, const Selection& right);

}  // namespace dossier
