// Tests of the timeline module: events from dated sentences, merging across documents,
// order independence (what --merge relies on), date filters and the text/SVG forms.
#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/document.h"
#include "dossier/error.h"
#include "dossier/timeline.h"
#include "dossier/timex.h"

namespace {

// A document whose sentences are split at ". " and whose timexes come from the annotator.
dossier::Document make_doc(const std::string& id, const std::string& text, const char* dct) {
  dossier::Document d;
  d.id = id;
  d.source.path = "docs/" + id + ".txt";
  d.text = text;
  if (dct) d.dct.value = dct;
  int64_t start = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] == '.' && text[i + 1] == ' ') {
      d.sentences.push_back(dossier::Span{start, static_cast<int64_t>(i + 1)});
      start = static_cast<int64_t>(i + 2);
    }
  }
  d.sentences.push_back(dossier::Span{start, static_cast<int64_t>(text.size())});
  dossier::timex::annotate(d);
  return d;
}

std::vector<dossier::Event> chronology_of(const std::vector<dossier::Document>& docs) {
  dossier::timeline::Chronology c;
  for (const auto& d : docs)
    for (auto& e : dossier::timeline::document_events(d)) c.add(std::move(e));
  return c.events();
}

std::vector<std::string> dump(const std::vector<dossier::Event>& events) {
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(nlohmann::json(e).dump());
  return out;
}

}  // namespace

TEST_CASE("every sentence with a calendar date yields one event with one source", "[timeline]") {
  auto d = make_doc("a", "Rogozin passed the draft treaty to NATO on Monday. The talks lasted five days. Now is the time.",
                    "2009-12-01");
  auto events = dossier::timeline::document_events(d);
  REQUIRE(events.size() == 1);
  const auto& e = events[0];
  CHECK(e.date == "2009-11-30");
  CHECK(e.granularity == "day");
  CHECK(e.text == "Rogozin passed the draft treaty to NATO on Monday.");
  CHECK(e.what == "Rogozin passed the draft treaty to NATO");
  REQUIRE(e.sources.size() == 1);
  CHECK(e.sources[0].doc == "a");
  CHECK(e.sources[0].path == "docs/a.txt");
  CHECK(e.sources[0].timex == "Monday");
  CHECK(e.sources[0].span == dossier::Span{0, 50});
  CHECK(e.entities.empty());
}

TEST_CASE("the what of an event is its clause without the date and the attribution", "[timeline]") {
  auto d = make_doc("a", "Lavrov will promote the treaty in a keynote speech Saturday, the spokesman said.", "2010-02-04");
  auto events = dossier::timeline::document_events(d);
  REQUIRE(events.size() == 1);
  CHECK(events[0].what == "Lavrov will promote the treaty in a keynote speech");
  CHECK(events[0].date == "2010-02-06");
}

TEST_CASE("boilerplate sentences and bare datelines give no event", "[timeline]") {
  auto d = make_doc("a", "Last Updated: 07/27/2016. March 01, 2008. Please donate to support us in 2010 and beyond.", "2008-03-01");
  CHECK(dossier::timeline::document_events(d).empty());
}

TEST_CASE("an event names the entities of its sentence when the document has them", "[timeline]") {
  auto d = make_doc("a", "Putin spoke in Munich in February 2007. Lavrov stayed home.", "2010-02-04");
  d.entities = std::vector<dossier::Entity>{
      {"e1", "Sergei Lavrov", "PERSON", {"Lavrov"}, std::nullopt, {{40, 46}}},
      {"e2", "Munich", "GPE", {"Munich"}, std::nullopt, {{15, 21}}},
      {"e3", "Vladimir Putin", "PERSON", {"Putin"}, std::nullopt, {{0, 5}}},
  };
  auto events = dossier::timeline::document_events(d);
  REQUIRE(events.size() == 1);
  CHECK(events[0].entities == std::vector<std::string>{"Vladimir Putin", "Munich"});
}

TEST_CASE("the same happening told by two documents becomes one event with two sources", "[timeline]") {
  auto a = make_doc("a", "Russia and Georgia fought a war over South Ossetia in August 2008.", "2010-02-04");
  auto b = make_doc("b", "Georgia lost South Ossetia in a short war with Russia in 2008.", "2010-02-05");
  auto c = make_doc("c", "NATO met in Brussels in August 2008 about budgets.", "2010-02-05");
  auto events = chronology_of({a, b, c});
  REQUIRE(events.size() == 2);
  const auto& merged = events[0].sources.size() == 2 ? events[0] : events[1];
  REQUIRE(merged.sources.size() == 2);
  CHECK(merged.date == "2008-08");
  CHECK(merged.sources[0].doc == "a");
  CHECK(merged.sources[1].doc == "b");
  CHECK(merged.sources[1].date == std::optional<std::string>("2008"));
}

