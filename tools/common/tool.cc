#include "tool.h"

#include <fmt/core.h>

#include <fcntl.h>
#include <unistd.h>
#include <malloc.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <csignal>
#include <cstdio>
#include <algorithm>
#include <thread>

#include "dossier/error.h"
#include "dossier/segment.h"
#include "dossier/validate.h"
#include "dossier/version.h"

namespace dossier::cli {

namespace {

// How many records one --jobs batch holds, per thread; big enough to amortize the
// thread start, small enough to keep memory flat.
constexpr size_t kBatchPerJob = 16;
constexpr size_t kBatchBytes = 64u << 20;

struct Outcome {
  Lines lines;
  std::string error;  // non-empty when the record was rejected
  std::string error_file;
  int64_t error_line = 0;
  Notes notes;
};

// Runs WORK(i) for i in [0, n) on up to JOBS threads; results come back in order.
std::vector<Outcome> run_ordered(size_t n, int jobs, const std::function<Outcome(size_t)>& work) {
  std::vector<Outcome> results(n);
  size_t threads_wanted = std::min(n, static_cast<size_t>(std::max(jobs, 1)));
  if (threads_wanted <= 1) {
    for (size_t i = 0; i < n; ++i) results[i] = work(i);
    return results;
  }
  std::vector<std::thread> threads;
  for (size_t t = 0; t < threads_wanted; ++t)
    threads.emplace_back([&, t]() {
      for (size_t i = t; i < n; i += threads_wanted) results[i] = work(i);
    });
  for (auto& th : threads) th.join();
  return results;
}

// On a virtual machine the first touch of a page costs a fault in the guest and another
// in the host, about 13 microseconds in all here (bench/README.md): the word lists,
// gazetteer and patterns a tool builds at start-up touch 1,000 to 4,500 pages, a tenth of
// the pipeline's CPU time on 10 MB. So the heap grows by kHeapStep at a time, and the
// first step is advised for transparent huge pages: where the system grants them when
// asked (Debian's default "madvise" mode), it is faulted in 2 MiB at a time. Elsewhere the
// advice is refused or ignored, and nothing else changes (the step is address space only).
void reserve_heap() {
  constexpr size_t kHeapStep = 64u << 20;
  constexpr uintptr_t kHugePage = 2u << 20;
  constexpr int kDefaultTopPad = 128 << 10;  // glibc's documented default for M_TOP_PAD
  ::mallopt(M_TOP_PAD, kHeapStep);
  auto* before = static_cast<char*>(::sbrk(0));
  void* volatile grown = std::malloc(256 << 10);  // more than the initial heap holds: it grows now
  std::free(grown);
  auto* after = static_cast<char*>(::sbrk(0));
  // Only the first step is padded: later growth, and every thread arena of --jobs, keeps the
  // default, so no run commits 64 MiB per thread it never uses.
  ::mallopt(M_TOP_PAD, kDefaultTopPad);
  const auto* failed = reinterpret_cast<char*>(-1);
  if (before == failed || after == failed) return;
  const uintptr_t from = (reinterpret_cast<uintptr_t>(before) + kHugePage - 1) & ~(kHugePage - 1);
  const auto to = reinterpret_cast<uintptr_t>(after);
  if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
}

}  // namespace

Tool::Tool(std::string name, std::string description, bool jobs)
    : name_(std::move(name)), app_(std::move(description), name_), out_(stdout) {
  app_.set_version_flag("--version", fmt::format("{} (dossier) {}", name_, kVersion));
  app_.add_option("files", inputs_, "Input files (standard input when none; - is standard input)");
  app_.add_flag("--strict", strict_, "Stop at the first input that cannot be read");
  show_progress_ = ::isatty(2) != 0;
  app_.add_flag("--progress,!--no-progress", show_progress_,
                "Show documents done, MB/s and time elapsed on standard error (default: when it is a terminal)");
  if (jobs) {
    app_.add_option("-j,--jobs", jobs_, "Documents handled in parallel; output keeps input order")
        ->check(CLI::Range(1, 256));
  }
}

int Tool::run(int argc, char** argv, const std::function<void()>& body) {
  std::signal(SIGPIPE, SIG_IGN);
  // Tools run in pipelines that move hundreds of megabytes: a pipe of 1 MiB and an output
  // buffer of the same size let each stage run for longer between context switches.
  for (int fd : {0, 1}) {
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode)) ::fcntl(fd, F_SETPIPE_SZ, 1 << 20);
  }
  // Every record is a few large allocations, freed before the next: without a threshold
  // malloc gives the top of the heap back to the system after each record and faults it in
  // again for the next one.
  ::mallopt(M_TRIM_THRESHOLD, 64 << 20);
  ::mallopt(M_MMAP_THRESHOLD, 32 << 20);
  reserve_heap();
  static char buffer[1 << 20];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  try {
    app_.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app_.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app_.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app_.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "%s: %s\n", name_.c_str(), e.what());
    std::fprintf(stderr, "Try '%s --help' for more information.\n", name_.c_str());
    return kExitUsage;
  }
  progress_ = Progress(name_, show_progress_);
  try {
    try {
      body();
    } catch (const StopRun&) {
      // Stopped by --strict: what was written goes out, then the closing words.
    }
    out_.flush();
    progress_.finish();
    if (on_end_) on_end_();
  } catch (const jsonl::OutputError& e) {
    if (e.pipe_closed()) return status_;
    std::fprintf(stderr, "%s: error writing output: %s\n", name_.c_str(), e.what());
    return kExitOutput;
  } catch (const Error& e) {
    diagnose(e.file(), e.line(), e.what());
    return kExitRejected;
  } catch (const std::bad_alloc&) {
    diagnose("", 0, "out of memory");
    return kExitRejected;
  }
  return status_;
}

