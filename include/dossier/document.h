// The record model shared by every tool: the document and its layers, the timeline's
// event and diff-positions' position-diff, with their JSON forms. The JSON keys are the
// contract of docs (man/dossier.7) and are spelled in document.cc only. Offsets are
// [start, end) in Unicode code points into Document::text.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace dossier {

namespace jsonl {
struct RawRecord;  // jsonl.h
}

inline constexpr const char* kDocumentSchema = "dossier.document/1";
inline constexpr const char* kEventSchema = "dossier.event/1";
inline constexpr const char* kPositionDiffSchema = "dossier.position-diff/1";
inline constexpr const char* kFindingSchema = "dossier.finding/1";

struct Span {
  int64_t start = 0;
  int64_t end = 0;
  bool operator==(const Span& o) const { return start == o.start && end == o.end; }
  bool operator<(const Span& o) const { return start != o.start ? start < o.start : end < o.end; }
};

struct Source {
  std::string path;    // as given on the command line ("-" for stdin)
  std::string sha256;  // of the raw bytes
  int64_t bytes = 0;
  std::optional<std::string> id;  // the input record's own id (ingest --jsonl --id-field)
  nlohmann::json meta;            // the input record's other fields (ingest --jsonl), or null
};

struct Dct {
  std::optional<std::string> value;  // YYYY-MM-DD, or null
  std::string source = "none";       // manifest | option | text | none
};

struct BoilerplateLine {
  std::string text;
  std::string kind;  // navigation appeal promo caption credit timestamp share other
  int64_t line = 0;  // 1-based line in the raw file (0 when unknown)
};

struct Warning {
  std::string code;
  std::string message;
  std::optional<int64_t> at;  // byte offset into the raw file for input-level warnings
                              // (invalid-utf8, control-characters), else a code-point offset
  int64_t line = 0;           // 1-based line of the raw file, 0 when not tied to a line
};

struct Entity {
  std::string id;    // "e1", "e2", ... in order of first mention
  std::string name;  // canonical name
  std::string type;  // PERSON ORG GPE LOC EVENT LAW
  std::vector<std::string> aliases;
  std::optional<std::string> kb;  // Wikidata id, only when known for certain
  std::vector<Span> mentions;
};

struct Speaker {
  std::optional<std::string> entity;  // entity id in this document's entities layer
  std::string name;
};

struct Quote {
  std::string id;
  std::string text;  // the words inside the marks (or the reported clause)
  Span span;
  bool speech = true;
  std::string kind;  // direct partial indirect turn
  std::optional<Speaker> speaker;
  std::optional<std::string> cue;
  std::optional<std::string> source_text;  // "a ministry source" when the speaker is anonymous
  std::optional<Span> source_span;         // the words naming the speaker or source ("he",
                                           // "the foreign minister", "a ministry source")
};

// A quote flattened for jq (extract-quotes --emit quotes): doc id, speaker name and
// speaker entity id as plain fields.
struct QuoteRow {
  std::string doc;
  Quote quote;
  const std::string* text = nullptr;  // the document's text, for the words of source_span
};

struct Timex {
  std::string id;
  std::string text;
  Span span;
  std::string type;  // DATE TIME DURATION SET
  std::string value;
};

struct Position {
  std::string actor;
  std::string topic;
  std::string stance;  // support oppose
  std::string date;
  Span evidence;
  std::optional<std::string> via;  // quote id, when drawn from a quote
};

struct Document {
  std::string id;
  Source source;
  std::optional<std::string> title, publisher, published, dateline, byline, url;
  Dct dct;
  std::string text;
  std::vector<Span> paragraphs;
  std::vector<Span> sentences;
  std::vector<BoilerplateLine> boilerplate;
  std::vector<Warning> warnings;
  // Layers: absent until the tool that writes them has run.
  std::optional<std::vector<Entity>> entities;
  std::optional<std::vector<Quote>> quotes;
  std::optional<std::vector<Timex>> timexes;
  std::optional<std::vector<Position>> positions;
  // Fields this version does not know, kept so that a newer tool's layer passes through.
  nlohmann::json extra = nlohmann::json::object();
  // The record as read, when it was in the writer's own form and the reader was told which
  // fields the tool changes (jsonl::FieldUse): the writer copies the others from it.
  std::shared_ptr<const jsonl::RawRecord> raw;
};

struct EventSource {
  std::string doc;
  std::string path;
  Span span;
  std::string timex;
  // What this source itself says, when it differs from the event's own fields (a source
  // merged into an event written by another one); timeline --merge re-merges from them.
  std::optional<std::string> date, what, text;
  std::optional<std::vector<std::string>> entities;
};

struct Event {
  std::string date;         // TIMEX3 value
  std::string granularity;  // day month year decade century quarter season half week
  std::string what;
  std::string text;
  std::vector<std::string> entities;
  std::vector<EventSource> sources;
};

struct Evidence {
  std::string doc;
  std::string text;
  std::string date;
};

struct PositionSide {
  std::string stance;
  std::vector<std::string> dates;
  std::vector<Evidence> evidence;
};

struct PositionDiff {
  std::string actor;
  std::string topic;
  std::string change;  // added removed flipped same
  std::optional<PositionSide> left, right;
};

// One finding of `check`: what is wrong with which document.
struct Finding {
  std::string kind;      // e.g. duplicate-id, near-duplicate, encoding, span-mismatch
  std::string severity;  // error | warning
  std::string doc;       // document id ("" when the record could not be read)
  std::string path;      // source.path of the document, or the input file
  int64_t line = 0;      // line of the record in the input (1-based)
  std::string detail;
  std::optional<std::string> other;  // the other document of a pair (duplicates)
};

void to_json(nlohmann::json& j, const Finding& f);

void to_json(nlohmann::json& j, const Span& s);
void from_json(const nlohmann::json& j, Span& s);
void to_json(nlohmann::json& j, const Document& d);
// Moves the text into the JSON instead of copying it (a 200 MB document costs 200 MB less).
nlohmann::json document_to_json(Document&& d);
void from_json(const nlohmann::json& j, Document& d);
void to_json(nlohmann::json& j, const Entity& e);
void from_json(const nlohmann::json& j, Entity& e);
void to_json(nlohmann::json& j, const Quote& q);
void from_json(const nlohmann::json& j, Quote& q);
void to_json(nlohmann::json& j, const QuoteRow& r);
void to_json(nlohmann::json& j, const Timex& t);
void from_json(const nlohmann::json& j, Timex& t);
void to_json(nlohmann::json& j, const Position& p);
void from_json(const nlohmann::json& j, Position& p);
void to_json(nlohmann::json& j, const Event& e);
void from_json(const nlohmann::json& j, Event& e);
void to_json(nlohmann::json& j, const PositionDiff& d);
void from_json(const nlohmann::json& j, PositionDiff& d);

// Parses one document record; throws dossier::Error naming the missing or mistyped field.
Document document_from_json(const nlohmann::json& j);

// The text of a span of a document, by code points (empty when out of range).
std::string span_text(const std::string& text, Span span);

}  // namespace dossier
