#include "dossier/check.h"

#include <re2/re2.h>

#include <fmt/core.h>

#include <algorithm>
#include <map>

#include "dossier/boilerplate.h"
#include "dossier/hash.h"
#include "dossier/metadata.h"
#include "dossier/utf8.h"

namespace dossier {

namespace {

constexpr size_t kHashes = 64;
constexpr size_t kBands = 16;  // 16 bands of 4 rows: pairs near 0.8 Jaccard meet in a band
constexpr size_t kRows = kHashes / kBands;
constexpr size_t kShingle = 5;

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) h = fnv_step(h, c);
  return h;
}

uint64_t splitmix(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

struct Permutations {
  uint64_t a[kHashes], b[kHashes];
  Permutations() {
    uint64_t state = 20091201;
    for (size_t i = 0; i < kHashes; ++i) {
      a[i] = splitmix(state) | 1;
      b[i] = splitmix(state);
    }
  }
};

const Permutations& permutations() {
  static const Permutations p;
  return p;
}

Finding finding(const Document& d, const std::string& file, int64_t line, std::string kind, std::string severity,
                std::string detail) {
  return Finding{std::move(kind), std::move(severity), d.id, d.source.path.empty() ? file : d.source.path, line,
                 std::move(detail), std::nullopt};
}

bool is_hex(const std::string& s, size_t n) {
  return s.size() == n && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

template <typename T>
bool one_of(const std::string& v, std::initializer_list<T> allowed) {
  return std::find(allowed.begin(), allowed.end(), v) != allowed.end();
}

void check_schema(const Document& d, std::vector<Finding>& out, const std::string& file, int64_t line) {
  auto bad = [&](const std::string& what) { out.push_back(finding(d, file, line, "schema", "error", what)); };
  if (!is_hex(d.id, 16)) bad("id is not 16 hex digits");
  if (!d.source.sha256.empty() && !is_hex(d.source.sha256, 64)) bad("source.sha256 is not 64 hex digits");
  if (d.dct.value && !is_iso_date(*d.dct.value)) bad("dct.value is not a date YYYY-MM-DD: " + *d.dct.value);
  if (!one_of(d.dct.source, {"manifest", "option", "text", "none"})) bad("dct.source is not manifest, option, text or none");
  for (const auto& b : d.boilerplate)
    if (!one_of(b.kind, {"navigation", "appeal", "promo", "caption", "credit", "timestamp", "share", "comment", "teaser", "other"}))
      bad("boilerplate kind '" + b.kind + "' is unknown");
  if (d.entities)
    for (const auto& e : *d.entities)
      if (!one_of(e.type, {"PERSON", "ORG", "GPE", "LOC", "EVENT", "LAW"})) bad("entity type '" + e.type + "' is unknown");
  if (d.quotes)
    for (const auto& q : *d.quotes)
      if (!one_of(q.kind, {"direct", "partial", "indirect", "turn"})) bad("quote kind '" + q.kind + "' is unknown");
  if (d.timexes)
    for (const auto& t : *d.timexes)
      if (!one_of(t.type, {"DATE", "TIME", "DURATION", "SET"})) bad("timex type '" + t.type + "' is unknown");
  if (d.positions)
    for (const auto& p : *d.positions)
      if (!one_of(p.stance, {"support", "oppose"})) bad("stance '" + p.stance + "' is unknown");
}

// Mojibake: UTF-8 read as Windows-1252 and encoded again ("â€™" for "’", "Ã©" for "é").
const RE2& mojibake() {
  static const RE2 re(R"((â€[™œ\x{9D}˜“”¦\x{93}\x{94}"]|Ã[\x{A0}-\x{BF}€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|Â[\x{A0}-\x{BF}]))");
  return re;
}

// The text of spans of one document, with one offset map for all of them (span_text
// would build a map per call, quadratic over a document's mentions).
class SpanReader {
 public:
  explicit SpanReader(const std::string& text) : text_(text), map_(text) {}
  std::string at(Span s) const {
    size_t b = map_.to_byte(static_cast<size_t>(s.start));
    size_t e = map_.to_byte(static_cast<size_t>(s.end));
    return text_.substr(b, e - b);
  }

 private:
  const std::string& text_;
  utf8::OffsetMap map_;
};

void check_text(const Document& d, const SpanReader& spans, const CheckOptions& opt, std::vector<Finding>& out,
                const std::string& file, int64_t line) {
  size_t words = word_count(d.text);
  if (d.text.empty()) {
    out.push_back(finding(d, file, line, "empty", "error", "the document has no text"));
  } else if (words < opt.min_words) {
    out.push_back(finding(d, file, line, "tiny", "warning", fmt::format("only {} words of text", words)));
  }
  if (!d.text.empty() && !d.id.empty() && is_hex(d.id, 16) && sha256_hex(d.text).substr(0, 16) != d.id)
    out.push_back(finding(d, file, line, "id-mismatch", "warning", "id is not the SHA-256 of the text"));

  size_t replacement = 0, controls = 0;
  for (size_t i = 0; i < d.text.size();) {
    size_t len;
    int32_t cp = utf8::decode(d.text, i, len);
    if (cp == 0xFFFD) ++replacement;
    if ((cp >= 0 && cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) ++controls;
    i += len;
  }
  if (replacement)
    out.push_back(finding(d, file, line, "encoding", "warning", fmt::format("{} replacement character(s) U+FFFD", replacement)));
  if (controls)
    out.push_back(finding(d, file, line, "encoding", "warning", fmt::format("{} control character(s)", controls)));
  std::string sample;
  if (RE2::PartialMatch(d.text, mojibake(), &sample))
    out.push_back(finding(d, file, line, "encoding", "error", "mojibake (UTF-8 decoded as Windows-1252): \"" + sample + "\""));

  for (size_t p = 0; p < d.paragraphs.size(); ++p) {
    const Span& ps = d.paragraphs[p];
    if (ps.start < 0 || ps.end < ps.start) continue;
    std::string para = spans.at(ps);
    std::string kind = rule_kind(para);
    if (!kind.empty())
      out.push_back(finding(d, file, line, "boilerplate", "warning",
                            fmt::format("paragraph {} looks like {}: \"{}\"", p + 1, kind, para.substr(0, 80))));
  }
}

void check_dates(const Document& d, std::vector<Finding>& out, const std::string& file, int64_t line) {
  if (!d.dct.value) {
    out.push_back(finding(d, file, line, "missing-dct", "warning", "no document creation time: relative dates stay unresolved"));
  } else if (is_iso_date(*d.dct.value)) {
    int year = std::stoi(d.dct.value->substr(0, 4));
    if (year < 1800 || year > 2100)
      out.push_back(finding(d, file, line, "implausible-date", "warning", "dct " + *d.dct.value + " is implausible"));
  }
  if (d.published && d.dct.value && d.published->size() >= 4 && *d.published > *d.dct.value &&
      d.published->substr(0, d.dct.value->size()) != *d.dct.value)
    out.push_back(finding(d, file, line, "date-after-dct", "warning",
                          "published " + *d.published + " is after the dct " + *d.dct.value));
  if (d.timexes)
    for (const auto& t : *d.timexes) {
      if (t.type != "DATE" || t.value.size() < 4 || !std::all_of(t.value.begin(), t.value.begin() + 4, ::isdigit)) continue;
      int year = std::stoi(t.value.substr(0, 4));
      if (year < 1000 || year > 2200)
        out.push_back(finding(d, file, line, "implausible-date", "warning", "timex " + t.id + " \"" + t.text + "\" = " + t.value));
    }
}

void check_spans(const Document& d, const SpanReader& reader, std::vector<Finding>& out, const std::string& file,
                 int64_t line) {
  const auto size = static_cast<int64_t>(utf8::length(d.text));
  auto outside = [&](Span s) { return s.start < 0 || s.end < s.start || s.end > size; };
  auto bad = [&](const std::string& what) { out.push_back(finding(d, file, line, "span-mismatch", "error", what)); };
  for (const auto* spans : {&d.paragraphs, &d.sentences})
    for (const auto& s : *spans)
      if (outside(s)) {
        bad(fmt::format("{} span [{}, {}] outside the text ({} code points)", spans == &d.paragraphs ? "paragraph" : "sentence",
                        s.start, s.end, size));
        break;
      }
  if (d.entities)
    for (const auto& e : *d.entities)
      for (const auto& m : e.mentions) {
        if (outside(m)) {
          bad(fmt::format("entity {} mention [{}, {}] outside the text", e.id, m.start, m.end));
          continue;
        }
        std::string surface = reader.at(m);
        if (!e.aliases.empty() && std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end() &&
            surface != e.name)
          bad(fmt::format("entity {} mention [{}, {}] reads \"{}\", which is none of its names", e.id, m.start, m.end, surface));
      }
  if (d.quotes)
    for (const auto& q : *d.quotes) {
      if (q.source_span && outside(*q.source_span))
        bad(fmt::format("quote {} source span [{}, {}] outside the text", q.id, q.source_span->start, q.source_span->end));
      if (outside(q.span)) {
        bad(fmt::format("quote {} span [{}, {}] outside the text", q.id, q.span.start, q.span.end));
        continue;
      }
      if (q.kind != "indirect" && q.kind != "turn" && reader.at(q.span).find(q.text) == std::string::npos)
        bad(fmt::format("quote {} text is not found in its span", q.id));
    }
  if (d.timexes)
    for (const auto& t : *d.timexes) {
      if (outside(t.span)) {
        bad(fmt::format("timex {} span [{}, {}] outside the text", t.id, t.span.start, t.span.end));
      } else if (reader.at(t.span) != t.text) {
        bad(fmt::format("timex {} reads \"{}\" at its span, not \"{}\"", t.id, reader.at(t.span), t.text));
      }
    }
  if (d.positions)
    for (const auto& p : *d.positions)
      if (outside(p.evidence)) bad(fmt::format("position evidence [{}, {}] outside the text", p.evidence.start, p.evidence.end));
}

}  // namespace

std::vector<uint32_t> minhash_signature(const std::string& text) {
  std::vector<std::string> words;
  std::string w;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80) {
      w.push_back(c);
    } else if (u >= 'A' && u <= 'Z') {
      w.push_back(static_cast<char>(u - 'A' + 'a'));
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  if (words.empty()) return {};
  const Permutations& p = permutations();
  std::vector<uint32_t> sig(kHashes, UINT32_MAX);
  size_t n = words.size() < kShingle ? 1 : words.size() - kShingle + 1;
  std::string shingle;
  for (size_t i = 0; i < n; ++i) {
    shingle.clear();
    for (size_t k = i; k < std::min(words.size(), i + kShingle); ++k) {
      shingle += words[k];
      shingle += ' ';
    }
    uint64_t h = fnv1a(shingle);
    for (size_t j = 0; j < kHashes; ++j) {
      auto v = static_cast<uint32_t>((p.a[j] * h + p.b[j]) >> 32);
      sig[j] = std::min(sig[j], v);
    }
  }
  return sig;
}

double minhash_similarity(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.size() != b.size() || a.empty()) return 0.0;
  size_t same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

CorpusChecker::CorpusChecker(CheckOptions options) : options_(options) {}

Finding CorpusChecker::unreadable(const std::string& file, int64_t line, const std::string& message) {
  return Finding{"unreadable", "error", "", file, line, message, std::nullopt};
}

std::vector<Finding> CorpusChecker::add(const Document& d, const std::string& file, int64_t line) {
  std::vector<Finding> out;
  check_schema(d, out, file, line);
  SpanReader spans(d.text);
  check_text(d, spans, options_, out, file, line);
  check_dates(d, out, file, line);
  check_spans(d, spans, out, file, line);

  auto [it, inserted] = first_by_id_.emplace(d.id, seen_.size());
  // Only the index pair is kept: the finding is built when it is written out.
  if (!inserted) duplicates_.emplace_back(static_cast<uint32_t>(seen_.size()), static_cast<uint32_t>(it->second));
  Seen s{d.id, d.source.path.empty() ? file : d.source.path, line, {}};
  if (options_.near_duplicate > 0 && inserted) s.signature = minhash_signature(d.text);
  seen_.push_back(std::move(s));
  return out;
}

std::vector<Finding> CorpusChecker::finish() {
  std::vector<Finding> out;
  finish([&out](Finding&& f) { out.push_back(std::move(f)); });
  return out;
}

// The pairs found are kept as two 32-bit indices each and the findings built one at a
// time as they are handed out: a corpus of near-copies has millions of pairs, and as
// Findings (ids, paths and a sentence each) they took gigabytes.
void CorpusChecker::finish(const std::function<void(Finding&&)>& emit) {
  using Pair = std::pair<uint32_t, uint32_t>;  // (reporting document, the earlier one)
  std::vector<Pair> near;
  if (options_.near_duplicate > 0) near = near_pairs();
  // Findings come out ordered by the reporting document's (path, line), duplicate ids
  // before near-duplicates, and a document's near-duplicates by the earlier document.
  const size_t n = seen_.size();
  std::vector<uint32_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = static_cast<uint32_t>(i);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    return std::tie(seen_[x].path, seen_[x].line) < std::tie(seen_[y].path, seen_[y].line);
  });
  std::vector<uint32_t> rank(n);
  for (size_t r = 0; r < n; ++r) rank[order[r]] = static_cast<uint32_t>(r);
  auto by_reporter = [&](const Pair& x, const Pair& y) {
    return std::make_pair(rank[x.first], x.second) < std::make_pair(rank[y.first], y.second);
  };
  std::stable_sort(duplicates_.begin(), duplicates_.end(), by_reporter);
  std::sort(near.begin(), near.end(), by_reporter);
  size_t d = 0, k = 0;
  while (d < duplicates_.size() || k < near.size()) {
    bool duplicate = k == near.size() || (d < duplicates_.size() && rank[duplicates_[d].first] <= rank[near[k].first]);
    if (duplicate) {
      const Seen& b = seen_[duplicates_[d].first];
      const Seen& a = seen_[duplicates_[d].second];
      ++d;
      emit(Finding{"duplicate-id", "error", b.id, b.path, b.line, fmt::format("same id as the record at {}:{}", a.path, a.line),
                   a.id});
    } else {
      const Seen& b = seen_[near[k].first];
      const Seen& a = seen_[near[k].second];
      ++k;
      double sim = minhash_similarity(a.signature, b.signature);
      emit(Finding{"near-duplicate", "warning", b.id, b.path, b.line,
                   fmt::format("about {:.0f}% the same text as {} ({}:{})", sim * 100, a.id, a.path, a.line), a.id});
    }
  }
  duplicates_.clear();
}

