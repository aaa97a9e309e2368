#include <algorithm>
#include <atomic>
#include <fstream>
#include <unordered_set>
#include <mutex>

#include "dossier/data.h"
#include "dossier/entities.h"
#include "dossier/error.h"
#include "lexicon.h"

namespace dossier {

using nlohmann::json;

namespace {

void add_aliases(GazetteerEntry& e, std::string_view field) {
  if (field.empty()) return;
  for (std::string_view a : data::split(field, '|'))
    if (!a.empty() && a != e.name && std::find(e.aliases.begin(), e.aliases.end(), a) == e.aliases.end())
      e.aliases.emplace_back(a);
}

std::optional<std::string> non_empty(std::string_view s) {
  if (s.empty()) return std::nullopt;
  return std::string(s);
}

}  // namespace

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

void Gazetteer::invalidate() {
  index_.reset();
  names_.reset();
}

const Gazetteer& Gazetteer::builtin() {
  static const Gazetteer g = [] {
    Gazetteer out;
    // Countries and subdivisions generated from iso-codes, then the curated names over them.
    std::unordered_map<std::string, std::string> iso_names;
    for (auto line : data::lines("entities/countries.jsonl")) {
      json j = json::parse(line);
      GazetteerEntry e = gazetteer_entry_from_json(j);
      iso_names[j.value("iso", "")] = e.name;
      out.add(std::move(e));
    }
    for (auto line : data::lines("entities/countries.tsv")) {
      auto c = data::split(line, '\t');
      c.resize(4);
      auto it = iso_names.find(std::string(c[0]));
      if (it == iso_names.end()) continue;
      const GazetteerEntry* old = out.find_name(it->second);
      if (!old) continue;
      GazetteerEntry e = *old;
      if (e.name != c[1]) {
        e.aliases.insert(e.aliases.begin(), e.name);
        e.name = c[1];
      }
      e.aliases.erase(std::remove(e.aliases.begin(), e.aliases.end(), e.name), e.aliases.end());
      if (!c[2].empty()) e.kb = std::string(c[2]);
      add_aliases(e, c[3]);
      out.remove(it->second);
      it->second = e.name;
      out.add(std::move(e));
    }
    for (const char* file : {"entities/places.tsv", "entities/organisations.tsv"}) {
      for (auto line : data::lines(file)) {
        auto c = data::split(line, '\t');
        c.resize(5);
        GazetteerEntry e;
        e.type = c[0];
        e.name = c[1];
        e.kb = non_empty(c[2]);
        add_aliases(e, c[3]);
        e.stands_for = non_empty(c[4]);
        out.add(std::move(e));
      }
    }
    for (auto line : data::lines("entities/people.tsv")) {
      auto c = data::split(line, '\t');
      c.resize(5);
      GazetteerEntry e;
      e.type = "PERSON";
      e.name = c[0];
      e.gender = non_empty(c[1]);
      e.kb = non_empty(c[2]);
      add_aliases(e, c[3]);
      for (std::string_view o : data::split(c[4], ';')) {
        if (o.empty()) continue;
        auto f = data::split(o, ',');
        f.resize(4);
        e.offices.push_back({std::string(f[0]), std::string(f[1]), std::string(f[2]), std::string(f[3])});
      }
      out.add(std::move(e));
    }
    // The matching index is built when a tool first matches text (find_entities), not
    // here: a tool that only looks names up (find()) never needs its word lists.
    return out;
  }();
  return g;
}

void Gazetteer::remove(const std::string& name) {
  auto it = by_name_.find(name);
  if (it == by_name_.end()) return;
  invalidate();
  const size_t gone = it->second;
  entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(gone));
  by_name_.erase(it);
  // The entries after it move up by one: their indices follow, no name is hashed again
  // (the built-in table renames every country this way at start-up).
  for (auto& [entry_name, index] : by_name_)
    if (index > gone) --index;
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

struct Gazetteer::Names {
  std::unordered_map<std::string, uint32_t> exact;   // alias or name -> entry
  std::unordered_map<std::string, uint32_t> folded;  // folded alias -> entry

