// A cue's subject to a speaker, through the mention resolver shared with diff-positions.
// Tested by quotes_test.cc.
#include <algorithm>

#include "quotes_internal.h"

namespace dossier::quotes_detail {

Found resolve_subject(const Context& ctx, size_t b, size_t e) {
  MentionQuery q;
  q.begin = b;
  q.end = e;
  if (ctx.quote.second > ctx.quote.first) q.not_antecedents.push_back(ctx.quote);
  // Names inside earlier quotes are what someone said, not who speaks now ("“As President X
  // said ...” ... He went on to say"): the last few quotes before the phrase.
  auto it = std::lower_bound(ctx.quoted.begin(), ctx.quoted.end(), std::make_pair(b, size_t{0}));
  for (size_t n = 0; n < 8 && it != ctx.quoted.begin(); ++n) {
    --it;
    if (it->second <= b) q.not_antecedents.push_back(*it);
  }
  q.first_person = ctx.turn_speaker;
  Referent r = ctx.resolver->resolve(q);
  Found f;
  f.entity = r.entity;
  f.name = r.name;
  f.source_text = r.source_text;
  f.b = r.begin;
  f.e = r.end;
  f.anonymous = r.kind == MentionKind::Anonymous || r.kind == MentionKind::Role || r.kind == MentionKind::Pronoun;
  return f;
}

}  // namespace dossier::quotes_detail
