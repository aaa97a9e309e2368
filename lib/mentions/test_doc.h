// Shared by the unit tests of the mentions and quotes modules: a small document built from
// ASCII text and the forms of its entities.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "dossier/segment.h"

namespace mentions_test {

struct Ent {
  std::string name, type;
  std::vector<std::string> forms;
};

// A document from ASCII TEXT: paragraphs at blank lines, sentences by the segmenter, every
// occurrence of an entity's form a mention; DATE, when given, is its dct.
inline dossier::Document make_doc(const std::string& text, const std::vector<Ent>& ents, const std::string& date = "") {
  using dossier::Span;
  dossier::Document d;
  d.id = "doc";
  d.text = text;
  if (!date.empty()) d.dct.value = date;
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find("\n\n", b);
    if (e == std::string::npos) e = text.size();
    d.paragraphs.push_back(Span{static_cast<int64_t>(b), static_cast<int64_t>(e)});
    for (auto [s, t] : dossier::split_sentences(std::string_view(text).substr(b, e - b)))
      d.sentences.push_back(Span{static_cast<int64_t>(b + s), static_cast<int64_t>(b + t)});
    b = e + 2;
  }
  std::vector<dossier::Entity> entities;
  for (const auto& en : ents) {
    dossier::Entity e;
    e.id = "e" + std::to_string(entities.size() + 1);
    e.name = en.name;
    e.type = en.type;
    e.aliases = en.forms;
    for (const auto& f : en.forms)
      for (size_t p = text.find(f); p != std::string::npos; p = text.find(f, p + 1))
        e.mentions.push_back(Span{static_cast<int64_t>(p), static_cast<int64_t>(p + f.size())});
    std::sort(e.mentions.begin(), e.mentions.end());
    entities.push_back(e);
  }
  d.entities = entities;
  return d;
}

}  // namespace mentions_test
