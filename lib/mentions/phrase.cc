// Reading one phrase the mention resolver is asked about (resolver.cc): its steps in the
// order they are tried, the first that knows the phrase answering. Tested by
// mentions_test.cc, mentions_groups_test.cc, mentions_described_test.cc and
// mentions_agents_test.cc.
#include <algorithm>
#include <iterator>

#include "mentions_internal.h"

namespace dossier {

using namespace words;
using namespace mentions_detail;

namespace {

using Impl = MentionResolver::Impl;

// Appositions: "Anna Berg, an expert with ...," or "Russia's envoy to NATO, Ivan Petrov,":
// the words of [b, e) split at commas and brackets, keeping words, hyphens and
// apostrophes; no part is empty.
std::vector<std::vector<Token>> apposition_parts(std::string_view text, size_t b, size_t e) {
  std::vector<std::vector<Token>> parts(1);
  for (auto& t : tokenize(text, b, e)) {
    if (!t.word && (t.lower == ","sv || t.lower == "("sv || t.lower == ")"sv)) {
      if (!parts.back().empty()) parts.emplace_back();
      continue;
    }
    if (!t.word && t.lower != "-"sv && t.lower != "'"sv) continue;
    parts.back().push_back(std::move(t));
  }
  if (parts.back().empty()) parts.pop_back();
  return parts;
}

// Where the trailing run of capitalised words of SEG starts, after the last title word
// ("Foreign Minister Petrov" -> "Petrov"); SEG's size when there is none.
size_t trailing_name_start(const Lexicon& lex, const std::vector<Token>& seg) {
  size_t k = seg.size();
  while (k > 0 && (seg[k - 1].cap || (k < seg.size() && lex.is(seg[k - 1].lower, "connector")))) --k;
  while (k < seg.size() && (!seg[k].cap || lex.is(seg[k].lower, "det"))) ++k;
  for (size_t r = k; r < seg.size(); ++r)
    if (lex.roles.count(seg[r].lower) && r + 1 < seg.size()) k = r + 1;
  // "Deputy Minister of Trade Tom Hale": the name starts at its given name.
  for (size_t r = k + 1; r + 1 < seg.size(); ++r)
    if (seg[r].cap && is_given_name(seg[r].lower) && !is_given_name(seg[k].lower)) {
      k = r;
      break;
    }
  return k;
}

// The phrase of Q split into its parts, the part that names the referent and what each
// step made of it so far.
class PhraseReader {
 public:
  PhraseReader(const Impl& m, const MentionQuery& q) : m_(m), ix_(m.index), q_(q), lex_(m.index.lex) {}

  Referent read() {
    if (!split_parts()) return out_;
    if (auto r = coordinated_group()) return *r;
    choose_segment();
    if (auto r = named_person()) return *r;
    if (seg_->size() == 1)
      if (auto r = single_word()) return *r;
    if (auto r = counted_role_or_state()) return *r;
    if (auto r = body_members()) return *r;
    if (auto r = described()) return *r;
    // "a ministry source": a source noun names no one.
    if (lex_.is(head(), "source") && !seg_->back().cap) return anonymous();
    if (auto r = entity_named_in_subject()) return *r;
    return unknown_name();
  }

 private:
  std::string slice(size_t b, size_t e) const { return std::string(ix_.text.substr(b, e - b)); }
  const std::string& first() const { return seg_->front().lower; }
  const std::string& head() const { return seg_->back().lower; }

  // The phrase as an anonymous source, its words the source's.
  Referent anonymous() {
    out_.source_text = text_;
    out_.kind = MentionKind::Anonymous;
    return out_;
  }

  // Splits the phrase into its apposition parts; false when no part is left.
  bool split_parts() {
    parts_ = apposition_parts(ix_.text, q_.begin, q_.end);
    return !parts_.empty();
  }

  // "Ann Lee and Tom Hale said": the group, its first member the entity (groups.cc).
  std::optional<Referent> coordinated_group() {
    auto people = ix_.coordinated_people(q_.begin, q_.end);
    if (people.empty()) return std::nullopt;
    out_.begin = parts_.front().front().b;
    out_.end = parts_.back().back().e;
    out_.entity = people.front();
    out_.group = std::move(people);
    out_.kind = MentionKind::Name;
    return out_;
  }

