#include "dossier/jsonl.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <charconv>
#include <cstring>
#include <limits>

#include <simdjson.h>

#include "jsonl_internal.h"

namespace dossier::jsonl {

using detail::kEscapes;
using detail::special_byte;

namespace {
constexpr size_t kBufSize = 1 << 20;
}

LineReader::LineReader(const std::string& path) : name_(path) {
  if (path == "-") {
    fd_ = 0;
    name_ = "<stdin>";
  } else {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw Error(std::strerror(errno), path, 0);
    owned_ = true;
  }
  buf_.resize(kBufSize);
}

LineReader::~LineReader() {
  if (owned_) ::close(fd_);
}

namespace {
// Reads up to ROOM bytes into TO: 0 at the end of input.
size_t read_some(int fd, char* to, size_t room, const std::string& name, int64_t line) {
  for (;;) {
    ssize_t n = ::read(fd, to, room);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw Error(std::strerror(errno), name, line + 1);
    return static_cast<size_t>(n);
  }
}
}  // namespace

bool LineReader::fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  size_t n = read_some(fd_, buf_.data() + end_, buf_.size() - end_, name_, line_);
  end_ += n;
  eof_ = n == 0;
  return !eof_;
}

bool LineReader::next(std::string& line) {
  size_t scan = pos_;
  for (;;) {
    if (const void* nl = std::memchr(buf_.data() + scan, '\n', end_ - scan)) {
      size_t at = static_cast<size_t>(static_cast<const char*>(nl) - buf_.data());
      size_t len = at - pos_;
      if (len > 0 && buf_[at - 1] == '\r') --len;
      line.reserve(len + simdjson::SIMDJSON_PADDING);  // lets parse_document_in_place parse it where it is
      line.assign(buf_.data() + pos_, len);
      pos_ = at + 1;
      ++line_;
      return true;
    }
    if (pos_ == 0 && end_ == buf_.size()) break;  // a line longer than the buffer
    size_t scanned = end_ - pos_;
    if (!fill()) {
      if (pos_ == end_) return false;
      line.assign(buf_.data() + pos_, end_ - pos_);
      pos_ = end_;
      ++line_;
      unterminated_ = true;
      return true;
    }
    scan = pos_ + scanned;
  }
  // A line longer than the buffer is read straight into LINE, so that it is held once
  // rather than in a grown buffer and again in its copy. LINE grows fourfold: each growth
  // copies what was read before, a third of the line in all, so reading stays linear
  // without reserving room for what may never come (a file's size says nothing of where
  // its line ends).
  line.assign(buf_.data(), end_);
  pos_ = end_ = 0;
  for (;;) {
    const size_t old = line.size();
    const size_t room = buf_.size();  // what is read past the '\n' goes back to the buffer
    if (line.capacity() < old + room + simdjson::SIMDJSON_PADDING)
      line.reserve(std::max(old + room + simdjson::SIMDJSON_PADDING, 4 * old));
    line.resize(old + room);
    const size_t n = read_some(fd_, line.data() + old, room, name_, line_);
    line.resize(old + n);
    if (n == 0) {
      eof_ = true;
      ++line_;
      unterminated_ = true;
      return true;
    }
    if (const void* nl = std::memchr(line.data() + old, '\n', n)) {
      size_t at = static_cast<size_t>(static_cast<const char*>(nl) - line.data());
      end_ = line.size() - at - 1;
      std::memcpy(buf_.data(), line.data() + at + 1, end_);
      line.resize(at > 0 && line[at - 1] == '\r' ? at - 1 : at);
      ++line_;
      return true;
    }
  }
}

namespace {

// The library's message quotes everything it read of the line ("last read: '...'"): of a
// huge record, the whole record. Keep its last 40 bytes, from a character's start, with
// bytes that are no printable ASCII written as \xNN, so a diagnostic stays one short line.
std::string short_parse_message(const std::string& msg) {
  static const std::string kRead = "last read: '";
  const size_t at = msg.find(kRead);
  if (at == std::string::npos) return msg;
  const size_t from = at + kRead.size();
  const size_t end = msg.find("'; ", from) == std::string::npos ? msg.size() : msg.find("'; ", from);
  size_t keep = end - from > 40 ? end - 40 : from;
  while (keep < end && (static_cast<unsigned char>(msg[keep]) & 0xC0) == 0x80) ++keep;
  std::string out = msg.substr(0, from);
  if (keep > from) out += "...";
  for (size_t k = keep; k < end; ++k) {
    const auto c = static_cast<unsigned char>(msg[k]);
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    }
  }
  out += msg.substr(end);
  return out;
}

}  // namespace

