// Tests of clock times read with the part of the day around them (patterns.tsv, amounts.cc).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/timex.h"
#include "dossier/utf8.h"
#include "table_test.h"

using namespace timex_table;

// 2021-09-15 is a Wednesday.
TEST_CASE("an hour beside tonight or this morning is one time of that part of the day", "[timex]") {
  check_found("The committee will vote tonight at 7.", "2021-09-15", {{"tonight at 7", "2021-09-15T19:00"}});
  check_found("The ferry sails at 9.15 tonight.", "2021-09-15", {{"9.15 tonight", "2021-09-15T21:15"}});
  check_found("Firefighters were called this morning at 6.", "2021-09-15", {{"this morning at 6", "2021-09-15T06:00"}});
  check_found("The mayor spoke yesterday afternoon at 4:30.", "2021-09-15", {{"yesterday afternoon at 4:30", "2021-09-14T16:30"}});
  check_found("The lights went out at 11 last night.", "2021-09-15", {{"11 last night", "2021-09-14T23:00"}});
  check_found("The shop reopens tomorrow morning at ten.", "2021-09-15", {{"tomorrow morning at ten", "2021-09-16T10:00"}});
}

TEST_CASE("an hour with o'clock beside tonight or last night is one time of that part of the day", "[timex]") {
  check_found("The polls shut at 10 o'clock tonight.", "2021-09-15", {{"10 o'clock tonight", "2021-09-15T22:00"}});
  check_found("The alarm sounded at nine o'clock last night.", "2021-09-15", {{"nine o'clock last night", "2021-09-14T21:00"}});
  check_found("Yesterday afternoon at four o'clock the ferry left.", "2021-09-15",
              {{"Yesterday afternoon at four o'clock", "2021-09-14T16:00"}});
}

TEST_CASE("a clock time with a dot before the minutes and p.m. is read", "[timex]") {
  check_found("The last bus left at 10.40pm.", "2021-09-15", {{"10.40pm", "2021-09-15T22:40"}});
  check_found("Play resumed at 3.05 p.m.", "2021-09-15", {{"3.05 p.m", "2021-09-15T15:05"}});
}

TEST_CASE("an hour in the AM or in the PM is a time of the morning or after noon", "[timex]") {
  check_found("The bakery opens at 6 in the AM.", "2020-02-03", {{"6 in the AM", "2020-02-03T06:00"}});
  check_found("Call back at eight in the pm.", "2020-02-03", {{"eight in the pm", "2020-02-03T20:00"}});
  check_found("The gates shut at 9:45 in the PM.", "2020-02-03", {{"9:45 in the PM", "2020-02-03T21:45"}});
}

TEST_CASE("a clock time in the afternoon or evening is after noon", "[timex]") {
  check_found("The vote closed at 4:20 in the afternoon.", "2021-09-15", {{"4:20 in the afternoon", "2021-09-15T16:20"}});
  check_found("The guests arrived at eight in the evening.", "2021-09-15", {{"eight in the evening", "2021-09-15T20:00"}});
  check_found("The train left at 5:10 in the morning.", "2021-09-15", {{"5:10 in the morning", "2021-09-15T05:10"}});
}

TEST_CASE("after at, am, half and bare minutes read as the clock", "[timex]") {
  check_found("The sirens sounded at four am.", "2021-09-15", {{"four am", "2021-09-15T04:00"}});
  check_found("The gates open at half nine.", "2021-09-15", {{"half nine", "2021-09-15T09:30"}});
  check_found("The ship docked at ten to four.", "2021-09-15", {{"ten to four", "2021-09-15T03:50"}});
  check_found("The ship docked at twenty past noon.", "2021-09-15", {{"twenty past noon", "2021-09-15T12:20"}});
  // Without "at", or with no hour after it, the words are no clock time.
  for (const char* text : {"Turnout rose at three amendments a year.", "He came back at half time.", "The lead was cut from ten to four.",
                           "Bookmakers put the colt at ten to one."}) {
    INFO(text);
    for (const auto& t : dossier::timex::find_timexes(doc_of(text, "2021-09-15"))) CHECK(t.type != "TIME");
  }
}

TEST_CASE("a clock time before a weekday evening is after noon on that day", "[timex]") {
  check_found("The blaze began at 7:40 on Saturday evening.", "2021-09-15", {{"7:40 on Saturday evening", "2021-09-11T19:40"}});
  check_found("Trading resumes at 9:30 tomorrow morning.", "2021-09-15", {{"9:30 tomorrow morning", "2021-09-16T09:30"}});
}

