// Tests of merging mentions across documents: the prefix-filtered candidate search finds
// exactly the groups that comparing every pair finds, in work that grows linearly.
#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/document.h"
#include "dossier/timeline.h"
#include "dossier/timex.h"

namespace {

// A corpus of syndicated copies: every document tells the same few happenings in nearly
// the same words, with a place swapped, on dates that repeat across documents.
std::vector<dossier::Event> syndicated_mentions(size_t docs) {
  static const char* kSentences[] = {
      "Russian diplomats handed the draft security treaty to NATO envoys in {P} on {D}.",
      "The foreign ministers met in {P} on {D} to discuss missile defence plans for Europe.",
      "Protesters gathered outside the parliament building in {P} on {D} demanding new elections.",
      "Engineers restored the gas pipeline supply to {P} on {D} after a long winter dispute.",
  };
  static const char* kPlaces[] = {"Munich", "Vienna", "Warsaw", "Tbilisi", "Kyiv", "Geneva", "Brussels"};
  static const char* kDates[] = {"2009-11-30", "2009-12", "2009", "2009-12-07", "2009-11-30"};
  std::vector<dossier::Event> out;
  for (size_t d = 0; d < docs; ++d) {
    for (size_t s = 0; s < 4; ++s) {
      dossier::Event e;
      e.date = kDates[(d + s) % 5];
      e.granularity = dossier::timex::granularity(e.date);
      std::string text = kSentences[s];
      text.replace(text.find("{P}"), 3, kPlaces[(d * 3 + s) % 7]);
      text.replace(text.find("{D}"), 3, e.date);
      e.text = e.what = text;
      if (d % 2 == 0) e.entities = {"NATO", kPlaces[(d * 3 + s) % 7]};
      dossier::EventSource src;
      src.doc = "d" + std::to_string(d);
      src.path = "docs/" + src.doc + ".txt";
      src.span = dossier::Span{static_cast<int64_t>(s * 100), static_cast<int64_t>(s * 100 + 90)};
      src.timex = e.date;
      e.sources.push_back(std::move(src));
      out.push_back(std::move(e));
    }
  }
  return out;
}

// Which mentions end up together, as sets of "doc/span start".
std::set<std::set<std::string>> partition_of(const std::vector<dossier::Event>& events) {
  std::set<std::set<std::string>> out;
  for (const auto& e : events) {
    std::set<std::string> group;
    for (const auto& s : e.sources) group.insert(s.doc + "/" + std::to_string(s.span.start));
    out.insert(group);
  }
  return out;
}

// The definition of merging: connected components of same_happening over all pairs of
// MENTIONS, each group as the set of its mentions' "doc/start".
std::set<std::set<std::string>> pairwise_groups(const std::vector<dossier::Event>& mentions) {
  std::vector<size_t> parent(mentions.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::function<size_t(size_t)> root = [&](size_t x) { return parent[x] == x ? x : parent[x] = root(parent[x]); };
  for (size_t i = 0; i < mentions.size(); ++i)
    for (size_t j = i + 1; j < mentions.size(); ++j)
      if (dossier::timeline::same_happening(mentions[i], mentions[j])) parent[root(j)] = root(i);
  std::map<size_t, std::set<std::string>> groups;
  for (size_t i = 0; i < mentions.size(); ++i)
    groups[root(i)].insert(mentions[i].sources[0].doc + "/" + std::to_string(mentions[i].sources[0].span.start));
  std::set<std::set<std::string>> brute;
  for (auto& [r, g] : groups) brute.insert(g);
  return brute;
}

}  // namespace

TEST_CASE("merging finds exactly the groups that comparing every pair of mentions finds", "[timeline]") {
  auto mentions = syndicated_mentions(40);
  dossier::timeline::Chronology c;
  for (const auto& m : mentions) c.add(m);
  auto fast = partition_of(c.events());
  auto brute = pairwise_groups(mentions);
  CHECK(fast == brute);
  CHECK(fast.size() < mentions.size());  // the copies did merge
}

// Happenings of one year, each told by two documents in words of its own (names made of
// letters from its number) and a word every document uses.
std::vector<dossier::Event> distinct_happenings(size_t count) {
  static const char* kDates[] = {"2009", "2009-03", "2009-03-14", "2009-07-01", "2009-Q4"};
  auto word = [](size_t n, char lead) {
    std::string w(1, lead);
    for (int k = 0; k < 4; ++k, n /= 26) w += static_cast<char>('a' + n % 26);
    return w;
  };
  std::vector<dossier::Event> out;
  for (size_t h = 0; h < count; ++h) {
    for (size_t copy = 0; copy < 2; ++copy) {
      dossier::Event e;
      e.date = kDates[h % 5];
      e.granularity = dossier::timex::granularity(e.date);
      e.text = e.what = "The minister " + word(h, 'k') + " " + word(h, 'q') + " the " + word(h, 'v') + " of " + word(h, 'z') +
                        (copy ? "." : " ...");
      dossier::EventSource src;
      src.doc = "d" + std::to_string(h * 2 + copy);
      src.path = "docs/" + src.doc + ".txt";
      src.span = dossier::Span{0, 60};
      src.timex = e.date;
      e.sources.push_back(std::move(src));
      out.push_back(std::move(e));
    }
  }
  return out;
}

TEST_CASE("the work of merging grows linearly with the happenings of one year", "[timeline]") {
  auto work = [](size_t count) {
    dossier::timeline::Chronology c;
    for (auto& m : distinct_happenings(count)) c.add(std::move(m));
    auto events = c.events();
    CHECK(events.size() == count);  // each happening merged its two tellings, and nothing else
    return c.stats();
  };
  auto small = work(250), large = work(2000);
  // Eight times the mentions: comparing every pair of one year would take 64 times the work.
  CHECK(large.comparisons <= 10 * std::max<size_t>(small.comparisons, 1));
  CHECK(large.visits <= 10 * std::max<size_t>(small.visits, 1));
  CHECK(large.comparisons <= 2 * 4000);  // a full check or two per mention, not one per pair
}

namespace {

// Pairs of mentions on one day each that share just enough key terms to be the same
// happening, those terms being the most common ones (so they come last in the order the
// merging indexes terms in): a short sentence made of them and a long one (8 to 27 terms)
// holding them, once naming a participant in both and once in neither.
std::vector<dossier::Event> borderline_pairs() {
  auto word = [](size_t n, char lead) {
    std::string w(1, lead);
    for (int k = 0; k < 4; ++k, n /= 18) w += static_cast<char>('a' + n % 18);  // no 's': no plural folding
    return w;
  };
  auto mention = [](const std::string& date, const std::string& text, const std::string& doc, bool named) {
    dossier::Event e;
    e.date = date;
    e.granularity = dossier::timex::granularity(date);
    e.text = e.what = text;
    if (named) e.entities = {"NATO"};
    dossier::EventSource src;
    src.doc = doc;
    src.path = "docs/" + doc + ".txt";
    src.span = dossier::Span{0, 90};
    src.timex = date;
    e.sources.push_back(std::move(src));
    return e;
  };
  std::string common;
  for (size_t k = 0; k < 27; ++k) common += word(k, 'c') + " ";
  std::vector<dossier::Event> out;
  for (size_t f = 0; f < 10; ++f) out.push_back(mention("PRESENT_REF", common, "f" + std::to_string(f), false));
  for (int named = 0; named < 2; ++named) {
    for (size_t n = 8; n <= 27; ++n) {
      // Just enough: Jaccard 0.15 and two terms with participants, 0.2 and three without.
      size_t shared = named ? std::max<size_t>(2, (3 * n + 19) / 20) : std::max<size_t>(3, (n + 4) / 5);
      std::string date = std::string(named ? "2009-01-" : "2009-02-") + (n < 10 ? "0" : "") + std::to_string(n);
      std::string small, large;
      for (size_t k = 0; k < shared; ++k) small += word(k, 'c') + " ";
      large = small;
      for (size_t k = shared; k < n; ++k) large += word(n * 100 + named * 50 + k, 'u') + " ";
      std::string tag = std::to_string(named) + "-" + std::to_string(n);
      out.push_back(mention(date, large, "a" + tag, named));
      out.push_back(mention(date, small, "b" + tag, named));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("merging finds pairs that share just enough of their most common terms", "[timeline]") {
  auto mentions = borderline_pairs();
  dossier::timeline::Chronology c;
  for (const auto& m : mentions) c.add(m);
  auto fast = partition_of(c.events());
  std::set<std::set<std::string>> brute;
  size_t pairs = 0;
  std::vector<bool> paired(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i)
    for (size_t j = i + 1; j < mentions.size(); ++j)
      if (dossier::timeline::same_happening(mentions[i], mentions[j])) {
        ++pairs;
        paired[i] = paired[j] = true;
        brute.insert({mentions[i].sources[0].doc + "/0", mentions[j].sources[0].doc + "/0"});
      }
  for (size_t i = 0; i < mentions.size(); ++i)
    if (!paired[i]) brute.insert({mentions[i].sources[0].doc + "/0"});
  CHECK(pairs == 40);  // each pair is the same happening, and nothing else is
  CHECK(fast == brute);
}

namespace {

// Copies of a few sentences (word for word, so that merging takes each set of copies as
// one), spread over documents in every way that matters: copies within one document only,
// across documents, two sets of copies that are the same happening but all from one
// document, sets too short to pair at all, and with and without participants.
std::vector<dossier::Event> copies() {
  struct Copy {
    const char* text;
    const char* doc;
    bool named;
  };
  static const Copy kCopies[] = {
      {"Diplomats handed the draft security treaty to envoys in Munich", "a", true},
      {"Diplomats handed the draft security treaty to envoys in Munich", "a", true},
      {"Diplomats handed the draft security treaty to envoys in Vienna", "a", true},
      {"Diplomats handed the draft security treaty to envoys in Vienna", "a", true},
      {"Ministers discussed missile defence plans for Europe in Geneva", "b", false},
      {"Ministers discussed missile defence plans for Europe in Geneva", "c", false},
      {"Ministers discussed missile defence plans for Europe in Geneva", "b", false},
      {"Ministers discussed missile defence plans for Europe in Warsaw", "d", false},
      {"Protesters gathered outside parliament demanding elections", "e", true},
      {"Protesters gathered outside parliament demanding elections", "e", true},
      {"Protesters gathered outside parliament demanding elections today", "f", true},
      {"Engineers restored supply", "g", false},
      {"Engineers restored supply", "h", false},
      {"Pipeline", "g", true},
      {"Pipeline", "h", true},
  };
  std::vector<dossier::Event> out;
  int span = 0;
  for (const auto& c : kCopies) {
    dossier::Event e;
    e.date = "2009-11-30";
    e.granularity = dossier::timex::granularity(e.date);
    e.text = e.what = c.text;
    if (c.named) e.entities = {"NATO"};
    dossier::EventSource src;
    src.doc = c.doc;
    src.path = std::string("docs/") + c.doc + ".txt";
    src.span = dossier::Span{span, span + 50};
    span += 100;
    src.timex = e.date;
    e.sources.push_back(std::move(src));
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

TEST_CASE("merging copies of a sentence finds exactly the groups that comparing every pair finds", "[timeline]") {
  auto mentions = copies();
  dossier::timeline::Chronology c;
  for (const auto& m : mentions) c.add(m);
  auto fast = partition_of(c.events());
  auto brute = pairwise_groups(mentions);
  CHECK(fast == brute);
  CHECK(brute.size() > 3);
  CHECK(brute.size() < mentions.size());
}
