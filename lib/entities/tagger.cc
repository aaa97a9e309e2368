#include "tagger.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <limits>

#include "dossier/data.h"
#include "dossier/error.h"

namespace dossier::entities_detail {

namespace {

constexpr std::string_view kMagic = "dossier-tagger 1\n";
constexpr size_t kRows = size_t{1} << kFeatureBits;

// Whether TAG may follow PREV at a token: an I tag continues a name of its own kind on
// the same line (CONTINUES), a B tag opens one only on a token that can (BOUNDS).
bool allowed(unsigned tag, unsigned prev, bool continues, bool bounds) {
  if (tag == 0) return true;
  if (!is_inside(tag)) return bounds;
  return continues && prev != 0 && kind_of(prev) == kind_of(tag);
}

template <typename T>
void put(std::string& out, T v) {
  char buf[sizeof(T)];
  std::memcpy(buf, &v, sizeof(T));  // little-endian hosts only (x86-64, arm64)
  out.append(buf, sizeof(T));
}

template <typename T>
T get(std::string_view bytes, size_t& at) {
  if (at + sizeof(T) > bytes.size()) throw Error("entities/tagger.bin: truncated weights file");
  T v;
  std::memcpy(&v, bytes.data() + at, sizeof(T));
  at += sizeof(T);
  return v;
}

// A fixed pseudo-random sequence (xorshift64*), so that training visits documents in the
// same order on every machine.
struct Random {
  uint64_t state = 0x9E3779B97F4A7C15ULL;
  uint64_t next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1DULL;
  }
};

// The averaged perceptron's training state: current weights, their running totals and the
// step each weight last changed (the totals are brought up to date lazily).
struct Trainer {
  std::vector<float> w = std::vector<float>(kRows * kTags);
  std::vector<double> total = std::vector<double>(kRows * kTags);
  std::vector<uint32_t> stamp = std::vector<uint32_t>(kRows * kTags);
  uint32_t step = 0;

  void update(uint32_t bucket, unsigned tag, float delta) {
    size_t k = size_t{bucket} * kTags + tag;
    total[k] += double(step - stamp[k]) * w[k];
    stamp[k] = step;
    w[k] += delta;
  }
  std::vector<double> averaged() {
    std::vector<double> avg(w.size());
    for (size_t k = 0; k < w.size(); ++k) {
      double t = total[k] + double(step - stamp[k]) * w[k];
      avg[k] = step ? t / step : 0;
    }
    return avg;
  }
};

}  // namespace

std::string_view kind_type(unsigned kind) {
  static constexpr std::string_view kTypes[] = {"PERSON", "ORG", "GPE", "EVENT"};
  return kTypes[kind];
}

unsigned kind_of_type(std::string_view type) {
  if (type == "PERSON") return kKindPerson;
  if (type == "ORG") return kKindOrg;
  if (type == "GPE" || type == "LOC") return kKindPlace;
  if (type == "EVENT") return kKindEvent;
  return kKinds;
}

TaggerModel TaggerModel::from_bytes(std::string_view bytes) {
  if (bytes.substr(0, kMagic.size()) != kMagic) throw Error("entities/tagger.bin: not a weights file");
  size_t at = kMagic.size();
  if (get<uint32_t>(bytes, at) != kFeatureBits) throw Error("entities/tagger.bin: weights for another table size");
  TaggerModel m;
  m.scale_ = get<float>(bytes, at);
  uint32_t rows = get<uint32_t>(bytes, at);
  if (rows > kRows || bytes.size() - at != size_t{rows} * (4 + 2 * kTags))
    throw Error("entities/tagger.bin: bad row count");
  m.weights_.assign(kRows * kTags, 0);
  for (uint32_t r = 0; r < rows; ++r) {
    uint32_t bucket = get<uint32_t>(bytes, at);
    if (bucket >= kRows) throw Error("entities/tagger.bin: bucket out of range");
    std::memcpy(&m.weights_[size_t{bucket} * kTags], bytes.data() + at, 2 * kTags);
    at += 2 * kTags;
  }
  m.prepare();
  return m;
}

const TaggerModel& TaggerModel::builtin() {
  static const TaggerModel model =
      data::has_file("entities/tagger.bin") ? from_bytes(data::file("entities/tagger.bin")) : TaggerModel();
  return model;
}

void TaggerModel::prepare() {
  lanes_.assign(weights_.size() / kTags * kLanes, 0);
  for (size_t r = 0; r < weights_.size() / kTags; ++r)
    for (unsigned t = 1; t < kTags; ++t)
      lanes_[r * kLanes + t - 1] = int32_t{weights_[r * kTags + t]} - int32_t{weights_[r * kTags]};
}

void TaggerModel::score(const uint32_t* b, const uint32_t* e, int32_t* out) const {
  // A row is 32 bytes into memory that operator new aligns to 16 at least: told so, the
  // compiler adds each half of a row straight from memory, without a load of its own.
  static_assert(__STDCPP_DEFAULT_NEW_ALIGNMENT__ >= 16, "rows aligned to 16 bytes");
  for (; b != e; ++b) {
    const auto* row = static_cast<const int32_t*>(__builtin_assume_aligned(&lanes_[size_t{*b} * kLanes], 16));
    for (unsigned t = 0; t < kLanes; ++t) out[t] += row[t];
  }
}

