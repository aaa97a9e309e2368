// Labelled pages for training and measuring the boilerplate models (the format of the
// development sets: a manifest of page paths and a meta.jsonl with each page's title and
// boilerplate lines), read by train.cc and folds.cc.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "internal.h"

namespace dossier::boilerplate {

// Lower case, curly apostrophes as ', a leading "the " dropped, and every run of
// characters other than letters, digits, '_' and ' as one space (as the scorer's norm()
// does).
std::string norm(const std::string& s);

struct Page {
  std::string doc;  // the page's file stem, its "doc" in meta.jsonl
  std::vector<Block> blocks;
  std::vector<bool> good;
  std::optional<std::string> title;  // normalised
  std::vector<std::string> boilerplate;  // the gold boilerplate texts, normalised
  PageFeatures features;
};

// The pages of DIR (manifest.jsonl, meta.jsonl) in the order of their sorted paths; a page
// is boilerplate line by line where its text, normalised, is one of the page's boilerplate
// texts.
std::vector<Page> load_pages(const std::string& dir);

// Every page's features (PageFeatures), and a trainer that knows their names: the names
// are dropped from the pages, which keeps their memory down.
PerceptronTrainer feature_names(std::vector<Page>& pages);

// The three models learned from PAGES (their features computed, KNOWN from
// feature_names): EPOCHS passes for the content model and its second pass, TITLE_EPOCHS for
// the title ranking. The same pages in the same order give the same bytes.
BoilerplateWeights train_pages(std::vector<Page>& pages, const PerceptronTrainer& known, int epochs, int title_epochs);

}  // namespace dossier::boilerplate
