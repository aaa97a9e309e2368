// Page layout of a scraped text: which blocks (paragraphs) are article content, which is
// the title, and which are web chrome (boilerplate) of what kind. Uses jusText's idea on
// plain text: line features (length, stop-word share, closing punctuation) classify the
// clear cases, phrase rules kept as data (lib/data/boilerplate/rules.tsv) mark known
// chrome, and undecided short lines take the class of their neighbours.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dossier {

struct Block {
  std::string text;        // normalized text of the paragraph
  int64_t first_line = 0;  // 1-based raw line numbers
  int64_t last_line = 0;
};

struct Layout {
  std::optional<size_t> title;     // index of the title block, if there is one
  std::vector<std::string> kinds;  // per block: "" for content, else the boilerplate kind
};

Layout analyze_layout(const std::vector<Block>& blocks);

// Words of a block (space-separated tokens) and the share of them that are stop words.
size_t word_count(const std::string& text);
double stopword_share(const std::string& text);

// The kind of boilerplate a phrase rule gives LINE on its own (without neighbours),
// or "" when no rule claims it.
std::string rule_kind(const std::string& line);

// A credit/byline line such as "(AP, MT)" or "By John Smith": metadata, kept as content.
bool is_credit_line(const std::string& text);

}  // namespace dossier
