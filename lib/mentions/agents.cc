// Phrases that stand for a state or an organisation without naming it: a nationality
// adjective before a word for the state's people, voice or acts ("Finnish diplomats", "the
// Chilean side", "Kenyan proposals": lib/data/mentions/agents.tsv) is the adjective's state,
// as "NATO leaders" is NATO's (the body rule of resolver.cc); a definite description of an
// organisation ("the alliance") is the one of that kind the text named (descriptions.cc).
// Both readers of the resolver use them: extract-quotes for a speaker ("the Chilean side
// said" is Chile's word; "Finnish diplomats said" stays an anonymous source, as unnamed
// officials do), diff-positions for the actors of a sentence (collective_mentions: Finnish
// diplomats act for Finland). Tested by mentions_agents_test.cc.
#include <algorithm>
#include <unordered_map>

#include "dossier/data.h"
#include "dossier/entities.h"
#include "dossier/error.h"
#include "dossier/utf8.h"
#include "mentions_internal.h"

namespace dossier::mentions_detail {

using words::Token;

namespace {

struct AgentTables {
  // Nationality adjectives as written ("Russian", "South Korean") -> their state.
  std::unordered_map<std::string, std::string> states;
  size_t longest_adjective = 1;  // in words
  // The words of agents.tsv as written, by first word, longest first.
  std::unordered_map<std::string, std::vector<AgentWords>> nouns;

