// Quotes attributed without a cue verb: a source cited right before the quote (`the motto
// of X, "..."`) and words introduced as someone's own (`Her final words were:`). Tested by
// cited_test.cc and attribution_test.cc.
#include "quotes_internal.h"

namespace dossier::quotes_detail {

// A cited source right before the quote: a noun of quotation, "of", "from", "by" or
// "attributed to", and the name (`the motto of X, "..."`, `a quote attributed to
// X — "..."`, `in the words of X: "..."`): the one cited speaks.
std::optional<Attribution> cited_source(const Env& env, const std::vector<Token>& toks) {
  // The last 14 tokens reach back over the longest name and noun of quotation.
  size_t lo = toks.size() > 14 ? toks.size() - 14 : 0;
  size_t k = toks.size();
  for (size_t marks = 0; k > lo && marks < 2 && !toks[k - 1].word; ++marks) {
    const std::string& p = toks[k - 1].lower;
    if (p != ","sv && p != ":"sv && !is_dash(toks[k - 1])) return std::nullopt;
    --k;
  }
  size_t name_e = k;
  while (k > lo && toks[k - 1].word && (toks[k - 1].cap || (k < name_e && env.lex.is(toks[k - 1].lower, "connector")))) --k;
  while (k < name_e && !toks[k].cap) ++k;
  if (k == name_e || k < lo + 2) return std::nullopt;
  size_t name_b = k;
  const std::string& prep = toks[k - 1].lower;
  size_t noun = k - 2;
  if (prep == "to"sv && toks[noun].lower == "attributed"sv && noun > 0) {
    --noun;
  } else if (prep != "of"sv && prep != "from"sv && prep != "by"sv) {
    return std::nullopt;
  }
  if (!toks[noun].word || !env.lex.is(toks[noun].lower, "quotation")) return std::nullopt;
  Attribution a;
  a.speaker = resolve_subject(env.ctx, toks[name_b].b, toks[name_e - 1].e);
  if (!a.speaker.resolved()) return std::nullopt;
  // A place is no author ("the line of the border: ...").
  if (a.speaker.entity) {
    const std::string& type = (*env.ctx.entities)[*a.speaker.entity].type;
    if (type == "GPE"sv || type == "LOC"sv) return std::nullopt;
  }
  a.cue = std::string(env.doc.text.substr(toks[noun].b, toks[name_b - 1].e - toks[noun].b));
  return a;
}

// Quoted words introduced as someone's own: a clause ending in "was:", "were:" or ":" that
// opens with a possessive and a noun of quotation (`Her final words were:`, `Ann Lee's reply
// ran:`): the owner speaks.
std::optional<Attribution> owned_quotation(const Env& env, const std::vector<Token>& toks) {
  size_t end = toks.size();
  while (end > 0 && !toks[end - 1].word && (toks[end - 1].lower == ":"sv || toks[end - 1].lower == ","sv)) --end;
  if (end == toks.size() || end == 0) return std::nullopt;
  size_t start = 0;
  for (size_t k = 0; k < end; ++k)
    if (boundary_at(toks, k)) start = k + 1;
  size_t p = start;
  while (p < end && !toks[p].word) ++p;
  if (p + 1 >= end) return std::nullopt;
  const std::string& w = toks[p].lower;
  bool pronoun = w == "his"sv || w == "her"sv;
  size_t owner_b = toks[p].b, owner_e = toks[p].e;
  // "The Ohio Democrat's reply was:": a description of a person runs to its possessive.
  bool description = w == "the"sv;
  if (!pronoun) {
    // "Ann Lee's": the name runs to the first possessive.
    size_t q = p + (description ? 1 : 0);
    while (q < end && toks[q].word && (toks[q].cap || description) && !words::is_possessive(toks[q])) ++q;
    if (q >= end || !words::is_possessive(toks[q]) || (!description && !toks[q].cap) || q - p > (description ? 4 : 3))
      return std::nullopt;
    // The token's lower form spells "’s" as "'s": cut the text's own bytes.
    owner_e = env.doc.text[toks[q].e - 2] == '\'' ? toks[q].e - 2 : toks[q].e - 4;
    p = q;
  }
  bool noun = false;
  for (size_t k = p + 1; k < end && k <= p + 4 && !noun; ++k) noun = toks[k].word && env.lex.is(toks[k].lower, "quotation");
  if (!noun) return std::nullopt;
  Attribution a;
  a.speaker = resolve_subject(env.ctx, owner_b, owner_e);
  if (!a.speaker.resolved()) return std::nullopt;
  return a;
}

}  // namespace dossier::quotes_detail