namespace {

[[noreturn]] void report_parse_error(const nlohmann::json::exception& e, const std::string& file, int64_t lineno) {
  // parse_error ("... at line 1, column 5: ...") and out_of_range (a number too large
  // for a double, 1E400): keep the part after the library's "[json.exception...]" tag.
  std::string msg = e.what();
  auto p = msg.find("column");
  if (p == std::string::npos) p = msg.find("] ") == std::string::npos ? 0 : msg.find("] ") + 2;
  throw Error("malformed JSON: " + short_parse_message(msg.substr(p)), file, lineno);
}

}  // namespace

nlohmann::json parse_line(std::string_view line, const std::string& file, int64_t lineno) {
  try {
    return nlohmann::json::parse(line.begin(), line.end());
  } catch (const nlohmann::json::exception& e) {
    report_parse_error(e, file, lineno);
  }
}

namespace {

// The SAX events of one line, keeping the wanted members of the top-level object. DEPTH
// counts the open objects and arrays; a value at depth 1 inside the top object is a member.
class MemberSax {
 public:
  using json = nlohmann::json;
  MemberSax(const std::string_view* keys, size_t count, Member* out) : keys_(keys), count_(count), out_(out) {}

  bool null() { return value(Member::kNull); }
  bool boolean(bool) { return value(Member::kOther); }
  bool number_integer(json::number_integer_t) { return value(Member::kOther); }
  bool number_unsigned(json::number_unsigned_t) { return value(Member::kOther); }
  bool number_float(json::number_float_t, const json::string_t&) { return value(Member::kOther); }
  bool binary(json::binary_t&) { return value(Member::kOther); }
  bool string(json::string_t& s) {
    if (depth_ == 1 && top_object_ && at_ < count_) out_[at_].text.assign(s);
    return value(Member::kString);
  }
  bool start_object(std::size_t) {
    if (depth_ == 0) top_object_ = true;
    value(Member::kOther);
    ++depth_;
    return true;
  }
  bool start_array(std::size_t) {
    value(Member::kOther);
    ++depth_;
    return true;
  }
  bool end_object() { return --depth_, true; }
  bool end_array() { return --depth_, true; }
  bool key(json::string_t& k) {
    if (depth_ != 1) return true;
    at_ = count_;
    for (size_t i = 0; i < count_; ++i)
      if (keys_[i] == k) at_ = i;
    return true;
  }
  // As the tree's parser does: the exception of its own type, for parse_line's message.
  template <class Exception>
  bool parse_error(std::size_t, const std::string&, const Exception& ex) {
    throw ex;
  }
  bool top_object() const { return top_object_; }

 private:
  bool value(Member::Type type) {
    if (depth_ == 1 && top_object_ && at_ < count_) out_[at_].type = type;
    return true;
  }
  const std::string_view* keys_;
  size_t count_;
  Member* out_;
  size_t depth_ = 0, at_ = 0;
  bool top_object_ = false;
};

// The members through simdjson's DOM, as parse_document reads records first: only for a
// line without a backslash (no escapes to agree on) that is an object of strings and nulls,
// what a manifest holds. False for anything else, errors included, which the SAX reader
// then reads and reports; OUT is then to be filled again.
bool read_members_plain(std::string_view line, const std::string_view* keys, size_t count, Member* out) {
  constexpr size_t kLongest = 1 << 16;  // a longer line is no manifest's: the parser keeps no room for it
  if (line.size() > kLongest || line.find('\\') != std::string_view::npos) return false;
  thread_local simdjson::dom::parser members_parser;
  simdjson::dom::element root;
  simdjson::dom::object object;
  if (members_parser.parse(line.data(), line.size(), true).get(root) != simdjson::SUCCESS ||
      root.get_object().get(object) != simdjson::SUCCESS)
    return false;
  for (size_t i = 0; i < count; ++i) out[i].type = Member::kAbsent;
  for (const simdjson::dom::key_value_pair field : object) {
    const simdjson::dom::element_type type = field.value.type();
    if (type != simdjson::dom::element_type::STRING && type != simdjson::dom::element_type::NULL_VALUE) return false;
    for (size_t i = 0; i < count; ++i)
      if (keys[i] == field.key) {  // the last of a repeated key wins, as in the tree
        out[i].type = type == simdjson::dom::element_type::STRING ? Member::kString : Member::kNull;
        if (out[i].type == Member::kString) out[i].text.assign(field.value.get_string().value_unsafe());
      }
  }
  return true;
}

}  // namespace

bool read_members(std::string_view line, const std::string& file, int64_t lineno, const std::string_view* keys,
                  size_t count, Member* out) {
  if (read_members_plain(line, keys, count, out)) return true;
  for (size_t i = 0; i < count; ++i) out[i].type = Member::kAbsent;
  MemberSax sax(keys, count, out);
  try {
    nlohmann::json::sax_parse(line.begin(), line.end(), &sax);
  } catch (const nlohmann::json::exception& e) {
    report_parse_error(e, file, lineno);
  }
  return sax.top_object();
}

