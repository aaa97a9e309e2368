#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>

#include "dossier/ingest.h"
#include "input_walk.h"

using namespace dossier;
namespace fs = std::filesystem;

namespace {

// A scratch folder removed at the end of the test.
struct Scratch {
  fs::path root;
  Scratch() {
    root = fs::temp_directory_path() / ("dossier-walk-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  std::string file(const std::string& rel) const {
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel) << "Some text.\n";
    return (root / rel).string();
  }
};

bool has_note(const std::vector<PathNote>& notes, const std::string& path, bool rejected) {
  return std::any_of(notes.begin(), notes.end(), [&](const PathNote& n) { return n.path == path && n.rejected == rejected; });
}

}  // namespace

TEST_CASE("A directory that cannot be listed is reported as rejected with its reason", "[ingest]") {
  Scratch s;
  std::string kept = s.file("a/kept.txt");
  s.file("locked/lost.txt");
  std::string locked = (s.root / "locked").string();
  auto list = [&](const std::string& path, std::vector<std::string>& names) {
    if (path == locked) return EACCES;
    return detail::list_directory(path, names);
  };
  std::vector<std::string> files;
  std::vector<PathNote> notes;
  detail::walk_directory(s.root.string(), files, notes, list);
  CHECK(files == std::vector<std::string>{kept});
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].path == locked);
  CHECK(notes[0].message == "Permission denied");
  CHECK(notes[0].rejected);
}

TEST_CASE("A walked root that cannot be listed is itself reported", "[ingest]") {
  Scratch s;
  s.file("lost.txt");
  auto list = [](const std::string&, std::vector<std::string>&) { return EACCES; };
  std::vector<std::string> files;
  std::vector<PathNote> notes;
  detail::walk_directory(s.root.string(), files, notes, list);
  CHECK(files.empty());
  CHECK(has_note(notes, s.root.string(), true));
}

TEST_CASE("A dangling link, a link loop and a named pipe in a directory are rejected, not skipped", "[ingest]") {
  Scratch s;
  s.file("ok.txt");
  fs::create_symlink(s.root / "nowhere.txt", s.root / "dangling.txt");
  fs::create_symlink(s.root / "self", s.root / "self");
  REQUIRE(::mkfifo((s.root / "pipe").c_str(), 0600) == 0);
  std::vector<PathNote> notes;
  std::vector<std::string> files = expand_inputs({s.root.string()}, "", notes);
  CHECK(files == std::vector<std::string>{(s.root / "ok.txt").string()});
  REQUIRE(notes.size() == 3);
  CHECK(notes[0].path == (s.root / "dangling.txt").string());
  CHECK(notes[0].message == "dangling symbolic link");
  CHECK(notes[1].path == (s.root / "pipe").string());
  CHECK(notes[1].message == "a named pipe, not read");
  CHECK(notes[2].path == (s.root / "self").string());
  CHECK(notes[2].message == "symbolic link loop");
  CHECK(std::all_of(notes.begin(), notes.end(), [](const PathNote& n) { return n.rejected; }));
}

TEST_CASE("A linked directory is read once and a link back to an ancestor is a warning", "[ingest]") {
  Scratch s;
  std::string inside = s.file("real/inside.txt");
  fs::create_symlink(s.root / "real", s.root / "alias");     // read through "alias", the first name
  fs::create_symlink(s.root, s.root / "real" / "up");        // a loop back to the root
  std::vector<PathNote> notes;
  std::vector<std::string> files = expand_inputs({s.root.string()}, "", notes);
  CHECK(files == std::vector<std::string>{(s.root / "alias" / "inside.txt").string()});
  REQUIRE(notes.size() == 2);
  CHECK(notes[0].path == (s.root / "alias" / "up").string());
  CHECK_FALSE(notes[0].rejected);
  CHECK(notes[1].path == (s.root / "real").string());
  CHECK(notes[1].message == "directory already read as " + (s.root / "alias").string() + ", not read again");
  CHECK_FALSE(notes[1].rejected);
}

TEST_CASE("Hidden entries are skipped without a note", "[ingest]") {
  Scratch s;
  s.file(".git/config");
  std::string seen = s.file("seen.txt");
  std::vector<PathNote> notes;
  CHECK(expand_inputs({s.root.string()}, "", notes) == std::vector<std::string>{seen});
  CHECK(notes.empty());
}

TEST_CASE("A directory walk that trusts readdir's file types finds what the walk with lstat finds", "[ingest]") {
  Scratch s;
  s.file("b.txt");
  s.file("a/inner.txt");
  s.file("a/deeper/leaf.txt");
  s.file(".hidden.txt");
  fs::create_symlink(s.root / "b.txt", s.root / "link-to-file.txt");
  fs::create_symlink(s.root / "a", s.root / "link-to-dir");
  fs::create_symlink(s.root / "nowhere.txt", s.root / "dangling.txt");
  std::vector<std::string> typed_files, plain_files;
  std::vector<PathNote> typed_notes, plain_notes;
  detail::walk_directory(s.root.string(), typed_files, typed_notes);
  detail::walk_directory(s.root.string(), plain_files, plain_notes, detail::list_directory);
  CHECK(typed_files == plain_files);
  CHECK(typed_files.size() == 4);  // three files and the linked one (the linked folder was read)
  REQUIRE(typed_notes.size() == plain_notes.size());
  for (size_t k = 0; k < typed_notes.size(); ++k) {
    CHECK(typed_notes[k].path == plain_notes[k].path);
    CHECK(typed_notes[k].message == plain_notes[k].message);
  }
  // The listing vouches for the plain file only, never for a link.
  std::vector<std::string> names;
  std::vector<char> regular;
  REQUIRE(detail::list_directory_typed(s.root.string(), names, regular) == 0);
  REQUIRE(names.size() == regular.size());
  for (size_t k = 0; k < names.size(); ++k)
    if (names[k] == "link-to-file.txt" || names[k] == "dangling.txt" || names[k] == "a") CHECK_FALSE(regular[k]);
}
