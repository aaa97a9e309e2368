#include "dossier/jsonl.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace dossier::jsonl {

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

bool LineReader::fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  if (end_ == buf_.size()) buf_.resize(buf_.size() * 2);  // a line longer than the buffer
  for (;;) {
    ssize_t n = ::read(fd_, buf_.data() + end_, buf_.size() - end_);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw Error(std::strerror(errno), name_, line_ + 1);
    if (n == 0) {
      eof_ = true;
      return false;
    }
    end_ += static_cast<size_t>(n);
    return true;
  }
}

bool LineReader::next(std::string& line) {
  size_t scan = pos_;
  for (;;) {
    const void* nl = std::memchr(buf_.data() + scan, '\n', end_ - scan);
    if (nl) {
      size_t at = static_cast<size_t>(static_cast<const char*>(nl) - buf_.data());
      size_t len = at - pos_;
      if (len > 0 && buf_[at - 1] == '\r') --len;
      line.assign(buf_.data() + pos_, len);
      pos_ = at + 1;
      ++line_;
      return true;
    }
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
}

nlohmann::json parse_line(std::string_view line, const std::string& file, int64_t lineno) {
  try {
    return nlohmann::json::parse(line.begin(), line.end());
  } catch (const nlohmann::json::exception& e) {
    // parse_error ("... at line 1, column 5: ...") and out_of_range (a number too large
    // for a double, 1E400): keep the part after the library's "[json.exception...]" tag.
    std::string msg = e.what();
    auto p = msg.find("column");
    if (p == std::string::npos) p = msg.find("] ") == std::string::npos ? 0 : msg.find("] ") + 2;
    throw Error("malformed JSON: " + msg.substr(p), file, lineno);
  }
}

std::string dump_line(const nlohmann::json& record) {
  return record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void Writer::write_line(std::string_view line) {
  write_raw(line);
  write_raw("\n");
}

void Writer::write_raw(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), out_) != text.size() || std::ferror(out_)) {
    int err = errno;
    throw OutputError(std::strerror(err), err == EPIPE);
  }
}

void Writer::flush() {
  if (std::fflush(out_) != 0) {
    int err = errno;
    throw OutputError(std::strerror(err), err == EPIPE);
  }
}

}  // namespace dossier::jsonl
