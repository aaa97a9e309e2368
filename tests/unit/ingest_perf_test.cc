// Fast paths of ingest checked against the straightforward way of computing the same thing.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dossier/ingest.h"

using namespace dossier;
namespace fs = std::filesystem;

namespace {

std::string weakly_canonical_key(const std::string& p) {
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(p, ec), ec);
  if (ec) abs = fs::absolute(p).lexically_normal();
  return abs.string();
}

}  // namespace

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
