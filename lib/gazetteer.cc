#include <fstream>
#include <mutex>

#include "dossier/data.h"
#include "dossier/entities.h"
#include "dossier/error.h"

namespace dossier {

using nlohmann::json;

struct Gazetteer::Index {};

GazetteerEntry gazetteer_entry_from_json(const json& j) {
  if (!j.is_object()) throw Error("a gazetteer entry must be a JSON object");
  GazetteerEntry e;
  auto str = [&](const char* key) -> std::optional<std::string> {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) throw Error(std::string("field '") + key + "' must be a string");
    return it->get<std::string>();
  };
  auto name = str("name");
  auto type = str("type");
  if (!name || name->empty()) throw Error("a gazetteer entry needs a 'name'");
  if (!type) throw Error("a gazetteer entry needs a 'type'");
  static const std::vector<std::string> kTypes = {"PERSON", "ORG", "GPE", "LOC", "EVENT", "LAW"};
  if (std::find(kTypes.begin(), kTypes.end(), *type) == kTypes.end())
    throw Error("unknown entity type '" + *type + "'");
  e.name = *name;
  e.type = *type;
  e.kb = str("kb");
  e.gender = str("gender");
  e.stands_for = str("stands_for");
  if (auto it = j.find("aliases"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) throw Error("field 'aliases' must be an array of strings");
    for (const auto& a : *it) {
      if (!a.is_string()) throw Error("field 'aliases' must be an array of strings");
      e.aliases.push_back(a.get<std::string>());
    }
  }
  if (auto it = j.find("offices"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) throw Error("field 'offices' must be an array");
    for (const auto& o : *it) {
      if (!o.is_object()) throw Error("an office must be an object");
      Office office;
      office.role = o.value("role", "");
      office.of = o.value("of", "");
      office.from = o.value("from", "");
      office.to = o.value("to", "");
      e.offices.push_back(std::move(office));
    }
  }
  return e;
}

void to_json(json& j, const GazetteerEntry& e) {
  j = json{{"name", e.name}, {"type", e.type}, {"aliases", e.aliases}};
  if (e.kb) j["kb"] = *e.kb;
  if (e.gender) j["gender"] = *e.gender;
  if (e.stands_for) j["stands_for"] = *e.stands_for;
  if (!e.offices.empty()) {
    json offices = json::array();
    for (const auto& o : e.offices) offices.push_back(json{{"role", o.role}, {"of", o.of}, {"from", o.from}, {"to", o.to}});
    j["offices"] = offices;
  }
}

Gazetteer::Gazetteer() = default;
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(const Gazetteer&) = default;
Gazetteer& Gazetteer::operator=(const Gazetteer&) = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

void Gazetteer::invalidate() { index_.reset(); }

const Gazetteer& Gazetteer::builtin() {
  static const Gazetteer g = [] {
    Gazetteer out;
    return out;
  }();
  return g;
}

void Gazetteer::add(GazetteerEntry entry) {
  invalidate();
  auto it = by_name_.find(entry.name);
  if (it != by_name_.end()) {
    entries_[it->second] = std::move(entry);
    return;
  }
  by_name_.emplace(entry.name, entries_.size());
  entries_.push_back(std::move(entry));
}

void Gazetteer::add_jsonl(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error("cannot open gazetteer", path);
  std::string line;
  int64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      add(gazetteer_entry_from_json(json::parse(line)));
    } catch (const json::exception& e) {
      throw Error(std::string("invalid JSON: ") + e.what(), path, n);
    } catch (const Error& e) {
      throw Error(e.what(), path, n);
    }
  }
}

const GazetteerEntry* Gazetteer::find_name(std::string_view name) const {
  auto it = by_name_.find(std::string(name));
  return it == by_name_.end() ? nullptr : &entries_[it->second];
}

const GazetteerEntry* Gazetteer::find(std::string_view name_or_alias) const {
  if (const auto* e = find_name(name_or_alias)) return e;
  for (const auto& e : entries_)
    for (const auto& a : e.aliases)
      if (a == name_or_alias) return &e;
  return nullptr;
}

const std::vector<GazetteerEntry>& Gazetteer::entries() const { return entries_; }
size_t Gazetteer::size() const { return entries_.size(); }

const Gazetteer::Index& Gazetteer::index() const {
  static const Index kEmpty;
  return kEmpty;
}

}  // namespace dossier
