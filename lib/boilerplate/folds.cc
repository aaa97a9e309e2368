// The boilerplate models measured on held-out folds of their training pages: the figure to
// judge a new feature by before it meets any development set.
#include <algorithm>
#include <set>

#include "training.h"
#include "dossier/error.h"

namespace dossier {

BoilerplateFolds cross_validate_boilerplate(const std::string& dir, int folds, int epochs, int title_epochs) {
  using namespace boilerplate;
  if (folds < 2) throw Error("cross-validation needs two folds or more");
  std::vector<Page> pages = load_pages(dir);
  if (pages.size() < static_cast<size_t>(folds)) throw Error("fewer labelled pages than folds", dir);
  const PerceptronTrainer names = feature_names(pages);
  BoilerplateFolds out;
  out.pages.resize(pages.size());
  const auto k = static_cast<size_t>(folds);
  for (size_t fold = 0; fold < k; ++fold) {
    std::vector<Page> train;
    for (size_t pi = 0; pi < pages.size(); ++pi)
      if (pi % k != fold) train.push_back(pages[pi]);
    const BoilerplateWeights w = train_pages(train, names, epochs, title_epochs);
    const LinearModel content(w.content, "content.weights"), stack(w.stack, "stack.weights"), title(w.title, "title.weights");
    const LinearModel both(content, stack);
    for (size_t pi = fold; pi < pages.size(); pi += k) {
      const Page& p = pages[pi];
      Layout layout = analyze_layout(p.blocks, both, stack, title);
      keep_whole_if_all_chrome(layout);  // as ingest does
      std::set<std::string> found;
      for (size_t i = 0; i < p.blocks.size(); ++i)
        if (!layout.kinds[i].empty()) found.insert(norm(p.blocks[i].text));
      const std::set<std::string> gold(p.boilerplate.begin(), p.boilerplate.end());
      BoilerplatePageScore& score = out.pages[pi];
      score.doc = p.doc;
      for (const std::string& t : found) {
        (gold.count(t) ? score.right : score.wrong) += 1;
        if (!gold.count(t)) score.wrong_texts.push_back(t);
      }
      for (const std::string& t : gold)
        if (!found.count(t)) score.missed_texts.push_back(t);
      score.missed = gold.size() - score.right;
      score.title = layout.title ? norm(title_of_line(p.blocks[*layout.title].text)) : "";
      score.gold_title = p.title.value_or("");
      score.title_right = score.title == score.gold_title;
    }
  }
  size_t right = 0, wrong = 0, missed = 0, titles = 0;
  for (const BoilerplatePageScore& s : out.pages) {
    right += s.right;
    wrong += s.wrong;
    missed += s.missed;
    titles += s.title_right;
  }
  const auto ratio = [](size_t a, size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  out.precision = ratio(right, right + wrong);
  out.recall = ratio(right, right + missed);
  out.f1 = out.precision + out.recall > 0 ? 2 * out.precision * out.recall / (out.precision + out.recall) : 0;
  out.title_accuracy = ratio(titles, out.pages.size());
  return out;
}

}  // namespace dossier
