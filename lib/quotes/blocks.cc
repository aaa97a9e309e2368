// Block quotations: a paragraph of quoted words set off without quote marks after a
// paragraph that introduces it with a colon ("In it, Norton observed:" then the decree).
// Tested by attribution_test.cc.
#include <algorithm>

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
    bool ellipsis = !first.empty() && (first[0].lower == "." || first[0].lower == "\u2026");
    if (first.empty() || (!first[0].word && !ellipsis) ||
        (first.size() > 1 && (first[1].lower == "." || first[1].lower == ")") && !ellipsis))
      continue;  // a list item ("1.", "a)") or a paragraph opening with a quote mark or a dash
    auto words = tokenize(text, bb, std::min(be, bb + 400));
    if (word_count(words) < kMinBlockWords) continue;
    int64_t cb = env.cp(bb), ce = env.cp(be);
    // A quote nested in the block is listed on its own; one reaching out of it, or a
    // turn, means the paragraph is no block.
    if (std::any_of(taken.begin(), taken.end(), [&](const Quote& q) {
          return q.span.start < ce && cb < q.span.end && (q.kind == "turn" || q.span.start < cb || q.span.end > ce);
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

}  // namespace dossier::quotes_detail
