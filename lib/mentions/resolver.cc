// The mention resolver: a noun phrase to the entity it means. Names are read from the
// entities layer (index.cc); pronouns look back by gender (gazetteer, given names), recency
// and subjecthood (pronouns.cc); role nouns find the person an apposition or title
// introduced (groups.cc, described.cc); office descriptions find the office holder on the
// document's date and definite descriptions of organisations the nearest one of that kind
// (descriptions.cc). phrase.cc reads a phrase with them. Tested by mentions_test.cc.
#include "dossier/mentions.h"

#include "dossier/utf8.h"
#include "mentions_internal.h"

namespace dossier {

using namespace mentions_detail;

MentionResolver::MentionResolver(const Document& doc, const std::vector<Entity>& entities, const Gazetteer& gazetteer)
    : impl_(std::make_unique<Impl>(doc, entities, utf8::OffsetMap(doc.text), gazetteer)) {}

MentionResolver::MentionResolver(const Document& doc, const std::vector<Entity>& entities, const utf8::OffsetMap& map,
                                 const Gazetteer& gazetteer)
    : impl_(std::make_unique<Impl>(doc, entities, map, gazetteer)) {}

MentionResolver::~MentionResolver() = default;

const std::vector<MentionResolver::Span>& MentionResolver::mentions() const { return impl_->index.mentions; }

std::optional<size_t> MentionResolver::entity_at(size_t begin) const {
  const NameIndex& ix = impl_->index;
  auto it = ix.first_at_or_after(begin);
  if (it != ix.mentions.end() && it->begin == begin) return it->entity;
  return std::nullopt;
}

std::optional<size_t> MentionResolver::topic_person() const { return impl_->index.topic_person(); }

std::string MentionResolver::entity_name(size_t i) const {
  const NameIndex& ix = impl_->index;
  if (i >= ix.entities.size()) return {};
  if (const std::string& repaired = ix.corrected_name(i); !repaired.empty()) return repaired;
  const Entity& e = ix.entities[i];
  if (!e.name.empty()) return e.name;
  if (!e.aliases.empty()) return e.aliases.back();
  if (!e.mentions.empty()) return span_text(ix.doc.text, e.mentions.front());
  return {};
}

std::string MentionResolver::name_of(const Referent& r) const {
  if (r.entity) return entity_name(*r.entity);
  return r.name;
}

Referent MentionResolver::resolve(const MentionQuery& q) const {
  Referent r = resolve_phrase(*impl_, q);
  if (r.entity) r.name.clear();
  return r;
}

}  // namespace dossier
