// Finder: mentions grouped into entities, with their canonical names and aliases.
#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "finder_group.h"
#include "finder_joins.h"

namespace dossier::entities_detail {

size_t Grouping::expansion(std::string_view w) {
  if (!expansions_) {
    // Every acronym asked is one of the document's, so no longer than LONGEST.
    size_t longest = 0;
    for (const auto& c : cands_)
      if (c.last - c.first == 1 && toks_[c.first].all_caps) longest = std::max(longest, size_t{toks_[c.first].end - toks_[c.first].begin});
    std::vector<std::string> initials(cands_.size());
    for (size_t o = 0; o < cands_.size(); ++o)
      if (cands_[o].last - cands_[o].first >= 2 && cands_[o].type != kPerson) initials[o] = initials_of(o);
    expansions_.emplace(initials, longest);
  }
  return expansions_->find(w);
}

std::string Grouping::initials(const Candidate& c) const {
  std::string out;
  for (size_t k = c.first; k < c.last; ++k) {
    std::string_view w = tok(k);
    if (connector(k) || !toks_[k].word) continue;
    if (toks_[k].all_caps) {
      out += w;
      continue;
    }
    if (toks_[k].cap) out += w[0];
  }
  return out;
}

bool Grouping::country_at(size_t n) const {
  const Candidate& e = cands_[n];
  return e.entry >= 0 && lex_.demonym_places.count(gaz_.entries()[static_cast<size_t>(e.entry)].name);
}

std::optional<size_t> Grouping::next_listed(size_t n) const {
  size_t k = cands_[n].last;
  const size_t after = k;
  if (k < toks_.size() && is(k, ',')) ++k;
  if (k < toks_.size() && (tok(k) == "and" || tok(k) == "or")) ++k;
  if (k == after || k >= toks_.size() || !toks_[k].cap || toks_[k].nl) return std::nullopt;
  return k;
}

bool Grouping::qualified(size_t n) const {
  const Candidate& e = cands_[n + 1];
  return e.first == cands_[n].last + 1 && is(cands_[n].last, ',') && e.entry >= 0 &&
         gaz_.entries()[static_cast<size_t>(e.entry)].type == kGpe;
}

bool Grouping::pairs_to_end(size_t n) const {
  for (; n + 1 < cands_.size() && qualified(n); n += 2) {
    const std::optional<size_t> k = next_listed(n + 1);
    if (!k) return true;
    if (n + 2 >= cands_.size() || cands_[n + 2].first != *k) return false;
  }
  return false;
}

bool Grouping::list_goes_on(size_t n) const {
  const std::optional<size_t> k = next_listed(n);
  if (!k) return false;
  return !(n + 1 < cands_.size() && cands_[n + 1].first == *k && (country_at(n + 1) || pairs_to_end(n + 1)));
}

void Grouping::qualify_places() {
  for (size_t k = 0; k + 1 < cands_.size(); ++k) {
    auto& c = cands_[k];
    const auto& d = cands_[k + 1];
    if (d.entry < 0 || d.first != c.last + 1 || !is(c.last, ',') || c.type == kPerson || c.by_head) continue;
    if (country_at(k)) continue;
    if (gaz_.entries()[static_cast<size_t>(d.entry)].type != kGpe) continue;
    if ((d.last < toks_.size() && toks_[d.last].cap) || (!country_at(k + 1) && list_goes_on(k + 1))) continue;
    c.place_alias = surface(c.first, d.last);
    if (c.entry < 0) {
      c.type = "GPE";
      c.weak = false;
    }
  }
}

void Grouping::group() {
  // Words are compared folded, by token hash (Token::hash is the hash of the folded word).
  HashCounts person_last(16);  // last word -> index in person_keys of the key of a full name
  std::vector<std::string> person_keys;
  HashCounts person_first(16);  // given name -> index in first_keys, or -1 when two names share it
  std::vector<std::string> first_keys;
  auto words_of = [&](const Candidate& c) {
    std::vector<std::string> w;
    for (size_t k = c.first; k < c.last; ++k) w.emplace_back(tok(k));
    return w;
  };
  qualify_places();
  // A name used alone by its last word elsewhere ("Henderson said") is a person's; one
  // used by its first word ("Lockheed") is an organisation's. Not a venue's name that ends
  // in its town ("Yurtec Stadium Sendai" ... "in Sendai"): a facility's head word inside
  // it, or a last word the open place lists know.
  HashCounts lone(16);  // words of one-word names found by the rules
  for (const auto& c : cands_)
    if (c.entry < 0 && c.last - c.first == 1) lone[toks_[c.first].hash] = 1;
  auto venue = [&](const Candidate& c) {
    if (lex_.open_places.count(tok(c.last - 1))) return true;
    for (size_t k = c.first; k + 1 < c.last; ++k)
      if (lex_.facility_heads.count(std::string(tok(k)))) return true;
    return false;
  };
  HashCounts org_first(16);  // first word -> the first organisation's candidate
  for (size_t k = 0; k < cands_.size(); ++k) {
    auto& c = cands_[k];
    if (c.entry >= 0 || c.last - c.first < 2 || c.by_head) continue;
    if (c.type == kOrg && lone.find(toks_[c.last - 1].hash) && !toks_[c.last - 1].all_caps && !lone.find(toks_[c.first].hash) &&
        !venue(c))
      c.type = "PERSON";
    if (c.type != kPerson) org_first.emplace(toks_[c.first].hash, static_cast<int>(k));
  }
  for (size_t k = 0; k < cands_.size(); ++k) {
    const auto& c = cands_[k];
    if (c.entry < 0 && c.last - c.first >= 2 && c.by_head && c.type == kOrg && entry_free(c))
      org_first.emplace(toks_[c.first].hash, static_cast<int>(k));
  }
  for (auto& c : cands_) {
    if (c.entry >= 0) {
      c.key = gazetteer_key(c.entry);
    } else if (c.type == kPerson && c.last - c.first >= 2) {
      c.key = "p" + loose_key(words_of(c));
    }
    if (!c.key.empty() && c.type == kPerson && c.last - c.first >= 2) {
      // The first full name with this last word gives its key (as it was then).
      int& slot = person_last.emplace(toks_[c.last - 1].hash, static_cast<int>(person_keys.size()));
      if (static_cast<size_t>(slot) == person_keys.size()) person_keys.push_back(c.key);
      // A given name alone ("Lena" in a profile of Lena Korvath) is the one full
      // name of the document that opens with it; with two such names (-1), it is neither's.
      // The open given names count here: the name is a person's already; so does the first
      // word of a name the words around it typed a person's ("the composer Merrow Dalt ...
      // Merrow played").
      if (any_given(c.first) || c.cued) {
        int& first = person_first.emplace(toks_[c.first].hash, static_cast<int>(first_keys.size()));
        if (static_cast<size_t>(first) == first_keys.size()) first_keys.push_back(c.key);
        else if (first >= 0 && first_keys[static_cast<size_t>(first)] != c.key) first = -1;
      }
    }
  }
  // Near-miss spellings of one person ("Dora Bakoyanni" / "Dora Bakoyannis").
  std::vector<char> is_person(cands_.size());  // types do not change in this loop
  for (size_t k = 0; k < cands_.size(); ++k) is_person[k] = cands_[k].type == kPerson;
  // People by token count and first word's hash, in candidate order: the only candidates
  // the tests below can pass (every pair used to be tried: quadratic in long documents).
  auto start_key = [&](const Candidate& c) { return combine(toks_[c.first].hash, c.last - c.first); };
  // One candidate per key and last word: the repeated mentions of one name would answer
  // the test below alike, and trying each made a long document of the same names
  // quadratic (tested by finder_test.cc).
  // The forms (the key, a NUL and the eight bytes of the last word's hash, not its decimal
  // digits) written one after another into one buffer sized first, told apart by a flat
  // table of views of it; the first candidate of each form goes in SAME_START with its start
  // key, sorted by it (then by candidate). No string, node or vector is made per person.
  size_t form_bytes = 0, people = 0;
  for (size_t k = 0; k < cands_.size(); ++k)
    if (is_person[k]) {
      form_bytes += cands_[k].key.size() + 1 + sizeof(uint64_t);
      ++people;
    }
  std::string forms;
  forms.reserve(form_bytes);  // never grows past it: the table's views stay valid
  StringTable<char> seen_form;
  seen_form.reserve(people);
  std::vector<std::pair<uint64_t, size_t>> same_start;  // (start key, candidate)
  same_start.reserve(people);
  for (size_t k = 0; k < cands_.size(); ++k) {
    if (!is_person[k]) continue;
    const Candidate& d = cands_[k];
    const size_t at = forms.size();
    forms += d.key;
    forms += '\0';
    const uint64_t last_hash = toks_[d.last - 1].hash;
    forms.append(reinterpret_cast<const char*>(&last_hash), sizeof last_hash);
    if (seen_form.insert(std::string_view(forms).substr(at))) same_start.emplace_back(start_key(d), k);
  }
  std::sort(same_start.begin(), same_start.end());
  for (auto& c : cands_) {
    if (c.key.empty() || c.key[0] != 'p') continue;
    const uint64_t key = start_key(c);
    auto bucket = std::lower_bound(same_start.begin(), same_start.end(), std::make_pair(key, size_t{0}));
    if (bucket == same_start.end() || bucket->first != key) continue;
    for (; bucket != same_start.end() && bucket->first == key; ++bucket) {
      const size_t k = bucket->second;
      const auto& d = cands_[k];
      // Cheap tests first: length, type, then the first word's hash (unequal hashes mean
      // unequal folded words).
      if (d.last - d.first != c.last - c.first || !is_person[k] || toks_[d.first].hash != toks_[c.first].hash) continue;
      if (d.key.empty() || d.key == c.key) continue;
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
        if (w.size() >= 2) {
          if (const size_t exp = expansion(w); exp != SIZE_MAX) {
            c.key = key_of(exp);
            c.type = cands_[exp].type;
            continue;
          }
        }
      }
      const uint64_t h = toks_[c.first].hash;
      if (const int* p = person_last.find(h)) {
        c.key = person_keys[static_cast<size_t>(*p)];
        c.type = "PERSON";
        continue;
      }
      if (const int* p = person_first.find(h); p && *p >= 0 && c.type == kPerson) {
        c.key = first_keys[static_cast<size_t>(*p)];
        continue;
      }
      // "Lockheed" joins "Lockheed Martin"; "the Senate" joins no "Senate Armed Services
      // Committee": a legislature's head word alone joins the name ending in it (FormJoins).
      const int* of = c.by_head && lone_head(c.first) ? nullptr : org_first.find(h);
      if (of && static_cast<size_t>(*of) != idx) {
        c.key = key_of(static_cast<size_t>(*of));
        c.type = cands_[static_cast<size_t>(*of)].type;
        continue;
      }
      auto s = ix_.surnames.find(w);
      if (s != ix_.surnames.end() && s->second >= 0 && !(c.cued && c.type != kPerson)) {
        c.entry = s->second;
        c.key = gazetteer_key(s->second);
        c.type = "PERSON";
        continue;
      }
    }
    if (c.weak) {
      c.key = "-";
      continue;
    }
    if (c.type == kPerson && c.last - c.first == 1) {
      c.key = "p" + fold(w);
      continue;
    }
    std::string f = fold(surface(c.first, c.last));
    c.key = "o" + f;
  }
  FormJoins(*this, cands_).join();
  plural_acronyms();
}

