// Block quotations: a paragraph of quoted words set off without quote marks after a
// paragraph that introduces it with a colon ("In it, the mayor wrote:" then the letter),
// or signed at its end with a dash and its author's name (an epigraph or a pull quote).
// Tested by attribution_test.cc.
#include <algorithm>
#include <cctype>

#include "marks.h"
#include "quotes_internal.h"

namespace dossier::quotes_detail {

namespace {

// Words a block needs to be taken for quoted words rather than a heading or a list item.
constexpr size_t kMinBlockWords = 12;
// Words the introducing sentence needs ("Question:" and "Note:" are labels, not sentences).
constexpr size_t kMinIntroWords = 4;

size_t word_count(const std::vector<Token>& toks) {
  return static_cast<size_t>(std::count_if(toks.begin(), toks.end(), [](const Token& t) { return t.word; }));
}

}  // namespace

// The paragraph after one ending in ":" is a block quotation when it is prose (twelve words
// or more, no list mark, not opening with a quote mark, closing with a sentence mark), no
// turn or quote reaching out of it was found, and the introducing sentence names who
// speaks: its cue's subject ("Norton observed:"), else the first person or he/she/him/her
// it holds ("This would remind him of ...:").
std::vector<Quote> block_quotes(const Env& env, const Cues& cues, const std::vector<Quote>& taken) {
  std::vector<Quote> out;
  const auto& paras = env.ctx.paragraphs;
  const std::string_view text = env.doc.text;
  auto trimmed_end = [&](size_t b, size_t e) {
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
    return e;
  };
  // The last mark of a paragraph before its reference marks ("... terrent". [15] [16]).
  auto last_mark = [&](size_t b, size_t e) -> char {
    e = trimmed_end(b, e);
    while (e > b && text[e - 1] == ']') {
      size_t open = text.rfind('[', e - 1);
      if (open == std::string_view::npos || open < b || e - open > 8) break;
      e = trimmed_end(b, open);
    }
    return e > b ? text[e - 1] : 0;
  };
  for (size_t p = 0; p + 1 < paras.size(); ++p) {
    size_t ib = paras[p].first, ie = trimmed_end(ib, paras[p].second);
    if (ie == ib || text[ie - 1] != ':') continue;
    size_t bb = paras[p + 1].first;
    // A sentence the source broke into paragraphs at its semicolons ("WHEREAS, ...;")
    // runs on into the next paragraph.
    size_t last = p + 1;
    while (last + 1 < paras.size() && last_mark(paras[last].first, paras[last].second) == ';') ++last;
    size_t be = trimmed_end(bb, paras[last].second);
    char mark = last_mark(bb, be);
    if (mark != '.' && mark != '!' && mark != '?' && mark != '"' && mark != '\xE2') continue;
    auto first = first_tokens(text, bb, be, 2);
    bool ellipsis = !first.empty() && (first[0].lower == "."sv || first[0].lower == "\u2026"sv);
    if (first.empty() || (!first[0].word && !ellipsis) ||
        (first.size() > 1 && (first[1].lower == "."sv || first[1].lower == ")"sv) && !ellipsis))
      continue;  // a list item ("1.", "a)") or a paragraph opening with a quote mark or a dash
    auto words = tokenize(text, bb, std::min(be, bb + 400));
    if (word_count(words) < kMinBlockWords) continue;
    int64_t cb = env.cp(bb), ce = env.cp(be);
    // A quote nested in the block is listed on its own; one reaching out of it, or a
    // turn, means the paragraph is no block.
    if (std::any_of(taken.begin(), taken.end(), [&](const Quote& q) {
          return q.span.start < ce && cb < q.span.end && (q.kind == "turn"sv || q.span.start < cb || q.span.end > ce);
        }))
      continue;
    size_t sb = std::max(ib, env.ctx.sentences[span_index(env.ctx.sentences, ie - 1)].first);
    auto intro = tokenize(text, sb, ie);
    if (word_count(intro) < kMinIntroWords) continue;
    Quote q;
    q.kind = "direct";
    q.text = std::string(text.substr(bb, be - bb));
    q.span = Span{cb, ce};
    std::optional<Found> who;
    if (auto a = cues.left_cue(sb, ie - 1); a && a->speaker.resolved()) {
      who = a->speaker;
      q.cue = a->cue;
    }
    for (size_t k = 0; k < intro.size() && !who; ++k) {
      if (!intro[k].word) continue;
      bool pronoun = env.lex.is(intro[k].lower, "pronoun-m") || env.lex.is(intro[k].lower, "pronoun-f");
      if (!pronoun && !env.person_at(intro[k].b)) continue;
      size_t e = pronoun ? intro[k].e : env.mention_end(intro[k].b);
      Found f = resolve_subject(env.ctx, intro[k].b, e);
      if (f.resolved()) who = f;
    }
    // An introduction that names no one ("This occurs for two reasons:") opens a list or
    // an explanation, not quoted words.
    if (!who) continue;
    q.speaker = env.speaker_of(*who);
    q.source_span = env.mention_span(*who);
    out.push_back(std::move(q));
    p = last;
  }
  return out;
}

// A paragraph of its own, with no quote in it, that ends "<sentence mark> — NAME", NAME a
// person's whole mention reaching the paragraph end: the words before the dash are the
// person's ("We will not go back on it. — Ann Lee"), as epigraphs and pull quotes are signed.
std::vector<Quote> signed_quotes(const Env& env, const std::vector<Quote>& taken) {
  std::vector<Quote> out;
  const std::string_view text = env.doc.text;
  for (const auto& [pb, pe] : env.ctx.paragraphs) {
    size_t e = pe;
    while (e > pb && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
    // A name ends the paragraph: most paragraphs end with a sentence mark and stop here.
    if (e - pb < 40 || !(quote_marks::is_ascii_letter(text[e - 1]) || (text[e - 1] & 0x80))) continue;
    // The signature's dash within the last 80 bytes: an em dash, a horizontal bar or "--",
    // read back from the end once.
    size_t from = std::max(pb, e > 80 ? e - 80 : size_t{0});
    size_t dash = std::string_view::npos, dash_len = 0;
    for (size_t i = e - 1; i > from && dash == std::string_view::npos; --i) {
      if (text[i] == '-' && text[i - 1] == '-') dash = i - 1, dash_len = 2;
      if (i + 2 < e && text[i] == '\xE2' && text[i + 1] == '\x80' && (text[i + 2] == '\x94' || text[i + 2] == '\x95'))
        dash = i, dash_len = 3;
    }
    if (dash == std::string_view::npos) continue;
    size_t db = dash, nb = db + dash_len;
    while (nb < e && text[nb] == ' ') ++nb;
    // The person's mention ends the paragraph; a given name the entities layer left out
    // of it may stand before it ("Ann Lee" where only "Lee" is a mention).
    std::optional<size_t> who;
    const auto& ms = env.ctx.mentions();
    auto it = std::lower_bound(ms.begin(), ms.end(), nb, [](const MentionResolver::Span& m, size_t b) { return m.begin < b; });
    for (; it != ms.end() && it->begin < e && !who; ++it) {
      if (it->end != e || (*env.ctx.entities)[it->entity].type != "PERSON"sv) continue;
      auto before = tokenize(text, nb, it->begin);
      if (before.size() <= 2 && std::all_of(before.begin(), before.end(), [](const Token& t) { return t.word && t.cap; }))
        who = it->entity;
    }
    if (!who) continue;
    size_t qe = db;
    while (qe > pb && text[qe - 1] == ' ') --qe;
    char mark = qe > pb ? text[qe - 1] : 0;
    if (mark != '.' && mark != '!' && mark != '?') continue;
    if (word_count(tokenize(text, pb, std::min(qe, pb + 400))) < kMinBlockWords) continue;
    int64_t cb = env.cp(pb), ce = env.cp(qe);
    if (std::any_of(taken.begin(), taken.end(), [&](const Quote& q) { return q.span.start < ce && cb < q.span.end; }))
      continue;
    Found f;
    f.entity = who;
    f.b = nb;
    f.e = e;
    Quote q;
    q.kind = "direct";
    q.text = std::string(text.substr(pb, qe - pb));
    q.span = Span{cb, ce};
    q.speaker = env.speaker_of(f);
    q.source_span = env.mention_span(f);
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace dossier::quotes_detail
