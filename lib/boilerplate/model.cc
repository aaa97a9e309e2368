// Linear models over hashed binary features: the shipped weights (lib/data/boilerplate/
// *.weights) and the averaged perceptron that writes them (tested by boilerplate_test.cc).
#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>

#include "internal.h"
#include "dossier/data.h"
#include "dossier/error.h"

namespace dossier::boilerplate {

LinearModel::LinearModel(std::string_view text, const std::string& source) {
  std::vector<std::pair<uint64_t, float>> entries;
  size_t line_no = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    size_t tab = line.rfind('\t');
    if (tab == std::string_view::npos || tab == 0)
      throw Error("a weight line needs a name, a tab and a weight", source, static_cast<int64_t>(line_no));
    // std::from_chars reads the plain decimals train-boilerplate writes, correctly rounded
    // as strtod is, in a tenth of its time (strtod was 4% of a one-document run); any other
    // form strtod accepts ("+0.5", " 1e-3") goes to strtod.
    const std::string_view field = line.substr(tab + 1);
    double w = 0;
    const auto [stop, ec] = std::from_chars(field.data(), field.data() + field.size(), w);
    if (field.empty() || ec != std::errc() || stop != field.data() + field.size()) {
      std::string number(field);
      char* end = nullptr;
      w = std::strtod(number.c_str(), &end);
      if (number.empty() || *end != '\0')
        throw Error("not a weight: \"" + number + "\"", source, static_cast<int64_t>(line_no));
    }
    entries.emplace_back(feature_id(line.substr(0, tab)), static_cast<float>(w));
  }
  size_t size = 16;
  while (size < entries.size() * 2) size *= 2;
  slots_.assign(size, Slot{});
  for (const auto& [key, w] : entries) put(key, w, 0);
}

void LinearModel::put(uint64_t key, float w, float w2) {
  const size_t mask = slots_.size() - 1;
  size_t at = key & mask;
  while (slots_[at].key != 0 && slots_[at].key != key) at = (at + 1) & mask;
  if (slots_[at].key == 0) ++count_;
  slots_[at] = Slot{key, slots_[at].weight + w, slots_[at].weight2 + w2};
}

LinearModel::LinearModel(const LinearModel& a, const LinearModel& b) {
  size_t size = 16;
  while (size < (a.count_ + b.count_) * 2) size *= 2;
  slots_.assign(size, Slot{});
  for (const Slot& s : a.slots_)
    if (s.key != 0) put(s.key, s.weight, 0);
  for (const Slot& s : b.slots_)
    if (s.key != 0) put(s.key, 0, s.weight);
}

std::pair<double, double> LinearModel::score_both(const uint64_t* ids, size_t n) const {
  if (slots_.empty()) return {0, 0};
  const size_t mask = slots_.size() - 1;
  double first = 0, second = 0;
  for (size_t k = 0; k < n; ++k) {
    const uint64_t key = ids[k];
    for (size_t at = key & mask;; at = (at + 1) & mask) {
      if (slots_[at].key == key) {
        first += slots_[at].weight;
        second += slots_[at].weight2;
        break;
      }
      if (slots_[at].key == 0) break;
    }
  }
  return {first, second};
}

const LinearModel& LinearModel::shipped(const std::string& name) {
  // One model per name, loaded on first use; the names are fixed by the library.
  static const LinearModel content(data::file("boilerplate/content.weights"), "boilerplate/content.weights");
  static const LinearModel stack(data::file("boilerplate/stack.weights"), "boilerplate/stack.weights");
  static const LinearModel title(data::file("boilerplate/title.weights"), "boilerplate/title.weights");
  if (name == "content") return content;
  if (name == "stack") return stack;
  if (name == "content+stack") {
    static const LinearModel both(content, stack);
    return both;
  }
  if (name == "title") return title;
  throw Error("no boilerplate model '" + name + "'");
}

double LinearModel::score(const uint64_t* ids, size_t n) const {
  if (slots_.empty()) return 0;
  const size_t mask = slots_.size() - 1;
  double sum = 0;
  for (size_t k = 0; k < n; ++k) {
    const uint64_t key = ids[k];
    for (size_t at = key & mask;; at = (at + 1) & mask) {
      if (slots_[at].key == key) {
        sum += slots_[at].weight;
        break;
      }
      if (slots_[at].key == 0) break;
    }
  }
  return sum;
}

double PerceptronTrainer::score(const std::vector<uint64_t>& ids, size_t from, size_t to) const {
  double sum = 0;
  for (size_t k = from; k < to; ++k) {
    auto it = weights_.find(ids[k]);
    if (it != weights_.end()) sum += it->second.w;
  }
  return sum;
}

void PerceptronTrainer::update(uint64_t id, double delta) {
  // Lazy averaging: the running total catches up with the steps the weight sat still.
  Weight& w = weights_[id];
  w.total += w.w * static_cast<double>(step_ - w.since);
  w.since = step_;
  w.w += delta;
}

void PerceptronTrainer::learn(const std::vector<uint64_t>& ids, size_t from, size_t to, bool good) {
  const double s = score(ids, from, to);
  if ((s > 0) != good)
    for (size_t k = from; k < to; ++k) update(ids[k], good ? 1.0 : -1.0);
  tick();
}

void PerceptronTrainer::prefer(const std::vector<uint64_t>& gold, const std::vector<uint64_t>& predicted) {
  for (uint64_t id : gold) update(id, 1.0);
  for (uint64_t id : predicted) update(id, -1.0);
}

std::map<std::string, double> PerceptronTrainer::averaged(double min) const {
  std::map<std::string, double> by_name;
  for (const auto& [id, w] : weights_) {
    double total = w.total + w.w * static_cast<double>(step_ - w.since);
    double avg = total / static_cast<double>(step_);
    auto name = names_.find(id);
    if (name == names_.end() || std::abs(avg) < min) continue;
    by_name[name->second] += avg;
  }
  for (const auto& [name, delta] : offsets_) by_name[name] += delta;
  return by_name;
}

std::string PerceptronTrainer::weights_text(const std::string& header, double min) const {
  return format_weights(header, averaged(min));
}

std::string format_weights(const std::string& header, const std::map<std::string, double>& weights) {
  std::string out = header;
  for (const auto& [name, w] : weights) {
    std::string value = fmt::format("{:.4f}", w);
    if (value == "-0.0000" || value == "0.0000") continue;
    out += name;
    out += '\t';
    out += value;
    out += '\n';
  }
  return out;
}

double best_cutoff(const std::vector<double>& scores, const std::vector<bool>& good) {
  double best = 0, best_f1 = -1;
  for (int step = -40; step <= 40; ++step) {
    const double cut = step / 10.0;
    size_t hit = 0, removed = 0, chrome = 0;
    for (size_t i = 0; i < scores.size(); ++i) {
      const bool remove = scores[i] <= cut;
      removed += remove;
      chrome += !good[i];
      hit += remove && !good[i];
    }
    const double f1 = removed + chrome == 0 ? 0 : 2.0 * static_cast<double>(hit) / static_cast<double>(removed + chrome);
    if (f1 > best_f1 + 1e-12 || (std::abs(f1 - best_f1) <= 1e-12 && std::abs(cut) < std::abs(best))) {
      best = cut;
      best_f1 = f1;
    }
  }
  return best;
}

}  // namespace dossier::boilerplate
