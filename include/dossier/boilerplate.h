// Page layout of a scraped text: which blocks (paragraphs) are article content, which is
// the title, and which are web chrome (boilerplate) of what kind. A linear model learned
// from labelled pages (lib/boilerplate/, weights in lib/data/boilerplate/*.weights) scores
// each line from its shape, its neighbours and its place in the page; phrase rules kept
// as data (lib/data/boilerplate/rules.tsv) mark chrome that a rule names more clearly, and
// a second learned model ranks the title among the lines above the article body.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dossier/normalize.h"

namespace dossier {

struct Block {
  std::string text;        // normalized text of the paragraph
  int64_t first_line = 0;  // 1-based raw line numbers
  int64_t last_line = 0;
};

// Groups normalized lines into blocks: a blank line ends a block, and a run of similar long
// lines (hard-wrapped text) is one block. The line texts are moved out of LINES.
std::vector<Block> make_blocks(std::vector<Line>& lines);

struct Layout {
  std::optional<size_t> title;     // index of the title block, if there is one
  std::vector<std::string> kinds;  // per block: "" for content, else the boilerplate kind
};

// Kinds: navigation, appeal, promo, caption, credit, timestamp, share, comment, teaser, other.
Layout analyze_layout(const std::vector<Block>& blocks);

// Nothing is silently emptied: a layout that calls every block chrome is made to keep them
// all. Returns whether it did (ingest then warns "no article content found").
bool keep_whole_if_all_chrome(Layout& layout);

// The title a headline line gives: the last part of a breadcrumb ("Home / News / Ministers
// Meet on Security Pact", "Blog/Guides/How to Plant Basil" give the last part; ">", "\u203A"
// and "\u00BB" separate parts too), else LINE itself. A breadcrumb's parts before the last are
// short labels (at most four words, one word when there are only two parts and then with a
// space at the separator), and its last part is a headline: at least three words, more than
// any label, starting with a capital or a digit. "TCP/IP and HTTP/2 explained" stays whole.
std::string title_of_line(const std::string& line);

// Words of a block (space-separated tokens) and the share of them that are stop words.
size_t word_count(const std::string& text);
double stopword_share(const std::string& text);

// The kind of boilerplate a phrase rule gives LINE on its own (without neighbours),
// or "" when no rule claims it.
std::string rule_kind(const std::string& line);

// A credit/byline line such as "(AP, MT)" or "By John Smith".
bool is_credit_line(const std::string& text);

// A short line that is mostly a date or a time ("3 June 2031, 08:40 PM", "Posted Jun 3, 2031").
bool is_time_stamp(const std::string& text);

// The weights of the content model, its second pass (stack) and the title model ("name<TAB>weight" lines), learned from
// the labelled pages in DIR: manifest.jsonl ("path" of each page) and meta.jsonl ("doc",
// the page's file stem; "title"; "boilerplate", the texts of its non-content lines).
// Deterministic: the same pages give the same bytes. Throws Error on unreadable input.
struct BoilerplateWeights {
  std::string content, stack, title;
};
// EPOCHS passes over the pages train the content model and its second pass, TITLE_EPOCHS
// the title ranking (which learns from one example a page and overfits sooner).
BoilerplateWeights train_boilerplate(const std::string& dir, int epochs, int title_epochs);

// The models' figures on pages they did not learn from: the labelled pages in DIR (sorted by
// path) fall into FOLDS folds, page k into fold k % FOLDS; models learned as
// train_boilerplate learns them from all folds but one lay out the pages of that one as
// ingest does, and their boilerplate lines and titles are compared with the labels as the
// development scorer compares them (texts normalised; a page's line texts form a set).
struct BoilerplatePageScore {
  std::string doc;
  size_t right = 0, wrong = 0, missed = 0;  // boilerplate texts found, found wrongly, missed
  bool title_right = false;
  std::string title, gold_title;  // normalised
  // The texts (normalised) removed that are article content, and the boilerplate kept.
  std::vector<std::string> wrong_texts, missed_texts;
};
struct BoilerplateFolds {
  std::vector<BoilerplatePageScore> pages;  // in the order of their paths
  double precision = 0, recall = 0, f1 = 0, title_accuracy = 0;
};
BoilerplateFolds cross_validate_boilerplate(const std::string& dir, int folds, int epochs, int title_epochs);

}  // namespace dossier
