// The held-out figures of the tagger's training (cross_validate_entity_tagger, entities.h):
// a tagger per fold, trained on the other folds, consulted by the whole finder on the fold's
// documents, whose entities are matched with the gold ones as the project's scorer matches
// them. Tested by tagger_folds_test.cc.
#include <cmath>
#include <set>

#include "dossier/entities.h"
#include "dossier/error.h"
#include "folds.h"
#include "tagger.h"

namespace dossier {

using namespace entities_detail;

// A surface form as the scorer compares it: lower case, curly single quotes as ', a leading
// "the" dropped, every run of characters other than letters, digits, "_" and "'" one space
// (bytes of other multi-byte characters count as letters).
std::string entities_detail::scorer_form(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99)) {
      c = '\'';  // U+2018, U+2019
      i += 2;
    }
    bool keep = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '\'';
    if (!keep) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

namespace {

// PERSON, ORG, PLACE (GPE and LOC alike), or "" for the types the figures leave out.
std::string_view scored_type(std::string_view type) {
  if (type == "PERSON" || type == "ORG") return type;
  if (type == "GPE" || type == "LOC") return "PLACE";
  return {};
}

std::set<std::string> forms_of(const Entity& e) {
  std::set<std::string> out;
  for (const std::string& a : e.aliases) out.insert(entities_detail::scorer_form(a));
  out.insert(entities_detail::scorer_form(e.name));
  out.erase("");
  return out;
}

bool share_a_form(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& x : a)
    if (b.count(x)) return true;
  return false;
}

// Adds to FIG the matches of FOUND against GOLD: each gold entity, in order, takes the first
// found entity not yet taken of its type that shares a surface form with it.
void score(const std::vector<Entity>& gold, const std::vector<Entity>& found, FoldFigures& fig) {
  std::vector<std::pair<std::string_view, std::set<std::string>>> sys;
  for (const Entity& e : found)
    if (std::string_view t = scored_type(e.type); !t.empty()) sys.emplace_back(t, forms_of(e));
  std::vector<char> taken(sys.size());
  fig.found += sys.size();
  for (const Entity& g : gold) {
    std::string_view t = scored_type(g.type);
    if (t.empty()) continue;
    ++fig.gold;
    std::set<std::string> forms = forms_of(g);
    for (size_t k = 0; k < sys.size(); ++k) {
      if (taken[k] || sys[k].first != t || !share_a_form(forms, sys[k].second)) continue;
      taken[k] = 1;
      ++fig.correct;
      break;
    }
  }
}

}  // namespace

std::vector<FoldFigures> cross_validate_entity_tagger(const std::vector<std::string>& dirs, unsigned folds,
                                                      unsigned epochs, const TaggerMargins& margins) {
  if (folds < 2) throw Error("cross-validation needs two folds or more");
  for (float m : {margins.type, margins.add, margins.drop, margins.guess_drop})
    if (!std::isfinite(m)) throw Error("a margin of the tagger's review must be a finite number");
  const Gazetteer& gaz = Gazetteer::builtin();
  std::vector<AnnotatedDocument> docs = load_annotated(dirs);
  std::vector<TaggerModel::Example> examples;
  examples.reserve(docs.size());
  for (const AnnotatedDocument& a : docs) examples.push_back(tagger_example(a, gaz));
  std::vector<FoldFigures> out(folds);
  for (unsigned f = 0; f < folds; ++f) {
    std::vector<TaggerModel::Example> rest;
    for (size_t k = 0; k < docs.size(); ++k)
      if (k % folds != f) rest.push_back(examples[k]);
    // The weights as the weights file keeps them (quantized), as the shipped tagger is used.
    TaggerModel model = TaggerModel::from_bytes(TaggerModel::train(rest, epochs).to_bytes());
    model.set_margins(margins);
    for (size_t k = f; k < docs.size(); k += folds) {
      ++out[f].documents;
      score(docs[k].gold, find_entities_with(docs[k].doc, gaz, model), out[f]);
    }
  }
  return out;
}

}  // namespace dossier
