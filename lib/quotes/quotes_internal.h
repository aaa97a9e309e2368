// Private parts of the quotes module (lib/quotes/): the words it shares with the mention
// resolver (lib/mentions/words.h) and the view of the document its attribution rules read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <algorithm>
#include <vector>

#include "../mentions/words.h"
#include "dossier/document.h"
#include "dossier/mentions.h"
#include "dossier/quotes.h"
#include "dossier/utf8.h"

namespace dossier::quotes_detail {

using namespace dossier::words;

// A speaker as found in the text: the entity (index into the entities given) or a name
// read from the text, or an anonymous source, with the words that named them.
struct Found {
  std::optional<size_t> entity;
  std::string name;                       // without entity: a name read from the text
  std::optional<std::string> source_text; // "a ministry source"
  size_t b = 0, e = 0;                    // bytes of the mention, when there is one
  bool anonymous = false;                 // a source that names no one ("officials"), not just unknown words
  bool resolved() const { return entity.has_value() || !name.empty(); }
};

// What speaker attribution needs to know about the document, in bytes.
struct Context {
  std::string_view text;
  const std::vector<Entity>* entities = nullptr;
  const MentionResolver* resolver = nullptr;
  std::vector<std::pair<size_t, size_t>> paragraphs;
  std::vector<std::pair<size_t, size_t>> sentences;
  std::optional<size_t> turn_speaker;               // set while inside a turn naming an entity
  std::pair<size_t, size_t> quote{0, 0};           // the quote being attributed (no antecedents)
  std::vector<std::pair<size_t, size_t>> quoted;   // every marked quote, sorted: the words
                                                   // quoted are no antecedents either

  const std::vector<MentionResolver::Span>& mentions() const { return resolver->mentions(); }
};

struct Attribution {
  Found speaker;
  std::optional<std::string> cue;
};

// Clause edges (clauses.cc): a boundary mark ("." after a title abbreviation is none) and the
// words that open a new clause ("that", "and", "but", ...).
bool is_boundary(const Token& t);
bool boundary_at(const std::vector<Token>& toks, size_t k);
bool is_clause_word(const std::string& w);
bool is_passive_aux(const std::string& w);
// A word that opens a subordinate clause before its subject ("where", "when", "while").
bool is_subordinator(const std::string& w);
// Whether TOKS[K] is a bracket of a short tag after a capitalised name ("Ann Hale (R-Wis.)
// said", "Tom Ridley (Texas) said"): the name's clause goes on over it.
bool is_name_tag_bracket(const std::vector<Token>& toks, size_t k);
// The verb of calling in the words TOKS that end at a quote, with its object between them:
// "called it", "calls the plan", "calling the new budget plan", "called Ann Lee", "what
// critics call" (the object before the verb). Its index, or TOKS.size() when the words are
// no such construction.
size_t calling_verb(const std::vector<Token>& toks, const Lexicon& lex);
// E, or the start of a name's bracketed tag that ends TOKS[B, E) ("Ann Hale (R-Wis.)": the
// bracket): where the name before the tag ends.
size_t before_name_tag(const std::vector<Token>& toks, size_t b, size_t e);
std::pair<size_t, size_t> as_saying(const std::vector<Token>& toks, size_t after);

// What every part of the annotator reads: the document, its offset map, the word lists and
// the mention resolver, with the byte view of the text (env.cc).
struct Env {
  Env(const Document& doc, const std::vector<Entity>& entities);

  const Document& doc;
  const Lexicon& lex;
  utf8::OffsetMap map;
  MentionResolver resolver;
  Context ctx;

  size_t byte(int64_t cp) const { return map.to_byte(static_cast<size_t>(std::max<int64_t>(0, cp))); }
  int64_t cp(size_t b) const { return static_cast<int64_t>(map.to_cp(b)); }
  size_t cp_start(size_t b) const;
  std::optional<Speaker> speaker_of(const Found& f) const;
  // The code-point span of the words that named a speaker, when there were some.
  std::optional<Span> mention_span(const Found& f) const;
  // The last token of the 60 bytes before POS (asked twice for a quote's opening mark).
  Token prev_token(size_t pos) const;
  Token next_token(size_t pos, size_t end) const;
  // The end of the entity mention starting at byte B (B when there is none).
  size_t mention_end(size_t b) const;
  std::optional<size_t> person_at(size_t b) const;