TEST_CASE("same_happening needs other documents, compatible dates and shared terms", "[timeline]") {
  auto e1 = dossier::timeline::document_events(make_doc("a", "Russia and Georgia fought a war over South Ossetia in August 2008.", "2010-02-04"))[0];
  auto e2 = dossier::timeline::document_events(make_doc("b", "Russia and Georgia fought a war over South Ossetia in September 2008.", "2010-02-04"))[0];
  auto e3 = dossier::timeline::document_events(make_doc("a", "Russia and Georgia fought a war over South Ossetia in 2008.", "2010-02-04"))[0];
  auto e4 = dossier::timeline::document_events(make_doc("c", "Russia and Georgia fought a war over South Ossetia in 2008.", "2010-02-04"))[0];
  CHECK_FALSE(dossier::timeline::same_happening(e1, e2));  // other month
  CHECK_FALSE(dossier::timeline::same_happening(e1, e3));  // same document
  CHECK(dossier::timeline::same_happening(e1, e4));         // 2008 holds August 2008
  CHECK(dossier::timeline::same_happening(e4, e1));
  e1.entities = {"Russia"};
  e4.entities = {"NATO"};
  CHECK_FALSE(dossier::timeline::same_happening(e1, e4));   // no shared participant
}

TEST_CASE("events are sorted by date, then by first source", "[timeline]") {
  auto a = make_doc("a", "The pact was signed in 1999 in Istanbul. The treaty was drafted in May 2008 in Moscow.", "2010-02-04");
  auto b = make_doc("b", "The summit met in the early 1960s in Bavaria. Ministers gathered in May 2008 in Paris.", "2010-02-04");
  auto events = chronology_of({b, a});
  std::vector<std::string> dates;
  for (const auto& e : events) dates.push_back(e.date);
  CHECK(dates == std::vector<std::string>{"196X", "1999", "2008-05", "2008-05"});
  CHECK(events[2].sources[0].doc == "a");
}

TEST_CASE("the chronology does not depend on the order documents come in", "[timeline]") {
  auto a = make_doc("a", "Russia and Georgia fought a war over South Ossetia in August 2008. Talks began on Monday.", "2010-02-04");
  auto b = make_doc("b", "Georgia lost South Ossetia in a short war with Russia in 2008. Talks began on Monday in Geneva.", "2010-02-04");
  auto c = make_doc("c", "Russia fought Georgia over South Ossetia during the summer of 2008, a war.", "2010-02-05");
  auto one = dump(chronology_of({a, b, c}));
  CHECK(one == dump(chronology_of({c, b, a})));
  CHECK(one == dump(chronology_of({b, c, a})));
}

TEST_CASE("merging the chronologies of shards gives the chronology of the whole", "[timeline]") {
  auto a = make_doc("a", "Russia and Georgia fought a war over South Ossetia in August 2008.", "2010-02-04");
  auto b = make_doc("b", "Georgia lost South Ossetia in a short war with Russia in 2008.", "2010-02-05");
  auto c = make_doc("c", "Russia fought Georgia over South Ossetia during the summer of 2008, a war.", "2010-02-05");
  auto whole = chronology_of({a, b, c});
  dossier::timeline::Chronology merged;
  for (auto& e : chronology_of({a})) merged.add(dossier::timeline::event_from_json(nlohmann::json(e)));
  for (auto& e : chronology_of({c, b})) merged.add(dossier::timeline::event_from_json(nlohmann::json(e)));
  CHECK(dump(merged.events()) == dump(whole));
}

TEST_CASE("split_event gives back each source as its own event", "[timeline]") {
  auto a = make_doc("a", "Russia and Georgia fought a war over South Ossetia in August 2008.", "2010-02-04");
  auto b = make_doc("b", "Georgia lost South Ossetia in a short war with Russia in 2008.", "2010-02-05");
  auto events = chronology_of({a, b});
  REQUIRE(events.size() == 1);
  auto parts = dossier::timeline::split_event(events[0]);
  REQUIRE(parts.size() == 2);
  CHECK(parts[1].date == "2008");
  CHECK(parts[1].granularity == "year");
  CHECK(parts[1].text == "Georgia lost South Ossetia in a short war with Russia in 2008.");
  CHECK_FALSE(parts[1].sources[0].date.has_value());
}

TEST_CASE("event_from_json refuses records that are no events", "[timeline]") {
  CHECK_THROWS_AS(dossier::timeline::event_from_json(nlohmann::json{{"schema", "dossier.document/1"}}), dossier::Error);
  CHECK_THROWS_AS(dossier::timeline::event_from_json(nlohmann::json{{"schema", "dossier.event/1"}, {"date", "2009"}}),
                  dossier::Error);
}

