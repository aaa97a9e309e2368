// Quotations and reported speech with their speakers: the quotes layer of the record
// contract. A scanner pairs quote marks (straight and curly, single and double, « »,
// „ “, nesting, multi-paragraph continuation); a classifier separates speech from scare
// quotes and titles; attribution finds the speaker through cue verbs, appositions,
// pronouns, role nouns and transcript turn labels (lib/data/quotes/). Offsets are code
// points into Document::text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "dossier/utf8.h"

namespace dossier {

// One pair of matching quote marks found by scan_quotes.
struct ScannedQuote {
  Span inner;               // the words inside the marks
  Span outer;               // inner plus the marks (for an unbalanced quote: to the paragraph end)
  int depth = 0;            // 0 for an outermost quote, 1 inside another quote, ...
  bool unbalanced = false;  // no closing mark: the quote was ended at its paragraph's end
  std::vector<Span> reopen; // marks that reopen a quote continued into the next paragraph
};

// Pairs the quote marks of TEXT paragraph by paragraph (PARAGRAPHS in code points; the
// whole text is one paragraph when empty). Apostrophes ("don't", "Russia's", "the
// ministers' meeting") are not marks. An opening double mark without a partner ends its
// quote at the paragraph end and appends an "unbalanced-quote" warning (code-point offset
// of the mark in `at`); a quote whose next paragraph reopens with the same mark continues
// there. A stray closing mark is ignored with the same warning. Sorted by inner.start.
std::vector<ScannedQuote> scan_quotes(std::string_view text, const std::vector<Span>& paragraphs,
                                      std::vector<Warning>* warnings = nullptr);
// The same with the caller's offset map of TEXT (it has one already).
std::vector<ScannedQuote> scan_quotes(std::string_view text, const utf8::OffsetMap& map,
                                      const std::vector<Span>& paragraphs, std::vector<Warning>* warnings);

struct QuoteOptions {
  // Also report reported speech outside quote marks ("X said that ...", "according to
  // X, ...") as kind "indirect". Off by default: the hand annotation counts quotations.
  bool indirect = false;
};

// The quotes layer of DOC given its ENTITIES (ids q1.. in text order; each quote's
// speaker links to ENTITIES when it is one of them). Unbalanced marks add warnings to
// WARNINGS when given. Empty for a text without quotations.
std::vector<Quote> find_quotes(const Document& doc, const std::vector<Entity>& entities,
                               const QuoteOptions& options = {}, std::vector<Warning>* warnings = nullptr);

// Adds (or replaces) DOC's quotes layer, using DOC's entities layer when it has one and
// the entity recognizer otherwise; warnings go to doc.warnings.
void annotate_quotes(Document& doc, const QuoteOptions& options = {});

// One flat record per quote of DOC, for --emit quotes.
std::vector<QuoteRow> quote_rows(const Document& doc);

}  // namespace dossier