 private:
  mutable size_t prev_pos_ = std::string::npos;
  mutable Token prev_;
};

// Attribution through cue verbs (cues.cc): the cue before or after a quote and its subject.
class Cues {
 public:
  explicit Cues(const Env& env) : env_(env) {}
  // The subject tokens of the cue at toks[i] ("before" cues): back over auxiliaries and an
  // apposition to the clause start. Empty when the cue opens its clause or no clause
  // start is within reach.
  std::pair<size_t, size_t> subject_before(const std::vector<Token>& toks, size_t i) const;
  std::pair<size_t, size_t> subject_after(const std::vector<Token>& toks, size_t i) const;
  // The subject a clause opens with: a pronoun, or the run of capitalised words and
  // appositions before its first lower-case word ("Ryanair CEO, Michael O'Leary, justified
  // his choice by saying ...", "he promoted the phone by saying ...").
  std::pair<size_t, size_t> clause_subject(const std::vector<Token>& toks, size_t before) const;
  std::pair<size_t, size_t> clause_subject_at(const std::vector<Token>& toks, size_t s, size_t before) const;
  // resolve_subject over the bytes of toks[first, last). TOKS come from one scan, where a
  // token starts and ends where that scan stood, so tokenizing those bytes anew would give
  // these same tokens.
  Found subject(const std::vector<Token>& toks, size_t first, size_t last) const;
  std::optional<Attribution> from_cue(const std::vector<Token>& toks, size_t i, const Cue& cue) const;
  // The person named right before a comma that opens an apposition reaching to toks[at]
  // (no clause boundary between), within 16 tokens: "NAME, ROLE of ORG said".
  std::optional<Found> person_before_apposition(const std::vector<Token>& toks, size_t at) const;
  // Cue after the quote: `"...," Foreign Ministry spokesman Igor Lyakin-Frolov told` or
  // `"...," said Lavrov`.
  // TOKS: the words after the quote (tokenize(text, quote end, clause end)).
  std::optional<Attribution> right_cue(const std::vector<Token>& toks) const;
  // Cue before the quote in its clause chain: `Another said: "..."`, `the spokesman said,
  // adding that the conference would be "very useful"`, `according to X, "..."`.
  std::optional<Attribution> left_cue(size_t from, size_t to) const;

 private:
  // The verb of calling at toks[k] whose object runs to the end of TOKS, the words before
  // the quote opening at TEXT[QUOTE]: a cue of lemma "call"; null for anything else.
  const Cue* calling_cue(const std::vector<Token>& toks, size_t k, std::string_view text, size_t quote) const;
  bool is_person(const Found& f) const { return f.entity && (*env_.ctx.entities)[*f.entity].type == "PERSON"; }
  const Env& env_;
};

// Quotes owned without a cue verb (sources.cc). TOKS: the last 16 tokens of the 160 bytes
// before a quote's opening mark (or of its sentence, when shorter), read once for both.
// A cited source ending right before the quote: `the motto of X, "..."`, `a quote
// attributed to X — "..."`; nullopt when the words before are none.
std::optional<Attribution> cited_source(const Env& env, const std::vector<Token>& toks);
// Quoted words introduced by the clause ending right before the quote as someone's own
// (`Her final words were:`, `Ann Lee's reply ran:`): the owner; nullopt when the clause
// is none such.
std::optional<Attribution> owned_quotation(const Env& env, const std::vector<Token>& toks);

// A transcript turn: the words from a label ("Q:", "LAVROV:") to the next one.
struct Turn {
  size_t b, e;  // bytes of the turn's words
  std::optional<size_t> entity;
  Quote quote;
};

// Transcript turns (turns.cc), found before the marked quotes are attributed.
class Turns {
 public:
  explicit Turns(const Env& env) : env_(env) {}
  // A transcript turn label at the start of paragraph [pb, pe): "Question:", "Foreign
  // Minister Lavrov:", "Reporter (Daily Courier):". Returns the byte offset after the
  // colon, or 0; NAME_END is where the label's words end, before an affiliation in brackets.
  size_t label_end(size_t pb, size_t pe, bool& generic, bool& label_like, size_t& name_end) const;
  void find_turns();
  // The PERSON whose name ends with the last word of text[b, e), in any case: transcript
  // labels such as "LAVROV:" or "Mr. Lavrov:".
  std::optional<size_t> person_by_surname(size_t b, size_t e) const;
  std::string name_after_title(size_t b, size_t e) const;
  const Turn* turn_at(size_t pos) const;
  // An interview without turn labels, its questions paragraphs of their own that end in
  // "?": the guest (the document's topic person), who speaks as "I" in the paragraph at
  // POS unless that is a question. Nullopt in any other document.
  std::optional<size_t> guest_at(size_t pos) const;
  // Finds the guest guest_at tells of; after find_turns.
  void find_guest();
  bool heading_label(size_t para) const;
  std::vector<Turn>& turns() { return turns_; }

