// Tests of the resolver: the normalizer table (expression, dct, tense, expected value),
// one block per family of the grammar, and what it refuses.
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "dossier/document.h"
#include "dossier/timex.h"

namespace {

using dossier::timex::Tense;

constexpr Tense U = Tense::kUnknown;
constexpr Tense P = Tense::kPast;
constexpr Tense R = Tense::kPresent;
constexpr Tense F = Tense::kFuture;
const char* const kNoDct = nullptr;

struct Case {
  const char* expression;
  const char* dct;
  Tense tense;
  const char* value;
};

// Dates worked out by hand from a calendar; 2010-02-04 is a Thursday, 2022-01-14 a
// Friday, 2008-12-05 a Friday, 2009-06-28 a Sunday.
const std::vector<Case> kCases = {
    // Calendar dates in every month and the common formats.
    {"3 January 2008", "2008-12-05", U, "2008-01-03"},
    {"January 3, 2008", "2008-12-05", U, "2008-01-03"},
    {"January 2007", "2008-12-05", U, "2007-01"},
    {"JANUARY 3, 2011", "2008-12-05", U, "2011-01-03"},
    {"Jan. 3, 2008", "2008-12-05", U, "2008-01-03"},
    {"January", "2009-06-15", P, "2009-01"},
    {"January", "2009-06-15", F, "2010-01"},
    {"January", kNoDct, U, "XXXX-01"},
    {"5 February 2008", "2008-12-05", U, "2008-02-05"},
    {"February 5, 2008", "2008-12-05", U, "2008-02-05"},
    {"February 2007", "2008-12-05", U, "2007-02"},
    {"FEBRUARY 5, 2011", "2008-12-05", U, "2011-02-05"},
    {"Feb. 5, 2008", "2008-12-05", U, "2008-02-05"},
    {"February", "2009-06-15", P, "2009-02"},
    {"February", "2009-06-15", F, "2010-02"},
    {"February", kNoDct, U, "XXXX-02"},
    {"7 March 2008", "2008-12-05", U, "2008-03-07"},
    {"March 7, 2008", "2008-12-05", U, "2008-03-07"},
    {"March 2007", "2008-12-05", U, "2007-03"},
    {"MARCH 7, 2011", "2008-12-05", U, "2011-03-07"},
    {"Mar. 7, 2008", "2008-12-05", U, "2008-03-07"},
    {"March", "2009-06-15", P, "2009-03"},
    {"March", "2009-06-15", F, "2010-03"},
    {"March", kNoDct, U, "XXXX-03"},
    {"9 April 2008", "2008-12-05", U, "2008-04-09"},
    {"April 9, 2008", "2008-12-05", U, "2008-04-09"},
    {"April 2007", "2008-12-05", U, "2007-04"},
    {"APRIL 9, 2011", "2008-12-05", U, "2011-04-09"},
    {"Apr. 9, 2008", "2008-12-05", U, "2008-04-09"},
    {"April", "2009-06-15", P, "2009-04"},
    {"April", "2009-06-15", F, "2010-04"},
    {"April", kNoDct, U, "XXXX-04"},
    {"11 May 2008", "2008-12-05", U, "2008-05-11"},
    {"May 11, 2008", "2008-12-05", U, "2008-05-11"},
    {"May 2007", "2008-12-05", U, "2007-05"},
    {"MAY 11, 2011", "2008-12-05", U, "2011-05-11"},
    {"May", "2009-06-15", P, "2009-05"},
    {"May", "2009-06-15", F, "2010-05"},
    {"May", kNoDct, U, "XXXX-05"},
    {"13 June 2008", "2008-12-05", U, "2008-06-13"},
    {"June 13, 2008", "2008-12-05", U, "2008-06-13"},
    {"June 2007", "2008-12-05", U, "2007-06"},
    {"JUNE 13, 2011", "2008-12-05", U, "2011-06-13"},
    {"June", "2009-06-15", P, "2009-06"},
    {"June", "2009-06-15", F, "2009-06"},
    {"June", kNoDct, U, "XXXX-06"},
    {"15 July 2008", "2008-12-05", U, "2008-07-15"},
    {"July 15, 2008", "2008-12-05", U, "2008-07-15"},
    {"July 2007", "2008-12-05", U, "2007-07"},
    {"JULY 15, 2011", "2008-12-05", U, "2011-07-15"},
    {"July", "2009-06-15", P, "2008-07"},
    {"July", "2009-06-15", F, "2009-07"},
    {"July", kNoDct, U, "XXXX-07"},
    {"17 August 2008", "2008-12-05", U, "2008-08-17"},
    {"August 17, 2008", "2008-12-05", U, "2008-08-17"},
    {"August 2007", "2008-12-05", U, "2007-08"},
    {"AUGUST 17, 2011", "2008-12-05", U, "2011-08-17"},
    {"Aug. 17, 2008", "2008-12-05", U, "2008-08-17"},
    {"August", "2009-06-15", P, "2008-08"},
    {"August", "2009-06-15", F, "2009-08"},
    {"August", kNoDct, U, "XXXX-08"},
    {"19 September 2008", "2008-12-05", U, "2008-09-19"},
    {"September 19, 2008", "2008-12-05", U, "2008-09-19"},
    {"September 2007", "2008-12-05", U, "2007-09"},
    {"SEPTEMBER 19, 2011", "2008-12-05", U, "2011-09-19"},
    {"Sept. 19, 2008", "2008-12-05", U, "2008-09-19"},
    {"September", "2009-06-15", P, "2008-09"},
    {"September", "2009-06-15", F, "2009-09"},
    {"September", kNoDct, U, "XXXX-09"},
    {"21 October 2008", "2008-12-05", U, "2008-10-21"},
    {"October 21, 2008", "2008-12-05", U, "2008-10-21"},
    {"October 2007", "2008-12-05", U, "2007-10"},
    {"OCTOBER 21, 2011", "2008-12-05", U, "2011-10-21"},
    {"Oct. 21, 2008", "2008-12-05", U, "2008-10-21"},
    {"October", "2009-06-15", P, "2008-10"},
    {"October", "2009-06-15", F, "2009-10"},
    {"October", kNoDct, U, "XXXX-10"},
    {"23 November 2008", "2008-12-05", U, "2008-11-23"},
    {"November 23, 2008", "2008-12-05", U, "2008-11-23"},
    {"November 2007", "2008-12-05", U, "2007-11"},
    {"NOVEMBER 23, 2011", "2008-12-05", U, "2011-11-23"},
    {"Nov. 23, 2008", "2008-12-05", U, "2008-11-23"},
    {"November", "2009-06-15", P, "2008-11"},
    {"November", "2009-06-15", F, "2009-11"},
    {"November", kNoDct, U, "XXXX-11"},
    {"25 December 2008", "2008-12-05", U, "2008-12-25"},
    {"December 25, 2008", "2008-12-05", U, "2008-12-25"},
    {"December 2007", "2008-12-05", U, "2007-12"},
    {"DECEMBER 25, 2011", "2008-12-05", U, "2011-12-25"},
    {"Dec. 25, 2008", "2008-12-05", U, "2008-12-25"},
    {"December", "2009-06-15", P, "2008-12"},
    {"December", "2009-06-15", F, "2009-12"},
    {"December", kNoDct, U, "XXXX-12"},
    {"2008-12-05", "2010-02-04", U, "2008-12-05"},
    {"1999-01-31", kNoDct, U, "1999-01-31"},
    {"the 5th of December", "2008-12-10", U, "2008-12-05"},
    {"5 December", "2008-12-10", U, "2008-12-05"},
    {"December 5", "2008-12-10", U, "2008-12-05"},
    {"June 28", "2009-06-28", U, "2009-06-28"},
    {"June 1st", "2009-06-04", U, "2009-06-01"},
    {"April 2nd", "2008-04-05", U, "2008-04-02"},
    {"October 12", "2005-10-04", F, "2005-10-12"},
    {"October 12", "2005-10-04", P, "2004-10-12"},
    {"December 20", "2010-01-05", P, "2009-12-20"},
    {"January 3", "2009-12-28", F, "2010-01-03"},
    {"February 29", "2008-03-01", U, "2008-02-29"},
    {"June 5", kNoDct, U, "XXXX-06-05"},
    {"early June", "2009-05-14", F, "2009-06"},
    {"late March", "2009-06-15", P, "2009-03"},
    {"mid-October 2008", "2009-06-15", U, "2008-10"},
    {"the end of May", "2009-06-15", P, "2009-05"},
    {"October of next year", "2009-05-15", U, "2010-10"},
    {"March of last year", "2009-05-15", U, "2008-03"},
    // Numeric dates.
    {"12/05/2008", "2010-02-04", U, "2008-12-05"},
    {"7/8/07", "2010-02-04", U, "2007-07-08"},
    {"1/2/1999", kNoDct, U, "1999-01-02"},
    // Years, decades.
    {"2007", "2010-02-04", U, "2007"},
    {"1999", kNoDct, U, "1999"},
    {"the year 2000", "2010-02-04", U, "2000"},
    {"early 2009", "2010-02-04", U, "2009"},
    {"late 2006", "2010-02-04", U, "2006"},
    {"mid-2011", "2010-02-04", U, "2011"},
    {"'82", "2010-02-04", U, "1982"},
    {"'05", "2010-02-04", U, "2005"},
    {"the early 1960s", "2010-02-04", U, "196X"},
    {"the 1990s", "2010-02-04", U, "199X"},
    {"1980s", kNoDct, U, "198X"},
    {"the late 2000s", "2010-02-04", U, "200X"},
    {"the 80s", "2010-02-04", U, "198X"},
    {"'70s", "2010-02-04", U, "197X"},
    // Weekdays: a past verb looks back (the dct itself included), a present or future one ahead.
    {"Monday", "2010-02-04", P, "2010-02-01"},
    {"Tuesday", "2010-02-04", P, "2010-02-02"},
    {"Wednesday", "2010-02-04", P, "2010-02-03"},
    {"Thursday", "2010-02-04", P, "2010-02-04"},
    {"Friday", "2010-02-04", P, "2010-01-29"},
    {"Saturday", "2010-02-04", P, "2010-01-30"},
    {"Sunday", "2010-02-04", P, "2010-01-31"},
    {"Monday", "2010-02-04", F, "2010-02-08"},
    {"Tuesday", "2010-02-04", F, "2010-02-09"},
    {"Wednesday", "2010-02-04", F, "2010-02-10"},
    {"Thursday", "2010-02-04", F, "2010-02-04"},
    {"Friday", "2010-02-04", F, "2010-02-05"},
    {"Saturday", "2010-02-04", F, "2010-02-06"},
    {"Sunday", "2010-02-04", F, "2010-02-07"},
    {"Friday", "2010-02-04", R, "2010-02-05"},
    {"Friday", "2010-02-04", U, "2010-01-29"},
    {"Monday", "2009-12-01", P, "2009-11-30"},
    {"Tuesday", "2009-06-28", R, "2009-06-30"},
    {"last Friday", "2010-02-04", U, "2010-01-29"},
    {"last Thursday", "2010-02-04", U, "2010-01-28"},
    {"next Friday", "2010-02-04", U, "2010-02-05"},
    {"next Thursday", "2010-02-04", U, "2010-02-11"},
    {"this Friday", "2010-02-04", P, "2010-02-05"},
    {"this Monday", "2010-02-04", F, "2010-02-01"},
    {"Friday", kNoDct, P, "XXXX-WXX-5"},
    {"Monday", kNoDct, F, "XXXX-WXX-1"},
    {"SUNDAY", "2010-02-04", P, "2010-01-31"},
    // Times of day.
    {"Friday morning", "2022-01-14", P, "2022-01-14TMO"},
    {"Thursday night", "2006-01-27", P, "2006-01-26TNI"},
    {"Monday afternoon", "2010-02-04", F, "2010-02-08TAF"},
    {"Friday evening", kNoDct, P, "XXXX-WXX-5TEV"},
    {"this morning", "2008-01-09", U, "2008-01-09TMO"},
    {"yesterday evening", "2008-01-09", U, "2008-01-08TEV"},
    {"tonight", "2008-01-09", U, "2008-01-09TNI"},
    {"last night", "2008-01-09", U, "2008-01-08TNI"},
    {"18:00 UTC", "2009-12-15", U, "2009-12-15T18:00Z"},
    {"16:15", "2009-06-01", U, "2009-06-01T16:15"},
    {"6:40 p.m", "2007-10-17", U, "2007-10-17T18:40"},
    {"9 a.m", "2007-10-17", U, "2007-10-17T09:00"},
    {"12 pm", "2007-10-17", U, "2007-10-17T12:00"},
    {"0800 UTC", "2008-09-18", U, "2008-09-18T08:00Z"},
    {"12:00 UTC Monday", "2009-06-01", P, "2009-06-01T12:00Z"},
    {"16:00 UTC today", "2009-06-01", U, "2009-06-01T16:00Z"},
    {"noon", "2009-06-01", U, "2009-06-01T12:00"},
    {"10:30", kNoDct, U, "XXXX-XX-XXT10:30"},
    // Days relative to the dct.
    {"today", "2008-10-24", U, "2008-10-24"},
    {"Today", "2007-10-20", U, "2007-10-20"},
    {"yesterday", "2008-12-05", U, "2008-12-04"},
    {"tomorrow", "2008-12-31", U, "2009-01-01"},
    {"yesterday", "2008-03-01", U, "2008-02-29"},
    {"yesterday", "2009-03-01", U, "2009-02-28"},
    {"the day before", "2022-01-14", U, "2022-01-13"},
    {"The day before", "2022-01-14", U, "2022-01-13"},
    {"the day after", "2022-01-14", U, "2022-01-15"},
    {"the previous day", "2010-01-01", U, "2009-12-31"},
    {"the next day", "2010-12-31", U, "2011-01-01"},
    {"the following day", "2010-02-04", U, "2010-02-05"},
    {"the same day", "2010-02-04", U, "2010-02-04"},
    {"the day before yesterday", "2010-02-04", U, "2010-02-02"},
    {"earlier today", "2009-06-04", U, "2009-06-04"},
    {"late in the day", "2007-08-10", U, "2007-08-10"},
    {"a second consecutive day", "2008-09-17", U, "2008-09-17"},
    {"finish the day", "2009-10-12", U, "2009-10-12"},
    {"yesterday", kNoDct, U, "XXXX-XX-XX"},
    {"two days ago", "2008-12-05", U, "2008-12-03"},
    {"three days ago", "2008-03-02", U, "2008-02-28"},
    {"a week ago", "2011-03-18", U, "2011-03-11"},
    {"two weeks ago", "2011-03-18", U, "2011-03-04"},
    {"a month ago", "2010-01-15", U, "2009-12"},
    {"six months ago", "2010-03-15", U, "2009-09"},
    {"a year ago", "2010-03-03", U, "2009"},
    {"20 years ago", "2007-10-20", U, "1987"},
    {"two decades ago", "2007-10-20", U, "1987"},
    {"many years ago", "2007-10-20", U, "PAST_REF"},
    // Weeks, months, years relative to the dct (ISO weeks).
    {"last week", "2010-02-04", U, "2010-W04"},
    {"this week", "2010-02-04", U, "2010-W05"},
    {"next week", "2010-02-04", U, "2010-W06"},
    {"last week", "2010-01-06", U, "2009-W53"},
    {"next week", "2009-12-28", U, "2010-W01"},
    {"this week", "2008-10-09", U, "2008-W41"},
    {"earlier in the week", "2022-01-14", U, "2022-W02"},
    {"later this week", "2022-01-14", U, "2022-W02"},
    {"this weekend", "2010-01-28", U, "2010-W04-WE"},
    {"next weekend", "2010-01-28", U, "2010-W05-WE"},
    {"last month", "2010-02-04", U, "2010-01"},
    {"last month", "2010-01-04", U, "2009-12"},
    {"next month", "2011-08-25", U, "2011-09"},
    {"next month", "2011-12-25", U, "2012-01"},
    {"this month", "2011-12-25", U, "2011-12"},
    {"earlier this month", "2011-12-25", U, "2011-12"},
    {"Last year", "2010-02-04", U, "2009"},
    {"last year", "2009-12-01", U, "2008"},
    {"next year", "2008-12-05", U, "2009"},
    {"this year", "2008-12-05", U, "2008"},
    {"the previous year", "2009-10-01", U, "2008"},
    {"the last year", "2010-03-01", U, "2009"},
    {"the coming year", "2010-03-01", U, "2011"},
    {"the beginning of the year", "2022-01-14", U, "2022"},
    {"the end of this year", "2011-05-01", U, "2011"},
    {"the end of last year", "2009-02-01", U, "2008"},
    {"the start of next year", "2009-02-01", U, "2010"},
    {"later this year", "2006-10-05", U, "2006"},
    {"last year", kNoDct, U, "XXXX"},
    {"last week", kNoDct, U, "XXXX-WXX"},
    {"last month", kNoDct, U, "XXXX-XX"},
    {"last August", "2009-06-28", U, "2008-08"},
    {"last September", "2010-11-01", U, "2010-09"},
    {"last June", "2010-06-10", U, "2009-06"},
    {"next March", "2010-02-01", U, "2010-03"},
    {"next March", "2010-05-01", U, "2011-03"},
    {"this August", "2010-02-01", U, "2010-08"},
    {"last decade", "2010-02-04", U, "P10Y"},
    {"the next decade", "2010-02-04", U, "202X"},
    {"this century", "2010-02-04", U, "20XX"},
    {"the last week of March", "2009-04-04", P, "2009-W13"},
    {"the first week of June", "2009-04-04", U, "2009-W23"},
    {"the same period last year", "2010-03-03", U, "2009-03"},
    {"the same month a year ago", "2009-02-03", U, "2008-02"},
    // Seasons.
    {"late autumn", "2022-01-14", U, "2021-FA"},
    {"the summer of 2008", "2010-02-04", U, "2008-SU"},
    {"summer 2008", "2010-02-04", U, "2008-SU"},
    {"spring", "2009-06-15", P, "2009-SP"},
    {"Autumn", "2008-11-01", P, "2008-FA"},
    {"autumn", "2008-05-01", F, "2008-FA"},
    {"autumn", "2008-05-01", P, "2007-FA"},
    {"last summer", "2010-02-04", U, "2009-SU"},
    {"last summer", "2010-07-15", U, "2009-SU"},
    {"next spring", "2010-02-04", U, "2010-SP"},
    {"this winter", "2010-12-20", U, "2010-WI"},
    {"the fall of 2007", "2010-02-04", U, "2007-FA"},
    {"last fall", "2010-02-04", U, "2009-FA"},
    {"winter", kNoDct, U, "XXXX-WI"},
    // Quarters and halves.
    {"the first half of next year", "2008-12-05", U, "2009-H1"},
    {"the second half of 2009", "2010-02-04", U, "2009-H2"},
    {"the third quarter of this year", "2009-10-01", U, "2009-Q3"},
    {"the fourth quarter of 2005", "2006-01-20", U, "2005-Q4"},
    {"the first quarter of last year", "2009-05-07", U, "2008-Q1"},
    {"the final quarter of 2009", "2010-02-04", U, "2009-Q4"},
    {"the fourth quarter", "2007-03-13", P, "2006-Q4"},
    {"the fourth quarter", "2006-08-19", U, "2006-Q4"},
    {"the second quarter", "2006-08-19", P, "2006-Q2"},
    {"third-quarter", "2009-10-20", U, "2009-Q3"},
    {"the last quarter", "2007-01-18", U, "2006-Q4"},
    {"next quarter", "2007-01-18", U, "2007-Q2"},
    {"this quarter", "2007-05-18", U, "2007-Q2"},
    {"Q3 2009", "2010-02-04", U, "2009-Q3"},
    {"the first half of 2010", kNoDct, U, "2010-H1"},
    // Durations.
    {"five-day", "2009-12-01", U, "P5D"},
    {"almost 18 years", "2022-01-14", U, "P18Y"},
    {"a week", "2022-01-14", U, "P1W"},
    {"a day", "2009-06-28", U, "P1D"},
    {"two years", kNoDct, U, "P2Y"},
    {"twenty-five years", kNoDct, U, "P25Y"},
    {"18 months", kNoDct, U, "P18M"},
    {"thirty minutes", kNoDct, U, "PT30M"},
    {"12-hour", kNoDct, U, "PT12H"},
    {"90 days", kNoDct, U, "P90D"},
    {"a decade", kNoDct, U, "P10Y"},
    {"over a decade", kNoDct, U, "P10Y"},
    {"two decades", kNoDct, U, "P20Y"},
    {"a century", kNoDct, U, "P100Y"},
    {"a fortnight", kNoDct, U, "P2W"},
    {"nearly five months", kNoDct, U, "P5M"},
    {"more than a week", kNoDct, U, "P1W"},
    {"over six years", kNoDct, U, "P6Y"},
    {"almost two and a half years", kNoDct, U, "P2.5Y"},
    {"half a day", kNoDct, U, "P0.5D"},
    {"six straight days", kNoDct, U, "P6D"},
    {"the past five trading days", kNoDct, U, "P5D"},
    {"the past nine days", kNoDct, U, "P9D"},
    {"the next four years", kNoDct, U, "P4Y"},
    {"the next six months", kNoDct, U, "P6M"},
    {"two consecutive quarters", kNoDct, U, "P2Q"},
    {"single-day", kNoDct, U, "P1D"},
    {"fifty-year", kNoDct, U, "P50Y"},
    {"27-year", kNoDct, U, "P27Y"},
    {"many, many years", kNoDct, U, "PXY"},
    {"recent years", kNoDct, U, "PXY"},
    {"all these years", kNoDct, U, "PXY"},
    {"the coming months", kNoDct, U, "PXM"},
    {"several years", kNoDct, U, "PXY"},
    {"a few days", kNoDct, U, "PXD"},
    {"over the years", kNoDct, U, "PXY"},
    {"for years", kNoDct, U, "PXY"},
    {"for decades", kNoDct, U, "PXDE"},
    {"in minutes", kNoDct, U, "PTXM"},
    {"from 2009 to 2011", kNoDct, U, "P2Y"},
    {"between 2014 and 2016", kNoDct, U, "P2Y"},
    // Sets.
    {"every year", kNoDct, U, "P1Y"},
    {"each week", kNoDct, U, "P1W"},
    {"every other week", kNoDct, U, "P2W"},
    {"every day", kNoDct, U, "P1D"},
    {"every hour", kNoDct, U, "PT1H"},
    {"every Monday", kNoDct, U, "XXXX-WXX-1"},
    {"every summer", kNoDct, U, "XXXX-SU"},
    {"weekly", kNoDct, U, "P1W"},
    {"daily", kNoDct, U, "P1D"},
    {"annually", kNoDct, U, "P1Y"},
    {"annual", kNoDct, U, "P1Y"},
    {"monthly", kNoDct, U, "P1M"},
    {"quarterly", kNoDct, U, "P3M"},
    // Vague references.
    {"now", "2008-12-05", U, "PRESENT_REF"},
    {"Now", kNoDct, U, "PRESENT_REF"},
    {"right now", kNoDct, U, "PRESENT_REF"},
    {"this stage", kNoDct, U, "PRESENT_REF"},
    {"present-day", kNoDct, U, "PRESENT_REF"},
    {"nowadays", kNoDct, U, "PRESENT_REF"},
    {"the time being", kNoDct, U, "PRESENT_REF"},
    {"earlier", kNoDct, U, "PAST_REF"},
    {"recently", kNoDct, U, "PAST_REF"},
    {"the past", kNoDct, U, "PAST_REF"},
    {"anytime soon", kNoDct, U, "FUTURE_REF"},
    {"very soon", kNoDct, U, "FUTURE_REF"},
    {"the future", kNoDct, U, "FUTURE_REF"},
    {"the near future", kNoDct, U, "FUTURE_REF"},
    {"the long term", kNoDct, U, "FUTURE_REF"},
};

// Dates in figures and mixed forms, in every common order and separator; 2013-02-12 is a
// Tuesday. The unambiguous ones need no date order.
const std::vector<Case> kFigureCases = {
    {"2/15", "2013-02-12", U, "2013-02-15"},
    {"10/31/1974", "2013-02-12", U, "1974-10-31"},
    {"31/10/1974", "2013-02-12", U, "1974-10-31"},
    {"10-31-74", "2013-02-12", U, "1974-10-31"},
    {"10.31.1974", "2013-02-12", U, "1974-10-31"},
    {"3/1/15", "2013-02-12", U, "2015-03-01"},
    {"2015-3-3", "2013-02-12", U, "2015-03-03"},
    {"2014/10", "2013-02-12", U, "2014-10"},
    {"2014-10", "2013-02-12", U, "2014-10"},
    {"2010-11", "2013-02-12", U, "2010"},
    {"9/2012", "2013-02-12", U, "2012-09"},
    {"31/Oct/1974", "2013-02-12", U, "1974-10-31"},
    {"31-Oct-74", "2013-02-12", U, "1974-10-31"},
    {"14april 2015", "2013-02-12", U, "2015-04-14"},
    {"5 June '74", "2013-02-12", U, "1974-06-05"},
    {"march 3 2015", "2013-02-12", U, "2015-03-03"},
    {"march third 2015", "2013-02-12", U, "2015-03-03"},
    {"the first of march", "2013-02-12", F, "2013-03-01"},
    {"the twenty-first of june", "2013-02-12", F, "2013-06-21"},
    {"february the 15th", "2013-02-12", F, "2013-02-15"},
    {"15th february", "2013-02-12", F, "2013-02-15"},
    {"Monday, Feb 18", "2013-02-12", U, "2013-02-18"},
    {"Wed, Feb13", "2013-02-12", U, "2013-02-13"},
    {"Jul 18, Fri", "2013-02-12", U, "2013-07-18"},
};

// Holidays and named days: fixed, the Nth weekday of a month, and counted from Easter.
const std::vector<Case> kHolidayCases = {
    {"Christmas", "2013-02-12", F, "2013-12-25"},
    {"Christmas Eve", "2013-02-12", F, "2013-12-24"},
    {"last Christmas", "2013-02-12", U, "2012-12-25"},
    {"Christmas", "2013-02-12", P, "2012-12-25"},
    {"New Year\u2019s Day", "2013-02-12", F, "2014-01-01"},
    {"Thanksgiving", "2013-02-12", F, "2013-11-28"},
    {"Thanksgiving", "2013-02-12", U, "2012-11-22"},
    {"Christmas", "2007-01-18", U, "2006-12-25"},
    {"Thanksgiving 2016", "2013-02-12", U, "2016-11-24"},
    {"Thanksgiving of next year", "2013-02-12", U, "2014-11-27"},
    {"Black Friday 2017", "2013-02-12", U, "2017-11-24"},
    {"Memorial Day", "2013-02-12", U, "2013-05-27"},
    {"Memorial Day", "2013-02-12", P, "2012-05-28"},
    {"Labor Day 2014", "2013-02-12", U, "2014-09-01"},
    {"Martin Luther King Jr. Day", "2013-02-12", F, "2014-01-20"},
    {"Mother's Day", "2013-02-12", U, "2013-05-12"},
    {"Easter", "2013-02-12", U, "2013-03-31"},
    {"Easter", "2013-02-12", P, "2012-04-08"},
    {"Easter 2010", "2013-02-12", U, "2010-04-04"},
    {"next Easter", "2013-04-05", U, "2014-04-20"},
    {"Good Friday 2013", "2013-02-12", U, "2013-03-29"},
    {"Ash Wednesday 2013", "2013-02-12", U, "2013-02-13"},
    {"Pentecost 2013", "2013-02-12", U, "2013-05-19"},
    {"Orthodox Easter 2018", "2013-02-12", U, "2018-04-08"},
    {"Orthodox Easter 2013", "2013-02-12", U, "2013-05-05"},
    {"Christmas", kNoDct, U, "XXXX-12-25"},
};

// Weekdays with a day of the month, the Nth weekday of a month, a day of the month alone;
// 2013-02-12 is a Tuesday.
const std::vector<Case> kWeekdayDayCases = {
    {"Tuesday the 19th", "2013-02-12", U, "2013-02-19"},
    {"Thu 15th", "2013-02-12", U, "2013-08-15"},
    {"Friday the 13th", "2013-02-12", P, "2012-07-13"},
    {"the first Tuesday of October", "2013-02-12", F, "2013-10-01"},
    {"the last Monday of March", "2013-02-12", F, "2013-03-25"},
    {"the third Tuesday of September 2014", "2013-02-12", U, "2014-09-16"},
    {"the first Monday of this month", "2013-02-12", U, "2013-02-04"},
    {"the second Friday of next month", "2013-02-12", U, "2013-03-08"},
    {"the 15th", "2013-02-12", U, "2013-02-15"},
    {"the 28th", "2013-02-12", P, "2013-01-28"},
    {"the 1st", "2013-02-12", F, "2013-03-01"},
};

// Ranges of days (valued by their first day), clock times with seconds, zones and a date,
// hedged counts back.
const std::vector<Case> kRangeAndClockCases = {
    {"July 8-9", "2016-06-01", F, "2016-07-08"},
    {"July 18-19, 2015", "2016-06-01", U, "2015-07-18"},
    {"13 to 15 July", "2013-02-12", F, "2013-07-13"},
    {"from the 13th to the 15th of July", "2013-02-12", F, "2013-07-13"},
    {"15:23:24", "2013-02-12", U, "2013-02-12T15:23:24"},
    {"9:01:10 AM", "2013-02-12", U, "2013-02-12T09:01:10"},
    {"15h30", "2013-02-12", U, "2013-02-12T15:30"},
    {"10:00 GMT", "2013-02-12", U, "2013-02-12T10:00Z"},
    {"10:00 EST", "2013-02-12", U, "2013-02-12T10:00"},
    {"Thursday 8:00 GMT", "2013-02-12", F, "2013-02-14T08:00Z"},
    {"Thu at 8 am", "2013-02-12", F, "2013-02-14T08:00"},
    {"July 13 - July 15", "2013-02-12", F, "2013-07-13"},
    {"three days from now", "2013-02-12", U, "2013-02-15"},
    {"two years hence", "2013-02-12", U, "2015"},
    {"a few weeks from now", "2013-02-12", U, "FUTURE_REF"},
    {"the 20th of next month", "2013-02-12", U, "2013-03-20"},
    {"20 of this month", "2013-02-12", U, "2013-02-20"},
    {"last yr", "2013-02-12", U, "2012"},
    {"the 3rd qtr", "2013-02-12", U, "2013-Q3"},
    {"2018Q4", "2013-02-12", U, "2018-Q4"},
    {"the 19th century", "2013-02-12", U, "18XX"},
    {"the early twentieth century", "2013-02-12", U, "19XX"},
    {"the twenty-first century", "2013-02-12", U, "20XX"},
    {"midnight on December 12", "2007-12-10", F, "2007-12-12T00:00"},
    {"7:30 PM on Fri, Sep 20", "2013-02-12", F, "2013-09-20T19:30"},
    {"almost 35 years ago", "2009-05-01", P, "1974"},
    {"mid-fall 2021", "2022-01-14", U, "2021-FA"},
    {"late on Tuesday", "2014-04-02", P, "2014-04-01"},
    {"three whole months", kNoDct, U, "P3M"},
};

std::optional<std::string> dct_of(const char* d) { return d ? std::optional<std::string>(d) : std::nullopt; }

}  // namespace

