// Indirect speech: reported clauses outside quote marks, when --indirect asks for them.
// Tested by quotes_test.cc.
#include <algorithm>

#include "quotes_internal.h"

namespace dossier::quotes_detail {

// Reported speech outside quote marks, at most one per sentence without a marked
// quote: "according to X, CLAUSE", "X said (that) CLAUSE", "X told Y that CLAUSE" and
// "CLAUSE, X said." A cue followed by "to", "for" or "about" ("asked for details",
// "continued to") reports no words; a cue that is also a noun ("states", "claims") is
// not taken here.
std::vector<Quote> indirect_quotes(const Env& env, const Cues& cues, const std::vector<Quote>& taken_quotes) {
  std::vector<Quote> out;
  std::vector<Span> taken;
  for (const Quote& q : taken_quotes) taken.push_back(q.span);
  for (auto [sb, se] : env.ctx.sentences) {
    int64_t cs = env.cp(sb), ce = env.cp(se);
    if (std::any_of(taken.begin(), taken.end(), [&](const Span& t) { return t.start < ce && cs < t.end; })) continue;
    auto toks = tokenize(env.doc.text, sb, se);
    while (!toks.empty() && !toks.back().word) toks.pop_back();
    for (size_t k = 0; k < toks.size(); ++k) {
      const Cue* c = cue_at(toks, k, env.lex);
      if (!c || c->participle || c->ambiguous) continue;
      size_t after = k + c->words.size();
      size_t cb = 0, ceb = 0;
      if (c->subject_after) {
        size_t comma = after;
        while (comma < toks.size() && toks[comma].lower != ","sv) ++comma;
        if (comma + 4 < toks.size()) {
          cb = toks[comma + 1].b;
          ceb = toks.back().e;
        } else if (k >= 4 && toks[k - 1].lower == ","sv) {
          cb = toks[0].b;
          ceb = toks[k - 2].e;
        }
      } else {
        size_t that = after;
        while (that < toks.size() && that < after + 4 && toks[that].lower != "that"sv && toks[that].word) ++that;
        bool has_that = that < toks.size() && toks[that].lower == "that"sv;
        const std::string& next = after < toks.size() ? toks[after].lower : std::string();
        static const char* kNotClause[] = {"to", "for", "about", "so", "it", "on", "in", "at", "by", "from",
                                           "with", "after", "before", "during", "over", "through", "in", "last"};
        bool bare = (c->lemma == "say"sv || c->lemma == "tell"sv) && after < toks.size() && toks[after].word &&
                    std::none_of(std::begin(kNotClause), std::end(kNotClause), [&](const char* w) { return next == w; });
        auto [subj_b, subj_e] = cues.subject_before(toks, k);
        if (has_that && that + 4 < toks.size()) {
          cb = toks[that + 1].b;
          ceb = toks.back().e;
        } else if (bare && after + 3 < toks.size() && c->lemma == "say"sv) {
          cb = toks[after].b;
          ceb = toks.back().e;
        } else if (subj_b >= 4 && subj_b < subj_e && toks[subj_b - 1].lower == ","sv && after + 4 >= toks.size()) {
          cb = toks[0].b;
          ceb = toks[subj_b - 2].e;  // "CLAUSE, X said (on Thursday)."
        }
      }
      if (cb >= ceb) continue;
      auto a = cues.from_cue(toks, k, *c);
      if (!a || (!a->speaker.resolved() && !a->speaker.source_text)) continue;
      while (ceb > cb && (env.doc.text[ceb - 1] == '.' || env.doc.text[ceb - 1] == ',')) --ceb;
      Quote q;
      q.kind = "indirect";
      q.text = env.doc.text.substr(cb, ceb - cb);
      q.span = Span{env.cp(cb), env.cp(ceb)};
      q.cue = a->cue;
      q.speaker = env.speaker_of(a->speaker);
      q.source_text = a->speaker.source_text;
      q.source_span = env.mention_span(a->speaker);
      out.push_back(std::move(q));
      break;
    }
  }
  return out;
}

}  // namespace dossier::quotes_detail
