// Events from dated sentences: what each sentence with a date says, and the mentions
// read back from records. Merging is in timeline_merge.cc, the text and SVG forms in
// timeline_format.cc. Tested by timeline_test.cc.
#include "dossier/timeline.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "dossier/data.h"
#include "dossier/dateline.h"
#include "dossier/error.h"
#include "dossier/metadata.h"
#include "dossier/timex.h"
#include "dossier/utf8.h"
#include "timeline_internal.h"

namespace dossier::timeline {
namespace {

std::string lower(std::string_view s) { return utf8::ascii_lower(s); }

struct Lexicon {
  std::vector<std::string> boilerplate, breaks;
  std::set<std::string> stopwords;
  Lexicon() {
    for (auto l : data::lines("timex/boilerplate.txt")) boilerplate.emplace_back(l);
    for (auto l : data::lines("timex/clause_breaks.txt")) breaks.emplace_back(l);
    for (auto l : data::lines("timex/stopwords.txt")) stopwords.emplace(l);
  }
};

const Lexicon& lexicon() {
  static const Lexicon l;
  return l;
}

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || (static_cast<unsigned char>(c) & 0x80) != 0; }

// Collapses runs of white space and trims the ends and stray punctuation.
std::string tidy(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  auto junk = [](char c) { return c == ',' || c == ';' || c == ':' || c == ' ' || c == '-'; };
  size_t b = 0, e = out.size();
  while (b < e && junk(out[b])) ++b;
  while (e > b && junk(out[e - 1])) --e;
  return out.substr(b, e - b);
}

size_t word_count(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool a = is_alpha(c);
    if (a && !in) ++n;
    in = a;
  }
  return n;
}

bool is_boilerplate(std::string_view sentence) {
  std::string l = lower(sentence);
  for (const auto& cue : lexicon().boilerplate)
    if (l.find(cue) != std::string::npos) return true;
  return false;
}

// "..., the spokesman said" / "..., RIA-Novosti reported": the attribution is no part of
// what happened.
std::string without_attribution(const std::string& clause) {
  static const char* kCues[] = {" said", " says", " reported", " reports", " added", " told reporters", " announced"};
  size_t comma = clause.rfind(", ");
  if (comma == std::string::npos) return clause;
  std::string tail = clause.substr(comma + 2);
  while (!tail.empty() && (tail.back() == '.' || tail.back() == ' ')) tail.pop_back();
  if (word_count(tail) > 7) return clause;
  for (const char* cue : kCues) {
    std::string c(cue);
    if (tail.size() >= c.size() && tail.compare(tail.size() - c.size(), c.size(), c) == 0) return clause.substr(0, comma);
  }
  return clause;
}

// The clause around [tb, te) with the timex (and a preposition before it) taken out: the
// part of the sentence between the clause breaks nearest to it.
std::string what_of(std::string_view s, size_t tb, size_t te) {
  size_t cb = 0, ce = s.size();
  for (const auto& brk : lexicon().breaks) {
    size_t at = 0;
    while ((at = s.find(brk, at)) != std::string_view::npos) {
      size_t after = at + brk.size();
      bool word_end = !is_alpha(brk.back()) || after >= s.size() || !is_alpha(s[after]);
      if (word_end) {
        if (after <= tb && after > cb) cb = after;
        if (at >= te && at < ce) ce = at;
      }
      at = after;
    }
  }
  std::string before(s.substr(cb, tb - cb)), after(s.substr(te, ce - te));
  // Drop the preposition that introduced the timex ("on", "in", "since" ...).
  static const char* kPreps[] = {" on", " in", " at", " since", " by", " during", " from", " until", " of", " for"};
  std::string lb = lower(before);
  while (!lb.empty() && lb.back() == ' ') lb.pop_back();
  for (const char* p : kPreps) {
    std::string prep(p);
    if (lb.size() >= prep.size() && lb.compare(lb.size() - prep.size(), prep.size(), prep) == 0) {
      before = before.substr(0, lb.size() - prep.size());
      break;
    }
  }
  // Keep the comma after the timex, so that a trailing attribution can be seen below.
  size_t lead = after.find_first_not_of(' ');
  std::string rest = lead == std::string::npos ? "" : after.substr(lead);
  std::string clause = tidy(tidy(before) + (rest.rfind(",", 0) == 0 ? "" : " ") + rest);
  clause = without_attribution(clause);
  static const char* kLead[] = {"and ", "but ", "which ", "who ", "while ", "yet ", "so ", "then "};
  for (const char* l : kLead) {
    if (lower(clause).rfind(l, 0) == 0) clause = clause.substr(std::string(l).size());
  }
  if (word_count(clause) < 4) clause = tidy(tidy(std::string(s.substr(0, tb))) + " " + tidy(std::string(s.substr(te))));
  if (!clause.empty() && (clause.back() == '.')) clause = tidy(clause.substr(0, clause.size() - 1));
  // Keep it short: at most 30 words.
  size_t words = 0;
  for (size_t i = 0; i < clause.size(); ++i) {
    if (clause[i] == ' ' && ++words == 30) return clause.substr(0, i) + " …";
  }
  return clause;
}

}  // namespace

