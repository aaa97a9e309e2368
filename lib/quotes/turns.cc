// Transcript turns: paragraphs opening with a label ("Question:", "FOREIGN MINISTER X:",
// "Q:") run to the next label; a heading naming a person opens a turn of theirs. Tested by
// quotes_test.cc.
#include <algorithm>

#include "quotes_internal.h"

namespace dossier::quotes_detail {

// A transcript turn label at the start of paragraph [pb, pe): "Question:", "Foreign
// Minister Lavrov:", "Reporter (Daily Courier):". Returns the byte offset after the colon,
// or 0; NAME_END is where the label's words end, before an affiliation in brackets.
size_t Turns::label_end(size_t pb, size_t pe, bool& generic, bool& label_like, size_t& name_end) const {
  generic = label_like = false;
  // The first colon, if it is within 60 bytes and in the paragraph.
  if (pe <= pb || pb >= env_.doc.text.size()) return 0;
  const std::string_view text(env_.doc.text);
  size_t colon = text.substr(pb, std::min(pe, pb + 61) - pb).find(':');
  if (colon == std::string::npos || colon == 0) return 0;
  colon += pb;
  // "Senator Ames (Ohio):", "Reporter (Daily Courier):": the speaker's outlet, party or
  // place in brackets after the label is not part of it.
  name_end = colon;
  while (name_end > pb && text[name_end - 1] == ' ') --name_end;
  if (name_end > pb && text[name_end - 1] == ')') {
    const size_t open = text.rfind('(', name_end - 1);
    if (open == std::string_view::npos || open <= pb || text.substr(open, name_end - open).find(')') != name_end - 1 - open)
      return 0;
    name_end = open;
    while (name_end > pb && text[name_end - 1] == ' ') --name_end;
  } else {
    name_end = colon;
  }
  if (!may_be_label(text.substr(pb, name_end - pb))) return 0;
  auto toks = tokenize(env_.doc.text, pb, name_end);
  if (toks.empty() || toks.size() > 7 || !toks.front().cap) return 0;
  for (const Token& t : toks) {
    if (!t.word && t.lower != "."sv && t.lower != "-"sv) return 0;
    if (t.word && !t.cap && !env_.lex.is(t.lower, "connector")) return 0;
  }
  label_like = true;
  std::string lower;
  for (const Token& t : toks) lower += (lower.empty() ? "" : " ") + t.lower;
  generic = env_.lex.turn_labels.count(lower) > 0;
  return colon + 1;
}

// A paragraph that is only a person's name and title ("Deputy Foreign Minister Ivan
// Petrov"), followed by a paragraph speaking in the first person: a transcript label set
// as a heading, without a colon.
bool Turns::heading_label(size_t para) const {
  auto [pb, pe] = env_.ctx.paragraphs[para];
  if (pe <= pb || pe - pb > 100 || para + 1 >= env_.ctx.paragraphs.size()) return false;
  auto toks = tokenize(env_.doc.text, pb, pe);
  if (toks.empty() || toks.size() > 12 || !toks.front().cap || !toks.back().word) return false;
  for (const Token& t : toks) {
    if (!t.word && t.lower != "."sv && t.lower != "-"sv && t.lower != ","sv) return false;
    if (t.word && !t.cap && !env_.lex.is(t.lower, "connector")) return false;
  }
  bool person = false;
  const auto& ms = env_.ctx.mentions();
  auto it = std::lower_bound(ms.begin(), ms.end(), pb, [](const MentionResolver::Span& m, size_t p) { return m.begin < p; });
  for (; it != ms.end() && it->begin < pe; ++it)
    if (it->end <= pe && (*env_.ctx.entities)[it->entity].type == "PERSON"sv) person = true;
  if (!person) return false;
  auto [nb, ne] = env_.ctx.paragraphs[para + 1];
  for (const Token& t : first_tokens(env_.doc.text, nb, ne, 60))
    if (t.word && (env_.lex.is(t.lower, "pronoun-1") || t.lower == "us"sv || t.lower == "our"sv || t.lower == "my"sv))
      return true;
  return false;
}

void Turns::find_turns() {
  struct Label {
    size_t para, b, e;  // the label's words
    size_t body;        // where the turn's words start, after the colon
    std::optional<size_t> entity;
    std::string name;
    bool generic;
  };
  std::vector<Label> labels;
  std::vector<size_t> stops;
  for (size_t p = 0; p < env_.ctx.paragraphs.size(); ++p) {
    auto [pb, pe] = env_.ctx.paragraphs[p];
    bool generic, label_like;
    size_t name_end = pb;
    size_t end = label_end(pb, pe, generic, label_like, name_end);
    bool heading = !end && heading_label(p);
    if (!end && !heading) continue;
    if (heading) end = name_end = pe + 1;
    Label l{p, pb, heading ? pe : name_end, end, std::nullopt, {}, generic};
    if (!generic) {
      Found f = resolve_subject(env_.ctx, l.b, l.e);
      // A label in capitals ("FOREIGN MINISTER IVAN PETROV:") may be read as another kind
      // of entity, or none: the person is found by surname in any case.
      if (!f.entity || (*env_.ctx.entities)[*f.entity].type != "PERSON"sv)
        if (auto who = person_by_surname(l.b, l.e)) {
          f.entity = who;
          f.name.clear();
        }
      bool person = f.entity && (*env_.ctx.entities)[*f.entity].type == "PERSON"sv;
      bool titled = false;
      for (const Token& t : tokenize(env_.doc.text, l.b, l.e))
        titled |= env_.lex.roles.count(t.lower) > 0 || env_.lex.is(t.lower, "address");
      // "FOREIGN MINISTER ANNA VOSS:" in a transcript that names her nowhere else: the
      // words after the title are her name.
      // A name the entities layer typed otherwise in capitals is still hers.
      if (!person && titled && !heading)
        if (std::string n = name_after_title(l.b, l.e); !n.empty()) {
          f.entity.reset();
          f.name = std::move(n);
        }
      if (!person && (heading || !(titled && !f.name.empty()))) {
        stops.push_back(p);
        continue;
      }
      l.entity = f.entity;
      l.name = f.name;
    }
    labels.push_back(l);
  }
  if (labels.size() < 2) return;
  // "Q: ... A: ...": the answers are the guest's, the person the introduction names last
  // (the document's topic person when it has one).
  auto label_is = [&](const Label& l, std::initializer_list<const char*> words) {
    std::string lower = utf8::ascii_lower(std::string_view(env_.doc.text).substr(l.b, l.e - l.b));
    while (!lower.empty() && (lower.back() == ' ' || lower.back() == '.')) lower.pop_back();
    for (const char* w : words)
      if (lower == w) return true;
    return false;
  };
  bool asked = std::any_of(labels.begin(), labels.end(), [&](const Label& l) { return l.generic && label_is(l, {"q", "question"}); });
  if (asked) {
    std::optional<size_t> guest = env_.resolver.topic_person();
    if (!guest)
      for (const auto& m : env_.ctx.mentions()) {
        if (m.begin >= labels.front().b) break;
        if ((*env_.ctx.entities)[m.entity].type == "PERSON"sv) guest = m.entity;
      }
    for (Label& l : labels)
      if (l.generic && guest && label_is(l, {"a", "answer"})) l.entity = guest;
  }
  std::vector<bool> ends_turn(env_.ctx.paragraphs.size(), false);
  for (const Label& l : labels) ends_turn[l.para] = true;
  for (size_t p : stops) ends_turn[p] = true;
  auto turn_end = [&](size_t from_para) {
    size_t last = from_para;
    for (size_t p = from_para + 1; p < env_.ctx.paragraphs.size() && !ends_turn[p]; ++p) last = p;
    return env_.ctx.paragraphs[last].second;
  };
  auto add = [&](size_t b, size_t e, std::optional<size_t> entity, const std::string& name, std::string cue) {
    while (b < e && (env_.doc.text[b] == ' ' || env_.doc.text[b] == '\n')) ++b;
    // A stage direction opening the turn ("(Via interpreter)", "[laughs]") is not said.
    if (b < e && (env_.doc.text[b] == '(' || env_.doc.text[b] == '[')) {
      char close = env_.doc.text[b] == '(' ? ')' : ']';
      size_t c = env_.doc.text.find(close, b);
      if (c != std::string::npos && c < e && c - b <= 40) {
        b = c + 1;
        while (b < e && (env_.doc.text[b] == ' ' || env_.doc.text[b] == '\n')) ++b;
      }
    }
    if (b >= e) return;
    Turn t{b, e, entity, {}};
    t.quote.kind = "turn";
    t.quote.speech = true;
    t.quote.span = Span{env_.cp(b), env_.cp(e)};
    t.quote.text = env_.doc.text.substr(b, e - b);
    Found f;
    f.entity = entity;
    f.name = name;
    t.quote.speaker = env_.speaker_of(f);
    if (!t.quote.speaker) t.quote.source_text = cue;
    t.quote.cue = std::move(cue);
    turns_.push_back(std::move(t));
  };
  // A heading such as "Transcript of Remarks ... by ... Sergey Lavrov" before the first
  // label opens a turn by the person it names.
  for (size_t p = 0; p < labels.front().para; ++p) {
    auto [pb, pe] = env_.ctx.paragraphs[p];
    auto toks = tokenize(env_.doc.text, pb, std::min(pe, pb + 40));
    std::string start;
    for (size_t k = 0; k < toks.size() && k < 3; ++k) start += (k ? " " : "") + toks[k].lower;
    for (const auto& [heading, cue] : env_.lex.headings) {
      if (start.compare(0, heading.size(), heading) != 0) continue;
      std::optional<size_t> person;
      for (const auto& m : env_.ctx.mentions())
        if (m.begin >= pb && m.end <= pe && (*env_.ctx.entities)[m.entity].type == "PERSON"sv) {
          person = m.entity;
          break;
        }
      if (person && p + 1 < labels.front().para) add(env_.ctx.paragraphs[p + 1].first, turn_end(p), person, {}, cue);
      break;
    }
  }
  for (const Label& l : labels)
    add(l.body, turn_end(l.para), l.entity, l.name, env_.doc.text.substr(l.b, l.e - l.b));
}

// The PERSON whose name ends with the last word of text[b, e), in any case: transcript
// labels such as "LAVROV:" or "Mr. Lavrov:".
std::optional<size_t> Turns::person_by_surname(size_t b, size_t e) const {
  auto toks = tokenize(env_.doc.text, b, e);
  while (!toks.empty() && !toks.back().word) toks.pop_back();
  if (toks.empty()) return std::nullopt;
  const std::string& last = toks.back().lower;
  for (size_t i = 0; i < env_.ctx.entities->size(); ++i) {
    const Entity& en = (*env_.ctx.entities)[i];
    if (en.type != "PERSON"sv) continue;
    std::vector<std::string> names = en.aliases;
    names.push_back(en.name);
    for (const std::string& n : names) {
      auto nt = tokenize(n, 0, n.size());
      if (!nt.empty() && nt.back().lower == last) return i;
    }
  }
  return std::nullopt;
}

// The words after the last title word of the label text[b, e) ("FOREIGN MINISTER ANNA
// VOSS" -> "Anna Voss"): two to four capitalised words, written in capitals or not; "" else.
std::string Turns::name_after_title(size_t b, size_t e) const {
  auto toks = tokenize(env_.doc.text, b, e);
  size_t r = toks.size();
  for (size_t k = 0; k < toks.size(); ++k)
    if (toks[k].word && (env_.lex.roles.count(toks[k].lower) || env_.lex.is(toks[k].lower, "address"))) r = k;
  if (r == toks.size()) return {};
  // "MS. HALE:": the period of an abbreviated form of address.
  size_t from = r + 1;
  if (from < toks.size() && !toks[from].word && toks[from].lower == "."sv) ++from;
  // "SECRETARY HALE:", "MR HALE:": a surname alone after the title is the usual label of a
  // briefing's transcript; a full name runs to four words.
  if (toks.size() - from < 1 || toks.size() - from > 4) return {};
  std::string name;
  for (size_t k = from; k < toks.size(); ++k) {
    const Token& t = toks[k];
    // "SECRETARY OF STATE:", "MINISTER FOR TRADE:": an office, no name.
    if (!t.word || !t.cap || env_.lex.roles.count(t.lower) || env_.lex.is(t.lower, "function") ||
        env_.lex.is(t.lower, "connector"))
      return {};
    std::string_view w = std::string_view(env_.doc.text).substr(t.b, t.e - t.b);
    bool capitals = std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!name.empty()) name += ' ';
    if (!capitals) {
      name += w;
      continue;
    }
    // Capitals become title case: each part's first letter as written ("O'BRIEN" ->
    // "O'Brien", "JEAN-PIERRE" -> "Jean-Pierre"), the other ASCII capitals lowered.
    std::string part(w);
    bool start = true;
    for (size_t c = 0; c < part.size(); ++c) {
      unsigned char ch = static_cast<unsigned char>(part[c]);
      if (!start) part[c] = utf8::ascii_lower(part[c]);
      if (ch < 0x80 || ch >= 0xC0) start = ch == '-' || ch == '\'';
    }
    name += part;
  }
  return name;
}

