// The second pass of the content model (stacking, Wolpert 1992): a line is seen again
// with the first pass's verdicts on the lines around it. A short line between two kept
// paragraphs is most often article text and a long one inside a box of chrome most often
// chrome; the first pass, which sees only the shapes of its neighbours, cannot tell.
//
// At ingest the second pass runs in two rounds (second_pass_scores): the second round reads
// the first round's verdicts in place of the first pass's, with the weights as trained (no
// model learns from second-round contexts). A line between lines the first round kept and
// removed differently from the first pass is seen with the better verdicts around it. The
// held-out folds of the training pages (5 / 4 / 8) went from 0.909 / 0.912 / 0.908 to
// 0.912 / 0.915 / 0.911 (precision up, recall about level; titles unchanged, as the title
// ranking reads the first pass), the development pages from 0.911 to 0.914. A line the
// first round scored 8 or more away from 0 keeps its score: every line scored again gave
// 0.913 / 0.915 / 0.914 and 0.913 on the development pages for 4.0% more instructions in
// ingest, against 1.0% so (only lines within 2 of 0 scored again: 0.909 at 5 folds, no
// gain: the lines the second round turns are not only the doubtful ones). A third round of
// every line took precision further up and recall down, 0.914 at 5 folds and 0.912 on the
// development pages.
//
// Also tried and dropped: the second round learned rather than borrowed (stacking done
// properly). The training pages' first round held out (each page scored by the one of the
// four fold models of the second pass that did not learn from it, cut as shipped) gave each
// page's lines within kSureMargin of 0 a second example, with those verdicts around them in
// place of the first pass's; the cut-off was then chosen again on held-out folds of both
// rounds run as ingest runs them. Against 0.913 / 0.915 at 5 / 4 held-out folds of the
// training pages (P 0.912 / R 0.913 at 5), titles unchanged throughout:
// - the second-round examples learned by the one model beside the first-round ones,
//   0.912 / 0.913 (P 0.909 / R 0.915 at 5: recall up, precision down);
// - the same with the first round's cut-off kept, 0.911 at 5 folds;
// - the second round's context read by features of its own (an s2. template for each s.
//   one; the line's own features shared with the first round and learned with it),
//   0.910 / 0.913 (P 0.908 / R 0.911 at 5; P 0.917 / R 0.909 at 4);
// - no second-round examples, only the cut-off chosen again on the fold models' two rounds
//   held out (after the first round's cut-off), 0.911 at 5 folds (P 0.907 / R 0.916).
// A fold run took up to twice as long (80 s to 156 s at 5 folds). Why the round that
// borrows the first round's weights does better than one learned for it was not looked
// into.
//
// Tried and dropped: deciding a table or a program as a block. For each line of a run of
// table cells (table_cells) or of lines of code (two marks of '{', '}', ';', '=', or one
// with a bracket; a line between two such bridged), the first pass's verdict on the run's
// other lines in fifths with the run's length, and its verdict on the lines just before
// and after the run. Held-out folds of the training pages (5 / 4 / 8 folds) went from
// 0.909 / 0.912 / 0.908 to between 0.909 / 0.909 / 0.908 and 0.910 / 0.911 / 0.908 by
// variant (tables only, code only, either feature alone): noise. Such runs hold about a
// twentieth of the errors on those folds, and the lines of code removed wrongly stayed
// removed: the few pages with programs on them teach the second pass little about them.
//
// Also tried and dropped: the distance to the nearest kept prose line on each side (1, 2, 3,
// farther, none) crossed with the line's own score and length, for the headings and list
// items inside an article that the second pass still removes. The second pass's own errors
// on held-out folds (5) fell from 5,542 lines to 5,411, but after the rules of
// analyze_layout the pages' line F1 went from 0.909 to 0.908.
//
// Also tried and dropped: a run of lines none of which is prose between paragraphs (a
// heading, a list, a table, a menu) seen as one unit, its facts a feature of each of its
// lines with the line's own score. The run's length in lines with its mean words per line;
// the share of its lines ending a sentence with the share marked as a list's items (a
// bullet, a number of a count, the first word of the line beside it); the paragraphs before
// and after it (the page's edge, kept, removed) with where it stands against the first
// pass's article body; the first pass's kept share of its lines with its length; a heading
// or a line ending in a colon opening it; the share of its lines the page repeats: all six
// took the held-out folds (5) from 0.9086 to 0.9080, their best crossing 0.9087. The share
// of the run's words with capitals and of its lines with an action or a date, with whether
// kept paragraphs frame it, took the folds (5 / 4 / 8) from 0.9086 / 0.9118 / 0.9078 to
// 0.9107 / 0.9121 / 0.9102, but the development pages went from 0.911 to 0.908, worse on
// twice as many pages as better: its gain on the folds was the best of seven variants tried
// on them, and did not hold on pages apart from them.
//
// Also tried and dropped: the neighbours' first-pass verdicts crossed with the line's own
// shape. The verdict on the lines just above and below (removed, kept, the page's edge)
// with the line's own coarse score, length class (up to three words, four to nine, ten or
// more) and full stop took the held-out folds (5 / 4 / 8) from 0.9087 / 0.9119 / 0.9079 to
// 0.9084 / 0.9116 / 0.9085 (mean 0.9095 both); the two neighbours' scores in their
// seven steps each with the length class, 0.9079 / 0.9115 / 0.9080: noise (s.sand already
// crosses the pair's verdicts with the line's own score).
#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "internal.h"