TEST_CASE("twelve tonight is the midnight that begins the next day", "[timex]") {
  check_found("The curfew starts tonight at 12.", "2021-09-15", {{"tonight at 12", "2021-09-16T00:00"}});
  check_found("The bar shuts at 12:30 tonight.", "2021-09-15", {{"12:30 tonight", "2021-09-16T00:30"}});
}

TEST_CASE("twelve this evening is midnight too, not noon of the next day", "[timex]") {
  check_found("The fireworks start this evening at 12.", "2021-09-15", {{"this evening at 12", "2021-09-16T00:00"}});
}

TEST_CASE("an hour before six tonight is the small hours of the next day, and last night's are today's", "[timex]") {
  check_found("The count ends tonight at 2.", "2021-09-15", {{"tonight at 2", "2021-09-16T02:00"}});
  check_found("The alarm rang at 2 last night.", "2021-09-15", {{"2 last night", "2021-09-15T02:00"}});
}

TEST_CASE("a figure before at night is an hour only after at or before o'clock", "[timex]") {
  for (const char* text : {"She watched Channel 4 at night.", "Route 9 at night is quiet."}) {
    INFO(text);
    for (const auto& t : dossier::timex::find_timexes(doc_of(text, "2021-09-15"))) CHECK(t.type != "TIME");
  }
  check_found("The shelling began at 11 at night.", "2021-09-15", {{"11 at night", "2021-09-15T23:00"}});
}

TEST_CASE("minutes past or after one are a clock time; only ten to one is odds", "[timex]") {
  check_found("The ship docked at twenty past one.", "2021-09-15", {{"twenty past one", "2021-09-15T01:20"}});
}

TEST_CASE("a part of a named day is a TIME of that day", "[timex]") {
  check_found("The guests arrived on the evening of 3 May 2013.", "2018-05-09", {{"the evening of 3 May 2013", "2013-05-03TEV"}});
  check_found("The guests left on the morning of June 5, 2014.", "2018-05-09", {{"the morning of June 5, 2014", "2014-06-05TMO"}});
}

TEST_CASE("a part of a named day after through or during is that day's part, not the part of the day the text is on", "[timex]") {
  check_found("The guns fell silent through the night of March 4.", "2018-05-09", {{"the night of March 4", "2018-03-04TNI"}});
  check_found("Crews worked during the evening of Tuesday.", "2018-05-09", {{"the evening of Tuesday", "2018-05-08TEV"}});
  check_found("Crews worked through the night.", "2018-05-09", {{"the night", "2018-05-09TNI"}});
}

TEST_CASE("an hour alone after at with UTC or GMT is a time of day in UTC", "[timex]") {
  check_found("The polls close at 14 GMT on Sunday.", "2021-09-15", {{"14 GMT", "2021-09-19T14:00Z"}, {"Sunday", "2021-09-19"}});
  check_found("The launch is due at 9 UTC.", "2021-09-15", {{"9 UTC", "2021-09-15T09:00Z"}});
}

TEST_CASE("Spoken minutes after oh, o or zero make a clock time without at", "[timex]") {
  check_found("The first shot was heard eleven oh four.", "2021-09-15", {{"eleven oh four", "2021-09-15T11:04"}});
  check_found("Dispatch logged the call at seven o eight.", "2021-09-15", {{"seven o eight", "2021-09-15T07:08"}});
  check_found("The feed cut out at two zero six.", "2021-09-15", {{"two zero six", "2021-09-15T02:06"}});
  check_found("Lights out at ten-oh-nine p.m.", "2021-09-15", {{"ten-oh-nine p.m", "2021-09-15T22:09"}});
}

TEST_CASE("A quarter or half hour joined by a hyphen, or minutes with am or pm, make a clock time", "[timex]") {
  check_found("They caught the five-thirty ferry.", "2021-09-15", {{"five-thirty", "2021-09-15T05:30"}});
  check_found("Doors open eight-forty-five sharp.", "2021-09-15", {{"eight-forty-five", "2021-09-15T08:45"}});
  check_found("The lights dimmed at nine twenty pm.", "2021-09-15", {{"nine twenty pm", "2021-09-15T21:20"}});
  check_found("The ferry left eleven fifteen am.", "2021-09-15", {{"eleven fifteen am", "2021-09-15T11:15"}});
  // Two number words without oh, a hyphen hour or am/pm stay numbers.
  check_found("The club has seven twenty members.", "2021-09-15", {});
}

