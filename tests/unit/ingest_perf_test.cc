// Fast paths of ingest checked against the straightforward way of computing the same thing.
#include <catch2/catch.hpp>

#include <re2/re2.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dossier/boilerplate.h"
#include "dossier/ingest.h"
#include "dossier/normalize.h"

using namespace dossier;
namespace fs = std::filesystem;

namespace {

std::string weakly_canonical_key(const std::string& p) {
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(p, ec), ec);
  if (ec) abs = fs::absolute(p).lexically_normal();
  return abs.string();
}

std::string read_text(const fs::path& p) { return read_file(p.string()); }

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    out.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// rules.tsv read the plain way: per rule, its needs literals and its pattern, each tried
// with its own case-insensitive RE2, in table order (what boilerplate.cc did before the
// literal finder and the RE2::Set for short lines).
struct ReferenceRule {
  std::string kind, scope;
  std::vector<std::unique_ptr<RE2>> needs;
  std::unique_ptr<RE2> re;
};

std::vector<ReferenceRule> reference_rules() {
  RE2::Options opts;
  opts.set_case_sensitive(false);
  opts.set_log_errors(false);
  std::vector<ReferenceRule> rules;
  for (const std::string& line : split_lines(read_text(fs::path(DOSSIER_SOURCE_DIR) / "lib/data/boilerplate/rules.tsv"))) {
    if (line.empty() || line[0] == '#') continue;
    size_t a = line.find('\t'), b = line.find('\t', a + 1), c = line.find('\t', b + 1);
    ReferenceRule r;
    r.kind = line.substr(0, a);
    r.scope = line.substr(a + 1, b - a - 1);
    std::string needs = line.substr(b + 1, c - b - 1);
    for (size_t i = 0; needs != "-" && i <= needs.size();) {
      size_t j = std::min(needs.find('|', i), needs.size());
      r.needs.push_back(std::make_unique<RE2>(RE2::QuoteMeta(needs.substr(i, j - i)), opts));
      i = j + 1;
    }
    r.re = std::make_unique<RE2>(line.substr(c + 1), opts);
    rules.push_back(std::move(r));
  }
  return rules;
}

std::string reference_rule_kind(const std::vector<ReferenceRule>& rules, const std::string& line) {
  size_t words = 0;
  for (size_t i = 0; i < line.size(); ++i) words += line[i] != ' ' && (i == 0 || line[i - 1] == ' ');
  std::string weak;
  int weak_hits = 0;
  for (const auto& r : rules) {
    if (r.scope == "short" && words > 12) continue;
    if (!r.needs.empty() && std::none_of(r.needs.begin(), r.needs.end(),
                                         [&](const auto& n) { return RE2::PartialMatch(line, *n); }))
      continue;
    if (!RE2::PartialMatch(line, *r.re)) continue;
    if (r.scope != "weak") return r.kind;
    if (weak.empty() || weak == r.kind) {
      weak = r.kind;
      ++weak_hits;
    }
  }
  return weak_hits >= 2 || (weak_hits == 1 && words <= 12) ? weak : std::string();
}

}  // namespace