  // The last PERSON named within [pb, pe) (its start in person_at_), or nullopt.
  // A "person" a role noun follows ("Ryanair CEO", "NATO chief") is the role's
  // organisation that the entities layer took for a person: no speaker.
  // So is one whose possessive a role noun follows ("Ann Hale's spokeswoman, Jo Lee,"): the
  // role's holder speaks, not its owner.
  std::optional<size_t> person_in(size_t pb, size_t pe) {
    std::optional<size_t> found;
    for (auto it = ix_.first_at_or_after(pb); it != ix_.mentions.end() && it->begin < pe; ++it) {
      if (it->end > pe || ix_.entities[it->entity].type != "PERSON"sv) continue;
      auto next = first_tokens(ix_.text, it->end, pe, 5);
      size_t n = 0;
      bool possessive = next.size() >= 3 && !next[0].word && (next[0].lower == "'"sv || next[0].lower == "\u2019"sv) &&
                        next[1].lower == "s"sv;
      if (possessive) n = 2;
      if (n < next.size() && next[n].word && lex_.roles.count(next[n].lower)) continue;
      // ... or a role of two or three lower-case words ("campaign manager", "chief of staff").
      bool owner = false;
      for (size_t k = n + 1; possessive && k < next.size() && k <= n + 2 && next[k].word && !next[k].cap && !owner; ++k)
        owner = lex_.roles.count(next[k].lower) > 0 || lex_.roles.count(next[k - 1].lower + " " + next[k].lower) > 0;
      if (owner) continue;
      found = it->entity;
      person_at_ = it->begin;
    }
    return found;
  }

  // The part that names the referent: the first naming a person; without a known person,
  // an apposition that is all capitalised words and no title ("Acme CEO, Jane Roe"); else
  // the first part. Sets the segment, its bytes and its text.
  void choose_segment() {
    for (const auto& p : parts_)
      if (person_in(p.front().b, p.back().e)) {
        seg_ = &p;
        break;
      }
    for (size_t i = 1; i < parts_.size() && !seg_; ++i) {
      bool name = parts_[i].size() >= 2;
      for (const Token& t : parts_[i]) name = name && (t.cap || !t.word) && !lex_.roles.count(t.lower);
      if (name) seg_ = &parts_[i];
    }
    if (!seg_) seg_ = &parts_.front();
    sb_ = seg_->front().b;
    se_ = seg_->back().e;
    out_.begin = sb_;
    out_.end = se_;
    text_ = slice(sb_, se_);
  }

  // A person named in the segment is the referent, unless an anonymous word opens it:
  // "a spokesman for Ann Hale", "an aide to Ann Hale", "one of Ann Hale's advisers": an
  // unnamed person speaking for the one named after the preposition stays anonymous.
  std::optional<Referent> named_person() {
    auto person = person_in(sb_, se_);
    if (lex_.is(first(), "anon") && !person) return anonymous();
    if (lex_.is(first(), "anon") && person) {
      for (const Token& t : *seg_)
        if (t.b < person_at_ && (t.lower == "for"sv || t.lower == "to"sv || t.lower == "of"sv || t.lower == "with"sv || t.lower == "from"sv))
          return anonymous();
    }
    if (!person) return std::nullopt;
    out_.entity = person;
    out_.kind = MentionKind::Name;
    return out_;
  }