namespace dossier::boilerplate {

namespace {

enum StackTmpl { kOwn, kP1, kN1, kP2, kN2, kWin, kSandwich, kOwnWords, kSide, kBefore, kAfter, kRun, kGap, kWin20,
                 kWin50, kRepeat, kRunShare, kRunLen, kSeqShare, kIntro, kStackTmplCount };
constexpr const char* kStackNames[kStackTmplCount] = {"s.own", "s.p1",   "s.n1",  "s.p2",   "s.n2", "s.win",
                                                      "s.sand", "s.ownw", "s.side", "s.bef", "s.aft", "s.run",  "s.gap", "s.w20",
                                                      "s.w50",  "s.rep",  "s.rsh", "s.rlen", "s.seq", "s.intro"};

struct StackHashes {
  std::array<uint64_t, kStackTmplCount> tmpl{};
  std::array<uint64_t, 128> ints{};
};

const StackHashes& stack_hashes() {
  static const StackHashes h = [] {
    StackHashes x;
    for (size_t t = 0; t < kStackTmplCount; ++t) x.tmpl[t] = hash_text(kStackNames[t]);
    for (size_t v = 0; v < x.ints.size(); ++v) x.ints[v] = hash_text(std::to_string(v));
    return x;
  }();
  return h;
}

// A list's introduction: a line of this many words or more ending in a colon; its items
// are the lines under it shorter than kListItemWords, up to kIntroReach lines down.
constexpr uint32_t kIntroWords = 5, kListItemWords = 10;
constexpr size_t kIntroReach = 12;

// A first-pass score in six steps, from sure chrome (0) to sure content (5).
int score_bucket(double s) { return s < -4 ? 0 : s < -1 ? 1 : s < 0 ? 2 : s < 1 ? 3 : s < 4 ? 4 : 5; }

int small_bucket(size_t d) { return d <= 2 ? static_cast<int>(d) : d <= 5 ? 3 : d <= 10 ? 4 : d <= 30 ? 5 : 6; }

// A line's length for the runs of like lines: up to three words (a menu's entry, a
// label), four to nine (a list's item, a heading, a link), ten or more (a paragraph).
int run_class(uint32_t w) { return w <= 3 ? 0 : w < 10 ? 1 : 2; }

int length_bucket(uint32_t w) { return w <= 2 ? 0 : w <= 5 ? 1 : w <= 9 ? 2 : w <= 20 ? 3 : 4; }

// The run of blocks the first pass keeps with the most words (gaps of one or two
// removed short lines bridged): the article body as the first pass sees it.
std::pair<size_t, size_t> main_run(const PageFeatures& page, const std::vector<double>& first) {
  long best = 0, sum = 0;
  size_t best_first = 0, best_last = 0, start = 0;
  bool found = false;
  for (size_t i = 0; i < first.size(); ++i) {
    const uint32_t w = page.shapes[i].words;
    long v = first[i] > 0 ? static_cast<long>(std::min<uint32_t>(w, 80)) + 2 : -static_cast<long>(std::min<uint32_t>(w, 40)) - 6;
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += v;
    if (sum > best || !found) {
      best = sum;
      best_first = start;
      best_last = i;
      found = true;
    }
  }
  return {best_first, best_last};
}

}  // namespace

StackContext stack_context(const PageFeatures& page, const std::vector<double>& first) {
  StackContext ctx;
  ctx.first = &first;
  std::tie(ctx.run_first, ctx.run_last) = main_run(page, first);
  ctx.kept_before.assign(first.size() + 1, 0);
  const size_t n = first.size();
  for (size_t i = 0; i < n; ++i) ctx.kept_before[i + 1] = ctx.kept_before[i] + (first[i] > 0 ? 1 : 0);
  // Found once for the page: walked from each kept block, a run of K blocks cost K * K steps.
  ctx.kept_start.assign(n, 0);
  ctx.kept_end.assign(n, 0);
  for (size_t i = 0; i < n; ++i) ctx.kept_start[i] = i > 0 && first[i - 1] > 0 ? ctx.kept_start[i - 1] : i;
  for (size_t i = n; i-- > 0;) ctx.kept_end[i] = i + 1 < n && first[i + 1] > 0 ? ctx.kept_end[i + 1] : i;
  nearest_kept_prose(page.shapes, first, ctx.prose_prev, ctx.prose_next);
  ctx.repeated = page.repeated;  // found once by page_features
  ctx.run_start.assign(n, 0);
  ctx.run_end.assign(n, 0);
  // Lines are alike when they are of one length class and both in a table or both outside
  // one: a table's cells are no run of a heading beside it.
  auto alike = [&](size_t a, size_t b) {
    return run_class(page.shapes[a].words) == run_class(page.shapes[b].words) && page.table[a] == page.table[b];
  };
  for (size_t i = 1; i < n; ++i) ctx.run_start[i] = alike(i, i - 1) ? ctx.run_start[i - 1] : i;
  for (size_t i = n; i-- > 0;) ctx.run_end[i] = i + 1 < n && alike(i, i + 1) ? ctx.run_end[i + 1] : i;
  ctx.items.assign(n, 0);
  ctx.items_kept.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const size_t head = page.numbered.head[i];
    if (head == kNone) continue;
    ++ctx.items[head];
    if (first[i] > 0) ++ctx.items_kept[head];
  }
  ctx.intro.assign(n, kNone);
  size_t intro = kNone;
  for (size_t i = 0; i < n; ++i) {
    const LineShape& sh = page.shapes[i];
    if (sh.ends_colon && sh.words >= kIntroWords) {
      intro = i;
    } else if (sh.words >= kListItemWords) {
      intro = kNone;
    } else if (intro != kNone && i - intro <= kIntroReach) {
      ctx.intro[i] = intro;
    }
  }
  return ctx;
}

