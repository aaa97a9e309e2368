// The positions layer: topic mentions with a stance, and who holds it. Tested by
// tests/unit/positions_test.cc.
//
// Who holds a stance, in order: the speaker of a quote around the mention; the agents after
// a passive cue ("snubbed by NATO, the United States and the European Union"); else the
// sentence's subject, i.e. its first actor mention that is not the object of a preposition,
// not part of a topic mention and not the owner of the topic ("Medvedev's pact"), with the
// actors coordinated with it ("NATO and Russia restored ...") and a title's person
// ("NATO Secretary-General Anders Fogh Rasmussen") taking the place of the body; plus the
// nearest person before the mention when it differs ("Russia is worried ... and Medvedev
// has said ..."). First-person words speak for the quote's speaker, outside quotes for the
// person the title names (a transcript's "Lavrov on relations with NATO"); he/she/his/her
// for the last person named. A person also yields the states and organisations they speak
// for on that date, by office.
#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include <re2/re2.h>

#include "dossier/data.h"
#include "dossier/entities.h"
#include "dossier/error.h"
#include "dossier/utf8.h"
#include "positions_internal.h"

namespace dossier {

namespace {

struct Candidate {
  size_t start = 0, end = 0;  // bytes into the text
  std::string name;           // entity name, actor, or pronoun class
  std::string type;           // PERSON ORG GPE, ACTOR (from actors.tsv), FIRST, THIRD
  const Entity* entity = nullptr;
};

struct ActorCue {
  std::unique_ptr<RE2> re;
  std::string actor;
};

const std::vector<ActorCue>& actor_cues() {
  static const std::vector<ActorCue> cues = [] {
    std::vector<ActorCue> out;
    RE2::Options o;
    o.set_log_errors(false);
    for (auto line : data::lines("positions/actors.tsv")) {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) throw Error("actor cues: expected RE2<TAB>ACTOR", "positions/actors.tsv");
      ActorCue c;
      c.re = std::make_unique<RE2>("\\b(?:" + std::string(line.substr(0, tab)) + ")", o);
      if (!c.re->ok()) throw Error("actor cues: bad pattern: " + c.re->error(), "positions/actors.tsv");
      c.actor = std::string(line.substr(tab + 1));
      out.push_back(std::move(c));
    }
    return out;
  }();
  return cues;
}

const RE2& pronoun_re() {
  static const RE2 re("\\b(?:([Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)|([Hh]e|[Hh]is|[Ss]he|[Hh]er))\\b");
  return re;
}

bool is_word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80); }

// The word before byte offset POS (lowercase), skipping "the".
std::string word_before(std::string_view text, size_t pos, size_t floor) {
  for (int round = 0; round < 2; ++round) {
    size_t e = pos;
    while (e > floor && !is_word_byte(text[e - 1])) --e;
    size_t b = e;
    while (b > floor && is_word_byte(text[b - 1])) --b;
    std::string w;
    for (size_t i = b; i < e; ++i) w += utf8::ascii_lower(text[i]);
    if (w != "the" || round == 1) return w;
    pos = b;
  }
  return {};
}

bool is_preposition(const std::string& w) {
  static const std::set<std::string> kPrepositions = {"of", "to", "with", "by", "from", "in", "at", "on", "for",
                                                      "into", "near", "against", "about", "over", "toward",
                                                      "towards", "between", "among", "within", "than", "like"};
  return kPrepositions.count(w) > 0;
}

bool is_possessive_at(std::string_view text, size_t end) {
  return text.substr(end, 2) == "'s" || text.substr(end, 4) == "\u2019s" || text.substr(end, 1) == "'";
}

