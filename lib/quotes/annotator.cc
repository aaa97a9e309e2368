// The quotes layer: marked quotations classified as speech or not and attributed to a
// speaker, transcript turns, and (optionally) indirect reported speech. The scanner is
// quotes_scan.cc, speaker resolution quotes_speaker.cc. Tested by quotes_test.cc and the
// golden cases of tests/golden/extract-quotes/.
#include "dossier/quotes.h"

#include <algorithm>

#include "dossier/entities.h"
#include "dossier/utf8.h"
#include "quotes_internal.h"

namespace dossier {

using namespace quotes_detail;

namespace {

using ByteSpans = std::vector<std::pair<size_t, size_t>>;

// A title abbreviated with a period ("Gen.", "Mr.", "Sen."): its period ends no clause.
bool is_abbreviation(const std::string& w) {
  static const char* kTitles[] = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "prof",
                                  "sgt", "maj", "capt", "adm", "st", "jr", "sr", "pres", "cmdr", "brig", "supt"};
  return std::any_of(std::begin(kTitles), std::end(kTitles), [&](const char* k) { return w == k; });
}

bool is_boundary(const Token& t) {
  if (t.word || t.lower.size() > 3) return false;  // every boundary is a code point of 1 to 3 bytes
  static const char* kBoundaries[] = {";", ":", "-", "\u2013", "\u2014", "\"", "\u201C", "\u201D", "\u2018", "\u2019",
                                      "\u00AB", "\u00BB", "\u201E", "(", ")", ".", "!", "?"};
  for (const char* b : kBoundaries)
    if (t.lower == b) return true;
  return false;
}

// Whether TOKS[K] ends a clause: a boundary mark, save the period of a title abbreviation.
bool boundary_at(const std::vector<Token>& toks, size_t k) {
  if (!is_boundary(toks[k])) return false;
  return !(toks[k].lower == "." && k > 0 && toks[k - 1].word && toks[k - 1].cap && is_abbreviation(toks[k - 1].lower));
}

bool is_clause_word(const std::string& w) {
  return w == "that" || w == "and" || w == "but" || w == "while" || w == "because" || w == "when" || w == "as" ||
         w == "if" || w == "which" || w == "who" || w == "where" || w == "although" || w == "though" || w == "yet" ||
         w == "so" || w == "however";
}


struct Attribution {
  Found speaker;
  std::optional<std::string> cue;
};

class Annotator {
 public:
  Annotator(const Document& doc, const std::vector<Entity>& entities, const QuoteOptions& options)
      : doc_(doc), options_(options), lex_(Lexicon::get()), map_(doc.text), resolver_(doc, entities) {
    ctx_.text = doc.text;
    ctx_.entities = &entities;
    ctx_.resolver = &resolver_;
    utf8::Cursor cursor(map_);
    auto to_byte = [&](int64_t cp) { return cursor.to_byte(static_cast<size_t>(std::max<int64_t>(0, cp))); };
    ctx_.paragraphs.reserve(doc.paragraphs.size());
    ctx_.sentences.reserve(doc.sentences.size());
    for (const Span& p : doc.paragraphs) ctx_.paragraphs.push_back({to_byte(p.start), to_byte(p.end)});
    if (ctx_.paragraphs.empty()) ctx_.paragraphs.push_back({0, doc.text.size()});
    for (const Span& s : doc.sentences) ctx_.sentences.push_back({to_byte(s.start), to_byte(s.end)});
    if (ctx_.sentences.empty()) ctx_.sentences = ctx_.paragraphs;
  }

  std::vector<Quote> run(std::vector<Warning>* warnings) {
    find_turns();
    auto scanned = scan_quotes(doc_.text, map_, doc_.paragraphs, warnings);
    out_.reserve(scanned.size() + turns_.size());
    for (const ScannedQuote& s : scanned) marked(s);
    for (auto& t : turns_) out_.push_back(std::move(t.quote));
    if (options_.indirect) indirect();
    std::stable_sort(out_.begin(), out_.end(), [](const Quote& a, const Quote& b) { return a.span < b.span; });
    for (size_t i = 0; i < out_.size(); ++i) out_[i].id = "q" + std::to_string(i + 1);
    return std::move(out_);
  }

 private:
  struct Turn {
    size_t b, e;  // bytes of the turn's words
    std::optional<size_t> entity;
    Quote quote;
  };

  static constexpr size_t kWindow = 400;

  size_t cp_start(size_t b) const {
    while (b > 0 && b < doc_.text.size() && (static_cast<unsigned char>(doc_.text[b]) & 0xC0) == 0x80) --b;
    return b;
  }

  size_t byte(int64_t cp) const { return map_.to_byte(static_cast<size_t>(std::max<int64_t>(0, cp))); }
  int64_t cp(size_t b) const { return static_cast<int64_t>(map_.to_cp(b)); }

