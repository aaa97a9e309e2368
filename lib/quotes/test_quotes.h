// Shared by the quotes module's unit tests: small documents and the speech quotes found in
// them, as "text -> speaker".
#pragma once

#include <string>
#include <vector>

#include "dossier/quotes.h"
#include "mentions/test_doc.h"

namespace quotes_test {

using mentions_test::Ent;

inline dossier::Document doc_of(const std::string& text, const std::vector<Ent>& ents) {
  return mentions_test::make_doc(text, ents);
}

// "text -> speaker" for each speech quote ("-" when no speaker).
inline std::vector<std::string> attributions(const std::string& text, const std::vector<Ent>& ents) {
  dossier::Document d = doc_of(text, ents);
  std::vector<std::string> out;
  for (const auto& q : dossier::find_quotes(d, *d.entities))
    if (q.speech) out.push_back(q.text + " -> " + (q.speaker ? q.speaker->name : "-"));
  return out;
}

// "text -> speaker" for each transcript turn of TEXT ("-" when no speaker).
inline std::vector<std::string> turns_of(const std::string& text, const std::vector<Ent>& ents) {
  dossier::Document d = doc_of(text, ents);
  std::vector<std::string> out;
  for (const auto& q : dossier::find_quotes(d, *d.entities))
    if (q.kind == "turn") out.push_back(q.text + " -> " + (q.speaker ? q.speaker->name : "-"));
  return out;
}

inline const std::vector<Ent> kPeople = {{"Peter Kovac", "PERSON", {"Peter Kovac", "Kovac"}},
                                         {"John Hale", "PERSON", {"John Hale", "Hale"}},
                                         {"Acme Airplanes", "ORG", {"Acme Airplanes"}}};

}  // namespace quotes_test
