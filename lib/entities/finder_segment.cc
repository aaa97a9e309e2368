// The free stretches of capitalized words of a run, cut and typed (finder_segment.h).
#include "finder_segment.h"

#include <string>

namespace dossier::entities_detail {

void Segments::segment(size_t a, size_t b, bool titled) {
  // A sentence's first word, common in lower case, is dropped unless the document names
  // with it or it is a given name before a surname ("Peter Olsen said", "Mark Brown told")
  // or a surname before a given name ("Tang Renjian said").
  while (a < b && !article_opener(a) && (connector(a) || not_name(a) ||
                   (initial_[a] && !toks_[a].all_caps && common(a) && !capitalized_name(a) &&
                    !(a + 1 < b && given(a) && name_like(a)) && !types_.surname_first(a, b) &&
                    !opens_common_run(a, b))))
    ++a;
  while (b > a && (connector(b - 1) || not_name(b - 1))) --b;
  if (a >= b) return;
  if (demonym_like(b - 1)) return;  // "East Central European"
  // The scratch's buffer: a name's words take no allocation once the buffer has grown.
  std::vector<std::string>& words = scratch_.words;
  words.clear();
  for (size_t k = a; k < b; ++k) words.emplace_back(tok(k));
  if (a > 0 && demonym_like(a - 1) && toks_[a - 1].end + 1 >= toks_[a].begin) {
    // "German Council of Foreign Relations": a demonym opening a known name.
    std::vector<std::string> with = words;
    with.insert(with.begin(), std::string(tok(a - 1)));
    auto loose = ix_.loose.find(loose_key(with));
    if (loose != ix_.loose.end() && loose->second >= 0) {
      add(a - 1, b, loose->second, "", titled);
      return;
    }
  }
  if (b - a >= 2) {
    auto loose = ix_.loose.find(loose_key(words));
    if (loose != ix_.loose.end() && loose->second >= 0) {
      add(a, b, loose->second, "", titled);
      return;
    }
  }
  // "Deputy Minister of Fisheries Carlos Wendt": after a title and its "of" or "to", the
  // complement of the title runs up to a given name, where the person's name starts.
  if (titled && a > 0 && connector(a - 1)) {
    for (size_t k = a + 1; k + 1 < b; ++k)
      if (given(k)) {
        add(k, b, -1, "PERSON", true);
        return;
      }
  }
  if (titled && b - a <= 4 && !toks_[a].all_caps) {
    add(a, b, -1, "PERSON", true);
    return;
  }
  // "Ministry of Defence", "University of Texas": the head before "of".
  for (size_t k = a + 1; k + 1 < b; ++k) {
    const std::string* head = connector(k) ? head_type(k - 1) : nullptr;
    if (head) {
      add(a, b, -1, *head);
      cands_.back().by_head = true;
      return;
    }
  }
  if (b - a >= 2 && given(a)) {
    // "William Clay Ford Jr.": a generational suffix belongs to the name.
    if (b < toks_.size() && (tok(b) == "Jr" || tok(b) == "Sr")) {
      ++b;
      if (b < toks_.size() && is(b, '.') && toks_[b].begin == toks_[b - 1].end) ++b;
    }
    add(a, b, -1, "PERSON");
    return;
  }
  if (b - a == 1) {
    one_word(a);
    return;
  }
  longer_name(a, b);
}

void Segments::one_word(size_t a) {
  const size_t b = a + 1;
  const std::vector<std::string>& words = scratch_.words;
  if (const std::string* head = head_type(a); head && !toks_[a].all_caps) {
    // "Council" alone names nothing; "the Senate" names the country's own, "the" and the
    // head word on one line.
    if (after_the(a) && !toks_[a].nl && lone_head(a)) {
      add(a, b, -1, *head);
      cands_.back().by_head = true;
    }
    return;
  }
  // A lone capital letter ("the F statistic", "24 F", "grade B") names nothing; an
  // initial ("E. Lindqvist") is left to the rules that join it to the name after it.
  if (toks_[a].end - toks_[a].begin == 1 && !(b < toks_.size() && is(b, '.'))) return;
  // A language's or a people's name alone ("read Latin", "the Tatars") is no entity.
  if (!toks_[a].all_caps) {
    std::string_view w = words[0];
    bool language = lex_.languages.count(words[0]) ||
                    (w.size() > 5 && w.back() == 's' && lex_.languages.count(std::string(w.substr(0, w.size() - 1))));
    // Unless a person named before bears it as a surname ("Ersin Tatar ... Tatar said").
    if (language && std::none_of(cands_.begin(), cands_.end(), [&](const Candidate& c) {
          return c.type == "PERSON" && c.last - c.first >= 2 && tok(c.last - 1) == tok(a);
        }))
      return;
  }
  if (toks_[a].all_caps && terms_.count(words[0])) return;
  bool guessed = false;
  std::string_view type = types_.unknown_name_type(a, b, &guessed);
  if (a > 0) {
    auto cue = lex_.cues.find(fold(tok(a - 1)));
    if (cue != lex_.cues.end() &&
        (cue->second == "place-before" || (cue->second == "lone-place-before" && type == kOrg && !toks_[a].all_caps)))
      type = "GPE";
  }
  // "Nokia said": a name only GeoNames knows, as a town, before a verb of saying is a
  // company's or an organisation's; a town speaks through its council.
  if (type == kGpe && lex_.is_town(tok(a)) && saying_at(b)) type = kOrg;
  add(a, b, -1, type);
  // A lone word opening a sentence, or a common word capitalized mid-sentence ("Treasury",
  // "Store"), is kept only when it resolves to a name of the document, or is possessed.
  // "Here's", "That's": after a function word the "'s" is "is", not a possessive.
  bool possessed = b < toks_.size() && (tok(b) == "'s" || tok(b) == "\xE2\x80\x99s") && !function_word(a);
  bool repeated = capitalized_count(a) >= 2;
  // "Velmora said": a word no dictionary knows opening a sentence before a verb of saying
  // is a name too ("Officials said" stays weak: a common word). Not one ending in "s": the
  // plural of a newer noun of people the dictionary lacks ("Policymakers said",
  // "Stakeholders said", "Netizens said") stands there as often.
  const bool speaks = b < toks_.size() && !toks_[b].nl && saying_at(b) && words[0].back() != 's';
  // Used as a name twice or more, or possessed, the word is a name on that evidence.
  cands_.back().guessed = guessed && type == kOrg && !possessed && !repeated;
  cands_.back().weak = !toks_[a].all_caps && !possessed && !repeated &&
                       ((initial_[a] && !lex_.proper_words.count(words[0]) && !capitalized_name(a) &&
                         !capitalized_compound(a) && !speaks) ||
                        lex_.common_word(words[0]));
}

void Segments::longer_name(size_t a, size_t b) {
  const std::vector<std::string>& words = scratch_.words;
  bool all_common = true;
  for (const auto& w : words) all_common = all_common && lex_.common_word(w);
  if (all_common) return;
  // "X, an expert with ...": a role after the name; "X said": a verb of saying; "in X":
  // a place.
  bool guessed = false;
  std::string_view type = types_.unknown_name_type(a, b, &guessed);
  if (a > 0) {
    auto cue = lex_.cues.find(fold(tok(a - 1)));
    if (cue != lex_.cues.end() && cue->second == "place-before") type = "GPE";
  }
  size_t k = b;
  if (k < toks_.size() && is(k, ',')) {
    for (size_t m = k + 1; m < std::min(toks_.size(), k + 5); ++m)
      if (title_at(m) && !toks_[m].cap) {
        type = "PERSON";
        break;
      }
  }
  if (saying_at(k) && b - a <= 3 && !lex_.common_word(words[0])) type = "PERSON";
  add(a, b, -1, type);
  cands_.back().guessed = guessed && type == kOrg;
}

}  // namespace dossier::entities_detail
