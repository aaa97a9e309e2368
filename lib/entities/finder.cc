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

namespace entities_detail {

void Finder::compute_features() {
  std::vector<uint64_t>& codes = scratch_.rule_codes;
  codes.assign(toks_.size(), 0);
  for (const Candidate& c : cands_) {
    uint64_t how = (c.entry >= 0 ? 1 : 0) | (c.titled ? 2 : 0) | (c.by_head ? 4 : 0) | (c.weak ? 8 : 0);
    uint64_t type = hash_folded(c.type);
    for (size_t k = c.first; k < c.last && k < codes.size(); ++k)
      codes[k] = combine(combine(k == c.first ? 1 : 2, type), how);
  }
  scratch_.features.compute(text_, toks_, gaz_, codes);
}

bool Finder::company_word(const Candidate& c) const {
  if (c.type != kOrg || c.by_head) return false;
  std::string first(tok(c.first));
  return lex_.proper_words.count(first) && !given(c.first) && !lex_.open_given_names.count(first);
}

bool Finder::foreign_person_shape(const Candidate& c) const {
  if (c.entry >= 0 || c.type != kOrg || c.by_head || c.last - c.first < 2 || c.last - c.first > 3) return false;
  if (in_heading(c) || lex_.proper_words.count(std::string(tok(c.first)))) return false;
  // "the Zelvana Bratstvo": a person's name takes no article.
  if (c.first > 0) {
    std::string_view before = tok(c.first - 1);
    if (before == "the" || before == "The") return false;
  }
  for (size_t k = c.first; k < c.last; ++k) {
    const Token& t = toks_[k];
    if (!t.word || !t.cap || t.all_caps || t.digit || t.end - t.begin < 2) return false;
    if (common(k) || function_word(k) || demonym_like(k)) return false;
  }
  return true;
}

void Finder::apply_tagger() {
  const TaggerModel& model = TaggerModel::builtin();
  if (model.empty()) return;
  compute_features();
  model.tag(scratch_.features, toks_.size(), scratch_.tags, scratch_.margins);
  std::vector<TaggedName> names = TaggerModel::names(scratch_.tags, scratch_.margins, scratch_.features);
  std::vector<Candidate>& out = scratch_.merged;
  out.clear();
  std::vector<size_t> shaped;  // names of a person's shape (foreign_person_shape), in OUT
  // Where each rule candidate went (acronyms defined in the text point at candidates).
  std::vector<size_t> moved(cands_.size());
  size_t n = 0;  // next tagger name
  // Adds the tagger's names that end by UPTO (they overlap no candidate of the rules).
  auto flush_names = [&](size_t upto) {
    while (n < names.size() && names[n].last <= upto) {
      const TaggedName& nm = names[n++];
      if (nm.margin < kAddMargin) continue;
      // A lone dictionary word ("Pact" in a headline, "Council") is a name only where the
      // rules find it one (after a title, by the gazetteer, capitalized mid-sentence).
      if (nm.last - nm.first == 1 && !toks_[nm.first].all_caps && lex_.lower_hash_set.contains(toks_[nm.first].hash))
        continue;
      Candidate& c = out.emplace_back();
      c.first = nm.first;
      c.last = nm.last;
      int64_t entry = -1;
      if (match(nm.first, entry) == nm.last && entry >= 0) {
        c.entry = entry;
        c.type = gaz_.entries()[static_cast<size_t>(entry)].type;
      } else {
        c.type = kind_type(nm.kind);
      }
    }
  };
  for (size_t o = 0; o < cands_.size(); ++o) {
    Candidate& c = cands_[o];
    flush_names(c.first);
    // The tagger's name that overlaps c the most.
    size_t most = 0, best = SIZE_MAX;
    while (n < names.size() && names[n].first < c.last) {
      const TaggedName& nm = names[n];
      size_t overlap = std::min(nm.last, c.last) - std::max(nm.first, c.first);
      if (overlap > most) {
        most = overlap;
        best = n;
      }
      if (nm.last > c.last) break;
      ++n;
    }
    // A name of the rules alone whose every word the tagger is sure is no name's
    // ("Hellenistic", "Attalid": adjectives the word lists do not know) is dropped.
    if (c.entry < 0 && best == SIZE_MAX) {
      float sure = std::numeric_limits<float>::max();
      for (size_t k = c.first; k < c.last; ++k) sure = std::min(sure, scratch_.features.scored(k) ? scratch_.margins[k] : 0.0f);
      if (sure >= kDropMargin) {
        moved[o] = SIZE_MAX;
        continue;
      }
    }
    bool retyped = false;
    if (c.entry < 0 && !c.by_head && best != SIZE_MAX) {
      const TaggedName& nm = names[best];
      if (nm.margin >= kTypeMargin && !(nm.kind == kKindPerson && (nm.last - nm.first < 2 || company_word(c)))) {
        c.type = kind_type(nm.kind);
        c.weak = false;
        retyped = true;
      }
    }
    if (!retyped && foreign_person_shape(c)) shaped.push_back(out.size());
    moved[o] = out.size();
    out.push_back(std::move(c));
    // A name of the tagger running past c is not added.
    while (n < names.size() && names[n].first < out.back().last) ++n;
  }
  flush_names(SIZE_MAX);
  // A person is named in full once or twice and then by surname; a name repeated in full
  // whose last word never stands alone is an organisation's ("Harwell Brightmoor ...
  // Harwell Brightmoor is based in Leeds").
  if (!shaped.empty()) {
    std::unordered_map<std::string_view, int> uses;
    for (const Candidate& c : out) ++uses[surface_view(c.first, c.last)];
    for (size_t k : shaped) {
      Candidate& c = out[k];
      if (uses[surface_view(c.first, c.last)] >= 2 && !uses.count(tok(c.last - 1))) continue;
      c.type = kPerson;
    }
  }
  cands_.swap(out);
  follow_acronyms(acronym_of_, moved);
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
