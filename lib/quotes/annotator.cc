// The quotes layer: marked quotations classified as speech or not (speech.cc) and
// attributed to a speaker (cues.cc, through the mention resolver; unframed.cc when no cue
// frames the quote), transcript turns
// (turns.cc), block and signed quotations (blocks.cc) and, when asked, indirect speech
// (indirect.cc). The scanner is scan.cc.
// Tested by quotes_test.cc, attribution_test.cc and tests/golden/extract-quotes/.
#include "dossier/quotes.h"

#include <algorithm>

#include "dossier/entities.h"
#include "dossier/utf8.h"
#include "quotes_internal.h"

namespace dossier {

using namespace quotes_detail;

namespace {

// Cues sit near their quote: look at most kWindow bytes either side (keeps a page-long
// "sentence" of marks linear).
constexpr size_t kWindow = 400;

class Annotator {
 public:
  Annotator(const Document& doc, const std::vector<Entity>& entities, const QuoteOptions& options)
      : env_(doc, entities), options_(options), turns_(env_), cues_(env_), speech_(env_), unframed_(env_, cues_) {}

  std::vector<Quote> run(std::vector<Warning>* warnings) {
    turns_.find_turns();
    turns_.find_guest();
    auto scanned = scan_quotes(env_.doc.text, env_.map, env_.doc.paragraphs, warnings);
    env_.ctx.quoted.reserve(scanned.size());
    for (const ScannedQuote& s : scanned) env_.ctx.quoted.push_back({env_.byte(s.outer.start), env_.byte(s.outer.end)});
    std::sort(env_.ctx.quoted.begin(), env_.ctx.quoted.end());
    out_.reserve(scanned.size() + turns_.turns().size());
    for (const ScannedQuote& s : scanned) marked(s);
    for (auto& t : turns_.turns()) out_.push_back(std::move(t.quote));
    for (auto& q : block_quotes(env_, cues_, out_)) out_.push_back(std::move(q));
    for (auto& q : signed_quotes(env_, out_)) out_.push_back(std::move(q));
    if (options_.indirect)
      for (auto& q : indirect_quotes(env_, cues_, out_)) out_.push_back(std::move(q));
    std::stable_sort(out_.begin(), out_.end(), [](const Quote& a, const Quote& b) { return a.span < b.span; });
    title_speech(env_, out_);
    echo_speech(out_);
    for (size_t i = 0; i < out_.size(); ++i) out_[i].id = "q" + std::to_string(i + 1);
    return std::move(out_);
  }