  std::optional<Speaker> speaker_of(const Found& f) const {
    if (f.entity) {
      const Entity& e = (*ctx_.entities)[*f.entity];
      std::string name = e.name;
      if (name.empty() && !e.aliases.empty()) name = e.aliases.back();
      if (name.empty() && !e.mentions.empty()) name = span_text(doc_.text, e.mentions.front());
      if (!name.empty()) return Speaker{e.id, name};
    }
    if (!f.name.empty()) return Speaker{std::nullopt, f.name};
    return std::nullopt;
  }

  // The code-point span of the words that named a speaker, when there were some.
  std::optional<Span> mention_span(const Found& f) const {
    if (f.e <= f.b) return std::nullopt;
    return Span{cp(f.b), cp(f.e)};
  }

  // A transcript turn label at the start of paragraph [pb, pe): "Question:", "Foreign
  // Minister Lavrov:". Returns the byte offset after the colon, or 0.
  size_t label_end(size_t pb, size_t pe, bool& generic, bool& label_like) const {
    generic = label_like = false;
    // The first colon, if it is within 60 bytes and in the paragraph.
    if (pe <= pb || pb >= doc_.text.size()) return 0;
    size_t colon = std::string_view(doc_.text).substr(pb, std::min(pe, pb + 61) - pb).find(':');
    if (colon == std::string::npos || colon == 0) return 0;
    colon += pb;
    if (!may_be_label(std::string_view(doc_.text).substr(pb, colon - pb))) return 0;
    auto toks = tokenize(doc_.text, pb, colon);
    if (toks.empty() || toks.size() > 7 || !toks.front().cap) return 0;
    for (const Token& t : toks) {
      if (!t.word && t.lower != "." && t.lower != "-") return 0;
      if (t.word && !t.cap && !lex_.is(t.lower, "connector")) return 0;
    }
    label_like = true;
    std::string lower;
    for (const Token& t : toks) lower += (lower.empty() ? "" : " ") + t.lower;
    generic = lex_.turn_labels.count(lower) > 0;
    return colon + 1;
  }

  void find_turns() {
    struct Label {
      size_t para, b, e;
      std::optional<size_t> entity;
      std::string name;
      bool generic;
    };
    std::vector<Label> labels;
    std::vector<size_t> stops;
    for (size_t p = 0; p < ctx_.paragraphs.size(); ++p) {
      auto [pb, pe] = ctx_.paragraphs[p];
      bool generic, label_like;
      size_t end = label_end(pb, pe, generic, label_like);
      if (!end) continue;
      Label l{p, pb, end - 1, std::nullopt, {}, generic};
      if (!generic) {
        Found f = resolve_subject(ctx_, pb, end - 1);
        if (!f.entity) f.entity = person_by_surname(pb, end - 1);
        bool person = f.entity && (*ctx_.entities)[*f.entity].type == "PERSON";
        bool titled = false;
        for (const Token& t : tokenize(doc_.text, pb, end - 1)) titled |= lex_.roles.count(t.lower) > 0;
        if (!person && !(titled && !f.name.empty())) {
          stops.push_back(p);
          continue;
        }
        l.entity = f.entity;
        l.name = f.name;
      }
      labels.push_back(l);
    }
    if (labels.size() < 2) return;
    std::vector<bool> ends_turn(ctx_.paragraphs.size(), false);
    for (const Label& l : labels) ends_turn[l.para] = true;
    for (size_t p : stops) ends_turn[p] = true;
    auto turn_end = [&](size_t from_para) {
      size_t last = from_para;
      for (size_t p = from_para + 1; p < ctx_.paragraphs.size() && !ends_turn[p]; ++p) last = p;
      return ctx_.paragraphs[last].second;
    };
    auto add = [&](size_t b, size_t e, std::optional<size_t> entity, const std::string& name, std::string cue) {
      while (b < e && (doc_.text[b] == ' ' || doc_.text[b] == '\n')) ++b;
      if (b >= e) return;
      Turn t{b, e, entity, {}};
      t.quote.kind = "turn";
      t.quote.speech = true;
      t.quote.span = Span{cp(b), cp(e)};
      t.quote.text = doc_.text.substr(b, e - b);
      Found f;
      f.entity = entity;
      f.name = name;
      t.quote.speaker = speaker_of(f);
      if (!t.quote.speaker) t.quote.source_text = cue;
      t.quote.cue = std::move(cue);
      turns_.push_back(std::move(t));
    };
    // A heading such as "Transcript of Remarks ... by ... Sergey Lavrov" before the first
    // label opens a turn by the person it names.
    for (size_t p = 0; p < labels.front().para; ++p) {
      auto [pb, pe] = ctx_.paragraphs[p];
      auto toks = tokenize(doc_.text, pb, std::min(pe, pb + 40));
      std::string start;
      for (size_t k = 0; k < toks.size() && k < 3; ++k) start += (k ? " " : "") + toks[k].lower;
      for (const auto& [heading, cue] : lex_.headings) {
        if (start.compare(0, heading.size(), heading) != 0) continue;
        std::optional<size_t> person;
        for (const auto& m : ctx_.mentions())
          if (m.begin >= pb && m.end <= pe && (*ctx_.entities)[m.entity].type == "PERSON") {
            person = m.entity;
            break;
          }
        if (person && p + 1 < labels.front().para) add(ctx_.paragraphs[p + 1].first, turn_end(p), person, {}, cue);
        break;
      }
    }
    for (const Label& l : labels)
      add(l.e + 1, turn_end(l.para), l.entity, l.name, doc_.text.substr(l.b, l.e - l.b));
  }

