// Mentions of one happening in different documents merged into one event: prefix-filtered
// candidate pairs, joined by union-find. Tested by timeline_test.cc.
#include "dossier/timeline.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "dossier/hash.h"
#include "dossier/timex.h"
#include "timeline_internal.h"

namespace dossier::timeline {
namespace {

using detail::key_terms;

std::tuple<std::string, std::string, int64_t, int64_t, std::string> source_key(const EventSource& s) {
  return {s.path, s.doc, s.span.start, s.span.end, s.timex};
}

// Sort key of an event value: the first day it covers, then the value itself.
std::pair<std::string, std::string> date_key(const std::string& value) {
  auto r = timex::date_range(value);
  return {r ? r->first : value, value};
}

int64_t range_length(const std::string& value) {
  auto r = timex::date_range(value);
  if (!r) return 1 << 30;
  auto days = [](const std::string& d) {
    int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(5, 2)), dd = std::stoi(d.substr(8, 2));
    return static_cast<int64_t>(y) * 372 + m * 31 + dd;
  };
  return days(r->second) - days(r->first);
}

bool contains_range(const std::pair<std::string, std::string>& outer, const std::pair<std::string, std::string>& inner) {
  return outer.first <= inner.first && inner.second <= outer.second;
}

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(size_t a, size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

}  // namespace

void Chronology::add(Event event) {
  for (auto& e : split_event(event)) mentions_.push_back(std::move(e));
}

namespace {

// same_happening with the key terms and date ranges worked out beforehand.
bool same_happening(const Event& a, const Event& b, const std::set<std::string>& ka, const std::set<std::string>& kb,
                    const std::optional<std::pair<std::string, std::string>>& ra,
                    const std::optional<std::pair<std::string, std::string>>& rb) {
  if (a.sources.empty() || b.sources.empty() || a.sources[0].doc == b.sources[0].doc) return false;
  if (!ra || !rb || !(contains_range(*ra, *rb) || contains_range(*rb, *ra))) return false;
  if (!a.entities.empty() && !b.entities.empty()) {
    bool shared = std::any_of(a.entities.begin(), a.entities.end(), [&](const std::string& n) {
      return std::find(b.entities.begin(), b.entities.end(), n) != b.entities.end();
    });
    if (!shared) return false;
  }
  size_t common = 0;
  for (const auto& k : ka) common += kb.count(k);
  size_t total = ka.size() + kb.size() - common;
  if (total == 0) return false;
  double jaccard = static_cast<double>(common) / static_cast<double>(total);
  bool with_entities = !a.entities.empty() && !b.entities.empty();
  return with_entities ? (common >= 2 && jaccard >= 0.15) : (common >= 3 && jaccard >= 0.2);
}

}  // namespace

bool same_happening(const Event& a, const Event& b) {
  return same_happening(a, b, key_terms(a.text), key_terms(b.text), timex::date_range(a.date), timex::date_range(b.date));
}

namespace {

// Key terms and entities of one mention as ids, sorted ascending, so that two mentions are
// compared by merging two short integer lists instead of probing sets of strings.
using Ids = std::vector<uint32_t>;

size_t common_count(const Ids& a, const Ids& b) {
  size_t n = 0;
  for (size_t x = 0, y = 0; x < a.size() && y < b.size();) {
    if (a[x] < b[y]) {
      ++x;
    } else if (b[y] < a[x]) {
      ++y;
    } else {
      ++n, ++x, ++y;
    }
  }
  return n;
}

// The decision of same_happening, once the date ranges are known to nest and the documents
// to differ: a shared participant when both name some, and enough shared key terms.
bool similar(const Ids& ea, const Ids& eb, const Ids& ka, const Ids& kb) {
  if (!ea.empty() && !eb.empty() && common_count(ea, eb) == 0) return false;
  size_t common = common_count(ka, kb);
  size_t total = ka.size() + kb.size() - common;
  if (total == 0) return false;
  double jaccard = static_cast<double>(common) / static_cast<double>(total);
  bool with_entities = !ea.empty() && !eb.empty();
  return with_entities ? (common >= 2 && jaccard >= 0.15) : (common >= 3 && jaccard >= 0.2);
}

// Every pair that similar() accepts shares at least a given number of key terms with each
// of its two mentions: a mention that names participants may pair with one that names
// some too, which takes 2 shared terms and a Jaccard index of 0.15, so at least
// max(2, ceil(0.15 * |terms|)) (Jaccard >= 0.15 means common >= 0.15 * |a ∪ b|, and the
// union is no smaller than either set); a mention that names none only ever pairs without
// participants, which takes 3 and 0.2, so at least max(3, ceil(0.2 * |terms|)). So with the
// terms of every mention in one global order, the two mentions share a term among the
// first |terms| - that + 1 of each (prefix filtering): only those terms are indexed and
// probed, which finds every such pair and skips the terms that most mentions carry.
size_t prefix_length(size_t terms, bool names_participants) {
  size_t needed = names_participants ? std::max<size_t>(2, (terms * 3 + 19) / 20) : std::max<size_t>(3, (terms + 4) / 5);
  return terms >= needed ? terms - needed + 1 : 0;
}

}  // namespace

std::vector<Event> Chronology::events() const& { return merged(nullptr); }

std::vector<Event> Chronology::events() && {
  std::vector<Event> out = merged(&mentions_);
  mentions_.clear();
  mentions_.shrink_to_fit();
  return out;
}

// The merged events; with owned (this chronology's own mentions, about to be dropped) the
// mentions are moved into them instead of copied.
std::vector<Event> Chronology::merged(std::vector<Event>* owned) const {
  stats_ = MergeStats{};
  // Order the mentions canonically, so that everything below depends on the set alone.
  std::vector<size_t> order(mentions_.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<std::string> first_day(mentions_.size());
  std::vector<int64_t> length(mentions_.size());
  for (size_t i = 0; i < mentions_.size(); ++i) {
    first_day[i] = date_key(mentions_[i].date).first;
    length[i] = range_length(mentions_[i].date);
  }
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Event &a = mentions_[x], &b = mentions_[y];
    return std::tie(first_day[x], a.date, a.sources[0].path, a.sources[0].doc, a.sources[0].span.start, a.sources[0].span.end,
                    a.sources[0].timex, a.what) < std::tie(first_day[y], b.date, b.sources[0].path, b.sources[0].doc,
                                                           b.sources[0].span.start, b.sources[0].span.end, b.sources[0].timex, b.what);
  });
  const size_t n = order.size();
  UnionFind uf(n);
  {  // Everything the search for same happenings needs is dropped before the events are built.
    // Interned key terms, entities and documents (position i is the i-th mention in order).
    std::unordered_map<std::string, uint32_t> term_id, entity_id, doc_id;
    auto intern = [](std::unordered_map<std::string, uint32_t>& ids, const std::string& s) {
      return ids.emplace(s, static_cast<uint32_t>(ids.size())).first->second;
    };
    std::vector<Ids> terms(n), entities(n);
    std::vector<uint32_t> doc(n);
    std::vector<uint32_t> frequency;
    for (size_t i = 0; i < n; ++i) {
      const Event& m = mentions_[order[i]];
      for (const auto& t : key_terms(m.text)) {
        uint32_t id = intern(term_id, t);
        if (id == frequency.size()) frequency.push_back(0);
        ++frequency[id];
        terms[i].push_back(id);
      }
      for (const auto& name : m.entities) entities[i].push_back(intern(entity_id, name));
      std::sort(entities[i].begin(), entities[i].end());
      entities[i].erase(std::unique(entities[i].begin(), entities[i].end()), entities[i].end());
      doc[i] = intern(doc_id, m.sources.empty() ? std::string() : m.sources[0].doc);
    }
    term_id.clear();
    entity_id.clear();
    doc_id.clear();
    // Renumber the terms rarest first (ties by id), so that a prefix holds the rare terms.
    {
      std::vector<uint32_t> by_rarity(frequency.size()), rank(frequency.size());
      std::iota(by_rarity.begin(), by_rarity.end(), 0);
      std::sort(by_rarity.begin(), by_rarity.end(),
                [&](uint32_t a, uint32_t b) { return std::tie(frequency[a], a) < std::tie(frequency[b], b); });
      for (uint32_t r = 0; r < by_rarity.size(); ++r) rank[by_rarity[r]] = r;
      for (auto& ts : terms) {
        for (auto& t : ts) t = rank[t];
        std::sort(ts.begin(), ts.end());
      }
    }
    // Mentions that share a date range form a block; a pair can only be the same happening
    // when the range of one holds the range of the other, so each block is compared with
    // itself and with the blocks whose ranges hold it (a day with its month, year, decade).
    std::map<std::pair<std::string, std::string>, size_t> block_of_range;
    std::vector<size_t> block(n, SIZE_MAX);
    for (size_t i = 0; i < n; ++i) {
      auto r = timex::date_range(mentions_[order[i]].date);
      if (!r) continue;  // no calendar range: never the same happening as anything
      block[i] = block_of_range.emplace(std::move(*r), block_of_range.size()).first->second;
    }
    std::vector<std::pair<std::string, std::string>> range_of(block_of_range.size());
    for (auto& [r, b] : block_of_range) range_of[b] = r;
    block_of_range.clear();
    std::vector<size_t> wide;  // blocks longer than one day: the only ones that hold others
    for (size_t b = 0; b < range_of.size(); ++b)
      if (range_of[b].first != range_of[b].second) wide.push_back(b);
    std::vector<std::vector<size_t>> holders(range_of.size());
    for (size_t b = 0; b < range_of.size(); ++b) {
      holders[b].push_back(b);
      for (size_t w : wide)
        if (w != b && contains_range(range_of[w], range_of[b])) holders[b].push_back(w);
    }
    // Mentions alike in block, participants and key terms (the same sentence syndicated to
    // many documents) are one class, and only its first mention, the representative, is
    // indexed and compared: same_happening sees nothing else of them but their documents.
    // Among its own mentions a class is connected when they come from two documents or
    // more (and a mention is the same happening as its twin, which any pair with another
    // class implies). Two classes found to be the same happening connect all their
    // mentions, unless every one of them comes from one and the same document: each
    // mention then has a partner in another document, in the other class or, through a
    // class of several documents, in its own.
    std::vector<uint32_t> class_of(n, UINT32_MAX), class_doc;
    std::vector<size_t> first_of;                // the representative of each class
    std::vector<char> many_docs, linked;         // per class
    {
      std::unordered_map<uint64_t, std::vector<uint32_t>> by_hash;
      for (size_t i = 0; i < n; ++i) {
        if (block[i] == SIZE_MAX) continue;
        uint64_t h = 1469598103934665603ULL ^ block[i];
        auto mix = [&](uint64_t v) { h = fnv_step(h, v); };
        for (uint32_t e : entities[i]) mix(e);
        mix(UINT64_MAX);
        for (uint32_t t : terms[i]) mix(t);
        auto& same_hash = by_hash[h];
        uint32_t c = UINT32_MAX;
        for (uint32_t k : same_hash) {
          size_t r = first_of[k];
          if (block[r] == block[i] && entities[r] == entities[i] && terms[r] == terms[i]) c = k;
        }
        if (c == UINT32_MAX) {
          c = static_cast<uint32_t>(first_of.size());
          first_of.push_back(i);
          class_doc.push_back(doc[i]);
          many_docs.push_back(0);
          same_hash.push_back(c);
        } else if (class_doc[c] != doc[i]) {
          many_docs[c] = 1;
        }
        class_of[i] = c;
      }
      linked.assign(first_of.size(), 0);
    }
    auto representative = [&](size_t i) { return block[i] != SIZE_MAX && first_of[class_of[i]] == i; };
    // Postings per block: prefix term -> representatives (ascending positions).
    std::vector<std::unordered_map<uint32_t, std::vector<uint32_t>>> postings(range_of.size());
    for (size_t i = 0; i < n; ++i) {
      if (!representative(i)) continue;
      size_t p = prefix_length(terms[i].size(), !entities[i].empty());
      for (size_t k = 0; k < p; ++k) postings[block[i]][terms[i][k]].push_back(static_cast<uint32_t>(i));
    }
    std::vector<size_t> seen(n, SIZE_MAX);
    std::vector<uint32_t> candidates;
    for (size_t i = 0; i < n; ++i) {
      if (!representative(i)) continue;
      size_t p = prefix_length(terms[i].size(), !entities[i].empty());
      candidates.clear();
      for (size_t h : holders[block[i]]) {
        bool same_block = h == block[i];
        const auto& index = postings[h];
        for (size_t k = 0; k < p; ++k) {
          auto it = index.find(terms[i][k]);
          if (it == index.end()) continue;
          // Within a block each pair is seen once, from its earlier mention: the postings are
          // in ascending order, so those up to i itself are passed over unread.
          const auto& posted = it->second;
          auto from = same_block ? std::upper_bound(posted.begin(), posted.end(), static_cast<uint32_t>(i)) : posted.begin();
          for (auto at = from; at != posted.end(); ++at) {
            uint32_t j = *at;
            ++stats_.visits;
            if (seen[j] == i) continue;
            seen[j] = i;
            candidates.push_back(j);
          }
        }
      }
      uint32_t ci = class_of[i];
      for (uint32_t j : candidates) {
        uint32_t cj = class_of[j];
        if (!many_docs[ci] && !many_docs[cj] && class_doc[ci] == class_doc[cj]) continue;  // one document
        if (uf.find(i) == uf.find(j)) continue;  // joined already: nothing to learn
        ++stats_.comparisons;
        if (similar(entities[i], entities[j], terms[i], terms[j])) {
          uf.join(i, j);
          linked[ci] = linked[cj] = 1;
        }
      }
    }
    for (size_t i = 0; i < n; ++i) {
      if (block[i] == SIZE_MAX || representative(i)) continue;
      uint32_t c = class_of[i];
      if (linked[c] || (many_docs[c] && similar(entities[i], entities[i], terms[i], terms[i]))) uf.join(i, first_of[c]);
    }
  }
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < order.size(); ++i) groups[uf.find(i)].push_back(order[i]);
  std::vector<Event> out;
  for (auto& [root, members] : groups) {
    // The finest date speaks for the group; ties go to the first source.
    std::sort(members.begin(), members.end(), [&](size_t x, size_t y) {
      const Event &a = mentions_[x], &b = mentions_[y];
      return std::make_tuple(length[x], source_key(a.sources[0]), a.date, a.what) <
             std::make_tuple(length[y], source_key(b.sources[0]), b.date, b.what);
    });
    Event e = owned ? std::move((*owned)[members[0]]) : mentions_[members[0]];
    for (size_t k = 1; k < members.size(); ++k) {
      const Event& m = mentions_[members[k]];
      EventSource s = owned ? std::move((*owned)[members[k]].sources[0]) : m.sources[0];
      if (m.date != e.date) s.date = m.date;
      if (m.what != e.what) s.what = m.what;
      if (m.text != e.text) s.text = m.text;
      if (m.entities != e.entities) s.entities = m.entities;
      e.sources.push_back(std::move(s));
    }
    std::sort(e.sources.begin(), e.sources.end(),
              [](const EventSource& a, const EventSource& b) { return source_key(a) < source_key(b); });
    out.push_back(std::move(e));
  }
  std::vector<std::tuple<std::pair<std::string, std::string>, std::tuple<std::string, std::string, int64_t, int64_t, std::string>, std::string, size_t>> keys;
  for (size_t i = 0; i < out.size(); ++i) keys.emplace_back(date_key(out[i].date), source_key(out[i].sources[0]), out[i].what, i);
  std::sort(keys.begin(), keys.end());
  std::vector<Event> sorted;
  sorted.reserve(out.size());
  for (const auto& k : keys) sorted.push_back(std::move(out[std::get<3>(k)]));
  return sorted;
}

}  // namespace dossier::timeline
