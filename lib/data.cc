#include "dossier/data.h"

#include <utility>

#include "dossier/error.h"

namespace dossier::data_detail {
extern const std::pair<std::string_view, std::string_view> kFiles[];
extern const unsigned long kFileCount;
}  // namespace dossier::data_detail

namespace dossier::data {

namespace {
const std::string_view* find(std::string_view name) {
  for (unsigned long i = 0; i < data_detail::kFileCount; ++i)
    if (data_detail::kFiles[i].first == name) return &data_detail::kFiles[i].second;
  return nullptr;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}
}  // namespace

std::string_view file(std::string_view name) {
  if (const auto* f = find(name)) return *f;
  throw Error("no embedded data file '" + std::string(name) + "'");
}

bool has_file(std::string_view name) { return find(name) != nullptr; }

std::vector<std::string_view> lines(std::string_view name) {
  std::string_view all = file(name);
  std::vector<std::string_view> out;
  // Room for lines of eight bytes on average, reserved not touched: the lists run to tens
  // of thousands of lines, which growing from empty copied over and over (a list of
  // shorter lines still grows, as before).
  out.reserve(all.size() / 8 + 1);
  while (!all.empty()) {
    size_t nl = all.find('\n');
    std::string_view line = trim(all.substr(0, nl));
    all.remove_prefix(nl == std::string_view::npos ? all.size() : nl + 1);
    if (line.empty() || line.front() == '#') continue;
    out.push_back(line);
  }
  return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    size_t at = s.find(sep);
    out.push_back(s.substr(0, at));
    if (at == std::string_view::npos) return out;
    s.remove_prefix(at + 1);
  }
}

std::vector<std::string_view> fields(std::string_view line) { return split(line, '\t'); }

}  // namespace dossier::data