void Tool::diagnose(const std::string& file, int64_t line, const std::string& message) {
  std::string where;
  if (!file.empty()) where = line > 0 ? fmt::format("{}:{}: ", file, line) : file + ": ";
  progress_.clear();
  // What was written before the message goes out before it.
  try {
    out_.flush();
  } catch (const jsonl::OutputError&) {
  }
  std::fprintf(stderr, "%s: %s%s\n", name_.c_str(), where.c_str(), message.c_str());
}

void Tool::warn(const std::string& file, int64_t line, const std::string& message) {
  diagnose(file, line, "warning: " + message);
}

void Tool::reject(const std::string& file, int64_t line, const std::string& message) {
  diagnose(file, line, message);
  status_ = kExitRejected;
  if (strict_) throw StopRun{};
}

void Tool::report(const std::vector<PathNote>& unread) {
  for (const auto& n : unread) {
    if (n.rejected) {
      reject(n.path, 0, n.message);
    } else {
      warn(n.path, 0, n.message);
    }
  }
}

void Tool::bad_record(const std::string& file, int64_t line, const std::string& message) {
  if (on_bad_record_) {
    on_bad_record_(file, line, message);
    if (strict_) {
      status_ = kExitRejected;
      throw StopRun{};
    }
    return;
  }
  reject(file, line, message);
}

void Tool::map_items(const std::vector<std::string>& items, const std::function<Lines(const std::string&, Notes&)>& fn) {
  const size_t batch = jobs_ <= 1 ? 1 : kBatchPerJob * static_cast<size_t>(jobs_);
  for (size_t from = 0; from < items.size(); from += batch) {
    size_t n = std::min(batch, items.size() - from);
    std::vector<Outcome> results = run_ordered(n, jobs_, [&](size_t i) {
      Outcome o;
      try {
        o.lines = fn(items[from + i], o.notes);
      } catch (const Error& e) {
        o.error = e.what();
        o.error_file = e.file();
        o.error_line = e.line();
      }
      return o;
    });
    if (progress_.enabled()) {
      size_t bytes = 0;
      for (size_t i = 0; i < n; ++i) {
        struct stat st {};
        if (::stat(items[from + i].c_str(), &st) == 0 && S_ISREG(st.st_mode)) bytes += static_cast<size_t>(st.st_size);
      }
      progress_.add(n, bytes);
    }
    for (auto& r : results) {
      // Each note where its item's lines were when it was made: a record rejected under
      // --strict stops the run after the records before it.
      size_t written = 0;
      auto write_to = [&](size_t end) {
        for (; written < std::min(end, r.lines.size()); ++written) out_.write_line(std::move(r.lines[written]));
      };
      for (const auto& note : r.notes) {
        if (r.error.empty()) write_to(note.lines_before);
        if (note.rejected)
          reject(note.file, note.line, note.message);
        else
          warn(note.file, note.line, note.message);
      }
      if (!r.error.empty()) {
        reject(r.error_file, r.error_line, r.error);
        continue;
      }
      write_to(r.lines.size());
    }
  }
}

void Tool::for_each_document(const std::function<void(Document&&)>& fn) {
  map_documents([&](Document&& d) {
    add_missing_segments(d);  // its analysis reads them; no document is written
    fn(std::move(d));
    return Lines{};
  });
}

void Tool::map_documents(const std::function<Lines(Document&&)>& fn) {
  map_records([&fn](Document&& d, const std::string&, int64_t) { return fn(std::move(d)); });
}

