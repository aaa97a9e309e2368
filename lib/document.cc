#include "dossier/document.h"

#include <cmath>
#include <limits>
#include <set>
#include <type_traits>

#include <fmt/core.h>

#include "dossier/error.h"
#include "dossier/utf8.h"

namespace dossier {

using nlohmann::json;

namespace {

json opt(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

std::optional<std::string> get_opt(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) throw Error(std::string("field '") + key + "' must be a string or null");
  return it->get<std::string>();
}

template <typename T>
void get_to(const json& j, const char* key, T& out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
    // A count written as a float ("12.0") is read when it is a whole number in range;
    // anything else would be converted with undefined behaviour.
    if (it->is_number_float()) {
      double v = it->get<double>();
      if (!(v >= static_cast<double>(std::numeric_limits<T>::min()) && v < static_cast<double>(std::numeric_limits<T>::max())) ||
          v != std::floor(v))
        throw Error(std::string("field '") + key + "': " + it->dump() + " is not a whole number in range");
      out = static_cast<T>(v);
      return;
    }
  }
  try {
    it->get_to(out);
  } catch (const json::exception& e) {
    throw Error(std::string("field '") + key + "': " + e.what());
  }
}

const std::set<std::string>& known_document_keys() {
  static const std::set<std::string> keys = {
      "schema", "id", "source", "title", "publisher", "published", "dct", "dateline", "byline", "url",
      "text", "paragraphs", "sentences", "boilerplate", "warnings", "entities", "quotes", "timexes",
      "positions"};
  return keys;
}

}  // namespace

void to_json(json& j, const Span& s) { j = json::array({s.start, s.end}); }

void from_json(const json& j, Span& s) {
  if (!j.is_array() || j.size() != 2 || !j[0].is_number_integer() || !j[1].is_number_integer())
    throw Error("a span must be [start, end] with integer offsets");
  s.start = j[0].get<int64_t>();
  s.end = j[1].get<int64_t>();
  if (s.start < 0 || s.end < s.start)
    throw Error(fmt::format("span [{}, {}] is reversed: a span must have 0 <= start <= end", s.start, s.end));
}

void to_json(json& j, const Entity& e) {
  j = json{{"id", e.id}, {"name", e.name}, {"type", e.type}, {"aliases", e.aliases}, {"mentions", e.mentions}};
  if (e.kb) j["kb"] = *e.kb;
}

void from_json(const json& j, Entity& e) {
  get_to(j, "id", e.id);
  get_to(j, "name", e.name);
  get_to(j, "type", e.type);
  get_to(j, "aliases", e.aliases);
  e.kb = get_opt(j, "kb");
  get_to(j, "mentions", e.mentions);
}

void to_json(json& j, const Quote& q) {
  j = json{{"id", q.id}, {"text", q.text}, {"span", q.span}, {"speech", q.speech}, {"kind", q.kind},
           {"cue", opt(q.cue)}};
  if (q.speaker) {
    j["speaker"] = json{{"entity", opt(q.speaker->entity)}, {"name", q.speaker->name}};
  } else {
    j["speaker"] = nullptr;
  }
  if (q.source_text) j["source_text"] = *q.source_text;
  if (q.source_span) j["source_span"] = *q.source_span;
}

void to_json(json& j, const QuoteRow& r) {
  const Quote& q = r.quote;
  j = json{{"doc", r.doc}, {"id", q.id}, {"kind", q.kind}, {"speech", q.speech}, {"cue", opt(q.cue)},
           {"text", q.text}, {"span", q.span}, {"speaker", nullptr}, {"entity", nullptr},
           {"source_text", opt(q.source_text)}, {"source_span", nullptr}};
  // The row shows the words that named the speaker too, so that a user can check them.
  if (q.source_span) {
    j["source_span"] = *q.source_span;
    if (!q.source_text) j["source_text"] = span_text(r.text ? *r.text : std::string(), *q.source_span);
  }
  if (q.speaker) {
    j["speaker"] = q.speaker->name;
    j["entity"] = opt(q.speaker->entity);
  }
}

void from_json(const json& j, Quote& q) {
  get_to(j, "id", q.id);
  get_to(j, "text", q.text);
  get_to(j, "span", q.span);
  get_to(j, "speech", q.speech);
  get_to(j, "kind", q.kind);
  q.cue = get_opt(j, "cue");
  q.source_text = get_opt(j, "source_text");
  if (auto ss = j.find("source_span"); ss != j.end() && !ss->is_null()) q.source_span = ss->get<Span>();
  auto sp = j.find("speaker");
  if (sp != j.end() && sp->is_object()) {
    Speaker s;
    s.entity = get_opt(*sp, "entity");
    get_to(*sp, "name", s.name);
    q.speaker = s;
  } else if (sp != j.end() && sp->is_string()) {
    q.speaker = Speaker{std::nullopt, sp->get<std::string>()};
  }
}

void to_json(json& j, const Timex& t) {
  j = json{{"id", t.id}, {"text", t.text}, {"span", t.span}, {"type", t.type}, {"value", t.value}};
}

