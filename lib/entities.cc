#include "dossier/entities.h"

#include "dossier/utf8.h"

namespace dossier {

using nlohmann::json;

std::vector<Entity> find_entities(const Document& doc, const Gazetteer& gazetteer) {
  (void)doc;
  (void)gazetteer;
  return {};
}

std::string actor_of(const Entity& entity, const Gazetteer& gazetteer) {
  if (const auto* e = gazetteer.find(entity.name); e && e->stands_for) return *e->stands_for;
  return entity.name;
}

std::vector<Office> offices_on(std::string_view name, std::string_view date, const Gazetteer& gazetteer) {
  std::vector<Office> out;
  const auto* e = gazetteer.find(name);
  if (!e) return out;
  for (const auto& o : e->offices) {
    if (date.empty()) {
      out.push_back(o);
      continue;
    }
    bool started = o.from.empty() || o.from.compare(0, std::string::npos, std::string(date.substr(0, o.from.size()))) <= 0;
    bool ended = !o.to.empty() && std::string(date) > o.to;
    if (started && !ended) out.push_back(o);
  }
  return out;
}

std::vector<Mention> mentions_of(const Document& doc) {
  std::vector<Mention> out;
  if (!doc.entities) return out;
  for (const auto& e : *doc.entities)
    for (const auto& m : e.mentions) out.push_back({doc.id, e.id, e.name, e.type, m, span_text(doc.text, m)});
  std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.span < b.span; });
  return out;
}

void to_json(json& j, const Mention& m) {
  j = json{{"doc", m.doc}, {"entity", m.entity}, {"name", m.name}, {"type", m.type}, {"span", m.span}, {"text", m.text}};
}

}  // namespace dossier