void Grouping::plural_acronyms() {
  // "NGOs", "three OSCEs": an acronym with a plural "s" names the acronym's entity when the
  // document or the gazetteer knows the acronym, and is a common noun otherwise.
  auto stem_of = [&](const Candidate& c) -> std::string_view {
    if (c.last - c.first != 1) return {};
    std::string_view w = tok(c.first);
    if (w.size() < 3 || w.back() != 's') return {};
    for (size_t k = 0; k + 1 < w.size(); ++k)
      if (w[k] < 'A' || w[k] > 'Z') return {};
    return w.substr(0, w.size() - 1);
  };
  std::unordered_map<std::string_view, size_t> singular;  // acronym -> its first candidate
  for (size_t k = 0; k < cands_.size(); ++k) {
    const auto& c = cands_[k];
    if (c.last - c.first == 1 && toks_[c.first].all_caps && !c.left_out()) singular.try_emplace(tok(c.first), k);
  }
  for (auto& c : cands_) {
    std::string_view stem = stem_of(c);
    if (stem.empty()) continue;
    if (auto it = singular.find(stem); it != singular.end()) {
      const auto& d = cands_[it->second];
      c.key = d.key;
      c.type = d.type;
      c.entry = d.entry;
      continue;
    }
    auto known = ix_.loose.find(loose_key({std::string(stem)}));
    if (known != ix_.loose.end() && known->second >= 0) {
      c.entry = known->second;
      c.key = gazetteer_key(known->second);
      c.type = gaz_.entries()[static_cast<size_t>(known->second)].type;
      continue;
    }
    c.key = "-";
  }
}

