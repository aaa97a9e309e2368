// Finder: runs of capitalized words and gazetteer names, cut into typed names.
#include <string>

#include "finder.h"

namespace dossier::entities_detail {

void Finder::scan() {
  const size_t n = toks_.size();
  size_t i = 0;
  while (i < n) {
    if (skip_[i] || !toks_[i].word) {
      // "maintenance, repair and overhaul (MRO)": an acronym after no name is a term.
      if (is(i, '(') && i + 2 < n && toks_[i + 1].all_caps && is(i + 2, ')') &&
          (cands_.empty() || cands_.back().last != i)) {
        int64_t e = -1;
        if (!match(i + 1, e)) terms_.insert(std::string(tok(i + 1)));
      }
      ++i;
      continue;
    }
    // A run opens with a capitalized word, a number or an acronym (match(), name_like()
    // and opens_name() all ask for one): most words are passed over here.
    if (!(toks_[i].cap || toks_[i].digit || toks_[i].all_caps || hyphen_article(i))) {
      ++i;
      continue;
    }
    // A run: gazetteer names, capitalized words and the connectors between them.
    std::vector<Piece>& pieces = pieces_;
    pieces.clear();
    size_t j = i;
    while (j < n && !skip_[j]) {
      if (j > i && newline_before(j)) break;
      // "Washington, D.C. The talks": a sentence ends after an abbreviation when a
      // capitalized function word follows (the sentence splitter keeps "D.C." inside).
      if (j > i && ends_abbreviation(j - 1) && toks_[j].cap && lex_.function_hash_set.contains(toks_[j].hash)) break;
      if (hyphen_article(j) && (j == i || !pieces.empty()) && name_like(j + 2)) {
        int64_t known = -1;
        if (size_t end = match_from(j, known); end > j + 2) {  // the gazetteer's "al-Qaeda"
          pieces.push_back({j, end, known});
          j = end;
          continue;
        }
        pieces.push_back({j, j + 2, -2});
        j += 2;
        continue;
      }
      int64_t entry = -1;
      if (size_t end = match(j, entry)) {
        pieces.push_back({j, end, entry});
        j = end;
        continue;
      }
      if (name_like(j) || (j == i && opens_name(j))) {
        pieces.push_back({j, j + 1, -1});
        ++j;
        // "St. Louis", "Mt. Kenya": the abbreviation's full stop stays inside the name.
        if (place_abbreviation(j - 1)) {
          ++j;
          continue;
        }
        // "Jonathan M. Stan": a middle initial and its full stop inside a name.
        if (middle_initial(j)) {
          pieces.push_back({j, j + 2, -1});
          j += 2;
        }
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
    // "Kim Jong-un", "Kim Dae-jung": a lower-case part joined by a hyphen to the last
    // word of a name, and no English word, belongs to the name (the tokenizer splits
    // "War-era" and "NATO-led" from their suffix).
    if (pieces.back().entry == -1 && j + 1 < n && is(j, '-') && toks_[j].begin == toks_[j - 1].end &&
        toks_[j + 1].begin == toks_[j].end && toks_[j + 1].word && !toks_[j + 1].cap && !toks_[j + 1].digit &&
        !lex_.common_word(tok(j + 1)) && !(j + 2 < n && toks_[j + 2].begin == toks_[j + 1].end)) {
      pieces.back().b = j + 2;
      j += 2;
    }
    size_t before = cands_.size();
    run(pieces.front().a, pieces.back().b, pieces);
    note_acronym(j, before);
    i = j;
  }
}

void Finder::note_acronym(size_t j, size_t before) {
  if (j + 2 >= toks_.size() || !is(j, '(') || !toks_[j + 1].all_caps || !is(j + 2, ')')) return;
  std::string acr(tok(j + 1));
  if (cands_.size() > before && cands_.back().last == j) {
    acronym_of_.emplace(acr, cands_.size() - 1);
  } else {
    int64_t e = -1;
    if (!match(j + 1, e)) terms_.insert(acr);
  }
}

void Finder::run(size_t a, size_t b, const std::vector<Piece>& pieces) {
  auto piece_at = [&](size_t i) -> const Piece* {
    for (const auto& p : pieces)
      if (p.a == i) return &p;
    return nullptr;
  };
  auto entry_at = [&](size_t i) -> int64_t {
    const Piece* p = piece_at(i);
    return p ? p->entry : -1;
  };
  while (b > a && connector(b - 1)) --b;
  // "Air France Flight 447": the airline is the name, not the flight.
  if (b - a >= 2 && b < toks_.size() && toks_[b].digit && tok(b - 1) == "Flight") --b;
  // A run ending in a head word is one name from its start ("Georgian Foreign Ministry",
  // "Moscow State University", "United States Air Force"), titles aside.
  const std::string* end_head = b - a >= 2 && entry_at(b - 1) == -1 && piece_at(b - 1) ? head_type(b - 1) : nullptr;
  if (end_head) {
    size_t s = a;
    while (s < b) {
      size_t t = title_at(s);
      if (t == 0 || s + t + 2 > b) break;  // "General Motors" keeps its "General"
      s += t;
    }
    while (s < b && connector(s)) ++s;
    // "Chrysler LLC Jim Press": a head word followed by a given name ends the organisation.
    for (size_t k = s + 1; k + 2 < b; ++k) {
      if (head_type(k) && *head_type(k) == "ORG" && given(k + 1) && !head_type(k + 1)) {
        add(s, k + 1, -1, "ORG");
        cands_.back().by_head = true;
        segment(k + 1, b, true);
        return;
      }
    }
    bool person = b - s == 2 && given(s);  // "Jim Press"
    if (b - s >= 2 && !person) {
      std::vector<std::string> words;
      for (size_t k = s; k < b; ++k) words.emplace_back(tok(k));
      auto loose = ix_.loose.find(loose_key(words));
      if (loose != ix_.loose.end() && loose->second >= 0) {
        add(s, b, loose->second, "");
        return;
      }
      add(s, b, -1, *end_head);
      cands_.back().by_head = true;
      return;
    }
  }
  // Items of the run: gazetteer names, titles, and free words.
  std::vector<Item>& items = items_;
  items.clear();
  for (size_t i = a; i < b;) {
    const Piece* p = piece_at(i);
    int64_t entry = p ? p->entry : -1;
    if (entry == -3) {
      items.push_back({i, p->b, kTitle, -3});  // a financial index: no entity, no title
      i = p->b;
    } else if (entry >= 0) {
      items.push_back({i, p->b, kGaz, entry});
      i = p->b;
    } else if (size_t t = title_at(i)) {
      items.push_back({i, std::min(b, i + t), kTitle, -1});
      i += t;
    } else {
      items.push_back({i, i + 1, kWord, -1});
      ++i;
    }
  }
  // "Ottawa West": a qualifier of place_qualifiers.txt the gazetteer knows ("the West")
  // right next to a place qualifies it.
  for (size_t k = 0; k < items.size(); ++k) {
    Item& q = items[k];
    if (q.kind != kGaz || q.b != q.a + 1 || !lex_.place_qualifiers.count(std::string(tok(q.a)))) continue;
    auto place = [&](size_t m) {
      if (m >= items.size() || items[m].kind != kGaz || &items[m] == &q) return false;
      const std::string& t = gaz_.entries()[static_cast<size_t>(items[m].entry)].type;
      return (t == kGpe || t == kLoc) && !lex_.place_qualifiers.count(std::string(tok(items[m].a)));
    };
    if (place(k + 1) || (k > 0 && place(k - 1))) {
      q.kind = kWord;
      q.entry = -1;
    }
  }
  // A place inside a longer name is part of it: "Air France", "US Treasury", "Ford
  // Australia", "Washington Mutual".
  // "Ambassador to the United States Jane Doe": a place that completes a title is not
  // the start of a longer name; the words after it are the title holder's name.
  const bool chain = title_chain_before(a);
  for (size_t k = chain ? 1 : 0; k < items.size(); ++k) {
    if (items[k].kind != kGaz) continue;
    const std::string& type = gaz_.entries()[static_cast<size_t>(items[k].entry)].type;
    if (type != kGpe && type != kLoc) continue;
    size_t l = k, r = k + 1;
    while (l > 0 && items[l - 1].kind == kWord && !demonym_like(items[l - 1].a)) --l;
    // "Liberal Party of Canada Alan Reid": a given name after the place starts a person.
    while (r < items.size() && items[r].kind == kWord && !given(items[r].a)) ++r;
    while (l < k && (connector(items[l].a) || (initial_[items[l].a] && common(items[l].a)))) ++l;
    // "Ehud Barak of Israel", "Ann Lee of Labour": two names or more joined to a place by
    // "of" with no head word ("Bank of England") among them are someone of that place.
    if (l + 2 < k && items[k - 1].b == items[k - 1].a + 1 && tok(items[k - 1].a) == "of") {
      bool head = false;
      for (size_t m = l; m + 1 < k; ++m) head = head || head_type(items[m].a) || items[m].kind != kWord;
      if (!head) l = k;
    }
    while (r > k + 1 && connector(items[r - 1].a)) --r;
    if (l == k && r == k + 1) continue;
    size_t first_free = l < k ? items[l].a : items[k + 1].a;
    if (given(first_free)) continue;
    if (l == k && demonym_like(items[k + 1].a)) continue;
    Item merged{items[l].a, items[r - 1].b, kWord, -2, merged_type(items, l, k, r)};
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(l), items.begin() + static_cast<std::ptrdiff_t>(r));
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(l), merged);
    k = l;
  }
  bool titled = titled_before(a);
  size_t seg = a;  // start of the current free segment
  auto close = [&](size_t end) {
    if (end > seg) segment(seg, end, titled);
  };
  for (size_t k = 0; k < items.size(); ++k) {
    const Item& it = items[k];
    if (it.entry == -2) {
      close(it.a);
      add(it.a, it.b, -1, it.type);
      cands_.back().by_head = true;
      seg = it.b;
      titled = false;
      continue;
    }
    if (it.kind == kGaz) {
      close(it.a);
      seg = it.b;
      // "trans-Atlantic", "pan-European": a region after a prefix is an adjective.
      if (it.b == it.a + 1 && it.a >= 2 && is(it.a - 1, '-') && toks_[it.a - 2].end == toks_[it.a - 1].begin &&
          !toks_[it.a - 2].cap && gaz_.entries()[static_cast<size_t>(it.entry)].type == kLoc)
        continue;
      add(it.a, it.b, it.entry, "", titled);
      titled = chain && it.a == a;
      continue;
    }
    if (it.kind == kTitle) {
      close(it.a);
      seg = it.b;
      titled = it.entry != -3;
      continue;
    }
    if (it.a == seg && demonym_like(it.a) && !opens_organisation(items, k)) {
      seg = it.b;
      continue;
    }
  }
  close(b);
}

bool Finder::opens_organisation(const std::vector<Item>& items, size_t k) const {
  for (size_t m = k + 1; m < items.size() && m <= k + 3 && items[m].kind == kWord && items[m].entry == -1; ++m) {
    const std::string* head = head_type(items[m].a);
    if (head && *head == kOrg && !toks_[items[m].a].all_caps) return true;
  }
  return false;
}

std::string_view Finder::merged_type(const std::vector<Item>& items, size_t l, size_t k, size_t r) const {
  for (size_t m = l + 1; m < k; ++m)
    if (connector(items[m].a) && tok(items[m].a) == "of")
      if (const std::string* head = head_type(items[m - 1].a)) return *head;
  if (qualifies_place(items[l].a, items[r - 1].b, items[k].a, items[k].b)) return kGpe;
  return kOrg;
}

bool Finder::qualifies_place(size_t a, size_t b, size_t place_a, size_t place_b) const {
  if (a == place_a && b == place_b) return false;
  for (size_t i = a; i < b; ++i) {
    if (i == place_a) {
      i = place_b - 1;
      continue;
    }
    if (is(i, '-') && i > a && i + 1 < b) continue;
    if (!lex_.place_qualifiers.count(std::string(tok(i)))) return false;
  }
  return true;
}

std::string_view Finder::unknown_name_type(size_t a, size_t b) const {
  if (b - a == 1 && toks_[a].all_caps) return kOrg;  // "NV", "IBM": an acronym names an organisation
  std::string s = surface(a, b);
  if (lex_.open_places.count(s) || place_abbreviation(a)) return kGpe;
  auto wordnet = lex_.wordnet_types.find(s);
  if (wordnet != lex_.wordnet_types.end()) return wordnet->second;
  // "Tavoro West", "North Tavoro": an open place and the words that qualify it.
  if (b - a >= 2) {
    size_t pa = a, pb = b;
    while (pa < pb && (lex_.place_qualifiers.count(std::string(tok(pa))) || is(pa, '-'))) ++pa;
    while (pb > pa && (lex_.place_qualifiers.count(std::string(tok(pb - 1))) || is(pb - 1, '-'))) --pb;
    if (pa < pb && (pa > a || pb < b)) {
      std::string place = surface(pa, pb);
      auto w = lex_.wordnet_types.find(place);
      if (lex_.open_places.count(place) || (w != lex_.wordnet_types.end() && w->second != kPerson)) return kGpe;
    }
  }
  std::string first(tok(a));
  if (b - a == 1) return given(a) || lex_.open_given_names.count(first) || lex_.open_surnames.count(s) ? kPerson : kOrg;
  // "Ignatius Hobart": a short name opened by an open given name is a person's.
  if (b - a <= 3 && !toks_[b - 1].all_caps && lex_.open_given_names.count(first)) return kPerson;
  if (b - a <= 3 && !toks_[b - 1].all_caps && !function_word(a) && !lex_.proper_words.count(first)) {
    std::string last(tok(b - 1));
    auto w = lex_.wordnet_types.find(last);
    if (lex_.open_surnames.count(last) || (w != lex_.wordnet_types.end() && w->second == kPerson)) return kPerson;
  }
  return kOrg;
}

void Finder::segment(size_t a, size_t b, bool titled) {
  while (a < b && !hyphen_article(a) && (connector(a) || not_name(a) ||
                   (initial_[a] && !toks_[a].all_caps && common(a) && !capitalized_name(a))))
    ++a;
  while (b > a && (connector(b - 1) || not_name(b - 1))) --b;
  if (a >= b) return;
  if (demonym_like(b - 1)) return;  // "East Central European"
  // The scratch's buffer: a name's words take no allocation once the buffer has grown.
  std::vector<std::string>& words = scratch_.words;
  words.clear();
  for (size_t k = a; k < b; ++k) words.emplace_back(tok(k));
  if (a > 0 && demonym_like(a - 1) && toks_[a - 1].end + 1 >= toks_[a].begin) {
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
  // "Deputy Minister of Fisheries Carlos Wendt": after a title and its "of" or "to", the
  // complement of the title runs up to a given name, where the person's name starts.
  if (titled && a > 0 && connector(a - 1)) {
    for (size_t k = a + 1; k + 1 < b; ++k)
      if (given(k)) {
        add(k, b, -1, "PERSON", true);
        return;
      }
  }
  if (titled && b - a <= 4 && !toks_[a].all_caps) {
    add(a, b, -1, "PERSON", true);
    return;
  }
  // "Ministry of Defence", "University of Texas": the head before "of".
  for (size_t k = a + 1; k + 1 < b; ++k) {
    const std::string* head = connector(k) ? head_type(k - 1) : nullptr;
    if (head) {
      add(a, b, -1, *head);
      cands_.back().by_head = true;
      return;
    }
  }
  if (b - a >= 2 && given(a)) {
    // "William Clay Ford Jr.": a generational suffix belongs to the name.
    if (b < toks_.size() && (tok(b) == "Jr" || tok(b) == "Sr")) {
      ++b;
      if (b < toks_.size() && is(b, '.') && toks_[b].begin == toks_[b - 1].end) ++b;
    }
    add(a, b, -1, "PERSON");
    return;
  }
  if (b - a == 1) {
    if (head_type(a) && !toks_[a].all_caps) return;  // "Council" alone
    if (toks_[a].all_caps && terms_.count(words[0])) return;
    std::string_view type = unknown_name_type(a, b);
    if (a > 0) {
      auto cue = lex_.cues.find(fold(tok(a - 1)));
      if (cue != lex_.cues.end() &&
          (cue->second == "place-before" || (cue->second == "lone-place-before" && type == kOrg && !toks_[a].all_caps)))
        type = "GPE";
    }
    add(a, b, -1, type);
    // A lone word opening a sentence, or a common word capitalized mid-sentence ("Treasury",
    // "Store"), is kept only when it resolves to a name of the document, or is possessed.
    // "Here's", "That's": after a function word the "'s" is "is", not a possessive.
    bool possessed = b < toks_.size() && (tok(b) == "'s" || tok(b) == "\xE2\x80\x99s") && !function_word(a);
    bool repeated = capitalized_count(a) >= 2;
    cands_.back().weak = !toks_[a].all_caps && !possessed && !repeated &&
                         ((initial_[a] && !lex_.proper_words.count(words[0]) && !capitalized_name(a)) ||
                          lex_.common_word(words[0]));
    return;
  }
  bool all_common = true;
  for (const auto& w : words) all_common = all_common && lex_.common_word(w);
  if (all_common) return;
  // "X, an expert with ...": a role after the name; "X said": a verb of saying; "in X":
  // a place.
  std::string_view type = unknown_name_type(a, b);
  if (a > 0) {
    auto cue = lex_.cues.find(fold(tok(a - 1)));
    if (cue != lex_.cues.end() && cue->second == "place-before") type = "GPE";
  }
  size_t k = b;
  if (k < toks_.size() && is(k, ',')) {
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

}  // namespace dossier::entities_detail
