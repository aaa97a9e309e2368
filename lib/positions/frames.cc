// Topic frames (frames.h). Tested by frames_test.cc.
//
// A text is read once: its words (runs of ASCII letters and digits; hyphens, apostrophes
// and other bytes separate words) are looked up by their first three bytes, and only a word
// some frame may name is lemmatized. Each frame keeps its hits in word order; a match is
// sought from each hit forward within the window, so the work per word is bounded by the
// window and the number of frames naming it: linear in the text.
#include "frames.h"

#include <algorithm>
#include <atomic>
#include <memory>

#include "dossier/error.h"
#include "dossier/hash.h"
#include "dossier/utf8.h"
#include "lemma.h"

namespace dossier::positions_detail {

namespace {

constexpr bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// is_word_byte() by byte value: one load per byte where find() reads every byte of a text.
struct WordBytes {
  bool in[256] = {};
  constexpr WordBytes() {
    for (int c = 0; c < 256; ++c) in[c] = is_word_byte(static_cast<char>(c));
  }
};
constexpr WordBytes kWordBytes;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "expand, membership in" -> {{"expand"}, {"membership", "in"}} as lemmas.
std::vector<std::vector<std::string>> parse_group(std::string_view body, Lemmatizer& lemmas,
                                                 std::vector<std::pair<std::string, std::string>>& written) {
  std::vector<std::vector<std::string>> out;
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t comma = body.find(',', pos);
    std::string_view alt = trim(body.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
    pos = comma == std::string_view::npos ? body.size() + 1 : comma + 1;
    std::vector<std::string> words;
    size_t i = 0;
    while (i < alt.size()) {
      while (i < alt.size() && !is_word_byte(alt[i])) ++i;
      size_t b = i;
      while (i < alt.size() && is_word_byte(alt[i])) ++i;
      if (i > b) {
        words.push_back(lemmas.lemma(alt.substr(b, i - b)));
        written.emplace_back(utf8::ascii_lower(alt.substr(b, i - b)), words.back());
      }
    }
    if (words.empty()) throw Error("topic frame: empty alternative in {" + std::string(body) + "}");
    if (words.size() > 2) throw Error("topic frame: an alternative is one or two words, not '" + std::string(alt) + "'");
    out.push_back(std::move(words));
  }
  return out;
}

struct Word {
  size_t start, end;
  uint32_t index, clause;
  int id;
};

// A closed-class word that may join a mention's words ("expansion of the alliance").
bool is_function_word(std::string_view word) {
  static const std::string_view kWords[] = {"a", "an", "the", "of", "s", "in", "on", "for", "to", "into", "its", "their",
                                       "his", "her", "our", "further", "any", "all", "with", "at", "by", "from"};
  if (word.size() > 7) return false;
  char lower[8];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = utf8::ascii_lower(word[i]);
  std::string_view w(lower, word.size());
  for (std::string_view f : kWords)
    if (w == f) return true;
  return false;
}

struct Hit {
  uint32_t first, last;  // word indices
  uint32_t clause;
  int32_t group;
  size_t start, end;
};

// Lowercase words -> lemma ids, open addressing over FNV-1a hashes: looked up with the
// bytes and hash find() already has, without making a string per word.
class WordIds {
 public:
  static uint64_t hash(uint64_t h, char c) { return fnv_step(h, static_cast<unsigned char>(c)); }
  static constexpr uint64_t kSeed = kFnvOffset;
  size_t size() const { return words_.size(); }
  void clear() {
    words_.clear();
    slots_.assign(slots_.size(), 0);
  }
  // The id of WORD (hash H), or nullptr.
  const int* find(std::string_view word, uint64_t h) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      uint64_t slot = slots_[i];
      if (!slot) return nullptr;
      if ((slot ^ h) >> 32) continue;  // another word: told by the slot, without a read of its entry
      const Entry& e = words_[static_cast<uint32_t>(slot) - 1];
      if (e.hash == h && e.word == word) return &e.id;
    }
  }
  void insert(std::string_view word, uint64_t h, int id) {
    if ((words_.size() + 1) * 2 > slots_.size()) grow();
    words_.push_back(Entry{std::string(word), h, id});
    place(static_cast<uint32_t>(words_.size()));
  }

