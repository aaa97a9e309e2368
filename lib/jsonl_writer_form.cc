// A reader for document records in exactly the form append_document writes them: no
// spaces, the top-level keys in byte order, every field the writer always writes and no
// other, each layer item's keys in the writer's order, strings escaped only where the writer
// escapes them, integers as std::to_chars writes them. Such a line is a fixed point of
// reading and writing: writing what it reads gives the line back. So a tool can copy the
// fields it leaves alone instead of writing them again (Document::raw), and need not even
// parse the fields it does not look at. Anything else (a hand-edited record, another tool's
// JSON) makes the reader give up, and the record goes through the general reader.
// Tested by jsonl_test.cc and fuzz/jsonl_fuzz.cc (whatever this reader accepts, the general
// reader and writer give back byte for byte).
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include "dossier/document.h"
#include "dossier/jsonl.h"
#include "jsonl_internal.h"

namespace dossier::jsonl::detail {

namespace {

// Thrown at the first byte that is not the writer's.
struct NotWriterForm {};

class Reader {
 public:
  explicit Reader(std::string_view line) : p_(line.data()), end_(line.data() + line.size()) {}

  [[noreturn]] static void fail() { throw NotWriterForm{}; }
  const char* at() const { return p_; }
  bool done() const { return p_ == end_; }

  void expect(char c) {
    if (p_ == end_ || *p_ != c) fail();
    ++p_;
  }
  // Consumes S when the input continues with it.
  bool take(std::string_view s) {
    if (static_cast<size_t>(end_ - p_) < s.size() || std::memcmp(p_, s.data(), s.size()) != 0) return false;
    p_ += s.size();
    return true;
  }
  void key(std::string_view quoted_key_colon) {
    if (!take(quoted_key_colon)) fail();
  }

  // A string; its value goes to OUT unless OUT is null. The line is known to be valid
  // UTF-8, so only '"', '\\' and control characters need a look.
  void string(std::string* out) {
    expect('"');
    if (out) out->clear();
    const char* run = p_;
    bool reserved = false;
    for (;;) {
      p_ = skip_plain(p_, end_, true);
      if (p_ == end_) fail();
      const auto c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        if (out) out->append(run, static_cast<size_t>(p_ - run));
        ++p_;
        return;
      }
      if (c != '\\') {
        if (c < 0x20) fail();  // a raw control character: not JSON at all
        ++p_;                  // a byte marked by a borrow
        continue;
      }
      if (out) {
        // A string with escapes grows piece by piece: room for the rest of it is made at
        // the first escape (a plain string is one append and needs no second scan).
        if (!reserved) out->reserve(static_cast<size_t>(p_ - run) + quoted_size());
        reserved = true;
        out->append(run, static_cast<size_t>(p_ - run));
      }
      if (end_ - p_ < 2) fail();
      unsigned char value = 0;
      if (p_[1] == 'u') {
        // \u00xx in lowercase hex, for a byte the writer writes so.
        if (end_ - p_ < 6 || p_[2] != '0' || p_[3] != '0') fail();
        int hi = hex(p_[4]), lo = hex(p_[5]);
        if (hi > 1 || lo < 0) fail();
        value = static_cast<unsigned char>(hi * 16 + lo);
        if (kEscapes.code[value] != 'u') fail();
        p_ += 6;
      } else {
        value = unescape(p_[1]);
        p_ += 2;
      }
      if (out) out->push_back(static_cast<char>(value));
      run = p_;
    }
  }

  // S or null.
  void optional_string(std::optional<std::string>* out) {
    if (take("null")) {
      if (out) out->reset();
      return;
    }
    if (!out) return string(nullptr);
    string(&out->emplace());
  }

  // An integer as std::to_chars writes an int64_t (at most 18 digits here: longer ones
  // are left to the general reader).
  int64_t integer() {
    const bool negative = p_ < end_ && *p_ == '-';
    if (negative) ++p_;
    int64_t v = natural();
    if (negative && v == 0) fail();
    return negative ? -v : v;
  }

  // [start,end] with 0 <= start <= end, as the general reader accepts spans.
  Span span() {
    expect('[');
    Span s;
    s.start = natural();
    expect(',');
    s.end = natural();
    expect(']');
    if (s.end < s.start) fail();
    return s;
  }

  void spans(std::vector<Span>* out) {
    expect('[');
    if (out) out->clear();
    if (take("]")) return;
    do {
      Span s = span();
      if (out) out->push_back(s);
    } while (take(","));
    expect(']');
  }

  bool boolean() {
    if (take("true")) return true;
    if (!take("false")) fail();
    return false;
  }

  // [item,...]: ITEM reads one.
  template <typename Fn>
  void array(Fn&& item) {
    expect('[');
    if (take("]")) return;
    do item();
    while (take(","));
    expect(']');
  }