  void marked(const ScannedQuote& s) {
    size_t ib = env_.byte(s.inner.start), ie = env_.byte(s.inner.end);
    size_t ob = env_.byte(s.outer.start), oe = env_.byte(s.outer.end);
    std::string text;
    size_t pos = ib;
    for (const Span& r : s.reopen) {
      size_t rb = env_.byte(r.start), re = env_.byte(r.end);
      if (rb < pos || rb > ie) continue;
      text.append(env_.doc.text, pos, rb - pos);
      pos = re;
    }
    text.append(env_.doc.text, pos, ie - pos);
    auto words = tokenize(text, 0, text.size());
    size_t nwords = std::count_if(words.begin(), words.end(), [](const Token& t) { return t.word; });
    if (nwords == 0) return;

    size_t para = span_index(env_.ctx.paragraphs, ob);
    size_t sb = env_.ctx.sentences[span_index(env_.ctx.sentences, ob)].first;
    size_t se = env_.ctx.sentences[span_index(env_.ctx.sentences, oe > 0 ? oe - 1 : 0)].second;
    sb = std::max(sb, env_.ctx.paragraphs[para].first);
    se = std::max(se, oe);
    // Cues sit near their quote: look at most kWindow bytes either side (keeps a page-long
    // "sentence" of marks linear).
    if (ob > sb + kWindow) sb = env_.cp_start(ob - kWindow);
    if (se > oe + kWindow) se = env_.cp_start(oe + kWindow);
    const Turn* turn = turns_.turn_at(ob);
    std::optional<size_t> saved_turn_speaker = env_.ctx.turn_speaker;
    env_.ctx.turn_speaker = turn ? turn->entity : turns_.guest_at(ob);
    env_.ctx.quote = {ob, oe};

    char last = text.empty() ? 0 : text.back();
    bool ends_clause = last == ',' || last == '.' || last == '!' || last == '?';
    bool ends_sentence = last == '.' || last == '!' || last == '?';
    std::optional<Attribution> attr;
    // `"... economy."  said Stephen Harper`: the segmenter ends the sentence inside the
    // quote; a next sentence that opens with a lower-case word continues it.
    if (se <= oe + 1) {
      size_t si = span_index(env_.ctx.sentences, oe);
      // A line break the source put between the quote and "said X" splits the paragraph.
      if (si + 1 < env_.ctx.sentences.size()) {
        bool same_paragraph = env_.ctx.sentences[si + 1].first < env_.ctx.paragraphs[para].second;
        // Its first word, and as many after it as a cue may have.
        auto next = first_tokens(env_.doc.text, env_.ctx.sentences[si + 1].first, env_.ctx.sentences[si + 1].second, env_.lex.longest_cue);
        if (!next.empty() && next[0].word && !next[0].cap && (same_paragraph || cue_at(next, 0, env_.lex)))
          se = env_.ctx.sentences[si + 1].second;
      }
    }
    // The words after the quote matter when the quote ends a clause or a comma or dash
    // follows it; the first token tells which.
    bool right_clause = ends_clause;
    if (!right_clause) {
      auto first = first_token(env_.doc.text, oe, se);
      right_clause = first && (first->lower == ","sv || is_dash(*first));
    }
    // `the motto of X, "..."`: a cited source right before the quote is its author.
    // Both end in a name or a comma, colon or dash right before the mark: the token there
    // (cached for the speech test) rules most quotes out before any words are read.
    const Token before_mark = ob > sb ? env_.prev_token(ob) : Token{};
    bool introduced = before_mark.lower == ","sv || before_mark.lower == ":"sv;
    // The words right before the mark, tokenized once for the three readings below.
    std::vector<Token> before;
    if (introduced || before_mark.cap || is_dash(before_mark)) {
      before = last_tokens(env_.doc.text, ob > sb + 160 ? env_.cp_start(ob - 160) : sb, ob, 16);
      attr = cited_source(env_, before);
    }
    // `Her reply was: "..."`: words introduced as someone's own are theirs.
    if (introduced && !attr) attr = owned_quotation(env_, before);
    // `people say, 'Hey Ann,' I say, 'Hey John'`: a quote right after "CUE," or "CUE:" is
    // that cue's, even when another cue follows it (which then opens the next quote).
    if (introduced && !attr) {
      size_t n = before.size();
      if (n >= 2 && (before[n - 1].lower == ","sv || before[n - 1].lower == ":"sv) && cue_at(before, n - 2, env_.lex)) {
        auto left = cues_.left_cue(sb, ob);
        if (left && (left->speaker.resolved() || left->speaker.anonymous)) {
          attr = left;
        } else if (cue_opens_next(oe, se)) {
          // The cue after this quote opens the next one: this quote's speaker is the
          // subject of the cue before it, found or not.
          attr = left ? left : Attribution{Found{}, cue_at(before, n - 2, env_.lex)->lemma};
        }
      }
    }
    bool cue_right_after = false;  // `"...," said X` or `"...," X said`
    if (right_clause && !attr) {
      attr = cues_.right_cue(tokenize(env_.doc.text, oe, se));
      cue_right_after = attr.has_value();
    }
    // A heading of a label and a quote ("Swedish “Regret”", "Acme: 'Not
    // guilty'"): the label speaks.
    if (!attr) attr = unframed_.heading_label(para, ob, oe);
    // A credit after a dash ("— Ana Ruiz, rigger") names whoever speaks.
    if (!attr) attr = unframed_.credit_line(para, ob, oe);
    bool adjacent = attr.has_value();
    // `comes at a "critical time" as ..., NATO's chief said Tuesday.`: the cue closing the
    // sentence reports the clause the quote stands in.
    const std::optional<size_t> closing_comma = speech_.closing_cue(span_index(env_.ctx.sentences, ob), oe);
    if (!attr && closing_comma) attr = cues_.right_cue(tokenize(env_.doc.text, *closing_comma, se));
    // "according to AGENCY" after a quote whose clause has a speaker of its own ("the
    // Russian leader proposed "...", according to RIA") names the reporter, not the speaker.
    bool reporter = attr && attr->cue && attr->cue->compare(0, 9, "according") == 0 &&
                    !(attr->speaker.entity && (*env_.ctx.entities)[*attr->speaker.entity].type == "PERSON"sv);
    if ((!attr || reporter || (!attr->speaker.resolved() && !attr->speaker.anonymous)) && ob > sb) {
      auto left = cues_.left_cue(sb, ob);
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
    bool sentence_start = ob <= sb || env_.prev_token(ob).lower == ":"sv;
    // A short quote is a whole utterance when it opens its sentence with a capital and a cue
    // after it names the speaker (`"We'll see," said Hale`); a fragment otherwise.
    bool whole_turn = starts_upper && sentence_start && cue_right_after && attr;
    q.kind = ((starts_upper || sentence_start) && (nwords >= 3 || ends_sentence)) || whole_turn ? "direct" : "partial";
    // `would face "severe penalties" for any "delay"`: a quote in the clause of
    // the speech quote before it, a few words on in the same sentence, is the same speaker's
    // (unless an owner comes between: `over Acme's decision to "pause"` are Acme's).
    bool follows_speech = false;
    if (last_.valid && last_.sentence == span_index(env_.ctx.sentences, ob) && last_.end <= ob && ob - last_.end <= 80) {
      auto between = tokenize(env_.doc.text, last_.end, ob);
      follows_speech = std::none_of(between.begin(), between.end(), [](const Token& t) {
        return t.lower == "."sv || t.lower == ";"sv || t.lower == ":"sv || t.lower == "("sv || t.lower == ")"sv ||
               words::is_possessive(t);
      });
    }
    Clues clues{attr.has_value(), adjacent, starts_upper, ends_clause, sentence_start && ends_sentence, follows_speech, closing_comma, false};
    q.speech = speech_.is_speech(words, nwords, ob, oe, clues);
    // A phrase a turn's speaker marks in their own words is theirs; what they quote as a
    // sentence or after a cue may be anyone's ("we hear "no, don't worry"").
    bool own_phrase = false;
    if (!q.speech && turn) {
      clues.in_turn = true;
      q.speech = own_phrase = speech_.is_speech(words, nwords, ob, oe, clues);
    }

    // "declared it "odd", declaring that "...": a participle or "and" leaning on the cue
    // of an earlier quote of the sentence finds no subject after that quote; the earlier
    // quote's speaker speaks on.
    bool same_sentence = last_.valid && last_.sentence == span_index(env_.ctx.sentences, ob);
    if (attr && !attr->speaker.resolved() && !attr->speaker.anonymous && !turn && same_sentence && last_.speaker)
      attr.reset();
    if (q.speech) {
      if (attr && first_person_inside(attr->speaker, ob, oe)) {
        // `"Then I thought, 'Why not?'," she said`: "I" inside a quote is its speaker.
        q.cue = attr->cue;
        q.speaker = last_.speaker;
        q.source_text = last_.source_text;
        q.source_span = last_.source_span;
      } else if (attr) {
        q.cue = attr->cue;
        q.speaker = env_.speaker_of(attr->speaker);
        q.source_text = attr->speaker.source_text;
        q.source_span = env_.mention_span(attr->speaker);
      } else if (own_phrase) {
        q.speaker = turn->quote.speaker;
      } else if (!turn && same_sentence) {
        // The second quote of a sentence (`X said the plan was "a" and "b"`) shares the
        // first one's speaker.
        q.speaker = last_.speaker;
        q.source_text = last_.source_text;
        q.source_span = last_.source_span;
      } else if (!turn && !in_parenthesis(sb, ob)) {
        // An aside in brackets with no cue of its own is nobody's the sentence names.
        unframed_.attribute(q, para, sb, se, ob, last_);
      }
      if (!turn)
        last_ = LastQuote{span_index(env_.ctx.paragraphs, oe > 0 ? oe - 1 : 0), span_index(env_.ctx.sentences, oe > 0 ? oe - 1 : 0),
                     q.speaker, q.source_text, q.source_span, true, oe, ob};
    }
    env_.ctx.turn_speaker = saved_turn_speaker;
    env_.ctx.quote = {0, 0};
    if (s.reopen.empty()) {
      out_.push_back(std::move(q));
      return;
    }
    // A quotation continued over paragraphs, each opened with a mark of its own: one quote
    // per opening mark, all with the speaker and cue found for the whole.
    size_t from = ib;
    for (size_t r = 0; r <= s.reopen.size(); ++r) {
      size_t to = ie, next = ie;
      if (r < s.reopen.size()) {
        to = env_.byte(s.reopen[r].start);
        next = env_.byte(s.reopen[r].end);
        if (to < from || to > ie) continue;
      }
      size_t end = to;
      while (end > from && (env_.doc.text[end - 1] == ' ' || env_.doc.text[end - 1] == '\n')) --end;
      if (end > from) {
        Quote part = q;
        part.text = std::string(env_.doc.text.substr(from, end - from));
        part.span = Span{env_.cp(from), env_.cp(end)};
        if (from != ib) part.kind = "direct";
        out_.push_back(std::move(part));
      }
      from = next;
    }
  }

  // Whether the words after a quote ending at OE are a cue that opens a quote of its own
  // (`... ask, 'Any news?' I answer, 'None yet'`): that cue is the next quote's, not this one's.
  bool cue_opens_next(size_t oe, size_t se) const {
    auto toks = first_tokens(env_.doc.text, oe, std::min(se, oe + 80), 10);
    for (size_t k = 0; k < toks.size() && k < 6; ++k) {
      const Cue* c = cue_at(toks, k, env_.lex);
      if (!c) continue;
      size_t n = k + c->words.size();
      if (n + 1 >= toks.size() || (toks[n].lower != ","sv && toks[n].lower != ":"sv)) return false;
      const std::string& m = toks[n + 1].lower;
      return m == "'"sv || m == "\""sv || m == "\u2018"sv || m == "\u201C"sv;
    }
    return false;
  }

  // Whether a bracket opened in [SB, OB) is still open at OB: read back from OB, an opener
  // that no closer after it matches. Only the last kMaxAside bytes are read, so that a long
  // sentence full of quotes costs each quote the same.
  bool in_parenthesis(size_t sb, size_t ob) const {
    constexpr size_t kMaxAside = 2000;
    const size_t from = ob - sb > kMaxAside ? ob - kMaxAside : sb;
    int closers = 0;
    for (size_t i = ob; i > from; --i) {
      char c = env_.doc.text[i - 1];
      if (c == ')' || c == ']') ++closers;
      if (c == '(' || c == '[') {
        if (closers == 0) return true;
        --closers;
      }
    }
    return false;
  }

  // Whether the quote [OB, OE) stands inside the last speech quote outside a turn and F,
  // the subject of its cue, is "I" or "we" said there.
  bool first_person_inside(const Found& f, size_t ob, size_t oe) const {
    if (!last_.valid || !last_.speaker || ob <= last_.begin || oe > last_.end || f.e <= f.b) return false;
    if (f.b <= last_.begin || f.e > last_.end) return false;
    std::string w;
    for (size_t i = f.b; i < f.e; ++i) w += utf8::ascii_lower(env_.doc.text[i]);
    return env_.lex.is(w, "pronoun-1");
  }

 private:
  Env env_;
  const QuoteOptions& options_;
  Turns turns_;
  Cues cues_;
  Speech speech_;
  Unframed unframed_;
  std::vector<Quote> out_;
  LastQuote last_;
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
                                    [](const Warning& w) { return w.code == "unbalanced-quote"sv; }),
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