const Turn* Turns::turn_at(size_t pos) const {
  // turns_ is in text order: the heading turn first, then one per label.
  auto it = std::upper_bound(turns_.begin(), turns_.end(), pos, [](size_t p, const Turn& t) { return p < t.b; });
  if (it == turns_.begin()) return nullptr;
  --it;
  return pos < it->e ? &*it : nullptr;
}

// Interviews set as paragraphs of question and answer without names before them (as
// magazines and wikis print them): two questions or more, a paragraph each, make the
// document one, and "I" in the answers is the guest: the document's topic person, else the
// one person its headline names.
void Turns::find_guest() {
  if (!turns_.empty()) return;
  const auto& paras = env_.ctx.paragraphs;
  std::vector<bool> questions(paras.size(), false);
  size_t count = 0;
  for (size_t p = 0; p < paras.size(); ++p) {
    auto [pb, pe] = paras[p];
    while (pe > pb && (env_.doc.text[pe - 1] == ' ' || env_.doc.text[pe - 1] == '\n')) --pe;
    questions[p] = pe > pb && env_.doc.text[pe - 1] == '?';
    count += questions[p];
  }
  if (count < 2) return;
  guest_ = env_.resolver.topic_person();
  // Else the one person the headline names ("Ann Lee: an interview with the poet").
  for (const auto& m : env_.ctx.mentions()) {
    if (guest_ || m.begin >= paras.front().second) break;
    if ((*env_.ctx.entities)[m.entity].type != "PERSON"sv) continue;
    std::optional<size_t> other;
    for (const auto& n : env_.ctx.mentions()) {
      if (n.begin >= paras.front().second) break;
      if (n.entity != m.entity && (*env_.ctx.entities)[n.entity].type == "PERSON"sv) other = n.entity;
    }
    if (!other) guest_ = m.entity;
    break;
  }
  if (guest_) questions_ = std::move(questions);
}

std::optional<size_t> Turns::guest_at(size_t pos) const {
  if (!guest_) return std::nullopt;
  size_t p = span_index(env_.ctx.paragraphs, pos);
  if (p < questions_.size() && questions_[p]) return std::nullopt;
  return guest_;
}

}  // namespace dossier::quotes_detail