void TaggerModel::tag(const TokenFeatures& features, size_t n, std::vector<uint8_t>& tags,
                      std::vector<float>& margins) const {
  tags.assign(n, 0);
  margins.assign(n, 0);
  if (empty()) return;
  unsigned prev = 0;
  uint32_t extra[TokenFeatures::kPrevFeatures];
  for (size_t i = 0; i < n; ++i) {
    // Most tokens are not scored: their tag and margin stay the 0 assigned above.
    if (!features.scored(i)) {
      prev = 0;
      continue;
    }
    unsigned best = 0;
    // Each tag's score less tag O's (lanes_): s[0] is 0, and the order of the scores and
    // their differences are those of the sums themselves.
    int32_t s[kTags] = {};
    score(features.begin(i), features.end(i), s + 1);
    features.prev_tag_features(i, prev, extra);
    score(extra, extra + TokenFeatures::kPrevFeatures, s + 1);
    bool cont = features.continues(i), bounds = features.bounds(i);
    for (unsigned t = 1; t < kTags; ++t)
      if (s[t] > s[best] && allowed(t, prev, cont, bounds)) best = t;
    int32_t second = INT32_MIN;
    for (unsigned t = 0; t < kTags; ++t)
      if (t != best && allowed(t, prev, cont, bounds)) second = std::max(second, s[t]);
    // O alone allowed (a connector after no name): the tagger had no choice, so no doubt.
    margins[i] = second == INT32_MIN ? std::numeric_limits<float>::max() : static_cast<float>(s[best] - second) * scale_;
    tags[i] = static_cast<uint8_t>(best);
    prev = best;
  }
}

std::vector<TaggedName> TaggerModel::names(const std::vector<uint8_t>& tags, const std::vector<float>& margins,
                                           const TokenFeatures& features) {
  std::vector<TaggedName> out;
  out.reserve(std::min<size_t>(tags.size(), 256));  // a document's names: one allocation, not one per doubling
  for (size_t i = 0; i < tags.size(); ++i) {
    if (tags[i] == 0 || is_inside(tags[i])) continue;
    size_t j = i + 1;
    float margin = margins[i];
    while (j < tags.size() && tags[j] == inside_tag(kind_of(tags[i]))) margin = std::min(margin, margins[j++]);
    size_t last = j;
    while (last > i + 1 && !features.bounds(last - 1)) --last;  // "Bank of", not a name's end
    out.push_back({i, last, kind_of(tags[i]), margin});
    i = j - 1;
  }
  return out;
}

TaggerModel TaggerModel::train(const std::vector<Example>& examples, unsigned epochs) {
  Trainer tr;
  Random rnd;
  std::vector<size_t> order(examples.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  // Features seen fewer than kMinCount times in the data are left out: a weight learnt
  // from one or two tokens is a memory of those tokens, not a rule.
  std::vector<uint32_t> count(kRows);
  for (const Example& ex : examples)
    for (size_t i = 0; i < ex.gold.size(); ++i)
      if (ex.features.scored(i))
        for (const uint32_t* b = ex.features.begin(i); b != ex.features.end(i); ++b) ++count[*b];
  constexpr unsigned kMinCount = 2;
  std::vector<uint32_t> feats;
  for (unsigned epoch = 0; epoch < epochs; ++epoch) {
    for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rnd.next() % k]);
    for (size_t x : order) {
      const Example& ex = examples[x];
      unsigned prev = 0;
      for (size_t i = 0; i < ex.gold.size(); ++i) {
        unsigned guess = 0;
        if (ex.features.scored(i)) {
          ++tr.step;
          feats.clear();
          for (const uint32_t* b = ex.features.begin(i); b != ex.features.end(i); ++b)
            if (count[*b] >= kMinCount) feats.push_back(*b);
          feats.resize(feats.size() + TokenFeatures::kPrevFeatures);
          ex.features.prev_tag_features(i, prev, feats.data() + feats.size() - TokenFeatures::kPrevFeatures);
          float s[kTags] = {};
          for (uint32_t b : feats)
            for (unsigned t = 0; t < kTags; ++t) s[t] += tr.w[size_t{b} * kTags + t];
          bool cont = ex.features.continues(i), bounds = ex.features.bounds(i);
          for (unsigned t = 1; t < kTags; ++t)
            if (s[t] > s[guess] && allowed(t, prev, cont, bounds)) guess = t;
          unsigned gold = ex.gold[i];
          if (guess != gold) {
            for (uint32_t b : feats) {
              tr.update(b, gold, 1);
              tr.update(b, guess, -1);
            }
          }
        }
        prev = guess;
      }
    }
  }
  // Quantize to 16 bits; weights under 1/2000 of the largest are dropped (they change few
  // decisions, and the file stays small).
  std::vector<double> avg = tr.averaged();
  double top = 0;
  for (double v : avg) top = std::max(top, std::fabs(v));
  TaggerModel m;
  m.weights_.assign(kRows * kTags, 0);
  if (top == 0) {
    m.prepare();
    return m;
  }
  m.scale_ = static_cast<float>(top / 32767);
  for (size_t k = 0; k < avg.size(); ++k) {
    double q = std::nearbyint(avg[k] / m.scale_);
    if (std::fabs(q) >= 32767.0 / 2000) m.weights_[k] = static_cast<int16_t>(q);
  }
  m.prepare();
  return m;
}

std::string TaggerModel::to_bytes() const {
  std::string out(kMagic);
  put<uint32_t>(out, kFeatureBits);
  put<float>(out, scale_);
  std::string rows;
  uint32_t count = 0;
  for (size_t r = 0; r < kRows && !weights_.empty(); ++r) {
    const int16_t* row = &weights_[r * kTags];
    if (std::all_of(row, row + kTags, [](int16_t v) { return v == 0; })) continue;
    put<uint32_t>(rows, static_cast<uint32_t>(r));
    for (unsigned t = 0; t < kTags; ++t) put<int16_t>(rows, row[t]);
    ++count;
  }
  put<uint32_t>(out, count);
  return out + rows;
}

}  // namespace dossier::entities_detail