std::string dump_line(const nlohmann::json& record) {
  return record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}


void JsonWriter::separate() {
  if (need_comma_) out_ += ',';
}

namespace {
// Keys, and the short strings of a layer (names, ids, types), are written with their
// quotes and the comma before them in one append when none of their bytes needs a look:
// each append is a call into the library, and reserving room and adding the quotes one
// by one cost more than the string's copy.
constexpr size_t kShortPlain = 48;

// Copies S (at most kShortPlain bytes) to TO and tells whether it is plain ASCII that
// escaped() would copy as it is: no control character, '"', '\\' or non-ASCII byte.
// Eight bytes at a time; the last word of a string that is not a multiple of eight
// overlaps the one before it.
bool copy_plain_json(std::string_view s, char* to) {
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t marks = 0;
  auto word = [&](size_t at) {
    uint64_t w;
    std::memcpy(&w, p + at, 8);
    marks |= detail::special_bytes(w, false);
    std::memcpy(to + at, &w, 8);
  };
  if (n >= 8) {
    size_t k = 0;
    for (; k + 8 <= n; k += 8) word(k);
    if (k < n) word(n - 8);
  } else if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, p, 4);
    std::memcpy(&tail, p + n - 4, 4);
    marks = detail::special_bytes(head | uint64_t{tail} << 32, false);
    std::memcpy(to, &head, 4);
    std::memcpy(to + n - 4, &tail, 4);
  } else {
    for (size_t k = 0; k < n; ++k) {
      marks |= special_byte(static_cast<unsigned char>(p[k]), false);
      to[k] = p[k];
    }
  }
  return marks == 0;
}

// Appends to OUT the comma when COMMA, then S in quotes, then the colon when COLON, in
// one append, and returns true; false, with nothing appended, when S is not short and
// plain (copy_plain_json).
bool append_plain_json(std::string& out, bool comma, std::string_view s, bool colon) {
  if (s.size() > kShortPlain) return false;
  char buf[kShortPlain + 4];
  size_t at = 0;
  buf[at] = ',';
  at += comma;
  buf[at++] = '"';
  if (!copy_plain_json(s, buf + at)) return false;
  at += s.size();
  buf[at++] = '"';
  buf[at] = ':';
  at += colon;
  out.append(buf, at);
  return true;
}
}  // namespace

void JsonWriter::begin_object() {
  separate();
  out_ += '{';
  need_comma_ = false;
}

void JsonWriter::end_object() {
  out_ += '}';
  need_comma_ = true;
}

void JsonWriter::begin_array() {
  separate();
  out_ += '[';
  need_comma_ = false;
}

void JsonWriter::end_array() {
  out_ += ']';
  need_comma_ = true;
}

void JsonWriter::key(std::string_view k) {
  // Keys are short names that need no escaping.
  if (!append_plain_json(out_, need_comma_, k, true)) {
    separate();
    escaped(k);
    out_ += ':';
  }
  need_comma_ = false;
}

void JsonWriter::string(std::string_view s) {
  if (!append_plain_json(out_, need_comma_, s, false)) {
    separate();
    escaped(s);
  }
  need_comma_ = true;
}

void JsonWriter::integer(int64_t v) {
  separate();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, static_cast<size_t>(r.ptr - buf));
  need_comma_ = true;
}

void JsonWriter::pair(int64_t a, int64_t b) {
  char buf[49];  // the comma before, then the pair
  buf[0] = ',';
  char* p = buf + need_comma_;
  *p++ = '[';
  p = std::to_chars(p, buf + 25, a).ptr;
  *p++ = ',';
  p = std::to_chars(p, buf + sizeof buf - 1, b).ptr;
  *p++ = ']';
  out_.append(buf, static_cast<size_t>(p - buf));
  need_comma_ = true;
}

void JsonWriter::spans(const std::vector<Span>& spans) {
  // Written into a buffer on the stack and appended a few kilobytes at a time: a call into
  // the library for each pair was half the cost of writing a record's sentences.
  separate();
  char buf[4096];
  constexpr size_t kRoom = 44;  // ",[" two numbers of up to 20 bytes, ',' and ']'
  // An int64 is at most 19 digits (digits10 + 1) and a sign.
  static_assert(kRoom == 2 + 2 * (std::numeric_limits<int64_t>::digits10 + 2) + 1 + 1, "room for ',[', two int64, ',' and ']'");
  size_t used = 0;
  buf[used++] = '[';
  bool first = true;
  for (const Span& s : spans) {
    if (used + kRoom > sizeof buf - 1) {
      out_.append(buf, used);
      used = 0;
    }
    char* p = buf + used;
    if (!first) *p++ = ',';
    first = false;
    *p++ = '[';
    p = std::to_chars(p, p + 20, s.start).ptr;
    *p++ = ',';
    p = std::to_chars(p, p + 20, s.end).ptr;
    *p++ = ']';
    used = static_cast<size_t>(p - buf);
  }
  buf[used++] = ']';
  out_.append(buf, used);
  need_comma_ = true;
}