namespace {

// Never inlined: stack_features (below) says why.
[[gnu::noinline]] void add_stack_name(std::vector<std::string>& names, StackTmpl t, int v) {
  names.push_back(std::string(kStackNames[t]) + "=" + std::to_string(v));
}

}  // namespace

void stack_features(const PageFeatures& page, const StackContext& ctx, size_t i, std::vector<uint64_t>& ids,
                    std::vector<std::string>* names) {
  const StackHashes& h = stack_hashes();
  // The names are built out of line (add_stack_name is never inlined): with their strings in
  // its body this was a call of its own, saving and restoring registers for each feature of
  // each line.
  auto add = [&](StackTmpl t, int v) {
    ids.push_back(feature_id(h.tmpl[t], h.ints[static_cast<size_t>(v)]));
    if (names) add_stack_name(*names, t, v);
  };
  const std::vector<double>& s = *ctx.first;
  const size_t n = s.size();
  const int own = score_bucket(s[i]);
  auto at = [&](long j) { return j < 0 || j >= static_cast<long>(n) ? 6 : score_bucket(s[static_cast<size_t>(j)]); };
  const long li = static_cast<long>(i);
  const int p1 = at(li - 1), n1 = at(li + 1);
  add(kOwn, own);
  add(kP1, p1);
  add(kN1, n1);
  add(kP2, at(li - 2));
  add(kN2, at(li + 2));
  // The share of kept lines among the five either side.
  const size_t lo = i >= 5 ? i - 5 : 0, hi = std::min(n, i + 6);
  const size_t kept = ctx.kept_before[hi] - ctx.kept_before[lo] - (s[i] > 0 ? 1 : 0);
  add(kWin, static_cast<int>(kept * 5 / std::max<size_t>(1, hi - lo - 1)));
  auto good = [](int b) { return b == 6 ? 2 : b >= 3 ? 1 : 0; };
  add(kSandwich, own * 9 + good(p1) * 3 + good(n1));
  add(kOwnWords, own * 5 + length_bucket(page.shapes[i].words));
  // Where the line stands against the first pass's article body.
  int side = 0;
  if (i < ctx.run_first) side = 10 + small_bucket(ctx.run_first - i);
  if (i > ctx.run_last) side = 20 + small_bucket(i - ctx.run_last);
  add(kSide, side);
  add(kBefore, static_cast<int>(std::min<size_t>(ctx.kept_before[i], 3)) * 2 + (page.shapes[i].terminal ? 1 : 0));
  const size_t after = ctx.kept_before[n] - ctx.kept_before[i + 1];
  add(kAfter, static_cast<int>(std::min<size_t>(after, 3)) * 2 + (page.shapes[i].terminal ? 1 : 0));
  // How long the run of kept lines around this one is (zero when the line is removed).
  if (s[i] > 0) {
    add(kRun, small_bucket(ctx.kept_end[i] - ctx.kept_start[i] + 1) * 2 + (length_bucket(page.shapes[i].words) >= 3 ? 1 : 0));
  } else {
    add(kRun, 20 + (page.shapes[i].terminal ? 1 : 0));
  }
  // How far the nearest kept prose line is on either side (7: none): a section of an
  // article (a listing's entries, a table, a recipe) lies between paragraphs however
  // long it is, and the chrome after an article has none after it.
  const size_t before = ctx.prose_prev[i], after_at = ctx.prose_next[i];
  const int gap_before = before == kNone ? 7 : small_bucket(i - before);
  const int gap_after = after_at == kNone ? 7 : small_bucket(after_at - i);
  const int coarse = s[i] < -1 ? 0 : s[i] <= 1 ? 1 : 2;
  add(kGap, gap_before * 8 + gap_after);
  // The share of kept lines in wider windows, with the line's own score.
  auto share = [&](size_t radius) {
    const size_t from = i >= radius ? i - radius : 0, to = std::min(n, i + radius + 1);
    return static_cast<int>((ctx.kept_before[to] - ctx.kept_before[from]) * 5 / (to - from));
  };
  add(kWin20, share(20) * 3 + coarse);
  add(kWin50, share(50) * 3 + coarse);
  // The first pass's verdict on the other lines of the line's run of lines as long as it
  // (the items of one list, the entries of one menu, the paragraphs of one block), in
  // fifths (6: the line stands alone), with the line's own score and the run's length: a
  // list's item the first pass doubts among items it keeps is one of them, and an entry it
  // keeps among removed entries of a menu goes with them.
  // Not in a table: the first pass removes most cells of a long one, and the verdict of
  // the rest followed them out (the rule that keeps a table whole needs one kept cell).
  if (!page.table[i]) {
    const size_t a0 = ctx.run_start[i], b0 = ctx.run_end[i], len = b0 - a0 + 1;
    const int rshare = len == 1 ? 6
                                : static_cast<int>((ctx.kept_before[b0 + 1] - ctx.kept_before[a0] - (s[i] > 0 ? 1 : 0)) * 5 /
                                                   (len - 1));
    add(kRunShare, rshare * 3 + coarse);
    add(kRunLen, rshare * 7 + small_bucket(len));
  }
  // The first pass's verdict on the other items of the numbered list the line is an item
  // of, in fifths, with the line's own score and whether the items stand apart: the
  // sections of a listing go on as long as the count does, though the first pass loses
  // sight of the article far down a long page.
  const uint8_t code = page.numbered.code[i];
  if (code >= 2) {
    const size_t head = page.numbered.head[i], total = ctx.items[head];
    const size_t others = ctx.items_kept[head] - (s[i] > 0 ? 1 : 0);
    add(kSeqShare, static_cast<int>(others * 5 / (total - 1)) * 3 + coarse + (code >= 4 ? 18 : 0));
  }
  // How far below a sentence ending in a colon the short line stands, with only short lines
  // between, with its own score and the first pass's verdict on that sentence: the items of
  // a list the article announces ("You will need:") read like a menu's entries.
  if (ctx.intro[i] != kNone) {
    const size_t d = i - ctx.intro[i];
    const int far = d <= 3 ? static_cast<int>(d) : d <= 6 ? 4 : 5;
    add(kIntro, far * 3 + coarse + (s[ctx.intro[i]] > 0 ? 0 : 18));
  }
  // A line the page repeats, with how near kept prose is on each side: a menu's or a
  // footer's line comes back in the page's chrome, a label of a listing's entries ("Why we
  // like it:", "Good for:", "Price") comes back between the entries' paragraphs.
  if (ctx.repeated[i]) {
    auto near = [](int gap) { return gap <= 2 ? 0 : gap <= 3 ? 1 : 2; };
    add(kRepeat, near(gap_before) * 3 + near(gap_after) + (page.shapes[i].ends_colon ? 9 : 0));
  }
}