TEST_CASE("An hour with ish before am or pm is about that hour", "[timex]") {
  check_found("Guests drift in at 8ish pm.", "2021-09-15", {{"8ish pm", "2021-09-15T20:00"}});
  check_found("The bakery opens 7ish a.m.", "2021-09-15", {{"7ish a.m", "2021-09-15T07:00"}});
}

TEST_CASE("An afternoon or evening hour with h is a clock time without at", "[timex]") {
  check_found("Counting starts 19h CET.", "2021-09-15", {{"19h CET", "2021-09-15T19:00"}});
  check_found("The square empties by 22h.", "2021-09-15", {{"22h", "2021-09-15T22:00"}});
  // Bare, it is as often a length.
  check_found("She finished the ultra in 19h 32m.", "2021-09-15", {});
  check_found("The battery lasts 20h.", "2021-09-15", {});
  // A morning hour with h is as often a length, and a capital H a model or a form.
  check_found("The climb took 4h and Form 16H was filed.", "2021-09-15", {});
}

TEST_CASE("An hour and its minutes in figures after at, read aloud with a space, make a clock time", "[timex]") {
  check_found("The bus leaves at 4 45.", "2021-09-15", {{"4 45", "2021-09-15T04:45"}});
  check_found("The curfew begins at 11 05 pm.", "2021-09-15", {{"11 05 pm", "2021-09-15T23:05"}});
  check_found("The train is due at 7 50 and then leaves.", "2021-09-15", {{"7 50", "2021-09-15T07:50"}});
  // Before a noun or a hyphen the figures are counts, not the clock.
  for (const char* text : {"They sold it at 3 20-page reports a time.", "It is priced at 2 30 stores.", "Shares closed at 12 50 cents.",
                           // A score or a tally, and hours past twelve, are no clock read aloud.
                           "The score stood at 11 7 at the break.", "The vote was at 12 40, with three abstentions.",
                           "They led at 21 17 at the break."}) {
    INFO(text);
    CHECK(dossier::timex::find_timexes(doc_of(text, "2021-09-15")).empty());
  }
}

TEST_CASE("Four figures of the 24-hour clock with local time, a zone or hrs are a time of day", "[timex]") {
  check_found("Shelling resumed at 0545 local time.", "2021-09-15", {{"0545 local time", "2021-09-15T05:45"}});
  check_found("The curfew begins at 2200 hrs.", "2021-09-15", {{"2200 hrs", "2021-09-15T22:00"}});
  check_found("Polls closed at 1930 EST.", "2021-09-15", {{"1930 EST", "2021-09-15T19:30"}});
  check_found("The patrol set out at 1400 hours.", "2021-09-15", {{"1400 hours", "2021-09-15T14:00"}});
  check_found("The relief column arrived at 0730 hours.", "2021-09-15", {{"0730 hours", "2021-09-15T07:30"}});
  // Without at or a leading zero, hours are a length of time; a year is not an hour.
  for (const char* text : {"The pilot has logged 1250 hours in the cockpit.", "Turnout in the 1999 local elections fell.",
                           "Pilots need 1500 hrs of flying before the test.", "In the 2012 ET season the show moved."}) {
    INFO(text);
    for (const auto& t : dossier::timex::find_timexes(doc_of(text, "2021-09-15"))) CHECK(t.type != "TIME");
  }
}

TEST_CASE("A clock of two figures and a colon with hours or hrs is one time of day, not a time and a length", "[timex]") {
  check_found("The curfew begins at 22:00 hours.", "2021-09-15", {{"22:00 hours", "2021-09-15T22:00"}});
  check_found("Troops moved out at 06:30 hrs and dug in.", "2021-09-15", {{"06:30 hrs", "2021-09-15T06:30"}});
  const auto found = dossier::timex::find_timexes(doc_of("The curfew begins at 22:00 hours.", "2021-09-15"));
  CHECK(found.size() == 1);
  // Without a word of time or a leading zero, hours counted with a colon are no time of day
  // with its hours.
  for (const char* text : {"Pilots logged 15:00 hours of flying.", "The flight lasted 11:30 hours."}) {
    INFO(text);
    for (const auto& t : dossier::timex::find_timexes(doc_of(text, "2021-09-15")))
      CHECK_FALSE((t.type == "TIME" && t.text.find("hours") != std::string::npos));
  }
}