void JsonWriter::boolean(bool v) {
  separate();
  out_ += v ? "true" : "false";
  need_comma_ = true;
}

void JsonWriter::raw(std::string_view json) {
  separate();
  out_ += json;
  need_comma_ = true;
}

void JsonWriter::null() {
  separate();
  out_ += "null";
  need_comma_ = true;
}

void JsonWriter::value(const nlohmann::json& v) {
  separate();
  out_ += dump_line(v);
  need_comma_ = true;
}

void JsonWriter::escaped(std::string_view s) {
  const size_t start = out_.size();
  out_.reserve(start + s.size() + 2);
  out_ += '"';
  const char* p = s.data();
  const char* const end = p + s.size();
  const char* run = p;  // bytes from here to p are written as they are
  bool utf8_checked = false;
  for (;;) {
    p = detail::skip_plain(p, end, utf8_checked);
    if (p == end) break;
    auto c = static_cast<unsigned char>(*p);
    if (c < 0x80 && !special_byte(c, true)) {
      ++p;  // a lower byte marked by a borrow
      continue;
    }
    if (c >= 0x80) {
      if (utf8_checked) {
        ++p;
        continue;
      }
      if (!simdjson::validate_utf8(s.data(), s.size())) {
        // nlohmann's replacement of invalid sequences has its own rules of where a
        // sequence ends; rare enough to hand the string to it.
        out_.resize(start);
        out_ += dump_line(nlohmann::json(std::string(s)));
        return;
      }
      utf8_checked = true;
      continue;
    }
    out_.append(run, static_cast<size_t>(p - run));
    char code = kEscapes.code[c];
    if (code == 'u') {
      char u[6] = {'\\', 'u', '0', '0', detail::kHexDigits[c >> 4], detail::kHexDigits[c & 15]};
      out_.append(u, 6);
    } else {
      char e[2] = {'\\', code};
      out_.append(e, 2);
    }
    run = ++p;
  }
  out_.append(run, static_cast<size_t>(end - run));
  out_ += '"';
}

namespace {
// Output goes out when this much is waiting; lines shorter than kCopyBelow are copied into
// a shared buffer rather than kept one string each.
constexpr size_t kSendAt = 1u << 20;
constexpr size_t kCopyBelow = 4096;
}  // namespace

void Writer::append(std::string_view text) {
  if (!back_is_buffer_) {
    pending_.emplace_back().reserve(std::max<size_t>(64 * 1024, text.size() + 1));
    back_is_buffer_ = true;
  }
  pending_.back().append(text);
  pending_bytes_ += text.size();
}

void Writer::queued() {
  if (failed_) throw *failed_;
  if (pending_bytes_ >= kSendAt || pending_.size() >= 512) flush();
}

void Writer::write_line(std::string_view line) {
  append(line);
  append("\n");
  queued();
}

void Writer::write_line(std::string&& line) {
  if (line.size() < kCopyBelow) return write_line(std::string_view(line));
  line.push_back('\n');
  pending_bytes_ += line.size();
  pending_.push_back(std::move(line));
  back_is_buffer_ = false;
  queued();
}

void Writer::write_raw(std::string_view text) {
  append(text);
  queued();
}

void Writer::flush() {
  if (failed_) throw *failed_;
  auto fail = [&](int err) {
    failed_.emplace(std::strerror(err), err == EPIPE);
    throw *failed_;
  };
  if (std::fflush(out_) != 0) fail(errno);  // anything written to the stream directly goes first
  std::vector<iovec> iov;
  iov.reserve(pending_.size());
  for (const auto& p : pending_)
    if (!p.empty()) iov.push_back({const_cast<char*>(p.data()), p.size()});
  const int fd = fileno(out_);
  size_t i = 0;
  while (i < iov.size()) {
    ssize_t n = ::writev(fd, iov.data() + i, static_cast<int>(std::min<size_t>(iov.size() - i, IOV_MAX)));
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(errno);
    }
    // Past the pieces written whole, into the one written in part.
    auto left = static_cast<size_t>(n);
    while (i < iov.size() && left >= iov[i].iov_len) left -= iov[i++].iov_len;
    if (left > 0) {
      iov[i].iov_base = static_cast<char*>(iov[i].iov_base) + left;
      iov[i].iov_len -= left;
    }
  }
  pending_.clear();
  pending_bytes_ = 0;
  back_is_buffer_ = false;
}

}  // namespace dossier::jsonl