// Locality-sensitive hashing: documents that agree on all rows of some band are
// candidates; in each band's bucket a document is paired with the next 64 members.
// Each candidate pair is measured on the whole signature once, in the first band that
// pairs it, so no set of candidates is kept (on a repetitive corpus there are tens of
// millions). Returns (later, earlier) index pairs at or above the threshold.
std::vector<std::pair<uint32_t, uint32_t>> CorpusChecker::near_pairs() const {
  const size_t n = seen_.size();
  std::vector<uint64_t> band_hash(n * kBands);
  std::vector<uint32_t> rank(n * kBands);  // position in its bucket of that band
  for (size_t i = 0; i < n; ++i) {
    if (seen_[i].signature.empty()) continue;
    for (size_t band = 0; band < kBands; ++band) {
      uint64_t h = 1469598103934665603ULL ^ band;
      for (size_t r = 0; r < kRows; ++r) h = fnv_step(h, seen_[i].signature[band * kRows + r]);
      band_hash[i * kBands + band] = h;
    }
  }
  auto paired_in = [&](size_t i, size_t j, size_t band) {
    return band_hash[i * kBands + band] == band_hash[j * kBands + band] &&
           rank[j * kBands + band] - rank[i * kBands + band] < 64;
  };
  std::vector<std::pair<uint32_t, uint32_t>> near;
  for (size_t band = 0; band < kBands; ++band) {
    std::unordered_map<uint64_t, std::vector<uint32_t>> buckets;
    for (size_t i = 0; i < n; ++i)
      if (!seen_[i].signature.empty()) buckets[band_hash[i * kBands + band]].push_back(static_cast<uint32_t>(i));
    // Ranks of this band are set before its pairs; earlier bands' are already known.
    for (const auto& [h, members] : buckets)
      for (size_t x = 0; x < members.size(); ++x) rank[members[x] * kBands + band] = static_cast<uint32_t>(x);
    for (const auto& [h, members] : buckets) {
      for (size_t x = 0; x < members.size(); ++x) {
        for (size_t y = x + 1; y < members.size() && y < x + 64; ++y) {
          size_t i = members[x], j = members[y];
          bool earlier = false;
          for (size_t b = 0; b < band && !earlier; ++b) earlier = paired_in(i, j, b);
          if (earlier) continue;
          if (minhash_similarity(seen_[i].signature, seen_[j].signature) >= options_.near_duplicate)
            near.emplace_back(static_cast<uint32_t>(j), static_cast<uint32_t>(i));
        }
      }
    }
  }
  return near;
}

}  // namespace dossier
