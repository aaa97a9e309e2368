// The cross-document chronology: one event per dated sentence, the same happening told
// by several documents merged into one event with several sources, sorted by date and
// then by first source. Merging is a function of the set of mentions (connected
// components of a symmetric relation), so merging the chronologies of shards gives
// exactly the chronology of the whole.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dossier/document.h"

namespace dossier::timeline {

// The events of one document with a timexes layer, one per sentence and calendar timex
// (DATE or TIME with a resolvable value), each with exactly one source. Sentences that
// are boilerplate (a "Last Updated" stamp, a donation appeal) or carry nothing besides
// the date give none.
std::vector<Event> document_events(const Document& doc);

// The one-source events an event record was merged from (each source with its own date,
// what, text and entities; see EventSource).
std::vector<Event> split_event(const Event& event);

// Whether VALUE is a calendar value (a TIMEX3 date of some granularity, see
// timex::granularity) whose days exist: "2009-02-30" and "2009-13" are not.
bool is_calendar_value(const std::string& value);

// Whether BOUND is a --from/--to bound: YYYY, YYYY-MM or YYYY-MM-DD, a day that exists.
bool is_range_bound(const std::string& bound);

// Parses an event record; throws dossier::Error when it is not one, or when it or one of
// its sources is dated with something that is not a calendar value.
Event event_from_json(const nlohmann::json& j);

// The work the last Chronology::events() did to find same happenings: posting entries
// visited while looking for candidates, and candidate pairs checked in full. Both grow
// about linearly with the number of mentions; tests hold them to that.
struct MergeStats {
  size_t visits = 0;
  size_t comparisons = 0;
};

// Collects one-source events and merges them. Memory grows with the number of events.
class Chronology {
 public:
  void add(Event event);
  // The merged events, sorted by date, then by first source; deterministic. Called on an
  // rvalue (std::move(chronology).events()) it moves the mentions instead of copying them,
  // and the chronology is left empty.
  std::vector<Event> events() const&;
  std::vector<Event> events() &&;
  const MergeStats& stats() const { return stats_; }

 private:
  std::vector<Event> merged(std::vector<Event>* owned) const;
  std::vector<Event> mentions_;
  mutable MergeStats stats_;
};

// Whether two one-source events from different documents tell the same happening: the
// same date at the coarser granularity, shared participants and key terms.
bool same_happening(const Event& a, const Event& b);

// Whether the event's date overlaps [from, to] (each YYYY, YYYY-MM or YYYY-MM-DD; empty
// means open).
bool in_range(const Event& event, const std::string& from, const std::string& to);

// A dated list a person reads: one line per event, its sources indented below.
std::string format_text(const std::vector<Event>& events);

// A self-contained SVG picture: a date axis and one lane per document, events as
// labelled dots.
std::string format_svg(const std::vector<Event>& events);

}  // namespace dossier::timeline
