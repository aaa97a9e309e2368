// Shared by the positions module's unit tests: small documents and lookups.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dossier/error.h"
#include "dossier/positions.h"

namespace positions_test {

using dossier::Document;
using dossier::Entity;
using dossier::Position;
using dossier::Span;
using dossier::TopicLexicon;
using dossier::TopicMatch;


// A one-paragraph document whose sentences are the given strings (ASCII, so bytes are code
// points) and whose entities are every occurrence of the given names.
inline Document make_doc(const std::vector<std::string>& sentences,
                  const std::vector<std::pair<std::string, std::string>>& names, std::string dct = "2010-02-04") {
  Document d;
  d.id = "test";
  d.dct.value = std::move(dct);
  for (const auto& s : sentences) {
    if (!d.text.empty()) d.text += " ";
    int64_t b = static_cast<int64_t>(d.text.size());
    d.text += s;
    d.sentences.push_back(Span{b, static_cast<int64_t>(d.text.size())});
  }
  d.paragraphs.push_back(Span{0, static_cast<int64_t>(d.text.size())});
  d.entities.emplace();
  int n = 0;
  for (const auto& [name, type] : names) {
    Entity e;
    e.id = "e" + std::to_string(++n);
    e.name = name;
    e.type = type;
    e.aliases = {name};
    for (size_t at = d.text.find(name); at != std::string::npos; at = d.text.find(name, at + 1))
      e.mentions.push_back(Span{static_cast<int64_t>(at), static_cast<int64_t>(at + name.size())});
    d.entities->push_back(e);
  }
  return d;
}

// The positions of a document made by make_doc.
inline std::vector<Position> positions_of(const std::vector<std::string>& sentences,
                                          const std::vector<std::pair<std::string, std::string>>& names,
                                          std::string dct = "2010-02-04") {
  return dossier::find_positions(make_doc(sentences, names, std::move(dct)));
}

// Adds to D a direct speech quote "q1" over SPAN (code points = bytes), spoken by the first
// entity (e1) under the name SPEAKER.
inline void add_quote(Document& d, Span span, const std::string& speaker) {
  dossier::Quote q;
  q.id = "q1";
  q.text = d.text.substr(static_cast<size_t>(span.start) + 1, static_cast<size_t>(span.end - span.start) - 2);
  q.span = span;
  q.kind = "direct";
  q.speech = true;
  q.speaker = dossier::Speaker{std::string("e1"), speaker};
  if (!d.quotes) d.quotes.emplace();
  d.quotes->push_back(q);
}

inline bool has(const std::vector<Position>& ps, const std::string& actor, const std::string& topic, const std::string& stance) {
  return std::any_of(ps.begin(), ps.end(), [&](const Position& p) {
    return p.actor == actor && p.topic == topic && p.stance == stance;
  });
}

inline std::optional<std::string> stance_in(const std::string& sentence, const std::string& topic) {
  auto ms = TopicLexicon::builtin().find(sentence);
  for (size_t i = 0; i < ms.size(); ++i) {
    if (ms[i].topic != topic) continue;
    std::vector<TopicMatch> others;
    for (size_t j = 0; j < ms.size(); ++j)
      if (j != i) others.push_back(ms[j]);
    return dossier::stance_toward(sentence, ms[i], others);
  }
  return std::string("no mention");
}

}  // namespace positions_test

