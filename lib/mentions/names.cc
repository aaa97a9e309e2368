// Names the entities layer cut wrongly, repaired for the referent the resolver returns:
// an occupation read into a person's name ("Mathematician Ann Lee"), an affiliation read
// into it ("Tom Hale of Acme Magazine"), a surname cut at its apostrophe ("Sean O" before
// "'Hara"). The entities layer is left as it is; a speaker or actor shows the repaired
// name. Tested by mentions_test.cc.
#include <algorithm>

#include "mentions_internal.h"

namespace dossier::mentions_detail {

using namespace words;

namespace {

// "Ann Lee" of "Mathematician Ann Lee": occupations (lexicon class "occupation", never a
// title of address as "President" or "General" is) before a name of two words or more;
// and "Tom Hale" of "Minister Tom Hale", the end of an office's title ("Deputy Foreign
// Minister") the entities layer left before the name (class "title"). A name of two words
// stays whole ("President Obama" names no one else).
std::string without_occupation(const Lexicon& lex, const std::string& name) {
  if (std::count(name.begin(), name.end(), ' ') < 2) return {};
  auto toks = tokenize(name, 0, name.size());
  size_t words = 0;
  for (const Token& t : toks) words += t.word;
  size_t k = 0;
  while (k + 1 < toks.size() && words > 2 && toks[k].word && toks[k].cap &&
         (lex.is(toks[k].lower, "occupation") || lex.is(toks[k].lower, "title"))) {
    ++k;
    --words;
    if (k < toks.size() && toks[k].lower == "."sv) ++k;  // "Gen. Tom Hale"
    if (k >= toks.size() || !toks[k].cap) return {};
  }
  return k == 0 ? std::string() : name.substr(toks[k].b);
}

// "Tom Hale" of "Tom Hale of Acme Magazine": a capitalised name, "of", and a name whose last
// word is an organisation noun (a person "of" a place, "Joan of Arc", stays whole).
std::string without_affiliation(const Lexicon& lex, const std::string& name) {
  if (name.find(" of ") == std::string::npos) return {};
  auto toks = tokenize(name, 0, name.size());
  for (size_t i = 1; i + 1 < toks.size(); ++i) {
    if (toks[i].lower != "of"sv) continue;
    // ... and a name before it that is no organisation or office itself ("Council of the
    // European Union", "Secretary of State").
    bool capitalised = std::all_of(toks.begin(), toks.begin() + static_cast<long>(i), [&](const Token& t) {
      return (t.cap || !t.word) && !lex.org_nouns.count(t.lower) && !lex.roles.count(t.lower);
    });
    if (capitalised && toks.back().cap && lex.org_nouns.count(toks.back().lower)) return name.substr(0, toks[i - 1].e);
    return {};
  }
  return {};
}

// The rest of a surname the entities layer stopped at its apostrophe: after a name ending in
// a one-letter capital ("Sean O"), an apostrophe, an optional space and a capitalised word
// ("'Hara", "’ Neill"); the bytes to append, or "".
std::string_view cut_surname(std::string_view text, size_t end) {
  size_t k = end;
  if (k < text.size() && text[k] == '\'') {
    k += 1;
  } else if (text.substr(k, 3) == "\xE2\x80\x99"sv) {
    k += 3;
  } else {
    return {};
  }
  if (k < text.size() && text[k] == ' ') ++k;
  if (k >= text.size() || !(text[k] >= 'A' && text[k] <= 'Z')) return {};
  size_t w = k + 1;
  while (w < text.size() && text[w] >= 'a' && text[w] <= 'z') ++w;
  if (w == k + 1) return {};
  return text.substr(end, w - end);
}

bool ends_in_initial(const std::string& name) {
  size_t n = name.size();
  return n >= 3 && name[n - 2] == ' ' && name[n - 1] >= 'A' && name[n - 1] <= 'Z';
}

}  // namespace

std::optional<size_t> NameIndex::person_by_surname(const std::string& word, size_t before) const {
  if (word.empty() || word.find(' ') != std::string::npos) return std::nullopt;
  std::optional<size_t> found;
  for (const auto& m : mentions) {
    if (m.begin >= before) break;
    const Entity& en = entities[m.entity];
    size_t space = en.name.rfind(' ');
    if (en.type != "PERSON"sv || space == std::string::npos || en.name.compare(space + 1, std::string::npos, word) != 0) continue;
    if (found && *found != m.entity) return std::nullopt;  // two people of that name: a guess
    found = m.entity;
  }
  return found;
}

const std::string& NameIndex::corrected_name(size_t i) const {
  static const std::string kNone;
  if (!corrected_done_) {
    // One pass over the entities and one over their mentions, once per document.
    corrected_done_ = true;
    corrected_.assign(entities.size(), std::string());
    for (size_t e = 0; e < entities.size(); ++e) {
      const Entity& en = entities[e];
      if (en.type == "PERSON"sv) corrected_[e] = without_occupation(lex, en.name);
      if (corrected_[e].empty() && (en.type == "PERSON"sv || en.type == "ORG"sv)) corrected_[e] = without_affiliation(lex, en.name);
    }
    for (const Mention& m : mentions) {
      const Entity& en = entities[m.entity];
      if (en.type != "PERSON"sv || !corrected_[m.entity].empty() || !ends_in_initial(en.name)) continue;
      if (text.substr(m.begin, m.end - m.begin) != en.name) continue;
      if (auto rest = cut_surname(text, m.end); !rest.empty()) corrected_[m.entity] = en.name + std::string(rest);
    }
  }
  return i < corrected_.size() ? corrected_[i] : kNone;
}

}  // namespace dossier::mentions_detail