 private:
  // The bytes from here to the closing quote, escapes and all: what the rest of a string's
  // value takes at most. Only looks for the quote; string() checks the bytes.
  size_t quoted_size() const {
    const char* p = p_;
    for (;;) {
      p = skip_plain(p, end_, true);
      if (p == end_ || *p == '"') return static_cast<size_t>(p - p_);
      p += *p == '\\' && end_ - p >= 2 ? 2 : 1;
    }
  }
  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  }
  // The byte a short escape stands for, when the writer writes that byte so.
  static unsigned char unescape(char e) {
    for (unsigned char c : {'\b', '\t', '\n', '\f', '\r', '"', '\\'})
      if (kEscapes.code[c] == e) return c;
    fail();
  }
  int64_t natural() {
    if (p_ == end_ || *p_ < '0' || *p_ > '9') fail();
    if (*p_ == '0') {
      ++p_;
      if (p_ < end_ && *p_ >= '0' && *p_ <= '9') fail();
      return 0;
    }
    int64_t v = 0;
    int digits = 0;
    while (p_ < end_ && *p_ >= '0' && *p_ <= '9') {
      if (++digits > 18) fail();
      v = v * 10 + (*p_++ - '0');
    }
    return v;
  }

  const char* p_;
  const char* end_;
};

// Each layer item, in the writer's key order. OUT is null when the item is not wanted.
void entity(Reader& r, Entity* out) {
  r.key("{\"aliases\":");
  r.array([&] {
    std::string* a = out ? &out->aliases.emplace_back() : nullptr;
    r.string(a);
  });
  r.key(",\"id\":");
  r.string(out ? &out->id : nullptr);
  if (r.take(",\"kb\":")) r.string(out ? &out->kb.emplace() : nullptr);
  r.key(",\"mentions\":");
  r.spans(out ? &out->mentions : nullptr);
  r.key(",\"name\":");
  r.string(out ? &out->name : nullptr);
  r.key(",\"type\":");
  r.string(out ? &out->type : nullptr);
  r.expect('}');
}

void quote(Reader& r, Quote* out) {
  r.key("{\"cue\":");
  r.optional_string(out ? &out->cue : nullptr);
  r.key(",\"id\":");
  r.string(out ? &out->id : nullptr);
  r.key(",\"kind\":");
  r.string(out ? &out->kind : nullptr);
  std::optional<Span> source_span;
  if (r.take(",\"source_span\":")) source_span = r.span();
  if (r.take(",\"source_text\":")) r.string(out ? &out->source_text.emplace() : nullptr);
  r.key(",\"span\":");
  Span span = r.span();
  r.key(",\"speaker\":");
  if (!r.take("null")) {
    Speaker* s = out ? &out->speaker.emplace() : nullptr;
    r.key("{\"entity\":");
    r.optional_string(s ? &s->entity : nullptr);
    r.key(",\"name\":");
    r.string(s ? &s->name : nullptr);
    r.expect('}');
  }
  r.key(",\"speech\":");
  bool speech = r.boolean();
  r.key(",\"text\":");
  r.string(out ? &out->text : nullptr);
  r.expect('}');
  if (out) {
    out->span = span;
    out->speech = speech;
    out->source_span = source_span;
  }
}

void timex(Reader& r, Timex* out) {
  r.key("{\"id\":");
  r.string(out ? &out->id : nullptr);
  r.key(",\"span\":");
  Span span = r.span();
  r.key(",\"text\":");
  r.string(out ? &out->text : nullptr);
  r.key(",\"type\":");
  r.string(out ? &out->type : nullptr);
  r.key(",\"value\":");
  r.string(out ? &out->value : nullptr);
  r.expect('}');
  if (out) out->span = span;
}

void position(Reader& r, Position* out) {
  r.key("{\"actor\":");
  r.string(out ? &out->actor : nullptr);
  r.key(",\"date\":");
  r.string(out ? &out->date : nullptr);
  r.key(",\"evidence\":");
  Span evidence = r.span();
  r.key(",\"stance\":");
  r.string(out ? &out->stance : nullptr);
  r.key(",\"topic\":");
  r.string(out ? &out->topic : nullptr);
  r.key(",\"via\":");
  r.optional_string(out ? &out->via : nullptr);
  r.expect('}');
  if (out) out->evidence = evidence;
}

void boilerplate_line(Reader& r, BoilerplateLine* out) {
  r.key("{\"kind\":");
  r.string(out ? &out->kind : nullptr);
  r.key(",\"line\":");
  int64_t line = r.integer();
  r.key(",\"text\":");
  r.string(out ? &out->text : nullptr);
  r.expect('}');
  if (out) out->line = line;
}

