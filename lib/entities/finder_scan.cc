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
    if (!(toks_[i].cap || toks_[i].digit || toks_[i].all_caps || article_opener(i))) {
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
      if (const size_t art = article_opener(j); art && (j == i || !pieces.empty()) && name_like(j + art)) {
        int64_t known = -1;
        if (size_t end = match_from(j, known); end > j + art) {  // a gazetteer name with its article
          pieces.push_back({j, end, known});
          j = end;
          continue;
        }
        pieces.push_back({j, j + art, -2});
        j += art;
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
        if (types_.place_abbreviation(j - 1)) {
          ++j;
          continue;
        }
        // "Jonathan M. Stan": a middle initial and its full stop inside a name.
        if (size_t m = middle_initial(j)) {
          pieces.push_back({j, j + m, -1});
          j += m;
        }
        continue;
      }
      int64_t e2 = -1;
      if (!pieces.empty() && connector(j) && j + 1 < n && (name_like(j + 1) || match(j + 1, e2))) {
        pieces.push_back({j, j + 1, -2});
        ++j;
        continue;
      }
      // "Vellan Oil and Gas Company", "Tarn Defence and Space Company": "and" between two
      // capitalized dictionary words, before an organisation's head word and after no head
      // word nor given name, joins what the company's name joins (a list of names has a
      // name's own word on each side).
      if (and_inside_name(pieces, j)) {
        pieces.push_back({j, j + 1, -2});
        ++j;
        continue;
      }
      // "Alliance for a Fairer Tariff", "Ministry of the Coast": a connector and an
      // article inside an organisation's name, once the run holds its head word. After
      // "for", a dictionary word ("for the Future", not "University for the Tarnwick
      // Rovers"): a purpose names a cause, and a cause may end in a head word of its own
      // ("for a Popular Front"). After "of", no name with a head word of its own ("the Board
      // of the Carrowmore Trust" is the trust's board). Never a title ("Office of the Mayor").
      if (!pieces.empty() && connector(j) && j + 2 < n && article(j + 1) && name_like(j + 2) && !title_at(j + 2) &&
          (tok(j) == "of" ? !org_head_from(j + 2) : common(j + 2)) && org_head_in(pieces)) {
        pieces.push_back({j, j + 2, -2});
        j += 2;
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
    // "War-era" and "NATO-led" from their suffix); a mark right after it ("Kim Jong-il.")
    // ends the sentence or the clause, another word or hyphen joined to it makes a compound.
    // After a surname written first and one syllable, an English word is the given name's
    // second syllable too ("Moon Jae-in").
    auto joined_on = [&](size_t k) {
      return k < n && toks_[k].begin == toks_[k - 1].end && (toks_[k].word || toks_[k].digit || is(k, '-'));
    };
    if (pieces.back().entry == -1 && j + 1 < n && is(j, '-') && toks_[j].begin == toks_[j - 1].end &&
        toks_[j + 1].begin == toks_[j].end && toks_[j + 1].word && !toks_[j + 1].cap && !toks_[j + 1].digit &&
        (!lex_.common_word(tok(j + 1)) || (j >= 2 && types_.surname_first(j - 2, j + 2))) && !joined_on(j + 2)) {
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
  // "Ministry of the Coast": an organisation's head before the connector types the name
  // that a place's head word ends.
  if (end_head && *end_head != kOrg)
    for (size_t k = a + 1; k + 1 < b; ++k)
      if (connector(k) && org_head(k - 1)) {
        end_head = head_type(k - 1);
        break;
      }
  if (end_head) {
    size_t s = a;
    while (s < b) {
      size_t t = title_at(s);
      if (t == 0 || s + t + 2 > b) break;  // "General Motors" keeps its "General"
      s += t;
    }
    while (s < b && connector(s) && !article_opener(s)) ++s;  // "al-" opens "al-Tarsheen Front"
    // "Four Foreign Ministry officials said": a number opening the sentence counts the
    // plural after a body's name and is no part of it ("Three Mile Island is" keeps its
    // number, and so do a place's name, "10 Downing Street officials", and a number before a
    // plural of the name's own, "Six Flags Entertainment shares").
    if (s + 2 <= b && *end_head == kOrg && initial_[s] && counting_word(fold(tok(s))) && !capitalized_plural(s + 1) &&
        lowercase_plural(b))
      ++s;
    // "Former Labour Party leader X", "Senior Tory Party officials": a word of a person's
    // standing opening the sentence qualifies the body's people, not its name.
    if (s + 2 <= b && initial_[s] && lex_.standing_words.count(fold(tok(s)))) ++s;
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
      items.push_back({i, p->b, kItemTitle, -3});  // a financial index: no entity, no title
      i = p->b;
    } else if (entry >= 0) {
      items.push_back({i, p->b, kItemGaz, entry});
      i = p->b;
    } else if (size_t t = title_at(i); t && !surname_title(items, i, t, b)) {
      items.push_back({i, std::min(b, i + t), kItemTitle, -1});
      i += t;
    } else {
      items.push_back({i, i + 1, kItemWord, -1});
      ++i;
    }
  }
  // "Laura Bush", "George H. W. Bush": a given name (and initials) before a known person's
  // surname alone names someone else of that family, or the person in a form the gazetteer
  // lacks: the surname is a free word of the given name's name.
  for (size_t k = 1; k < items.size(); ++k) {
    Item& q = items[k];
    if (q.kind != kItemGaz || q.b != q.a + 1) continue;
    if (gaz_.entries()[static_cast<size_t>(q.entry)].type != kPerson) continue;
    size_t g = q.a - 1;
    while (g >= a + 2 && is(g, '.') && toks_[g - 1].end - toks_[g - 1].begin == 1 && toks_[g - 1].cap) g -= 2;
    if (g > a && joined_initials(g)) --g;  // "George H.W. Bush"
    if (g < a || items[k - 1].kind != kItemWord) continue;
    if (toks_[g].all_caps || !any_given(g)) continue;
    q.kind = kItemWord;
    q.entry = -1;
  }
  // "Ottawa West": a qualifier of place_qualifiers.txt the gazetteer knows ("the West")
  // right next to a place qualifies it.
  for (size_t k = 0; k < items.size(); ++k) {
    Item& q = items[k];
    if (q.kind != kItemGaz || q.b != q.a + 1 || !lex_.place_qualifiers.count(std::string(tok(q.a)))) continue;
    auto place = [&](size_t m) {
      if (m >= items.size() || items[m].kind != kItemGaz || &items[m] == &q) return false;
      const std::string& t = gaz_.entries()[static_cast<size_t>(items[m].entry)].type;
      return (t == kGpe || t == kLoc) && !lex_.place_qualifiers.count(std::string(tok(items[m].a)));
    };
    if (place(k + 1) || (k > 0 && place(k - 1))) {
      q.kind = kItemWord;
      q.entry = -1;
    }
  }
  // A place inside a longer name is part of it: "Air France", "US Treasury", "Ford
  // Australia", "Washington Mutual".
  // "Ambassador to the United States Jane Doe": a place that completes a title is not
  // the start of a longer name; the words after it are the title holder's name.
  const bool chain = title_chain_before(a);
  for (size_t k = chain ? 1 : 0; k < items.size(); ++k) {
    if (items[k].kind != kItemGaz) continue;
    const std::string& type = gaz_.entries()[static_cast<size_t>(items[k].entry)].type;
    if (type != kGpe && type != kLoc) continue;
    size_t l = k, r = k + 1;
    while (l > 0 && items[l - 1].kind == kItemWord && !demonym_like(items[l - 1].a)) --l;
    // "Christian Aid League of Norway", "Estonian Society of Canada": a demonym or a
    // religion's word opens the name when an organisation's head word follows it.
    bool opened = false;
    if (l > 0 && l < k && items[l - 1].kind == kItemWord && demonym_like(items[l - 1].a) &&
        items[l - 1].b == items[l].a && toks_[items[l - 1].a].cap && !toks_[items[l - 1].a].all_caps) {
      for (size_t m = l; m < k && !opened; ++m) opened = org_head(items[m].a);
      if (opened) --l;
    }
    // "Liberal Party of Canada Alan Reid": a given name after the place starts a person.
    while (r < items.size() && items[r].kind == kItemWord && !given(items[r].a)) ++r;
    // A sentence's first word, common in lower case, opens no name with the place, unless it
    // is a body's leading head ("Air Canada") or opens a run of common words before the
    // place ("Vigilant Citizens Norway"; not "Incumbent Norland Senator").
    while (l < k && (connector(items[l].a) || (initial_[items[l].a] && common(items[l].a) && !leading_head(items[l].a) &&
                                                !(items[l].a + 1 < items[k].a && opens_common_run(items[l].a, items[r - 1].b)))))
      ++l;
    // "Ehud Barak of Israel", "Ann Lee of Labour": two names or more joined to a place by
    // "of" with no head word ("Bank of England") among them are someone of that place; not
    // common words with no given name among them ("Concerned Farmers of Ohio": a body).
    // After a title one name will do, a common word too ("Senator Black of Alabama",
    // "Baroness Brown of Cambridge": the title holder and her seat).
    const bool titled = l > 0 && items[l - 1].kind == kItemTitle && items[l - 1].entry != -3;
    if ((l + 2 < k || (titled && l + 1 < k)) && items[k - 1].b == items[k - 1].a + 1 && tok(items[k - 1].a) == "of") {
      bool head = false, named = false;
      for (size_t m = l; m + 1 < k; ++m) {
        head = head || head_type(items[m].a) || items[m].kind != kItemWord;
        named = named || !common(items[m].a) || any_given(items[m].a);
      }
      if (!head && (named || titled)) l = k;
    }
    while (r > k + 1 && connector(items[r - 1].a)) --r;
    if (l == k && r == k + 1) continue;
    size_t first_free = l < k ? items[l].a : items[k + 1].a;
    if (!opened && given(first_free)) continue;
    if (l == k && demonym_like(items[k + 1].a)) continue;
    Item merged{items[l].a, items[r - 1].b, kItemWord, -2, merged_type(items, l, k, r)};
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(l), items.begin() + static_cast<std::ptrdiff_t>(r));
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(l), merged);
    k = l;
  }
  bool titled = titled_before(a) || apposed_title_before(a, b);
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
    if (it.kind == kItemGaz) {
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
    if (it.kind == kItemTitle) {
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

bool Finder::and_inside_name(const std::vector<Piece>& pieces, size_t j) const {
  if (pieces.empty() || tok(j) != "and" || j + 1 >= toks_.size() || newline_before(j + 1)) return false;
  const Piece& last = pieces.back();
  if (last.entry != -1 || last.b != j || !common(j - 1) || org_head_in(pieces) || any_given(pieces.front().a)) return false;
  return name_like(j + 1) && common(j + 1) && !org_head(j + 1) && org_head_from(j + 1);
}

bool Finder::surname_title(const std::vector<Item>& items, size_t i, size_t t, size_t b) const {
  if (t != 1 || i + 1 != b || items.empty() || items.back().kind != kItemWord || items.back().b != i) return false;
  // The given name opens the name: "(the) Ellen Grant Justice (in Mining Act)" is no person,
  // unless WordNet knows the whole as a person's name.
  if (items.size() >= 2 && items[items.size() - 2].kind == kItemWord) {
    size_t k = items.size() - 1;
    while (k > 0 && items[k - 1].kind == kItemWord) --k;
    auto w = lex_.wordnet_types.find(surface(items[k].a, b));
    return w != lex_.wordnet_types.end() && w->second == kPerson;
  }
  return !toks_[i - 1].all_caps && any_given(i - 1);
}

bool Finder::opens_organisation(const std::vector<Item>& items, size_t k) const {
  for (size_t m = k + 1; m < items.size() && m <= k + 3 && items[m].kind == kItemWord && items[m].entry == -1; ++m) {
    const std::string* head = head_type(items[m].a);
    if (head && *head == kOrg && !toks_[items[m].a].all_caps) return true;
  }
  return false;
}

std::string_view Finder::merged_type(const std::vector<Item>& items, size_t l, size_t k, size_t r) const {
  for (size_t m = l + 1; m < k; ++m)
    if (connector(items[m].a) && tok(items[m].a) == "of")
      if (const std::string* head = head_type(items[m - 1].a)) return *head;
  if (types_.qualifies_place(items[l].a, items[r - 1].b, items[k].a, items[k].b)) return kGpe;
  // "New South Wales": a merged name the open place lists know as a whole is that place.
  if (types_.known_place(items[l].a, items[r - 1].b)) return kGpe;
  return kOrg;
}

}  // namespace dossier::entities_detail