void from_json(const json& j, Timex& t) {
  get_to(j, "id", t.id);
  get_to(j, "text", t.text);
  get_to(j, "span", t.span);
  get_to(j, "type", t.type);
  get_to(j, "value", t.value);
}

void to_json(json& j, const Position& p) {
  j = json{{"actor", p.actor}, {"topic", p.topic}, {"stance", p.stance}, {"date", p.date},
           {"evidence", p.evidence}, {"via", opt(p.via)}};
}

void from_json(const json& j, Position& p) {
  get_to(j, "actor", p.actor);
  get_to(j, "topic", p.topic);
  get_to(j, "stance", p.stance);
  get_to(j, "date", p.date);
  get_to(j, "evidence", p.evidence);
  p.via = get_opt(j, "via");
}

void to_json(json& j, const Document& d) {
  j = d.extra.is_object() ? d.extra : json::object();
  j["schema"] = kDocumentSchema;
  j["id"] = d.id;
  j["source"] = json{{"path", d.source.path}, {"sha256", d.source.sha256}, {"bytes", d.source.bytes}};
  if (d.source.id) j["source"]["id"] = *d.source.id;
  if (d.source.meta.is_object()) j["source"]["meta"] = d.source.meta;
  j["title"] = opt(d.title);
  j["publisher"] = opt(d.publisher);
  j["published"] = opt(d.published);
  j["dct"] = json{{"value", opt(d.dct.value)}, {"source", d.dct.source}};
  j["dateline"] = opt(d.dateline);
  j["byline"] = opt(d.byline);
  j["url"] = opt(d.url);
  j["text"] = d.text;
  j["paragraphs"] = d.paragraphs;
  j["sentences"] = d.sentences;
  json bp = json::array();
  for (const auto& b : d.boilerplate) bp.push_back(json{{"text", b.text}, {"kind", b.kind}, {"line", b.line}});
  j["boilerplate"] = std::move(bp);
  json ws = json::array();
  for (const auto& w : d.warnings) {
    json x{{"code", w.code}, {"message", w.message}, {"line", w.line}};
    x["at"] = w.at ? json(*w.at) : json(nullptr);
    ws.push_back(std::move(x));
  }
  j["warnings"] = std::move(ws);
  if (d.entities) j["entities"] = *d.entities;
  if (d.quotes) j["quotes"] = *d.quotes;
  if (d.timexes) j["timexes"] = *d.timexes;
  if (d.positions) j["positions"] = *d.positions;
}

json document_to_json(Document&& d) {
  std::string text = std::move(d.text);
  d.text.clear();
  json j = d;
  j["text"] = std::move(text);
  return j;
}

void from_json(const json& j, Document& d) {
  if (!j.is_object()) throw Error("a document record must be a JSON object");
  auto schema = j.find("schema");
  if (schema != j.end() && !(schema->is_string() && *schema == kDocumentSchema))
    throw Error(std::string("not a document record (schema is not ") + kDocumentSchema + ")");
  if (!j.contains("text") || !j["text"].is_string()) throw Error("document has no 'text' string");
  get_to(j, "id", d.id);
  if (auto s = j.find("source"); s != j.end() && s->is_object()) {
    get_to(*s, "path", d.source.path);
    get_to(*s, "sha256", d.source.sha256);
    get_to(*s, "bytes", d.source.bytes);
    d.source.id = get_opt(*s, "id");
    if (auto m = s->find("meta"); m != s->end() && m->is_object()) d.source.meta = *m;
  }
  d.title = get_opt(j, "title");
  d.publisher = get_opt(j, "publisher");
  d.published = get_opt(j, "published");
  d.dateline = get_opt(j, "dateline");
  d.byline = get_opt(j, "byline");
  d.url = get_opt(j, "url");
  if (auto c = j.find("dct"); c != j.end()) {
    if (c->is_object()) {
      d.dct.value = get_opt(*c, "value");
      get_to(*c, "source", d.dct.source);
    } else {
      // Read as null before, a dct of another type made every relative date unresolved
      // without a word.
      throw Error("dct must be an object {\"value\": date or null, \"source\": ...}, not " +
                  std::string(c->type_name()));
    }
  }
  get_to(j, "text", d.text);
  get_to(j, "paragraphs", d.paragraphs);
  get_to(j, "sentences", d.sentences);
  if (auto b = j.find("boilerplate"); b != j.end() && b->is_array()) {
    for (const auto& x : *b) {
      BoilerplateLine l;
      if (x.is_string()) {
        l.text = x.get<std::string>();
      } else {
        get_to(x, "text", l.text);
        get_to(x, "kind", l.kind);
        get_to(x, "line", l.line);
      }
      d.boilerplate.push_back(std::move(l));
    }
  }
  if (auto w = j.find("warnings"); w != j.end() && w->is_array()) {
    for (const auto& x : *w) {
      Warning v;
      get_to(x, "code", v.code);
      get_to(x, "message", v.message);
      if (auto at = x.find("at"); at != x.end() && at->is_number_integer()) v.at = at->get<int64_t>();
      get_to(x, "line", v.line);
      d.warnings.push_back(std::move(v));
    }
  }
  if (j.contains("entities") && !j["entities"].is_null()) {
    d.entities.emplace();
    get_to(j, "entities", *d.entities);
  }
  if (j.contains("quotes") && !j["quotes"].is_null()) {
    d.quotes.emplace();
    get_to(j, "quotes", *d.quotes);
  }
  if (j.contains("timexes") && !j["timexes"].is_null()) {
    d.timexes.emplace();
    get_to(j, "timexes", *d.timexes);
  }
  if (j.contains("positions") && !j["positions"].is_null()) {
    d.positions.emplace();
    get_to(j, "positions", *d.positions);
  }
  d.extra = json::object();
  for (auto it = j.begin(); it != j.end(); ++it)
    if (!known_document_keys().count(it.key())) d.extra[it.key()] = it.value();
}

