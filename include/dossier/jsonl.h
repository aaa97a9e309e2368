// JSON Lines input and output: a line reader that keeps line numbers for error messages,
// record parsing that reports file:line, and a writer that never emits half a record.
#pragma once

#include <array>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "dossier/document.h"
#include "dossier/error.h"

namespace dossier::jsonl {

// Reads '\n'-terminated lines from a file descriptor through a large buffer. A final line
// without '\n' is returned too, and unterminated() says so (a truncated stream).
class LineReader {
 public:
  // Opens PATH ("-" is standard input). Throws Error if it cannot be opened.
  explicit LineReader(const std::string& path);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Reads the next line into LINE (without the '\n' or a trailing '\r'). False at end.
  bool next(std::string& line);
  int64_t line_number() const { return line_; }
  bool unterminated() const { return unterminated_; }
  const std::string& name() const { return name_; }

 private:
  bool fill();
  int fd_ = -1;
  bool owned_ = false;
  std::string name_;
  std::string buf_;
  size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
  bool unterminated_ = false;
  int64_t line_ = 0;
};

// Parses one line as a JSON value; throws Error(message, file, line) when it is not JSON.
nlohmann::json parse_line(std::string_view line, const std::string& file, int64_t lineno);

// A member of a line's top-level object, as read_members finds it: absent, null, a string
// (TEXT) or any other value.
struct Member {
  enum Type : uint8_t { kAbsent, kNull, kString, kOther };
  Type type = kAbsent;
  std::string text;
};
// Reads LINE with parse_line's parser through its SAX interface, without a tree: for each of
// the COUNT keys of KEYS, the value the top-level object gives it (the last one when a key
// repeats, as the tree keeps it) into OUT[k]. False when LINE is no object. The errors are
// parse_line's. For lines read by the thousand (a manifest): the tree's objects and strings
// were most of what parse_line cost beyond the parser's own scan.
bool read_members(std::string_view line, const std::string& file, int64_t lineno, const std::string_view* keys,
                  size_t count, Member* out);

// Serializes a record as one line (sorted keys, UTF-8, invalid bytes replaced).
std::string dump_line(const nlohmann::json& record);

// Reads one line as a document record without building a JSON tree first; the result and
// the errors are those of document_from_json(parse_line(line, file, line_no)): malformed
// JSON throws Error("malformed JSON: ...", file, line_no), a bad field names the field.
Document parse_document(std::string_view line, const std::string& file, int64_t line_no);
// parse_document; when LINE's capacity leaves room for the parser's padding (LineReader's lines
// do), the record is parsed where it is instead of being copied first.
Document parse_document_in_place(const std::string& line, const std::string& file, int64_t line_no);

// The top-level fields of a document record, in the order the writer puts them (the byte
// order of their keys).
enum class Field {
  kBoilerplate, kByline, kDateline, kDct, kEntities, kId, kParagraphs, kPositions, kPublished, kPublisher,
  kQuotes, kSchema, kSentences, kSource, kText, kTimexes, kTitle, kUrl, kWarnings, kCount
};
using FieldSet = uint32_t;
constexpr FieldSet field_bit(Field f) { return FieldSet{1} << static_cast<int>(f); }
inline constexpr FieldSet kAllFields = (FieldSet{1} << static_cast<int>(Field::kCount)) - 1;

// What a tool does with the fields of the documents it reads. A record that is exactly what
// the writer writes (as every dossier tool's output is) is then read only as far as READS and
// WRITES need, and the writer copies the other fields from it as they came: the output is
// the same as reading and writing everything, for less work. Any other record is read whole
// and written from the model, as without a FieldUse. The fields a tool does not read are
// left empty in its Document.
struct FieldUse {
  FieldSet reads = kAllFields;
  FieldSet writes = kAllFields;
};

// The record a document was read from, kept for the writer: the line and where each
// top-level field's value is in it (empty when absent), and which fields to copy.
struct RawRecord {
  std::string line;
  std::array<std::string_view, static_cast<size_t>(Field::kCount)> fields{};
  FieldSet copy = 0;
};

// Reads LINE (taking it over) as parse_document_in_place does; when USE is given and the
// record is in the writer's form, only the fields USE names are parsed and the document keeps
// the line for the writer (Document::raw).
Document parse_document_using(std::string&& line, const FieldUse& use, const std::string& file, int64_t line_no);

// True when LINE is exactly what the writer writes for some document (no spaces, keys in
// order, every field the writer writes and no other, strings and numbers as it writes them).
bool in_writer_form(std::string_view line);

// Serializes a document as one line, byte for byte what dump_line(nlohmann::json(doc))
// writes, without the intermediate JSON tree; fields the document's raw record is to copy are
// copied from it.
std::string dump_line(const Document& doc);
// Appends the same bytes to OUT.
void append_document(std::string& out, const Document& doc);

// Appends JSON text to a string, byte for byte as nlohmann's dump(-1, ' ', false,
// error_handler_t::replace) writes it: no spaces, strings escaped only where JSON requires
// (", \, control characters; \u00xx in lowercase hex), invalid UTF-8 replaced by U+FFFD.
// Commas are placed by the writer; keys are written in the order given (the caller sorts).
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}
  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view k);
  void string(std::string_view s);
  void integer(int64_t v);
  void pair(int64_t a, int64_t b);  // [a,b]: spans are most of a record's numbers
  void spans(const std::vector<Span>& spans);  // [[a,b],...], the same as begin_array, pair each, end_array
  void boolean(bool v);
  void null();
  void raw(std::string_view json);  // JSON text already in the writer's form
  void optional_string(const std::optional<std::string>& s) { s ? string(*s) : null(); }
  void value(const nlohmann::json& v);  // any JSON value, through nlohmann's dump

 private:
  void separate();
  void escaped(std::string_view s);
  std::string& out_;
  bool need_comma_ = false;
};

// Thrown by Writer when standard output fails. pipe_closed() is true for EPIPE, which
// tools treat as a quiet end rather than an error.
class OutputError : public Error {
 public:
  OutputError(const std::string& what, bool pipe_closed) : Error(what), pipe_closed_(pipe_closed) {}
  bool pipe_closed() const { return pipe_closed_; }

 private:
  bool pipe_closed_;
};

// Buffered writer of whole lines to a FILE*'s descriptor. Each record is serialized
// completely before any of it is written, so an error never leaves half a record behind us.
// Lines handed over as strings are kept as they are and go out together in one writev,
// without being copied into a buffer first. An error is sticky: every later write or flush
// throws it again.
class Writer {
 public:
  explicit Writer(std::FILE* out) : out_(out) {}
  void write(const nlohmann::json& record) { write_line(dump_line(record)); }
  void write(const Document& doc) { write_line(dump_line(doc)); }
  void write_line(std::string_view line);  // LINE must not contain '\n'; one is appended
  void write_line(std::string&& line);     // the same, taking the string over
  void write_raw(std::string_view text);   // for non-JSON formats (text, svg)
  void flush();

 private:
  void append(std::string_view text);
  void queued();
  std::FILE* out_;
  std::vector<std::string> pending_;
  size_t pending_bytes_ = 0;
  bool back_is_buffer_ = false;  // pending_.back() collects short writes
  std::optional<OutputError> failed_;
};

}  // namespace dossier::jsonl