size_t count_words(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool w = is_word_byte(c);
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

bool coordination(std::string_view between) {
  std::string t;
  for (char c : between)
    if (!std::isspace(static_cast<unsigned char>(c))) t += utf8::ascii_lower(c);
  return t == "and" || t == "," || t == ",and" || t == "andthe" || t == ",the" || t == ",andthe" || t == "or";
}

class Layer {
 public:
  Layer(const Document& doc, const PositionOptions& options)
      : doc_(doc),
        topics_(options.topics ? *options.topics : TopicLexicon::builtin()),
        actors_(options.actors ? *options.actors : ActorResolver::builtin()),
        map_(doc.text) {}

  std::vector<Position> run();

 private:
  size_t byte(int64_t cp) const { return map_.to_byte(static_cast<size_t>(std::max<int64_t>(cp, 0))); }
  int64_t cp(size_t b) const { return static_cast<int64_t>(map_.to_cp(b)); }
  void collect_candidates(const std::vector<std::pair<size_t, size_t>>& ranges);
  std::string date_of(size_t sb, size_t se) const;
  const Quote* quote_at(size_t pos) const;
  std::vector<std::string> resolve(const Candidate& c, size_t at, const std::string& date) const;
  std::vector<std::string> speaker_actors(const Quote& q, const std::string& date) const;
  std::vector<const Candidate*> agents(size_t sb, size_t se, const TopicMatch& m,
                                       const std::vector<TopicMatch>& ms, const positions_detail::Stance& st) const;
  std::map<size_t, const Candidate*> reported_speech() const;
  void add_roles(const std::vector<std::pair<size_t, size_t>>& ranges);
  std::vector<const Candidate*> owners(size_t sb, size_t se, const TopicMatch& m) const;
  std::vector<std::pair<const Candidate*, int>> cue_agents(size_t sb, size_t se, const TopicMatch& m,
                                                           const positions_detail::Stance& st,
                                                           const std::vector<positions_detail::Cue>& cues) const;

  const Document& doc_;
  const TopicLexicon& topics_;
  const ActorResolver& actors_;
  utf8::OffsetMap map_;
  std::vector<Entity> own_entities_;
  std::vector<Candidate> cands_;  // sorted by start
  std::string voice_;             // the person the title names, for first-person narrative
};

struct RoleNoun {
  std::string role;
  std::unique_ptr<RE2> re;
};

const positions_detail::Prefilter& role_prefilter();

const std::vector<RoleNoun>& role_nouns() {
  static const std::vector<RoleNoun> roles = [] {
    std::vector<RoleNoun> out;
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    for (auto line : data::lines("positions/roles.tsv")) {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) throw Error("role nouns: expected ROLE<TAB>RE2", "positions/roles.tsv");
      RoleNoun r{std::string(line.substr(0, tab)), std::make_unique<RE2>("\\b(?:" + std::string(line.substr(tab + 1)) + ")\\b", o)};
      if (!r.re->ok()) throw Error("role nouns: bad pattern: " + r.re->error(), "positions/roles.tsv");
      out.push_back(std::move(r));
    }
    return out;
  }();
  return roles;
}

// One RE2::Set over the patterns of RULES (each has an `re`).
template <typename Rules>
positions_detail::Prefilter prefilter_of(const Rules& rules) {
  std::vector<const RE2*> res;
  for (const auto& r : rules) res.push_back(r.re.get());
  return positions_detail::Prefilter(res);
}

const positions_detail::Prefilter& role_prefilter() {
  static const positions_detail::Prefilter p = prefilter_of(role_nouns());
  return p;
}

const positions_detail::Prefilter& actor_prefilter() {
  static const positions_detail::Prefilter p = prefilter_of(actor_cues());
  return p;
}

