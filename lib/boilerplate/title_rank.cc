// The title candidates compared with one another. A line's own features say whether it
// looks like a headline; a page often has several that do (the headline, teasers of other
// stories, a table of contents' entries, the next section's heading), and what tells the
// headline from them is how it stands among them: its words come back in the text below it
// more than the others' do, it is among the longest of them, the content model keeps it
// more surely than them.
//
// Tried and dropped (held-out folds of the training pages, titles 0.855 / 0.830 / 0.845 at
// 5 / 4 / 8 folds before; lines did not move): a byline or date within three lines below
// in the shapes the story facts leave out (a byline of any length, one after the date on
// its line, a day in figures such as "06.18.2025"), 0.855 / 0.825 / 0.840; the headline's
// place by length among the title-cased candidates above the densest run, 0.860 / 0.840 /
// 0.840; the largest share of a candidate's longer words that another candidate repeats
// (a teaser and the lede), 0.860 / 0.835 / 0.840; a site's name after a bar or a dash at
// the end, 0.840 at 5; the number of short lines down to the first kept paragraph, 0.840
// at 5; the first two together 0.865 / 0.840 / 0.840, but the development pages' titles
// then went from 0.850 to 0.830 and the training pages' own from 0.945 to 0.930. Every
// variant moved two or three pages either way, the same few pages whatever the feature
// (a menu entry or a teaser scoring close to the headline): noise of the ranking, not a
// kind of error fixed. Of the titles wrong at 5 folds (29 of 200), about a third are out
// of reach of any ranking (the gold title is not a line of the page, or stands past the
// candidates' window because the densest run starts above it), a third are a line above
// the headline taken (a menu entry, a teaser, a breadcrumb, the site's name) and a third
// a line below it (a subtitle, a section heading, an author's box, a photo credit).
//
// The candidates' window, measured on the training pages: 192 of 200 have their gold title
// among the candidates. Of the eight others, three titles are no line of the page (a
// document title the text never shows; none would match by trimming a site's name after a
// bar or a dash, as our title is the page's line and the gold one is longer), one is a
// category link under the headline the scorer's gold names, and four stand past the window
// (16 to 90 lines under the densest run's start, which opened in a menu whose entries each
// carry a sentence, or in a run of teasers): three of those with a byline or a time stamp
// right beside them. Taking past the window, as far as the densest run's end, the
// headline-shaped lines with a byline or time stamp one or two lines under them or right
// above them (at most four on a page: more are a list of dated stories), with a feature
// marking them, reached one of the four in every fold count and lost one or two pages
// elsewhere to a section heading or a teaser it let in: 0.865 / 0.830 / 0.840 against
// 0.855 / 0.835 / 0.845 at 5 / 4 / 8 folds; not kept. With every such line (228 over the
// pages, three of them gold) it was 0.855 at 5.
//
// Menus of described entries, counted on the titles wrong at 5 folds (29 of 200): one
// headline stands under such a menu (short entries each followed by a sentence saying what
// it leads to, the densest run opening in the descriptions), past the window; two more
// stand under a near kind the same test cannot see (each entry run together with its
// description on one line; entries each followed by a date). Of the others, seven are
// another line above the headline (a menu without descriptions, teasers, the site's name,
// a shorter copy of the headline, a box promoting another piece), eleven a line below it
// (a subtitle, a list's or a table of contents' entry, a breadcrumb's last part, an
// author's box, a photo credit, a link), seven no line of the page and one a category link.
// Found as a run of at least three entries (one to ten words, no full stop) each with a
// sentence of six to 35 words under it and no byline or time stamp right under them (else
// a headline over its lede is taken for an entry), numbered items left out (a listing's
// sections), 56 of the 200 pages have one; on one the densest run opens in it. Tried and
// dropped: the window ending twelve lines past the article's start under such a menu (the
// first of two prose lines within eight lines of each other after it), 0.850 / 0.845 /
// 0.840 at 5 / 4 / 8 folds against 0.855 / 0.835 / 0.845, four pages moved, none under a
// menu (the headline reached, the ranking still took the menu's heading); the window also
// starting under the menu, 0.855 / 0.835 / 0.845, the headline then losing to the section's
// label above it; with features of the candidate's place (an entry of a menu, another of
// its lines, under it; its distance to the article's start) on every page 0.845 at 5, on
// the pages with a menu over the article alone 0.850 (one training page has them: nothing
// to learn held out); an entry's mark alone on every candidate, 0.855, no page moved.
//
// Also tried and dropped: the ranking learned as a softmax over each page's candidates
// (gradient descent with an L2 penalty) instead of the mean of perceptron rankings, 0.845 /
// 0.835 / 0.830 at 5 folds with penalties 0.01 / 0.001 / 0.05 against 0.855; against 0.865 /
// 0.840 / 0.850 at 5 / 4 / 8 folds, past the window the first headline a breadcrumb right
// above names as its last part, 0.870 / 0.825 / 0.855 (the page aimed at still lost, three
// others moved); and against 0.870 / 0.845 / 0.850,
// no candidate under a byline's cue alone on its line ("By", "Written by:"; never a gold
// title), 0.865 / 0.830 / 0.850: fewer wrong candidates to learn from.
//
// Against 0.880 / 0.855 / 0.850 at 5 / 4 / 8 folds, also dropped: which of the candidates
// with a byline or time stamp under them a candidate is, with how many have one, 0.870 at 5;
// whether the same facts stand at the same distance under another candidate within eight
// lines (a list of dated stories), 0.870 at 5; how the candidate next to it within three
// lines compares (more or fewer capitalised words for its length, longer or not: a
// headline over its subtitle), 0.870 at 5, six pages moved; and, after the ranking, a
// candidate within twelve lines whose letters and digits go on from the choice's taken in
// its place (a title split over two lines shown whole further down), 0.885 / 0.855 /
// 0.850, but the development pages' titles went from 0.850 to 0.840: the longer form is as
// often the headline with its subtitle after a colon.
// The 24 titles then wrong at 5 folds: three no line of the page and one a category link
// the gold names (out of reach); four past the candidates' window (the densest run opening
// in a menu of described entries or a list of teasers); six a line above the headline (a
// teaser or a list of dated stories, a menu entry run together with its description); nine
// a line below it (a subtitle, a table of contents' or a summary box's entry, an author's
// box, a breadcrumb run together, a teaser under "Most popular"); one the title split over
// two lines. None was a site's name kept or cut, a casing or a separator.
// Those figures were with a rule of analyze_layout since withdrawn: a text where no phrase
// rule fires was not taken as already extracted when the ranking's choice had a byline or
// time stamp under it and the first line none (a site's name over its menu). It gained a
// page at each fold count (0.875 / 0.850 / 0.845 before) and none on the development pages,
// and it took a clean biography's infobox line for its title and removed ten of its lines:
// clean text must come out whole.
// The story facts then took more shapes (a day in figures with dots, "By" alone over the
// name, a byline by address, "Posted by" after a label, "by" after a day in figures): 0.890
// / 0.870 / 0.860 at 5 / 4 / 8 folds against 0.885 / 0.860 / 0.855 (kept; a "by" after a
// capitalised word with any date on the line took "Gifts of 2025, Tested by Editors" and
// lost a page). Against that, dropped: the name under a bare "By" counted as a fact too,
// 0.890 / 0.865 / 0.860; past the window, a headline-shaped line with a byline or date one
// or two lines under it within eight lines above the first prose line that has a byline or
// date within six lines above it (the article's first paragraph), 0.885 at 5 folds (one
// headline reached but not chosen, two pages lost to the added candidates); and the page
// repeating a candidate as "Headline | Site" elsewhere is no evidence here: 2 of the 197
// gold titles that are a line of the page are repeated so, against 115 of 8,163 other
// headline-shaped lines. Nor did what first follows a candidate past the story's facts and
// short lines help (the prose at one to six lines, another headline-shaped line, something
// else): 0.870 at 5 folds, four pages lost to subtitles and teasers over prose of their own.
//
// Against 0.900 / 0.860 / 0.860 at 5 / 4 / 8 folds (with a line ending in a colon no
// candidate), the 20 titles wrong at 5 folds: three no line of the page and one a category
// link the gold names (out of reach); the site's name taken by the rule for extracted text
// (the ranking's own choice was the headline); four past the window (menus of described
// entries, one run together into lines, a list of phones and teasers: the densest run opens
// 16 to 90 lines above the headline); three a line above the headline (a menu entry run
// together with its description, a box promoting a report with its own byline, a list of
// dated stories) and eight a line below it (a subtitle twice, a key takeaway, two table of
// contents' entries, a teaser under "Most popular", an author's box, a link under the
// byline). 74 gold headlines have no story fact the rules see within four lines under
// them; under 14 of those stands a byline or stamp in a shape the rules leave out: the day
// after the name ("By Jane DoePublished: May 2, 2025", "By Jane Doe Last Updated: ...", "By
// Dr. Jane Doe - Mar 27, 2025"), the day before the cue ("October 11, 2025 by Jane Doe"), a
// byline cue in a line past twelve words; under a few more a name alone over its role
// ("Jane Doe" / "Content Editor"), which no rule here reads as a byline. Tried and dropped:
// a line opening with "By" before a capital with two calendar words on it, or with a "by"
// before a capital after a stamp of two calendar words, a story fact (19 lines more over
// the pages, every one a byline): 0.885 / 0.860 at 5 / 4 folds, no page gained (the one
// headline over such a line then lost to a breadcrumb run together under it) and three
// lost; a line of 13 to 20 words opening with a byline's or a filing cue a fact (7 lines
// more): 0.895 at 5, one page gained (a headline over a long "Written by:" line, over a
// teaser with its byline) and two lost; the two together 0.885 at 5, the same page gained
// and four lost. Those four were all the pages lost by the three: two headlines with their
// date over them and no fact under them, a candidate above that date taking it as its own
// (the more headlines have a fact under them, the more none there weighs against one), and
// two headlines over their subtitle, the two scoring within 0.7 of each other. Nor did the
// facts' distances under and above a candidate crossed into one feature help (the date over
// a headline told from one under it): 0.890 at 5 folds, the same teaser's page gained and
// three lost (two headlines to the line under them, one whose byline runs into its reading
// time, unseen, to a teaser).
//
// Against 0.900 / 0.860 / 0.860 at 5 / 4 / 8 folds, also dropped: the ranking reading the
// second pass's verdicts instead of the first pass's (learned from held-out second-pass
// scores cut as shipped, the first pass's on lines a rule settles; the body words indexed
// from the same), 0.875 at 5 folds, one page gained and six lost (not looked into further).
// And a candidate of one to five words named by a line with a copyright sign or ending
// another line after a bar or a dash (the site's name), 0.895 at 5 folds, no page gained
// and one lost to a section's heading: the site's name wrong at 5 folds was never the
// ranking's choice but the rule for extracted text's (now kept off a name over a menu).
//
// Against 0.905 / 0.865 / 0.865 at 5 / 4 / 8 folds (lines 0.913 / 0.915 / 0.912), the 19
// titles wrong at 5 folds: besides the kinds above, four of the lines taken are a page's
// chrome run together into one line by its markup (a row of menu entries, an entry and its
// description with no space between them, two figures of a profile box). Tried and dropped:
// how often a candidate has words run together (a lower-case letter or a digit right before
// a capital and a lower-case letter: 0, 1, 2 or more) as a feature, 0.905 / 0.870 / 0.865,
// none of those four pages gained (two of their lines have one such join, two none: a
// row of entries spaced apart, a figure run into "U.S.") and one other page at 4 folds;
// the development pages' titles held at 0.860 and the training pages' own went from 0.955
// to 0.950. Of the 197 gold titles that are lines of the training pages none has two such
// joins and five have one (brands and acronyms: "eCommerce", "TikTok"), against 390 and
// 1,426 of the 43,892 lines of up to 25 words: a bar on two joins or more would keep no
// gold title out, but takes none of the wrong choices either.
#include <algorithm>
#include <iterator>
#include <string>

