// The annotator's shared view of a document: offsets between bytes and code points, the
// speaker record of a resolved mention, the tokens next to a quote. Tested by quotes_test.cc.
#include <algorithm>

#include "quotes_internal.h"

namespace dossier::quotes_detail {

Env::Env(const Document& d, const std::vector<Entity>& entities)
    : doc(d), lex(Lexicon::get()), map(d.text), resolver(d, entities, map) {
  ctx.text = d.text;
  ctx.entities = &entities;
  ctx.resolver = &resolver;
  utf8::Cursor cursor(map);
  auto to_byte = [&](int64_t cp) { return cursor.to_byte(static_cast<size_t>(std::max<int64_t>(0, cp))); };
  ctx.paragraphs.reserve(d.paragraphs.size());
  ctx.sentences.reserve(d.sentences.size());
  for (const Span& p : d.paragraphs) ctx.paragraphs.push_back({to_byte(p.start), to_byte(p.end)});
  if (ctx.paragraphs.empty()) ctx.paragraphs.push_back({0, d.text.size()});
  for (const Span& s : d.sentences) ctx.sentences.push_back({to_byte(s.start), to_byte(s.end)});
  if (ctx.sentences.empty()) ctx.sentences = ctx.paragraphs;
}

size_t Env::cp_start(size_t b) const {
  while (b > 0 && b < doc.text.size() && (static_cast<unsigned char>(doc.text[b]) & 0xC0) == 0x80) --b;
  return b;
}

std::optional<Speaker> Env::speaker_of(const Found& f) const {
  if (f.entity) {
    std::string name = resolver.entity_name(*f.entity);
    if (!name.empty()) return Speaker{(*ctx.entities)[*f.entity].id, name};
  }
  if (!f.name.empty()) return Speaker{std::nullopt, f.name};
  return std::nullopt;
}

// The code-point span of the words that named a speaker, when there were some.
std::optional<Span> Env::mention_span(const Found& f) const {
  if (f.e <= f.b) return std::nullopt;
  return Span{cp(f.b), cp(f.e)};
}

// The last token of the 60 bytes before POS (asked twice for a quote's opening mark).
Token Env::prev_token(size_t pos) const {
  if (pos == prev_pos_) return prev_;
  size_t from = pos > 60 ? pos - 60 : 0;
  while (from > 0 && (static_cast<unsigned char>(doc.text[from]) & 0xC0) == 0x80) --from;
  prev_ = last_token(doc.text, from, pos).value_or(Token{});
  prev_pos_ = pos;
  return prev_;
}

Token Env::next_token(size_t pos, size_t end) const {
  return first_token(doc.text, pos, std::min(end, pos + 60)).value_or(Token{});
}

// The end of the entity mention starting at byte B (B when there is none).
size_t Env::mention_end(size_t b) const {
  const auto& ms = resolver.mentions();
  auto it = std::lower_bound(ms.begin(), ms.end(), b, [](const MentionResolver::Span& m, size_t p) { return m.begin < p; });
  return it != ms.end() && it->begin == b ? it->end : b;
}

std::optional<size_t> Env::person_at(size_t b) const {
  auto e = resolver.entity_at(b);
  if (e && (*ctx.entities)[*e].type == "PERSON"sv) return e;
  return std::nullopt;
}
}  // namespace dossier::quotes_detail