  // The PERSON whose name ends with the last word of text[b, e), in any case: transcript
  // labels such as "LAVROV:" or "Mr. Lavrov:".
  std::optional<size_t> person_by_surname(size_t b, size_t e) const {
    auto toks = tokenize(doc_.text, b, e);
    while (!toks.empty() && !toks.back().word) toks.pop_back();
    if (toks.empty()) return std::nullopt;
    const std::string& last = toks.back().lower;
    for (size_t i = 0; i < ctx_.entities->size(); ++i) {
      const Entity& en = (*ctx_.entities)[i];
      if (en.type != "PERSON") continue;
      std::vector<std::string> names = en.aliases;
      names.push_back(en.name);
      for (const std::string& n : names) {
        auto nt = tokenize(n, 0, n.size());
        if (!nt.empty() && nt.back().lower == last) return i;
      }
    }
    return std::nullopt;
  }

  const Turn* turn_at(size_t pos) const {
    // turns_ is in text order: the heading turn first, then one per label.
    auto it = std::upper_bound(turns_.begin(), turns_.end(), pos, [](size_t p, const Turn& t) { return p < t.b; });
    if (it == turns_.begin()) return nullptr;
    --it;
    return pos < it->e ? &*it : nullptr;
  }

  // The subject tokens of the cue at toks[i] ("before" cues): back over auxiliaries and an
  // apposition to the clause start. Empty when the cue opens its clause or no clause
  // start is within reach.
  std::pair<size_t, size_t> subject_before(const std::vector<Token>& toks, size_t i) const {
    size_t j = i;
    while (j > 0 && toks[j - 1].word && lex_.is(toks[j - 1].lower, "skip")) --j;
    size_t end = j;
    if (j > 0 && toks[j - 1].lower == ",") {
      // "Alexander Rahr, an expert with ..., said": skip back over the apposition.
      size_t k = j - 1;
      size_t limit = k > 16 ? k - 16 : 0;
      while (k > limit && toks[k - 1].lower != "," && !boundary_at(toks, k - 1)) --k;
      if (k == 0 || toks[k - 1].lower != ",") return {end, end};
      j = k - 1;
    }
    // "Speaking to the public he said": a pronoun right before the cue is the subject.
    if (j > 0 && toks[j - 1].word && (lex_.is(toks[j - 1].lower, "pronoun-m") || lex_.is(toks[j - 1].lower, "pronoun-f") ||
                                       lex_.is(toks[j - 1].lower, "pronoun-p") || lex_.is(toks[j - 1].lower, "pronoun-1")))
      return {j - 1, end};
    size_t start = j;
    size_t limit = start > 10 ? start - 10 : 0;
    while (start > limit && !boundary_at(toks, start - 1) && toks[start - 1].lower != "," &&
           !(toks[start - 1].word && is_clause_word(toks[start - 1].lower)))
      --start;
    if (start == j || (start == limit && limit > 0)) return {end, end};
    return {start, end};
  }

  std::pair<size_t, size_t> subject_after(const std::vector<Token>& toks, size_t i) const {
    size_t b = i, e = i;
    while (e < toks.size() && e - b < 10 && !boundary_at(toks, e) && toks[e].lower != ",") ++e;
    // "said the firm's chief executive officer, Alan Mulally": take the name apposition too.
    if (e > b && e + 1 < toks.size() && toks[e].lower == "," && toks[e + 1].cap) {
      size_t k = e + 1;
      while (k < toks.size() && k - e < 6 && (toks[k].cap || lex_.is(toks[k].lower, "connector") || toks[k].lower == "'" ||
                                              toks[k].lower == "-"))
        ++k;
      if (k == toks.size() || boundary_at(toks, k) || toks[k].lower == ",") e = k;
    }
    return {b, e};
  }

