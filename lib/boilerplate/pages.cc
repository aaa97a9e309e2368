// Labelled pages: a line is boilerplate when its text, normalised as the scorer does, is
// one of the page's boilerplate texts; the title is the line equal to the gold title.
#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "training.h"
#include "dossier/error.h"
#include "dossier/ingest.h"
#include "dossier/jsonl.h"

namespace dossier::boilerplate {

// Lower case, curly apostrophes as ', a leading "the " dropped, and every run of
// characters other than letters, digits, '_' and ' as one space (as the scorer's norm()
// does; letters outside ASCII are kept as they are, punctuation from U+2000-U+206F and
// Latin-1's is treated as punctuation).
std::string norm(const std::string& s) {
  std::string out;
  bool space = false;
  auto put = [&](char c) {
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '\'') {
      put(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      put(static_cast<char>(c + 32));
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(s[i + 2]);
      if (d == 0x98 || d == 0x99) {
        put('\'');
      } else {
        space = true;
      }
      i += 2;
    } else if (c == 0xC2 && i + 1 < s.size()) {
      space = true;
      ++i;
    } else if (c >= 0x80) {
      put(static_cast<char>(c));
    } else {
      space = true;
    }
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

// Each non-blank line of PATH as JSON, with the string its field KEY holds (an error names
// the line when the field is missing).
template <typename Fn>
void each_record(const std::string& path, const char* key, Fn&& fn) {
  jsonl::LineReader reader(path);
  std::string line;
  while (reader.next(line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = jsonl::parse_line(line, path, reader.line_number());
    auto field = j.is_object() ? j.find(key) : j.end();
    if (field == j.end() || !field->is_string())
      throw Error(std::string("a line needs a \"") + key + "\" string", path, reader.line_number());
    std::string value = field->get<std::string>();
    fn(std::move(value), std::move(j));
  }
}

std::vector<Page> load_pages(const std::string& dir) {
  std::map<std::string, nlohmann::json> meta;
  each_record(dir + "/meta.jsonl", "doc", [&](std::string doc, nlohmann::json j) { meta[doc] = std::move(j); });
  std::vector<std::string> paths;
  each_record(dir + "/manifest.jsonl", "path", [&](std::string path, nlohmann::json) { paths.push_back(std::move(path)); });
  std::sort(paths.begin(), paths.end());
  std::vector<Page> pages;
  for (const std::string& rel : paths) {
    std::string stem = rel.substr(rel.rfind('/') == std::string::npos ? 0 : rel.rfind('/') + 1);
    stem = stem.substr(0, stem.rfind('.'));
    auto m = meta.find(stem);
    if (m == meta.end()) continue;
    std::set<std::string> bad;
    const nlohmann::json& rec = m->second;
    auto b = rec.find("boilerplate");
    if (b != rec.end() && b->is_array())
      for (const auto& t : *b)
        if (t.is_string()) bad.insert(norm(t.get<std::string>()));
    Page page;
    page.doc = stem;
    auto t = rec.find("title");
    if (t != rec.end() && t->is_string()) page.title = norm(t->get<std::string>());
    std::string raw = read_file(dir + "/" + rel);
    NormalizedLines lines = normalize_lines(raw);
    page.blocks = make_blocks(lines.lines);
    for (const Block& block : page.blocks) page.good.push_back(bad.count(norm(block.text)) == 0);
    page.boilerplate.assign(bad.begin(), bad.end());
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace dossier::boilerplate