Document document_from_json(const json& j) {
  Document d;
  try {
    from_json(j, d);
  } catch (const json::exception& e) {
    throw Error(e.what());
  }
  return d;
}

void to_json(json& j, const Event& e) {
  json sources = json::array();
  for (const auto& s : e.sources) {
    json x{{"doc", s.doc}, {"path", s.path}, {"span", s.span}, {"timex", s.timex}};
    if (s.date) x["date"] = *s.date;
    if (s.what) x["what"] = *s.what;
    if (s.text) x["text"] = *s.text;
    if (s.entities) x["entities"] = *s.entities;
    sources.push_back(std::move(x));
  }
  j = json{{"schema", kEventSchema}, {"date", e.date}, {"granularity", e.granularity}, {"what", e.what},
           {"text", e.text}, {"entities", e.entities}, {"sources", std::move(sources)}};
}

void from_json(const json& j, Event& e) {
  auto schema = j.find("schema");
  if (schema == j.end() || *schema != kEventSchema)
    throw Error(std::string("not an event record (schema is not ") + kEventSchema + ")");
  get_to(j, "date", e.date);
  get_to(j, "granularity", e.granularity);
  get_to(j, "what", e.what);
  get_to(j, "text", e.text);
  get_to(j, "entities", e.entities);
  if (auto s = j.find("sources"); s != j.end() && s->is_array()) {
    for (const auto& x : *s) {
      EventSource es;
      get_to(x, "doc", es.doc);
      get_to(x, "path", es.path);
      get_to(x, "span", es.span);
      get_to(x, "timex", es.timex);
      es.date = get_opt(x, "date");
      es.what = get_opt(x, "what");
      es.text = get_opt(x, "text");
      if (auto en = x.find("entities"); en != x.end() && en->is_array()) es.entities = en->get<std::vector<std::string>>();
      e.sources.push_back(std::move(es));
    }
  }
}

namespace {
json side_json(const std::optional<PositionSide>& s) {
  if (!s) return nullptr;
  json ev = json::array();
  for (const auto& e : s->evidence) ev.push_back(json{{"doc", e.doc}, {"text", e.text}, {"date", e.date}});
  return json{{"stance", s->stance}, {"dates", s->dates}, {"evidence", std::move(ev)}};
}

std::optional<PositionSide> side_from(const json& j) {
  if (j.is_null()) return std::nullopt;
  PositionSide s;
  get_to(j, "stance", s.stance);
  get_to(j, "dates", s.dates);
  if (auto ev = j.find("evidence"); ev != j.end() && ev->is_array()) {
    for (const auto& x : *ev) {
      Evidence e;
      get_to(x, "doc", e.doc);
      get_to(x, "text", e.text);
      get_to(x, "date", e.date);
      s.evidence.push_back(std::move(e));
    }
  }
  return s;
}
}  // namespace

void to_json(json& j, const PositionDiff& d) {
  j = json{{"schema", kPositionDiffSchema}, {"actor", d.actor},        {"topic", d.topic},
           {"change", d.change},            {"left", side_json(d.left)}, {"right", side_json(d.right)}};
}

void from_json(const json& j, PositionDiff& d) {
  get_to(j, "actor", d.actor);
  get_to(j, "topic", d.topic);
  get_to(j, "change", d.change);
  if (j.contains("left")) d.left = side_from(j["left"]);
  if (j.contains("right")) d.right = side_from(j["right"]);
}

void to_json(json& j, const Finding& f) {
  j = json{{"schema", kFindingSchema}, {"kind", f.kind}, {"severity", f.severity}, {"doc", f.doc},
           {"path", f.path},           {"line", f.line}, {"detail", f.detail}};
  if (f.other) j["other"] = *f.other;
}

std::string span_text(const std::string& text, Span span) {
  if (span.start < 0 || span.end < span.start) return {};
  utf8::OffsetMap map(text);
  size_t b = map.to_byte(static_cast<size_t>(span.start));
  size_t e = map.to_byte(static_cast<size_t>(span.end));
  return text.substr(b, e - b);
}

}  // namespace dossier
