// Helpers shared by the entities tests: a document from text, finding an entity in the
// result by its name or by one of its aliases, and checking a sentence's named entity.
#pragma once

#include <catch2/catch.hpp>
#include <initializer_list>
#include <string>
#include <vector>

#include "dossier/entities.h"

namespace dossier::entities_test {

inline Document doc_of(const std::string& text) {
  Document d;
  d.id = "t";
  d.text = text;
  return d;
}

inline const Entity* named(const std::vector<Entity>& es, const std::string& name) {
  for (const auto& e : es)
    if (e.name == name) return &e;
  return nullptr;
}

inline bool has_alias(const Entity& e, const std::string& alias) {
  for (const auto& a : e.aliases)
    if (a == alias) return true;
  return false;
}

// The entity one of whose aliases is ALIAS, or null.
inline const Entity* with_alias(const std::vector<Entity>& es, const std::string& alias) {
  for (const auto& e : es)
    if (has_alias(e, alias)) return &e;
  return nullptr;
}

// The type of the entity one of whose aliases is ALIAS, or "" when none has it.
inline std::string type_with_alias(const std::vector<Entity>& es, const std::string& alias) {
  const Entity* e = with_alias(es, alias);
  return e ? e->type : std::string();
}

// The type of the entity named NAME among ES, or "" when none is so named.
inline std::string type_of(const std::vector<Entity>& es, const std::string& name) {
  const Entity* e = named(es, name);
  return e ? e->type : std::string();
}

// The type of the entity named NAME among those found in TEXT, or "" when none is so named.
inline std::string type_named(const std::string& text, const std::string& name) {
  return type_of(find_entities(doc_of(text)), name);
}

// Checks that TEXT names an entity NAME (required) and that its type is TYPE: the row of the
// tests' tables of sentences.
inline void check_named(const std::string& text, const std::string& name, const std::string& type) {
  INFO(text);
  const auto es = find_entities(doc_of(text));
  const Entity* e = named(es, name);
  REQUIRE(e);
  CHECK(e->type == type);
}

// A row of the tests' tables of sentences: TEXT names an entity NAME of TYPE.
struct NamedRow {
  std::string text, name, type;
};

// Checks every row of a table of sentences (check_named for each).
inline void check_named(const std::vector<NamedRow>& rows) {
  for (const auto& r : rows) check_named(r.text, r.name, r.type);
}

// Checks that each of NAMES is an entity of TYPE among ES.
inline void check_types(const std::vector<Entity>& es, std::initializer_list<const char*> names, const std::string& type) {
  for (const char* name : names) {
    INFO(name);
    CHECK(type_of(es, name) == type);
  }
}

}  // namespace dossier::entities_test
