// Descriptions of a person by what the text said they are: "the Ohio Democrat" for "Sen. Ann
// Hale (D-Ohio)", "the 45-year-old" for "Tom Ridley, 45,", "the Vermont governor" for "Vermont
// Gov. Ann Hale", "the billionaire" for "Tom Ridley, a billionaire developer". The person the
// description fits best among those named before it (traits.cc reads what each was said to
// be), the most recent one on a tie. Tested by mentions_described_test.cc.
#include <algorithm>
#include <cstddef>

#include "mentions_internal.h"
#include "traits.h"

namespace dossier::mentions_detail {

using words::Token;

namespace {

template <typename T>
bool has(const std::vector<T>& list, const T& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

// What a description asks of the person: its head (a role noun, a party's member or an age)
// and the other words, places, parties and ages it adds.
struct Description {
  enum class Head { Noun, Party, Age } head = Head::Noun;
  std::vector<std::string> head_words;  // Noun: the role noun's words
  std::string head_value;               // Party: the party; Age: the age
  Traits wants;                         // words: the description's other words, no modifiers
  std::vector<std::string> modifiers;   // "former": scored when the text said it
  char gender = '-';
  bool genre = false;  // says a US state, a party or an age
};

// SEG: the words of "the [STATE|PARTY|AGE|word]... HEAD [of|from ...]" or "STATE's ... HEAD".
std::optional<Description> parse(const std::vector<Token>& seg, const words::Lexicon& lex) {
  const Descriptors& d = Descriptors::get();
  Description out;
  size_t k = 0;
  if (seg.empty()) return std::nullopt;
  if (seg[0].lower == "the"sv || seg[0].lower == "this"sv || seg[0].lower == "that"sv) {
    k = 1;
  } else if (!words::is_possessive(seg[0]) || d.state_at(seg, 0, nullptr).empty()) {
    return std::nullopt;
  }
  size_t end = seg.size();
  for (size_t p = k + 1; p < seg.size(); ++p)
    if (seg[p].lower == "of"sv || seg[p].lower == "from"sv) {
      end = p;
      break;
    }
  if (end <= k) return std::nullopt;
  // The head, the last word before "of" or "from".
  const Token& h = seg[end - 1];
  bool member = false;
  std::string party = d.party(h.lower, &member);
  std::string two = end - k >= 2 ? seg[end - 2].lower + " " + h.lower : std::string();
  size_t words_end = end - 1;
  if (auto age = age_of_compound(h.lower); !age.empty()) {
    out.head = Description::Head::Age;
    out.head_value = age;
  } else if (member) {
    out.head = Description::Head::Party;
    out.head_value = party;
  } else if (!two.empty() && lex.roles.count(two)) {
    out.head_words = {seg[end - 2].lower, h.lower};
    out.gender = lex.roles.at(two);
    words_end = end - 2;
  } else if (lex.roles.count(h.lower)) {
    out.head_words = {h.lower};
    out.gender = lex.roles.at(h.lower);
  } else {
    return std::nullopt;
  }
  out.genre = out.head != Description::Head::Noun;
  auto read = [&](size_t b, size_t e) {
    for (size_t i = b; i < e; ++i) {
      const Token& w = seg[i];
      if (!w.word) continue;
      size_t taken = 0;
      if (auto s = d.state_at(seg, i, &taken); !s.empty()) {
        out.wants.places.push_back(s);
        out.genre = true;
        i += taken - 1;
      } else if (auto p = d.party(w.lower); !p.empty()) {
        out.wants.parties.push_back(p);
        out.genre = true;
      } else if (auto a = age_of_compound(w.lower); !a.empty()) {
        out.wants.ages.push_back(a);
        out.genre = true;
      } else if (auto state = state_of_demonym(w.lower); !state.empty() && w.cap) {
        out.wants.places.push_back(state);
      } else if (d.modifier(w.lower)) {
        out.modifiers.push_back(w.lower);
      } else if (!lex.is(w.lower, "function") && !lex.is(w.lower, "det")) {
        out.wants.words.push_back(words::is_possessive(w) ? w.lower.substr(0, w.lower.size() - 2) : w.lower);
      }
    }
  };
  read(k, words_end);
  read(end + 1, seg.size());  // "the senator from Ohio", "the secretary of state"
  return out;
}

// Whether the traits WANT ask of a person clash with what the text said (HAVE): another state,
// party or age.
bool clashes(const std::vector<std::string>& want, const std::vector<std::string>& have) {
  if (want.empty() || have.empty()) return false;
  return std::none_of(want.begin(), want.end(), [&](const std::string& w) { return has(have, w); });
}

size_t shared(const std::vector<std::string>& want, const std::vector<std::string>& have) {
  return static_cast<size_t>(std::count_if(want.begin(), want.end(), [&](const std::string& w) { return has(have, w); }));
}

bool conflicts(const Description& d, const Traits& t) {
  return clashes(d.wants.places, t.places) || clashes(d.wants.parties, t.parties) || clashes(d.wants.ages, t.ages) ||
         (d.head == Description::Head::Party && clashes(std::vector<std::string>{d.head_value}, t.parties)) ||
         (d.head == Description::Head::Age && clashes(std::vector<std::string>{d.head_value}, t.ages));
}

// How well T fits D: 0 when something clashes or nothing is shared; else one for each trait
// shared. A role noun (or, unless STRICT, one of the same kind) must have been said of the
// person; a party or an age in the head only under STRICT, which also wants every other word
// of the description said.
size_t fit(const Description& d, const Traits& t, bool strict) {
  if (conflicts(d, t)) return 0;
  size_t head = 0;
  switch (d.head) {
    case Description::Head::Noun: {
      bool said = std::all_of(d.head_words.begin(), d.head_words.end(), [&](const std::string& w) { return has(t.words, w); });
      // Not under STRICT: a role of the same kind ("the front-runner" for a nominee: both
      // are candidates).
      if (!said && !strict && d.head_words.size() == 1) {
        const auto& kind = Descriptors::get().implied(d.head_words.front());
        said = std::any_of(kind.begin(), kind.end(), [&](const std::string& w) { return has(t.words, w); });
      }
      if (!said) return 0;
      head = 1;
      break;
    }
    case Description::Head::Party:
      head = has(t.parties, d.head_value) ? 1 : 0;
      break;
    case Description::Head::Age:
      head = has(t.ages, d.head_value) ? 1 : 0;
      break;
  }
  size_t words = shared(d.wants.words, t.words);
  if (strict && (head == 0 || words < d.wants.words.size())) return 0;
  return head + words + shared(d.wants.places, t.places) + shared(d.wants.parties, t.parties) +
         shared(d.wants.ages, t.ages) + shared(d.modifiers, t.words);
}

}  // namespace

std::optional<Referent> RoleResolver::described_person(const MentionQuery& q, const std::vector<Token>& seg,
                                                                bool genre_only) const {
  auto d = parse(seg, ix_.lex);
  if (!d || (genre_only && !d->genre) || (!genre_only && d->genre)) return std::nullopt;
  // The people named before the description, the most recent first (as far back as a role
  // noun looks), and what the text said each is in all their mentions before it.
  auto at = ix_.first_at_or_after(q.begin);
  std::vector<size_t> people;
  size_t looked = 0;
  for (auto it = at; it != ix_.mentions.begin() && looked < 400; ++looked) {
    --it;
    if (ix_.paragraph_distance(it->begin, q.begin) > 15) break;
    if (ix_.excluded(q, *it) || ix_.entities[it->entity].type != "PERSON"sv || has(people, it->entity)) continue;
    auto g = ix_.gender(it->entity);
    if (d->gender != '-' && g && *g != d->gender) continue;
    people.push_back(it->entity);
  }
  if (people.empty() && !d->genre) return std::nullopt;
  // At most the last thousand mentions: a long book stays linear.
  std::vector<Traits> said(people.size());
  auto from = at - std::min<std::ptrdiff_t>(at - ix_.mentions.begin(), 1000);
  for (auto it = from; it != at; ++it) {
    if (ix_.excluded(q, *it)) continue;
    auto p = std::find(people.begin(), people.end(), it->entity);
    if (p != people.end()) said[static_cast<size_t>(p - people.begin())].merge(ix_.traits_of(static_cast<size_t>(it - ix_.mentions.begin())));
  }
  // Every word the description says, else the head and no clash (the genre's descriptions
  // only: "the Russian foreign minister" is left to the office holders).
  for (bool strict : {true, false}) {
    if (!strict && !d->genre) break;
    size_t best = 0;
    std::optional<size_t> who;
    for (size_t i = 0; i < people.size(); ++i)
      if (size_t f = fit(*d, said[i], strict); f > best) {
        best = f;
        who = people[i];
      }
    if (who) return Referent{who, {}, {}, 0, 0, MentionKind::Role, {}};
  }
  if (!d->genre) return std::nullopt;
  // Nobody was said to be so: the salient person, as "he" would be, unless the text said
  // something of them that clashes ("the Ohio Democrat" is not a Republican from Iowa).
  if (auto p = pronouns_.antecedent(q, q.begin, d->gender)) {
    auto i = std::find(people.begin(), people.end(), *p);
    if (i == people.end() || !conflicts(*d, said[static_cast<size_t>(i - people.begin())]))
      return Referent{p, {}, {}, 0, 0, MentionKind::Role, {}};
  }
  Referent none;
  none.source_text = std::string(ix_.text.substr(seg.front().b, seg.back().e - seg.front().b));
  none.kind = MentionKind::Role;
  return none;
}

}  // namespace dossier::mentions_detail