TEST_CASE("in_range keeps events whose dates overlap the bounds", "[timeline]") {
  dossier::Event e;
  e.date = "2009-06-28";
  CHECK(dossier::timeline::in_range(e, "", ""));
  CHECK(dossier::timeline::in_range(e, "2009", "2009"));
  CHECK(dossier::timeline::in_range(e, "2009-06", ""));
  CHECK_FALSE(dossier::timeline::in_range(e, "2009-07", ""));
  CHECK_FALSE(dossier::timeline::in_range(e, "", "2009-06-27"));
  e.date = "196X";
  CHECK(dossier::timeline::in_range(e, "1965", "1965"));
  CHECK_FALSE(dossier::timeline::in_range(e, "1970", ""));
}

TEST_CASE("the text form lists dates, descriptions and sources", "[timeline]") {
  auto events = chronology_of({make_doc("a", "Rogozin passed the draft treaty to NATO on Monday.", "2009-12-01")});
  std::string text = dossier::timeline::format_text(events);
  CHECK(text == "2009-11-30  Rogozin passed the draft treaty to NATO\n            docs/a.txt (Monday)\n");
}

TEST_CASE("the svg form is one self-contained picture with a lane per document", "[timeline]") {
  auto events = chronology_of({make_doc("a", "Rogozin passed the draft <treaty> to NATO on Monday.", "2009-12-01"),
                               make_doc("b", "The pact was signed in 1999 in Istanbul.", "2009-12-01")});
  std::string svg = dossier::timeline::format_svg(events);
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(svg.find("</svg>") != std::string::npos);
  CHECK(svg.find("docs/a.txt") != std::string::npos);
  CHECK(svg.find("docs/b.txt") != std::string::npos);
  CHECK(svg.find("&lt;treaty&gt;") != std::string::npos);
  CHECK(svg.find("<treaty>") == std::string::npos);
  CHECK(std::count(svg.begin(), svg.end(), '\n') > 5);
}

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

TEST_CASE("a long sentence naming one date many times gives one event", "[timeline]") {
  std::string text = "The minister said that";
  for (int i = 0; i < 300; ++i) text += " on 12 January 2009 officials met,";
  text += " and the talks ended.";
  dossier::Document d = make_doc("d1", text, "2009-01-20");
  REQUIRE(d.timexes->size() >= 300);
  auto events = dossier::timeline::document_events(d);
  REQUIRE(events.size() == 1);
  CHECK(events[0].date == "2009-01-12");
  CHECK(events[0].sources[0].span.end == static_cast<int64_t>(text.size()));
}

TEST_CASE("events find their sentence however the sentences are ordered", "[timeline]") {
  dossier::Document d = make_doc("d1", "Talks began on 5 March 2009 in Geneva. They ended on 9 March 2009 without a deal.", "2009-03-10");
  auto in_order = dossier::timeline::document_events(d);
  std::reverse(d.sentences.begin(), d.sentences.end());
  auto reversed = dossier::timeline::document_events(d);
  REQUIRE(in_order.size() == 2);
  REQUIRE(reversed.size() == 2);
  for (size_t i = 0; i < 2; ++i) CHECK(in_order[i].sources[0].span == reversed[i].sources[0].span);
}

TEST_CASE("range bounds and event dates must be days of the calendar", "[timeline]") {
  using dossier::timeline::is_calendar_value;
  using dossier::timeline::is_range_bound;
  for (const char* good : {"2009", "2009-02", "2008-02-29", "1999-12-31"}) {
    INFO(good);
    CHECK(is_range_bound(good));
    CHECK(is_calendar_value(good));
  }
  for (const char* bad : {"", "notadate", "2009-13-45", "2009-02-30", "2009-13", "2009-1x", "20091", "2009-W05"}) {
    INFO(bad);
    CHECK_FALSE(is_range_bound(bad));
  }
  for (const char* value : {"2009-W05", "2009-Q2", "200X", "2009-01-05T10:00"}) {
    INFO(value);
    CHECK(is_calendar_value(value));
  }
  for (const char* bad : {"not-a-date", "2009-13-45", "2009-Q7", "PRESENT_REF", "XXXX-01-05"}) {
    INFO(bad);
    CHECK_FALSE(is_calendar_value(bad));
  }
}

TEST_CASE("event_from_json refuses an event or a source dated with no calendar date", "[timeline]") {
  nlohmann::json e = {{"schema", "dossier.event/1"}, {"date", "not-a-date"}, {"granularity", "day"},
                      {"what", "w"}, {"text", "t"}, {"entities", nlohmann::json::array()},
                      {"sources", {{{"doc", "d"}, {"path", "p"}, {"span", {0, 1}}, {"timex", "x"}}}}};
  CHECK_THROWS_WITH(dossier::timeline::event_from_json(e), "event date is not a calendar date: \"not-a-date\"");
  e["date"] = "2009-01-05";
  CHECK_NOTHROW(dossier::timeline::event_from_json(e));
  e["sources"][0]["date"] = "2009-02-30";
  CHECK_THROWS_WITH(dossier::timeline::event_from_json(e), "event source date is not a calendar date: \"2009-02-30\"");
}