// 2021-09-15 is a Wednesday.
TEST_CASE("A clock with minutes, a.m. or p.m. and a day after it, as wire copy writes them, is one time of that day", "[timex]") {
  check_found("The ban took effect at 12:01 a.m. Sunday.", "2021-09-15", {{"12:01 a.m. Sunday", "2021-09-12T00:01"}});
  check_found("The polls closed at 8:30 p.m. Dec. 31.", "2021-09-15", {{"8:30 p.m. Dec. 31", "2020-12-31T20:30"}});
  check_found("Polls open at 7 a.m. Nov. 5, 2022, officials said.", "2021-09-15", {{"7 a.m. Nov. 5, 2022", "2022-11-05T07:00"}});
  // A clock that ends its sentence leaves the next one alone.
  check_found("The shop shut at 5:30 p.m. It reopens later.", "2021-09-15", {{"5:30 p.m", "2021-09-15T17:30"}});
  // "On" in capitals after the full stop opens the next sentence; "on" in small letters goes on.
  check_found("The shop shut at 5:30 p.m. On Friday it reopens.", "2021-09-15",
              {{"5:30 p.m", "2021-09-15T17:30"}, {"Friday", "2021-09-17"}});
  check_found("The shop shut at 5:30 p.m. on Friday.", "2021-09-15", {{"5:30 p.m. on Friday", "2021-09-10T17:30"}});
  check_found("The shop shut at 5:30 p.m. On Friday, the owner reopened it.", "2021-09-15",
              {{"5:30 p.m", "2021-09-15T17:30"}, {"Friday", "2021-09-10"}});
  // A title-case headline capitalises "On" as every word: the day is the time's.
  check_found("Store Opens At 9 a.m. On Friday", "2021-09-15", {{"9 a.m. On Friday", "2021-09-17T09:00"}});
  // A plain clock before a full stop and "On": the next sentence's date is its own.
  check_found("Doors open at 19:30. On May 2 the hall fills.", "2021-09-15", {{"19:30", "2021-09-15T19:30"}, {"May 2", "2021-05-02"}});
}

TEST_CASE("A clock with P.M. and ON a date after it in a line in capitals is one time of that date", "[timex]") {
  check_found("DOORS OPEN AT 7:30 P.M. ON OCT. 2, 2021.", "2021-09-15", {{"7:30 P.M. ON OCT. 2, 2021", "2021-10-02T19:30"}});
}

TEST_CASE("A clock with a.m. or p.m. and on a date after it is one time of that date", "[timex]") {
  check_found("The line closed at 9:40 p.m. on Nov. 4, 2019.", "2021-09-15", {{"9:40 p.m. on Nov. 4, 2019", "2019-11-04T21:40"}});
  check_found("Doors open at 8 a.m. on 2 October.", "2021-09-15", {{"8 a.m. on 2 October", "2021-10-02T08:00"}});
  // A clock that ends its sentence leaves a date opening the next one alone.
  check_found("The shop shut at 5:30 p.m. On May 2 it reopened.", "2021-09-15",
              {{"5:30 p.m", "2021-09-15T17:30"}, {"May 2", "2021-05-02"}});
}

TEST_CASE("Midnight tonight is one time, at the start of the next day", "[timex]") {
  check_found("Voting ends at midnight tonight.", "2021-09-15", {{"midnight tonight", "2021-09-16T00:00"}});
  check_found("Voting ends at midnight tonite.", "2021-09-15", {{"midnight tonite", "2021-09-16T00:00"}});
}

TEST_CASE("Noon tonight is noon of the telling's day and the night after it, not the next midnight", "[timex]") {
  const auto found = dossier::timex::find_timexes(doc_of("The offer ends at noon tonight.", "2021-09-15"));
  REQUIRE_FALSE(found.empty());
  CHECK(found[0].text == "noon");
  CHECK(found[0].value == "2021-09-15T12:00");
}

// 2021-09-15 is a Wednesday; a date named before gives the part of the day its day.
TEST_CASE("A part of the day after during, through or until is a time of the day in view", "[timex]") {
  check_found("Rescuers dug through the night.", "2021-09-15", {{"the night", "2021-09-15TNI"}});
  check_found("The strike held until the evening.", "2021-09-15", {{"the evening", "2021-09-15TEV"}});
  check_found("On Monday shares slid during the afternoon.", "2021-09-15", {{"Monday", "2021-09-13"}, {"the afternoon", "2021-09-13TAF"}});
  check_found("Bonds firmed during the morning session.", "2021-09-15", {{"morning", "2021-09-15TMO"}});
}

TEST_CASE("a clock time with p.m. and the day after it is one time of that day", "[timex]") {
  check_found("The tender offer expires at 5 p.m. Friday.", "2021-09-15", {{"5 p.m. Friday", "2021-09-17T17:00"}});
  check_found("The index closed at 4 p.m. yesterday.", "2021-09-15", {{"4 p.m. yesterday", "2021-09-14T16:00"}});
  check_found("Trading was halted at 2 p.m. EDT Monday.", "2021-09-15", {{"2 p.m. EDT Monday", "2021-09-13T14:00"}});
}