TEST_CASE("the normalizer resolves every expression of the table against its dct and tense", "[timex]") {
  REQUIRE(kCases.size() >= 300);
  for (const auto& c : kCases) {
    INFO("expression: " << c.expression << ", dct: " << (c.dct ? c.dct : "none") << ", tense: " << static_cast<int>(c.tense));
    auto v = dossier::timex::normalize(c.expression, dct_of(c.dct), c.tense);
    REQUIRE(v.has_value());
    CHECK(v->value == c.value);
  }
}

TEST_CASE("the normalizer gives each family its TIMEX3 type", "[timex]") {
  CHECK(dossier::timex::normalize("5 December 2008", std::nullopt)->type == "DATE");
  CHECK(dossier::timex::normalize("Friday morning", std::string("2022-01-14"), Tense::kPast)->type == "TIME");
  CHECK(dossier::timex::normalize("18:00 UTC", std::string("2022-01-14"))->type == "TIME");
  CHECK(dossier::timex::normalize("five-day", std::nullopt)->type == "DURATION");
  CHECK(dossier::timex::normalize("every year", std::nullopt)->type == "SET");
  CHECK(dossier::timex::normalize("now", std::nullopt)->type == "DATE");
}

TEST_CASE("the normalizer refuses what is no expression or no real date", "[timex]") {
  for (const char* s : {"", "the cat", "may", "march", "soon", "current", "currently", "February 30, 2009", "13/45/2008", "Monday Tuesday"}) {
    INFO(s);
    CHECK_FALSE(dossier::timex::normalize(s, std::string("2010-02-04")).has_value());
  }
}