  // The subject a clause opens with, when it is a pronoun or a named entity: "Boeing
  // issued a statement saying ...", "he promoted the phone by saying ...".
  // The subject a clause opens with: a pronoun, or the run of capitalised words and
  // appositions before its first lower-case word ("Ryanair CEO, Michael O'Leary, justified
  // his choice by saying ...", "he promoted the phone by saying ...").
  std::pair<size_t, size_t> clause_subject(const std::vector<Token>& toks, size_t before) const {
    // The subject starts the clause or follows a comma after an opening phrase ("While
    // introducing the phone, Jobs started by ... saying").
    for (size_t s = 0; s < before; ++s) {
      if (s > 0 && toks[s - 1].lower != ",") continue;
      auto found = clause_subject_at(toks, s, before);
      if (found.first != found.second) return found;
    }
    return {0, 0};
  }

  std::pair<size_t, size_t> clause_subject_at(const std::vector<Token>& toks, size_t s, size_t before) const {
    while (s < before && !toks[s].word) ++s;
    if (s < before && toks[s].lower == "the") ++s;
    if (s < before &&
        (lex_.is(toks[s].lower, "pronoun-m") || lex_.is(toks[s].lower, "pronoun-f") || lex_.is(toks[s].lower, "pronoun-1")))
      return {s, s + 1};
    if (s >= before || lex_.is(toks[s].lower, "function")) return {0, 0};
    size_t e = s;
    while (e < before && (toks[e].cap || !toks[e].word || lex_.is(toks[e].lower, "connector") ||
                          (e > s && toks[e - 1].lower == "," && lex_.is(toks[e].lower, "det"))))
      ++e;
    while (e > s && !toks[e - 1].word) --e;
    return {s, e};
  }

  // resolve_subject over the bytes of toks[first, last). TOKS come from one scan, where a
  // token starts and ends where that scan stood, so tokenizing those bytes anew would give
  // these same tokens.
  Found subject(const std::vector<Token>& toks, size_t first, size_t last) const {
    return resolve_subject(ctx_, toks[first].b, toks[last - 1].e);
  }