TEST_CASE("a capitalised day word after p.m. opens the next sentence and is no part of the time", "[timex]") {
  const std::string text = "The polls closed at 8 p.m. Tomorrow the count begins.";
  dossier::Document d = doc_of(text, "2021-09-15");
  d.sentences = {dossier::Span{0, 26}, dossier::Span{27, static_cast<int64_t>(text.size())}};
  auto ts = dossier::timex::find_timexes(d);
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].text == "8 p.m");
  CHECK(ts[0].value == "2021-09-15T20:00");
  CHECK(ts[1].text == "Tomorrow");
  CHECK(ts[1].value == "2021-09-16");
  // In small letters it is the day of the time, as wire copy writes it.
  check_found("The offer ends at 8 p.m. tomorrow.", "2021-09-15", {{"8 p.m. tomorrow", "2021-09-16T20:00"}});
}

TEST_CASE("a capitalised day word after p.m. is the time's day at the line's end or in a title-case headline", "[timex]") {
  check_found("Ferry Strike Ends At 6 p.m. Tomorrow", "2021-09-15", {{"6 p.m. Tomorrow", "2021-09-16T18:00"}});
  check_found("Ferry Strike Ends At 6 p.m. Tomorrow in Dover", "2021-09-15", {{"6 p.m. Tomorrow", "2021-09-16T18:00"}});
  check_found("The ferries stop at 6 p.m. Tomorrow.", "2021-09-15", {{"6 p.m. Tomorrow", "2021-09-16T18:00"}});
  check_found("The ferries stopped at 6 p.m. Yesterday the crews met.", "2021-09-15",
              {{"6 p.m", "2021-09-15T18:00"}, {"Yesterday", "2021-09-14"}});
}

TEST_CASE("a time before a capitalised day word after p.m. keeps its own day when the sentences run on", "[timex]") {
  // As ingest splits it: "p.m." is an abbreviation, so one sentence holds both.
  const std::string text = "The polls closed at 8 p.m. Tomorrow the count begins.";
  dossier::Document d = doc_of(text, "2021-09-15");
  d.sentences = {dossier::Span{0, static_cast<int64_t>(text.size())}};
  auto ts = dossier::timex::find_timexes(d);
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].value == "2021-09-15T20:00");
  CHECK(ts[1].value == "2021-09-16");
  // Nor does a day further on in the run-on sentence, and letters outside ASCII before it
  // change nothing.
  d.text = "The caf\u00e9 \u201cpolls\u201d closed at 8 p.m. Tomorrow the count begins, and results come on Friday.";
  d.sentences = {dossier::Span{0, static_cast<int64_t>(dossier::utf8::OffsetMap(d.text).cp_size())}};
  ts = dossier::timex::find_timexes(d);
  REQUIRE(ts.size() == 3);
  CHECK(ts[0].value == "2021-09-15T20:00");
  // Any capitalised word after the period parts them: no day further on dates the time.
  d.text = "The polls closed at 8 p.m. Officials counted the votes on Friday.";
  d.sentences = {dossier::Span{0, static_cast<int64_t>(d.text.size())}};
  ts = dossier::timex::find_timexes(d);
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].value == "2021-09-15T20:00");
  // A day named before it in the same sentence still gives a time its day.
  check_found("On Friday the vote will close at 8 p.m.", "2021-09-15", {{"Friday", "2021-09-17"}, {"8 p.m", "2021-09-17T20:00"}});
}

TEST_CASE("four figures and GMT in brackets after a local clock time are that moment in GMT", "[timex]") {
  check_found("The ferry left at 6 a.m. (1100 GMT).", "2021-09-15",
              {{"6 a.m", "2021-09-15T06:00"}, {"1100 GMT", "2021-09-15T11:00Z"}});
  // Other four figures in brackets are an amount.
  CHECK(dossier::timex::find_timexes(timex_table::doc_of("The fee (1100 USD) rose.", "2021-09-15")).empty());
}

TEST_CASE("a weekday after four figures and a zone is the day of that clock time", "[timex]") {
  check_found("The truce began at 0600 GMT Sunday.", "2021-09-15", {{"0600 GMT Sunday", "2021-09-12T06:00Z"}});
}

TEST_CASE("a weekday after a clock time in local time is the day of that time", "[timex]") {
  check_found("The booths open at 7 a.m. local time Friday.", "2021-09-15", {{"7 a.m. local time Friday", "2021-09-17T07:00"}});
}