// Role nouns in RANGES (lib/data/positions/roles.tsv) become the person they stand for:
// "the Russian Foreign Minister" after "Sergei Lavrov" is Lavrov. Runs before the overlap
// pass so that the role wins over the nationality word inside it.
void Layer::add_roles(const std::vector<std::pair<size_t, size_t>>& ranges) {
  std::string_view text = doc_.text;
  re2::StringPiece input(text.data(), text.size()), m;
  const std::string date = doc_.dct.value.value_or("");
  size_t n = cands_.size();
  for (const auto& [from, to] : ranges)
    for (size_t k : role_prefilter().which(text.substr(from, to - from))) {
      const RoleNoun& r = role_nouns()[k];
      size_t pos = from;
      while (pos < to && r.re->Match(input, pos, to, RE2::UNANCHORED, &m, 1)) {
        size_t s = static_cast<size_t>(m.data() - text.data()), e = s + m.size();
        pos = std::max(e, s + 1);
        size_t after = e;
        while (after < text.size() && text[after] == ' ') ++after;
        if (after < text.size() && std::isupper(static_cast<unsigned char>(text[after]))) continue;  // a title
        const Candidate* best = nullptr;
        for (size_t i = 0; i < n; ++i) {
          const Candidate& c = cands_[i];
          if (c.type != "PERSON" || c.end > s || (best && best->end >= c.end)) continue;
          bool holds = false;
          for (const auto& o : offices_on(c.name, date, Gazetteer::builtin()))
            if (o.role.find(r.role) != std::string::npos) holds = true;
          if (holds) best = &c;
        }
        if (best) cands_.push_back(Candidate{s, e, best->name, "PERSON", best->entity});
      }
    }
}