namespace detail {

// Content words of a text (lower-case, four letters or more, crude plural folding).
std::set<std::string> key_terms(std::string_view text) {
  std::set<std::string> out;
  std::string cur;
  auto flush = [&]() {
    if (cur.size() >= 4 && !lexicon().stopwords.count(cur)) {
      if (cur.size() > 4 && cur.back() == 's' && cur[cur.size() - 2] != 's') cur.pop_back();
      out.insert(cur);
    }
    cur.clear();
  };
  for (char c : text) {
    if (is_alpha(c)) {
      cur += utf8::ascii_lower(c);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

}  // namespace detail

std::vector<Event> document_events(const Document& doc) {
  std::vector<Event> out;
  if (!doc.timexes || doc.timexes->empty()) return out;
  utf8::OffsetMap map(doc.text);
  std::set<std::pair<size_t, std::string>> seen;
  // What is known of a sentence whatever the timex: a sentence with thousands of timexes was
  // read in full for each of them (quadratic in its length).
  struct SentenceFacts {
    bool boilerplate;
    size_t words;
  };
  std::map<std::pair<int64_t, int64_t>, SentenceFacts> facts;
  // Sentences in reading order (starts and ends ascending, as ingest writes them) are found
  // by binary search; any other order by reading them all.
  const auto& sentences = doc.sentences;
  bool ordered = true;
  for (size_t i = 1; i < sentences.size() && ordered; ++i)
    ordered = sentences[i - 1].start <= sentences[i].start && sentences[i - 1].end <= sentences[i].end;
  auto sentence_of = [&](const Span& t) {
    if (!ordered)
      return std::find_if(sentences.begin(), sentences.end(),
                          [&](const Span& s) { return s.start <= t.start && t.end <= s.end; });
    // The first sentence that ends at or after the timex; it holds it if it starts early enough.
    auto it = std::lower_bound(sentences.begin(), sentences.end(), t.end,
                               [](const Span& s, int64_t end) { return s.end < end; });
    return it != sentences.end() && it->start <= t.start ? it : sentences.end();
  };
  for (const auto& t : *doc.timexes) {
    // A fiscal year ("FY1998") is placed at the calendar year of its number.
    const std::string cal = timex::calendar_value(t.value);
    if ((t.type != "DATE" && t.type != "TIME") || timex::granularity(cal).empty()) continue;
    auto sit = sentence_of(t.span);
    Span sentence = sit != doc.sentences.end() ? *sit : Span{t.span.start, t.span.end};
    if (sit == doc.sentences.end()) {
      // No sentence layer: the line around the timex.
      size_t b = doc.text.rfind('\n', map.to_byte(static_cast<size_t>(t.span.start)));
      size_t e = doc.text.find('\n', map.to_byte(static_cast<size_t>(t.span.end)));
      sentence = Span{static_cast<int64_t>(b == std::string::npos ? 0 : map.to_cp(b + 1)),
                      static_cast<int64_t>(map.to_cp(e == std::string::npos ? doc.text.size() : e))};
    }
    // One event per sentence and date: a date the sentence has given already is passed over
    // before the sentence is read again.
    if (seen.count({static_cast<size_t>(sentence.start), t.value})) continue;
    size_t sb = map.to_byte(static_cast<size_t>(sentence.start)), se = map.to_byte(static_cast<size_t>(sentence.end));
    std::string_view s(doc.text.data() + sb, se - sb);
    auto fact = facts.find({sentence.start, sentence.end});
    if (fact == facts.end()) fact = facts.emplace(std::make_pair(sentence.start, sentence.end), SentenceFacts{is_boilerplate(s), word_count(s)}).first;
    if (fact->second.boilerplate) continue;
    size_t tb = map.to_byte(static_cast<size_t>(t.span.start)) - sb, te = map.to_byte(static_cast<size_t>(t.span.end)) - sb;
    if (fact->second.words - word_count(s.substr(tb, te - tb)) < 3) continue;  // a dateline or a bare date
    // The dateline opening the story's first sentence is no part of what happened; its date,
    // when the sentence names another, is when the story was filed, not an event.
    size_t lead = 0;
    if (doc.dateline)
      if (auto dl = read_dateline(s)) lead = dl->end;
    if (tb < lead) {
      const int64_t narrative = static_cast<int64_t>(map.to_cp(sb + lead));
      const bool other_date = std::any_of(doc.timexes->begin(), doc.timexes->end(), [&](const Timex& o) {
        return (o.type == "DATE" || o.type == "TIME") && o.span.start >= narrative && o.span.end <= sentence.end;
      });
      if (other_date) continue;
      tb = te = lead;  // the event is the sentence after the dateline
    }
    std::string granularity = timex::granularity(cal);
    if (!seen.insert({static_cast<size_t>(sentence.start), t.value}).second) continue;
    Event e;
    e.date = cal.substr(0, granularity == "day" ? 10 : cal.size());
    e.granularity = granularity;
    e.what = what_of(s.substr(lead), tb - lead, te - lead);
    e.text = tidy(s);
    if (doc.entities) {
      std::vector<std::pair<int64_t, std::string>> named;
      for (const auto& ent : *doc.entities)
        for (const auto& m : ent.mentions)
          if (m.start >= sentence.start && m.end <= sentence.end) {
            named.emplace_back(m.start, ent.name);
            break;
          }
      std::sort(named.begin(), named.end());
      for (auto& [at, name] : named)
        if (std::find(e.entities.begin(), e.entities.end(), name) == e.entities.end()) e.entities.push_back(name);
    }
    EventSource src;
    src.doc = doc.id;
    src.path = doc.source.path;
    src.span = sentence;
    src.timex = t.text;
    e.sources.push_back(std::move(src));
    out.push_back(std::move(e));
  }
  return out;
}

bool is_calendar_value(const std::string& value) {
  // date_range reads the digits where the granularity says they are, without asking
  // whether month 13 or day 45 exist: both ends of the range must be days of the calendar.
  auto r = timex::date_range(value);
  if (!r || !is_iso_date(r->first) || !is_iso_date(r->second)) return false;
  const std::string g = timex::granularity(value);
  if (g == "month") return std::isdigit(static_cast<unsigned char>(value[5])) && std::isdigit(static_cast<unsigned char>(value[6]));
  return g != "day" || is_iso_date(value.substr(0, 10));
}

bool is_range_bound(const std::string& bound) {
  const std::string g = timex::granularity(bound);
  return (g == "year" || g == "month" || g == "day") && bound.size() == (g == "year" ? 4u : g == "month" ? 7u : 10u) &&
         is_calendar_value(bound);
}

Event event_from_json(const nlohmann::json& j) {
  Event e;
  try {
    from_json(j, e);
  } catch (const nlohmann::json::exception& x) {
    throw Error(x.what());
  }
  if (e.sources.empty()) throw Error("event has no sources");
  // An event dated with something else than a calendar value was kept and sorted as text.
  if (!is_calendar_value(e.date)) throw Error("event date is not a calendar date: \"" + e.date + "\"");
  for (const auto& s : e.sources)
    if (s.date && !is_calendar_value(*s.date)) throw Error("event source date is not a calendar date: \"" + *s.date + "\"");
  return e;
}

std::vector<Event> split_event(const Event& event) {
  std::vector<Event> out;
  for (const auto& s : event.sources) {
    Event e;
    e.date = s.date.value_or(event.date);
    e.granularity = timex::granularity(e.date);
    e.what = s.what.value_or(event.what);
    e.text = s.text.value_or(event.text);
    e.entities = s.entities.value_or(event.entities);
    EventSource plain{s.doc, s.path, s.span, s.timex, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    e.sources.push_back(std::move(plain));
    out.push_back(std::move(e));
  }
  return out;
}

bool in_range(const Event& event, const std::string& from, const std::string& to) {
  auto r = timex::date_range(event.date);
  if (!r) return from.empty() && to.empty();
  // A bound names a period: --from 2009 starts on 2009-01-01, --to 2009 ends on 2009-12-31.
  if (!from.empty()) {
    auto f = timex::date_range(from);
    if (r->second < (f ? f->first : from)) return false;
  }
  if (!to.empty()) {
    auto t = timex::date_range(to);
    if (r->first > (t ? t->second : to)) return false;
  }
  return true;
}

}  // namespace dossier::timeline
