// The boilerplate module's private parts: phrase rules (rules.cc), the shape of one line
// (shape.cc), the features of a line in its page (features.cc), the linear models and
// their trainer (model.cc). The public entry points are in dossier/boilerplate.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dossier/boilerplate.h"

namespace dossier::boilerplate {

// What the phrase rules (lib/data/boilerplate/rules.tsv) say about a line: KIND when a rule
// decides it, else WEAK when one weak hint met it ("" when none did).
struct RuleHit {
  std::string kind, weak;
};
RuleHit rule_hit(const std::string& text, size_t words);

// Whether T ends like a sentence (., ?, !, an ellipsis; closing quotes skipped).
bool ends_like_sentence(std::string_view t);

// A 64-bit hash of S: features and lexicon words are keyed by it.
uint64_t hash_text(std::string_view s);
// A feature's id: its template and its value, each hashed ("w" and "3" for "w=3"). Inline:
// every line of a page gets some fifty.
inline uint64_t feature_id(uint64_t template_hash, uint64_t value_hash) {
  uint64_t h = template_hash * 0x9E3779B97F4A7C15ULL ^ (value_hash + 0x7F4A7C159E3779B9ULL + (template_hash << 6));
  return h == 0 ? 1 : h;
}
// The id of a feature written "template=value" (as in a weights file).
uint64_t feature_id(std::string_view name);

// Cheap facts about one line, found in one pass over its bytes and one over its words
// (no regular expression). Words are space-separated tokens; their letters are folded
// to ASCII lower case with leading and trailing punctuation dropped.
struct LineShape {
  uint32_t bytes = 0, words = 0, letters = 0, uppers = 0, digits = 0;
  uint16_t caps_words = 0;    // words starting with an upper-case letter
  uint16_t stop_words = 0;    // English function words
  uint16_t date_words = 0;    // months, weekdays, clock words, years, numbers
  uint16_t action_words = 0;  // share, login, subscribe, reply... (lexicon "action")
  uint16_t number_words = 0;  // tokens made of digits and separators
  // Words that name a day or a time for sure: month, weekday and clock words, a year
  // (1900-2099), digits joined by '/' or '-' ("8/1/2015"); a bare number is not one.
  uint16_t calendar_words = 0;
  uint32_t punct = 0;         // bit set of Punct
  bool terminal = false, ends_colon = false, bullet = false, clock = false;
  uint64_t first = 0, last = 0;  // hashes of the first and last word (0 when none)
  uint64_t whole = 0;            // hash of the folded words joined by spaces (up to 4 words)
  uint64_t text_hash = 0;        // hash of the whole line folded to lower case
  // Only when asked for (training writes feature names): the folded words themselves.
  std::string first_text, last_text, whole_text;
};

enum Punct : uint32_t {
  kPipe = 1, kSlash = 2, kArrow = 4, kDot = 8, kCopyright = 16, kAt = 32, kHash = 64,
  kQuestion = 128, kExclaim = 256, kQuote = 512, kParen = 1024, kCommas = 2048, kDash = 4096,
};

LineShape line_shape(const std::string& text, bool keep_words);

// A line's shape (line_shape, without the words' text) and the phrase rules' verdict on it
// (rule_hit), as page_features needs them for every block.
struct LineFacts {
  LineShape shape;
  RuleHit rule;
};
// The same as computing both; lines of up to 256 bytes met before by the thread are
// answered from a cache (line_facts.cc). The answer stays valid until the thread's next call.
const LineFacts& line_facts(const std::string& text);

// Mostly a date or a time ("March 26, 2023", "5:50 am", "2 min read"): never a title.
bool mostly_date(const LineShape& s);
// A time stamp: mostly a date or a time, and naming a day or a time for sure (a month, a
// weekday, a year, a clock), not a bare figure (layout.cc).
bool time_stamp(const LineShape& s);

// A paragraph-like line: a sentence of eight words or more with function words in it.
bool prose_line(const LineShape& s);

// The prose lines (prose_line) around each line of a page, from prefix counts (prose.cc).
class ProseWindows {
 public:
  explicit ProseWindows(const std::vector<LineShape>& shapes);
  // The prose lines among the ten after line I, bucketed 0-5; 6 (none) or 7 (some) when
  // the page ends within those ten.
  int after(size_t i) const;
  // The share of prose lines among the lines within 30 of I, in fifths 0-5.
  int around(size_t i) const;