void Tool::map_documents(const jsonl::FieldUse& use, const std::function<Lines(Document&&)>& fn) {
  map_records([&fn](Document&& d, const std::string&, int64_t) { return fn(std::move(d)); }, &use);
}

void Tool::for_each_record(const std::function<void(Document&&, const std::string&, int64_t)>& fn) {
  map_records([&fn](Document&& d, const std::string& file, int64_t line) {
    fn(std::move(d), file, line);
    return Lines{};
  });
}

void Tool::map_records(const std::function<Lines(Document&&, const std::string&, int64_t)>& fn,
                       const jsonl::FieldUse* use) {
  map_lines([this, &fn, use](std::string& line, const std::string& file, int64_t no, Notes& notes) {
    // A record in the writer's form is read fastest by the reader of that form, also whole;
    // a tool that writes no document need not keep the line.
    static const jsonl::FieldUse kWhole;
    Document d = jsonl::parse_document_using(std::move(line), use ? *use : kWhole, file, no);
    if (!use) d.raw.reset();
    if (validate_) {
      // A record in the writer's form was read only as far as the tool needs (FieldUse).
      std::vector<std::string> said;
      validate_record(d, said, use && d.raw ? use->reads : jsonl::kAllFields);
      for (auto& m : said) notes.push_back({file, no, std::move(m)});
    }
    // A tool that reads paragraphs or sentences finds them, as ingest would, in a record
    // that came without them (text from another tool), rather than taking its whole text
    // for one sentence.
    if (use && (use->reads & (jsonl::field_bit(jsonl::Field::kParagraphs) | jsonl::field_bit(jsonl::Field::kSentences))))
      add_missing_segments(d);
    return fn(std::move(d), file, no);
  });
}

void Tool::for_each_json(const std::function<void(nlohmann::json&&, const std::string&, int64_t)>& fn) {
  map_lines([&fn](std::string& line, const std::string& file, int64_t no, Notes&) {
    fn(jsonl::parse_line(line, file, no), file, no);
    return Lines{};
  });
}

void Tool::map_lines(const std::function<Lines(std::string&, const std::string&, int64_t, Notes&)>& fn) {
  std::vector<std::string> paths = inputs_;
  if (paths.empty()) paths.push_back("-");
  auto handle = [&fn](std::string& line, const std::string& file, int64_t no) {
    Outcome o;
    try {
      o.lines = fn(line, file, no, o.notes);
    } catch (const Error& e) {
      o.error = e.what();
    }
    return o;
  };
  for (const auto& path : paths) {
    std::unique_ptr<jsonl::LineReader> reader;
    try {
      reader = std::make_unique<jsonl::LineReader>(path);
    } catch (const Error& e) {
      reject(e.file(), 0, e.what());
      continue;
    }
    const std::string& file = reader->name();
    std::vector<std::string> batch;
    std::vector<int64_t> numbers;
    size_t batch_bytes = 0;
    const size_t batch_max = jobs_ <= 1 ? 1 : kBatchPerJob * static_cast<size_t>(jobs_);
    auto drain = [&]() {
      progress_.add(batch.size(), batch_bytes);
      std::vector<Outcome> results =
          run_ordered(batch.size(), jobs_, [&](size_t i) { return handle(batch[i], file, numbers[i]); });
      for (size_t i = 0; i < results.size(); ++i) {
        for (const auto& note : results[i].notes) warn(note.file, note.line, note.message);
        if (!results[i].error.empty()) {
          bad_record(file, numbers[i], results[i].error);
          continue;
        }
        for (auto& l : results[i].lines) out_.write_line(std::move(l));
      }
      batch.clear();
      numbers.clear();
      batch_bytes = 0;
    };
    std::string line;
    try {
      while (reader->next(line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        if (reader->unterminated()) {
          // A last line without '\n' is accepted only when it is a whole record.
          try {
            (void)jsonl::parse_line(line, file, reader->line_number());
          } catch (const Error&) {
            drain();
            bad_record(file, reader->line_number(), "truncated record at end of input (no final newline)");
            break;
          }
        }
        batch_bytes += line.size();
        numbers.push_back(reader->line_number());
        batch.push_back(std::move(line));
        line.clear();
        if (batch.size() >= batch_max || batch_bytes >= kBatchBytes) drain();
      }
    } catch (const StopRun&) {
      throw;
    } catch (const jsonl::OutputError&) {
      throw;
    } catch (const Error& e) {
      drain();
      reject(e.file(), e.line(), e.what());
      continue;
    }
    drain();
  }
}

}  // namespace dossier::cli
