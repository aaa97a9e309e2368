// What a text says a person is, read from the words around a name the way US political news
// introduces people: a title before it ("Vermont Gov. Ann Hale", "GOP front-runner Tom
// Ridley"), a party-and-state tag after it ("Sen. Ann Hale (D-Ohio)", "Tom Ridley, R-Texas,"),
// an age and appositions after it ("Ann Hale, 45, a Democrat from Ohio,"), or an apposition
// opening the sentence before it ("The Republican nominee, Tom Ridley, said"). The word lists
// are read by descriptors.cc. Tested by mentions_described_test.cc.
#include "traits.h"

#include <algorithm>

#include "mentions_internal.h"

namespace dossier::mentions_detail {

using words::Token;

namespace {

void add_unique(std::vector<std::string>& to, const std::string& v) {
  if (!v.empty() && std::find(to.begin(), to.end(), v) == to.end()) to.push_back(v);
}

bool is_det(const std::string& w) { return w == "a"sv || w == "an"sv || w == "the"sv; }

// An age written alone between commas: a whole number of two digits (18 to 110).
bool is_age(const std::string& w) {
  if (w.size() < 2 || w.size() > 3 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  int n = std::stoi(w);
  return n >= 18 && n <= 110;
}

// Words that end an apposition: a relative clause or a new clause starts.
bool ends_apposition(const std::string& w) {
  return w == "who"sv || w == "which"sv || w == "that"sv || w == "whose"sv || w == "when"sv || w == "where"sv || w == "said"sv ||
         w == "says"sv;
}

}  // namespace

void Traits::merge(const Traits& o) {
  for (const auto& v : o.places) add_unique(places, v);
  for (const auto& v : o.parties) add_unique(parties, v);
  for (const auto& v : o.ages) add_unique(ages, v);
  for (const auto& v : o.words) add_unique(words, v);
}

namespace {

// Reads the words TOKS[B, E) of a title or an apposition into T.
void read_words(const std::vector<Token>& toks, size_t b, size_t e, const words::Lexicon& lex, Traits& t) {
  const Descriptors& d = Descriptors::get();
  for (size_t k = b; k < e; ++k) {
    const Token& w = toks[k];
    if (!w.word) continue;
    if (auto tag = d.tag(w.lower)) {
      add_unique(t.parties, tag->first);
      add_unique(t.places, tag->second);
      continue;
    }
    size_t taken = 0;
    if (auto s = d.state_at(toks, k, &taken); !s.empty()) {
      add_unique(t.places, s);
      k += taken - 1;
      continue;
    }
    if (auto p = d.party(w.lower); !p.empty()) {
      add_unique(t.parties, p);
      continue;
    }
    if (auto a = age_of_compound(w.lower); !a.empty()) {
      add_unique(t.ages, a);
      continue;
    }
    if (w.cap)
      if (auto s = state_of_demonym(w.lower); !s.empty()) add_unique(t.places, s);
    std::string word = w.lower;
    // "Sen." is a senator: an abbreviated title before its period.
    if (auto title = d.title(word); !title.empty() && k + 1 < e && toks[k + 1].lower == "."sv) word = title;
    if (lex.is(word, "function") || is_det(word)) continue;
    add_unique(t.words, word);
    for (const auto& implied : d.implied(word)) add_unique(t.words, implied);
  }
}

// Whether TOKS[K] may belong to a title written before a name: a capitalised word, the
// period of an abbreviated title, a role noun or a descriptor word.
bool title_word(const std::vector<Token>& toks, size_t k, const words::Lexicon& lex) {
  const Token& w = toks[k];
  const Descriptors& d = Descriptors::get();
  if (!w.word) return w.lower == "."sv && k > 0 && toks[k - 1].word && toks[k - 1].cap && !d.title(toks[k - 1].lower).empty();
  if (lex.is(w.lower, "function") && w.lower != "of"sv) return false;
  if (w.lower == "of"sv) return k > 0 && toks[k - 1].word && toks[k - 1].cap;
  if (w.cap || lex.roles.count(w.lower) || !d.party(w.lower).empty() || !d.implied(w.lower).empty()) return true;
  // A word of a two-word role ("first lady", "running mate").
  if ((k > 0 && lex.roles.count(toks[k - 1].lower + " " + w.lower)) ||
      (k + 1 < toks.size() && lex.roles.count(w.lower + " " + toks[k + 1].lower)))
    return true;
  return !age_of_compound(w.lower).empty();
}

}  // namespace

Traits traits_around(std::string_view text, size_t sb, size_t b, size_t e, size_t se, const words::Lexicon& lex) {
  Traits t;
  const Descriptors& d = Descriptors::get();
  // The mention's own words: "President Obama" as the entities layer may cut it.
  auto own = words::tokenize(text, b, e);
  read_words(own, 0, own.size(), lex, t);
  // A title before the name, back to the first word that cannot be one; lower-case words
  // that are no descriptors only right before a lower-case role noun ("real estate mogul";
  // "met" of "Ann Lee met Senator Tom Hale" is none).
  auto before = words::last_tokens(text, std::max(sb, b > 120 ? b - 120 : 0), b, 10);
  size_t k = before.size();
  size_t loose = 0;
  while (k > 0) {
    if (title_word(before, k - 1, lex)) {
      --k;
      continue;
    }
    const Token& w = before[k - 1];
    bool before_role = k < before.size() && before[k].word && !before[k].cap && lex.roles.count(before[k].lower);
    if (w.word && !w.cap && (before_role || loose > 0) && loose < 2 && !lex.is(w.lower, "function") &&
        !is_det(w.lower) && !lex.is(w.lower, "det")) {
      ++loose;
      --k;
      continue;
    }
    break;
  }
  // A run of capitalised words alone opening the sentence ("Yesterday", "But") says nothing.
  read_words(before, k, before.size(), lex, t);
  // "The Republican nominee, Tom Ridley, said": an apposition before the name, opening its
  // sentence with a determiner or an owner, its last word a role or a party's member.
  if (before.size() >= 3 && before.back().lower == ","sv) {
    size_t c = before.size() - 1;  // the comma
    size_t s = c;
    while (s > 0 && before[s - 1].word) --s;
    bool opens = s > 0 ? before[s - 1].lower != ","sv : !words::first_token(text, sb, before.front().b).has_value();
    bool member = false;
    d.party(before[c - 1].lower, &member);
    bool head = member || lex.roles.count(before[c - 1].lower) > 0;
    bool starts = is_det(before[s].lower) || words::is_possessive(before[s]);
    if (opens && head && starts && c - s >= 2) read_words(before, s, c, lex, t);
  }
  // After the name: "(D-Ohio)", ", R-Texas,", ", 45,", ", a Democrat from Ohio,", "of Ohio".
  auto after = words::first_tokens(text, e, std::min(se, e + 200), 28);
  size_t i = 0;
  if (i < after.size() && after[i].lower == "("sv) {
    size_t close = i + 1;
    while (close < after.size() && close < i + 5 && after[close].lower != ")"sv) ++close;
    if (close < after.size() && after[close].lower == ")"sv) {
      for (size_t c = i + 1; c < close; ++c)
        if (auto tag = d.tag(after[c].lower)) {
          add_unique(t.parties, tag->first);
          add_unique(t.places, tag->second);
        }
      i = close + 1;
    }
  }
  // "Senator Ann Hale of Ohio", "Mr. Hale, of Ohio,": the state one is from.
  auto from_state = [&](size_t at) {
    if (at + 1 >= after.size() || (after[at].lower != "of"sv && after[at].lower != "from"sv)) return size_t{0};
    size_t taken = 0;
    std::string state = d.state_at(after, at + 1, &taken);
    if (state.empty()) return size_t{0};
    add_unique(t.places, state);
    return 1 + taken;
  };
  i += from_state(i);
  for (int appositions = 0; appositions < 3 && i + 1 < after.size() && after[i].lower == ","sv; ++appositions) {
    if (size_t n = from_state(i + 1)) {
      i += 1 + n;
      continue;
    }
    const Token& w = after[i + 1];
    size_t next = i + 2;
    if (next < after.size() && after[next].lower == "."sv) ++next;  // "R-Texas." ends the sentence
    if (auto tag = d.tag(w.lower)) {
      add_unique(t.parties, tag->first);
      add_unique(t.places, tag->second);
      i = next;
      continue;
    }
    if (w.word && is_age(w.lower)) {
      size_t n = i + 2;
      bool closed = n >= after.size() || after[n].lower == ","sv || after[n].lower == ")"sv || after[n].lower == "."sv ||
                    after[n].lower == ";"sv;
      if (!closed) break;
      add_unique(t.ages, w.lower);
      i = n;
      continue;
    }
    bool opens = is_det(w.lower) || words::is_possessive(w) || lex.roles.count(w.lower) || !d.party(w.lower).empty() ||
                 w.lower == "former"sv || !d.state_at(after, i + 1, nullptr).empty();
    if (!w.word || !opens) break;
    size_t end = i + 1;
    while (end < after.size() && end < i + 13 && (after[end].word || after[end].lower == "-"sv) &&
           !ends_apposition(after[end].lower))
      ++end;
    read_words(after, i + 1, end, lex, t);
    i = end;
  }
  return t;
}

}  // namespace dossier::mentions_detail
