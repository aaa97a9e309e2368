#include "dossier/entities.h"

#include <algorithm>
#include <map>
#include <set>

#include "dossier/utf8.h"
#include "entities_text.h"

namespace dossier {

using nlohmann::json;
using namespace entities_detail;

namespace {

// One mention found in the text, before mentions are grouped into entities.
struct Candidate {
  size_t first = 0, last = 0;  // token range [first, last)
  int64_t entry = -1;          // gazetteer entry, or -1 for a name found by the rules
  std::string type;
  bool titled = false;         // right after a title or role ("Foreign Minister X")
  bool weak = false;           // a lone unknown word opening a sentence: kept only if it resolves
  std::string key;             // grouping key, set by Finder::group
};

bool is_open_quote(std::string_view t) {
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x98" || t == "'" || t == "(" || t == ":" ||
         t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == "\xC2\xAB" || t == "[" || t == "-";
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

class Finder {
 public:
  Finder(const Document& doc, const Gazetteer& gaz)
      : doc_(doc), gaz_(gaz), ix_(gaz.index()), lex_(Lexicon::get()), text_(doc.text), toks_(tokenize(doc.text)) {}

  std::vector<Entity> run() {
    if (toks_.empty()) return {};
    mark_context();
    scan();
    return build();
  }

 private:
  const Document& doc_;
  const Gazetteer& gaz_;
  const Gazetteer::Index& ix_;
  const Lexicon& lex_;
  std::string_view text_;
  std::vector<Token> toks_;
  std::vector<char> initial_, headline_, skip_;
  std::vector<Candidate> cands_;
  std::map<std::string, size_t> acronym_of_;  // acronym defined in the text -> candidate
  std::set<std::string> terms_;               // acronyms of terms, not names ("MRO")

  std::string_view tok(size_t i) const { return text_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin); }
  std::string surface(size_t a, size_t b) const {
    return std::string(text_.substr(toks_[a].begin, toks_[b - 1].end - toks_[a].begin));
  }
  bool newline_before(size_t i) const {
    size_t from = i == 0 ? 0 : toks_[i - 1].end;
    return text_.substr(from, toks_[i].begin - from).find('\n') != std::string_view::npos || i == 0;
  }

  // Sentence starts (from the document's sentences, paragraph starts, opening quotes and
  // colons), headline paragraphs (most long words capitalized, no full stop) and photo
  // credit lines ("Sergey Guneev / Imago") that are not article text.
  void mark_context() {
    const size_t n = toks_.size();
    initial_.assign(n, 0);
    headline_.assign(n, 0);
    skip_.assign(n, 0);
    std::vector<size_t> starts;
    if (!doc_.sentences.empty()) {
      utf8::OffsetMap map(text_);
      for (const auto& s : doc_.sentences) starts.push_back(map.to_byte(static_cast<size_t>(s.start)));
    }
    size_t si = 0;
    bool pending = true;
    for (size_t i = 0; i < n; ++i) {
      while (si < starts.size() && starts[si] <= toks_[i].begin) {
        pending = true;
        ++si;
      }
      if (newline_before(i)) pending = true;
      if (!toks_[i].word) {
        std::string_view t = tok(i);
        if (is_open_quote(t) || (starts.empty() && (t == "." || t == "!" || t == "?"))) pending = true;
        continue;
      }
      if (pending) initial_[i] = 1;
      pending = false;
    }
    for (size_t a = 0; a < n;) {
      size_t b = a + 1;
      while (b < n && !newline_before(b)) ++b;
      int long_words = 0, caps = 0, words = 0, lower = 0;
      bool slash = false;
      for (size_t i = a; i < b; ++i) {
        if (tok(i) == "/") slash = true;
        if (!toks_[i].word) continue;
        ++words;
        if (!toks_[i].cap && !toks_[i].digit) ++lower;
        if (tok(i).size() <= 3 || toks_[i].digit) continue;
        ++long_words;
        if (toks_[i].cap) ++caps;
      }
      bool full_stop = b > a && (tok(b - 1) == "." || tok(b - 1) == "?" || tok(b - 1) == "!");
      bool headline = (!full_stop || words <= 40) && long_words >= 3 && caps * 10 > long_words * 6;
      bool credit = slash && lower == 0 && words <= 8;
      for (size_t i = a; i < b; ++i) {
        headline_[i] = headline;
        skip_[i] = credit;
      }
      a = b;
    }
  }

  // Longest gazetteer alias starting at token I; returns the end token (0 when none).
  // The first word must be capitalized (or a number); an acronym in the alias must be
  // written in capitals; the other words may differ in case ("European security treaty").
  size_t match(size_t i, int64_t& entry) const {
    const Token& t0 = toks_[i];
    if (!t0.word || !(t0.cap || t0.digit)) return 0;
    uint32_t node = 0;
    size_t best = 0;
    for (size_t j = i; j < toks_.size(); ++j) {
      if (j > i && newline_before(j)) break;
      node = ix_.child(node, toks_[j].hash);
      if (node == 0) break;
      for (uint32_t id : ix_.terminals[node]) {
        const auto& alias = ix_.aliases[id];
        bool ok = true;
        for (size_t k = 0; k < alias.tokens.size() && ok; ++k) {
          std::string_view want = alias.tokens[k], got = tok(i + k);
          if (toks_[i + k].all_caps && want.size() <= 5 && is_all_caps(want)) continue;
          if (is_all_caps(want) && want != got && !toks_[i + k].all_caps) ok = false;
          if (k == 0 && starts_upper(want) && !toks_[i].cap) ok = false;
        }
        // "US$ 40 billion": a currency, not the country.
        if (ok && toks_[j].end < text_.size() && text_[toks_[j].end] == '$') ok = false;
        if (ok) {
          best = j + 1;
          entry = alias.entry;
          break;
        }
      }
    }
    return best;
  }

  // A capitalized word that can be part of a name here.
  bool name_like(size_t i) const {
    const Token& t = toks_[i];
    if (!t.word || skip_[i] || !(t.cap || t.all_caps)) return false;
    std::string_view w = tok(i);
    if (lex_.not_names.count(std::string(w))) return false;
    // "The Europeans", "Russians": nationality nouns are not entities.
    if (w.size() > 1 && w.back() == 's' && lex_.demonyms.count(std::string(w.substr(0, w.size() - 1)))) return false;
    if (t.all_caps) return !(w.size() >= 4 && lex_.common_word(w));
    if ((initial_[i] || headline_[i]) && lex_.common_word(w)) return false;
    return true;
  }

  bool connector(size_t i) const { return toks_[i].word && !toks_[i].cap && lex_.connectors.count(std::string(tok(i))); }

  // Longest title at token I ("Deputy Prime Minister"); returns its length in tokens.
  size_t title_at(size_t i) const {
    size_t best = 0;
    for (const auto& title : lex_.titles) {
      if (title.size() <= best || i + title.size() > toks_.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < title.size() && ok; ++k) ok = tok(i + k) == title[k];
      if (ok) best = title.size();
    }
    return best;
  }

  // A title or role word right before token I ("spokesman Igor Lyakin-Frolov", "Lavrov's
  // deputy Sergei Ryabkov").
  bool titled_before(size_t i) const {
    for (size_t len = 1; len <= 4 && len <= i; ++len)
      if (title_at(i - len) == len) return true;
    return false;
  }

  void scan() {
    const size_t n = toks_.size();
    size_t i = 0;
    while (i < n) {
      if (skip_[i] || !toks_[i].word) {
        ++i;
        continue;
      }
      // A run: gazetteer names, capitalized words and the connectors between them.
      struct Piece {
        size_t a, b;
        int64_t entry;
      };
      std::vector<Piece> pieces;
      size_t j = i;
      while (j < n && !skip_[j]) {
        if (j > i && newline_before(j)) break;
        int64_t entry = -1;
        if (size_t end = match(j, entry)) {
          pieces.push_back({j, end, entry});
          j = end;
          continue;
        }
        if (name_like(j)) {
          pieces.push_back({j, j + 1, -1});
          ++j;
          continue;
        }
        int64_t e2 = -1;
        if (!pieces.empty() && connector(j) && j + 1 < n && (name_like(j + 1) || match(j + 1, e2))) {
          pieces.push_back({j, j + 1, -2});
          ++j;
          continue;
        }
        break;
      }
      if (pieces.empty()) {
        ++i;
        continue;
      }
      size_t before = cands_.size();
      run(pieces.front().a, pieces.back().b, [&] {
        std::vector<std::pair<size_t, int64_t>> v;  // token -> entry of a gazetteer piece
        for (const auto& p : pieces) v.emplace_back(p.a, p.entry);
        return v;
      }(), [&] {
        std::map<size_t, size_t> ends;
        for (const auto& p : pieces) ends[p.a] = p.b;
        return ends;
      }());
      note_acronym(j, before);
      i = j;
    }
  }

  // "... in Europe (OSCE)": the acronym names the entity just before it; after a phrase that
  // is not a name ("Maintenance, Repair and Overhaul (MRO)") it is a term.
  void note_acronym(size_t j, size_t before) {
    if (j + 2 >= toks_.size() || tok(j) != "(" || !toks_[j + 1].all_caps || tok(j + 2) != ")") return;
    std::string acr(tok(j + 1));
    if (cands_.size() > before && cands_.back().last == j) {
      acronym_of_.emplace(acr, cands_.size() - 1);
    } else {
      int64_t e = -1;
      if (!match(j + 1, e)) terms_.insert(acr);
    }
  }

  void add(size_t a, size_t b, int64_t entry, std::string type, bool titled = false) {
    Candidate c;
    c.first = a;
    c.last = b;
    c.entry = entry;
    c.type = entry >= 0 ? gaz_.entries()[static_cast<size_t>(entry)].type : std::move(type);
    c.titled = titled;
    cands_.push_back(std::move(c));
  }

  const std::string* head_type(size_t i) const {
    auto it = lex_.heads.find(std::string(tok(i)));
    return it == lex_.heads.end() ? nullptr : &it->second;
  }

  void run(size_t a, size_t b, const std::vector<std::pair<size_t, int64_t>>& starts, const std::map<size_t, size_t>& ends) {
    auto entry_at = [&](size_t i) -> int64_t {
      for (const auto& s : starts)
        if (s.first == i) return s.second;
      return -1;
    };
    while (b > a && connector(b - 1)) --b;
    // A run ending in a head word is one name from its start ("Georgian Foreign Ministry",
    // "Moscow State University", "United States Air Force"), titles aside.
    if (b - a >= 2 && entry_at(b - 1) == -1 && ends.count(b - 1) && head_type(b - 1)) {
      size_t s = a;
      while (s < b) {
        size_t t = title_at(s);
        if (t == 0 || s + t >= b) break;
        s += t;
      }
      if (b - s >= 2) {
        std::vector<std::string> words;
        for (size_t k = s; k < b; ++k) words.emplace_back(tok(k));
        auto loose = ix_.loose.find(loose_key(words));
        if (loose != ix_.loose.end() && loose->second >= 0) {
          add(s, b, loose->second, "");
          return;
        }
        bool all_common = true;
        for (size_t k = s; k < b && all_common; ++k)
          all_common = (initial_[k] || headline_[k]) && lex_.common_word(tok(k)) && !head_type(k);
        add(s, b, -1, *head_type(b - 1));
        return;
      }
    }
    bool titled = titled_before(a);
    size_t seg = a;  // start of the current free segment
    size_t i = a;
    auto close = [&](size_t end) {
      if (end > seg) segment(seg, end, titled);
    };
    while (i < b) {
      int64_t entry = entry_at(i);
      auto e = ends.find(i);
      if (entry >= 0 && e != ends.end()) {
        close(i);
        // "trans-Atlantic", "pan-European": a region after a prefix is an adjective.
        if (e->second == i + 1 && i >= 2 && tok(i - 1) == "-" && toks_[i - 2].end == toks_[i - 1].begin &&
            !toks_[i - 2].cap && gaz_.entries()[static_cast<size_t>(entry)].type == "LOC") {
          i = e->second;
          seg = i;
          continue;
        }
        add(i, e->second, entry, "", titled);
        i = e->second;
        seg = i;
        titled = false;
        continue;
      }
      if (size_t t = title_at(i)) {
        close(i);
        i += t;
        seg = i;
        titled = true;
        continue;
      }
      if (i == seg && lex_.demonyms.count(std::string(tok(i)))) {
        seg = ++i;
        continue;
      }
      ++i;
    }
    close(b);
  }

  // A free stretch of capitalized words with no gazetteer name in it.
  void segment(size_t a, size_t b, bool titled) {
    while (a < b && (connector(a) || lex_.not_names.count(std::string(tok(a))))) ++a;
    while (b > a && (connector(b - 1) || lex_.not_names.count(std::string(tok(b - 1))))) --b;
    if (a >= b) return;
    if (lex_.demonyms.count(std::string(tok(b - 1)))) return;  // "East Central European"
    std::vector<std::string> words;
    for (size_t k = a; k < b; ++k) words.emplace_back(tok(k));
    if (a > 0 && lex_.demonyms.count(std::string(tok(a - 1))) && toks_[a - 1].end + 1 >= toks_[a].begin) {
      // "German Council of Foreign Relations": a demonym opening a known name.
      std::vector<std::string> with = words;
      with.insert(with.begin(), std::string(tok(a - 1)));
      auto loose = ix_.loose.find(loose_key(with));
      if (loose != ix_.loose.end() && loose->second >= 0) {
        add(a - 1, b, loose->second, "", titled);
        return;
      }
    }
    if (b - a >= 2) {
      auto loose = ix_.loose.find(loose_key(words));
      if (loose != ix_.loose.end() && loose->second >= 0) {
        add(a, b, loose->second, "", titled);
        return;
      }
    }
    if (titled && b - a <= 4 && !toks_[a].all_caps) {
      add(a, b, -1, "PERSON", true);
      return;
    }
    // "Ministry of Defence", "University of Texas": the head before "of".
    for (size_t k = a + 1; k + 1 < b; ++k)
      if (connector(k) && head_type(k - 1)) {
        add(a, b, -1, *head_type(k - 1));
        return;
      }
    if (b - a >= 2 && lex_.given_names.count(words[0]) + ix_.given_names.count(words[0]) > 0) {
      add(a, b, -1, "PERSON");
      return;
    }
    if (b - a == 1) {
      if (head_type(a) && !toks_[a].all_caps) return;  // "Council" alone
      if (toks_[a].all_caps && terms_.count(words[0])) return;
      std::string type = "ORG";
      if (a > 0) {
        auto cue = lex_.cues.find(fold(tok(a - 1)));
        if (cue != lex_.cues.end() && cue->second == "place-before") type = "GPE";
      }
      add(a, b, -1, type);
      cands_.back().weak = initial_[a] && !toks_[a].all_caps && !lex_.proper_words.count(words[0]);
      return;
    }
    bool all_common = true;
    for (const auto& w : words) all_common = all_common && lex_.common_word(w);
    if (all_common) return;
    // "X, an expert with ...": a role after the name; "X said": a verb of saying.
    std::string type = "ORG";
    size_t k = b;
    if (k < toks_.size() && tok(k) == ",") {
      for (size_t m = k + 1; m < std::min(toks_.size(), k + 5); ++m)
        if (title_at(m) && !toks_[m].cap) {
          type = "PERSON";
          break;
        }
    }
    if (k < toks_.size()) {
      auto cue = lex_.cues.find(fold(tok(k)));
      if (cue != lex_.cues.end() && cue->second == "person-after" && b - a <= 3 && !lex_.common_word(words[0]))
        type = "PERSON";
    }
    add(a, b, -1, type);
  }

  // An acronym abbreviates a name when it spells the initials of the whole name or of two or
  // more of its consecutive words ("MC" for "OSCE Ministerial Council Meeting").
  static bool abbreviates(const std::string& acr, const std::string& init) {
    return acr.size() >= 2 && init.size() >= 2 && init.find(acr) != std::string::npos;
  }

  std::string initials(const Candidate& c) const {
    std::string out;
    for (size_t k = c.first; k < c.last; ++k) {
      std::string_view w = tok(k);
      if (connector(k) || !toks_[k].word) continue;
      if (toks_[k].all_caps) {
        out += std::string(w);
        continue;
      }
      if (toks_[k].cap) out += w[0];
    }
    return out;
  }

  // Groups mentions into entities: gazetteer entries by entry, people by loose key, short
  // forms to full names, acronyms to their expansions, near-miss spellings together.
  void group() {
    std::map<std::string, std::string> person_last;  // folded last word -> key of a full name
    std::vector<std::string> person_keys;
    auto words_of = [&](const Candidate& c) {
      std::vector<std::string> w;
      for (size_t k = c.first; k < c.last; ++k) w.emplace_back(tok(k));
      return w;
    };
    for (auto& c : cands_) {
      if (c.entry >= 0) {
        c.key = "g" + std::to_string(c.entry);
      } else if (c.type == "PERSON" && c.last - c.first >= 2) {
        std::string lk = loose_key(words_of(c));
        // Near-miss spellings: same first name, last names one or two edits apart.
        for (const auto& other : person_keys) {
          if (other == "p" + lk) continue;
          (void)other;
        }
        c.key = "p" + lk;
      }
      if (!c.key.empty() && c.type == "PERSON" && c.last - c.first >= 2) {
        std::string last = fold(tok(c.last - 1));
        person_last.emplace(last, c.key);
        if (std::find(person_keys.begin(), person_keys.end(), c.key) == person_keys.end()) person_keys.push_back(c.key);
      }
    }
    // Near-miss spellings of one person ("Dora Bakoyanni" / "Dora Bakoyannis").
    std::map<std::string, std::string> alias_key;
    for (auto& c : cands_) {
      if (c.key.empty() || c.key[0] != 'p') continue;
      for (const auto& d : cands_) {
        if (d.key.empty() || d.key == c.key || d.type != "PERSON" || d.last - d.first != c.last - c.first) continue;
        if (fold(tok(d.first)) != fold(tok(c.first))) continue;
        std::string x = fold(tok(c.last - 1)), y = fold(tok(d.last - 1));
        if (x.size() >= 5 && y.size() >= 5 && edit_distance(x, y) <= 2 && (d.key[0] == 'g' || d.key < c.key)) {
          c.key = d.key;
          break;
        }
      }
    }
    for (size_t idx = 0; idx < cands_.size(); ++idx) {
      auto& c = cands_[idx];
      if (!c.key.empty()) continue;
      std::string w(tok(c.first));
      if (c.last - c.first == 1) {
        if (toks_[c.first].all_caps) {
          auto def = acronym_of_.find(w);
          if (def != acronym_of_.end() && def->second != idx) {
            c.key = key_of(def->second);
            c.type = cands_[def->second].type;
            continue;
          }
          bool found = false;
          for (size_t o = 0; o < cands_.size() && !found; ++o)
            if (o != idx && cands_[o].last - cands_[o].first >= 2 && cands_[o].type != "PERSON" &&
                abbreviates(w, initials(cands_[o]))) {
              c.key = key_of(o);
              c.type = cands_[o].type;
              found = true;
            }
          if (found) continue;
        }
        auto p = person_last.find(fold(w));
        if (p != person_last.end()) {
          c.key = p->second;
          c.type = "PERSON";
          continue;
        }
        auto s = ix_.surnames.find(w);
        if (s != ix_.surnames.end() && s->second >= 0) {
          c.entry = s->second;
          c.key = "g" + std::to_string(s->second);
          c.type = "PERSON";
          continue;
        }
      }
      if (c.weak) {
        c.key = "-";
        continue;
      }
      if (c.type == "PERSON" && c.last - c.first == 1) {
        c.key = "p" + fold(w);
        continue;
      }
      std::string f = fold(surface(c.first, c.last));
      c.key = "o" + f;
    }
  }

  std::string key_of(size_t idx) {
    auto& c = cands_[idx];
    if (c.key.empty()) c.key = c.entry >= 0 ? "g" + std::to_string(c.entry) : "o" + fold(surface(c.first, c.last));
    return c.key;
  }

  std::vector<Entity> build() {
    group();
    utf8::OffsetMap map(text_);
    std::vector<std::string> order;
    std::map<std::string, Entity> by_key;
    std::map<std::string, std::pair<size_t, size_t>> best;  // key -> (token count, first cand)
    for (size_t idx = 0; idx < cands_.size(); ++idx) {
      auto& c = cands_[idx];
      if (c.key == "-") continue;
      if (c.entry < 0 && c.key[0] == 'g') c.entry = std::stoll(c.key.substr(1));
      auto [it, fresh] = by_key.emplace(c.key, Entity{});
      Entity& e = it->second;
      if (fresh) {
        order.push_back(c.key);
        e.type = c.type;
        if (c.entry >= 0) {
          const auto& g = gaz_.entries()[static_cast<size_t>(c.entry)];
          e.name = g.name;
          e.type = g.type;
          e.kb = g.kb;
        }
      }
      std::string s = surface(c.first, c.last);
      if (std::find(e.aliases.begin(), e.aliases.end(), s) == e.aliases.end()) e.aliases.push_back(s);
      Span span{static_cast<int64_t>(map.to_cp(toks_[c.first].begin)), static_cast<int64_t>(map.to_cp(toks_[c.last - 1].end))};
      e.mentions.push_back(span);
      if (c.entry < 0 && c.key[0] != 'g') {
        auto& b = best[c.key];
        size_t len = c.last - c.first;
        if (len > b.first) {
          b = {len, idx};
          e.name = s;
          e.type = c.type;
        }
      }
    }
    std::vector<Entity> out;
    std::vector<std::pair<Span, std::string>> firsts;
    for (const auto& k : order) {
      Entity& e = by_key[k];
      std::sort(e.mentions.begin(), e.mentions.end());
      e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
      std::sort(e.aliases.begin(), e.aliases.end());
      firsts.emplace_back(e.mentions.front(), k);
    }
    std::sort(firsts.begin(), firsts.end());
    for (const auto& f : firsts) {
      Entity e = std::move(by_key[f.second]);
      e.id = "e" + std::to_string(out.size() + 1);
      out.push_back(std::move(e));
    }
    return out;
  }
};

}  // namespace

std::vector<Entity> find_entities(const Document& doc, const Gazetteer& gazetteer) {
  return Finder(doc, gazetteer).run();
}

std::string actor_of(const Entity& entity, const Gazetteer& gazetteer) {
  if (const auto* e = gazetteer.find(entity.name); e && e->stands_for) return *e->stands_for;
  return entity.name;
}

namespace {
// Whether DATE (YYYY-MM-DD) falls in [from, to] where either bound may be a prefix
// ("2008-05", "2008") or empty (open).
bool within(std::string_view date, const std::string& from, const std::string& to) {
  if (!from.empty() && date.substr(0, from.size()) < from) return false;
  if (!to.empty() && date.substr(0, to.size()) > to) return false;
  return true;
}
}  // namespace

std::vector<Office> offices_on(std::string_view name, std::string_view date, const Gazetteer& gazetteer) {
  std::vector<Office> out;
  const auto* e = gazetteer.find(name);
  if (!e) return out;
  for (const auto& o : e->offices)
    if (date.empty() || within(date, o.from, o.to)) out.push_back(o);
  return out;
}

std::vector<Mention> mentions_of(const Document& doc) {
  std::vector<Mention> out;
  if (!doc.entities) return out;
  for (const auto& e : *doc.entities)
    for (const auto& m : e.mentions) out.push_back({doc.id, e.id, e.name, e.type, m, span_text(doc.text, m)});
  std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.span < b.span; });
  return out;
}

void to_json(json& j, const Mention& m) {
  j = json{{"doc", m.doc}, {"entity", m.entity}, {"name", m.name}, {"type", m.type}, {"span", m.span}, {"text", m.text}};
}

}  // namespace dossier