std::string Grouping::without_brackets(std::string_view s) {
  std::string out;
  for (char ch : s) {
    if (ch == '[' || ch == ']') continue;
    if (ch == ' ' && !out.empty() && out.back() == ' ') continue;
    out += ch;
  }
  return out;
}

std::string Grouping::said_part(std::string_view s) {
  // A mention starts inside the editor's bracket or at it, and the bracket closes before the
  // part said ("George H. W.] Bush") or opens after it ("Jeff [Marlow"): what is left outside.
  size_t close = s.find(']');
  if (close != std::string_view::npos) s.remove_prefix(close + 1);
  size_t open = s.find('[');
  if (open != std::string_view::npos) s = s.substr(0, open);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

std::vector<Entity> Grouping::build() {
  group();
  // A name joined across an editor's bracket needs one in the text: most texts have none,
  // and their names are not searched for one.
  const bool bracketed_text = text_.find('[') != std::string_view::npos;
  // Entities in order of their first candidate, found by key (the keys stay in cands_).
  std::vector<Entity> made;
  std::vector<std::string_view> made_key;
  std::vector<size_t> best;  // per entity: token count of its longest name found by the rules
  // The entity made for each key: one flat table of views of the candidates' keys, not a
  // node allocated per entity.
  StringTable<size_t> by_key;
  by_key.reserve(cands_.size());
  made.reserve(cands_.size());  // at most one entity per candidate: no move of the entities made so far
  made_key.reserve(cands_.size());
  best.reserve(cands_.size());
  for (auto& c : cands_) {
    if (c.left_out()) continue;
    if (c.entry < 0 && c.key[0] == 'g') c.entry = std::stoll(c.key.substr(1));
    const auto* found = by_key.find(c.key);
    const bool fresh = found == nullptr;
    const size_t at = fresh ? made.size() : found->second;
    if (fresh) {
      by_key.insert(c.key, at);
      Entity& e = made.emplace_back();
      e.mentions.reserve(4);  // most entities have a few mentions: one allocation, not three
      e.aliases.reserve(2);   // and one or two forms: one allocation, not two
      made_key.push_back(c.key);
      best.push_back(0);
      e.type = c.type;
      if (c.entry >= 0) {
        const auto& g = gaz_.entries()[static_cast<size_t>(c.entry)];
        e.name = g.name;
        e.type = g.type;
        e.kb = g.kb;
      }
    }
    Entity& e = made[at];
    std::string_view s = surface_view(c.first, c.last);
    std::string unbracketed, said;  // "George H. W.] Bush", a name an editor completed (BracketedNames)
    if (bracketed_text && s.find_first_of("[]") != std::string_view::npos) {
      said = said_part(s);  // "Bush": the name as the speaker said it is one of its forms
      s = unbracketed = without_brackets(s);
    }
    for (std::string_view a : {s, std::string_view(c.place_alias), std::string_view(said)})
      if (!a.empty() && std::find(e.aliases.begin(), e.aliases.end(), a) == e.aliases.end()) e.aliases.emplace_back(a);
    e.mentions.push_back(Span{static_cast<int64_t>(toks_[c.first].cp), static_cast<int64_t>(cp_end(c.last - 1))});
    if (c.entry < 0 && c.key[0] != 'g') {
      size_t len = c.last - c.first;
      if (len > best[at]) {
        best[at] = len;
        e.name = s;
        e.type = c.type;
      }
    }
  }
  // Ids in order of first mention (ties, if any, by key).
  std::vector<size_t> order(made.size());
  for (size_t k = 0; k < made.size(); ++k) {
    Entity& e = made[k];
    std::sort(e.mentions.begin(), e.mentions.end());
    e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
    std::sort(e.aliases.begin(), e.aliases.end());
    order[k] = k;
  }
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Span& a = made[x].mentions.front();
    const Span& b = made[y].mentions.front();
    if (a < b || b < a) return a < b;
    return made_key[x] < made_key[y];
  });
  std::vector<Entity> out;
  out.reserve(made.size());
  for (size_t k : order) {
    Entity& e = out.emplace_back(std::move(made[k]));
    e.id = "e" + std::to_string(out.size());
  }
  return out;
}

}  // namespace dossier::entities_detail
