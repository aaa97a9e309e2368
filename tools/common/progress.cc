#include "progress.h"

#include <fmt/core.h>

#include <cstdio>

namespace dossier::cli {

namespace {
constexpr auto kInterval = std::chrono::milliseconds(250);
}

void Progress::add(size_t documents, size_t bytes) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (!started_) {
    started_ = true;
    start_ = now;
    next_ = now + kInterval;
  }
  documents_ += documents;
  bytes_ += bytes;
  if (now < next_) return;
  next_ = now + kInterval;
  draw();
}

void Progress::draw() {
  double seconds = started_ ? std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count() : 0.0;
  double mb = static_cast<double>(bytes_) / 1e6;
  std::string line = fmt::format("{}: {} document{}, {:.1f} MB, {:.1f} MB/s, {:.0f}:{:02.0f} elapsed", tool_, documents_,
                                 documents_ == 1 ? "" : "s", mb, seconds > 0 ? mb / seconds : 0.0,
                                 static_cast<double>(static_cast<long>(seconds) / 60), static_cast<double>(static_cast<long>(seconds) % 60));
  // "\r" goes back to the start of the line and "\033[K" erases what a longer line left.
  std::fprintf(stderr, "\r%s\033[K", line.c_str());
  std::fflush(stderr);
  shown_ = true;
}

void Progress::clear() {
  if (!shown_) return;
  std::fprintf(stderr, "\r\033[K");
  shown_ = false;
}

void Progress::finish() {
  if (!enabled_ || !started_) return;
  draw();
  std::fprintf(stderr, "\n");
  shown_ = false;
  enabled_ = false;
}

}  // namespace dossier::cli