  explicit Names(const std::vector<GazetteerEntry>& entries) {
    // Every name and alias in the order of the entries, a later one taking a name over; an
    // alias without a token is none, and "the " opening an alias is dropped from its
    // folded form ("the Kremlin"), as the matching index takes its aliases.
    auto add = [&](uint32_t entry, const std::string& alias) {
      std::string_view text = alias;
      if (text.rfind("the ", 0) == 0) text.remove_prefix(4);
      if (!entities_detail::has_token(text)) return;
      exact[alias] = entry;
      folded[entities_detail::fold(text)] = entry;
    };
    for (uint32_t i = 0; i < entries.size(); ++i) {
      add(i, entries[i].name);
      for (const auto& a : entries[i].aliases) add(i, a);
    }
  }
};

const Gazetteer::Names& Gazetteer::names() const {
  static std::mutex build;
  std::lock_guard<std::mutex> lock(build);
  if (!names_) names_ = std::make_shared<Names>(entries_);
  return *names_;
}

const GazetteerEntry* Gazetteer::find_name(std::string_view name) const {
  auto it = by_name_.find(std::string(name));
  return it == by_name_.end() ? nullptr : &entries_[it->second];
}

const GazetteerEntry* Gazetteer::find(std::string_view name_or_alias) const {
  if (const auto* e = find_name(name_or_alias)) return e;
  const Names& ix = names();
  std::string s(name_or_alias);
  if (auto it = ix.exact.find(s); it != ix.exact.end()) return &entries_[it->second];
  std::string f = entities_detail::fold(s);
  if (auto it = ix.folded.find(f); it != ix.folded.end()) return &entries_[it->second];
  if (f.rfind("the ", 0) == 0)
    if (auto it = ix.folded.find(f.substr(4)); it != ix.folded.end()) return &entries_[it->second];
  return nullptr;
}

const std::vector<GazetteerEntry>& Gazetteer::entries() const { return entries_; }
size_t Gazetteer::size() const { return entries_.size(); }

const Gazetteer::Index& Gazetteer::index() const {
  static std::mutex build;
  std::lock_guard<std::mutex> lock(build);
  if (!index_) index_ = std::make_shared<Index>(entries_);
  return *index_;
}

namespace entities_detail {

std::string loose_key(const std::vector<std::string>& tokens) {
  static const std::unordered_set<std::string> kFunction = {"of", "for", "on", "the", "and", "in", "to", "at", "&", "-", ".", ",", "[", "]"};
  static const size_t kLongest = [] {
    size_t n = 0;
    for (const auto& w : kFunction) n = std::max(n, w.size());
    return n;
  }();
  const Lexicon& lex = Lexicon::get();
  std::vector<std::string> words;
  words.reserve(tokens.size());  // one allocation, not one per doubling
  for (const auto& t : tokens) {
    auto v = lex.variants.find(t);
    std::string f = fold(v == lex.variants.end() ? t : v->second);
    // A word longer than every function word is not hashed to ask, and "'s" is compared as
    // a view (inline, not a call of std::string::compare).
    if ((f.size() <= kLongest && kFunction.count(f)) || std::string_view(f) == "'s") continue;
    words.push_back(std::move(f));
  }
  std::sort(words.begin(), words.end());
  std::string key;
  for (const auto& w : words) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

}  // namespace entities_detail

Gazetteer::Index::Index(const std::vector<GazetteerEntry>& entries) {
  using namespace entities_detail;
  static std::atomic<uint64_t> built{0};
  serial = ++built;
  const Lexicon& lex = Lexicon::get();
  terminals.emplace_back();  // the root
  auto add_alias = [&](uint32_t entry, const std::string& alias) {
    std::string text = alias;
    if (text.rfind("the ", 0) == 0) text = text.substr(4);  // "the Kremlin": matched without "the"
    auto toks = tokenize(text);
    if (toks.empty()) return;
    Alias a;
    a.entry = entry;
    a.first_upper = starts_upper(text.substr(toks.front().begin, toks.front().end - toks.front().begin));
    uint32_t node = 0;
    first_filter.add(toks.front().hash);
    for (const auto& t : toks) {
      a.tokens.emplace_back(text.substr(t.begin, t.end - t.begin));
      if (size_t k = a.tokens.size() - 1; k < 64 && is_all_caps(a.tokens.back())) {
        a.caps |= uint64_t{1} << k;
        if (a.tokens.back().size() <= 5) a.short_caps |= uint64_t{1} << k;
      }
      uint64_t key = combine(node, t.hash);
      auto it = edges.find(key);
      if (it == edges.end()) {
        it = edges.emplace(key, static_cast<uint32_t>(terminals.size())).first;
        terminals.emplace_back();
      }
      node = it->second;
    }
    auto id = static_cast<uint32_t>(aliases.size());
    auto& term = terminals[node];
    term.insert(term.begin(), id);  // later entries (user overrides) win
    if (a.tokens.size() >= 2 && entry != kNotEntity) {
      std::string key = loose_key(a.tokens);
      auto [it, fresh] = loose.emplace(key, entry);
      if (!fresh && it->second != entry) it->second = -1;
    }
    aliases.push_back(std::move(a));
  };
  for (auto name : data::lines("entities/not_entities.txt")) add_alias(kNotEntity, std::string(name));
  for (uint32_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    add_alias(i, e.name);
    for (const auto& a : e.aliases) add_alias(i, a);
    if (e.type != "PERSON") continue;
    // Surnames of gazetteer people resolve a lone "Lavrov" when the document never gives
    // the full name; a surname that is also a common word ("Brown", "May") does not.
    std::vector<std::string> names = e.aliases;
    names.push_back(e.name);
    for (const auto& n : names) {
      auto toks = tokenize(n);
      if (toks.size() < 2) continue;
      given_names.emplace(n.substr(toks.front().begin, toks.front().end - toks.front().begin));
      std::string last = n.substr(toks.back().begin, toks.back().end - toks.back().begin);
      if (lex.common_word(last) || lex.given_names.count(last) || toks.back().all_caps) continue;
      auto [it, fresh] = surnames.emplace(last, static_cast<int64_t>(i));
      if (!fresh && it->second != static_cast<int64_t>(i)) it->second = -1;
    }
  }
  term_start.reserve(terminals.size() + 1);
  for (const auto& term : terminals) {
    term_start.push_back(static_cast<uint32_t>(term_ids.size()));
    term_ids.insert(term_ids.end(), term.begin(), term.end());
  }
  term_start.push_back(static_cast<uint32_t>(term_ids.size()));
  std::unordered_map<uint64_t, uint32_t> marked = edges;
  for (auto& [key, node] : marked)
    if (!terminals[node].empty()) node |= kHasTerms;
  flat_edges = HashMap32(marked);
  for (const auto& g : given_names) given_filter.add(hash_folded(fold(g)));
  for (const auto& g : lex.given_names) given_filter.add(hash_folded(fold(g)));
  std::vector<std::pair<uint64_t, uint32_t>> classes;
  classes.reserve(given_names.size() + lex.given_names.size() + surnames.size());
  for (const auto& g : given_names) classes.emplace_back(hash_folded(fold(g)), kGivenName);
  for (const auto& g : lex.given_names) classes.emplace_back(hash_folded(fold(g)), kGivenName);
  for (const auto& [name, entry] : surnames) classes.emplace_back(hash_folded(fold(name)), kSurname);
  word_class = HashMap32::joined(classes);
}

}  // namespace dossier