  // A segment of one word: a nationality adjective alone, or a pronoun (first person: the
  // query's first person; "he", "she", "they": their antecedent, pronouns.cc).
  std::optional<Referent> single_word() {
    // "Russian" standing alone, as a headline's label ("Swedish 'regret'"): the state.
    if (auto state = state_of_demonym(first()); !state.empty() && seg_->front().cap) {
      out_.kind = MentionKind::Name;
      out_.entity = ix_.state_entity(state);
      if (!out_.entity) out_.name = state;
      return out_;
    }
    if (lex_.is(first(), "pronoun-1") || (!seg_->front().cap && lex_.is(first(), "pronoun-1-object"))) {
      if (!q_.first_person) return anonymous();
      out_.entity = q_.first_person;
      out_.kind = MentionKind::Pronoun;
      return out_;
    }
    char g = lex_.is(first(), "pronoun-m") ? 'm' : lex_.is(first(), "pronoun-f") ? 'f' : 0;
    if (g) {
      out_.entity = m_.pronouns.antecedent(q_, q_.begin, g);
      if (!out_.entity) return anonymous();
      out_.kind = MentionKind::Pronoun;
      return out_;
    }
    if (lex_.is(first(), "pronoun-p")) {
      out_.entity = m_.pronouns.plural_antecedent(q_, q_.begin, &out_.group);
      if (!out_.entity) return anonymous();
      out_.kind = MentionKind::Pronoun;
      return out_;
    }
    return std::nullopt;
  }

  // "the two ministers", "both envoys": the people introduced with that role (groups.cc).
  // "the Chilean side said": a state's voice is the state (agents.cc); unnamed officials
  // stay anonymous and an office holder ("the Finnish president") is left to the descriptions.
  std::optional<Referent> counted_role_or_state() {
    if (auto r = m_.roles.counted_role(q_, *seg_)) {
      r->begin = sb_;
      r->end = se_;
      if (!r->resolved()) return anonymous();
      return r;
    }
    if (auto r = m_.descriptions.state_agent(*seg_)) {
      r->begin = sb_;
      r->end = se_;
      return r;
    }
    return std::nullopt;
  }

  // "NRC leaders pledged", "the ministers said", "Ministers agreed": the members of a body
  // speak for it as a whole (lexicon class "body"). Only a determiner, lower-case words
  // and the owner's name may come before the noun ("European leaders" stays anonymous).
  std::optional<Referent> body_members() {
    if (!lex_.is(head(), "body")) return std::nullopt;
    bool plain = true;
    for (size_t i = 0; i + 1 < seg_->size() && plain; ++i) {
      const Token& t = (*seg_)[i];
      if (!t.cap || lex_.is(t.lower, "det")) continue;
      auto it = ix_.first_at_or_after(t.b);
      plain = (it != ix_.mentions.end() && it->begin == t.b) || (it != ix_.mentions.begin() && std::prev(it)->end >= t.e);
    }
    if (plain)
      if (auto issuer = m_.descriptions.body_owner(*seg_)) {
        out_.entity = issuer;
        out_.kind = MentionKind::Organisation;
        return out_;
      }
    return std::nullopt;
  }

  // "the spokesman", "the Russian foreign minister", "the alliance's chief", "the ministry":
  // a person described (described.cc) or a definite description (descriptions.cc).
  std::optional<Referent> described() {
    bool owner = seg_->size() >= 2 && seg_->front().word && seg_->front().lower.size() > 2 &&
                 seg_->front().lower.compare(seg_->front().lower.size() - 2, 2, "'s") == 0;
    // "NATO chief", "Ryanair CEO": a name, then lower-case words ending in a role noun.
    bool named_owner = false;
    if (auto it = ix_.first_at_or_after(sb_); it != ix_.mentions.end() && it->begin == sb_ && it->end < se_ &&
                                             lex_.roles.count(head()) && !seg_->back().cap) {
      named_owner = true;
      for (const Token& t : *seg_) named_owner = named_owner && (t.e <= it->end || (t.word && !t.cap));
    }
    // "the Ohio Democrat", "the 45-year-old", "the Vermont governor": a person by their state,
    // party or age, though the entities layer may have taken the words for a name (described.cc).
    if (first() == "the"sv || first() == "this"sv || first() == "that"sv || owner)
      if (auto r = m_.roles.described_person(q_, *seg_, true)) {
        r->begin = sb_;
        r->end = se_;
        return r;
      }
    if ((lex_.is(first(), "det") && first() != "a"sv && first() != "an"sv) || owner || named_owner) {
      // A named owner whose role holder is unknown stays the owner, as before.
      if (auto r = m_.descriptions.description(q_, *seg_); r && (r->resolved() || !named_owner)) {
        *r = Referent{r->entity, r->name, r->source_text, sb_, se_, r->kind, r->group};
        if (!r->resolved() && !r->source_text) return anonymous();
        return r;
      }
    }
    return std::nullopt;
  }

