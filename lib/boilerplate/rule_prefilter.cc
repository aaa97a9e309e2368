// Ruling a line out before a rule's regular expression runs: RE2's prefilter atoms, the
// rarest tried first (rule_match.h).
#include <algorithm>
#include <cstring>

#include "../find_text.h"
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
  for (const std::string& atom : atoms_) rarest_.push_back(static_cast<unsigned char>(atom[rarest_byte(atom)]));
  usable_ = true;
}

bool TextProbe::has_byte(unsigned char c) {
  if (!((known_[c >> 6] >> (c & 63)) & 1)) {
    unsigned char upper = c >= 'a' && c <= 'z' ? static_cast<unsigned char>(c - 'a' + 'A') : c;
    bool found = std::memchr(text_.data(), c, text_.size()) || (upper != c && std::memchr(text_.data(), upper, text_.size()));
    known_[c >> 6] |= uint64_t{1} << (c & 63);
    if (found) present_[c >> 6] |= uint64_t{1} << (c & 63);
  }
  return ((present_[c >> 6] >> (c & 63)) & 1) != 0;
}

bool TextProbe::has_long_s() {
  if (long_s_ < 0) long_s_ = text_.find("\u017F") != std::string::npos;
  return long_s_ != 0;
}

bool TextProbe::has_kelvin() {
  if (kelvin_ < 0) kelvin_ = text_.find("\u212A") != std::string::npos;
  return kelvin_ != 0;
}

const std::string& TextProbe::lower() {
  // Made only when a substring search needs it, in a buffer kept from call to call (a
  // fresh string was a malloc for most long blocks). The buffer holds the text of the probe
  // that last lowered into it: another probe alive at the same time lowers its own again.
  thread_local std::string buffer;
  thread_local const TextProbe* owner = nullptr;
  if (!lowered_ || owner != this) {
    owner = this;
    // A huge block's buffer is let go at the next ordinary one, not kept for the run.
    if (buffer.capacity() > (size_t{1} << 20) && text_.size() <= (size_t{1} << 20)) std::string().swap(buffer);
    buffer.assign(text_);
    for (char& c : buffer) c = static_cast<char>(lower_ascii(static_cast<unsigned char>(c)));
    lowered_ = true;
  }
  return buffer;
}

// Atoms are settled rarest first, and as soon as the verdict is "no" even with every
// unsettled atom found, the answer is no.
bool Prefilter::may_match(TextProbe& probe) const {
  if (!usable_) return true;
  if ((fold_s_ && probe.has_long_s()) || (fold_k_ && probe.has_kelvin())) return true;
  size_t mask = 0, unsettled = passes_.size() - 1;
  for (size_t k : order_) {
    const std::string& atom = atoms_[k];
    // Its rarest byte rules most texts out that lack the atom; the search decides the rest
    // exactly. Asking for each of its bytes in turn was a probe for every byte of every
    // atom tried, nearly all of them letters that any long line holds.
    bool found = probe.has_byte(rarest_[k]);
    if (found && atom.size() > 1) {
      // find_text compares the atom's first and last bytes sixteen positions a step;
      // std::string::find stopped at every occurrence of the atom's first letter (a common
      // one, mostly) to compare from there, and memmem cost as much again in setting up.
      const std::string& hay = letters_ ? probe.lower() : probe.text();
      found = detail::find_text(hay, atom) != std::string_view::npos;
    }
    unsettled &= ~(size_t{1} << k);
    if (found) mask |= size_t{1} << k;
    if (!passes_[mask | unsettled]) return false;
  }
  return passes_[mask];
}

}  // namespace dossier::boilerplate
