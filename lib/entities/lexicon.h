// Private to the entities module: the word lists of lib/data/entities (given names,
// surnames, places, the dictionary's words, titles, cues, demonyms) as the rules and the
// tagger's features ask them, by exact or folded string or by token hash. Built once per
// process, read-only afterwards.
#pragma once

#include <algorithm>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "string_table.h"
#include "text.h"

namespace dossier::entities_detail {

// Word classes of a capitalized word, one bit each (the tagger's features, features.cc).
// The open lists have classes of their own, apart from the curated lists': their given
// names; their surnames and WordNet's one-word people; their cities and subdivisions and
// WordNet's one-word places.
enum WordClass : uint32_t {
  kGivenName = 1, kSurname = 2, kProperWord = 4, kCommonWord = 8, kNotName = 16, kFunctionWord = 32,
  kDemonym = 64, kTitleWord = 128, kOpenGiven = 256, kOpenSurname = 512, kOpenPlace = 1024,
  kLastWordClass = kOpenPlace,
};

// Word tables from lib/data/entities and the generated tables, keyed by folded or exact form.
// A name as holidays.txt is matched: folded, its curly apostrophes straight.
std::string holiday_key(std::string_view name);

struct Lexicon {
  StringSet lower_words;                          // folded words the dictionary spells in lower case
  HashSet lower_hash_set;                         // the same, for the per-token test
  std::unordered_set<std::string> given_names;   // exact: given_names.txt
  // Exact: the open given names (given_names_open.txt), twenty times as many. They only type
  // a name the rules found (Finder::unknown_name_type), let a lone given name join the
  // person's full name (Finder::group), and are a word class of their own for the tagger
  // (kOpenGiven); the rules that cut and join names ask the curated list alone.
  StringSet open_given_names;
  // Exact: cities and subdivisions of the open lists (places_open.txt), not in the gazetteer
  // for want of canonical names and ids; they type a name the rules would leave ORG. Views
  // of the embedded lists (which live as long as the program): no copy of 25,000 names.
  StringSet open_places;
  // Sorted: the towns only GeoNames lists (places_geonames.txt less places_open.txt). Many
  // share a company's name ("Nokia", "Hitachi"), so such a name that speaks is no place
  // (Segments::segment). Views of the embedded list.
  std::vector<std::string_view> towns;
  bool is_town(std::string_view name) const { return std::binary_search(towns.begin(), towns.end(), name); }
  StringSet open_surnames;  // exact: surnames_open.txt
  // Exact: surnames written before the given name (surnames_first.txt: Chinese, Korean,
  // Vietnamese), and the syllables of pinyin (pinyin_syllables.txt) that a Chinese given
  // name is made of; views of the embedded lists.
  StringSet surnames_first;
  StringSet pinyin_syllables;
  // Exact name -> its one type (PERSON, GPE or LOC) among WordNet's instance nouns
  // (wordnet_names.tsv).
  StringTable<std::string_view> wordnet_types;  // views of the embedded list
  StringSet proper_words;  // exact: words the dictionary has only capitalized
  std::unordered_set<std::string> not_names;     // exact
  std::unordered_set<std::string> languages;     // exact: languages and peoples (languages.txt)
  std::unordered_set<std::string> product_nouns;  // folded: product_nouns.txt
  std::unordered_set<std::string> product_versions;  // exact: product_versions.txt
  std::unordered_set<std::string> thing_acronyms;    // exact: thing_acronyms.txt
  std::unordered_set<std::string> role_acronyms;     // exact: its roles ("MP", "CFO")
  std::vector<std::vector<std::string>> role_forms;  // the roles spelled out, as tokens
  // exact: its eras ("BC", "AD"), no things; true for one that also stands before its number ("AD 79")
  std::unordered_map<std::string, bool> era_markers;
  std::unordered_set<std::string> emphatic_words;    // folded: emphatic_words.txt ("not", "only")
  std::unordered_set<std::string> day_adverbs;       // folded: day_adverbs.txt ("Yesterday")
  std::unordered_set<std::string> facility_heads;  // exact: facility_heads.txt
  // The words around a name that type it (firm_cues.tsv, person_cues.tsv): the hashes of
  // those before and after it (Token::hash, of the folded word), and whether the cue holds
  // for every name (strong) or only for some (a firm's weak cue: a name that opens with no
  // given name; a person's: a name of two words or more).
  struct NameCue {
    std::vector<uint64_t> before, after;
    bool strong = false;
  };
  // One list of cues, and the cues by the word that stands right next to the name: a cue
  // with words before the name by its last one, a cue with words after it only by its first
  // (asked of many names, so only the few cues whose neighbouring word is there are tried).
  struct NameCues {
    std::vector<NameCue> list;
    std::unordered_map<uint64_t, std::vector<uint32_t>> by_word_before, by_word_after;
    bool empty() const { return list.empty(); }
    // CUE has a word before the name or after it (a line of "_" alone is no cue).
    void add(NameCue cue) {
      const auto at = static_cast<uint32_t>(list.size());
      if (!cue.before.empty()) by_word_before[cue.before.back()].push_back(at);
      else by_word_after[cue.after.front()].push_back(at);
      list.push_back(std::move(cue));
    }
  };
  NameCues firm_cues;
  NameCues person_cues;
  std::unordered_set<std::string> legal_suffixes;  // exact: legal_suffixes.txt
  std::unordered_set<std::string> leading_heads;   // exact: leading_heads.txt ("Partido", "Banco")
  std::unordered_set<std::string> hyphen_articles;  // hyphen_articles.txt ("el", "ash")
  std::unordered_set<std::string> compound_prefixes;  // exact: compound_prefixes.txt ("Non", "Pro")
  std::unordered_set<std::string> body_words;      // exact: body_words.txt ("Nacional", "Sinistra")
  std::unordered_set<std::string> party_heads;     // folded: party_heads.txt
  std::unordered_set<std::string> party_tails;     // exact: party_tails.txt ("Coalition")
  std::unordered_set<std::string> ruler_titles;    // folded: ruler_titles.txt
  std::unordered_set<std::string> thing_heads;     // exact: thing_heads.txt
  std::unordered_set<std::string> place_of_words, place_suffix_words;  // folded: place_contexts.tsv
  std::unordered_set<std::string> place_to_words;  // folded: place_contexts.tsv, "fled to <name>"
  std::unordered_set<std::string> place_nouns_after;  // folded: place_contexts.tsv, "the <name> seat"
  std::unordered_set<std::string> place_verbs_after;  // folded: place_contexts.tsv, "the <name> seat is"
  std::unordered_set<std::string> based_nouns;  // folded: place_contexts.tsv, what an "X-based" place bases
  std::vector<std::string> group_suffixes;          // group_suffixes.txt, longest first
  std::unordered_set<std::string> party_words;      // exact: party_words.txt
  std::unordered_set<std::string> standing_words;   // folded: standing_words.txt ("Former")
  StringSet institution_nouns;  // exact: institution_nouns.txt ("Government")
  std::unordered_map<std::string, bool> storm_words;  // exact: storm_words.txt -> only after a qualifier
  std::unordered_set<std::string> storm_qualifiers;   // exact: storm_words.txt
  HashSet storm_hash_set;  // hash_folded of every word of storm_words.txt, for the per-word test
  std::unordered_set<std::string> reference_nouns;  // exact: reference_nouns.txt
  std::unordered_set<std::string> domain_suffixes;  // exact: domain_suffixes.txt ("com", "org")
  std::unordered_set<std::string> reference_abbreviations;  // exact: its lines ending in "."
  std::unordered_set<std::string> arabic_openers;   // exact: arabic_openers.txt
  std::unordered_set<std::string> place_qualifiers;  // exact: place_qualifiers.txt
  std::unordered_set<std::string> function_words;  // folded
  HashSet function_hash_set;                        // hash_folded of each, for the per-token test
  HashSet determiner_hash_set;    // hash_folded of each word of determiners.txt
  HashSet interjection_hash_set;  // hash_folded of each word of interjections.txt
  HashSet list_heading_hash_set;  // hash_folded of each word of list_headings.txt
  HashSet past_verb_hash_set;     // hash_folded of each word of past_verbs.txt
  HashSet founding_verb_hash_set; // hash_folded of each word of founding_verbs.txt ("founded")
  HashSet range_noun_hash_set;     // hash_folded of each word of range_nouns.txt ("line")
  HashSet launch_verb_hash_set;    // hash_folded of each word of launch_verbs.txt ("unveiled")
  HashSet collective_noun_hash_set;  // hash_folded of each word of collective_nouns.txt ("police")
  HashSet speaking_opener_hash_set;  // hash_folded of each word of speaking_openers.txt ("speaking")
  HashSet person_participle_hash_set;  // hash_folded of each word of person_participles.txt ("born")
  HashSet person_perfect_hash_set;     // hash_folded of each word of person_perfects.txt ("resigned")
  std::unordered_set<std::string> holidays;  // holiday_key() of each line of holidays.txt
  HashSet holiday_first_hash_set;            // hash_folded of each holiday's first word
  std::unordered_map<std::string, std::string> heads;     // exact head word -> type
  std::unordered_set<std::string> lone_heads;  // exact: heads.tsv's words marked "alone" ("Senate")
  std::unordered_map<std::string, std::string> place_openers;  // exact: place_openers.tsv, word -> type
  std::unordered_map<std::string, std::string> demonyms;  // exact adjective -> place
  std::unordered_set<std::string> demonym_places;        // exact: the places of demonyms.tsv ("Egypt")
  std::unordered_map<std::string, std::string> variants;  // exact given-name variant -> spelling
  std::unordered_map<std::string, std::string> cues;      // folded word -> cue kind
  std::vector<std::vector<std::string>> titles;           // token sequences
  // Token hash of a title's first word -> the titles (in file order) whose first word folds
  // to it; the words are compared exactly after.
  std::unordered_map<uint64_t, std::vector<size_t>> titles_by_first;
  std::unordered_set<std::string> connectors;             // words allowed inside a name
  std::vector<std::pair<uint64_t, std::string>> connector_words;  // the same with their token hashes
  // Token-hash filters (Token::hash, of the folded word) before a lookup by exact string:
  // not_names, the first words of titles, connectors, heads, and demonyms (with and without
  // a plural -s, as demonym_like() strips it).
  HashFilter not_name_filter, title_first_filter, connector_filter, head_filter, demonym_filter;
  // Token hash -> the word's classes among kProperWord, kNotName, kDemonym (with and
  // without a plural -s) and the open lists'; and -> the hash of its cue kind (low 32 bits, odd).
  HashMap32 class_by_hash, cue_by_hash;
  static const Lexicon& get();
  // Whether the folded form of a word (each hyphen part) is a lower-case dictionary word.
  bool common_word(std::string_view word) const;
};

}  // namespace dossier::entities_detail