 private:
  std::vector<size_t> prose_;  // [i]: prose lines among lines [0, i)
};

// By block, for a line opening with a number ("3. ...", "3) ..."): the list it is an item
// of (sequence.cc), items whose predecessor in the count stands within forty lines above:
// 1 the line alone, 2 two or three items, 3 more; plus 3 when every item has other lines
// between it and the next (a listing's sections, not a box of links). 0 for other lines.
// HEAD: by block, the list's first item (kNone for other lines).
struct NumberedItems {
  std::vector<uint8_t> code;
  std::vector<size_t> head;
};
NumberedItems numbered_sequences(const std::vector<Block>& blocks);

// The features of every block of a page, as ids (and "template=value" names when NAMES is
// not null, for training). Block i's features are ids[offsets[i] .. offsets[i + 1]).
struct PageFeatures {
  std::vector<uint64_t> ids;
  std::vector<size_t> offsets;
  std::vector<std::string> names;  // parallel to ids, when asked for
  std::vector<LineShape> shapes;
  std::vector<RuleHit> rules;
  size_t dense_first = 0, dense_last = 0;  // the densest run of text blocks
  std::vector<bool> table;                 // by block: a cell of a table (table_cells)
  std::vector<bool> repeated;              // by block: the page has another line with the same text
  NumberedItems numbered;                  // the items of numbered lists (numbered_sequences)
  // Kept lines, for the title features: every one before the end of the title window and
  // kBodyLines after it; listed by index_body_words. The sorted hashes of a line's words of
  // five characters or more are found the first time a candidate compares with the line
  // (body_line_words): most of the listed lines are never compared with, and those are
  // paragraphs whose words were most of the title features' cost.
  struct BodyLine {
    size_t line = 0;
    mutable bool indexed = false;
    mutable std::vector<uint64_t> words;
  };
  std::vector<BodyLine> body_words;
  // By block: whether the line says something about the story (story_fact in layout.cc),
  // -1 until asked; the title features of neighbouring candidates ask about the same lines.
  mutable std::vector<int8_t> story_facts;
};
constexpr size_t kBodyLines = 8;
// Title candidates stand before the densest run's first block plus this many.
constexpr size_t kTitleWindow = 12;
void index_body_words(const std::vector<Block>& blocks, const std::vector<double>& scores, PageFeatures& page);
// The sorted long-word hashes of PAGE.body_words[K], found on first use.
const std::vector<uint64_t>& body_line_words(const std::vector<Block>& blocks, const PageFeatures& page, size_t k);
PageFeatures page_features(const std::vector<Block>& blocks, bool with_names);
// Blocks inside a table: a run of at least six short blocks, a third of them or more bare
// figures, or a stretch of a longer run with a figure at least every third line (prose.cc).
std::vector<bool> table_cells(const std::vector<LineShape>& shapes);

// Whether block I has a copy near it, within three blocks: 1 when a block there has the
// same text (a headline shown twice, as a page's mobile and desktop headers do), 2 when one
// of the three blocks before it ends with its letters and digits (a breadcrumb whose last
// part is the headline, its links run together), else 0.
int near_copy(const std::vector<Block>& blocks, const PageFeatures& page, size_t i);

// How far below block I, within four blocks, the first line about the story stands: a
// time stamp ("Updated March 3, 2025", "5 min read") or a byline ("By Jane Doe", "Written
// by ..."), as under a headline; 0 when none does.
int story_facts_below(const std::vector<Block>& blocks, const PageFeatures& page, size_t i);

// How far above block I, within six blocks, the nearest such line about the story stands
// (1, 2, 3, or 4 for four to six blocks up); 0 when none does: a line under the story's
// byline or time stamp is its subtitle or a section heading, not its headline.
int story_facts_above(const std::vector<Block>& blocks, const PageFeatures& page, size_t i);

// A line shaped like a headline: three to thirty words, no full stop at its end (a question
// is fine), not mostly a date, no phrase rule against it.
bool headline_shaped(const PageFeatures& page, size_t j);

// What the title features found of a candidate that the candidates are then compared by
// (candidate_features): how many of its longer words come back in the kept lines after it,
// and how often they do.
struct CandidateStats {
  size_t echoed = 0, hits = 0;
};

// Features of block I as a title candidate, given the content scores of every block; with
// STATS, what the candidates are compared by.
void title_features(const std::vector<Block>& blocks, const PageFeatures& page, const std::vector<double>& scores,
                    size_t i, size_t rank, std::vector<uint64_t>& ids, std::vector<std::string>* names,
                    CandidateStats* stats = nullptr);

// The features of every candidate of a page (CANDIDATES, title_candidates in page order):
// each one's own (title_features) and how it compares with the others (title_rank.cc).
// Names go to NAMES, parallel to the ids, when it is not null.
std::vector<std::vector<uint64_t>> candidate_features(const std::vector<Block>& blocks, const PageFeatures& page,
                                                      const std::vector<double>& scores,
                                                      const std::vector<size_t>& candidates,
                                                      std::vector<std::vector<std::string>>* names);

// Given C, the ranking's choice among RANKED (candidates with their scores), with no byline
// or date near it: the best scored headline-shaped candidate of four words or more within
// fifty lines of C with a byline or date one to three lines under it, scoring at most six
// below C; nullopt when C has such facts near it or no candidate qualifies (title_rank.cc).
std::optional<size_t> headline_with_facts(const std::vector<Block>& blocks, const PageFeatures& page,
                                          const std::vector<std::pair<size_t, double>>& ranked, size_t c);

class LinearModel;

constexpr size_t kNone = static_cast<size_t>(-1);
// What the second pass (stack.cc) knows of the first pass's scores on a page.
struct StackContext {
  const std::vector<double>* first = nullptr;  // the first pass's score of every block
  size_t run_first = 0, run_last = 0;           // the run of kept blocks with the most words
  std::vector<size_t> kept_before;              // [i]: blocks before i the first pass keeps
  // [i]: for a block the first pass keeps, the first and last block of the run of kept
  // blocks it is in.
  std::vector<size_t> kept_start, kept_end;
  // [i]: the nearest kept prose line (prose_line) before i and after i, kNone when none.
  std::vector<size_t> prose_prev, prose_next;
  std::vector<bool> repeated;  // [i]: the page has another line with the same text
  // [i]: the first and last line of the run of lines around i of its length class (up to
  // three words, four to nine, ten or more): a menu, a list or a block of paragraphs.
  std::vector<size_t> run_start, run_end;
  // By a numbered list's first item: its items, and how many of them the first pass keeps.
  std::vector<uint32_t> items, items_kept;
  // [i]: for a short line, the sentence ending in a colon that opens the run of short lines
  // it is in ("Three things to pack:"), kNone when none does within twelve lines.
  std::vector<size_t> intro;
};
// Pages shorter than this many blocks are scored by the first pass alone.
constexpr size_t kStackMinBlocks = 40;
StackContext stack_context(const PageFeatures& page, const std::vector<double>& first);
// The nearest line before and after each line that is prose and kept by the first pass
// (score FIRST above 0), kNone when none (prose.cc).
void nearest_kept_prose(const std::vector<LineShape>& shapes, const std::vector<double>& first,
                        std::vector<size_t>& prev, std::vector<size_t>& next);
// The features of block I that come from the first pass's scores around it, appended to IDS
// (and "template=value" names to NAMES when not null).
void stack_features(const PageFeatures& page, const StackContext& ctx, size_t i, std::vector<uint64_t>& ids,
                    std::vector<std::string>* names);
// The second-pass score of every block: MODEL over the block's own features and its
// stack features (above 0: article content).
std::vector<double> stacked_scores(const PageFeatures& page, const std::vector<double>& first, const LinearModel& model);
// The same when OWN already holds MODEL's score of each block's own features. A block whose
// SETTLED entry is true (when SETTLED is given) keeps its OWN score: its kind is decided
// without the second pass, and its stack features are not computed.
std::vector<double> stacked_scores(const PageFeatures& page, const std::vector<double>& first,
                                   const std::vector<double>& own, const LinearModel& model,
                                   const std::vector<bool>* settled = nullptr);

// The second pass run in rounds: the first round reads the first pass's verdicts (FIRST),
// each later one the verdicts of the round before (FIRST still on the lines SETTLED by a
// rule, which keep their OWN score); a line the round before scored kSureMargin or more
// away from 0 keeps that score and is not scored again. kStackRounds rounds as ingest runs
// them (stack.cc says why).
constexpr int kStackRounds = 2;
constexpr double kSureMargin = 8.0;
std::vector<double> second_pass_scores(const PageFeatures& page, const std::vector<double>& first,
                                       const std::vector<double>& own, const LinearModel& model,
                                       const std::vector<bool>& settled, int rounds = kStackRounds);

// The blocks that may be the title: the first ones up to a little past the start of the
// densest run, with words, no phrase rule against them, not a byline and not mostly a date
// or time.
std::vector<size_t> title_candidates(const std::vector<Block>& blocks, const PageFeatures& page);
// The content model's score of every block (above 0: article content).
std::vector<double> content_scores(const PageFeatures& page, const LinearModel& model);
// The candidate the title model ranks first, or nullopt when there is none; with KINDS,
// candidates whose kind is set (other than "?") are passed over.
std::optional<size_t> choose_title(const std::vector<Block>& blocks, const PageFeatures& page,
                                   const std::vector<double>& scores, const LinearModel& model,
                                   const std::vector<std::string>* kinds = nullptr);
// The same among CANDIDATES, title_candidates(BLOCKS, PAGE) found beforehand.
std::optional<size_t> choose_title(const std::vector<Block>& blocks, const PageFeatures& page,
                                   const std::vector<size_t>& candidates, const std::vector<double>& scores,
                                   const LinearModel& model, const std::vector<std::string>* kinds);

// Marks as "comment" the readers' comments under the story (comments.cc): the lines from
// a comments heading after the story's paragraphs, or from the first of a run of comment
// stamps ("Name says:", "Reply"), to the page's end, where KIND is empty or "?".
void mark_comments(const std::vector<Block>& blocks, const PageFeatures& page, std::vector<std::string>& kind);

// The layout of a page under the given models: BOTH the content model and its second pass
// over one table (as LinearModel(content, stack) makes it), STACK the second pass alone,
// TITLE the title ranking. dossier::analyze_layout is this with the shipped models; the
// trainer measures models it has just learned with it on pages they did not see.
Layout analyze_layout(const std::vector<Block>& blocks, const LinearModel& both, const LinearModel& stack,
                      const LinearModel& title);

// A linear model: a weight per feature id, read from a "template=value<TAB>weight" file.
class LinearModel {
 public:
  LinearModel() = default;
  // Parses TEXT (lines "name<TAB>weight", '#' comments); throws Error naming SOURCE.
  LinearModel(std::string_view text, const std::string& source);
  // The model shipped under lib/data/boilerplate/NAME.weights.
  static const LinearModel& shipped(const std::string& name);

