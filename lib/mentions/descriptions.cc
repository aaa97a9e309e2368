// Definite descriptions: "the spokesman" (the person an apposition or title introduced),
// "the Russian foreign minister" / "Russia's top diplomat" / "the alliance's chief" (the
// office holder on the document's date, from the gazetteer's offices and
// lib/data/mentions/offices.tsv), "the ministry" / "the alliance" (the organisation of
// that kind named last). Also the given-name genders the pronouns use. Tested by
// mentions_test.cc.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "dossier/data.h"
#include "dossier/entities.h"
#include "dossier/utf8.h"
#include "mentions_internal.h"

namespace dossier::mentions_detail {

using namespace words;

namespace {

struct Tables {
  std::unordered_map<std::string, std::vector<std::string>> offices;  // description -> office roles
  std::unordered_map<std::string, std::string> demonyms;              // "russian" -> "Russia"
  std::unordered_set<std::string> female, unisex, given;              // lower case

  static const Tables& get() {
    static const Tables t = [] {
      Tables x;
      for (auto line : data::lines("mentions/offices.tsv")) {
        auto f = data::split(line, '\t');
        if (f.size() < 2) continue;
        auto& list = x.offices[std::string(f[0])];
        for (auto r : data::split(f[1], '|')) list.emplace_back(r);
      }
      for (const auto& [adjective, state] : demonym_states()) x.demonyms[utf8::ascii_lower(adjective)] = state;
      auto words_of = [](std::string_view file, std::unordered_set<std::string>& into) {
        for (auto line : data::lines(file))
          for (auto w : data::split(line, ' '))
            if (!w.empty()) into.insert(utf8::ascii_lower(w));
      };
      words_of("mentions/female_names.txt", x.female);
      words_of("mentions/unisex_names.txt", x.unisex);
      words_of("entities/given_names.txt", x.given);
      return x;
    }();
    return t;
  }
};

// The canonical name of an organisation or state as the gazetteer knows it, for comparing
// "Russia" with "Russian Federation" or "NATO" with "North Atlantic Treaty Organization".
std::string canonical(const Gazetteer& g, const std::string& name) {
  if (const GazetteerEntry* e = g.find(name)) return e->stands_for ? *e->stands_for : e->name;
  return name;
}

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  for (auto w : data::split(s, ' '))
    if (!w.empty()) out.emplace_back(w);
  return out;
}

}  // namespace

std::optional<char> given_name_gender(std::string_view name) {
  size_t sp = name.find(' ');
  if (sp == std::string_view::npos) return std::nullopt;
  std::string first = utf8::ascii_lower(name.substr(0, sp));
  const Tables& t = Tables::get();
  if (t.unisex.count(first)) return std::nullopt;
  if (t.female.count(first)) return 'f';
  if (t.given.count(first)) return 'm';
  return std::nullopt;
}

bool is_given_name(const std::string& lower) { return Tables::get().given.count(lower) > 0; }

std::string state_of_demonym(const std::string& lower) {
  const Tables& t = Tables::get();
  auto it = t.demonyms.find(lower);
  return it == t.demonyms.end() ? std::string() : it->second;
}

std::optional<Referent> DescriptionResolver::office_holder(const MentionQuery& q, const std::string& described,
                                                             const std::string& of) const {
  const Tables& t = Tables::get();
  std::vector<std::string> roles{described};
  if (auto it = t.offices.find(described); it != t.offices.end()) roles = it->second;
  std::string want_of = of.empty() ? of : canonical(ix_.gazetteer, of);
  auto holds = [&](const GazetteerEntry& e) {
    for (const Office& o : e.offices) {
      if (std::find(roles.begin(), roles.end(), o.role) == roles.end()) continue;
      if (!want_of.empty() && canonical(ix_.gazetteer, o.of) != want_of) continue;
      // Without a document date, the office's present holder.
      if (ix_.date.empty() ? !o.to.empty()
                       : !(o.from.substr(0, std::min(o.from.size(), ix_.date.size())) <= ix_.date &&
                           (o.to.empty() || ix_.date.substr(0, std::min(o.to.size(), ix_.date.size())) <= o.to)))
        continue;
      return true;
    }
    return false;
  };
  // A holder the document names, the most recent before the description first (among the
  // last few hundred mentions: a description is not resolved by a pass over a whole book).
  size_t looked = 0;
  for (auto it = ix_.first_at_or_after(q.begin); it != ix_.mentions.begin() && looked < 400; ++looked) {
    --it;
    if (ix_.excluded(q, *it) || ix_.entities[it->entity].type != "PERSON"sv) continue;
    if (const GazetteerEntry* e = ix_.gazetteer.find(ix_.entities[it->entity].name); e && holds(*e)) {
      Referent r;
      r.entity = it->entity;
      r.kind = MentionKind::Office;
      return r;
    }
  }
  // Else the gazetteer's holder, when the state is said.
  if (want_of.empty()) return std::nullopt;
  for (const GazetteerEntry& e : ix_.gazetteer.entries()) {
    if (e.type != "PERSON"sv || e.offices.empty() || !holds(e)) continue;
    Referent r;
    r.kind = MentionKind::Office;
    for (size_t i = 0; i < ix_.entities.size() && !r.entity; ++i)
      if (ix_.entities[i].name == e.name) r.entity = i;
    if (!r.entity) r.name = e.name;
    return r;
  }
  return std::nullopt;
}

