// A cue's subject to a speaker, through the mention resolver shared with diff-positions.
// Tested by quotes_test.cc.
#include "quotes_internal.h"

namespace dossier::quotes_detail {

Found resolve_subject(const Context& ctx, size_t b, size_t e) {
  MentionQuery q;
  q.begin = b;
  q.end = e;
  if (ctx.quote.second > ctx.quote.first) q.not_antecedents.push_back(ctx.quote);
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
