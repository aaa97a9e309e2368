// Phrasal stance verbs (lib/data/positions/phrasal.tsv) as cue expressions: a verb's forms,
// made from its lemma, then its particles. Tested by phrasal_test.cc.
#include <string>
#include <vector>

#include "dossier/data.h"
#include "dossier/error.h"
#include "internal.h"

namespace dossier::positions_detail {

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

std::vector<std::string> verb_forms(std::string_view lemma) {
  std::string l(lemma);
  std::vector<std::string> out{l};
  if (l.size() < 2) return out;
  const char last = l.back(), before = l[l.size() - 2];
  const bool consonant_y = last == 'y' && !is_vowel(before);
  // One short vowel before a final consonant (step, drop, get): the consonant doubles.
  const bool doubles = l.size() <= 4 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' && is_vowel(before) &&
                       (l.size() < 3 || !is_vowel(l[l.size() - 3]));
  const std::string stem_y = consonant_y ? l.substr(0, l.size() - 1) : l;
  const bool sibilant = last == 's' || last == 'x' || last == 'z' || last == 'o' ||
                        (last == 'h' && (before == 's' || before == 'c'));
  out.push_back(consonant_y ? stem_y + "ies" : sibilant ? l + "es" : l + "s");
  if (last == 'e') {
    out.push_back(l + "d");
    out.push_back(before == 'e' ? l + "ing" : l.substr(0, l.size() - 1) + "ing");
  } else if (doubles) {
    out.push_back(l + last + "ed");
    out.push_back(l + last + "ing");
  } else {
    out.push_back(consonant_y ? stem_y + "ied" : l + "ed");
    out.push_back(l + "ing");
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> phrasal_cues() {
  std::vector<std::pair<std::string, std::string>> out;
  for (auto line : data::lines("positions/phrasal.tsv")) {
    auto f = data::fields(line);
    if (f.size() != 3) throw Error("phrasal verbs: expected KIND<TAB>VERB<TAB>PARTICLES", "positions/phrasal.tsv");
    std::vector<std::string> written;
    for (auto w : data::split(f[1], '|')) written.emplace_back(w);
    std::vector<std::string> forms = verb_forms(written.front());
    forms.insert(forms.end(), written.begin() + 1, written.end());
    std::string verb;
    for (const auto& w : forms) verb += (verb.empty() ? "" : "|") + w;
    std::string alts;
    for (std::string_view particles : data::split(f[2], '|')) {
      std::string words;
      for (auto word : data::split(particles, ' '))
        if (!word.empty()) words += "\\s+" + std::string(word);
      if (words.empty()) throw Error("phrasal verbs: no particle after '" + std::string(f[1]) + "'", "positions/phrasal.tsv");
      alts += (alts.empty() ? "" : "|") + words.substr(3);
    }
    out.emplace_back(std::string(f[0]), "(?:" + verb + ")\\s+(?:" + alts + ")");
  }
  return out;
}

}  // namespace dossier::positions_detail