void warning(Reader& r, Warning* out) {
  r.key("{\"at\":");
  std::optional<int64_t> at;
  if (!r.take("null")) at = r.integer();
  r.key(",\"code\":");
  r.string(out ? &out->code : nullptr);
  r.key(",\"line\":");
  int64_t line = r.integer();
  r.key(",\"message\":");
  r.string(out ? &out->message : nullptr);
  r.expect('}');
  if (out) {
    out->at = at;
    out->line = line;
  }
}

// A list of items: into OUT when wanted, else only checked.
template <typename T, typename Fn>
void items(Reader& r, std::vector<T>* out, Fn&& item) {
  if (out) out->clear();
  r.array([&] {
    if (out) {
      item(r, &out->emplace_back());
    } else {
      item(r, static_cast<T*>(nullptr));
    }
  });
}

template <typename T, typename Fn>
void layer(Reader& r, std::optional<std::vector<T>>* out, Fn&& item) {
  items(r, out ? &out->emplace() : static_cast<std::vector<T>*>(nullptr), item);
}

}  // namespace

bool read_writer_form(std::string_view line, FieldSet wanted, Document* d, RawFields& fields) {
  if (!simdjson::validate_utf8(line.data(), line.size())) return false;
  Document scratch;
  Document& doc = d ? *d : scratch;
  auto want = [&](Field f) { return d && (wanted & field_bit(f)); };
  try {
    Reader r(line);
    r.expect('{');
    // Each field in the writer's order: a layer may be absent, any other field may not.
    auto field = [&](Field f, std::string_view key, bool layer_field, auto&& read) {
      if (!r.take(key)) {
        if (!layer_field) Reader::fail();
        fields[static_cast<size_t>(f)] = {};
        return;
      }
      const char* start = r.at();
      read(want(f));
      fields[static_cast<size_t>(f)] = std::string_view(start, static_cast<size_t>(r.at() - start));
    };
    auto optional = [&](std::optional<std::string>& out) {
      return [&](bool w) { r.optional_string(w ? &out : nullptr); };
    };
    field(Field::kBoilerplate, "\"boilerplate\":", false,
          [&](bool w) { items(r, w ? &doc.boilerplate : nullptr, boilerplate_line); });
    field(Field::kByline, ",\"byline\":", false, optional(doc.byline));
    field(Field::kDateline, ",\"dateline\":", false, optional(doc.dateline));
    field(Field::kDct, ",\"dct\":", false, [&](bool w) {
      r.key("{\"source\":");
      r.string(w ? &doc.dct.source : nullptr);
      r.key(",\"value\":");
      r.optional_string(w ? &doc.dct.value : nullptr);
      r.expect('}');
    });
    field(Field::kEntities, ",\"entities\":", true, [&](bool w) { layer(r, w ? &doc.entities : nullptr, entity); });
    field(Field::kId, ",\"id\":", false, [&](bool w) { r.string(w ? &doc.id : nullptr); });
    field(Field::kParagraphs, ",\"paragraphs\":", false, [&](bool w) { r.spans(w ? &doc.paragraphs : nullptr); });
    field(Field::kPositions, ",\"positions\":", true,
          [&](bool w) { layer(r, w ? &doc.positions : nullptr, position); });
    field(Field::kPublished, ",\"published\":", false, optional(doc.published));
    field(Field::kPublisher, ",\"publisher\":", false, optional(doc.publisher));
    field(Field::kQuotes, ",\"quotes\":", true, [&](bool w) { layer(r, w ? &doc.quotes : nullptr, quote); });
    field(Field::kSchema, ",\"schema\":", false, [&](bool) {
      std::string schema;
      r.string(&schema);
      if (schema != kDocumentSchema) Reader::fail();
    });
    field(Field::kSentences, ",\"sentences\":", false, [&](bool w) { r.spans(w ? &doc.sentences : nullptr); });
    field(Field::kSource, ",\"source\":", false, [&](bool w) {
      r.key("{\"bytes\":");
      int64_t bytes = r.integer();
      r.key(",\"path\":");
      r.string(w ? &doc.source.path : nullptr);
      r.key(",\"sha256\":");
      r.string(w ? &doc.source.sha256 : nullptr);
      r.expect('}');
      if (w) doc.source.bytes = bytes;
    });
    field(Field::kText, ",\"text\":", false, [&](bool w) { r.string(w ? &doc.text : nullptr); });
    field(Field::kTimexes, ",\"timexes\":", true, [&](bool w) { layer(r, w ? &doc.timexes : nullptr, timex); });
    field(Field::kTitle, ",\"title\":", false, optional(doc.title));
    field(Field::kUrl, ",\"url\":", false, optional(doc.url));
    field(Field::kWarnings, ",\"warnings\":", false, [&](bool w) { items(r, w ? &doc.warnings : nullptr, warning); });
    r.expect('}');
    return r.done();
  } catch (const NotWriterForm&) {
    return false;
  }
}

}  // namespace dossier::jsonl::detail