  static const AgentTables& get() {
    static const AgentTables t = [] {
      AgentTables x;
      for (const auto& [adjective, state] : demonym_states()) {
        x.states.emplace(adjective, state);
        x.longest_adjective = std::max<size_t>(x.longest_adjective, 1 + std::count(adjective.begin(), adjective.end(), ' '));
      }
      for (auto line : data::lines("mentions/agents.tsv")) {
        auto f = data::fields(line);
        if (f.size() < 2) throw Error("agent words: expected WORDS<TAB>KIND", "mentions/agents.tsv");
        AgentWords a;
        for (std::string_view rest = f[0]; !rest.empty();) {
          size_t sp = rest.find(' ');
          if (sp != 0) a.words.emplace_back(rest.substr(0, sp));
          rest.remove_prefix(sp == std::string_view::npos ? rest.size() : sp + 1);
        }
        if (a.words.empty()) continue;
        if (f[1] == "body"sv) a.kind = AgentKind::Body;
        else if (f[1] == "people"sv) a.kind = AgentKind::People;
        else if (f[1] == "person"sv) a.kind = AgentKind::Person;
        else if (f[1] == "act"sv) a.kind = AgentKind::Act;
        else throw Error("agent words: kind is body, people, person or act", "mentions/agents.tsv");
        x.nouns[a.words.front()].push_back(std::move(a));
      }
      for (auto& [w, list] : x.nouns)
        std::stable_sort(list.begin(), list.end(), [](const AgentWords& a, const AgentWords& b) { return a.words.size() > b.words.size(); });
      return x;
    }();
    return t;
  }
};

bool only_space(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// The bytes of token T without a possessive ending ("alliance's" -> "alliance"): the
// owner of a noun after it is still the word's referent.
size_t bare_end(std::string_view text, const words::Token& t) {
  std::string_view w = text.substr(t.b, t.e - t.b);
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) return t.e - 2;
  if (w.size() > 4 && w.compare(w.size() - 4, 4, "\xE2\x80\x99s") == 0) return t.e - 4;
  return t.e;
}

// Whether tokens [i, i + n) are words, each as written W (the last one maybe possessive),
// separated by white space only.
bool written_as(std::string_view text, const std::vector<words::Token>& toks, size_t i, const std::vector<std::string>& w) {
  if (i + w.size() > toks.size()) return false;
  for (size_t k = 0; k < w.size(); ++k) {
    const words::Token& t = toks[i + k];
    size_t e = k + 1 == w.size() ? bare_end(text, t) : t.e;
    if (!t.word || text.substr(t.b, e - t.b) != w[k]) return false;
    if (k > 0 && !only_space(text.substr(toks[i + k - 1].e, t.b - toks[i + k - 1].e))) return false;
  }
  return true;
}

}  // namespace

std::optional<StateAgent> state_agent_at(std::string_view text, const std::vector<words::Token>& toks, size_t i) {
  const AgentTables& t = AgentTables::get();
  if (i >= toks.size() || !toks[i].word || !toks[i].cap) return std::nullopt;
  // The longest adjective first: "South Korean" before a shorter one.
  for (size_t n = std::min(t.longest_adjective, toks.size() - i); n >= 1; --n) {
    size_t last = i + n - 1;
    if (!toks[last].word) continue;
    std::string_view written = text.substr(toks[i].b, toks[last].e - toks[i].b);
    auto st = t.states.find(std::string(written));
    if (st == t.states.end()) continue;
    size_t next = last + 1;
    if (next >= toks.size() || !only_space(text.substr(toks[last].e, toks[next].b - toks[last].e))) return std::nullopt;
    auto nouns = t.nouns.find(std::string(text.substr(toks[next].b, toks[next].e - toks[next].b)));
    if (nouns == t.nouns.end()) nouns = t.nouns.find(std::string(text.substr(toks[next].b, bare_end(text, toks[next]) - toks[next].b)));
    if (nouns == t.nouns.end()) return std::nullopt;
    for (const AgentWords& a : nouns->second)
      if (written_as(text, toks, next, a.words))
        return StateAgent{toks[i].b, toks[last].e, next + a.words.size(), st->second, a.kind};
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Referent> DescriptionResolver::state_agent(const std::vector<Token>& seg) const {
  size_t i = !seg.empty() && ix_.lex.is(seg.front().lower, "det") ? 1 : 0;
  auto found = state_agent_at(ix_.text, seg, i);
  // The whole phrase, and no single office holder ("the Finnish president" is a person) nor
  // unnamed people ("Finnish diplomats said" names no one).
  if (!found || found->end != seg.size() || found->kind == AgentKind::Person || found->kind == AgentKind::People)
    return std::nullopt;
  Referent r;
  r.kind = MentionKind::Organisation;
  r.entity = ix_.state_entity(found->state);
  if (!r.entity) r.name = found->state;
  return r;
}

// "NRC leaders", "NATO's foreign ministers", "the allies", "the declaration": the owner
// named in the phrase, else the organisation the document is about (a communiqué's
// "the ministers agreed" is the alliance's word).
std::optional<size_t> DescriptionResolver::body_owner(const std::vector<Token>& seg) const {
  std::optional<size_t> owner;
  for (auto it = ix_.first_at_or_after(seg.front().b); it != ix_.mentions.end() && it->begin < seg.back().e; ++it) {
    const std::string& type = ix_.entities[it->entity].type;
    if (it->end <= seg.back().e && (type == "ORG"sv || type == "GPE"sv)) owner = it->entity;
  }
  return owner ? owner : ix_.topic_organisation();
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The ASCII letters a chunk of text opens with ("officials" of "officials,"), lower-cased
// when LOWER; empty when it opens with anything else.
std::string_view leading_letters(std::string_view chunk, bool lower, std::string& buffer) {
  size_t n = 0;
  while (n < chunk.size() && is_ascii_letter(chunk[n])) ++n;
  if (!lower) return chunk.substr(0, n);
  buffer = utf8::ascii_lower(chunk.substr(0, n));
  return buffer;
}

// Whether NOUN of the organisation nouns stands for an organisation as a body that acts ("the
// alliance", "the ministry"): not a document it issued ("the statement") and not a word for
// a state ("the country", "the government"), which a sentence uses of its own subject far
// more often than of an actor it left unnamed.
bool is_organisation_noun(const std::string& noun, const std::vector<std::string>& types) {
  return !words::Lexicon::get().issued.count(noun) && std::find(types.begin(), types.end(), "GPE") == types.end();
}

// The collective mention whose first token is TOKS[I], appended to OUT.
void find_collective(const MentionResolver::Impl& impl, const std::vector<Token>& toks, size_t i, std::vector<Referent>& out) {
  const NameIndex& m = impl.index;
  if (auto a = state_agent_at(m.text, toks, i)) {
    Referent r;
    r.kind = MentionKind::Organisation;
    r.begin = a->adjective_begin;
    r.end = a->adjective_end;
    r.entity = m.state_entity(a->state);
    if (!r.entity) r.name = a->state;
    out.push_back(std::move(r));
    return;
  }
  // "the alliance", "the Alliance", "the alliance's": a one-word description of an
  // organisation, not the start of a longer name ("the Alliance for Progress", "the
  // Union Cabinet").
  if (toks[i].lower != "the"sv || i + 1 >= toks.size()) return;
  Token noun = toks[i + 1];
  if (size_t e = bare_end(m.text, noun); e != noun.e) {
    noun.lower.resize(noun.lower.size() - 2);  // the lower form spells the apostrophe straight
    noun.e = e;
  }
  auto org = m.lex.org_nouns.find(noun.lower);
  if (!noun.word || org == m.lex.org_nouns.end() || !is_organisation_noun(org->first, org->second)) return;
  if (noun.e == toks[i + 1].e && i + 2 < toks.size() && toks[i + 2].word &&
      only_space(m.text.substr(noun.e, toks[i + 2].b - noun.e))) {
    const Token& after = toks[i + 2];
    if (after.cap) return;
    bool of = after.lower == "of"sv || after.lower == "for"sv;
    if (noun.cap && of && i + 3 < toks.size() && toks[i + 3].cap) return;
  }
  MentionQuery q{toks[i].b, noun.e, {}, {}};
  auto r = impl.descriptions.description(q, {toks[i], noun});
  if (!r || !r->resolved()) return;
  r->begin = noun.b;
  r->end = noun.e;
  out.push_back(std::move(*r));
}

}  // namespace

}  // namespace dossier::mentions_detail

namespace dossier {

using namespace mentions_detail;
using words::Token;

std::vector<Referent> MentionResolver::collective_mentions(size_t from, size_t to) const {
  const NameIndex& m = impl_->index;
  const AgentTables& tables = AgentTables::get();
  std::vector<Referent> out;
  to = std::min(to, m.text.size());
  if (from >= to) return out;
  // Tokenizing a whole sentence would cost more than the search: only the words before a
  // chunk of text (between white space) that may open an agent word after a capitalised
  // chunk, or an organisation noun after "the", are tokenized. A token never spans white
  // space, so these are the sentence's own tokens.
  std::vector<std::pair<size_t, size_t>> chunks;
  for (size_t i = from; i < to;) {
    while (i < to && is_space(m.text[i])) ++i;
    if (i == to) break;
    size_t b = i;
    while (i < to && !is_space(m.text[i])) ++i;
    chunks.emplace_back(b, i);
  }
  auto is_the = [&](const std::pair<size_t, size_t>& c) {
    std::string_view w = m.text.substr(c.first, c.second - c.first);
    return w.size() == 3 && (w[0] | 0x20) == 't' && (w[1] | 0x20) == 'h' && (w[2] | 0x20) == 'e';
  };
  size_t looked = from;  // tokens starting before this byte were looked at
  std::string buffer;
  for (size_t k = 1; k < chunks.size(); ++k) {
    unsigned char before = static_cast<unsigned char>(m.text[chunks[k - 1].first]);
    bool capitalised = (before >= 'A' && before <= 'Z') || before >= 0x80;
    std::string_view chunk = m.text.substr(chunks[k].first, chunks[k].second - chunks[k].first);
    bool agent = capitalised && tables.nouns.count(std::string(leading_letters(chunk, false, buffer)));
    if (!agent && !(is_the(chunks[k - 1]) && m.lex.org_nouns.count(std::string(leading_letters(chunk, true, buffer)))))
      continue;
    size_t first = k >= tables.longest_adjective ? k - tables.longest_adjective : 0;
    size_t last = std::min(chunks.size(), k + 3) - 1;
    auto toks = words::tokenize(m.text, chunks[first].first, chunks[last].second);
    for (size_t i = 0; i < toks.size() && toks[i].b < chunks[k].first; ++i)
      if (toks[i].b >= looked) find_collective(*impl_, toks, i, out);
    looked = chunks[k].first;
  }
  return out;
}

const MentionResolver::CollectiveWords& MentionResolver::collective_words() {
  static const CollectiveWords words = [] {
    CollectiveWords w;
    for (const auto& [first, list] : AgentTables::get().nouns) w.agents.push_back(first);
    for (const auto& [adjective, state] : AgentTables::get().states) w.adjectives.push_back(adjective);
    std::sort(w.adjectives.begin(), w.adjectives.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;  // longest first, for an alternation
    });
    for (const auto& [noun, types] : words::Lexicon::get().org_nouns)
      if (is_organisation_noun(noun, types)) w.organisations.push_back(noun);
    std::sort(w.agents.begin(), w.agents.end());
    std::sort(w.organisations.begin(), w.organisations.end());
    return w;
  }();
  return words;
}

}  // namespace dossier