TEST_CASE("numeric dates follow the date order option", "[timex]") {
  dossier::timex::Options dmy;
  dmy.date_order = dossier::timex::DateOrder::kDayFirst;
  CHECK(dossier::timex::normalize("12/05/2008", std::nullopt, U, dmy)->value == "2008-05-12");
  CHECK(dossier::timex::normalize("12/05/2008", std::nullopt, U)->value == "2008-12-05");
  CHECK(dossier::timex::normalize("25/12/2008", std::nullopt, U)->value == "2008-12-25");
  CHECK(dossier::timex::normalize("12/25/2008", std::nullopt, U, dmy)->value == "2008-12-25");
}

TEST_CASE("dates in figures and mixed forms are read in every common order and separator", "[timex]") {
  for (const auto& c : kFigureCases) {
    INFO("expression: " << c.expression);
    auto v = dossier::timex::normalize(c.expression, dct_of(c.dct), c.tense);
    REQUIRE(v.has_value());
    CHECK(v->value == c.value);
  }
}

TEST_CASE("fractions and impossible days in figures are no dates", "[timex]") {
  for (const char* s : {"3/4", "1/2", "2/3", "24/7", "13/13/2013", "2/30"}) {
    INFO(s);
    CHECK_FALSE(dossier::timex::normalize(s, std::string("2013-02-12")).has_value());
  }
}

