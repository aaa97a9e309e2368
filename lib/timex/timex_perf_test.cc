// Fast paths of the timex module checked against the straightforward way of computing the
// same thing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "calendar.h"
#include "scanner.h"
#include "dossier/timex.h"

using dossier::timex::Tense;

namespace {

bool word_byte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || u >= 0x80;
}

// tense_near the plain way: every word of the sentence is read and looked up, every cue
// costed.
Tense plain_tense_near(std::string_view sentence, size_t at, size_t at_end) {
  const auto& table = dossier::timex::grammar::tables().tense;
  Tense best = Tense::kUnknown;
  long best_cost = 1 << 30;
  size_t i = 0;
  long word_index = 0, at_index = -1, breaks = 0;
  struct Cue {
    long index, breaks;
    Tense tense;
  };
  std::vector<Cue> cues;
  std::optional<Cue> pending_object;  // a past spelt as its present, waiting for its object
  long at_breaks = 0;
  std::string previous, second, w, raw, previous_raw, second_raw;
  static const std::set<std::string> kAuxiliaries = {"be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "'s"};
  static const std::set<std::string> kModals = {"may", "might", "could", "would", "will", "should", "can", "must", "shall"};
  while (i < sentence.size()) {
    char ch = sentence[i];
    if (i >= at && at_index < 0) {
      at_index = word_index;
      at_breaks = breaks;
    }
    bool clock_colon = ch == ':' && i > 0 && i + 1 < sentence.size() && sentence[i - 1] >= '0' && sentence[i - 1] <= '9' &&
                       sentence[i + 1] >= '0' && sentence[i + 1] <= '9';
    if ((ch == ',' || ch == ';' || ch == ':' || ch == '"' || ch == '(' || ch == ')') && !clock_colon) ++breaks;
    if (!word_byte(ch) && ch != '\'') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < sentence.size() && (word_byte(sentence[j]) || sentence[j] == '\'')) ++j;
    if (i >= at && i < at_end) {
      i = j;
      continue;
    }
    w.assign(sentence.data() + i, j - i);
    raw = w;
    for (auto& ch2 : w) ch2 = ch2 >= 'A' && ch2 <= 'Z' ? static_cast<char>(ch2 + 32) : ch2;
    Tense t = Tense::kUnknown;
    auto it = table.find(w);
    if (it != table.end()) {
      t = it->second;
    } else if (w.size() >= 5 && w.compare(w.size() - 2, 2, "ed") == 0 && w.compare(w.size() - 3, 3, "eed") != 0 &&
               sentence[i] >= 'a' && sentence[i] <= 'z') {
      t = Tense::kPast;
    }
    bool participle = t == Tense::kPast && (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 ? true : it != table.end() && w != "was" && w != "were" && w != "had" && w != "did");
    bool ly = previous.size() >= 5 && previous.compare(previous.size() - 2, 2, "ly") == 0;
    if (participle && (kAuxiliaries.count(previous) || (ly && kAuxiliaries.count(second)))) t = Tense::kUnknown;
    if (it != table.end() && (kModals.count(previous_raw) || (previous_raw == "not" && kModals.count(second_raw))))
      t = Tense::kUnknown;
    if (i > 0 && sentence[i] >= 'A' && sentence[i] <= 'Z' && kModals.count(w)) t = Tense::kUnknown;
    {
      const auto& tb0 = dossier::timex::grammar::tables();
      const bool negation = previous == "not" || previous == "never";
      const bool bare = negation ? (kModals.count(second_raw) || (tb0.past_bare.count(second) && second != "not" && second != "never"))
                                 : tb0.past_bare.count(previous) > 0;
      if (it != table.end() && tb0.as_present.count(w) && bare) t = Tense::kUnknown;  // "to hit", "did not read"
      if (it != table.end() && tb0.past_adjective.count(previous)) t = Tense::kUnknown;                        // "go broke"
    }
    static const std::set<std::string> kDeterminers = {"the", "a", "an", "its", "their", "his", "our", "your", "my"};
    if (kDeterminers.count(previous)) t = Tense::kUnknown;
    // A timetable's bare verb only after a plural, a pronoun or a name.
    const auto& after_subject = dossier::timex::grammar::tables().after_subject;
    static const std::set<std::string> kPronouns = {"they", "we", "you", "i"};
    bool subject = !previous_raw.empty() &&
                   ((previous_raw[0] >= 'A' && previous_raw[0] <= 'Z') || kPronouns.count(previous) ||
                    (previous.size() >= 4 && previous.back() == 's' && previous[previous.size() - 2] != 's' &&
                     previous[previous.size() - 2] != '\'' && previous[previous.size() - 2] != 'u'));
    if (it != table.end() && after_subject.count(w) && !subject) t = Tense::kUnknown;
    // A past spelt as its present ("cut"): after he, she or it at once, unless a verb whose
    // object does it or a condition comes before; else settled when the next word is read,
    // which must not be a preposition, a conjunction or another verb.
    const auto& tb = dossier::timex::grammar::tables();
    if (pending_object) {
      if (!tb.past_no_object.count(w)) cues.push_back(*pending_object);
      pending_object.reset();
    }
    if (t != Tense::kUnknown && it != table.end() && tb.before_object.count(w)) {
      bool never = (previous.empty() && at_index < 0) || tb.past_bare.count(previous) || tb.past_condition.count(previous) ||
                   tb.past_condition.count(second) || tb.past_complement.count(previous) || tb.past_complement.count(second);
      if (never) {
        t = Tense::kUnknown;
      } else if (!tb.past_subject.count(previous)) {
        pending_object = Cue{word_index, breaks, t};
        t = Tense::kUnknown;
      }
    }
    // "could" before these looks back: settled when the next word is read.
    static const std::set<std::string> kBack = {"not", "have", "hear", "see", "feel", "smell", "watch", "only", "barely", "hardly"};
    if (!cues.empty() && cues.back().index == word_index - 1 &&
        ((previous == "could" && kBack.count(w)) || (previous == "would" && w == "have")))
      cues.back().tense = Tense::kPast;
    if (t != Tense::kUnknown) cues.push_back(Cue{word_index, breaks, t});
    // After the expression, "and" or "but" opens a verb of its own, as a comma does.
    if (i >= at_end && (raw == "and" || raw == "but")) ++breaks;
    second.swap(previous);
    previous.swap(w);
    second_raw.swap(previous_raw);
    previous_raw.swap(raw);
    ++word_index;
    i = j;
  }
  if (at_index < 0) {
    at_index = word_index;
    at_breaks = breaks;
  }
  for (const auto& cue : cues) {
    long cost = std::labs(cue.index - at_index) + 8 * std::labs(cue.breaks - at_breaks) + (cue.index >= at_index ? 1 : 0);
    if (cost < best_cost && cost <= 12) {
      best_cost = cost;
      best = cue.tense;
    }
  }
  return best;
}

