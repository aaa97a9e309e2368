// Document records read without a JSON tree in between, through simdjson's DOM. The keys
// and the rules mirror from_json in document.cc, which stays the reference: a record the
// fast reader is not sure about (a mistyped field, a duplicate key, a number simdjson does
// not take) goes through document_from_json instead, so results and error messages are the
// same. The writer is jsonl_document_write.cc. Tested by jsonl_test.cc (against nlohmann on
// every layer) and fuzz/jsonl_fuzz.cc.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <simdjson.h>

#include "dossier/document.h"
#include "dossier/error.h"
#include "dossier/jsonl.h"
#include "jsonl_internal.h"

namespace dossier::jsonl {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using nlohmann::json;

// Thrown when the record needs the reference reader.
struct Slow {};

[[noreturn]] void slow() { throw Slow{}; }

// A parser keeps the capacity of the longest line it has seen (about 14 bytes of address
// space per input byte); longer lines get a parser of their own, freed afterwards.
constexpr size_t kKeepCapacity = 16u << 20;

// By value: a reference into the simdjson_result temporary would dangle in a range-for.
simdjson::dom::object object_of(element e) {
  simdjson::dom::object o;
  if (e.get_object().get(o)) slow();
  return o;
}

simdjson::dom::array array_of(element e) {
  simdjson::dom::array a;
  if (e.get_array().get(a)) slow();
  return a;
}

std::string_view text_of(element e) {
  if (e.type() != element_type::STRING) slow();
  return e.get_string().value_unsafe();
}

// As document.cc's get_to: a null keeps the default.
void read(element e, std::string& out) {
  if (e.is_null()) return;
  out.assign(text_of(e));
}

void read(element e, int64_t& out) {
  if (e.is_null()) return;
  if (e.type() != element_type::INT64) slow();
  out = e.get_int64().value_unsafe();
}

void read(element e, bool& out) {
  if (e.is_null()) return;
  if (e.type() != element_type::BOOL) slow();
  out = e.get_bool().value_unsafe();
}

std::optional<std::string> read_optional(element e) {
  if (e.is_null()) return std::nullopt;
  return std::string(text_of(e));
}

Span read_span(element e) {
  if (e.type() != element_type::ARRAY) slow();
  simdjson::dom::array a = array_of(e);
  if (a.size() != 2) slow();
  element s = a.at(0).value_unsafe(), t = a.at(1).value_unsafe();
  if (s.type() != element_type::INT64 || t.type() != element_type::INT64) slow();
  Span span{s.get_int64().value_unsafe(), t.get_int64().value_unsafe()};
  if (span.start < 0 || span.end < span.start) slow();
  return span;
}

void read(element e, Span& out) {
  if (e.is_null()) return;
  out = read_span(e);
}

void read(element e, std::vector<Span>& out) {
  if (e.is_null()) return;
  if (e.type() != element_type::ARRAY) slow();
  simdjson::dom::array a = array_of(e);
  out.clear();
  out.reserve(a.size());
  for (element x : a) out.push_back(read_span(x));
}

void read(element e, std::vector<std::string>& out) {
  if (e.is_null()) return;
  if (e.type() != element_type::ARRAY) slow();
  simdjson::dom::array a = array_of(e);
  out.clear();
  out.reserve(a.size());
  for (element x : a) out.emplace_back(text_of(x));
}

// Calls FN(index, value) for each field of object E whose key is in KEYS; a key seen
// twice sends the record to the reference reader (there the last one wins). Fields of
// other names are ignored, as document.cc ignores them.
template <size_t N, typename Fn>
void fields(element e, const std::array<std::string_view, N>& keys, Fn&& fn) {
  uint32_t seen = 0;
  for (simdjson::dom::key_value_pair kv : object_of(e)) {
    for (size_t i = 0; i < N; ++i) {
      if (kv.key != keys[i]) continue;
      if (seen & (1u << i)) slow();
      seen |= 1u << i;
      fn(i, kv.value);
      break;
    }
  }
}

// A layer item that is not an object reads as a default item (nlohmann's find() on a
// non-object finds nothing).
template <typename T, typename Fn>
void read_items(element e, std::optional<std::vector<T>>& out, Fn&& item) {
  if (e.is_null()) return;
  if (e.type() != element_type::ARRAY) slow();
  simdjson::dom::array a = array_of(e);
  out.emplace();
  out->reserve(a.size());
  for (element x : a) {
    T t;
    if (x.type() == element_type::OBJECT) item(x, t);
    out->push_back(std::move(t));
  }
}

constexpr std::array<std::string_view, 6> kEntityKeys = {"id", "name", "type", "aliases", "kb", "mentions"};
void read_entity(element e, Entity& x) {
  fields(e, kEntityKeys, [&](size_t i, element v) {
    switch (i) {
      case 0: read(v, x.id); break;
      case 1: read(v, x.name); break;
      case 2: read(v, x.type); break;
      case 3: read(v, x.aliases); break;
      case 4: x.kb = read_optional(v); break;
      default: read(v, x.mentions); break;
    }
  });
}

constexpr std::array<std::string_view, 2> kSpeakerKeys = {"entity", "name"};
constexpr std::array<std::string_view, 9> kQuoteKeys = {"id",  "text", "span",        "speech",     "kind",
                                                        "cue", "source_text", "source_span", "speaker"};
void read_quote(element e, Quote& q) {
  fields(e, kQuoteKeys, [&](size_t i, element v) {
    switch (i) {
      case 0: read(v, q.id); break;
      case 1: read(v, q.text); break;
      case 2: read(v, q.span); break;
      case 3: read(v, q.speech); break;
      case 4: read(v, q.kind); break;
      case 5: q.cue = read_optional(v); break;
      case 6: q.source_text = read_optional(v); break;
      case 7:
        if (v.type() != element_type::NULL_VALUE) read(v, q.source_span.emplace());
        break;
      default:
        if (v.type() == element_type::OBJECT) {
          Speaker s;
          fields(v, kSpeakerKeys, [&](size_t k, element w) {
            if (k == 0)
              s.entity = read_optional(w);
            else
              read(w, s.name);
          });
          q.speaker = std::move(s);
        } else if (v.type() == element_type::STRING) {
          q.speaker = Speaker{std::nullopt, std::string(text_of(v))};
        }
        break;
    }
  });
}

constexpr std::array<std::string_view, 5> kTimexKeys = {"id", "text", "span", "type", "value"};
void read_timex(element e, Timex& t) {
  fields(e, kTimexKeys, [&](size_t i, element v) {
    switch (i) {
      case 0: read(v, t.id); break;
      case 1: read(v, t.text); break;
      case 2: read(v, t.span); break;
      case 3: read(v, t.type); break;
      default: read(v, t.value); break;
    }
  });
}

constexpr std::array<std::string_view, 6> kPositionKeys = {"actor", "topic", "stance", "date", "evidence", "via"};
void read_position(element e, Position& p) {
  fields(e, kPositionKeys, [&](size_t i, element v) {
    switch (i) {
      case 0: read(v, p.actor); break;
      case 1: read(v, p.topic); break;
      case 2: read(v, p.stance); break;
      case 3: read(v, p.date); break;
      case 4: read(v, p.evidence); break;
      default: p.via = read_optional(v); break;
    }
  });
}

// An unknown field, kept as nlohmann's parser would have built it (non-negative
// integers are unsigned there).
json to_nlohmann(element e) {
  switch (e.type()) {
    case element_type::OBJECT: {
      json o = json::object();
      for (simdjson::dom::key_value_pair kv : object_of(e))
        o[std::string(kv.key)] = to_nlohmann(kv.value);
      return o;
    }
    case element_type::ARRAY: {
      json a = json::array();
      for (element x : array_of(e)) a.push_back(to_nlohmann(x));
      return a;
    }
    case element_type::STRING: return std::string(e.get_string().value_unsafe());
    case element_type::INT64: {
      int64_t v = e.get_int64().value_unsafe();
      return v >= 0 ? json(static_cast<uint64_t>(v)) : json(v);
    }
    case element_type::UINT64: return e.get_uint64().value_unsafe();
    case element_type::DOUBLE: return e.get_double().value_unsafe();
    case element_type::BOOL: return e.get_bool().value_unsafe();
    case element_type::NULL_VALUE: break;
  }
  return nullptr;
}

enum TopKey {
  kSchema, kId, kSource, kTitle, kPublisher, kPublished, kDct, kDateline, kByline, kUrl, kText,
  kParagraphs, kSentences, kBoilerplate, kWarnings, kEntities, kQuotes, kTimexes, kPositions, kTopKeys
};
constexpr std::array<std::string_view, kTopKeys> kTop = {
    "schema", "id", "source", "title", "publisher", "published", "dct", "dateline", "byline", "url",
    "text", "paragraphs", "sentences", "boilerplate", "warnings", "entities", "quotes", "timexes",
    "positions"};
constexpr std::array<std::string_view, 5> kSourceKeys = {"path", "sha256", "bytes", "id", "meta"};
constexpr std::array<std::string_view, 2> kDctKeys = {"value", "source"};
constexpr std::array<std::string_view, 3> kBoilerplateKeys = {"text", "kind", "line"};
constexpr std::array<std::string_view, 4> kWarningKeys = {"code", "message", "at", "line"};

Document document_from(element root) {
  if (root.type() != element_type::OBJECT) slow();
  std::array<std::optional<element>, kTopKeys> at;
  Document d;
  for (simdjson::dom::key_value_pair kv : object_of(root)) {
    size_t i = 0;
    while (i < kTopKeys && kv.key != kTop[i]) ++i;
    if (i == kTopKeys) {
      d.extra[std::string(kv.key)] = to_nlohmann(kv.value);
      continue;
    }
    if (at[i]) slow();
    at[i] = kv.value;
  }
  if (at[kSchema] && !(at[kSchema]->type() == element_type::STRING && text_of(*at[kSchema]) == kDocumentSchema))
    slow();
  if (!at[kText] || at[kText]->type() != element_type::STRING) slow();
  if (at[kId]) read(*at[kId], d.id);
  if (at[kSource] && at[kSource]->type() == element_type::OBJECT) {
    fields(*at[kSource], kSourceKeys, [&](size_t i, element v) {
      if (i == 0)
        read(v, d.source.path);
      else if (i == 1)
        read(v, d.source.sha256);
      else if (i == 2)
        read(v, d.source.bytes);
      else if (i == 3)
        d.source.id = read_optional(v);
      else if (!v.is_null())
        slow();  // the input record's own fields: the reference reader keeps them
    });
  }
  std::pair<TopKey, std::optional<std::string>*> optionals[] = {
      {kTitle, &d.title},       {kPublisher, &d.publisher}, {kPublished, &d.published},
      {kDateline, &d.dateline}, {kByline, &d.byline},       {kUrl, &d.url}};
  for (auto [k, field] : optionals)
    if (at[k]) *field = read_optional(*at[k]);
  if (at[kDct]) {
    element c = *at[kDct];
    if (c.type() == element_type::OBJECT) {
      fields(c, kDctKeys, [&](size_t i, element v) {
        if (i == 0)
          d.dct.value = read_optional(v);
        else
          read(v, d.dct.source);
      });
    } else {
      slow();  // the reference reader rejects it
    }
  }
  read(*at[kText], d.text);
  if (at[kParagraphs]) read(*at[kParagraphs], d.paragraphs);
  if (at[kSentences]) read(*at[kSentences], d.sentences);
  if (at[kBoilerplate] && at[kBoilerplate]->type() == element_type::ARRAY) {
    for (element x : array_of(*at[kBoilerplate])) {
      BoilerplateLine l;
      if (x.type() == element_type::STRING) {
        l.text = text_of(x);
      } else if (x.type() == element_type::OBJECT) {
        fields(x, kBoilerplateKeys, [&](size_t i, element v) {
          if (i == 0)
            read(v, l.text);
          else if (i == 1)
            read(v, l.kind);
          else
            read(v, l.line);
        });
      }
      d.boilerplate.push_back(std::move(l));
    }
  }
  if (at[kWarnings] && at[kWarnings]->type() == element_type::ARRAY) {
    for (element x : array_of(*at[kWarnings])) {
      Warning w;
      if (x.type() == element_type::OBJECT) {
        fields(x, kWarningKeys, [&](size_t i, element v) {
          switch (i) {
            case 0: read(v, w.code); break;
            case 1: read(v, w.message); break;
            case 2:
              // Only an integer is an offset; anything else means none.
              if (v.type() == element_type::UINT64) slow();
              if (v.type() == element_type::INT64) w.at = v.get_int64().value_unsafe();
              break;
            default: read(v, w.line); break;
          }
        });
      }
      d.warnings.push_back(std::move(w));
    }
  }
  if (at[kEntities]) read_items(*at[kEntities], d.entities, read_entity);
  if (at[kQuotes]) read_items(*at[kQuotes], d.quotes, read_quote);
  if (at[kTimexes]) read_items(*at[kTimexes], d.timexes, read_timex);
  if (at[kPositions]) read_items(*at[kPositions], d.positions, read_position);
  return d;
}

Document parse_padded(std::string_view line, bool padded, const std::string& file, int64_t line_no) {
  thread_local simdjson::dom::parser kept;
  std::optional<simdjson::dom::parser> own;
  simdjson::dom::parser& parser = line.size() > kKeepCapacity ? own.emplace() : kept;
  element root;
  if (parser.parse(line.data(), line.size(), !padded).get(root) == simdjson::SUCCESS) {
    try {
      return document_from(root);
    } catch (const Slow&) {
    }
  }
  return document_from_json(parse_line(line, file, line_no));
}

}  // namespace

Document parse_document(std::string_view line, const std::string& file, int64_t line_no) {
  return parse_padded(line, false, file, line_no);
}

Document parse_document_in_place(const std::string& line, const std::string& file, int64_t line_no) {
  return parse_padded(line, line.capacity() - line.size() >= simdjson::SIMDJSON_PADDING, file, line_no);
}

Document parse_document_using(std::string&& line, const FieldUse& use, const std::string& file, int64_t line_no) {
  auto raw = std::make_shared<RawRecord>();
  raw->line = std::move(line);
  Document d;
  if (detail::read_writer_form(raw->line, use.reads | use.writes, &d, raw->fields)) {
    raw->copy = kAllFields & ~use.writes;
    d.raw = std::move(raw);
    return d;
  }
  return parse_document_in_place(raw->line, file, line_no);
}

bool in_writer_form(std::string_view line) {
  detail::RawFields fields;
  return detail::read_writer_form(line, 0, nullptr, fields);
}

}  // namespace dossier::jsonl
