#include "finder.h"

#include <algorithm>
#include <limits>
#include <string>
#include <unordered_map>

#include "dossier/entities.h"

namespace dossier {

using nlohmann::json;
using namespace entities_detail;

namespace entities_detail {

bool alias_fits(const Gazetteer::Index::Alias& alias, const std::vector<Token>& toks, std::string_view text, size_t i) {
  const size_t size = alias.tokens.size();
  if (size > 64) return alias_fits_slow(alias, toks, text, i);
  for (size_t k = 0; k < size; ++k) {
    const uint64_t bit = uint64_t{1} << k;
    const Token& got = toks[i + k];
    if (got.all_caps && (alias.short_caps & bit)) continue;
    if ((alias.caps & bit) && !got.all_caps && alias.tokens[k] != text.substr(got.begin, got.end - got.begin))
      return false;
    if (k == 0 && alias.first_upper && !got.cap) return false;
  }
  return true;
}

bool alias_fits_slow(const Gazetteer::Index::Alias& alias, const std::vector<Token>& toks, std::string_view text, size_t i) {
  for (size_t k = 0; k < alias.tokens.size(); ++k) {
    const Token& got = toks[i + k];
    std::string_view want = alias.tokens[k];
    if (got.all_caps && want.size() <= 5 && is_all_caps(want)) continue;
    if (is_all_caps(want) && want != text.substr(got.begin, got.end - got.begin) && !got.all_caps) return false;
    if (k == 0 && starts_upper(want) && !toks[i].cap) return false;
  }
  return true;
}

}  // namespace entities_detail



const entities_detail::TokenFeatures& entities_detail::document_features(const Document& doc, const Gazetteer& gazetteer) {
  thread_local Scratch scratch;
  return Finder(doc, gazetteer, scratch).features();
}

std::vector<Entity> find_entities(const Document& doc, const Gazetteer& gazetteer) {
  thread_local Scratch scratch;
  return Finder(doc, gazetteer, scratch).run();
}

std::vector<Entity> entities_detail::find_entities_with(const Document& doc, const Gazetteer& gazetteer,
                                                        const TaggerModel& model) {
  thread_local Scratch scratch;
  scratch.model = &model;
  std::vector<Entity> out = Finder(doc, gazetteer, scratch).run();
  scratch.model = nullptr;
  return out;
}

std::string actor_of(const Entity& entity, const Gazetteer& gazetteer) {
  if (const auto* e = gazetteer.find(entity.name); e && e->stands_for) return *e->stands_for;
  return entity.name;
}

namespace {
// Whether DATE (YYYY-MM-DD) falls in [from, to] where either bound may be a prefix
// ("2008-05", "2008") or empty (open).
bool within(std::string_view date, const std::string& from, const std::string& to) {
  if (!from.empty() && date.substr(0, from.size()) < from) return false;
  if (!to.empty() && date.substr(0, to.size()) > to) return false;
  return true;
}
}  // namespace

std::vector<Office> offices_on(std::string_view name, std::string_view date, const Gazetteer& gazetteer) {
  std::vector<Office> out;
  const auto* e = gazetteer.find(name);
  if (!e) return out;
  for (const auto& o : e->offices)
    if (date.empty() || within(date, o.from, o.to)) out.push_back(o);
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