std::optional<Referent> DescriptionResolver::description(const MentionQuery& q, const std::vector<Token>& seg) const {
  const Tables& t = Tables::get();
  // Split "the [Russian|Russia's|the alliance's] ROLE [of QUALIFIER]".
  std::string of;
  std::vector<std::string> role;
  bool capitalised = false;
  // The determiner, unless the phrase opens with its owner ("Sweden's top diplomat").
  size_t k = words::is_possessive(seg.front()) ? 0 : 1;
  auto entity_in = [&](size_t b, size_t e) -> std::optional<size_t> {
    std::optional<size_t> found;
    for (auto it = ix_.first_at_or_after(b); it != ix_.mentions.end() && it->begin < e; ++it)
      if (it->end <= e) found = it->entity;
    return found;
  };
  // "(the) NATO chief", "Kremlin spokesman": a name the role words follow is their owner;
  // when no holder is found the phrase stays that name.
  bool named = false;
  size_t role_begin = seg.front().b;
  if (k == 1 && !ix_.lex.is(seg.front().lower, "det")) k = 0;
  if (auto owner = k < seg.size() ? ix_.first_at_or_after(seg[k].b) : ix_.mentions.end();
      owner != ix_.mentions.end() && owner->begin == seg[k].b && owner->end < seg.back().e) {
    while (k < seg.size() && seg[k].e <= owner->end) ++k;
    of = ix_.entities[owner->entity].name;
    named = true;
  }
  auto qualifier_of = [&](size_t b, size_t e, const std::string& head) -> std::string {
    if (auto ent = entity_in(b, e)) return ix_.entities[*ent].name;
    if (auto s = state_of_demonym(head); !s.empty()) return s;
    auto org = ix_.lex.org_nouns.find(head);
    if (org != ix_.lex.org_nouns.end())
      if (auto ent = ix_.nearest_of(q, q.begin, org->second)) return ix_.entities[*ent].name;
    return {};
  };
  for (; k < seg.size(); ++k) {
    const Token& w = seg[k];
    if (auto s = state_of_demonym(w.lower); !s.empty() && role.empty()) {
      of = s;
      continue;
    }
    if (words::is_possessive(w) && role.empty()) {
      of = qualifier_of(seg[k == 0 ? 0 : 1].b, w.e - 2, w.lower.substr(0, w.lower.size() - 2));
      capitalised = false;
      continue;
    }
    if (w.lower == "of"sv && !role.empty()) {
      if (k + 1 < seg.size()) of = qualifier_of(seg[k + 1].b, seg.back().e, seg.back().lower);
      break;
    }
    capitalised |= w.cap;
    if (role.empty()) role_begin = w.b;
    role.push_back(w.lower);
  }
  if (role.empty()) return std::nullopt;
  std::string joined;
  for (const auto& w : role) joined += (joined.empty() ? "" : " ") + w;
  const std::string& head = role.back();
  std::string two = role.size() >= 2 ? role[role.size() - 2] + " " + head : std::string();
  bool is_office = t.offices.count(joined) > 0;
  std::string role_noun = ix_.lex.roles.count(joined) ? joined : ix_.lex.roles.count(two) ? two : ix_.lex.roles.count(head) ? head : "";
  // "the Foreign Ministry" is a name, not a description, when the layer knows it.
  if (capitalised && entity_in(role_begin, seg.back().e)) return std::nullopt;
  if (is_office || !role_noun.empty()) {
    if (auto p = roles_.person_with_role(q.begin, role)) return Referent{p, {}, {}, 0, 0, MentionKind::Role, {}};
    if (role_noun != joined && !role_noun.empty())
      if (auto p = roles_.person_with_role(q.begin, words_of(role_noun))) return Referent{p, {}, {}, 0, 0, MentionKind::Role, {}};
    // "the senator" for "Sen. Ann Hale", "the billionaire" for "Tom Hale, a billionaire
    // developer": what the text said of a person, in titles and appositions (described.cc).
    if (auto r = roles_.described_person(q, seg, false)) return r;
    if (auto r = office_holder(q, joined, of)) return r;
    if (joined != head && t.offices.count(head))
      if (auto r = office_holder(q, head, of)) return r;
    // "the diplomat added" about someone never called a diplomat: the salient person, as
    // "he" would be, when the description names no state or owner.
    if (!role_noun.empty() && of.empty() && !is_office && ix_.lex.roles.count(joined)) {
      auto g = ix_.lex.roles.find(joined);
      if (auto p = pronouns_.antecedent(q, q.begin, g->second)) return Referent{p, {}, {}, 0, 0, MentionKind::Role, {}};
    }
    if (named) return std::nullopt;
    Referent none;
    none.source_text = std::string(ix_.text.substr(seg.front().b, seg.back().e - seg.front().b));
    none.kind = MentionKind::Role;
    return none;
  }
  // "the company", "the alliance", "the ministry": the organisation of that kind named
  // last, one whose name or a name the gazetteer knows it by holds the noun first ("the
  // ministry" -> "Foreign Ministry", "the alliance" -> NATO, the North Atlantic Alliance).
  auto known_as = [&](const Entity& e, const std::string& noun) {
    if (utf8::ascii_lower(e.name).find(noun) != std::string::npos) return true;
    const GazetteerEntry* g = ix_.gazetteer.find(e.name);
    return g && std::any_of(g->aliases.begin(), g->aliases.end(),
                            [&](const std::string& a) { return utf8::ascii_lower(a).find(noun) != std::string::npos; });
  };
  // One capitalised noun is still a description, as official texts write it ("the
  // Alliance", "the Commission"); more words capitalised are a name the layer missed.
  auto org = ix_.lex.org_nouns.find(head);
  if (org == ix_.lex.org_nouns.end() || (capitalised && role.size() > 1) || role.size() > 2) return std::nullopt;
  Referent r;
  r.kind = MentionKind::Organisation;
  // "the statement", "the invitation": the organisation the text is about issued it.
  if (ix_.lex.issued.count(head)) {
    if ((r.entity = ix_.issuer())) return r;
    // No organisation dominates the text: the one it last made the subject of a clause
    // ("Acme announced a launch. It is held at the Town Hall. The invitation reads ..."),
    // not a place or host named as an object in between.
    // At most 200 mentions back, so that one long paragraph of such nouns stays linear.
    size_t walked = 0;
    for (auto it = ix_.first_at_or_after(q.begin); it != ix_.mentions.begin() && walked < 200; ++walked) {
      --it;
      if (ix_.paragraph_distance(it->begin, q.begin) > 15) break;
      if (ix_.excluded(q, *it) || ix_.entities[it->entity].type != "ORG"sv) continue;
      if (ix_.is_subject(*it)) {
        r.entity = it->entity;
        return r;
      }
    }
  }
  for (auto it = ix_.first_at_or_after(q.begin); it != ix_.mentions.begin();) {
    --it;
    if (ix_.paragraph_distance(it->begin, q.begin) > 15) break;
    if (ix_.excluded(q, *it)) continue;
    const Entity& e = ix_.entities[it->entity];
    if (std::find(org->second.begin(), org->second.end(), e.type) == org->second.end()) continue;
    if (known_as(e, head)) {
      r.entity = it->entity;
      return r;
    }
  }
  // "the ministry" with no ministry named: an unnamed institution, not the company named last.
  if (ix_.lex.named_only.count(head)) {
    r.source_text = std::string(ix_.text.substr(seg.front().b, seg.back().e - seg.front().b));
    return r;
  }
  r.entity = ix_.nearest_of(q, q.begin, org->second);
  return r;
}

}  // namespace dossier::mentions_detail