#include "internal.h"

namespace dossier::boilerplate {

namespace {

// How many of VALUES are greater than VALUES[K], capped at CAP: 0 for the greatest (ties
// share their rank).
template <typename T>
int rank_of(const std::vector<T>& values, size_t k, int cap) {
  int above = 0;
  for (const T& v : values) above += v > values[k];
  return std::min(above, cap);
}

}  // namespace

std::vector<std::vector<uint64_t>> candidate_features(const std::vector<Block>& blocks, const PageFeatures& page,
                                                      const std::vector<double>& scores,
                                                      const std::vector<size_t>& candidates,
                                                      std::vector<std::vector<std::string>>* names) {
  const size_t m = candidates.size();
  std::vector<std::vector<uint64_t>> ids(m);
  if (names) names->assign(m, {});
  std::vector<size_t> echoed(m), hits(m), words(m);
  std::vector<double> score(m);
  for (size_t r = 0; r < m; ++r) {
    CandidateStats stats;
    title_features(blocks, page, scores, candidates[r], r, ids[r], names ? &(*names)[r] : nullptr, &stats);
    echoed[r] = stats.echoed;
    hits[r] = stats.hits;
    words[r] = page.shapes[candidates[r]].words;
    score[r] = scores[candidates[r]];
  }
  static const char* const kNames[] = {"t.xecho", "t.xhits", "t.xwords", "t.xscore"};
  static const uint64_t kTemplates[] = {hash_text(kNames[0]), hash_text(kNames[1]), hash_text(kNames[2]),
                                        hash_text(kNames[3])};
  for (size_t r = 0; r < m; ++r) {
    // The place of the candidate among all of them (0 first, 3 fourth or lower) by the
    // words of it the text below repeats and by how often it does (4: none), by its length
    // and by its content score.
    const int values[] = {echoed[r] == 0 ? 4 : rank_of(echoed, r, 3), hits[r] == 0 ? 4 : rank_of(hits, r, 3),
                          rank_of(words, r, 3), rank_of(score, r, 3)};
    for (size_t t = 0; t < std::size(values); ++t) {
      const std::string value = std::to_string(values[t]);
      ids[r].push_back(feature_id(kTemplates[t], hash_text(value)));
      if (names) (*names)[r].push_back(std::string(kNames[t]) + "=" + value);
    }
  }
  return ids;
}

// A page's headline stands over what the page says about the story: a byline, a date, a
// reading time within three lines under it. A choice with none of that within four lines
// under it or six above it is most often a line of the page's chrome the ranking liked (a
// teaser in a run of teasers, a key fact of a listing, a promotion, an entry of a changelog)
// while the headline with its byline stands further up or down; taking that headline when it
// scores within kFactsHeadlineMargin of the choice and within kFactsHeadlineReach lines of it
// gained two pages at each of 5 / 4 / 8 held-out folds of the training pages and lost none
// (0.885 / 0.860 / 0.855 against 0.875 / 0.850 / 0.845; lines unchanged). A margin of 12
// gained one more at 5 folds and lost two at 4 (a share button over a reading time, a
// section heading over a date far below); any distance instead of fifty lines lost a page at
// 5 folds (a teaser of another story over its own byline). Tried and
// dropped beside it: for a choice with a byline or date one or two lines above it and none
// under it (a link under the byline), the headline-shaped candidate above those facts with
// them under it: no page gained at a margin of 6 and one lost at 5 and at 4 folds (the
// headline under a date is the common shape, the line over the date a menu's entry).
constexpr double kFactsHeadlineMargin = 6.0;
constexpr size_t kFactsHeadlineReach = 50;

std::optional<size_t> headline_with_facts(const std::vector<Block>& blocks, const PageFeatures& page,
                                          const std::vector<std::pair<size_t, double>>& ranked, size_t c) {
  if (story_facts_below(blocks, page, c) != 0 || story_facts_above(blocks, page, c) != 0) return std::nullopt;
  const auto chosen = std::find_if(ranked.begin(), ranked.end(), [&](const auto& r) { return r.first == c; });
  if (chosen == ranked.end()) return std::nullopt;
  std::optional<size_t> out;
  double out_score = 0;
  for (const auto& [j, sj] : ranked) {
    if (j == c || (j > c ? j - c : c - j) > kFactsHeadlineReach || sj < chosen->second - kFactsHeadlineMargin) continue;
    if (page.shapes[j].words < 4 || !headline_shaped(page, j)) continue;
    const int below = story_facts_below(blocks, page, j);
    if (below < 1 || below > 3) continue;
    if (!out || sj > out_score) {
      out = j;
      out_score = sj;
    }
  }
  return out;
}

}  // namespace dossier::boilerplate
