// Attribution of quotes no cue frames (see quotes_internal.h): a heading's label, and the
// quote standing alone between sentences, which takes its speaker from the sentences
// around it or from the quote before. Tested by attribution_test.cc.
#include <algorithm>

#include "quotes_internal.h"

namespace dossier::quotes_detail {

namespace {

// The end of text[b, e) without its trailing spaces and line breaks.
size_t trimmed_end(std::string_view text, size_t b, size_t e) {
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
  return e;
}

}  // namespace

// A heading paragraph of one to three capitalised words (a name or a nationality) and the
// quote that ends it: the speaker the label names, or nullopt.
std::optional<Attribution> Unframed::heading_label(size_t para, size_t ob, size_t oe) const {
  auto [pb, pe] = env_.ctx.paragraphs[para];
  pe = trimmed_end(env_.doc.text, pb, pe);
  if (pe != oe || ob <= pb || pe - pb > 100) return std::nullopt;
  auto label = tokenize(env_.doc.text, pb, ob);
  while (!label.empty() && (label.back().lower == ":"sv || label.back().lower == ","sv)) label.pop_back();
  if (label.empty() || label.size() > 3) return std::nullopt;
  for (const Token& t : label)
    if (!t.word || !t.cap) return std::nullopt;
  Found f = resolve_subject(env_.ctx, label.front().b, label.back().e);
  if (!f.resolved()) return std::nullopt;
  return Attribution{f, std::nullopt};
}

// The pull-quote and vox-pop credit: `"We just want a fair deal." — Ana Ruiz, 41, rigger`,
// the dash opening the next paragraph or following the quote at the end of its own. The
// quote opens its paragraph; the credit is short, runs to its paragraph's end, names a person
// or an organisation in capitalised words, or describes one ("a taxi driver"), and is no
// item of a list of dashes. A credit with a verb of saying ("- Hale said") is read as a cue.
std::optional<Attribution> Unframed::credit_line(size_t para, size_t ob, size_t oe) const {
  const auto& paras = env_.ctx.paragraphs;
  auto [pb, pe] = paras[para];
  if (ob != pb) return std::nullopt;
  size_t cb = oe, ce = trimmed_end(env_.doc.text, pb, pe);
  if (ce <= oe) {  // the quote ends its paragraph: the credit is the next one
    if (para + 1 >= paras.size()) return std::nullopt;
    cb = paras[para + 1].first;
    ce = trimmed_end(env_.doc.text, cb, paras[para + 1].second);
    // A run of lines opened by dashes is a list, not a credit.
    if (para + 2 < paras.size()) {
      auto next = first_tokens(env_.doc.text, paras[para + 2].first, paras[para + 2].second, 1);
      if (!next.empty() && is_dash(next[0])) return std::nullopt;
    }
  }
  if (ce <= cb || ce - cb > 160) return std::nullopt;
  auto toks = tokenize(env_.doc.text, cb, ce);
  size_t k = 0;
  while (k < toks.size() && k < 2 && is_dash(toks[k])) ++k;
  if (k == 0 || k >= toks.size() || !toks[k].word || !toks[k].cap) return std::nullopt;
  size_t first = k, last = k;
  while (last < toks.size() && toks[last].lower != ","sv && toks[last].lower != "("sv) ++last;
  while (last > first && !toks[last - 1].word && toks[last - 1].lower == "."sv && last == toks.size()) --last;
  if (last == first || last - first > 8) return std::nullopt;
  for (size_t j = first; j < last; ++j) {
    // A sentence's end (not the full stop of an initial or a title: "Dr. Ana Ruiz").
    if ((toks[j].lower == "!"sv || toks[j].lower == "?"sv || toks[j].lower == "."sv) && boundary_at(toks, j)) return std::nullopt;
    if (cue_at(toks, j, env_.lex)) return std::nullopt;  // "- Hale said on Tuesday": a cue's, not a credit's
  }
  Found f = resolve_subject(env_.ctx, toks[first].b, toks[last - 1].e);
  if (f.entity) {
    const std::string& type = (*env_.ctx.entities)[*f.entity].type;
    if (type != "PERSON"sv && type != "ORG"sv) return std::nullopt;
  } else if (!f.name.empty()) {
    // A name read from the text is capitalised words: "The crowd went quiet" names no one.
    for (size_t j = first; j < last; ++j)
      if (toks[j].word && !toks[j].cap && !env_.lex.is(toks[j].lower, "connector")) return std::nullopt;
  } else {
    // Unnamed: a description opened by an article ("A taxi driver waiting at the gate").
    if (toks[first].lower != "a"sv && toks[first].lower != "an"sv && toks[first].lower != "one"sv) return std::nullopt;
    f.source_text = std::string(env_.doc.text.substr(toks[first].b, toks[last - 1].e - toks[first].b));
  }
  return Attribution{f, std::nullopt};
}

// A quote without a cue in its sentence: the person the next sentence of its paragraph
// opens with ("“We can wait.” Anna Berg has been ..."), else the speaker of
// the previous quote when it stands at a sentence start right after it.
void Unframed::attribute(Quote& q, size_t para, size_t sb, size_t se, size_t ob, const LastQuote& previous) const {
  auto [pb, pe] = env_.ctx.paragraphs[para];
  bool opens_sentence = ob <= sb;
  if (ob == pb && se < pe) {
    auto next = tokenize(env_.doc.text, se, std::min(pe, se + 200));
    size_t first = 0;
    while (first < next.size() && !next[first].word) ++first;
    if (first < next.size()) {
      if (auto e = env_.person_at(next[first].b)) {
        Found f;
        f.entity = e;
        f.b = next[first].b;
        f.e = env_.mention_end(f.b);
        q.speaker = env_.speaker_of(f);
        q.source_span = env_.mention_span(f);
        return;
      }
    }
  }
  if (!opens_sentence) {
    // `Nick Bos studies "the adaptations ..."`: a quote inside a sentence without a cue,
    // taken as speech by its length or clause, is the words of the person or
    // organisation the sentence opens with, if it opens with one.
    // Past a title the entities layer leaves out ("Mr Justice X agreed ...").
    auto firsts = first_tokens(env_.doc.text, sb, ob, 3);
    std::optional<size_t> e;
    const Token* first = nullptr;
    for (const Token& t : firsts) {
      if (!t.word) break;
      // A name the entities layer knows may be written in lower case ("eBay", "iTunes").
      if ((e = env_.resolver.entity_at(t.b))) {
        first = &t;
        break;
      }
      if (!t.cap) break;
    }
    if (!e) return;
    const std::string& type = (*env_.ctx.entities)[*e].type;
    if (type != "PERSON"sv && type != "ORG"sv) return;
    Found f;
    f.entity = e;
    f.b = first->b;
    f.e = env_.mention_end(f.b);
    q.speaker = env_.speaker_of(f);
    q.source_span = env_.mention_span(f);
    return;
  }
  // "Mayor X spoke on the radio that evening. "Nothing matters more than the bridge ..."":
  // the person the sentence before opens with, in this paragraph or the last. When that
  // sentence has a cue of its own ("Y described her as ..."), Y speaks on even after an
  // earlier quote of someone else.
  std::optional<size_t> person;
  size_t person_b = 0;
  bool cued = false;
  size_t si = span_index(env_.ctx.sentences, ob);
  if (si > 0 && env_.ctx.sentences[si].first <= ob) {
    auto [psb, pse] = env_.ctx.sentences[si - 1];
    if (span_index(env_.ctx.paragraphs, psb) + 1 >= para) {
      auto toks = first_tokens(env_.doc.text, psb, std::min(pse, psb + 200), 5);
      for (size_t k = 0; k < toks.size() && k < 5 && !person; ++k) {
        if (!toks[k].cap) break;
        if ((person = env_.person_at(toks[k].b))) person_b = toks[k].b;
      }
      if (person) {
        auto rest = first_tokens(env_.doc.text, person_b, std::min(pse, person_b + 120), 8);
        for (size_t k = 1; k < rest.size() && !cued; ++k) cued = cue_at(rest, k, env_.lex) != nullptr;
      }
    }
  }
  // "The host, club captain X, said the season had only begun." then the quote:
  // the one the sentence before reports speaks on, wherever the name stands in it.
  std::optional<Found> reporter;
  if (!person && si > 0 && env_.ctx.sentences[si].first <= ob) {
    auto [psb, pse] = env_.ctx.sentences[si - 1];
    auto last = last_tokens(env_.doc.text, psb, pse, 3);  // the sentence without its final mark
    while (!last.empty() && !last.back().word) last.pop_back();
    if (span_index(env_.ctx.paragraphs, psb) + 1 >= para && pse <= ob && !last.empty())
      if (auto a = cues_.left_cue(psb, last.back().e); a && a->speaker.resolved()) reporter = a->speaker;
  }
  // "Her final message to the board was:" then the quote: the owner of the words speaks.
  if (!person && !reporter && si > 0 && env_.ctx.sentences[si].first <= ob) {
    auto [psb, pse] = env_.ctx.sentences[si - 1];
    if (span_index(env_.ctx.paragraphs, psb) + 1 >= para && pse <= ob)
      if (auto a = owned_quotation(env_, last_tokens(env_.doc.text, psb, pse, 16))) reporter = a->speaker;
  }
  if (reporter) {
    q.speaker = env_.speaker_of(*reporter);
    q.source_span = env_.mention_span(*reporter);
    return;
  }
  auto take_person = [&] {
    Found f;
    f.entity = person;
    f.b = person_b;
    f.e = env_.mention_end(person_b);
    q.speaker = env_.speaker_of(f);
    q.source_span = env_.mention_span(f);
  };
  if (person && cued) return take_person();
  if (previous.valid && para <= previous.para + 1) {
    q.speaker = previous.speaker;
    q.source_text = previous.source_text;
    q.source_span = previous.source_span;
    return;
  }
  if (person) take_person();
}

}  // namespace dossier::quotes_detail
