// Training the name tagger from annotated text (train_entity_tagger, entities.h). The
// annotation names a document's entities with every surface form used ("aliases"), not
// their positions: each form is found again in the text, longest first, and its tokens
// become the gold tags. Tested by training_test.cc.
#include <algorithm>
#include <map>
#include <sstream>

#include "dossier/entities.h"
#include "dossier/error.h"
#include "dossier/ingest.h"
#include "tagger.h"
#include "text.h"

namespace dossier {

using namespace entities_detail;

namespace {

struct Form {
  std::vector<std::string> words;
  unsigned kind = kKinds;  // kKinds: a form of a type the tagger does not learn (LAW)
};

}  // namespace

std::vector<uint8_t> entities_detail::gold_tags(std::string_view text, const std::vector<Token>& toks,
                                                const std::vector<Entity>& entities) {
  // Forms by the token hash of their first word; longer forms first.
  std::map<uint64_t, std::vector<Form>> by_first;
  const Lexicon& lex = Lexicon::get();
  for (const Entity& e : entities) {
    unsigned kind = kind_of_type(e.type);
    std::vector<std::string> surfaces = e.aliases;
    surfaces.push_back(e.name);
    for (const std::string& s : surfaces) {
      Form f;
      f.kind = kind;
      for (const Token& t : tokenize(s)) {
        std::string w = s.substr(t.begin, t.end - t.begin);
        // "the Taliban": the article is not part of the name.
        if (f.words.empty() && definite_article(w)) continue;
        f.words.push_back(std::move(w));
      }
      // "President Barack Obama": titles are not part of names (the annotation lists such
      // forms beside the bare name; the bare name is the one to learn).
      for (bool again = true; again;) {
        again = false;
        for (const auto& title : lex.titles) {
          if (f.words.size() <= title.size() || !std::equal(title.begin(), title.end(), f.words.begin())) continue;
          f.words.erase(f.words.begin(), f.words.begin() + static_cast<std::ptrdiff_t>(title.size()));
          again = true;
          break;
        }
      }
      if (f.words.empty()) continue;
      by_first[hash_folded(fold(f.words[0]))].push_back(std::move(f));
    }
  }
  for (auto& [h, forms] : by_first)
    std::stable_sort(forms.begin(), forms.end(), [](const Form& a, const Form& b) { return a.words.size() > b.words.size(); });
  std::vector<uint8_t> gold(toks.size(), 0);
  for (size_t i = 0; i < toks.size();) {
    auto it = by_first.find(toks[i].hash);
    size_t len = 0;
    unsigned kind = kKinds;
    if (it != by_first.end()) {
      for (const Form& f : it->second) {
        if (i + f.words.size() > toks.size()) continue;
        bool ok = true;
        for (size_t k = 0; k < f.words.size() && ok; ++k)
          ok = text.substr(toks[i + k].begin, toks[i + k].end - toks[i + k].begin) == f.words[k] && (k == 0 || !toks[i + k].nl);
        if (ok) {
          len = f.words.size();
          kind = f.kind;
          break;
        }
      }
    }
    if (!len) {
      ++i;
      continue;
    }
    if (kind < kKinds)
      for (size_t k = 0; k < len; ++k) gold[i + k] = static_cast<uint8_t>(k == 0 ? begin_tag(kind) : inside_tag(kind));
    i += len;
  }
  return gold;
}

std::vector<AnnotatedDocument> entities_detail::load_annotated(const std::vector<std::string>& dirs) {
  std::vector<AnnotatedDocument> out;
  for (const std::string& dir : dirs) {
    std::istringstream lines(read_file(dir + "/entities.jsonl"));
    std::string line;
    size_t number = 0;
    while (std::getline(lines, line)) {
      ++number;
      if (line.empty()) continue;
      std::string where = dir + "/entities.jsonl:" + std::to_string(number);
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("doc") || !j["doc"].is_string() || !j.contains("entities") || !j["entities"].is_array())
        throw Error(where + ": expected {\"doc\": ..., \"entities\": [...]}");
      AnnotatedDocument& a = out.emplace_back();
      for (const auto& e : j["entities"]) {
        auto name = e.find("name"), type = e.find("type"), aliases = e.find("aliases");
        if (!e.is_object() || name == e.end() || !name->is_string() || type == e.end() || !type->is_string())
          throw Error(where + ": an entity needs a \"name\" and a \"type\"");
        Entity& x = a.gold.emplace_back();
        x.name = name->get<std::string>();
        x.type = type->get<std::string>();
        if (aliases != e.end() && aliases->is_array())
          for (const auto& al : *aliases)
            if (al.is_string()) x.aliases.push_back(al.get<std::string>());
      }
      std::string path = dir + "/docs/" + j["doc"].get<std::string>() + ".txt";
      // Annotated text is article text: no line of it is page chrome, and the tagger's
      // examples must not change when the boilerplate model is retrained.
      IngestOptions plain;
      plain.plain = true;
      a.doc = ingest_text(read_file(path), path, nullptr, plain);
    }
  }
  return out;
}

TaggerModel::Example entities_detail::tagger_example(const AnnotatedDocument& a, const Gazetteer& gaz) {
  TaggerModel::Example ex;
  ex.gold = gold_tags(a.doc.text, tokenize(a.doc.text), a.gold);
  ex.features = document_features(a.doc, gaz);
  return ex;
}

std::string train_entity_tagger(const std::vector<std::string>& dirs, unsigned epochs) {
  std::vector<TaggerModel::Example> examples;
  const Gazetteer& gaz = Gazetteer::builtin();
  for (const AnnotatedDocument& a : load_annotated(dirs)) examples.push_back(tagger_example(a, gaz));
  return TaggerModel::train(examples, epochs).to_bytes();
}

}  // namespace dossier
