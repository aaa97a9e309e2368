// Speech or not: a quote is speech when a verb of saying governs it or it stands as a
// sentence; a short noun phrase after a determiner, "so-called" or a title word is a term.
// Tested by quotes_test.cc and attribution_test.cc.
#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "dossier/utf8.h"
#include "marks.h"
#include "quotes_internal.h"

namespace dossier::quotes_detail {

namespace {

// "the country's", "Russia's": an owner in the object the quote completes.
bool is_possessive(const std::string& w) { return w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0; }

}  // namespace

bool Speech::is_speech(const std::vector<Token>& words, size_t nwords, size_t ob, size_t oe, const Clues& c) const {
  // A title after a name's possessive ("on KTVR's "Morning Ledger."", "Ann Lee's "Harbour
  // Towns""): American punctuation puts the sentence's period inside the marks, so a closing
  // mark of a clause does not make it speech.
  bool owned = false;
  if (nwords >= 2 && nwords <= 8 && c.ends_clause) {
    Token prev = env_.prev_token(ob);
    owned = prev.word && prev.cap && is_possessive(prev.lower);
  }
  if (nwords >= 2 && nwords <= 20 && (!c.ends_clause || owned)) {  // a title, all capitalised words?
    // Title case lets articles, conjunctions and short prepositions stay lower-case between
    // capitalised words ("Ritual and Memory in the Harbour Towns of the North"), as
    // the style guides write titles; the first and last words are capitalised.
    size_t caps = 0, title_case = 0;
    const Token *first = nullptr, *last = nullptr;
    for (const Token& t : words) {
      if (!t.word) continue;
      if (!first) first = &t;
      last = &t;
      bool cap = t.cap || env_.lex.is(t.lower, "connector");
      caps += cap;
      // Title case needs a capitalised first word; past a word that is neither, the quote
      // is no title and its other words need no look-up.
      bool titled = cap || (first->cap && env_.lex.is(t.lower, "title-case"));
      if (!titled) break;
      ++title_case;
    }
    if (caps == nwords || (title_case == nwords && first && first->cap && last->cap)) return false;
  }
  if (cited_not_said(ob)) return false;
  if (nwords >= 6) return true;
  Token prev = env_.prev_token(ob);
  if (calls_it(ob, c)) return true;
  if (prev.word && env_.lex.is(prev.lower, "term")) return false;
  // "For more, see "The Rise of Rail"": a cross-reference that opens its clause (nothing but
  // punctuation, or the start of the text, before it) names a work.
  if (prev.word && env_.lex.is(prev.lower, "xref") && !env_.prev_token(prev.b).word) return false;
  // "styled herself "Queen of the Orchard"": a name or title one gives oneself.
  if (prev.word && env_.lex.is(prev.lower, "reflexive")) return false;
  if (prev.lower == "as"sv && prev.b > 0 && env_.lex.is(env_.prev_token(prev.b).lower, "reflexive")) return false;
  if (governed_by_cue(ob) || in_reported_clause(ob, oe, nwords, c.closing_comma) || c.follows_speech) return true;
  Token next = env_.next_token(oe, env_.doc.text.size());
  if (prev.word && (env_.lex.is(prev.lower, "det") || env_.lex.is(prev.lower, "term"))) return false;
  if (c.adjacent || c.own_sentence) return true;
  // A phrase a speaker marks in their own turn ("We need 'firm guarantees' that ...") is
  // their words, quoted again by whoever reports the turn.
  if (c.in_turn && nwords >= 2) return true;
  if (nwords == 1) return false;
  if (next.word && !next.cap && !c.ends_clause && !env_.lex.is(next.lower, "function") && !cue_at({next}, 0, env_.lex))
    return false;
  if (prev.word && env_.lex.is(prev.lower, "aux")) return true;
  if (c.cue) return true;
  return c.starts_upper && c.ends_clause && nwords >= 3;
}

// "called it "a turning point"", "calls the plan "reckless"", "what critics call "a giveaway"":
// a verb of calling, an object (a pronoun, a name, or a determiner and up to two words) and the
// quote: the caller's own words for it, so speech, unless they are a name (capitalised:
// "called it "New Harbor"", "called him "Lucky Tom"").
bool Speech::calls_it(size_t ob, const Clues& c) const {
  if (c.starts_upper) return false;
  size_t from = ob > 80 ? env_.cp_start(ob - 80) : 0;
  auto toks = last_tokens(env_.doc.text, from, ob, 5);
  return calling_verb(toks, env_.lex) < toks.size();
}

// Words quoted as an adage, a definition or an example, which nobody is reported to say:
// "the old adage, "..."", "a glossary that defines the word as "..."", "a phrase like "..."" or
// "terms such as "..."". An owner makes an adage speech ("his favourite saying, "...""),
// and "like" after a verb or pronoun reports speech ("I was like "..."").
bool Speech::cited_not_said(size_t ob) const {
  // Most quotes follow none of these words (the token before the mark is cached): only the
  // few that do read the words further back.
  const Token prev = env_.prev_token(ob);
  const std::string& p = prev.lower;
  bool after_punct = p.size() == 1 && (p[0] == ',' || p[0] == ':' || p[0] == ';');
  // "as", "like", or an adage noun (five letters or more)
  if (!after_punct && !(prev.word && (p == "as"sv || p == "like"sv || (p.size() >= 5 && env_.lex.is(p, "adage")))))
    return false;
  if (after_punct) {
    // The ASCII word before the mark, read back without tokenizing ("adage," "as:").
    const std::string_view text = env_.doc.text;
    size_t e = prev.b;
    while (e > 0 && text[e - 1] == ' ') --e;
    std::string w;
    for (size_t b = e; b > 0 && e - b < 12 && quote_marks::is_ascii_letter(text[b - 1]); --b)
      w.insert(w.begin(), utf8::ascii_lower(text[b - 1]));
    if (w != "as"sv && !(w.size() >= 5 && env_.lex.is(w, "adage"))) return false;
  }
  size_t from = ob > 80 ? env_.cp_start(ob - 80) : 0;
  auto toks = last_tokens(env_.doc.text, from, ob, 6);
  size_t k = toks.size();
  bool punct = k > 0 && (toks[k - 1].lower == ","sv || toks[k - 1].lower == ":"sv || toks[k - 1].lower == ";"sv);
  if (punct) --k;
  if (k == 0 || !toks[k - 1].word) return false;
  const std::string& w = toks[k - 1].lower;
  auto article = [](const std::string& a) { return a == "the"sv || a == "a"sv || a == "an"sv || a == "this"sv || a == "that"sv; };
  if (env_.lex.is(w, "adage")) {
    // An article within two words before the noun ("the adage", "an old proverb") tells
    // the noun from the participle of "saying, "...".
    for (size_t j = k - 1; j-- > 0 && j + 3 >= k;) {
      const std::string& d = toks[j].lower;
      if (!toks[j].word || is_possessive(d) || (env_.lex.is(d, "det") && !article(d))) return false;
      if (article(toks[j].lower)) return true;
    }
    return false;
  }
  if (w == "as"sv) {
    if (!punct && k >= 2 && toks[k - 2].lower == "such"sv) return true;
    for (size_t j = k - 1; j-- > 0 && j + 5 >= k;) {
      if (!toks[j].word) break;
      if (env_.lex.is(toks[j].lower, "define")) return true;
    }
    return false;
  }
  if (punct) return false;
  return w == "like"sv && k >= 3 && toks[k - 2].word && !toks[k - 2].cap && article(toks[k - 3].lower) &&
         !env_.lex.is(toks[k - 2].lower, "aux");
}

// Whether the quote at OB stands in the clause a verb of saying reports, in its sentence:
// "X said that NATO had a "serious exchange"" ("X told reporters that ..." too), or, for a quote of two words or more,
// without "that" after "say" ("X says the summit comes at 'critical time'", the headline
// form) and before a closing "..., X said (Tuesday)." Terms after "so-called" were ruled
// out before; a quoted phrase inside reported speech is the speaker's words.
bool Speech::in_reported_clause(size_t ob, size_t oe, size_t nwords, std::optional<size_t> closing_comma) const {
  size_t si = span_index(env_.ctx.sentences, ob);
  // ... unless the quote is a name ("introduced the "reset button"") or modifies a noun
  // ("its adversarial "sphere of influence" approach").
  if (nwords >= 2 && closing_comma) {
    Token prev = env_.prev_token(ob), next = env_.next_token(oe, env_.doc.text.size());
    bool name = prev.word && env_.lex.is(prev.lower, "det") && prev.lower != "a"sv && prev.lower != "an"sv;
    bool modifier = next.word && !next.cap && !env_.lex.is(next.lower, "function");
    if (!name && !modifier) return true;
  }
  size_t sb = std::max(env_.ctx.sentences[si].first, ob > 200 ? env_.cp_start(ob - 200) : size_t{0});
  if (sb >= ob) return false;
  auto toks = last_tokens(env_.doc.text, sb, ob, 24);
  for (size_t k = toks.size(); k-- > 0;) {
    if (boundary_at(toks, k)) return false;
    const Cue* c = cue_at(toks, k, env_.lex);
    if (!c || c->ambiguous || c->subject_after) continue;
    size_t n = k + c->words.size();
    // "told The Daily Star that", "told reporters that": the one told, then the clause.
    if (c->lemma == "tell"sv && n < toks.size() && toks[n].lower != "that"sv)
      for (size_t j = n + 1; j < toks.size() && j <= n + 4 && toks[j].word; ++j)
        if (toks[j].lower == "that"sv) {
          n = j;
          break;
        }
    return n < toks.size() && (toks[n].lower == "that"sv || (nwords >= 2 && c->lemma == "say"sv && toks[n].word));
  }
  return false;
}

// The comma of ", SUBJECT CUE [a few words]." closing sentence SI after byte OE (the
// subject before its verb of saying: "..., NATO's chief said Tuesday."), or nullopt.
std::optional<size_t> Speech::closing_cue(size_t si, size_t oe) const {
  size_t se = env_.ctx.sentences[si].second;
  if (se <= oe || se - oe > 400) return std::nullopt;
  auto toks = last_tokens(env_.doc.text, oe, se, 14);
  size_t end = toks.size();
  while (end > 0 && !toks[end - 1].word) --end;
  for (size_t k = end; k-- > 0;) {
    if (toks[k].lower == ","sv) {
      for (size_t c = k + 2; c < end && c <= k + 6; ++c)
        if (const Cue* cue = cue_at(toks, c, env_.lex); cue && !cue->ambiguous && !cue->subject_after && !cue->participle)
          return end - (c + cue->words.size()) <= 3 ? std::optional<size_t>(toks[k].b) : std::nullopt;
      return std::nullopt;
    }
    if (boundary_at(toks, k) || (!toks[k].word && toks[k].lower != "'"sv)) return std::nullopt;
  }
  return std::nullopt;
}

// Whether a verb of saying governs the quote at OB as its object or complement: the cue
// right before it, or before a determiner, "it", "as", "of", "for" ("expressed "deep
// regret"", "described it as "a mistake"", "called for "restraint""). Such a quote is
// speech whatever its length.
bool Speech::governed_by_cue(size_t ob) const {
  size_t from = ob > 120 ? env_.cp_start(ob - 120) : 0;
  auto toks = last_tokens(env_.doc.text, from, ob, 12);
  size_t k = toks.size();
  size_t skipped = 0;
  bool as = false;
  while (k > 0 && skipped < 3) {
    const Token& t = toks[k - 1];
    bool skip = t.lower == ":"sv || t.lower == ","sv ||
                (t.word && (env_.lex.is(t.lower, "det") || t.lower == "it"sv || t.lower == "them"sv || t.lower == "as"sv ||
                            t.lower == "of"sv || t.lower == "for"sv || t.lower == "that"sv || is_possessive(t.lower)));
    if (!skip) break;
    as |= t.lower == "as"sv;
    --k;
    ++skipped;
  }
  auto cue_ends_at = [&](size_t end) {  // a cue of one to three words ending at toks[end - 1]
    for (size_t n = 1; n <= 3 && n <= end; ++n) {
      const Cue* c = cue_at(toks, end - n, env_.lex);
      if (c && c->words.size() == n && !c->ambiguous && !c->subject_after) return true;
    }
    return false;
  };
  if (cue_ends_at(k)) return true;
  // "declared the work "incomprehensible"", "called Smith's plan "reckless"": a cue, its
  // object of one to three words with a determiner or an owner, and the quote its
  // lower-case complement (a title or a name would start with a capital; "stresses only
  // "hard" security" has no object).
  if (k == toks.size()) {
    auto first = first_tokens(env_.doc.text, ob, std::min(env_.doc.text.size(), ob + 40), 3);
    auto word = std::find_if(first.begin(), first.end(), [](const Token& t) { return t.word; });
    if (word != first.end() && !word->cap)
      for (size_t e = k, words = 0, owned = 0; e > 0; --e) {
        if (e < k && owned && cue_ends_at(e)) return true;
        const Token& t = toks[e - 1];
        if (!(t.word || t.lower == "'"sv) || boundary_at(toks, e - 1) || (words += t.word) > 3) break;
        owned += t.lower == "'"sv || (t.word && (env_.lex.is(t.lower, "det") || is_possessive(t.lower)));
      }
  }
  // "described the events of the day as a "defining moment"": the complement after "as"
  // of a verb of describing a few words back, in the same clause.
  if (as)
    for (size_t e = k; e > 0 && k - e < 7; --e) {
      if (boundary_at(toks, e - 1) || toks[e - 1].lower == ","sv) break;
      if (cue_ends_at(e)) return true;
    }
  return false;
}

// A headline quotes again words the body attributes ("'Firm guarantees': what the envoys
// said" before "X said Russia needs "firm guarantees""): a quote of two words or more in
// the title that repeats a speech quote's words (in any case) is speech too, of the same
// speaker. (A summary sentence repeating them may be the author's: "amid demands for
// "guarantees"".)
void title_speech(const Env& env, std::vector<Quote>& quotes) {
  const auto& title = env.doc.title;
  if (!title || title->empty() || env.doc.text.compare(0, title->size(), *title) != 0) return;
  const int64_t title_end = env.cp(title->size());
  // Most titles quote nothing: then no key is built.
  bool open = false;
  for (const Quote& q : quotes) {
    if (q.span.start >= title_end) break;
    open |= !q.speech;
  }
  if (!open) return;
  auto key = [](const std::string& text) {
    std::string k;
    k.reserve(text.size());
    for (char c : text) k += utf8::ascii_lower(c);
    return k;
  };
  std::unordered_map<std::string, size_t> said;  // words -> the first speech quote with a speaker
  for (size_t i = 0; i < quotes.size(); ++i)
    if (quotes[i].speech && quotes[i].speaker && quotes[i].kind != "turn"sv) said.emplace(key(quotes[i].text), i);
  if (said.empty()) return;
  for (Quote& q : quotes) {
    if (q.span.start >= title_end) break;  // sorted by start
    if (q.span.end > title_end) continue;
    if (q.speech || q.text.find(' ') == std::string::npos) continue;
    auto it = said.find(key(q.text));
    if (it == said.end()) continue;
    q.speech = true;
    q.speaker = quotes[it->second].speaker;
    q.cue = quotes[it->second].cue;
  }
}

// Words quoted again after someone said them (`"Think twice," she told us. ... I still hear
// "think twice" every day`): a later quote of two words or more that repeats a direct speech
// quote's words (in any case, without the marks at their ends) is speech too, of the same
// speaker.
void echo_speech(std::vector<Quote>& quotes) {
  auto key = [](const std::string& text) {
    size_t b = 0, e = text.size();
    auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    while (b < e && !alnum(text[b])) ++b;
    while (e > b && !alnum(text[e - 1])) --e;
    return utf8::ascii_lower(std::string_view(text).substr(b, e - b));
  };
  // A title repeated ("Dark Water" twice) is no echo: every word of it is capitalised.
  auto candidate = [&](const Quote& q) {
    if (q.speech || q.text.find(' ') == std::string::npos) return false;
    for (size_t i = 0; i < q.text.size(); ++i)
      if (q.text[i] >= 'a' && q.text[i] <= 'z' && (i == 0 || q.text[i - 1] == ' ')) return true;
    return false;
  };
  if (std::none_of(quotes.begin(), quotes.end(), candidate)) return;
  std::unordered_map<std::string, size_t> said;  // words -> the first speech quote saying them
  for (size_t i = 0; i < quotes.size(); ++i) {
    if (quotes[i].speech && quotes[i].kind == "direct"sv) {
      said.emplace(key(quotes[i].text), i);
      continue;
    }
    if (!candidate(quotes[i])) continue;
    std::string k = key(quotes[i].text);
    auto it = said.find(k);
    if (k.find(' ') == std::string::npos || it == said.end()) continue;
    quotes[i].speech = true;
    quotes[i].speaker = quotes[it->second].speaker;
    quotes[i].source_text = quotes[it->second].source_text;
    quotes[i].source_span = quotes[it->second].source_span;
  }
}

}  // namespace dossier::quotes_detail