// Sentences where a scan that starts at the expression could part from one over the
// whole sentence: cues just inside and just outside the reach, participles whose
// auxiliary lies one word beyond it, clause breaks, apostrophes, non-ASCII bytes, ties.
const std::vector<std::string> kSentences = {
    "",
    "The storm is expected to hit the coast on Friday, and it hit the islands on Monday.",
    "The airline cut 300 jobs in December.",
    "The bank cut rates in October and will meet again in January, but said in May it would wait.",
    "A rate cut in December is likely.",
    "It cost a great deal in December, and one two three four five six seven eight nine ten cut jobs",
    "In December one two three four five six seven eight nine ten eleven cut jobs",
    "In December one two three four five six seven eight nine ten eleven could not",
    "He did not set terms for December; she set them.",
    "Cost cuts come in December.",
    "December cost the airline millions.",
    "The bill will let banks set fees in December.",
    "The union will strike if firms cut jobs in December.",
    "Officials will not let it spread in December, she said.",
    "The town hopes the storm cost the region little in December.",
    "said",
    "On Monday.",
    "The vote is to be held on November 3.",
    "Officials said on Monday that it was over.",
    "He said, in a statement released by the ministry (which was closed), that on Thursday the talks would resume.",
    "one two three four five six seven eight nine ten eleven twelve thirteen said Monday fourteen fifteen will",
    "was announced one two three four five six seven eight nine ten eleven Friday one two three four five six seven eight nine ten eleven will",
    "is one two three four five six seven eight nine ten eleven twelve reported Monday",
    "reported Monday one two three four five six seven eight nine ten eleven is announced",
    "It's been reported that they'll meet; Russia's 'll envoy won't go: \"talks\" (held) ended.",
    "UPDATED REPORTED Reported reported need agreed freed talked, has talked, had walked, 's ended",
    "Moscow\xe2\x80\x99s envoy said\xe2\x80\x94on Monday\xe2\x80\x94that talks will resume; caf\xc3\xa9 opened",
    "will will will Monday said said said",
    "said Monday will",
    "a,b;c:d\"e(f)g said h,i;j will",
    "is quietly reported one two three four five six seven eight nine ten eleven Monday",
    "is quietly reported one two three four five six seven eight nine ten Monday will",
    "was officially ended Monday has Quietly agreed, is formally one reported",
    "Talks were held and ended and resumed and stalled and restarted and failed on Tuesday in Geneva and will resume",
    "It could not be reached on Friday; it may hit Monday; it could have met Sunday; could Could not, might be held",
    "could Monday not have, could",
    "Theresa May said on Friday; Will Hale May met Monday; Could not hear; they could hear it Tuesday",
    "It would have won on Friday; it would start Monday; would not, would Have",
    "Talks resume Monday; told to go home Friday, put on hold Tuesday; they meet, Kyiv and Oslo gather, a strong start",
};

}  // namespace

