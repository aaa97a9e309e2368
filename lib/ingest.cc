#include "dossier/ingest.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iterator>

#include "dossier/boilerplate.h"
#include "dossier/hash.h"
#include "dossier/jsonl.h"
#include "dossier/metadata.h"
#include "dossier/normalize.h"
#include "dossier/segment.h"
#include "dossier/utf8.h"

namespace dossier {

namespace fs = std::filesystem;

namespace {

std::string absolute_key(const fs::path& p) {
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(p, ec), ec);
  if (ec) abs = fs::absolute(p).lexically_normal();
  return abs.string();
}

}  // namespace

// realpath(dir/name) is realpath(dir)/name when NAME exists and is not a symlink (nor "."
// or ".."), so only the directory needs resolving. Which names those are comes from one
// listing of the directory (readdir's d_type) instead of an lstat per file; a name the
// listing does not vouch for is checked with lstat, and anything else takes the full way.
std::string CanonicalPaths::resolve(const std::string& path) const {
  size_t slash = path.rfind('/');
  std::string parent = slash == std::string::npos ? std::string() : slash == 0 ? std::string("/") : path.substr(0, slash);
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (name.empty() || name == "." || name == "..") return absolute_key(path);
  const Dir* dir = nullptr;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = dirs_.find(parent);
    if (it == dirs_.end()) it = dirs_.emplace(parent, list_dir(parent.empty() ? std::string(".") : parent)).first;
    dir = &it->second;  // entries are never erased, so the pointer stays valid
  }
  if (dir->canonical.empty()) return absolute_key(path);
  if (!dir->plain_names.count(name)) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || S_ISLNK(st.st_mode)) return absolute_key(path);
  }
  return dir->canonical.back() == '/' ? dir->canonical + name : dir->canonical + '/' + name;
}

CanonicalPaths::Dir CanonicalPaths::list_dir(const std::string& dir) {
  Dir d;
  std::error_code ec;
  fs::path abs = fs::absolute(dir, ec);
  fs::path canon = ec ? fs::path() : fs::canonical(abs, ec);
  if (ec) return d;
  d.canonical = canon.string();
  if (DIR* handle = ::opendir(dir.c_str())) {
    while (const struct dirent* e = ::readdir(handle))
      if (e->d_type != DT_LNK && e->d_type != DT_UNKNOWN) d.plain_names.emplace(e->d_name);
    ::closedir(handle);
  }
  return d;
}

Manifest Manifest::load(const std::string& path) {
  Manifest m;
  jsonl::LineReader reader(path);
  const std::string dir = fs::path(path).parent_path().string();
  std::string line;
  // The members a manifest line may give, read without a tree (jsonl::read_members); the
  // strings are kept from line to line.
  static constexpr std::string_view kKeys[] = {"path", "dct", "published", "publisher", "title", "url"};
  constexpr size_t kKeyCount = std::size(kKeys);
  jsonl::Member members[kKeyCount];
  while (reader.next(line)) {
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const bool object = jsonl::read_members(line, path, reader.line_number(), kKeys, kKeyCount, members);
    if (!object || members[0].type != jsonl::Member::kString)
      throw Error("manifest line has no \"path\" string", path, reader.line_number());
    ManifestEntry e;
    auto get = [&](size_t k, std::optional<std::string>& out) {
      const jsonl::Member& v = members[k];
      if (v.type == jsonl::Member::kAbsent || v.type == jsonl::Member::kNull) return;
      if (v.type != jsonl::Member::kString)
        throw Error("\"" + std::string(kKeys[k]) + "\" must be a string", path, reader.line_number());
      out = v.text;
    };
    get(1, e.dct);
    get(2, e.published);
    get(3, e.publisher);
    get(4, e.title);
    get(5, e.url);
    if (e.dct && !is_iso_date(*e.dct))
      throw Error("\"dct\" must be a date YYYY-MM-DD, not \"" + *e.dct + "\"", path, reader.line_number());
    // What fs::path(dir) / entry gives, without parsing both paths per line.
    const std::string& entry = members[0].text;
    std::string joined = !entry.empty() && entry[0] == '/' ? entry
                         : dir.empty() || dir.back() == '/' ? dir + entry
                                                            : dir + '/' + entry;
    m.entries_[m.paths_->resolve(joined)] = std::move(e);
  }
  return m;
}

const ManifestEntry* Manifest::find(const std::string& input_path) const {
  if (entries_.empty()) return nullptr;
  auto it = entries_.find(paths_->resolve(input_path));
  return it == entries_.end() ? nullptr : &it->second;
}

