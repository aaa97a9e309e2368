// Document records written without a JSON tree in between, through JsonWriter: the bytes
// of nlohmann's dump of to_json (document.cc), keys in byte order and extra fields merged
// in, and the fields a tool did not change copied as they were read. Tested by jsonl_test.cc
// (against nlohmann on every layer) and fuzz/jsonl_fuzz.cc.
#include <string>
#include <string_view>

#include "dossier/document.h"
#include "dossier/jsonl.h"
#include "jsonl_internal.h"

namespace dossier::jsonl {

namespace {

using nlohmann::json;

void write_span(JsonWriter& w, const Span& s) { w.pair(s.start, s.end); }

void write_spans(JsonWriter& w, const std::vector<Span>& spans) { w.spans(spans); }

void write_entity(JsonWriter& w, const Entity& e) {
  w.begin_object();
  w.key("aliases");
  w.begin_array();
  for (const auto& a : e.aliases) w.string(a);
  w.end_array();
  w.key("id");
  w.string(e.id);
  if (e.kb) {
    w.key("kb");
    w.string(*e.kb);
  }
  w.key("mentions");
  write_spans(w, e.mentions);
  w.key("name");
  w.string(e.name);
  w.key("type");
  w.string(e.type);
  w.end_object();
}

void write_quote(JsonWriter& w, const Quote& q) {
  w.begin_object();
  w.key("cue");
  w.optional_string(q.cue);
  w.key("id");
  w.string(q.id);
  w.key("kind");
  w.string(q.kind);
  if (q.source_span) {
    w.key("source_span");
    write_span(w, *q.source_span);
  }
  if (q.source_text) {
    w.key("source_text");
    w.string(*q.source_text);
  }
  w.key("span");
  write_span(w, q.span);
  w.key("speaker");
  if (q.speaker) {
    w.begin_object();
    w.key("entity");
    w.optional_string(q.speaker->entity);
    w.key("name");
    w.string(q.speaker->name);
    w.end_object();
  } else {
    w.null();
  }
  w.key("speech");
  w.boolean(q.speech);
  w.key("text");
  w.string(q.text);
  w.end_object();
}

void write_timex(JsonWriter& w, const Timex& t) {
  w.begin_object();
  w.key("id");
  w.string(t.id);
  w.key("span");
  write_span(w, t.span);
  w.key("text");
  w.string(t.text);
  w.key("type");
  w.string(t.type);
  w.key("value");
  w.string(t.value);
  w.end_object();
}

void write_position(JsonWriter& w, const Position& p) {
  w.begin_object();
  w.key("actor");
  w.string(p.actor);
  w.key("date");
  w.string(p.date);
  w.key("evidence");
  write_span(w, p.evidence);
  w.key("stance");
  w.string(p.stance);
  w.key("topic");
  w.string(p.topic);
  w.key("via");
  w.optional_string(p.via);
  w.end_object();
}

template <typename T, typename Fn>
void write_items(JsonWriter& w, const std::vector<T>& items, Fn&& item) {
  w.begin_array();
  for (const auto& x : items) item(w, x);
  w.end_array();
}

// About how long the line will be (a little more when nothing needs escaping), so that
// the output grows once rather than copying itself a few times: the fields copied from
// RAW count their bytes, the others an estimate from the model.
size_t size_hint(const Document& d, const RawRecord* raw) {
  constexpr size_t kSpan = 16;
  auto copied = [&](Field f) { return raw && (raw->copy & field_bit(f)); };
  size_t n = 512;
  if (raw)
    for (size_t f = 0; f < raw->fields.size(); ++f)
      if (raw->copy & field_bit(static_cast<Field>(f))) n += 16 + raw->fields[f].size();
  if (!copied(Field::kText)) n += d.text.size() + d.text.size() / 16;
  if (!copied(Field::kParagraphs)) n += kSpan * d.paragraphs.size();
  if (!copied(Field::kSentences)) n += kSpan * d.sentences.size();
  if (!copied(Field::kBoilerplate))
    for (const auto& b : d.boilerplate) n += 48 + b.text.size();
  if (!copied(Field::kWarnings))
    for (const auto& w : d.warnings) n += 64 + w.message.size();
  if (d.entities && !copied(Field::kEntities))
    for (const auto& e : *d.entities) {
      n += 64 + 2 * e.name.size() + kSpan * e.mentions.size();
      for (const auto& a : e.aliases) n += 3 + a.size();
    }
  if (d.quotes && !copied(Field::kQuotes))
    for (const auto& q : *d.quotes) n += 160 + q.text.size() + (q.speaker ? q.speaker->name.size() : 0);
  if (d.timexes && !copied(Field::kTimexes))
    for (const auto& t : *d.timexes) n += 80 + t.text.size();
  if (d.positions && !copied(Field::kPositions)) n += 128 * d.positions->size();
  // Estimates can fall short (long values, many escapes) and growing copies the whole line;
  // room never written into costs no memory. One more byte for the writer's '\n'.
  return n + n / 16 + 1;
}

}  // namespace

void append_document(std::string& out, const Document& d) {
  static const json kNoExtra = json::object();
  const json& extra = d.extra.is_object() ? d.extra : kNoExtra;
  const RawRecord* raw = d.raw && d.raw->copy ? d.raw.get() : nullptr;
  out.reserve(out.size() + size_hint(d, raw));
  JsonWriter w(out);
  // Whether KEY is copied from the record as read (then absent when it was absent).
  auto copied = [&](Field f, std::string_view key) {
    if (!raw || !(raw->copy & field_bit(f))) return false;
    std::string_view bytes = raw->fields[static_cast<size_t>(f)];
    if (!bytes.empty()) {
      w.key(key);
      w.raw(bytes);
    }
    return true;
  };
  auto ex = extra.begin();
  // Writes the extra fields that sort before KEY; true when extra has KEY itself.
  auto extra_before = [&](std::string_view key) {
    while (ex != extra.end() && std::string_view(ex.key()) < key) {
      w.key(ex.key());
      w.value(ex.value());
      ++ex;
    }
    return ex != extra.end() && std::string_view(ex.key()) == key;
  };
  // A field of the model: written instead of an extra field of the same name.
  auto field = [&](Field f, std::string_view key, auto&& write) {
    if (extra_before(key)) ++ex;
    if (copied(f, key)) return;
    w.key(key);
    write();
  };
  // A layer: absent when the document lacks it, and then an extra field of that name shows.
  auto layer = [&](Field f, std::string_view key, const auto& items, auto&& item) {
    if (items || (raw && (raw->copy & field_bit(f)))) {
      field(f, key, [&] { write_items(w, *items, item); });
    } else if (extra_before(key)) {
      w.key(ex.key());
      w.value(ex.value());
      ++ex;
    }
  };
  w.begin_object();
  field(Field::kBoilerplate, "boilerplate", [&] {
    w.begin_array();
    for (const auto& b : d.boilerplate) {
      w.begin_object();
      w.key("kind");
      w.string(b.kind);
      w.key("line");
      w.integer(b.line);
      w.key("text");
      w.string(b.text);
      w.end_object();
    }
    w.end_array();
  });
  field(Field::kByline, "byline", [&] { w.optional_string(d.byline); });
  field(Field::kDateline, "dateline", [&] { w.optional_string(d.dateline); });
  field(Field::kDct, "dct", [&] {
    w.begin_object();
    w.key("source");
    w.string(d.dct.source);
    w.key("value");
    w.optional_string(d.dct.value);
    w.end_object();
  });
  layer(Field::kEntities, "entities", d.entities, write_entity);
  field(Field::kId, "id", [&] { w.string(d.id); });
  field(Field::kParagraphs, "paragraphs", [&] { write_spans(w, d.paragraphs); });
  layer(Field::kPositions, "positions", d.positions, write_position);
  field(Field::kPublished, "published", [&] { w.optional_string(d.published); });
  field(Field::kPublisher, "publisher", [&] { w.optional_string(d.publisher); });
  layer(Field::kQuotes, "quotes", d.quotes, write_quote);
  field(Field::kSchema, "schema", [&] { w.string(kDocumentSchema); });
  field(Field::kSentences, "sentences", [&] { write_spans(w, d.sentences); });
  field(Field::kSource, "source", [&] {
    w.begin_object();
    w.key("bytes");
    w.integer(d.source.bytes);
    if (d.source.id) {
      w.key("id");
      w.string(*d.source.id);
    }
    if (d.source.meta.is_object()) {
      w.key("meta");
      w.value(d.source.meta);
    }
    w.key("path");
    w.string(d.source.path);
    w.key("sha256");
    w.string(d.source.sha256);
    w.end_object();
  });
  field(Field::kText, "text", [&] { w.string(d.text); });
  layer(Field::kTimexes, "timexes", d.timexes, write_timex);
  field(Field::kTitle, "title", [&] { w.optional_string(d.title); });
  field(Field::kUrl, "url", [&] { w.optional_string(d.url); });
  field(Field::kWarnings, "warnings", [&] {
    w.begin_array();
    for (const auto& x : d.warnings) {
      w.begin_object();
      w.key("at");
      if (x.at)
        w.integer(*x.at);
      else
        w.null();
      w.key("code");
      w.string(x.code);
      w.key("line");
      w.integer(x.line);
      w.key("message");
      w.string(x.message);
      w.end_object();
    }
    w.end_array();
  });
  while (ex != extra.end()) {
    w.key(ex.key());
    w.value(ex.value());
    ++ex;
  }
  w.end_object();
}

std::string dump_line(const Document& doc) {
  std::string out;
  append_document(out, doc);
  return out;
}

}  // namespace dossier::jsonl
