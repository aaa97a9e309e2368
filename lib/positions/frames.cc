// The frame matcher (frames.h): reads a text's words once and gives each frame its hits.
// Tested by frames_test.cc.
//
// A text is read once: its words (runs of ASCII letters and digits; hyphens, apostrophes
// and other bytes separate words) are looked up by their first three bytes, and only a word
// some frame may name is lemmatized. Each frame keeps its hits in word order, and
// frame_window.cc seeks a match from each hit forward within the window, so the work per word
// is bounded by the window and the number of frames naming it: linear in the text. Frames
// are read from their written form in frame_parse.cc.
#include "frames.h"

#include <algorithm>
#include <atomic>
#include <memory>

#include "dossier/utf8.h"
#include "frame_words.h"
#include "lemma.h"

namespace dossier::positions_detail {

namespace {

// is_frame_word_byte() by byte value: one load per byte where find() reads every byte of a text.
struct WordBytes {
  bool in[256] = {};
  constexpr WordBytes() {
    for (int c = 0; c < 256; ++c) in[c] = is_frame_word_byte(static_cast<char>(c));
  }
};
constexpr WordBytes kWordBytes;

// What find() reuses from one call to the next on a thread: its buffers, the stemmer, and
// the lemma id of every word it has looked up for one matcher: the words written in its
// frames, then each word it has stemmed (a news text repeats its words, and stemming is
// most of the cost of a word). Bounded: cleared past kMaxCached.
struct Scratch {
  std::vector<FrameWord> words;
  std::vector<std::vector<FrameHit>> hits;  // by frame
  std::vector<uint32_t> touched;       // the frames with hits, each once
  std::unique_ptr<Lemmatizer> lemmas;
  uint64_t matcher = 0;  // the serial of the matcher whose ids `ids` holds
  WordIds ids;
};
constexpr size_t kMaxCached = 1 << 16;

Scratch& scratch() {
  static thread_local Scratch s;
  return s;
}

uint64_t next_serial() {
  static std::atomic<uint64_t> serial{0};
  return ++serial;
}

}  // namespace

// A word is lemmatized only when its first four bytes (or all of a shorter lemma) are those
// of a frame's lemma: the stemmer keeps a word's first four letters but for a final y that
// becomes i ("deny" -> "deni"), which the keys of such lemmas also allow.
namespace {

// A key: N (at most 4) above the first N bytes of BODY, 7 bits each.
constexpr uint32_t packed_key(size_t n, uint32_t body) {
  return static_cast<uint32_t>(n) << 28 | (body & ((uint32_t{1} << (7 * n)) - 1));
}

}  // namespace

uint32_t FrameMatcher::key_of(std::string_view lower) {
  size_t n = std::min<size_t>(lower.size(), 4);
  uint32_t body = 0;
  for (size_t i = 0; i < n; ++i) body |= static_cast<uint32_t>(static_cast<unsigned char>(lower[i]) & 0x7f) << (7 * i);
  return packed_key(n, body);
}

int FrameMatcher::lemma_id(std::string_view lemma) const {
  auto it = ids_.find(std::string(lemma));
  return it == ids_.end() ? -1 : it->second;
}

FrameMatcher::FrameMatcher(std::vector<Frame> frames) : frames_(std::move(frames)), serial_(next_serial()) {
  auto id_of = [&](const std::string& lemma) {
    auto [it, added] = ids_.emplace(lemma, static_cast<int>(ids_.size()));
    if (added) {
      uses_.emplace_back();
      keys_.push_back(key_of(lemma));
      if (lemma.size() >= 4 && lemma[3] == 'i') keys_.push_back(key_of(lemma.substr(0, 3) + "y"));
    }
    return it->second;
  };
  for (uint32_t f = 0; f < frames_.size(); ++f) {
    auto add = [&](const std::vector<std::string>& alt, int32_t group) {
      int first = id_of(alt[0]);
      int32_t next = alt.size() > 1 ? id_of(alt[1]) : -1;
      uses_[static_cast<size_t>(first)].push_back(Use{f, group, next});
    };
    for (size_t g = 0; g < frames_[f].groups.size(); ++g)
      for (const auto& alt : frames_[f].groups[g]) add(alt, static_cast<int32_t>(g));
    for (const auto& alt : frames_[f].exclusions) add(alt, -1);
  }
  for (const Frame& fr : frames_)
    for (const auto& [word, lemma] : fr.written)
      if (auto it = ids_.find(lemma); it != ids_.end()) written_.emplace(word, it->second);
  std::sort(keys_.begin(), keys_.end());
  keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
  key_bits_.assign(kKeyBits / 64, 0);
  for (uint32_t k : keys_) key_bits_[bit_of(k) / 64] |= uint64_t{1} << (bit_of(k) % 64);
}

std::vector<TopicMatch> FrameMatcher::find(std::string_view text) const {
  std::vector<TopicMatch> out;
  if (frames_.empty()) return out;
  Scratch& sc = scratch();
  std::vector<FrameWord>& words = sc.words;
  words.clear();
  if (sc.matcher != serial_ || sc.ids.size() > kMaxCached) {
    sc.ids.clear();
    sc.matcher = serial_;
    // A word written in a frame is taken as it is; only its other forms are stemmed.
    for (const auto& [word, id] : written_) {
      uint64_t h = WordIds::kSeed;
      for (char c : word) h = WordIds::hash(h, c);
      sc.ids.insert(word, h, id);
    }
  }
  uint32_t index = 0, clause = 0;
  bool any = false;
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (!kWordBytes.in[static_cast<unsigned char>(c)]) {
      // A clause ends at ; : and at a dash ("--", an en or em dash).
      if (c == ';' || c == ':' || (c == '-' && i + 1 < text.size() && text[i + 1] == '-') ||
          (static_cast<unsigned char>(c) == 0xE2 && text.substr(i, 3) >= "\xE2\x80\x93" && text.substr(i, 3) <= "\xE2\x80\x94"))
        ++clause;
      ++i;
      continue;
    }
    size_t b = i;
    while (i < text.size() && kWordBytes.in[static_cast<unsigned char>(text[i])]) ++i;
    // key_of() of the word's first three and four bytes, lowercased, built at once.
    size_t n = std::min<size_t>(4, i - b);
    uint32_t body = 0;
    for (size_t k = 0; k < n; ++k) body |= static_cast<uint32_t>(static_cast<unsigned char>(utf8::ascii_lower(text[b + k])) & 0x7f) << (7 * k);
    auto is_key = [&](uint32_t key) {
      return (key_bits_[bit_of(key) / 64] >> (bit_of(key) % 64) & 1u) && std::binary_search(keys_.begin(), keys_.end(), key);
    };
    // A lemma of three letters or fewer may have a longer word ("bans" -> "ban").
    bool known = n == 4 ? is_key(packed_key(3, body)) || is_key(packed_key(4, body)) : is_key(packed_key(n, body));
    int id = -1;
    if (known && i - b <= 24) {
      char lower[24];
      uint64_t h = WordIds::kSeed;
      for (size_t k = 0; k < i - b; ++k) h = WordIds::hash(h, lower[k] = utf8::ascii_lower(text[b + k]));
      std::string_view word(lower, i - b);
      if (const int* cached = sc.ids.find(word, h)) {
        id = *cached;
      } else {
        if (!sc.lemmas) sc.lemmas = std::make_unique<Lemmatizer>();  // made when a word may be a frame's
        id = lemma_id(sc.lemmas->lemma(word));
        sc.ids.insert(word, h, id);
      }
      any = any || id >= 0;
    }
    words.push_back(FrameWord{b, i, index++, clause, id});
  }
  if (!any) return out;

  std::vector<std::vector<FrameHit>>& hits = sc.hits;
  // Only the frames some word names are cleared and matched: a sentence names few of them.
  std::vector<uint32_t>& touched = sc.touched;
  for (uint32_t f : touched) hits[f].clear();
  touched.clear();
  if (hits.size() < frames_.size()) hits.resize(frames_.size());
  for (size_t w = 0; w < words.size(); ++w) {
    if (words[w].id < 0) continue;
    for (const Use& u : uses_[static_cast<size_t>(words[w].id)]) {
      size_t last = w;
      if (u.next >= 0) {
        if (w + 1 >= words.size() || words[w + 1].id != u.next || words[w + 1].clause != words[w].clause) continue;
        last = w + 1;
      }
      if (hits[u.frame].empty()) touched.push_back(u.frame);
      hits[u.frame].push_back(FrameHit{words[w].index, words[last].index, words[w].clause, u.group, words[w].start, words[last].end});
    }
  }
  std::sort(touched.begin(), touched.end());
  for (uint32_t f : touched) match_frame(frames_[f], hits[f], words, text, out);
  return out;
}

}  // namespace dossier::positions_detail
