// Tests of the timeline module: events from dated sentences, order independence (what
// --merge relies on), date filters and the text/SVG forms; merging is timeline_merge_test.cc.
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
  auto d = make_doc("a", "The envoy will present the plan in a speech Saturday, her office said.", "2010-02-04");
  auto events = dossier::timeline::document_events(d);
  REQUIRE(events.size() == 1);
  CHECK(events[0].what == "The envoy will present the plan in a speech");
  CHECK(events[0].date == "2010-02-06");
}

TEST_CASE("an event in a fiscal year is placed at the calendar year of its number", "[timeline]") {
  auto d = make_doc("a", "The mill doubled its output of rolled steel in fiscal 1996.", "1998-10-21");
  auto events = dossier::timeline::document_events(d);
  REQUIRE(events.size() == 1);
  CHECK(events[0].date == "1996");
  CHECK(events[0].granularity == "year");
}

TEST_CASE("boilerplate sentences and bare datelines give no event", "[timeline]") {
  auto d = make_doc("a", "Last Updated: 09/14/2016. March 01, 2008. Please donate to keep us going in 2010 and beyond.", "2008-03-01");
  CHECK(dossier::timeline::document_events(d).empty());
}

TEST_CASE("the date of a story's dateline is no event, and the dateline is no part of another date's event", "[timeline]") {
  auto d = make_doc("a", "Oslo, May 8 (Nordic Wire) - The port board approved the new ferry terminal on Tuesday. Work starts soon.",
                    "2031-05-08");
  d.dateline = "Oslo, May 8 (Nordic Wire)";
  auto events = dossier::timeline::document_events(d);
  REQUIRE(events.size() == 1);
  CHECK(events[0].date == "2031-05-06");
  CHECK(events[0].sources[0].timex == "Tuesday");
  CHECK(events[0].what == "The port board approved the new ferry terminal");
}

TEST_CASE("the dateline's date of a sentence that names no other date is its event, told from after the dateline", "[timeline]") {
  auto d = make_doc("a", "Oslo, May 8 (Nordic Wire) - The port board approved the new ferry terminal after a long debate.",
                    "2031-05-08");
  d.dateline = "Oslo, May 8 (Nordic Wire)";
  auto events = dossier::timeline::document_events(d);
  REQUIRE(events.size() == 1);
  CHECK(events[0].date == "2031-05-08");
  CHECK(events[0].what == "The port board approved the new ferry terminal after a long debate");
}

TEST_CASE("a place and date that run on into the sentence without a dash are no dateline to leave out", "[timeline]") {
  auto d = make_doc("a", "Oslo, May 6 was the day the port board approved the terminal.", "2031-05-09");
  d.dateline = "Oslo, May 6";
  auto events = dossier::timeline::document_events(d);
  REQUIRE(events.size() == 1);
  CHECK(events[0].date == "2031-05-06");
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