 private:
  const Env& env_;
  std::vector<Turn> turns_;
  std::optional<size_t> guest_;
  std::vector<bool> questions_;  // per paragraph, when the document is such an interview
};

// Speech or a term: scare quotes, coined terms and titles are short noun phrases after
// a determiner ("the "reset button""), single words, or modifiers of a following noun
// ("adversarial "sphere of influence" approach"); quoted verb phrases ("would "affect
// significantly"") and fragments in a sentence with a speech cue are speech.
// A quote that is a sentence of its own or has its cue right next to it is speech
// whatever its length ("Differences remain.", "\"Fine,\" said Lavrov").
struct Clues {
  bool cue;             // a speech cue in the sentence
  bool adjacent;        // the cue follows the quote directly
  bool starts_upper;
  bool ends_clause;     // the quote ends with , . ! or ?
  bool own_sentence;    // opens its sentence and ends with . ! or ?
  bool follows_speech; // a few words after a speech quote of its sentence, in its clause
  // The comma of ", SUBJECT CUE [a few words]." closing the quote's sentence after the
  // quote (Speech::closing_cue, read once per quote), or nullopt.
  std::optional<size_t> closing_comma;
  // Inside a labelled transcript turn: every word there is the turn speaker's.
  bool in_turn = false;
};

class Speech {
 public:
  explicit Speech(const Env& env) : env_(env) {}
  bool is_speech(const std::vector<Token>& words, size_t nwords, size_t ob, size_t oe, const Clues& c) const;
  // Whether a verb of saying governs the quote at OB as its object or complement: the cue
  // right before it, or before a determiner, "it", "as", "of", "for" ("expressed "deep
  // regret"", "described it as "a mistake"", "called for "restraint""). Such a quote is
  // speech whatever its length.
  bool governed_by_cue(size_t ob) const;
  // The comma of ", SUBJECT CUE [a few words]." closing sentence SI after byte OE, or nullopt.
  std::optional<size_t> closing_cue(size_t si, size_t oe) const;
  // Whether the quote [OB, OE) of NWORDS words stands in the clause a verb of saying reports
  // ("X said that ... "...""; "X says ... "..."" and "... "...", X said." for two words or more).
  // CLOSING_COMMA: closing_cue of the quote's sentence after OE.
  bool in_reported_clause(size_t ob, size_t oe, size_t nwords, std::optional<size_t> closing_comma) const;
  // Whether the quote at OB names something with a verb of calling and an object before it
  // ("called it "a turning point""): the caller's words, speech unless capitalised.
  bool calls_it(size_t ob, const Clues& c) const;
  // Whether the quote at OB is cited as an adage, a definition or an example, not said.
  bool cited_not_said(size_t ob) const;

 private:
  const Env& env_;
};

// The speech quote attributed last outside any turn, whose speaker a later quote of its
// sentence or the next paragraph may take.
struct LastQuote {
  size_t para = 0;
  size_t sentence = 0;
  std::optional<Speaker> speaker;
  std::optional<std::string> source_text;
  std::optional<Span> source_span;
  bool valid = false;
  size_t end = 0;  // byte after its closing mark
  size_t begin = 0;  // its opening mark
};

// Quotes no cue verb frames (unframed.cc).
class Unframed {
 public:
  Unframed(const Env& env, const Cues& cues) : env_(env), cues_(cues) {}
  // A heading paragraph of one to three capitalised words (a name or a nationality) and the
  // quote [OB, OE) that ends paragraph PARA: the speaker the label names, or nullopt.
  std::optional<Attribution> heading_label(size_t para, size_t ob, size_t oe) const;
  // A quote [OB, OE) opening paragraph PARA and credited by a dash after it, on its own
  // line or at the end of the quote's ("..." / "— Ana Ruiz, nurse"): the speaker the credit
  // names or describes up to its first comma, or nullopt.
  std::optional<Attribution> credit_line(size_t para, size_t ob, size_t oe) const;
  // A speech quote opening at OB with no cue in its sentence [SB, SE) of paragraph PARA:
  // sets Q's speaker from the person the next sentence opens with, the person or
  // organisation its own sentence opens with, the one the sentence before reports or
  // opens with, else PREVIOUS's speaker when PREVIOUS is in this paragraph or the one before.
  // Leaves Q as it is when none of these applies.
  void attribute(Quote& q, size_t para, size_t sb, size_t se, size_t ob, const LastQuote& previous) const;

 private:
  const Env& env_;
  const Cues& cues_;
};

// A headline quotes again words the body attributes (speech.cc): a quote of two words or
// more in the document's title that repeats a speech quote's words (in any case) becomes
// speech of the same speaker. QUOTES are sorted by span.
void title_speech(const Env& env, std::vector<Quote>& quotes);

// A quote of two words or more repeating the words of an earlier direct speech quote is speech of
// the same speaker (speech.cc). QUOTES are sorted by span.
void echo_speech(std::vector<Quote>& quotes);

// Reported speech outside quote marks (indirect.cc), one per sentence holding no quote of
// TAKEN: "according to X, CLAUSE", "X said (that) CLAUSE", "CLAUSE, X said."
std::vector<Quote> indirect_quotes(const Env& env, const Cues& cues, const std::vector<Quote>& taken);

// Block quotations (blocks.cc): a prose paragraph without quote marks after a paragraph
// that ends in a colon, none of TAKEN in it, attributed through the introducing sentence.
std::vector<Quote> block_quotes(const Env& env, const Cues& cues, const std::vector<Quote>& taken);

// Signed quotations (blocks.cc): a paragraph of a sentence or more ending with a dash and
// a person's name ("... — Ann Lee"), none of TAKEN in it, attributed to that person.
std::vector<Quote> signed_quotes(const Env& env, const std::vector<Quote>& taken);

// Resolves the subject noun phrase text[b, e) of a cue through the mention resolver: the
// quote being attributed holds no antecedent, and "I" is the turn's speaker.
Found resolve_subject(const Context& ctx, size_t b, size_t e);

}  // namespace dossier::quotes_detail