 private:
  struct Entry {
    std::string word;
    uint64_t hash;
    int id;
  };
  void place(uint32_t at) {
    uint64_t h = words_[at - 1].hash;
    size_t i = h & (slots_.size() - 1);
    while (slots_[i]) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = (h & ~uint64_t{0xffffffff}) | at;
  }
  void grow() {
    slots_.assign(std::max<size_t>(64, slots_.size() * 2), 0);
    for (uint32_t at = 1; at <= words_.size(); ++at) place(at);
  }
  std::vector<Entry> words_;
  // The hash's high 32 bits, then 1 + index into words_ in the low 32; 0 for empty. A probe
  // that meets another word's slot moves on without reading words_ (a cache miss each).
  std::vector<uint64_t> slots_;
};

// What find() reuses from one call to the next on a thread: its buffers, the stemmer, and
// the lemma id of every word it has looked up for one matcher: the words written in its
// frames, then each word it has stemmed (a news text repeats its words, and stemming is
// most of the cost of a word). Bounded: cleared past kMaxCached.
struct Scratch {
  std::vector<Word> words;
  std::vector<std::vector<Hit>> hits;  // by frame
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

Frame parse_frame(std::string_view topic, std::string_view expression, bool denied, Lemmatizer& lemmas) {
  Frame f;
  f.topic = std::string(topic);
  f.denied = denied;
  size_t i = 0;
  while (i < expression.size()) {
    char c = expression[i];
    if (c == ' ' || c == '\t') {
      ++i;
    } else if (c == '{' || c == '[' || (c == '!' && i + 1 < expression.size() && expression[i + 1] == '{')) {
      bool exclude = c == '!';
      size_t open = i + (exclude ? 1 : 0);
      char closer = expression[open] == '[' ? ']' : '}';
      size_t close = expression.find(closer, open);
      if (close == std::string_view::npos) throw Error(std::string("topic frame: '") + expression[open] + "' without '" + closer + "'");
      auto group = parse_group(expression.substr(open + 1, close - open - 1), lemmas, f.written);
      if (exclude) {
        f.exclusions.insert(f.exclusions.end(), group.begin(), group.end());
      } else {
        if (closer == ']') {
          if (f.mention_group >= 0) throw Error("topic frame: more than one [mention] group");
          f.mention_group = static_cast<int>(f.groups.size());
        }
        f.groups.push_back(std::move(group));
      }
      i = close + 1;
    } else if (c == '~') {
      size_t b = ++i, n = 0;
      while (i < expression.size() && expression[i] >= '0' && expression[i] <= '9') n = n * 10 + static_cast<size_t>(expression[i++] - '0');
      if (i == b || n == 0 || n > 64) throw Error("topic frame: a window is ~N words, N from 1 to 64");
      f.window = n;
    } else {
      throw Error("topic frame: expected {words}, !{words} or ~N at '" + std::string(expression.substr(i)) + "'");
    }
  }
  if (f.groups.empty()) throw Error("topic frame: no {group} of words");
  if (f.groups.size() > 16) throw Error("topic frame: more than 16 groups");
  return f;
}

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
  std::vector<Word>& words = sc.words;
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
    words.push_back(Word{b, i, index++, clause, id});
  }
  if (!any) return out;

  std::vector<std::vector<Hit>>& hits = sc.hits;
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
      hits[u.frame].push_back(Hit{words[w].index, words[last].index, words[w].clause, u.group, words[w].start, words[last].end});
    }
  }
  std::sort(touched.begin(), touched.end());
  for (uint32_t f : touched) {
    const Frame& fr = frames_[f];
    const std::vector<Hit>& hs = hits[f];
    uint32_t all = (1u << fr.groups.size()) - 1, seen = 0;
    for (const Hit& h : hs)
      if (h.group >= 0) seen |= 1u << h.group;
    if (seen != all) continue;
    const uint32_t window = static_cast<uint32_t>(fr.window);
    // The words of a match from hit I on: its last word, end byte and mention hit; false
    // when some group has no word in I's clause and window.
    struct Span {
      uint32_t last;
      size_t end;
      const Hit* named;
    };
    auto match_from = [&](size_t i, Span& sp) {
      const Hit& s = hs[i];
      if (s.group < 0) return false;
      uint32_t got = 0;
      sp = Span{s.last, s.end, nullptr};
      for (size_t j = i; j < hs.size() && hs[j].first < s.first + window && got != all; ++j) {
        const Hit& h = hs[j];
        if (h.group < 0 || h.clause != s.clause || h.last >= s.first + window || (got >> h.group & 1u)) continue;
        got |= 1u << h.group;
        if (h.group == fr.mention_group) sp.named = &h;
        if (h.last > sp.last) {
          sp.last = h.last;
          sp.end = h.end;
        }
      }
      return got == all;
    };
    for (size_t i = 0; i < hs.size(); ++i) {
      Span sp;
      if (!match_from(i, sp)) continue;
      // A later start inside the match that ends no later gives a tighter match: "NATO
      // expansion, the withdrawal of NATO units" is a withdrawal from "withdrawal" on.
      for (size_t j = i + 1; j < hs.size() && hs[j].first <= sp.last; ++j) {
        Span tighter;
        if (match_from(j, tighter) && tighter.last <= sp.last) {
          i = j;
          sp = tighter;
        }
      }
      const Hit& s = hs[i];
      bool excluded = false;
      for (size_t j = i + 1; j-- > 0 && hs[j].first + window >= s.first && !excluded;)
        excluded = hs[j].group < 0 && hs[j].clause == s.clause;
      for (size_t j = i + 1; j < hs.size() && hs[j].first <= sp.last + window && !excluded; ++j)
        excluded = hs[j].group < 0 && hs[j].clause == s.clause;
      if (!excluded) {
        // The mention: the [mention] group's words, else the head's (the first group's
        // first word in the match) with the matched words joined to it by function words
        // only, so that a verb between the words ("NATO halt its eastward expansion") stays
        // outside, where it is a stance cue.
        const Hit* head = sp.named;
        for (size_t j = i; !head && j < hs.size() && hs[j].first <= sp.last; ++j)
          if (hs[j].group == 0 && hs[j].clause == s.clause) head = &hs[j];
        if (!head) head = &s;  // not reached: every group, the first too, is in the match
        uint32_t first = head->first, last = head->last;
        size_t from = head->start, to = head->end;
        auto joined = [&](uint32_t a, uint32_t b) {  // words strictly between a and b are function words
          for (uint32_t k = a + 1; k < b; ++k)
            if (words[k].id >= 0 || !is_function_word(text.substr(words[k].start, words[k].end - words[k].start))) return false;
          return true;
        };
        for (size_t j = i; !sp.named && j < hs.size() && hs[j].first <= sp.last; ++j) {
          const Hit& h = hs[j];
          if (h.group < 0 || h.clause != s.clause) continue;
          if (h.last < first && joined(h.last, first)) {
            first = h.first;
            from = h.start;
          }
        }
        for (size_t j = i; !sp.named && j < hs.size() && hs[j].first <= std::max(sp.last, last + 4); ++j) {
          const Hit& h = hs[j];
          if (h.group < 0 || h.clause != s.clause || h.first <= last) continue;
          if (!joined(last, h.first)) break;
          last = h.last;
          to = h.end;
        }
        out.push_back(TopicMatch{fr.topic, from, to, fr.denied});
        sp.last = std::max(sp.last, last);
      }
      while (i + 1 < hs.size() && hs[i + 1].first <= sp.last) ++i;
    }
  }
  return out;
}

}  // namespace dossier::positions_detail
