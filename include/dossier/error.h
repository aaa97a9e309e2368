// The one error type of the library. It carries what went wrong and where (a file and a
// 1-based line, either may be empty/0); the library never prints or exits.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace dossier {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& what, std::string file = {}, int64_t line = 0)
      : std::runtime_error(what), file_(std::move(file)), line_(line) {}

  const std::string& file() const { return file_; }
  int64_t line() const { return line_; }

 private:
  std::string file_;
  int64_t line_;
};

}  // namespace dossier
