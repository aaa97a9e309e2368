// The word lists of lib/data/entities, read once (lexicon.h). Tested by text_test.cc and
// finder_test.cc.
#include "lexicon.h"

#include <algorithm>

#include "dossier/data.h"
#include "dossier/entities.h"
#include "chars.h"

namespace dossier::entities_detail {

std::string holiday_key(std::string_view name) {
  std::string key = fold(name);
  for (size_t at; (at = key.find("\xE2\x80\x99")) != std::string::npos;) key.replace(at, 3, "'");
  return key;
}

bool Lexicon::common_word(std::string_view word) const {
  std::string f = fold(word);
  if (lower_words.count(f)) return true;
  size_t h = f.find('-');
  if (h == std::string::npos) return false;
  size_t start = 0;
  while (start <= f.size()) {
    size_t end = f.find('-', start);
    std::string part = f.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!part.empty() && !lower_words.count(part)) return false;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return true;
}

const Lexicon& Lexicon::get() {
  // Built once and never destroyed: freeing its tens of thousands of strings at exit would
  // cost a short run more than the process's end, which returns the memory anyway.
  static const Lexicon& lex = *new Lexicon([] {
    Lexicon l;
    {
      const auto lower = data::lines("entities/words_lower.txt");
      l.lower_words.reserve(lower.size());  // 64,000 words: no rehashing at startup
      std::vector<uint64_t> hashes;          // of the distinct folded words
      hashes.reserve(lower.size());
      // Nearly every word is folded already (ASCII without capitals): the set keeps a view
      // of the list, no copy, and the word is not folded again.
      auto folded_already = [](std::string_view w) {
        for (char c : w)
          if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'A' && c <= 'Z')) return false;
        return true;
      };
      std::string f;
      for (auto w : lower) {
        std::string_view key = w;
        if (!folded_already(w)) {
          fold_into(w, f);
          key = f;
        }
        if (key == w ? l.lower_words.insert(w) : l.lower_words.insert_copy(key)) hashes.push_back(hash_folded(key));
      }
      l.lower_hash_set = HashSet(hashes);
    }
    const auto proper = data::lines("entities/words_proper.txt");
    l.proper_words.reserve(proper.size());
    for (auto w : proper) l.proper_words.insert(w);
    for (auto line : data::lines("entities/given_names.txt"))
      for (auto w : data::split(line, ' '))
        if (!w.empty()) l.given_names.emplace(w);
    for (auto line : data::lines("entities/surnames_first.txt"))
      for (auto w : data::split(line, ' '))
        if (!w.empty()) l.surnames_first.insert(w);
    for (auto w : data::lines("entities/pinyin_syllables.txt")) l.pinyin_syllables.insert(w);
    const auto open_given = data::lines("entities/given_names_open.txt");
    l.open_given_names.reserve(open_given.size());
    for (auto w : open_given) l.open_given_names.insert(w);
    {
      // Some 25,000 names: the set is sized once rather than rehashed as it grows.
      auto open = data::lines("entities/places_open.txt"), geonames = data::lines("entities/places_geonames.txt");
      l.open_places.reserve(open.size() + geonames.size());
      for (auto w : open) l.open_places.insert(w);
      for (auto w : geonames)
        if (l.open_places.insert(w)) l.towns.push_back(w);
      // The list is kept sorted (make_open_name_lists.py writes it so): checking costs a
      // pass, sorting it again a third of the start-up.
      if (!std::is_sorted(l.towns.begin(), l.towns.end())) std::sort(l.towns.begin(), l.towns.end());
    }
    const auto surname_lines = data::lines("entities/surnames_open.txt");
    l.open_surnames.reserve(surname_lines.size());
    for (auto w : surname_lines) l.open_surnames.insert(w);
    const auto wordnet = data::lines("entities/wordnet_names.tsv");
    l.wordnet_types.reserve(wordnet.size());
    for (auto line : wordnet) {
      // The first two fields, without a vector of every field per line (ten thousand lines).
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      const std::string_view rest = line.substr(tab + 1);
      l.wordnet_types.assign(line.substr(0, tab), rest.substr(0, rest.find('\t')));
    }
    for (auto w : data::lines("entities/not_names.txt")) l.not_names.emplace(w);
    for (auto w : data::lines("entities/product_nouns.txt")) l.product_nouns.insert(fold(w));
    for (auto w : data::lines("entities/product_versions.txt")) l.product_versions.emplace(w);
    for (auto line : data::lines("entities/thing_acronyms.txt")) {
      auto c = data::split(line, '\t');
      if (c.size() >= 2 && c[1] == "era") {
        l.era_markers.emplace(c[0], c.size() >= 3 && c[2] == "either");
        continue;
      }
      l.thing_acronyms.emplace(c[0]);
      if (c.size() >= 2 && c[1] == "role") l.role_acronyms.emplace(c[0]);
      if (c.size() >= 3 && c[1] == "role") {
        std::vector<std::string> form;
        for (const auto& t : tokenize(c[2])) form.emplace_back(c[2].substr(t.begin, t.end - t.begin));
        l.role_forms.push_back(std::move(form));
      }
    }
    for (auto w : data::lines("entities/emphatic_words.txt")) l.emphatic_words.insert(fold(w));
    for (auto w : data::lines("entities/day_adverbs.txt")) l.day_adverbs.insert(fold(w));
    for (auto w : data::lines("entities/facility_heads.txt")) l.facility_heads.emplace(w);
    for (auto w : data::lines("entities/legal_suffixes.txt")) l.legal_suffixes.emplace(w);
    for (auto w : data::lines("entities/leading_heads.txt")) l.leading_heads.emplace(w);
    for (auto w : data::lines("entities/hyphen_articles.txt")) l.hyphen_articles.emplace(w);
    for (auto w : data::lines("entities/compound_prefixes.txt")) l.compound_prefixes.emplace(w);
    for (auto w : data::lines("entities/body_words.txt")) l.body_words.emplace(w);
    auto read_cues = [](std::string_view file, Lexicon::NameCues& read) {
      for (auto line : data::lines(file)) {
        auto c = data::fields(line);
        if (c.size() < 2) continue;
        Lexicon::NameCue cue;
        cue.strong = c[1] == "strong";
        // The words after "_" are tokenized after a word, as they stand in a text ("_'s").
        const size_t name = c[0].find('_');
        if (name == std::string_view::npos) continue;
        for (const auto& t : tokenize(c[0].substr(0, name))) cue.before.push_back(t.hash);
        const std::string after = "x" + std::string(c[0].substr(name + 1));
        const auto words = tokenize(after);
        for (size_t k = 1; k < words.size(); ++k) cue.after.push_back(words[k].hash);
        if (cue.before.empty() && cue.after.empty()) continue;  // "_" alone: no cue
        read.add(std::move(cue));
      }
    };
    read_cues("entities/firm_cues.tsv", l.firm_cues);
    read_cues("entities/person_cues.tsv", l.person_cues);
    for (auto w : data::lines("entities/party_heads.txt")) l.party_heads.insert(fold(w));
    for (auto w : data::lines("entities/party_tails.txt")) l.party_tails.emplace(w);
    for (auto w : data::lines("entities/ruler_titles.txt")) l.ruler_titles.insert(fold(w));
    for (auto w : data::lines("entities/thing_heads.txt")) l.thing_heads.emplace(w);
    for (auto line : data::lines("entities/place_contexts.tsv")) {
      auto c = data::fields(line);
      if (c.size() < 2) continue;
      if (c[1] == "of-before") l.place_of_words.insert(fold(c[0]));
      if (c[1] == "to-before") l.place_to_words.insert(fold(c[0]));
      if (c[1] == "noun-after") l.place_nouns_after.insert(fold(c[0]));
      if (c[1] == "verb-after") l.place_verbs_after.insert(fold(c[0]));
      if (c[1] == "after-hyphen") l.place_suffix_words.insert(fold(c[0]));
      if (c[1] == "based-noun") l.based_nouns.insert(fold(c[0]));
    }
    for (auto w : data::lines("entities/group_suffixes.txt")) l.group_suffixes.emplace_back(w);
    for (auto w : data::lines("entities/party_words.txt")) l.party_words.emplace(w);
    for (auto w : data::lines("entities/standing_words.txt")) l.standing_words.insert(fold(w));
    for (auto w : data::lines("entities/institution_nouns.txt")) l.institution_nouns.insert(w);
    {
      std::unordered_set<uint64_t> storm_hashes;
      for (auto line : data::lines("entities/storm_words.txt")) {
        auto c = data::fields(line);
        if (c.size() < 2) continue;
        if (c[1] == "qualifier") l.storm_qualifiers.emplace(c[0]);
        else l.storm_words.emplace(c[0], c[1] == "qualified");
        storm_hashes.insert(hash_folded(fold(c[0])));
      }
      l.storm_hash_set = HashSet(storm_hashes);
    }
    for (auto w : data::lines("entities/reference_nouns.txt")) {
      if (w.size() > 1 && w.back() == '.') l.reference_abbreviations.emplace(w.substr(0, w.size() - 1));
      l.reference_nouns.emplace(w.back() == '.' ? w.substr(0, w.size() - 1) : w);
    }
    for (auto w : data::lines("entities/arabic_openers.txt")) l.arabic_openers.emplace(w);
    for (auto w : data::lines("entities/domain_suffixes.txt")) l.domain_suffixes.emplace(w);
    for (auto w : data::lines("entities/place_qualifiers.txt")) l.place_qualifiers.emplace(w);
    std::stable_sort(l.group_suffixes.begin(), l.group_suffixes.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    for (auto w : data::lines("entities/function_words.txt")) l.function_words.insert(fold(w));
    auto folded_hashes = [](const char* file) {
      std::unordered_set<uint64_t> hashes;
      for (auto w : data::lines(file)) hashes.insert(hash_folded(fold(w)));
      return HashSet(hashes);
    };
    l.determiner_hash_set = folded_hashes("entities/determiners.txt");
    l.interjection_hash_set = folded_hashes("entities/interjections.txt");
    l.list_heading_hash_set = folded_hashes("entities/list_headings.txt");
    l.past_verb_hash_set = folded_hashes("entities/past_verbs.txt");
    l.founding_verb_hash_set = folded_hashes("entities/founding_verbs.txt");
    l.launch_verb_hash_set = folded_hashes("entities/launch_verbs.txt");
    l.range_noun_hash_set = folded_hashes("entities/range_nouns.txt");
    l.collective_noun_hash_set = folded_hashes("entities/collective_nouns.txt");
    l.speaking_opener_hash_set = folded_hashes("entities/speaking_openers.txt");
    l.person_participle_hash_set = folded_hashes("entities/person_participles.txt");
    l.person_perfect_hash_set = folded_hashes("entities/person_perfects.txt");
    {
      std::unordered_set<uint64_t> firsts;
      for (auto w : data::lines("entities/holidays.txt")) {
        l.holidays.insert(holiday_key(w));
        firsts.insert(hash_folded(fold(w.substr(0, w.find(' ')))));
      }
      l.holiday_first_hash_set = HashSet(firsts);
    }
    for (auto line : data::lines("entities/place_openers.tsv")) {
      auto c = data::fields(line);
      if (c.size() >= 2) l.place_openers[std::string(c[0])] = std::string(c[1]);
    }
    for (auto line : data::lines("entities/heads.tsv")) {
      auto c = data::fields(line);
      if (c.size() >= 2) l.heads[std::string(c[0])] = c[1];
      if (c.size() >= 3 && c[2] == "alone") l.lone_heads.emplace(c[0]);
    }
    for (const auto& [adjective, state] : demonym_states()) {
      l.demonyms[adjective] = state;
      l.demonym_places.insert(state);
    }
    // Religions are kept apart from the nationality words, whose places other modules read.
    for (auto w : data::lines("entities/religions.txt")) l.demonyms.emplace(std::string(w), std::string());
    for (auto w : data::lines("entities/languages.txt")) l.languages.emplace(w);
    for (auto line : data::lines("entities/variants.tsv")) {
      auto c = data::fields(line);
      if (c.size() >= 2) l.variants[std::string(c[0])] = c[1];
    }
    for (auto line : data::lines("entities/cues.tsv")) {
      auto c = data::fields(line);
      if (c.size() >= 2) l.cues[fold(c[0])] = c[1];
    }
    for (auto line : data::lines("entities/titles.txt")) {
      std::vector<std::string> toks;
      for (const auto& t : tokenize(line)) toks.emplace_back(line.substr(t.begin, t.end - t.begin));
      if (toks.empty()) continue;
      l.titles_by_first[hash_folded(fold(toks.front()))].push_back(l.titles.size());
      l.titles.push_back(std::move(toks));
    }
    for (auto w : data::lines("entities/connectors.txt")) l.connectors.emplace(w);
    // The classes by hash: every (hash, class) pair, the classes of one hash joined in the
    // table as they come (a map with a node per key cost more than the tables themselves,
    // and sorting the pairs first to bring a hash's classes together cost more than joining).
    std::vector<std::pair<uint64_t, uint32_t>> classes;
    classes.reserve(l.proper_words.size() + l.open_given_names.size() + l.open_surnames.size() + l.open_places.size() +
                    l.wordnet_types.size() + l.not_names.size() + 2 * l.demonyms.size());
    auto add_class = [&classes](uint64_t h, uint32_t c) { classes.emplace_back(h, c); };
    std::unordered_map<uint64_t, uint32_t> cue_kinds;
    // hash_fold(w) is hash_folded(fold(w)) without the folded string.
    for (auto w : l.proper_words) add_class(chars::hash_fold(w), kProperWord);
    for (const auto& w : l.not_names) add_class(hash_folded(fold(w)), kNotName);
    for (const auto& [w, place] : l.demonyms) {
      add_class(hash_folded(fold(w)), kDemonym);
      add_class(hash_folded(fold(w + "s")), kDemonym);
    }
    for (auto w : l.open_given_names) add_class(chars::hash_fold(w), kOpenGiven);
    for (auto w : l.open_surnames) add_class(chars::hash_fold(w), kOpenSurname);
    for (auto w : l.open_places)
      if (w.find(' ') == std::string_view::npos) add_class(chars::hash_fold(w), kOpenPlace);
    for (const auto& [w, type] : l.wordnet_types.entries())
      if (w.find(' ') == std::string_view::npos) add_class(chars::hash_fold(w), type == "PERSON" ? kOpenSurname : kOpenPlace);
    l.class_by_hash = HashMap32::joined(classes);
    for (const auto& [w, kind] : l.cues) cue_kinds[hash_folded(w)] = static_cast<uint32_t>(hash_folded(kind)) | 1;
    l.cue_by_hash = HashMap32(cue_kinds);
    for (const auto& w : l.not_names) l.not_name_filter.add(hash_folded(fold(w)));
    for (const auto& first : l.titles_by_first) l.title_first_filter.add(first.first);
    for (const auto& w : l.connectors) {
      l.connector_words.emplace_back(hash_folded(fold(w)), w);
      l.connector_filter.add(l.connector_words.back().first);
    }
    std::unordered_set<uint64_t> function_hashes;
    for (const auto& w : l.function_words) function_hashes.insert(hash_folded(w));
    l.function_hash_set = HashSet(function_hashes);
    for (const auto& h : l.heads) l.head_filter.add(hash_folded(fold(h.first)));
    for (const auto& d : l.demonyms) {
      l.demonym_filter.add(hash_folded(fold(d.first)));
      l.demonym_filter.add(hash_folded(fold(d.first + "s")));
    }
    return l;
  }());
  return lex;
}

}  // namespace dossier::entities_detail

namespace dossier {

const std::vector<std::pair<std::string, std::string>>& demonym_states() {
  static const std::vector<std::pair<std::string, std::string>> table = [] {
    std::vector<std::pair<std::string, std::string>> out;
    for (auto line : data::lines("entities/demonyms.tsv")) {
      auto c = data::fields(line);
      if (c.size() >= 2 && !c[0].empty() && !c[1].empty()) out.emplace_back(std::string(c[0]), std::string(c[1]));
    }
    return out;
  }();
  return table;
}

}  // namespace dossier