TEST_CASE("tense_near looks only near the expression and agrees with a scan of the whole sentence", "[timex]") {
  for (const auto& s : kSentences) {
    std::vector<size_t> ends;
    for (size_t k = 0; k <= s.size(); ++k)
      if (k == s.size() || !word_byte(s[k])) ends.push_back(k);
    for (size_t at = 0; at <= s.size() + 2; ++at) {
      std::vector<size_t> at_ends = {0, at, at + 1, at + 5, s.size(), s.size() + 3};
      auto next = std::lower_bound(ends.begin(), ends.end(), at + 1);
      if (next != ends.end()) at_ends.push_back(*next);
      if (next != ends.end() && next + 1 != ends.end()) at_ends.push_back(*(next + 1));
      for (size_t at_end : at_ends) {
        INFO(s << " @" << at << "-" << at_end);
        CHECK(dossier::timex::tense_near(s, at, at_end) == plain_tense_near(s, at, at_end));
      }
    }
  }
}

TEST_CASE("dates are written by hand as snprintf writes them", "[timex]") {
  using dossier::timex::calendar::Ymd;
  auto printed = [](const char* format, int a, int b, int c) {
    char buf[32];
    std::snprintf(buf, sizeof buf, format, a, b, c);
    return std::string(buf);
  };
  const int years[] = {-2147483647 - 1, -10000, -1, 0, 5, 99, 999, 1000, 1999, 2009, 9999, 10000, 123456, 2147483647};
  const int fields[] = {-2147483647 - 1, -1, 0, 1, 9, 10, 12, 31, 99, 100, 2147483647};
  for (int y : years) {
    INFO(y);
    CHECK(dossier::timex::calendar::fmt_year(y) == printed("%04d", y, 0, 0));
    for (int m : fields) {
      CHECK(dossier::timex::calendar::fmt_month(y, m) == printed("%04d-%02d", y, m, 0));
      for (int d : fields) CHECK(dossier::timex::calendar::fmt_date(Ymd{y, m, d}) == printed("%04d-%02d-%02d", y, m, d));
    }
  }
}

TEST_CASE("dates are read by hand as sscanf reads them", "[timex]") {
  using dossier::timex::calendar::Ymd;
  auto scanned = [](const std::string& s) -> std::optional<Ymd> {
    if (s.size() < 10) return std::nullopt;
    Ymd t;
    if (std::sscanf(s.c_str(), "%4d-%2d-%2d", &t.y, &t.m, &t.d) != 3) return std::nullopt;
    if (t.m < 1 || t.m > 12 || t.d < 1 || t.d > dossier::timex::calendar::days_in_month(t.y, t.m)) return std::nullopt;
    return t;
  };
  const std::vector<std::string> texts = {
      "", "2009-12-05", "2009-12-05T10:00", "2008-02-29", "2009-02-29", "2000-02-29", "1900-02-29", "0000-01-01",
      "2009-13-01", "2009-00-10", "2009-12-32", "2009-12-00", "2009-1-05xx", "2009-12-5xxx", " 2009-12-05", "+209-12-05",
      "-200-12-05", "2009/12/05", "20091205xx", "2009-12-0", "2009-12-05\0", std::string("2009-12-0\0", 10),
      std::string("2009\0-12-05", 11), "12345-12-05", "2009-W53-1", "2010-Q1", "XXXX-XX-XX", "PRESENT_REF", "2009-12-05 ",
      "2009 -12-05", "2009- 1- 5xx", "0x09-12-05"};
  for (const auto& s : texts) {
    INFO(s);
    auto fast = dossier::timex::calendar::parse_ymd(s);
    auto plain = scanned(s);
    REQUIRE(fast.has_value() == plain.has_value());
    if (fast) {
      CHECK(fast->y == plain->y);
      CHECK(fast->m == plain->m);
      CHECK(fast->d == plain->d);
    }
  }
}

TEST_CASE("the words of an expression are cut as the character-by-character split cuts them", "[timex]") {
  auto plain = [](std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&]() {
      if (!cur.empty() && cur.back() == '.' && cur != "a.m." && cur != "p.m.") cur.pop_back();
      if (!cur.empty()) out.push_back(dossier::timex::grammar::lower(cur));
      cur.clear();
    };
    for (char c : s) {
      if (c == ' ' || c == ',' || c == '-' || c == '/' || c == '(' || c == ')' || c == '\t' || c == '\n') {
        flush();
      } else {
        cur += c;
      }
    }
    flush();
    return out;
  };
  const std::vector<std::string> texts = {
      "", " ", ".", "..", "-", "Dec.", "Dec. 5, 2008", "6:40 p.m.", "6:40 P.M.", "a.m. a.m.. A.M. p.m", "  four--seven  ",
      "(the) first-half,of\tnext\nYEAR.", "many, many years", "Jan.,", "x.", "a.m.", "p.m.", "caf\xc3\xa9 \xe2\x80\x94 MID-Dec.",
      "five-day", "27/Nov/1986", ",,,", "end.", "U.S. 2008.", "'80s", "word"};
  for (const auto& t : texts) {
    INFO(t);
    CHECK(dossier::timex::grammar::words(t) == plain(t));
  }
}
