// A sign of life on long runs: one line on standard error, redrawn in place at most four
// times a second, with the documents done, the megabytes read, the rate and the time
// elapsed. Only ever drawn when asked for (--progress; the default when standard error is
// a terminal), so that pipelines writing to files see nothing of it; the clock is read
// only then, and standard output never depends on it.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace dossier::cli {

class Progress {
 public:
  Progress(std::string tool, bool enabled) : tool_(std::move(tool)), enabled_(enabled) {}

  bool enabled() const { return enabled_; }
  // Counts DOCUMENTS more done and BYTES more read; redraws the line when it is due.
  void add(size_t documents, size_t bytes);
  // Takes the line off the screen before a diagnostic is printed below it.
  void clear();
  // Draws the final figures and ends the line.
  void finish();

 private:
  void draw();
  std::string tool_;
  bool enabled_;
  bool started_ = false;
  bool shown_ = false;
  size_t documents_ = 0, bytes_ = 0;
  std::chrono::steady_clock::time_point start_, next_;
};

}  // namespace dossier::cli
