// Ruling a line out before a rule's regular expression runs: RE2's prefilter atoms, and
// the relaxed patterns that keep the rule set quick to compile (rule_match.h).
#include <algorithm>
#include <cstring>

#include "rule_match.h"

namespace dossier::boilerplate {

RE2::Options rule_options() {
  RE2::Options opts;
  opts.set_case_sensitive(false);
  opts.set_log_errors(false);
  return opts;
}

Prefilter::Prefilter(const std::string& pattern, const RE2::Options& options) {
  auto owned = std::make_unique<re2::FilteredRE2>(1);
  int id = 0;
  if (owned->Add(pattern, options, &id) != RE2::NoError) return;
  filter_ = std::move(owned);
  re2::FilteredRE2& filter = *filter_;
  filter.Compile(&atoms_);
  if (atoms_.size() > kMaxAtoms) return;
  for (const std::string& atom : atoms_)
    for (unsigned char c : atom) {
      if (c >= 0x80) return;
      fold_s_ = fold_s_ || c == 's';
      fold_k_ = fold_k_ || c == 'k';
      letters_ = letters_ || (c >= 'a' && c <= 'z');
    }
  passes_.resize(size_t{1} << atoms_.size());
  std::vector<int> found, potentials;
  for (size_t mask = 0; mask < passes_.size(); ++mask) {
    found.clear();
    for (size_t k = 0; k < atoms_.size(); ++k)
      if ((mask >> k) & 1) found.push_back(static_cast<int>(k));
    filter.AllPotentials(found, &potentials);
    passes_[mask] = !potentials.empty();
  }
  // Punctuation and digits are rare in running text, then longer atoms; ties keep order.
  auto rare = [](const std::string& atom) {
    bool punct = false;
    for (unsigned char c : atom) punct = punct || !((c >= 'a' && c <= 'z') || c == ' ');
    return std::make_pair(punct ? 0 : 1, -static_cast<int>(atom.size()));
  };
  for (size_t k = 0; k < atoms_.size(); ++k) order_.push_back(k);
  std::stable_sort(order_.begin(), order_.end(), [&](size_t a, size_t b) { return rare(atoms_[a]) < rare(atoms_[b]); });
  usable_ = true;
}

// Atoms are settled rarest first, and as soon as the verdict is "no" even with every
// unsettled atom found, the answer is no.
bool Prefilter::may_match(const std::string& text) const {
  if (!usable_) return true;
  if ((fold_s_ && text.find("\u017F") != std::string::npos) || (fold_k_ && text.find("\u212A") != std::string::npos))
    return true;
  uint64_t known[4] = {}, present[4] = {};  // bytes looked up with memchr, either case
  auto has_byte = [&](unsigned char c) {
    if (!((known[c >> 6] >> (c & 63)) & 1)) {
      unsigned char upper = c >= 'a' && c <= 'z' ? static_cast<unsigned char>(c - 'a' + 'A') : c;
      bool found = std::memchr(text.data(), c, text.size()) || (upper != c && std::memchr(text.data(), upper, text.size()));
      known[c >> 6] |= uint64_t{1} << (c & 63);
      if (found) present[c >> 6] |= uint64_t{1} << (c & 63);
    }
    return ((present[c >> 6] >> (c & 63)) & 1) != 0;
  };
  // The text folded to lower case, made only when a substring search needs it, in a
  // buffer kept from call to call (a fresh string was a malloc for most long blocks).
  thread_local std::string lower;
  bool lowered = false;
  size_t mask = 0, unsettled = passes_.size() - 1;
  for (size_t k : order_) {
    const std::string& atom = atoms_[k];
    bool found = true;
    for (unsigned char c : atom) found = found && has_byte(c);
    if (found && atom.size() > 1) {
      if (letters_ && !lowered) {
        // A huge block's buffer is let go at the next ordinary one, not kept for the run.
        if (lower.capacity() > (size_t{1} << 20) && text.size() <= (size_t{1} << 20)) std::string().swap(lower);
        lower.assign(text);
        for (char& c : lower) c = static_cast<char>(lower_ascii(static_cast<unsigned char>(c)));
        lowered = true;
      }
      found = (letters_ ? lower : text).find(atom) != std::string::npos;
    }
    unsettled &= ~(size_t{1} << k);
    if (found) mask |= size_t{1} << k;
    if (!passes_[mask | unsettled]) return false;
  }
  return passes_[mask];
}

// RE2 compiles a bounded repetition as that many copies of its operand, and one
// "{1,30}" over a Unicode letter class was two thirds of ingest's start-up time; in the
// RE2::Set the relaxed pattern serves, and the exact one is compiled only when a line
// passes it (tested by ingest_perf_test.cc, which tries every rule exactly).
std::string relaxed_pattern(const std::string& pattern) {
  std::string out;
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += c;
      out += pattern[++i];
      continue;
    }
    if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];  // "[]...]" holds a ']'
      continue;
    } else if (c == '{') {
      size_t j = i + 1, m = 0, n = 0;
      while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9') m = m * 10 + static_cast<size_t>(pattern[j++] - '0');
      const size_t comma = j;
      if (j > i + 1 && j < pattern.size() && pattern[j] == ',') {
        ++j;
        while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9') n = n * 10 + static_cast<size_t>(pattern[j++] - '0');
        if (j > comma + 1 && j < pattern.size() && pattern[j] == '}' && n >= 10 && m <= n) {
          out += pattern.substr(i, comma + 1 - i);
          out += '}';
          i = j;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

}  // namespace dossier::boilerplate
