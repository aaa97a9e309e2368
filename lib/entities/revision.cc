// Revision: the passes in order, the names of elections and of cited authors, the acronyms
// that follow the names as the passes drop and move them, and the matching of the words
// around a name, a firm's or a person's. Tested by revision_test.cc, revision_firms_test.cc
// and revision_people_test.cc.
#include "revision.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon.h"
#include "tagger.h"

namespace dossier::entities_detail {

void follow_acronyms(Acronyms& acronyms, const std::vector<size_t>& moved) {
  for (auto it = acronyms.begin(); it != acronyms.end();) {
    if (moved[it->second] == SIZE_MAX) {
      it = acronyms.erase(it);
    } else {
      it->second = moved[it->second];
      ++it;
    }
  }
}

void Revision::run() {
  EventsAndAuthors events(words_, scratch_, acronyms_);
  Products products(words_, scratch_, acronyms_);
  NameEdges edges(words_, scratch_, acronyms_);
  edges.split_glossed_acronyms();
  edges.cut_trailing_function_words();
  edges.take_in_domains();
  edges.take_in_elided_particles();
  events.name_elections();
  StormNames(words_, scratch_, acronyms_).name_storms();
  ProductCues(words_, scratch_, acronyms_).drop_cued_products();
  products.drop_products();
  products.type_facilities();
  MemberTitles roles(words_, scratch_, acronyms_);
  roles.split_at_roles();
  products.drop_thing_acronyms();
  roles.cut_trailing_roles();
  NamePairs(words_, scratch_, acronyms_).drop_hyphened_pairs();
  PlaceContexts places(words_, scratch_, acronyms_);
  places.type_places();
  places.find_opened_places();
  events.type_cited_authors();
  Repairs(words_, scratch_, acronyms_).run();
  WordForms(words_, scratch_, acronyms_).drop_word_forms();
  PossessiveBodies(words_, scratch_, acronyms_).join_possessives();
  CommonWords(words_, scratch_, acronyms_).find_common_word_names();
  CommonWords(words_, scratch_, acronyms_).drop_lone_common_words();
  CommonWords(words_, scratch_, acronyms_).keep_speaking_names();
  CommonWords(words_, scratch_, acronyms_).drop_opening_words();
  CommonWords(words_, scratch_, acronyms_).drop_adjective_names();
  LaunchingFirms(words_, scratch_, acronyms_).keep_launching_firms();
  InstitutionNouns(words_, scratch_, acronyms_).name_institutions();
  // After the common words are dropped: the party's words are common words.
  PartyPlurals(words_, scratch_, acronyms_).name_party_plurals();
  Repairs(words_, scratch_, acronyms_).drop_holidays();
  CapitalNames(words_, scratch_, acronyms_).type_capital_names();
  // Before the split at "of": "Harald I of Tarnmark" is a ruler and his realm, as with II.
  RegnalNames(words_, scratch_, acronyms_).join_numerals();
  PeopleOf(words_, scratch_, acronyms_).split_people_of();
  NamesOn(words_, scratch_, acronyms_).split_names_on();
  BodyOffices(words_, scratch_, acronyms_).join_offices();
  // Before the firms: a firm's cue for the same name wins.
  PersonCues(words_, scratch_, acronyms_).type_cued_people();
  // After the cues, which need the default's type to read a name's other mentions; before
  // the firms, whose cues win.
  ActingSubjects(words_, scratch_, acronyms_).type_acting_subjects();
  SpeakingSubjects(words_, scratch_, acronyms_).type_speakers();
  FirmNames firms(words_, scratch_, acronyms_);
  firms.type_firms();
  firms.type_head_first_bodies();
  ListedNames(words_, scratch_, acronyms_).type_listed_names();
  Headings(words_, scratch_, acronyms_).settle_headings();
  // After the possessives are joined ("the People's Party Cabinet" is one name only then) and
  // the headings settled: a heading's "Liberal Party Government" is kept whole there, then cut.
  PartyTails(words_, scratch_, acronyms_).cut_party_tails();
  // A reading list's lines are title-case lines: their authors are named after the
  // headings are settled.
  events.join_inverted_authors();
  SpacedHyphens(words_, scratch_, acronyms_).join_spaced_hyphens();
  BracketedNames(words_, scratch_, acronyms_).join_bracketed_names();
}

bool RevisionPass::cue_around(const Lexicon::NameCues& cues, size_t first, size_t last, bool strong_only) const {
  auto fits = [&](const Lexicon::NameCue& cue) {
    if (!cue.strong && strong_only) return false;
    if (cue.before.size() > first || last + cue.after.size() > toks_.size()) return false;
    // The cue's words and the name stand on one line; the cue's first word may open a line
    // ("Analysts at ...", "Starring ..." opening the text or a paragraph).
    if (!cue.before.empty() && toks_[first].nl) return false;
    // Words before the name and none after, the name a possessive: the cue is the owned
    // thing's ("shares of Anna Varga's company", "analysts at Tom Harlan's desk").
    if (!cue.before.empty() && cue.after.empty() && last < toks_.size() && !toks_[last].nl && possessive(last)) return false;
    for (size_t k = 0; k < cue.before.size(); ++k) {
      const size_t at = first - cue.before.size() + k;
      if ((k > 0 && toks_[at].nl) || toks_[at].hash != cue.before[k]) return false;
    }
    for (size_t k = 0; k < cue.after.size(); ++k) {
      const size_t at = last + k;
      if (toks_[at].nl || toks_[at].hash != cue.after[k]) return false;
    }
    return true;
  };
  // Only the cues whose word next to the name stands there can fit.
  auto any_of = [&](const std::vector<uint32_t>& ids) {
    for (uint32_t id : ids)
      if (fits(cues.list[id])) return true;
    return false;
  };
  if (first > 0)
    if (auto it = cues.by_word_before.find(toks_[first - 1].hash); it != cues.by_word_before.end() && any_of(it->second))
      return true;
  if (last < toks_.size())
    if (auto it = cues.by_word_after.find(toks_[last].hash); it != cues.by_word_after.end() && any_of(it->second))
      return true;
  return false;
}

const TaggerModel& RevisionPass::tagger() const { return scratch_.model ? *scratch_.model : TaggerModel::builtin(); }

bool RevisionPass::typed_by_default(const Candidate& c) const {
  if (c.entry >= 0 || c.by_head || c.titled) return false;
  if (c.last - c.first == 1 && toks_[c.first].all_caps) return false;  // "AP", "NATO"
  for (size_t k = c.first; k < c.last; ++k)
    if (head_type(k) || (toks_[k].word && !toks_[k].cap)) return false;
  return true;
}

bool RevisionPass::acting_at(size_t i) const {
  if (i >= toks_.size() || toks_[i].nl || !toks_[i].word || toks_[i].cap) return false;
  if (lex_.past_verb_hash_set.contains(toks_[i].hash)) return true;
  // A regular past: a word in small letters ending in "-ed" that the dictionary knows.
  const std::string_view w = tok(i);
  return w.size() >= 5 && w.substr(w.size() - 2) == "ed" && lex_.lower_hash_set.contains(toks_[i].hash);
}

bool RevisionPass::camel_cased(const Candidate& c) const {
  // The openings of surnames that join a capital inside the word ("McCall", "MacRae",
  // "DeWitt", "DiNardo", "LeBlanc", "LaRue").
  static constexpr std::string_view kSurnameOpenings[] = {"Mc", "Mac", "De", "Di", "Le", "La"};
  for (size_t k = c.first; k < c.last; ++k) {
    const std::string_view w = tok(k);
    for (size_t i = 1; i < w.size(); ++i) {
      if (!(w[i - 1] >= 'a' && w[i - 1] <= 'z' && w[i] >= 'A' && w[i] <= 'Z')) continue;
      if (std::find(std::begin(kSurnameOpenings), std::end(kSurnameOpenings), w.substr(0, i)) == std::end(kSurnameOpenings))
        return true;
    }
  }
  return false;
}

bool RevisionPass::after_of(const Candidate& c) const {
  size_t k = c.first;
  if (k > 0 && article(k - 1)) --k;
  return k > 0 && tok(k - 1) == "of";
}

bool RevisionPass::thing_named(size_t first, size_t last) const {
  if (last - first < 2 || !lex_.thing_heads.count(std::string(tok(last - 1)))) return false;
  for (size_t k = first + 1; k + 1 < last; ++k)
    if (toks_[k].word && !toks_[k].cap && !toks_[k].digit) return false;
  return true;
}

void RevisionPass::insert_names(std::vector<Candidate>& names) {
  if (names.empty()) return;
  std::vector<Candidate> out;
  out.reserve(cands_.size() + names.size());
  std::vector<size_t> moved(cands_.size(), SIZE_MAX);
  size_t j = 0;
  for (Candidate& c : names) {
    while (j < cands_.size() && cands_[j].last <= c.first) {
      moved[j] = out.size();
      out.push_back(std::move(cands_[j++]));
    }
    const size_t first_overlap = j;
    while (j < cands_.size() && cands_[j].first < c.last) {
      c.first = std::min(c.first, cands_[j].first);
      c.last = std::max(c.last, cands_[j].last);
      ++j;
    }
    if (!out.empty() && out.back().last > c.first) {  // widened into the name before: left as it was
      for (size_t k = first_overlap; k < j; ++k) {
        moved[k] = out.size();
        out.push_back(std::move(cands_[k]));
      }
      continue;
    }
    for (size_t k = first_overlap; k < j; ++k) moved[k] = out.size();
    out.push_back(std::move(c));
  }
  while (j < cands_.size()) {
    moved[j] = out.size();
    out.push_back(std::move(cands_[j++]));
  }
  cands_ = std::move(out);
  follow_acronyms(acronyms_, moved);
  std::vector<char> drop(cands_.size());
  bool any = false;
  for (size_t k = 0; k < cands_.size(); ++k) any |= drop[k] = cands_[k].type.empty();
  if (any) drop_marked(drop);
}

void RevisionPass::drop_marked(const std::vector<char>& drop) {
  std::vector<size_t> moved(cands_.size(), SIZE_MAX);
  size_t kept = 0;
  for (size_t i = 0; i < cands_.size(); ++i) {
    if (drop[i]) continue;
    moved[i] = kept;
    if (kept != i) cands_[kept] = std::move(cands_[i]);
    ++kept;
  }
  if (kept == cands_.size()) return;
  cands_.resize(kept);
  follow_acronyms(acronyms_, moved);
}

bool EventsAndAuthors::year_at(size_t i) const {
  const Token& t = toks_[i];
  if (!t.digit || t.end - t.begin != 4) return false;
  for (char ch : tok(i))
    if (ch < '0' || ch > '9') return false;
  return true;
}

void EventsAndAuthors::name_elections() {
  const size_t n = toks_.size();
  std::vector<char> drop;  // places taken into an election's name ("... election in Vell")
  for (size_t j = 0; j < cands_.size(); ++j) {
    Candidate& c = cands_[j];
    if (c.type == kPerson || (c.entry >= 0 && c.type != kGpe && c.type != kLoc && c.type != kOrg)) continue;
    // The year opens the name ("2001 Ruritanian", as the tagger reads an election) or comes
    // right before it on its line.
    size_t first = c.first;
    if (!year_at(c.first) || c.last - c.first < 2) {
      if (c.first == 0 || !year_at(c.first - 1) || toks_[c.first].nl || toks_[c.first - 1].end + 1 != toks_[c.first].begin)
        continue;
      first = c.first - 1;
    }
    size_t end = 0;
    for (size_t k = c.last; k < n && k < c.last + 3; ++k) {
      const Token& t = toks_[k];
      if (!t.word || t.cap || t.digit || t.nl) break;
      std::string_view w = tok(k);
      if (w == "election" || w == "elections" || w == "referendum") {
        end = k + 1;
        break;
      }
    }
    if (!end) continue;
    // "the 1994 Ruritania Senate election in Vell": the place the election was held in, named
    // right after "in", ends the event's name.
    if (j + 1 < cands_.size() && end + 1 < n && tok(end) == "in" && !toks_[end].nl && !toks_[end + 1].nl) {
      const Candidate& place = cands_[j + 1];
      if (place.first == end + 1 && (place.type == kGpe || place.type == kLoc)) {
        drop.resize(cands_.size());
        drop[j + 1] = 1;
        end = place.last;
      }
    }
    c.first = first;
    c.last = end;
    c.entry = -1;
    c.by_head = c.titled = c.weak = false;
    c.type = "EVENT";
  }
  if (!drop.empty()) drop_marked(drop);
}

bool EventsAndAuthors::in_brackets(size_t i) const {
  for (size_t k = i; k > 0; --k) {
    if (is(k - 1, '(')) return true;  // also where the line or the text opens with it
    if (toks_[k - 1].nl || is(k - 1, ')')) return false;
  }
  return false;
}

bool EventsAndAuthors::cites_year(size_t i) const {
  const size_t n = toks_.size();
  auto year = [&](size_t k) {
    if (k >= n || !toks_[k].digit || toks_[k].nl || toks_[k].end - toks_[k].begin != 4) return false;
    for (char ch : tok(k))
      if (ch < '0' || ch > '9') return false;
    return true;
  };
  auto closes = [&](size_t k) { return k < n && (is(k, ')') || is(k, ';')); };
  if (i < n && is(i, '(')) return year(i + 1) && (closes(i + 2) || (i + 2 < n && is(i + 2, ',')));
  // "Tarvell, 2010)" or "(Tarvell, 2010; Ostrik, 2011)" inside brackets, not "visited
  // Dorrin, 2010; ..." in running text; the walk back to the bracket only once the year is
  // there.
  if (i < n && is(i, ',')) return year(i + 1) && closes(i + 2) && in_brackets(i);
  return year(i) && closes(i + 1);
}

bool EventsAndAuthors::cites_in_author_list(size_t i) const {
  const size_t n = toks_.size();
  auto author_word = [&](size_t k) {
    return k < n && toks_[k].word && toks_[k].cap && !toks_[k].all_caps && !toks_[k].digit && !toks_[k].nl && !function_word(k);
  };
  // "(Tarvell, Ostrik, Quinn, & Brame, 2010)": up to eight more authors of up to three words
  // each, after a comma, "&" or "and", and then the year after a comma, inside brackets
  // (cites_year).
  for (int authors = 0; authors < 8; ++authors) {
    if (i >= n || !(is(i, ',') || tok(i) == "&" || tok(i) == "and")) return false;
    if (cites_year(i)) return authors > 0;
    size_t k = i + 1;
    while (k < n && (tok(k) == "&" || tok(k) == "and")) ++k;
    const size_t start = k;
    while (author_word(k) && k < start + 3) ++k;
    if (k == start) return false;
    i = k;
  }
  return false;
}

void EventsAndAuthors::type_cited_authors() {
  const size_t n = toks_.size();
  for (Candidate& c : cands_) {
    if (c.entry >= 0 || c.type != kOrg || c.by_head || c.titled || c.last - c.first > 3 || c.last + 1 >= n) continue;
    const size_t k = c.last;
    std::string_view next = tok(k);
    bool cited = false;
    if (next == "et") {
      cited = tok(k + 1) == "al" || tok(k + 1) == "al.";
    } else if (next == "and" || next == "&") {
      // "Varnholt and Ostrik (2011)": the second author's one-word name, then the year.
      cited = k + 2 < n && toks_[k + 1].word && toks_[k + 1].cap && cites_year(k + 2);
    } else {
      cited = cites_year(k) || cites_in_author_list(k);
    }
    if (!cited) continue;
    // Every word capitalized and none an English word: "Persian Campaign (1914)" and
    // "Outcasts (1998)" name an event and a work.
    bool names = true;
    for (size_t w = c.first; w < c.last && names; ++w)
      names = toks_[w].word && toks_[w].cap && !toks_[w].all_caps && !common(w);
    if (!names) continue;
    c.type = kPerson;
    c.guessed = c.tagged = false;  // the citation is evidence
  }
}

bool EventsAndAuthors::place_word(size_t k) const {
  return lex_.open_places.count(tok(k)) != 0 || gazetteer_place(k);
}

size_t EventsAndAuthors::inverted_author(size_t i) const {
  const size_t n = toks_.size();
  auto name_word = [&](size_t k) {
    return k < n && toks_[k].word && toks_[k].cap && !toks_[k].all_caps && !toks_[k].digit && !toks_[k].nl && !function_word(k);
  };
  // The surname opens its line, so its token alone may follow a line break.
  const Token& t = toks_[i];
  if (i + 3 >= n || !(name_word(i) || (t.nl && t.word && t.cap && !t.all_caps && !t.digit && !function_word(i)))) return 0;
  // The open list's given names too ("Ostrik, Philippa."): the shape of the line is the evidence.
  if (!is(i + 1, ',') || toks_[i + 1].nl || !name_word(i + 2) || !any_given(i + 2)) return 0;
  // "Well, Anna.": a spoken line's interjection is no surname.
  if (lex_.interjection_hash_set.contains(t.hash)) return 0;
  size_t end = i + 3;
  while (end < n && name_word(end) && end < i + 5) ++end;
  if (end >= n || toks_[end].nl) return 0;
  // "Dunmore, Virginia.": a place and its state, no person. WordNet's places take in many
  // given names, so the given names are asked of the gazetteer and the cities and
  // subdivisions of the open lists alone. A surname that is a place too ("Tarnow, Peter.")
  // stays a surname: a town is not followed by a given name that is no place.
  for (size_t k = i + 2; k < end; ++k)
    if (place_word(k)) return 0;
  if (is(end, '.')) return end;
  // "Surname, Given and Surname, Given.": "and" goes on to another such name.
  return tok(end) == "and" && inverted_author(end + 1) ? end : 0;
}

void EventsAndAuthors::join_inverted_authors() {
  const size_t n = toks_.size();
  std::vector<size_t> starts;  // the first token of each line, and whether it opens the shape
  std::vector<char> shaped;
  for (size_t i : scratch_.line_starts) {
    starts.push_back(i);
    shaped.push_back(inverted_author(i) != 0);
  }
  // A short line with a word of list_headings.txt ("Further reading") heads a list.
  auto heading = [&](size_t j) {
    const size_t end = j + 1 < starts.size() ? starts[j + 1] : n;
    if (end - starts[j] > 6) return false;
    for (size_t k = starts[j]; k < end; ++k)
      if (lex_.list_heading_hash_set.contains(toks_[k].hash)) return true;
    return false;
  };
  std::vector<Candidate> found;
  for (size_t j = 0; j < starts.size(); ++j) {
    if (!shaped[j]) continue;
    // A list: the line before or after it has the same shape, or a heading stands at most
    // eight lines above it.
    bool list = (j > 0 && shaped[j - 1]) || (j + 1 < starts.size() && shaped[j + 1]);
    for (size_t back = 1; !list && back <= 8 && back <= j; ++back) list = heading(j - back);
    if (!list) continue;
    for (size_t k = starts[j], end; (end = inverted_author(k)) != 0; k = end + 1) {
      Candidate c;
      c.first = k;
      c.last = end;
      c.type = kPerson;
      found.push_back(std::move(c));
      if (tok(end) != "and") break;
    }
  }
  insert_names(found);
}

}  // namespace dossier::entities_detail