TEST_CASE("The boilerplate rules give the same kind as trying each rule and literal with RE2", "[boilerplate]") {
  auto rules = reference_rules();
  REQUIRE(rules.size() > 40);
  std::vector<std::string> lines = {
      "",
      " ",
      "a",
      "Home",
      "HOME",
      "Accessibility links",
      "News | Opinion | Sport | Culture",
      "News\t|\tOpinion\t|\tSport\t|\tCulture",
      "News|Opinion|Sport",
      "We need your help. Please DONATE today.",
      "WE NEED YOUR SUPPORT and we refuse to be silenced by anyone at all, so please consider supporting us today.",
      "We \xC5\xBFupport independent journalism and we need your help, today and tomorrow and every single day.",
      "\xC5\xBFupport us",
      "Please \xC5\xBFupport our work",
      "Become a member with a monthly donation",
      "Become a \xE2\x84\xAA member with a one-time contribution",
      "One small favour to ask",
      "a small favor to ask: make a donation, become a supporter, and please subscribe to support our journalism.",
      "The minister (left) and his deputy (Right) at the summit (file photo)",
      "(L) The minister",
      "File photo: the minister",
      "Pictured, the minister arrives",
      "Above: the minister",
      "Latest updates as we post them",
      "Sergey Guneev / Imago",
      "Photo: Jane Doe",
      "\xC2\xA9 Reuters",
      "Last Updated: 07/27/2016",
      "Tags: Russia, NATO",
      "Share on Facebook",
      "Support The Daily Planet!",
      "one two three four five six seven eight nine ten eleven twelve donate",
      "one two three four five six seven eight nine ten eleven twelve thirteen donate",
      "donat\xC3\xA9 donat",
      "DoNaTiOn",
      "\xE2\x80\x9CWe need your help,\xE2\x80\x9D she said.",
  };
  for (const auto& entry : fs::directory_iterator(fs::path(DOSSIER_SOURCE_DIR) / "seeds"))
    for (const std::string& line : split_lines(read_text(entry.path()))) lines.push_back(normalize_line(line));
  // Every literal and short pattern on its own, in a long line and in upper case.
  for (std::string s : {"small favo", "need your", "silenced", "support us", "journalism", "please donate", "a donation",
                        "monthly", "one-time", "become a", "as we post", "(pictured)", "(c)", "below"}) {
    lines.push_back(s);
    std::string upper = s;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    lines.push_back(upper);
    lines.push_back("In a long line of words that goes on and on well past twelve words " + s + " and more words");
  }
  for (const auto& line : lines) {
    INFO(line);
    CHECK(rule_kind(line) == reference_rule_kind(rules, line));
  }
}

TEST_CASE("Word counts agree with counting word starts one by one", "[boilerplate]") {
  for (std::string s : {"", " ", "  ", "a", " a", "a ", "a b", "  a  b  ", "one two\tthree", "\xC3\xA9t\xC3\xA9 ici"}) {
    size_t n = 0;
    for (size_t i = 0; i < s.size(); ++i) n += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
    INFO(s);
    CHECK(word_count(s) == n);
  }
}

TEST_CASE("Canonical paths kept per folder agree with weakly_canonical, symlinks included", "[ingest]") {
  fs::path root = fs::temp_directory_path() / ("dossier-canon-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "real" / "sub");
  std::ofstream(root / "real" / "a.txt") << "a";
  std::ofstream(root / "real" / "sub" / "b.txt") << "b";
  std::ofstream(root / "other.txt") << "o";
  fs::create_directory_symlink(root / "real", root / "link");
  fs::create_symlink(root / "other.txt", root / "real" / "file-link.txt");
  fs::create_symlink(root / "nowhere.txt", root / "real" / "dangling.txt");
  std::vector<std::string> paths = {
      "real/a.txt",        "link/a.txt",           "link/sub/b.txt",     "real/sub/../a.txt",   "link/sub/../a.txt",
      "real/./a.txt",      "real//a.txt",          "real/file-link.txt", "link/file-link.txt",  "real/dangling.txt",
      "real/missing.txt",  "missing/dir/x.txt",    "real/sub",           "real/sub/",           "real/sub/.",
      "real/sub/..",       "real/a.txt/x",         "other.txt",          "link",                "-",
  };
  fs::path cwd = fs::current_path();
  fs::current_path(root);
  CanonicalPaths canon;
  for (int round = 0; round < 2; ++round)  // the second round answers from the folder cache
    for (const auto& p : paths) {
      INFO(p);
      CHECK(canon.resolve(p) == weakly_canonical_key(p));
      CHECK(canon.resolve((root / p).string()) == weakly_canonical_key((root / p).string()));
    }
  fs::current_path(cwd);
  fs::remove_all(root);
}

TEST_CASE("Reading a file gives all its bytes, also when it reports no size", "[ingest]") {
  fs::path p = fs::temp_directory_path() / ("dossier-read-" + std::to_string(::getpid()) + ".txt");
  std::string big;
  for (int i = 0; i < 100000; ++i) big += "line " + std::to_string(i) + "\n";
  for (const std::string& text : {std::string(), std::string("x"), big}) {
    std::ofstream(p, std::ios::binary) << text;
    CHECK(read_file(p.string()) == text);
  }
  fs::remove(p);
  CHECK(read_file("/proc/self/status").find("Name:") != std::string::npos);
}