  double score(const uint64_t* ids, size_t n) const;
  size_t size() const { return count_; }

  // Two models over one table, so that a feature is looked up once for both: the page's
  // features are scored by the content model and its second pass alike.
  LinearModel(const LinearModel& a, const LinearModel& b);
  // The scores of the two models this one was made of (the second is 0 for a plain model).
  std::pair<double, double> score_both(const uint64_t* ids, size_t n) const;

 private:
  struct Slot {
    uint64_t key = 0;
    float weight = 0, weight2 = 0;
  };
  void put(uint64_t key, float w, float w2);
  std::vector<Slot> slots_;  // open addressing, a power of two long; key 0 = empty
  size_t count_ = 0;
};

// The averaged perceptron (Collins 2002): weights move by +-1 on each mistake and the
// model kept is their average over every step, which generalises like a vote.
class PerceptronTrainer {
 public:
  double score(const std::vector<uint64_t>& ids, size_t from, size_t to) const;
  // One example: updates when the score's sign disagrees with GOOD (margin 0).
  void learn(const std::vector<uint64_t>& ids, size_t from, size_t to, bool good);
  // A ranking step: moves weights toward the gold candidate's features and away from the
  // predicted one's, when they differ.
  void prefer(const std::vector<uint64_t>& gold, const std::vector<uint64_t>& predicted);
  void tick() { ++step_; }
  void name(uint64_t id, const std::string& n) { names_.emplace(id, n); }
  // Takes OTHER's names of features (weights_text writes only named features).
  void name_as(const PerceptronTrainer& other) { names_ = other.names_; }
  // Adds DELTA to the averaged weight of the feature named NAME when it is written.
  void offset(const std::string& name, double delta) { offsets_[name] += delta; }
  // The averaged weights as "name<TAB>weight" lines sorted by name, weights of magnitude
  // under MIN dropped: the same examples in the same order give the same bytes.
  std::string weights_text(const std::string& header, double min) const;
  // The averaged weights (offsets added) by feature name, those of magnitude under MIN
  // dropped; only named features are kept.
  std::map<std::string, double> averaged(double min) const;

 private:
  struct Weight {
    double w = 0, total = 0;
    uint64_t since = 0;
  };
  void update(uint64_t id, double delta);
  std::unordered_map<uint64_t, Weight> weights_;
  std::unordered_map<uint64_t, std::string> names_;
  std::map<std::string, double> offsets_;
  uint64_t step_ = 1;
};

// HEADER, then WEIGHTS as "name<TAB>weight" lines sorted by name with four decimals;
// weights that round to zero are left out.
std::string format_weights(const std::string& header, const std::map<std::string, double>& weights);

// The score at or under which a line is best removed: of the cut-offs -4, -3.9, ... 4, the
// one where the F1 of removed lines against the lines not GOOD is highest (the one nearest
// 0 among equals). SCORES and GOOD are parallel; 0 when they are empty.
double best_cutoff(const std::vector<double>& scores, const std::vector<bool>& good);

}  // namespace dossier::boilerplate