std::vector<double> stacked_scores(const PageFeatures& page, const std::vector<double>& first, const LinearModel& model) {
  std::vector<double> own(first.size());
  for (size_t i = 0; i < first.size(); ++i)
    own[i] = model.score(page.ids.data() + page.offsets[i], page.offsets[i + 1] - page.offsets[i]);
  return stacked_scores(page, first, own, model);
}

std::vector<double> stacked_scores(const PageFeatures& page, const std::vector<double>& first,
                                   const std::vector<double>& own, const LinearModel& model,
                                   const std::vector<bool>* settled) {
  const StackContext ctx = stack_context(page, first);
  std::vector<double> out(first.size());
  std::vector<uint64_t> ids;
  for (size_t i = 0; i < first.size(); ++i) {
    if (settled && (*settled)[i]) {
      out[i] = own[i];
      continue;
    }
    ids.clear();
    stack_features(page, ctx, i, ids, nullptr);
    out[i] = own[i] + model.score(ids.data(), ids.size());
  }
  return out;
}

std::vector<double> second_pass_scores(const PageFeatures& page, const std::vector<double>& first,
                                       const std::vector<double>& own, const LinearModel& model,
                                       const std::vector<bool>& settled, int rounds) {
  std::vector<double> out = stacked_scores(page, first, own, model, &settled);
  for (int round = 1; round < rounds; ++round) {
    std::vector<double> context = out, keep = own;
    std::vector<bool> sure = settled;
    for (size_t i = 0; i < context.size(); ++i) {
      if (settled[i]) {
        context[i] = first[i];
      } else if (std::abs(out[i]) >= kSureMargin) {
        sure[i] = true;  // not scored again: its verdict stands
        keep[i] = out[i];
      }
    }
    out = stacked_scores(page, context, keep, model, &sure);
  }
  return out;
}

}  // namespace dossier::boilerplate