  // Another entity named in the subject, the last one being the head: "the Foreign
  // Ministry", "The US automobile manufacturer Ford".
  std::optional<Referent> entity_named_in_subject() {
    // ... unless "of" follows an earlier one: "The Guardian of London" is the paper's.
    size_t end = 0, stop = se_;
    // "the Ministerial Declaration on the Corfu Process said": a document speaks for
    // the organisation that issued it (one the phrase names first), unless a person
    // is named too.
    bool document = false, person_named = false;
    for (auto it = ix_.first_at_or_after(sb_); it != ix_.mentions.end() && it->begin < se_; ++it) {
      const std::string& type = ix_.entities[it->entity].type;
      document |= type == "LAW"sv;
      person_named |= type == "PERSON"sv;
    }
    if (document && !person_named)
      if (auto issuer = m_.descriptions.body_owner(*seg_)) {
        out_.entity = issuer;
        out_.kind = MentionKind::Organisation;
        return out_;
      }
    for (auto it = ix_.first_at_or_after(sb_); it != ix_.mentions.end() && it->begin < se_; ++it)
      if (it->end <= se_) {
        out_.entity = it->entity;
        end = it->end;
        auto next = first_token(ix_.text, end, se_);
        if (next && next->lower == "of"sv) {
          stop = next->b;
          break;
        }
      }
    // ... unless an unknown capitalised name follows it ("the US company Ford").
    bool name_after = false;
    for (const Token& t : *seg_) name_after |= t.b >= end && t.b < stop && t.cap;
    if (out_.entity && !name_after) {
      out_.kind = MentionKind::Name;
      return out_;
    }
    out_.entity.reset();
    return std::nullopt;
  }

  // A capitalised name the entities layer does not know: the trailing run of capitalised
  // words, after the last title word ("Foreign Minister Petrov" -> "Petrov"); else words
  // that name no one the resolver knows ("at the same time", "the statement").
  Referent unknown_name() {
    const std::vector<Token>& seg = *seg_;
    size_t k = trailing_name_start(lex_, seg);
    // "Ministers agreed": a role noun, capitalised as its sentence's first word, names no one.
    if (k + 1 == seg.size()) {
      const std::string& w = seg[k].lower;
      bool plural = w.size() > 3 && w.back() == 's';
      if (lex_.roles.count(w) || (plural && lex_.roles.count(w.substr(0, w.size() - 1))) || lex_.is(w, "source"))
        return anonymous();
    }
    if (k < seg.size()) {
      out_.name = slice(seg[k].b, se_);
      out_.begin = seg[k].b;
      out_.kind = MentionKind::Name;
      for (size_t i = 0; i < ix_.entities.size() && !out_.entity; ++i) {
        const Entity& en = ix_.entities[i];
        if (en.name == out_.name || std::find(en.aliases.begin(), en.aliases.end(), out_.name) != en.aliases.end())
          out_.entity = i;
      }
      if (!out_.entity) out_.entity = ix_.person_by_surname(out_.name, q_.begin);
      if (out_.entity) out_.name.clear();
      return out_;
    }
    out_.source_text = text_;
    return out_;
  }

  const Impl& m_;
  const NameIndex& ix_;
  const MentionQuery& q_;
  const Lexicon& lex_;
  Referent out_;
  std::vector<std::vector<Token>> parts_;
  const std::vector<Token>* seg_ = nullptr;  // the part naming the referent
  size_t sb_ = 0, se_ = 0;                   // its bytes
  std::string text_;                         // its text
  size_t person_at_ = 0;                     // where person_in found its last person
};

}  // namespace

Referent resolve_phrase(const MentionResolver::Impl& m, const MentionQuery& q) { return PhraseReader(m, q).read(); }

}  // namespace dossier