Document ingest_text(std::string_view raw, const std::string& path, const ManifestEntry* manifest,
                     const IngestOptions& options) {
  // UTF-16 and UTF-32 (with their mark) are text, though full of NUL bytes.
  std::vector<Warning> decoding;
  std::optional<std::string> wide = decode_wide(raw, &decoding);
  std::string_view bytes = wide ? std::string_view(*wide) : raw;
  if (looks_binary(bytes)) throw Error("binary file (contains NUL bytes), skipped", path);
  Document d;
  d.source.path = path;
  d.source.bytes = static_cast<int64_t>(raw.size());

  NormalizedLines norm = normalize_lines(bytes);
  wide.reset();
  d.warnings = std::move(decoding);
  d.warnings.insert(d.warnings.end(), norm.warnings.begin(), norm.warnings.end());
  std::vector<Block> blocks = make_blocks(norm.lines);
  norm.lines.clear();
  norm.lines.shrink_to_fit();
  Layout layout;
  if (options.plain) {
    layout.kinds.assign(blocks.size(), "");
  } else {
    layout = analyze_layout(blocks);
  }
  const bool all_chrome = keep_whole_if_all_chrome(layout);
  if (!options.plain && !all_chrome) keep_story_credits(blocks, layout);
  Metadata meta = extract_metadata(blocks, layout);

  // Text: the content blocks, one paragraph each, separated by a blank line.
  std::vector<std::pair<size_t, size_t>> para_bytes;
  size_t total = 0;
  for (size_t i = 0; i < blocks.size(); ++i)
    if (layout.kinds[i].empty()) total += blocks[i].text.size() + 2;
  d.text.reserve(total);
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!layout.kinds[i].empty()) {
      d.boilerplate.push_back(BoilerplateLine{std::move(blocks[i].text), layout.kinds[i], blocks[i].first_line});
      continue;
    }
    if (!d.text.empty()) d.text += "\n\n";
    para_bytes.emplace_back(d.text.size(), d.text.size() + blocks[i].text.size());
    d.text += blocks[i].text;
    std::string().swap(blocks[i].text);
  }
  append_segments(d, para_bytes);  // the spans, in code points
  // Both digests at once: the text often begins with the raw file's first lines, hashed once.
  auto [raw_digest, text_digest] = sha256_hex_pair(raw, d.text);
  d.source.sha256 = std::move(raw_digest);
  d.id = text_digest.substr(0, 16);

  d.title = meta.title;
  d.dateline = meta.dateline;
  d.byline = meta.byline;
  d.publisher = meta.publisher;
  d.published = meta.published;
  if (options.dct) d.dct = Dct{options.dct, "option"};
  if (manifest) {
    if (manifest->title) d.title = manifest->title;
    if (manifest->publisher) d.publisher = manifest->publisher;
    if (manifest->published) d.published = manifest->published;
    if (manifest->url) d.url = manifest->url;
    if (manifest->dct) d.dct = Dct{manifest->dct, "manifest"};
  }
  if (!d.dct.value && d.published && is_iso_date(*d.published)) d.dct = Dct{d.published, "text"};
  if (!d.dct.value && !d.published && meta.updated) d.dct = Dct{meta.updated, "text"};
  if (!d.published && d.dct.source == "manifest") d.published = d.dct.value;
  if (all_chrome)
    d.warnings.push_back(Warning{"no-content", "no article content found; kept as is (use --plain for clean text)", std::nullopt});
  else if (d.text.empty())
    d.warnings.push_back(Warning{"no-content", raw.empty() ? "empty file" : "no article content found", std::nullopt});
  return d;
}

}  // namespace dossier

namespace dossier {

std::string read_file(const std::string& path) {
  std::string data;
  const size_t have = read_file_into(path, data).size();
  data.resize(have);
  return data;
}

std::string_view read_file_into(const std::string& path, std::string& buffer) {
  int fd = path == "-" ? 0 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(std::strerror(errno), path);
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    if (fd != 0) ::close(fd);
    throw Error("is a directory", path);
  }
  // A regular file is read straight into the buffer, its st_size bytes at once (no copy
  // through another buffer, no second read to see the end); pipes, and files that report
  // no size (/proc), grow the buffer as they go.
  const bool regular = S_ISREG(st.st_mode) && st.st_size > 0;
  const size_t size = regular ? static_cast<size_t>(st.st_size) : 0;
  if (regular && buffer.size() < size) buffer.resize(size);
  size_t have = 0;
  for (;;) {
    if (regular && have == size) break;
    if (!regular && buffer.size() - have < 4096) buffer.resize(std::max<size_t>(buffer.size() * 2, have + (1 << 16)));
    ssize_t n = ::read(fd, &buffer[have], (regular ? size : buffer.size()) - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      if (fd != 0) ::close(fd);
      throw Error(std::strerror(err), path);
    }
    if (n == 0) break;
    have += static_cast<size_t>(n);
  }
  if (fd != 0) ::close(fd);
  return std::string_view(buffer.data(), have);
}

}  // namespace dossier