TEST_CASE("holidays fall on their day of the year asked for, fixed or movable", "[timex]") {
  for (const auto& c : kHolidayCases) {
    INFO("expression: " << c.expression << ", dct: " << (c.dct ? c.dct : "none"));
    auto v = dossier::timex::normalize(c.expression, dct_of(c.dct), c.tense);
    REQUIRE(v.has_value());
    CHECK(v->value == c.value);
  }
}

TEST_CASE("a good Friday for the markets is no holiday", "[timex]") {
  CHECK_FALSE(dossier::timex::normalize("good Friday", std::string("2013-02-12")).has_value());
  CHECK_FALSE(dossier::timex::normalize("lent", std::string("2013-02-12")).has_value());
}

TEST_CASE("weekdays with a day of the month and the Nth weekday of a month find their day", "[timex]") {
  for (const auto& c : kWeekdayDayCases) {
    INFO("expression: " << c.expression);
    auto v = dossier::timex::normalize(c.expression, dct_of(c.dct), c.tense);
    REQUIRE(v.has_value());
    CHECK(v->value == c.value);
  }
}

TEST_CASE("ranges of days, clock times with seconds or a date, and hedged counts are read", "[timex]") {
  for (const auto& c : kRangeAndClockCases) {
    INFO("expression: " << c.expression);
    auto v = dossier::timex::normalize(c.expression, dct_of(c.dct), c.tense);
    REQUIRE(v.has_value());
    CHECK(v->value == c.value);
  }
}
