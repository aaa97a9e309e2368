// Attribution through cue verbs: the cue after a quote (`"...," said X`, `"...," X told`)
// or before it in its clause chain (`X said: "..."`, `said, adding that "..."`, `according
// to X, "..."`), and the subject each cue takes. Tested by quotes_test.cc and
// attribution_test.cc.
#include <algorithm>

#include "marks.h"
#include "quotes_internal.h"

namespace dossier::quotes_detail {

// The subject tokens of the cue at toks[i] ("before" cues): back over auxiliaries and an
// apposition to the clause start. Empty when the cue opens its clause or no clause
// start is within reach.
std::pair<size_t, size_t> Cues::subject_before(const std::vector<Token>& toks, size_t i) const {
  size_t j = i;
  while (j > 0 && toks[j - 1].word && env_.lex.is(toks[j - 1].lower, "skip")) --j;
  j = before_name_tag(toks, 0, j);  // "Ann Hale (R-Wis.) said": the tag is no part of the subject
  size_t end = j;
  if (j > 0 && toks[j - 1].lower == ","sv) {
    // "Alexander Rahr, an expert with ..., said": skip back over the apposition.
    size_t k = j - 1;
    size_t limit = k > 16 ? k - 16 : 0;
    while (k > limit && toks[k - 1].lower != ","sv && !boundary_at(toks, k - 1)) --k;
    if (k == 0 || toks[k - 1].lower != ","sv) return {end, end};
    j = k - 1;
  }
  // "Speaking to the public he said": a pronoun right before the cue is the subject.
  if (j > 0 && toks[j - 1].word && (env_.lex.is(toks[j - 1].lower, "pronoun-m") || env_.lex.is(toks[j - 1].lower, "pronoun-f") ||
                                     env_.lex.is(toks[j - 1].lower, "pronoun-p") || env_.lex.is(toks[j - 1].lower, "pronoun-1") ||
                                     (!toks[j - 1].cap && env_.lex.is(toks[j - 1].lower, "pronoun-1-object"))))
    return {j - 1, end};
  size_t start = j;
  size_t limit = start > 10 ? start - 10 : 0;
  while (start > limit && !boundary_at(toks, start - 1) && toks[start - 1].lower != ","sv &&
         !(toks[start - 1].word && is_clause_word(toks[start - 1].lower)))
    --start;
  if (start == j || (start == limit && limit > 0)) return {end, end};
  return {start, end};
}

std::pair<size_t, size_t> Cues::subject_after(const std::vector<Token>& toks, size_t i) const {
  size_t b = i, e = i;
  // "said Marsh when asked ...": a subordinate clause after the name is no part of it.
  while (e < toks.size() && e - b < 10 && !boundary_at(toks, e) && toks[e].lower != ","sv &&
         !(e > b && toks[e].word && (is_subordinator(toks[e].lower) || toks[e].lower == "as"sv)))
    ++e;
  // "said the firm's chief executive officer, Alan Mulally": take the name apposition too.
  if (e > b && e + 1 < toks.size() && toks[e].lower == ","sv && toks[e + 1].cap) {
    size_t k = e + 1;
    // ... its title abbreviated too ("said his running mate, Sen. Tom Hale").
    while (k < toks.size() && k - e < 7 && (toks[k].cap || env_.lex.is(toks[k].lower, "connector") || toks[k].lower == "'"sv ||
                                            toks[k].lower == "-"sv || (toks[k].lower == "."sv && !boundary_at(toks, k))))
      ++k;
    if (k == toks.size() || boundary_at(toks, k) || toks[k].lower == ","sv) e = k;
  }
  return {b, e};
}

// The subject a clause opens with: a pronoun, or the run of capitalised words and
// appositions before its first lower-case word ("Ryanair CEO, Michael O'Leary, justified
// his choice by saying ...", "he promoted the phone by saying ...").
std::pair<size_t, size_t> Cues::clause_subject(const std::vector<Token>& toks, size_t before) const {
  // The subject starts the clause or follows a comma after an opening phrase ("While
  // introducing the phone, Jobs started by ... saying").
  for (size_t s = 0; s < before; ++s) {
    if (s > 0 && toks[s - 1].lower != ","sv) continue;
    auto found = clause_subject_at(toks, s, before);
    if (found.first != found.second) return found;
  }
  return {0, 0};
}

std::pair<size_t, size_t> Cues::clause_subject_at(const std::vector<Token>& toks, size_t s, size_t before) const {
  while (s < before && !toks[s].word) ++s;
  // "..., where Okafor opens by arguing that": a subordinating word opens the clause and
  // its subject follows it.
  if (s + 1 < before && is_subordinator(toks[s].lower)) ++s;
  if (s < before && toks[s].lower == "the"sv) ++s;
  // A possessive ("His spokesman said") opens a longer subject than the pronoun.
  if (s < before && !env_.lex.is(toks[s].lower, "det") &&
      (env_.lex.is(toks[s].lower, "pronoun-m") || env_.lex.is(toks[s].lower, "pronoun-f") || env_.lex.is(toks[s].lower, "pronoun-1")))
    return {s, s + 1};
  if (s >= before || env_.lex.is(toks[s].lower, "function")) return {0, 0};
  size_t e = s;
  while (e < before && (toks[e].cap || !toks[e].word || env_.lex.is(toks[e].lower, "connector") ||
                        (e > s && toks[e - 1].lower == ","sv && env_.lex.is(toks[e].lower, "det"))))
    ++e;
  while (e > s && !toks[e - 1].word) --e;
  // "Republican presidential candidate Ann Hale attacked ...": lower-case words of a title,
  // ending in a role noun, between capitalised words and the name they introduce.
  if (e > s && e < before && toks[e].word && !toks[e].cap) {
    size_t r = e;
    while (r < before && r < e + 3 && toks[r].word && !toks[r].cap && !env_.lex.roles.count(toks[r].lower) &&
           !env_.lex.is(toks[r].lower, "function"))
      ++r;
    if (r < before && r + 1 < before && toks[r].word && !toks[r].cap && env_.lex.roles.count(toks[r].lower) &&
        toks[r + 1].cap) {
      size_t n = r + 1;
      while (n < before && (toks[n].cap || (!toks[n].word && toks[n].lower == "."sv))) ++n;
      e = n;
      while (e > s && !toks[e - 1].word) --e;
    }
  }
  // "His mother wrote": a capitalised possessive alone is no subject; its noun is.
  if (e == s + 1 && env_.lex.is(toks[s].lower, "det")) return {0, 0};
  return {s, e};
}

// resolve_subject over the bytes of toks[first, last). TOKS come from one scan, where a
// token starts and ends where that scan stood, so tokenizing those bytes anew would give
// these same tokens.
Found Cues::subject(const std::vector<Token>& toks, size_t first, size_t last) const {
  return resolve_subject(env_.ctx, toks[first].b, toks[last - 1].e);
}

std::optional<Attribution> Cues::from_cue(const std::vector<Token>& toks, size_t i, const Cue& cue) const {
  Attribution a;
  size_t after = i + cue.words.size();
  a.cue = std::string(env_.doc.text.substr(toks[i].b, toks[after - 1].e - toks[i].b));
  std::pair<size_t, size_t> subj{0, 0};
  // A passive cue ("was described by X as", "has been called") speaks through its agent
  // after "by", and names no one without one: its grammatical subject is the one spoken of.
  if (!cue.subject_after && !cue.participle && cue.lemma != "quote"sv && i > 0 && is_passive_aux(toks[i - 1].lower)) {
    if (after < toks.size() && toks[after].lower == "by"sv) {
      size_t e = after + 1;
      while (e < toks.size() && e < after + 9 && !boundary_at(toks, e) && toks[e].lower != ","sv && toks[e].lower != "as"sv) ++e;
      if (e > after + 1) a.speaker = subject(toks, after + 1, e);
    }
    return a;
  }
  if (cue.subject_after) {
    subj = subject_after(toks, after);
  } else if (auto s = as_saying(toks, after); s.first != s.second) {
    // "The paper quoted Djamal as saying", "TASS reported Hale as saying": the one quoted
    // is the speaker.
    subj = s;
  } else if (cue.lemma != "quote"sv && !cue.participle) {
    subj = subject_before(toks, i);
    if (subj.first == subj.second && (i == 0 || toks[i - 1].lower == ","sv)) {
      subj = subject_after(toks, after);  // said Lavrov
      // ... but not the clause said ("..., said Ann Lee's record was "poor""): an auxiliary
      // makes the words after the cue a clause of their own.
      for (size_t k = subj.first; k < subj.second; ++k)
        if (toks[k].word && env_.lex.is(toks[k].lower, "aux") && toks[k].lower != "to"sv) subj = {0, 0};
    }
  }
  if (subj.first == subj.second) subj = clause_subject(toks, i);
  if (subj.first == subj.second) return std::nullopt;
  a.speaker = subject(toks, subj.first, subj.second);
  if (!cue.subject_after && !is_person(a.speaker)) {
    // "Scott Hale, president and CEO of Acme Airplanes, said": the person the
    // apposition describes, named before it in the same clause.
    if (auto p = person_before_apposition(toks, subj.first)) {
      a.speaker = *p;
    } else if (!a.speaker.resolved() && !a.speaker.anonymous) {
      // "..., and at the same time insisted": the clause's subject speaks.
      auto cs = clause_subject(toks, i);
      if (cs.first != cs.second) {
        Found f = subject(toks, cs.first, cs.second);
        if (f.resolved()) a.speaker = f;
      }
    }
  }
  return a;
}

// The person named right before a comma that opens an apposition reaching to toks[at]
// (no clause boundary between), within 16 tokens: "NAME, ROLE of ORG said".
std::optional<Found> Cues::person_before_apposition(const std::vector<Token>& toks, size_t at) const {
  size_t limit = at > 16 ? at - 16 : 0;
  for (size_t k = at; k > limit; --k) {
    const Token& t = toks[k - 1];
    if (is_boundary(t)) return std::nullopt;
    if (t.lower != ","sv || k < 2) continue;
    size_t name_end = toks[k - 2].e;
    const auto& ms = env_.resolver.mentions();
    auto it = std::lower_bound(ms.begin(), ms.end(), name_end,
                               [](const MentionResolver::Span& m, size_t p) { return m.end < p; });
    for (; it != ms.end() && it->end == name_end; ++it)
      if ((*env_.ctx.entities)[it->entity].type == "PERSON"sv) {
        Found f;
        f.entity = it->entity;
        f.b = it->begin;
        f.e = it->end;
        return f;
      }
  }
  return std::nullopt;
}

// Cue after the quote: `"...," Foreign Ministry spokesman Igor Lyakin-Frolov told` or
// `"...," said Lavrov`.
// TOKS: the words after the quote (tokenize(text, quote end, clause end)).
std::optional<Attribution> Cues::right_cue(const std::vector<Token>& toks) const {
  size_t i = 0;
  while (i < toks.size() && !toks[i].word && (toks[i].lower == ","sv || is_dash(toks[i]))) ++i;
  if (i < toks.size() && i > 0 && boundary_at(toks, i - 1) && !is_dash(toks[i - 1]))
    return std::nullopt;
  if (const Cue* c = cue_at(toks, i, env_.lex); c && !c->participle) {
    auto [b, e] = subject_after(toks, i + c->words.size());
    if (b == e) return std::nullopt;
    Attribution a;
    a.cue = std::string(env_.doc.text.substr(toks[i].b, toks[i + c->words.size() - 1].e - toks[i].b));
    a.speaker = subject(toks, b, e);
    return a;
  }
  for (size_t k = i; k < toks.size() && k < i + 18; ++k) {
    if (boundary_at(toks, k)) break;
    const Cue* c = cue_at(toks, k, env_.lex);
    if (!c) continue;
    if (c->participle || c->subject_after || k == i) return std::nullopt;
    size_t e = k;
    while (e > i && toks[e - 1].word && env_.lex.is(toks[e - 1].lower, "skip")) --e;
    e = before_name_tag(toks, i, e);  // `John Hale (R-Ky.) said`: the tag is no part of the subject
    if (e == i) return std::nullopt;
    // `"...," and described ...`: a new clause of the same subject, not a subject.
    if (toks[i].word && is_clause_word(toks[i].lower)) return std::nullopt;
    Attribution a;
    a.cue = std::string(env_.doc.text.substr(toks[k].b, toks[k + c->words.size() - 1].e - toks[k].b));
    // `"...," the agency reported Hale as saying`: the one reported speaks.
    if (auto s = as_saying(toks, k + c->words.size()); s.first != s.second) {
      a.speaker = subject(toks, s.first, s.second);
      return a;
    }
    a.speaker = subject(toks, i, e);
    return a;
  }
  return std::nullopt;
}

// Cue before the quote in its clause chain: `Another said: "..."`, `the spokesman said,
// adding that the conference would be "very useful"`, `according to X, "..."`.
std::optional<Attribution> Cues::left_cue(size_t from, size_t to) const {
  auto all = tokenize(env_.doc.text, from, to);
  size_t start = 0;
  for (size_t k = 0; k < all.size(); ++k)
    if (boundary_at(all, k) && !(all[k].lower == ":"sv && k + 1 == all.size())) start = k + 1;
  std::vector<Token> toks(all.begin() + static_cast<long>(start), all.end());
  // The last cue speaks, unless it leans on an earlier one: a participle after a comma
  // ("said, adding that") or a verb joined by "and"/"but" ("has said ... and predicted")
  // shares the earlier cue's subject.
  std::optional<size_t> dependent;
  for (size_t k = toks.size(); k-- > 0;) {
    const Cue* c = cue_at(toks, k, env_.lex);
    if (!c) c = calling_cue(toks, k, env_.doc.text, to);
    if (!c) continue;
    // The tail of a longer cue ("say" of "went on to say") is read from the longer one.
    bool tail = false;
    for (size_t j = 1; j <= 3 && j <= k && !tail; ++j)
      if (const Cue* longer = cue_at(toks, k - j, env_.lex)) tail = longer->words.size() > j;
    if (tail) continue;
    if (c->ambiguous) {
      size_t n = k + c->words.size();
      if (n < toks.size() && toks[n].lower != "that"sv && toks[n].lower != ":"sv && toks[n].lower != ","sv) continue;
    }
    bool leans = k > 0 && ((c->participle && (toks[k - 1].lower == ","sv || toks[k - 1].lower == "as"sv)) || toks[k - 1].lower == "and"sv ||
                           toks[k - 1].lower == "but"sv);
    if (leans) {
      if (!dependent) dependent = k;
      continue;
    }
    // A cue whose subject cannot be found gives way to an earlier one ("He said NATO
    // is responding by ...": not "responding", but "He said").
    if (auto a = from_cue(toks, k, *c)) return a;
  }
  if (dependent) {
    const Cue* c = cue_at(toks, *dependent, env_.lex);
    return from_cue(toks, *dependent, c ? *c : *calling_cue(toks, *dependent, env_.doc.text, to));
  }
  return std::nullopt;
}

// "X called the deal "a victory"", "calling the plan "reckless"": the verb of the calling
// construction that runs up to the quote (calling_verb, which also makes the quote speech) is
// a cue, when its object follows it. Not a name given ("called his album "Blue Roads""): a
// quote opening in capitals is no speech of the caller, as Speech::calls_it reads it.
const Cue* Cues::calling_cue(const std::vector<Token>& toks, size_t k, std::string_view text, size_t quote) const {
  static const Cue finite{{"called"}, "call", false, false, false};
  static const Cue participle{{"calling"}, "call", false, true, false};
  if (k + 1 >= toks.size() || calling_verb(toks, env_.lex) != k) return nullptr;
  size_t b = quote;
  while (b < text.size() && b < quote + 4 && !quote_marks::is_ascii_letter(text[b])) ++b;
  if (b < text.size() && text[b] >= 'A' && text[b] <= 'Z') return nullptr;
  return toks[k].lower == "calling"sv ? &participle : &finite;
}

}  // namespace dossier::quotes_detail