// Entity mentions everywhere (a pronoun looks back for its person); actor cues and pronouns
// only in RANGES, the sentences that mention a topic, as nothing else asks for them.
void Layer::collect_candidates(const std::vector<std::pair<size_t, size_t>>& ranges) {
  if (!doc_.entities) own_entities_ = find_entities(doc_);
  const std::vector<Entity>* ents = doc_.entities ? &*doc_.entities : &own_entities_;
  {
    for (const auto& e : *ents) {
      if (e.type != "PERSON" && e.type != "ORG" && e.type != "GPE") continue;
      for (const auto& m : e.mentions) cands_.push_back(Candidate{byte(m.start), byte(m.end), e.name, e.type, &e});
    }
  }
  std::string_view text = doc_.text;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[2];
  for (const auto& [from, to] : ranges)
  for (size_t k : actor_prefilter().which(text.substr(from, to - from))) {
    const ActorCue& ac = actor_cues()[k];
    size_t pos = from;
    int n = std::min(1, ac.re->NumberOfCapturingGroups());
    while (pos < to && ac.re->Match(input, pos, to, RE2::UNANCHORED, g, 1 + n)) {
      const auto& m = n && g[1].data() ? g[1] : g[0];
      size_t s = static_cast<size_t>(m.data() - text.data());
      cands_.push_back(Candidate{s, s + m.size(), ac.actor, "ACTOR", nullptr});
      pos = static_cast<size_t>(g[0].data() - text.data()) + std::max<size_t>(g[0].size(), 1);
    }
  }
  add_roles(ranges);
  for (const auto& [from, to] : ranges) {
    size_t pos = from;
    re2::StringPiece p[3];
    while (pos < to && pronoun_re().Match(input, pos, to, RE2::UNANCHORED, p, 3)) {
      size_t s = static_cast<size_t>(p[0].data() - text.data());
      cands_.push_back(Candidate{s, s + p[0].size(), "", p[1].data() ? "FIRST" : "THIRD", nullptr});
      pos = s + std::max<size_t>(p[0].size(), 1);
    }
  }
  std::sort(cands_.begin(), cands_.end(), [](const Candidate& a, const Candidate& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<Candidate> kept;
  for (auto& c : cands_) {
    if (!kept.empty() && c.start < kept.back().end) continue;
    kept.push_back(std::move(c));
  }
  // An abbreviation in parentheses repeats the name before it ("the Organization for Security
  // and Co-operation in Europe (OSCE)") and shares its place in the sentence.
  cands_.clear();
  for (auto& c : kept) {
    if (!cands_.empty() && c.start > cands_.back().end) {
      std::string_view gap = text.substr(cands_.back().end, c.start - cands_.back().end);
      if (gap == "(" || gap == " (") continue;
    }
    cands_.push_back(std::move(c));
  }
  if (doc_.title && !doc_.title->empty() && text.substr(0, doc_.title->size()) == *doc_.title) {
    for (const auto& c : cands_) {
      if (c.start >= doc_.title->size()) break;
      if (c.type == "PERSON") {
        voice_ = c.name;
        break;
      }
    }
  }
}

std::string Layer::date_of(size_t sb, size_t se) const {
  if (doc_.timexes) {
    for (const auto& t : *doc_.timexes) {
      if (t.type != "DATE" || t.value.empty() || !std::isdigit(static_cast<unsigned char>(t.value[0]))) continue;
      size_t b = byte(t.span.start);
      if (b >= sb && b < se) return t.value;
    }
  }
  return doc_.dct.value.value_or("");
}

const Quote* Layer::quote_at(size_t pos) const {
  if (!doc_.quotes) return nullptr;
  for (const auto& q : *doc_.quotes) {
    if (!q.speech || !q.speaker) continue;
    if (byte(q.span.start) <= pos && pos < byte(q.span.end)) return &q;
  }
  return nullptr;
}

std::vector<std::string> Layer::speaker_actors(const Quote& q, const std::string& date) const {
  const Entity* e = nullptr;
  const std::vector<Entity>& ents = doc_.entities ? *doc_.entities : own_entities_;
  if (q.speaker->entity)
    for (const auto& x : ents)
      if (x.id == *q.speaker->entity) e = &x;
  std::vector<std::string> out;
  std::string name = e ? actors_.stands_for(*e) : q.speaker->name;
  if (name.empty()) return out;
  out.push_back(name);
  if (!e || e->type == "PERSON")
    for (auto& s : actors_.speaks_for(name, date)) out.push_back(std::move(s));
  return out;
}

std::vector<std::string> Layer::resolve(const Candidate& c, size_t at, const std::string& date) const {
  std::vector<std::string> out;
  if (c.type == "FIRST") {
    if (const Quote* q = quote_at(at)) return speaker_actors(*q, date);
    if (const Quote* q = quote_at(c.start)) return speaker_actors(*q, date);
    if (voice_.empty()) return out;
    out.push_back(voice_);
    for (auto& s : actors_.speaks_for(voice_, date)) out.push_back(std::move(s));
    return out;
  }
  if (c.type == "THIRD") {
    for (auto it = cands_.rbegin(); it != cands_.rend(); ++it)
      if (it->start < c.start && it->type == "PERSON") return resolve(*it, at, date);
    return out;
  }
  std::string name = c.entity ? actors_.stands_for(*c.entity) : c.name;
  if (name.empty()) return out;
  out.push_back(name);
  if (c.type == "PERSON")
    for (auto& s : actors_.speaks_for(name, date)) out.push_back(std::move(s));
  return out;
}

std::vector<const Candidate*> Layer::agents(size_t sb, size_t se, const TopicMatch& m, const std::vector<TopicMatch>& ms,
                                            const positions_detail::Stance& st) const {
  std::string_view text = doc_.text;
  size_t agents_from = st.agents_from;
  auto in_topic = [&](const Candidate& c) {
    return std::any_of(ms.begin(), ms.end(), [&](const TopicMatch& t) { return c.start < sb + t.end && sb + t.start < c.end; });
  };
  std::vector<const Candidate*> sent;
  for (const auto& c : cands_)
    if (c.start >= sb && c.end <= se && !in_topic(c)) sent.push_back(&c);
  auto with_coordinated = [&](size_t i) {
    std::vector<const Candidate*> out{sent[i]};
    for (size_t j = i + 1; j < sent.size(); ++j) {
      if (!coordination(text.substr(sent[j - 1]->end, sent[j]->start - sent[j - 1]->end))) break;
      out.push_back(sent[j]);
    }
    return out;
  };
  if (agents_from) {
    for (size_t i = 0; i < sent.size(); ++i)
      if (sent[i]->start >= sb + agents_from && count_words(text.substr(sb + agents_from, sent[i]->start - sb - agents_from)) <= 2)
        return with_coordinated(i);
  }
  size_t mstart = sb + m.start;
  // A dateline ("CORFU, Greece (Reuters) --") names no one who holds the stance.
  size_t floor = sb;
  for (std::string_view dash : {std::string_view("--"), std::string_view("\u2014")}) {
    size_t d = text.substr(sb, m.start).rfind(dash);
    if (d != std::string_view::npos) floor = std::max(floor, sb + d + dash.size());
  }
  // Whether the candidate at index I of SENT can be a subject: not the object of a
  // preposition, nor coordinated with one ("from the United States and NATO"), nor the owner
  // of the topic ("Medvedev's pact was not needed").
  std::function<bool(size_t)> subject_at = [&](size_t i) {
    const Candidate& c = *sent[i];
    if (is_preposition(word_before(text, c.start, sb))) return false;
    if (c.end <= mstart && is_possessive_at(text, c.end) && count_words(text.substr(c.end, mstart - c.end)) <= 2)
      return false;
    // Only "and"/"or" coordinate here: a bare comma may as well open an apposition ("Russia's
    // envoy to NATO, Dmitry Rogozin, passed on") or close a phrase ("from NATO, Putin set").
    std::string_view gap = i > 0 ? text.substr(sent[i - 1]->end, c.start - sent[i - 1]->end) : std::string_view();
    if (i > 0 && coordination(gap) && (gap.find("and") != std::string_view::npos || gap.find("or") != std::string_view::npos))
      return subject_at(i - 1);
    return true;
  };
  auto subject_like = [&](const Candidate& c) {
    auto it = std::find(sent.begin(), sent.end(), &c);
    return subject_at(static_cast<size_t>(it - sent.begin()));
  };
  std::vector<const Candidate*> out;
  size_t first = sent.size();
  // A clause after a contrast marker with a subject of its own: "... but the EU's top
  // diplomat said it must not undermine NATO".
  size_t clause = sb + st.clause_start;
  for (size_t from : {std::max(floor, clause), floor}) {
    for (size_t i = 0; i < sent.size() && first == sent.size(); ++i)
      if (sent[i]->start >= from && sent[i]->end <= mstart && subject_like(*sent[i])) first = i;
    if (first != sent.size()) break;
  }
  if (first == sent.size()) {
    for (size_t i = 0; i < sent.size(); ++i)
      if (sent[i]->start >= sb + m.end && sent[i]->end <= sb + st.clause_end && subject_like(*sent[i]) &&
          sent[i]->type != "THIRD") {
        first = i;
        break;
      }
  }
  if (first == sent.size()) return out;
  out = with_coordinated(first);
  // A body before its officer's name stands for the person: "NATO Secretary-General X".
  if (sent[first]->type != "PERSON" && first + 1 < sent.size() && sent[first + 1]->type == "PERSON" &&
      sent[first + 1]->start - sent[first]->end <= 40 && out.size() == 1) {
    out = {sent[first + 1]};
  }
  for (size_t i = sent.size(); i-- > first + 1;) {
    // A possessive names an owner, never a subject: "... said that Medvedev's pact was not
    // needed, because existing structures were enough".
    if (sent[i]->end > mstart || sent[i]->type != "PERSON" || !subject_like(*sent[i]) ||
        is_possessive_at(text, sent[i]->end))
      continue;
    if (std::find(out.begin(), out.end(), sent[i]) == out.end()) out.push_back(sent[i]);
    break;
  }
  return out;
}

// Reported speech: a sentence that opens with "According to X," makes X the voice of the
// rest of its paragraph ("According to Lavrov, ... Russia will measure everything by ... All
// of this must be legally binding."). Maps a sentence's start byte to that voice.
std::map<size_t, const Candidate*> Layer::reported_speech() const {
  static const RE2 opener("^\\W*(?:[Aa]ccording\\s+to|[Ii]n\\s+the\\s+words\\s+of)\\s+(?:the\\s+)?");
  std::map<size_t, const Candidate*> out;
  std::string_view text = doc_.text;
  const Candidate* voice = nullptr;
  size_t para_end = 0;
  size_t next_para = 0;
  for (const auto& span : doc_.sentences) {
    size_t sb = byte(span.start), se = byte(span.end);
    if (se <= sb || se > text.size()) continue;
    if (sb >= para_end) {
      voice = nullptr;
      while (next_para < doc_.paragraphs.size() && byte(doc_.paragraphs[next_para].end) <= sb) ++next_para;
      para_end = next_para < doc_.paragraphs.size() ? byte(doc_.paragraphs[next_para].end) : se;
    }
    re2::StringPiece input(text.data() + sb, se - sb), m;
    if (opener.Match(input, 0, input.size(), RE2::ANCHOR_START, &m, 1)) {
      size_t after = sb + m.size();
      for (const auto& c : cands_)
        if (c.start >= after && c.start <= after + 2 && c.entity) {
          voice = &c;
          break;
        }
    }
    if (voice) out[sb] = voice;
  }
  return out;
}

const RE2& owned_noun_re() {
  static const RE2 re = [] {
    std::string alts;
    for (auto line : data::lines("positions/proposals.tsv")) alts += (alts.empty() ? "" : "|") + std::string(line);
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    return RE2("(?:'s|\u2019s)\\s+(?:[\\w-]+\\s+){0,2}?(?:" + alts + ")\\b", o);
  }();
  if (!re.ok()) throw Error("owned nouns: bad pattern: " + re.error(), "positions/proposals.tsv");
  return re;
}

// Whether a cue's words open with a noun of lib/data/positions/proposals.tsv ("plans for",
// "call for"): a name right before such a cue is its owner ("U.S. plans for"), where a name
// before a verb cue may be the subject of a clause that is not its own ("demanded that NATO
// halt").
bool noun_cue(std::string_view cue) {
  static const RE2 re = [] {
    std::string alts;
    for (auto line : data::lines("positions/proposals.tsv")) alts += (alts.empty() ? "" : "|") + std::string(line);
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    return RE2("(?:" + alts + ")\\b", o);
  }();
  if (!re.ok()) throw Error("noun cues: bad pattern: " + re.error(), "positions/proposals.tsv");
  re2::StringPiece in(cue.data(), cue.size());
  return RE2::Consume(&in, re);  // anchored at the cue's first word
}

// Owners of a proposal that names the topic: "Medvedev's initiative for a legally binding
// treaty" (lib/data/positions/proposals.tsv). The owner stands for what the proposal names,
// whatever the sentence says of it.
std::vector<const Candidate*> Layer::owners(size_t sb, size_t se, const TopicMatch& m) const {
  std::vector<const Candidate*> out;
  std::string_view text = doc_.text;
  re2::StringPiece input(text.data(), se);
  re2::StringPiece g;
  size_t pos = sb;
  while (pos < se && owned_noun_re().Match(input, pos, se, RE2::UNANCHORED, &g, 1)) {
    size_t s = static_cast<size_t>(g.data() - text.data()), e = s + g.size();
    pos = e;
    size_t ms = sb + m.start, me = sb + m.end;
    bool names = ms < e && s < me;
    if (!names && ms >= e) {
      std::string_view between = text.substr(e, ms - e);
      names = count_words(between) <= 5 && between.find_first_of(",;:") == std::string_view::npos;
    }
    if (!names) continue;
    for (const auto& c : cands_)
      if (c.end == s && c.start >= sb && c.type != "FIRST" && c.type != "THIRD") out.push_back(&c);
  }
  return out;
}

// Agents a cue names itself: the owner of a noun cue ("Russia's call for", "U.S. plans
// for") holds the cue's stance; the actor after a noun cue and "of" ("the unwillingness of
// our NATO partners to ratify X") holds the clause's stance, and a first-person voice in the
// sentence, who complains of it, the other one. The int is the polarity.
std::vector<std::pair<const Candidate*, int>> Layer::cue_agents(size_t sb, size_t se, const TopicMatch& m,
                                                                const positions_detail::Stance& st,
                                                                const std::vector<positions_detail::Cue>& cues) const {
  using positions_detail::CueKind;
  std::string_view text = doc_.text;
  std::vector<std::pair<const Candidate*, int>> out;
  for (const auto& c : cues) {
    if (c.kind != CueKind::Support && c.kind != CueKind::Oppose) continue;
    if (c.start < st.clause_start || c.end > m.start) continue;
    size_t cs = sb + c.start, ce = sb + c.end;
    // The cue's own stance reaches only a mention that no later cue speaks of: "Russia wants
    // guarantees and the end of NATO enlargement".
    bool nearest = std::none_of(cues.begin(), cues.end(), [&](const positions_detail::Cue& x) {
      return x.start >= c.end && x.end <= m.start &&
             (x.kind == CueKind::Support || x.kind == CueKind::Oppose || x.kind == CueKind::Negation);
    });
    for (const auto& cand : cands_) {
      if (!nearest) break;
      if (cand.end > cs || cand.start < sb || cand.type == "FIRST" || cand.type == "THIRD") continue;
      std::string_view between = text.substr(cand.end, cs - cand.end);
      // "Russia's call for", and a name right before the cue: "U.S. plans for".
      bool owner = is_possessive_at(text, cand.end) && count_words(between) <= 2;
      bool modifier = !between.empty() && noun_cue(text.substr(cs, ce - cs)) &&
                      std::all_of(between.begin(), between.end(), [](char ch) { return ch == ' '; });
      if (owner || modifier) out.emplace_back(&cand, (c.kind == CueKind::Support ? 1 : -1) * (m.denied ? -1 : 1));
    }
    std::string_view after = text.substr(ce, std::min<size_t>(4, se - ce));
    if (after == " of ") {
      const Candidate* voice = nullptr;
      std::vector<const Candidate*> named;
      for (const auto& cand : cands_) {
        if (cand.start < sb || cand.end > se) continue;
        if (cand.type == "FIRST") {
          if (!voice) voice = &cand;
          continue;
        }
        if (cand.start >= ce && cand.end <= sb + m.start && count_words(text.substr(ce, cand.start - ce)) <= 2)
          named.push_back(&cand);
      }
      if (named.empty()) continue;
      for (const Candidate* n : named) out.emplace_back(n, st.polarity);
      if (voice && c.kind == CueKind::Oppose) out.emplace_back(voice, -st.polarity);
      out.emplace_back(nullptr, 0);  // marks: the cue named who holds the stance
    }
  }
  return out;
}

std::vector<Position> Layer::run() {
  std::vector<Position> out;
  if (doc_.text.empty()) return out;
  std::string_view text = doc_.text;
  struct Found {
    const Span* span;
    size_t sb, se;
    std::vector<TopicMatch> ms;
  };
  std::vector<Found> found;
  std::vector<std::pair<size_t, size_t>> ranges;
  for (const auto& span : doc_.sentences) {
    size_t sb = byte(span.start), se = byte(span.end);
    if (se <= sb || se > text.size()) continue;
    std::vector<TopicMatch> ms = topics_.find(text.substr(sb, se - sb));
    if (ms.empty()) continue;
    ranges.emplace_back(sb, se);
    found.push_back(Found{&span, sb, se, std::move(ms)});
  }
  collect_candidates(ranges);
  std::map<size_t, const Candidate*> reporters = reported_speech();
  std::set<std::tuple<int64_t, std::string, std::string, std::string>> seen;
  for (const auto& [sp, sb, se, ms] : found) {
    const Span& span = *sp;
    std::string_view sentence = text.substr(sb, se - sb);
    std::vector<positions_detail::Cue> cues = positions_detail::find_cues(sentence);
    std::string date = date_of(sb, se);
    auto rep = reporters.find(sb);
    const Candidate* reporter = rep == reporters.end() ? nullptr : rep->second;
    for (size_t i = 0; i < ms.size(); ++i) {
      std::vector<TopicMatch> others;
      for (size_t j = 0; j < ms.size(); ++j)
        if (j != i) others.push_back(ms[j]);
      auto st = positions_detail::stance_of(sentence, ms[i], others, cues);
      std::vector<std::pair<std::string, int>> held;
      std::optional<std::string> via;
      for (const Candidate* c : owners(sb, se, ms[i]))
        for (auto& n : resolve(*c, sb + ms[i].start, date)) held.emplace_back(std::move(n), ms[i].denied ? -1 : 1);
      if (st.polarity == 0) {
        if (held.empty()) continue;
        if (const Quote* q = quote_at(sb + ms[i].start)) via = q->id;
      }
      auto named = st.polarity ? cue_agents(sb, se, ms[i], st, cues) : decltype(cue_agents(sb, se, ms[i], st, cues)){};
      bool replaces = std::any_of(named.begin(), named.end(), [](const auto& x) { return x.first == nullptr; });
      if (st.polarity == 0) {
      } else if (const Quote* q = quote_at(sb + ms[i].start)) {
        // Inside a quote the speaker holds the stance, unless a cue names who does ("the
        // unwillingness of our NATO partners to ratify X": the partners, and "our" speaker
        // the other stance).
        // "... the US, Britain and some other countries argued that it was necessary to
        // build on the existing structures": who the speaker reports holds the stance.
        std::vector<const Candidate*> reported;
        for (const auto& c : cues)
          if (c.kind == positions_detail::CueKind::Report && c.start >= st.clause_start && c.end <= ms[i].start) {
            for (const Candidate* a : agents(sb, se, ms[i], ms, st))
              if (a->end <= sb + c.start && a->type != "FIRST" && a->type != "THIRD") reported.push_back(a);
            break;
          }
        if (!replaces && !reported.empty())
          for (const Candidate* a : reported)
            for (auto& n : resolve(*a, sb + ms[i].start, date)) held.emplace_back(std::move(n), st.polarity);
        else if (!replaces)
          for (auto& n : speaker_actors(*q, date)) held.emplace_back(std::move(n), st.polarity);
        else
          for (const auto& [c, pol] : named)
            if (c)
              for (auto& n : resolve(*c, sb + ms[i].start, date)) held.emplace_back(std::move(n), pol);
        via = q->id;
      } else {
        if (!replaces)
          for (const Candidate* c : agents(sb, se, ms[i], ms, st))
            for (auto& n : resolve(*c, sb + ms[i].start, date)) held.emplace_back(std::move(n), st.polarity);
        if (!replaces && reporter)
          for (auto& n : resolve(*reporter, sb + ms[i].start, date)) held.emplace_back(std::move(n), st.polarity);
        for (const auto& [c, pol] : named)
          if (c)
            for (auto& n : resolve(*c, sb + ms[i].start, date)) held.emplace_back(std::move(n), pol);
      }
      for (const auto& [name, pol] : held) {
        std::string stance = pol > 0 ? "support" : "oppose";
        if (!seen.emplace(span.start, name, ms[i].topic, stance).second) continue;
        out.push_back(Position{name, ms[i].topic, stance, date, span, via});
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Position& a, const Position& b) {
    return std::tie(a.evidence.start, a.actor, a.topic) < std::tie(b.evidence.start, b.actor, b.topic);
  });
  return out;
}

}  // namespace

std::vector<Position> find_positions(const Document& doc, const PositionOptions& options) {
  return Layer(doc, options).run();
}

}  // namespace dossier