  std::optional<Attribution> from_cue(const std::vector<Token>& toks, size_t i, const Cue& cue) const {
    Attribution a;
    size_t after = i + cue.words.size();
    a.cue = std::string(doc_.text.substr(toks[i].b, toks[after - 1].e - toks[i].b));
    std::pair<size_t, size_t> subj{0, 0};
    if (cue.subject_after) {
      subj = subject_after(toks, after);
    } else if (cue.lemma == "quote") {
      // "Detik.com quoted Djamal as saying": the one quoted is the speaker.
      for (size_t k = after; k + 1 < toks.size() && k < after + 8; ++k)
        if (toks[k].lower == "as" && toks[k + 1].lower == "saying") {
          subj = {after, k};
          break;
        }
    } else if (!cue.participle) {
      subj = subject_before(toks, i);
      if (subj.first == subj.second && (i == 0 || toks[i - 1].lower == ","))
        subj = subject_after(toks, after);  // said Lavrov
    }
    if (subj.first == subj.second) subj = clause_subject(toks, i);
    if (subj.first == subj.second) return std::nullopt;
    a.speaker = subject(toks, subj.first, subj.second);
    if (!cue.subject_after && !is_person(a.speaker)) {
      // "Scott Hale, president and CEO of Acme Airplanes, said": the person the
      // apposition describes, named before it in the same clause.
      if (auto p = person_before_apposition(toks, subj.first)) {
        a.speaker = *p;
      } else if (!a.speaker.resolved() && !a.speaker.source_text) {
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

  bool is_person(const Found& f) const { return f.entity && (*ctx_.entities)[*f.entity].type == "PERSON"; }

  // The person named right before a comma that opens an apposition reaching to toks[at]
  // (no clause boundary between), within 16 tokens: "NAME, ROLE of ORG said".
  std::optional<Found> person_before_apposition(const std::vector<Token>& toks, size_t at) const {
    size_t limit = at > 16 ? at - 16 : 0;
    for (size_t k = at; k > limit; --k) {
      const Token& t = toks[k - 1];
      if (is_boundary(t)) return std::nullopt;
      if (t.lower != "," || k < 2) continue;
      size_t name_end = toks[k - 2].e;
      const auto& ms = resolver_.mentions();
      auto it = std::lower_bound(ms.begin(), ms.end(), name_end,
                                 [](const MentionResolver::Span& m, size_t p) { return m.end < p; });
      for (; it != ms.end() && it->end == name_end; ++it)
        if ((*ctx_.entities)[it->entity].type == "PERSON") {
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
  std::optional<Attribution> right_cue(const std::vector<Token>& toks) const {
    size_t i = 0;
    while (i < toks.size() && !toks[i].word && (toks[i].lower == "," || toks[i].lower == "\u2014" || toks[i].lower == "-"))
      ++i;
    if (i < toks.size() && i > 0 && boundary_at(toks, i - 1) && toks[i - 1].lower != "-" && toks[i - 1].lower != "\u2014")
      return std::nullopt;
    if (const Cue* c = cue_at(toks, i, lex_); c && !c->participle) {
      auto [b, e] = subject_after(toks, i + c->words.size());
      if (b == e) return std::nullopt;
      Attribution a;
      a.cue = std::string(doc_.text.substr(toks[i].b, toks[i + c->words.size() - 1].e - toks[i].b));
      a.speaker = subject(toks, b, e);
      return a;
    }
    for (size_t k = i; k < toks.size() && k < i + 18; ++k) {
      if (boundary_at(toks, k)) break;
      const Cue* c = cue_at(toks, k, lex_);
      if (!c) continue;
      if (c->participle || c->subject_after || k == i) return std::nullopt;
      size_t e = k;
      while (e > i && toks[e - 1].word && lex_.is(toks[e - 1].lower, "skip")) --e;
      if (e == i) return std::nullopt;
      // `"...," and described ...`: a new clause of the same subject, not a subject.
      if (toks[i].word && is_clause_word(toks[i].lower)) return std::nullopt;
      Attribution a;
      a.cue = std::string(doc_.text.substr(toks[k].b, toks[k + c->words.size() - 1].e - toks[k].b));
      a.speaker = subject(toks, i, e);
      return a;
    }
    return std::nullopt;
  }

  // Cue before the quote in its clause chain: `Another said: "..."`, `the spokesman said,
  // adding that the conference would be "very useful"`, `according to X, "..."`.
  std::optional<Attribution> left_cue(size_t from, size_t to) const {
    auto all = tokenize(doc_.text, from, to);
    size_t start = 0;
    for (size_t k = 0; k < all.size(); ++k)
      if (boundary_at(all, k) && !(all[k].lower == ":" && k + 1 == all.size())) start = k + 1;
    std::vector<Token> toks(all.begin() + static_cast<long>(start), all.end());
    // The last cue speaks, unless it leans on an earlier one: a participle after a comma
    // ("said, adding that") or a verb joined by "and"/"but" ("has said ... and predicted")
    // shares the earlier cue's subject.
    std::optional<size_t> dependent;
    for (size_t k = toks.size(); k-- > 0;) {
      const Cue* c = cue_at(toks, k, lex_);
      if (!c) continue;
      if (c->ambiguous) {
        size_t n = k + c->words.size();
        if (n < toks.size() && toks[n].lower != "that" && toks[n].lower != ":" && toks[n].lower != ",") continue;
      }
      bool leans = k > 0 && ((c->participle && (toks[k - 1].lower == "," || toks[k - 1].lower == "as")) || toks[k - 1].lower == "and" ||
                             toks[k - 1].lower == "but");
      if (leans) {
        if (!dependent) dependent = k;
        continue;
      }
      // A cue whose subject cannot be found gives way to an earlier one ("He said NATO
      // is responding by ...": not "responding", but "He said").
      if (auto a = from_cue(toks, k, *c)) return a;
    }
    if (dependent) return from_cue(toks, *dependent, *cue_at(toks, *dependent, lex_));
    return std::nullopt;
  }

  void marked(const ScannedQuote& s) {
    size_t ib = byte(s.inner.start), ie = byte(s.inner.end);
    size_t ob = byte(s.outer.start), oe = byte(s.outer.end);
    std::string text;
    size_t pos = ib;
    for (const Span& r : s.reopen) {
      size_t rb = byte(r.start), re = byte(r.end);
      if (rb < pos || rb > ie) continue;
      text.append(doc_.text, pos, rb - pos);
      pos = re;
    }
    text.append(doc_.text, pos, ie - pos);
    auto words = tokenize(text, 0, text.size());
    size_t nwords = std::count_if(words.begin(), words.end(), [](const Token& t) { return t.word; });
    if (nwords == 0) return;

    size_t para = span_index(ctx_.paragraphs, ob);
    size_t sb = ctx_.sentences[span_index(ctx_.sentences, ob)].first;
    size_t se = ctx_.sentences[span_index(ctx_.sentences, oe > 0 ? oe - 1 : 0)].second;
    sb = std::max(sb, ctx_.paragraphs[para].first);
    se = std::max(se, oe);
    // Cues sit near their quote: look at most kWindow bytes either side (keeps a page-long
    // "sentence" of marks linear).
    if (ob > sb + kWindow) sb = cp_start(ob - kWindow);
    if (se > oe + kWindow) se = cp_start(oe + kWindow);
    const Turn* turn = turn_at(ob);
    std::optional<size_t> saved_turn_speaker = ctx_.turn_speaker;
    ctx_.turn_speaker = turn ? turn->entity : std::nullopt;
    ctx_.quote = {ob, oe};

    char last = text.empty() ? 0 : text.back();
    bool ends_clause = last == ',' || last == '.' || last == '!' || last == '?';
    bool ends_sentence = last == '.' || last == '!' || last == '?';
    std::optional<Attribution> attr;
    // `"... economy."  said Stephen Harper`: the segmenter ends the sentence inside the
    // quote; a next sentence that opens with a lower-case word continues it.
    if (se <= oe + 1) {
      size_t si = span_index(ctx_.sentences, oe);
      // A line break the source put between the quote and "said X" splits the paragraph.
      if (si + 1 < ctx_.sentences.size()) {
        bool same_paragraph = ctx_.sentences[si + 1].first < ctx_.paragraphs[para].second;
        // Its first word, and as many after it as a cue may have.
        auto next = first_tokens(doc_.text, ctx_.sentences[si + 1].first, ctx_.sentences[si + 1].second, lex_.longest_cue);
        if (!next.empty() && next[0].word && !next[0].cap && (same_paragraph || cue_at(next, 0, lex_)))
          se = ctx_.sentences[si + 1].second;
      }
    }
    // The words after the quote matter when the quote ends a clause or a comma or dash
    // follows it; the first token tells which.
    bool right_clause = ends_clause;
    if (!right_clause) {
      auto first = first_token(doc_.text, oe, se);
      right_clause = first && (first->lower == "," || first->lower == "\u2014");
    }
    if (right_clause) attr = right_cue(tokenize(doc_.text, oe, se));
    bool adjacent = attr.has_value();
    if ((!attr || (!attr->speaker.resolved() && !attr->speaker.source_text)) && ob > sb) {
      auto left = left_cue(sb, ob);
      if (left && (!attr || left->speaker.resolved())) attr = left;
    }

    Quote q;
    q.text = text;
    q.span = Span{s.inner.start, s.inner.end};
    bool starts_upper = false;
    for (const Token& t : words)
      if (t.word) {
        starts_upper = t.cap;
        break;
      }
    bool sentence_start = ob <= sb || prev_token(ob).lower == ":";
    q.kind = (starts_upper || sentence_start) && (nwords >= 3 || ends_sentence) ? "direct" : "partial";
    Clues clues{attr.has_value(), adjacent, starts_upper, ends_clause, sentence_start && ends_sentence};
    q.speech = is_speech(words, nwords, ob, oe, clues);

    if (q.speech) {
      if (attr) {
        q.cue = attr->cue;
        q.speaker = speaker_of(attr->speaker);
        q.source_text = attr->speaker.source_text;
        q.source_span = mention_span(attr->speaker);
      } else if (!turn) {
        standalone(q, s, para, sb, se, ob, oe);
      }
      if (!turn) last_ = Last{span_index(ctx_.paragraphs, oe > 0 ? oe - 1 : 0), q.speaker, q.source_text, q.source_span, true};
    }
    ctx_.turn_speaker = saved_turn_speaker;
    ctx_.quote = {0, 0};
    out_.push_back(std::move(q));
  }

  // The last token of the 60 bytes before POS (asked twice for a quote's opening mark).
  Token prev_token(size_t pos) const {
    if (pos == prev_pos_) return prev_;
    size_t from = pos > 60 ? pos - 60 : 0;
    while (from > 0 && (static_cast<unsigned char>(doc_.text[from]) & 0xC0) == 0x80) --from;
    prev_ = last_token(doc_.text, from, pos).value_or(Token{});
    prev_pos_ = pos;
    return prev_;
  }

  Token next_token(size_t pos, size_t end) const {
    return first_token(doc_.text, pos, std::min(end, pos + 60)).value_or(Token{});
  }

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
  };

  bool is_speech(const std::vector<Token>& words, size_t nwords, size_t ob, size_t oe, const Clues& c) const {
    if (nwords >= 2 && nwords <= 10 && !c.ends_clause) {  // a title, all capitalised words?
      size_t caps = 0;
      for (const Token& t : words) caps += t.word && (t.cap || lex_.is(t.lower, "connector"));
      if (caps == nwords) return false;
    }
    if (nwords >= 6) return true;
    Token prev = prev_token(ob);
    if (prev.word && lex_.is(prev.lower, "term")) return false;
    if (governed_by_cue(ob)) return true;
    Token next = next_token(oe, doc_.text.size());
    if (prev.word && (lex_.is(prev.lower, "det") || lex_.is(prev.lower, "term"))) return false;
    if (c.adjacent || c.own_sentence) return true;
    if (nwords == 1) return false;
    if (next.word && !next.cap && !c.ends_clause && !lex_.is(next.lower, "function") && !cue_at({next}, 0, lex_))
      return false;
    if (prev.word && lex_.is(prev.lower, "aux")) return true;
    if (c.cue) return true;
    return c.starts_upper && c.ends_clause && nwords >= 3;
  }

  // Whether a verb of saying governs the quote at OB as its object or complement: the cue
  // right before it, or before a determiner, "it", "as", "of", "for" ("expressed "deep
  // regret"", "described it as "a mistake"", "called for "restraint""). Such a quote is
  // speech whatever its length.
  bool governed_by_cue(size_t ob) const {
    size_t from = ob > 80 ? cp_start(ob - 80) : 0;
    auto toks = last_tokens(doc_.text, from, ob, 6);
    size_t k = toks.size();
    size_t skipped = 0;
    while (k > 0 && skipped < 3) {
      const Token& t = toks[k - 1];
      bool skip = t.lower == ":" || t.lower == "," ||
                  (t.word && (lex_.is(t.lower, "det") || t.lower == "it" || t.lower == "them" || t.lower == "as" ||
                              t.lower == "of" || t.lower == "for" || t.lower == "that"));
      if (!skip) break;
      --k;
      ++skipped;
    }
    // The cue may be one to three words ending at toks[k - 1].
    for (size_t n = 1; n <= 3 && n <= k; ++n) {
      const Cue* c = cue_at(toks, k - n, lex_);
      if (c && c->words.size() == n && !c->ambiguous && !c->subject_after) return true;
    }
    return false;
  }

  // A quote without a cue in its sentence: the person the next sentence of its paragraph
  // opens with ("“We are very patient.” Sergei Lavrov has been ..."), else the speaker of
  // the previous quote when it stands at a sentence start right after it.
  void standalone(Quote& q, const ScannedQuote& s, size_t para, size_t sb, size_t se, size_t ob, size_t oe) {
    (void)s;
    (void)oe;
    auto [pb, pe] = ctx_.paragraphs[para];
    bool opens_sentence = ob <= sb;
    if (ob == pb && se < pe) {
      auto next = tokenize(doc_.text, se, std::min(pe, se + 200));
      size_t first = 0;
      while (first < next.size() && !next[first].word) ++first;
      if (first < next.size()) {
        if (auto e = person_at(next[first].b)) {
          Found f;
          f.entity = e;
          q.speaker = speaker_of(f);
        f.b = next[first].b;
        f.e = mention_end(f.b);
        q.source_span = mention_span(f);
          return;
        }
      }
    }
    if (!opens_sentence) return;
    if (last_.valid && para <= last_.para + 1) {
      q.speaker = last_.speaker;
      q.source_text = last_.source_text;
      q.source_span = last_.source_span;
      return;
    }
    // "President Dmitry Medvedev went on national television. "There is no more important
    // task ..."": the person the sentence before opens with, in this paragraph or the last.
    size_t si = span_index(ctx_.sentences, ob);
    if (si == 0 || ctx_.sentences[si].first > ob) return;
    auto [psb, pse] = ctx_.sentences[si - 1];
    if (span_index(ctx_.paragraphs, psb) + 1 < para) return;
    auto toks = first_tokens(doc_.text, psb, std::min(pse, psb + 200), 5);
    for (size_t k = 0; k < toks.size() && k < 5; ++k) {
      if (!toks[k].cap) break;
      if (auto e = person_at(toks[k].b)) {
        Found f;
        f.entity = e;
        q.speaker = speaker_of(f);
        f.b = toks[k].b;
        f.e = mention_end(f.b);
        q.source_span = mention_span(f);
        return;
      }
    }
  }

  // The end of the entity mention starting at byte B (B when there is none).
  size_t mention_end(size_t b) const {
    const auto& ms = resolver_.mentions();
    auto it = std::lower_bound(ms.begin(), ms.end(), b, [](const MentionResolver::Span& m, size_t p) { return m.begin < p; });
    return it != ms.end() && it->begin == b ? it->end : b;
  }

  std::optional<size_t> person_at(size_t b) const {
    auto e = resolver_.entity_at(b);
    if (e && (*ctx_.entities)[*e].type == "PERSON") return e;
    return std::nullopt;
  }

  // Reported speech outside quote marks, at most one per sentence without a marked
  // quote: "according to X, CLAUSE", "X said (that) CLAUSE", "X told Y that CLAUSE" and
  // "CLAUSE, X said." A cue followed by "to", "for" or "about" ("asked for details",
  // "continued to") reports no words; a cue that is also a noun ("states", "claims") is
  // not taken here.
  void indirect() {
    std::vector<Span> taken;
    for (const Quote& q : out_) taken.push_back(q.span);
    for (auto [sb, se] : ctx_.sentences) {
      int64_t cs = cp(sb), ce = cp(se);
      if (std::any_of(taken.begin(), taken.end(), [&](const Span& t) { return t.start < ce && cs < t.end; })) continue;
      auto toks = tokenize(doc_.text, sb, se);
      while (!toks.empty() && !toks.back().word) toks.pop_back();
      for (size_t k = 0; k < toks.size(); ++k) {
        const Cue* c = cue_at(toks, k, lex_);
        if (!c || c->participle || c->ambiguous) continue;
        size_t after = k + c->words.size();
        size_t cb = 0, ceb = 0;
        if (c->subject_after) {
          size_t comma = after;
          while (comma < toks.size() && toks[comma].lower != ",") ++comma;
          if (comma + 4 < toks.size()) {
            cb = toks[comma + 1].b;
            ceb = toks.back().e;
          } else if (k >= 4 && toks[k - 1].lower == ",") {
            cb = toks[0].b;
            ceb = toks[k - 2].e;
          }
        } else {
          size_t that = after;
          while (that < toks.size() && that < after + 4 && toks[that].lower != "that" && toks[that].word) ++that;
          bool has_that = that < toks.size() && toks[that].lower == "that";
          const std::string& next = after < toks.size() ? toks[after].lower : std::string();
          static const char* kNotClause[] = {"to", "for", "about", "so", "it", "on", "in", "at", "by", "from",
                                             "with", "after", "before", "during", "over", "through", "in", "last"};
          bool bare = (c->lemma == "say" || c->lemma == "tell") && after < toks.size() && toks[after].word &&
                      std::none_of(std::begin(kNotClause), std::end(kNotClause), [&](const char* w) { return next == w; });
          auto [subj_b, subj_e] = subject_before(toks, k);
          if (has_that && that + 4 < toks.size()) {
            cb = toks[that + 1].b;
            ceb = toks.back().e;
          } else if (bare && after + 3 < toks.size() && c->lemma == "say") {
            cb = toks[after].b;
            ceb = toks.back().e;
          } else if (subj_b >= 4 && subj_b < subj_e && toks[subj_b - 1].lower == "," && after + 4 >= toks.size()) {
            cb = toks[0].b;
            ceb = toks[subj_b - 2].e;  // "CLAUSE, X said (on Thursday)."
          }
        }
        if (cb >= ceb) continue;
        auto a = from_cue(toks, k, *c);
        if (!a || (!a->speaker.resolved() && !a->speaker.source_text)) continue;
        while (ceb > cb && (doc_.text[ceb - 1] == '.' || doc_.text[ceb - 1] == ',')) --ceb;
        Quote q;
        q.kind = "indirect";
        q.text = doc_.text.substr(cb, ceb - cb);
        q.span = Span{cp(cb), cp(ceb)};
        q.cue = a->cue;
        q.speaker = speaker_of(a->speaker);
        q.source_text = a->speaker.source_text;
        q.source_span = mention_span(a->speaker);
        out_.push_back(std::move(q));
        break;
      }
    }
  }

  struct Last {
    size_t para = 0;
    std::optional<Speaker> speaker;
    std::optional<std::string> source_text;
    std::optional<Span> source_span;
    bool valid = false;
  };

  const Document& doc_;
  const QuoteOptions& options_;
  const Lexicon& lex_;
  utf8::OffsetMap map_;
  MentionResolver resolver_;
  Context ctx_;
  std::vector<Turn> turns_;
  std::vector<Quote> out_;
  Last last_;
  mutable size_t prev_pos_ = std::string::npos;
  mutable Token prev_;
};

}  // namespace

std::vector<Quote> find_quotes(const Document& doc, const std::vector<Entity>& entities, const QuoteOptions& options,
                               std::vector<Warning>* warnings) {
  if (doc.text.empty()) return {};
  return Annotator(doc, entities, options).run(warnings);
}

void annotate_quotes(Document& doc, const QuoteOptions& options) {
  std::vector<Warning> warnings;
  std::vector<Quote> quotes;
  if (doc.entities) {
    quotes = find_quotes(doc, *doc.entities, options, &warnings);
  } else {
    quotes = find_quotes(doc, find_entities(doc), options, &warnings);
  }
  doc.warnings.erase(std::remove_if(doc.warnings.begin(), doc.warnings.end(),
                                    [](const Warning& w) { return w.code == "unbalanced-quote"; }),
                     doc.warnings.end());
  for (auto& w : warnings) doc.warnings.push_back(std::move(w));
  doc.quotes = std::move(quotes);
}

std::vector<QuoteRow> quote_rows(const Document& doc) {
  std::vector<QuoteRow> rows;
  if (!doc.quotes) return rows;
  for (const Quote& q : *doc.quotes) rows.push_back(QuoteRow{doc.id, q, &doc.text});
  return rows;
}

}  // namespace dossier
