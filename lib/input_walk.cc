#include "input_walk.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <utility>

#include "dossier/error.h"
#include "dossier/jsonl.h"

namespace dossier::detail {

namespace {

using DirKey = std::pair<dev_t, ino_t>;

std::string join(const std::string& dir, const std::string& name) {
  return dir.empty() || dir.back() == '/' ? dir + name : dir + '/' + name;
}

const char* file_type(mode_t mode) {
  if (S_ISFIFO(mode)) return "a named pipe";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

// Depth first, each directory's names in byte order, so that which of two links to one
// directory is followed does not depend on the order the file system lists them.
class Walk {
 public:
  // LIST null: directories are read with list_directory_typed.
  Walk(std::vector<std::string>& files, std::vector<PathNote>& notes, const ListDirectory* list)
      : files_(files), notes_(notes), list_(list) {}

  void directory(const std::string& path, const struct stat& st) {
    auto [it, fresh] = visited_.emplace(DirKey{st.st_dev, st.st_ino}, path);
    if (!fresh) {
      // A symbolic link to a directory already read (an ancestor: a loop) is not read again.
      notes_.push_back({path, "directory already read as " + it->second + ", not read again", false});
      return;
    }
    std::vector<std::string> names;
    std::vector<char> regular;
    if (int err = list_ ? (*list_)(path, names) : list_directory_typed(path, names, regular)) {
      notes_.push_back({path, std::strerror(err), true});
      return;
    }
    regular.resize(names.size(), 0);
    std::vector<size_t> order(names.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return names[a] < names[b]; });
    for (size_t k : order) {
      const std::string& name = names[k];
      if (name.empty() || name[0] == '.') continue;  // hidden entries, "." and ".."
      entry(join(path, name), regular[k] != 0);
    }
  }

 private:
  // REGULAR: the listing says PATH is a regular file (not a link), as lstat would.
  void entry(const std::string& path, bool regular) {
    if (regular) {
      files_.push_back(path);
      return;
    }
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
      notes_.push_back({path, std::strerror(errno), true});
      return;
    }
    if (S_ISLNK(st.st_mode) && ::stat(path.c_str(), &st) != 0) {
      int err = errno;
      notes_.push_back({path, err == ENOENT ? std::string("dangling symbolic link")
                              : err == ELOOP ? std::string("symbolic link loop")
                                             : std::string(std::strerror(err)),
                        true});
      return;
    }
    if (S_ISREG(st.st_mode)) {
      files_.push_back(path);
    } else if (S_ISDIR(st.st_mode)) {
      directory(path, st);
    } else {
      notes_.push_back({path, std::string(file_type(st.st_mode)) + ", not read", true});
    }
  }

  std::vector<std::string>& files_;
  std::vector<PathNote>& notes_;
  const ListDirectory* list_;
  std::map<DirKey, std::string> visited_;  // each directory read, with the path it was read as
};

}  // namespace

int list_directory(const std::string& path, std::vector<std::string>& names) {
  std::vector<char> regular;
  return list_directory_typed(path, names, regular);
}

int list_directory_typed(const std::string& path, std::vector<std::string>& names, std::vector<char>& regular) {
  DIR* handle = ::opendir(path.c_str());
  if (!handle) return errno;
  errno = 0;
  while (const struct dirent* e = ::readdir(handle)) {
    std::string name = e->d_name;
    if (name != "." && name != "..") {
      names.push_back(std::move(name));
      regular.push_back(e->d_type == DT_REG ? 1 : 0);
    }
    errno = 0;
  }
  int err = errno;
  ::closedir(handle);
  return err;
}

namespace {

void walk_from(const std::string& root, std::vector<std::string>& files, std::vector<PathNote>& notes,
               const ListDirectory* list) {
  struct stat st {};
  if (::stat(root.c_str(), &st) != 0) {
    notes.push_back({root, std::strerror(errno), true});
    return;
  }
  Walk(files, notes, list).directory(root, st);
}

}  // namespace

void walk_directory(const std::string& root, std::vector<std::string>& files, std::vector<PathNote>& notes) {
  walk_from(root, files, notes, nullptr);
}

void walk_directory(const std::string& root, std::vector<std::string>& files, std::vector<PathNote>& notes,
                    const ListDirectory& list) {
  walk_from(root, files, notes, &list);
}

}  // namespace dossier::detail

namespace dossier {

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, const std::string& list_file,
                                       std::vector<PathNote>& notes) {
  std::vector<std::string> given = inputs;
  if (!list_file.empty()) {
    jsonl::LineReader reader(list_file);
    std::string line;
    while (reader.next(line))
      if (!line.empty()) given.push_back(line);
  }
  std::vector<std::string> out;
  for (const auto& p : given) {
    struct stat st {};
    if (p != "-" && ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      std::vector<std::string> found;
      detail::walk_directory(p, found, notes);
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(p);
    }
  }
  return out;
}

}  // namespace dossier
