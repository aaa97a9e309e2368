// Private to the entities module: the Revision, the passes over one document's names after
// the tagger has had its say (finder.h). Each pass is a class of its own over the same names:
// names of elections and cited authors (revision.cc), products and facilities
// (revision_product.cc), members' titles inside and after names (revision_roles.cc), names
// the rules cut or ran on (revision_repair.cc, whose joins are revision_join.cc), names in
// headings (revision_heading.cc). None of them changes the tagger's features, so the shipped
// weights stay what training makes.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "finder_words.h"

namespace dossier::entities_detail {

// Acronyms defined in the text ("... in Europe (OSCE)") -> the candidate they name.
using Acronyms = std::unordered_map<std::string, size_t>;

// After candidates are dropped or moved (MOVED: old index -> new, SIZE_MAX when dropped),
// the acronyms pointing at them follow them; those of dropped candidates go.
void follow_acronyms(Acronyms& acronyms, const std::vector<size_t>& moved);

// What every pass works on. WORDS: the document's words with their context marked (sentence
// starts, headings, capitalized words); they share the Scratch's buffers, so a copy costs
// nothing. The names revised are SCRATCH.cands, in token order, and stay so; SCRATCH.tags and
// margins are the tagger's for every token, or empty when no tagger ran. ACRONYMS follow the
// names.
class RevisionPass : protected Words {
 public:
  RevisionPass(const Words& words, Scratch& scratch, Acronyms& acronyms)
      : Words(words), cands_(scratch.cands), scratch_(scratch), acronyms_(acronyms) {}

 protected:
  std::vector<Candidate>& cands_;
  Scratch& scratch_;
  Acronyms& acronyms_;

  // Drops the candidates marked in DROP, keeping the acronyms pointing at the others.
  void drop_marked(const std::vector<char>& drop);
  // A capitalized common word at token K, inside its line: a word (not in capitals, no
  // digit) that the dictionary has in lower case and no function word ("Open", "Harbour",
  // "Heather"; not "The"). The passes that take in or add names of common words build on it.
  bool capitalized_common_word(size_t k) const {
    const Token& t = toks_[k];
    return t.word && t.cap && !t.all_caps && !t.digit && !t.nl && common(k) && !function_word(k);
  }
  // One that is no given name or nationality word either ("Open"; not "Heather", "Tavoran"):
  // a word that cannot name a person or a people on its own.
  bool plain_common_word(size_t k) const { return capitalized_common_word(k) && !given(k) && !demonym_like(k); }
  // The tokens of a member's title spelled out (thing_acronyms.txt's third column: "Member
  // of Parliament", its first word also in the plural) that starts at token K and ends by
  // LAST, the longest such; 0 for none. MemberTitles and Joins both read titles through it.
  size_t title_form_at(size_t k, size_t last) const;
  // Whether one of CUES (firm_cues.tsv, person_cues.tsv: the words before and after a name)
  // stands around the name of tokens [FIRST, LAST); with STRONG_ONLY, only a strong one.
  bool cue_around(const Lexicon::NameCues& cues, size_t first, size_t last, bool strong_only) const;
  // Whether "of" (and an article) stands right before C: "Ann Varga of Tarn Review", where the
  // words around the whole phrase are the person's, not the body's.
  bool after_of(const Candidate& c) const;
  // Whether tokens [FIRST, LAST), two words or more, end in the head word of a thing no
  // entity of ours is (thing_heads.txt: "Varro Plan", "Water Policy") with no connector
  // before it ("Office of Water Policy" is a body's name: its head comes before the "of").
  bool thing_named(size_t first, size_t last) const;
  // Whether nothing but the default or the tagger can have typed C: no gazetteer entry, no
  // head word, no title, not one word in capitals, no lower-case word inside. The names the
  // words around them (PersonCues) or a partner (ListedNames) may retype.
  bool typed_by_default(const Candidate& c) const;
  // Whether token I is a verb in the past tense in small letters: one of past_verbs.txt or a
  // word of the dictionary ending in "-ed" ("won", "campaigned").
  bool acting_at(size_t i) const;
  // A lower-case letter joined to a capital inside a word of C ("VellTech"), a surname's
  // opening aside ("McCall").
  bool camel_cased(const Candidate& c) const;
  // The tagger this document consults (Scratch::model, else the embedded one) and, with it,
  // the margins the finder holds it to.
  const TaggerModel& tagger() const;
  // Puts NAMES (in token order) among the candidates: the candidates each overlaps widen it
  // and go (a name widened into the one put before it is left out, the candidates staying),
  // and the acronyms follow. Names of an empty type then go too, with what they took in.
  void insert_names(std::vector<Candidate>& names);
};

class Revision {
 public:
  Revision(const Words& words, Scratch& scratch, Acronyms& acronyms)
      : words_(words), scratch_(scratch), acronyms_(acronyms) {}

  // Runs every pass, in order.
  void run();

 private:
  const Words& words_;
  Scratch& scratch_;
  Acronyms& acronyms_;
};

// Names of elections and of cited authors. Tested by revision_test.cc.
class EventsAndAuthors : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "the 1997 Ruritania general election", "the 1994 Ruritania Senate election in Vell": a
  // place or an organisation between a four-digit year and up to two lower-case words and
  // "election(s)" or "referendum" is part of the election's name, an event, and no mention
  // of its own; so is a name opening with the year (the tagger's "1997 Ruritanian"), and a
  // place named right after "in" at its end. A person's name never is.
  void name_elections();

  // "(Varnholt, 2011)", "Varnholt (2011)", "Varnholt et al.", "Varnholt and Ostrik 2011;":
  // a name of the rules typed ORG by default, of three words at most, that an author-year
  // citation or "et al." follows is an author's, a person's, unless one of its words is an
  // English word: a work or an event is named with a year too ("Outcasts (1998)"). So is
  // each name of an author list that ends in the year ("(Tarvell, Ostrik, & Brame, 2010)").
  void type_cited_authors();

  // "Varnholt, Anna. The Long Winter", "Varnholt, Anna and Ostrik, Piet. Letters": a line
  // opening with a surname, a comma and a given name (then up to two more capitalized words),
  // ended by a full stop, or by "and" and another such name, names an author as a reading
  // list writes it, one person. Only in a list: the line before or after it has the same
  // shape, or a heading of list_headings.txt stands at most eight lines above it. No part
  // may be a place ("Dunmore, Virginia."), the first word no interjection of
  // interjections.txt ("Well, Anna."). The names of the rules the person overlaps go into it.
  void join_inverted_authors();

 private:
  bool year_at(size_t i) const;  // a token of four digits
  // The end of an inverted author's name "Surname, Given ..." at token I (its full stop or
  // "and"), or 0.
  size_t inverted_author(size_t i) const;
  // A place of the gazetteer or of the open lists at token K.
  bool place_word(size_t k) const;
  // Whether the tokens from I on cite a year: "(2011)", "(2011, p. 4)", ", 2011)", "2011;";
  // after a comma only inside brackets.
  bool cites_year(size_t i) const;
  // Whether a bracket opened before token I on its line is still open there.
  bool in_brackets(size_t i) const;
  // Whether the tokens from I on name more authors and then cite a year: ", Ostrik, &
  // Brame, 2010)".
  bool cites_in_author_list(size_t i) const;
};

// Names of products and of facilities. Tested by revision_product_test.cc.
class Products : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // A name right before a noun of made things ("the Zephyrine engines", product_nouns.txt)
  // or next to a model number ("a 340 Kestrel", "Kestrel 340"), ending in or before a
  // version word ("Kestrel OS 9", "the Quillo Pro", product_versions.txt), or a plural the
  // document counts ("two Kestrels", or "the Kestrels" where "a Kestrel" is one thing) names
  // a product, which is no entity of ours; so does the same name after its maker's
  // possessive ("Velmora's Kestrel", the maker an organisation), and after "the" as the head
  // of its phrase ("the Kestrel was late"). It is dropped unless the same name stands
  // elsewhere in the document outside such a context (the maker's name, "Kestrel said", "the
  // Kestrel board"). Names of the gazetteer, of a head word or after a title stay.
  void drop_products();
  // A name of the rules of two words or more ending in a facility's head word
  // (facility_heads.txt: "Kestrel Stadium", "Old Mill Theatre") is a place, whatever type
  // the rules or the tagger gave it.
  void type_facilities();
  // "HIV", "LED", "two MEPs": a name of one upper-case word that thing_acronyms.txt lists
  // (or its plural) names a thing or a role, not an organisation, and is dropped (a role at
  // the end of a longer name: MemberTitles). The gazetteer's names stay, and so does an
  // acronym the text defines as an organisation's (defined_as_body()).
  // Emphatic capitals are dropped too: a word of emphatic_words.txt in capitals ("it is NOT
  // over", "cheap AND fast") between lower-case words on one line, no article before it; so
  // are a function word in capitals in a passage in capitals ("THE WINDOWS", "GUARDS WHO
  // PATROL") and a contraction in capitals ("I'M", "DON'T"), and an era of the calendar beside
  // a number ("1400 BC", "AD 64"; era_after_number()), unless a place or used alone too.
  void drop_thing_acronyms();

 protected:
  // C stands after "the" as the head of its phrase, as a thing's name does ("the Kestrel was
  // late", "sold the Kestrel.", "the Kestrel, which"): before a sentence's or a clause's end, a
  // closing quote or bracket, a function word or an auxiliary.
  bool as_thing(const Candidate& c) const;
  // C may name a product: an organisation or a person the rules typed for want of better
  // evidence (no gazetteer entry, head word or title).
  static bool open_name(const Candidate& c);
  bool version_word(size_t i) const;  // a capitalized word of product_versions.txt on the line
  // C ends in a facility's head word (of one or two words).
  bool facility_head(const Candidate& c) const;
  // A lower-case noun of product_nouns.txt on the same line.
  bool product_noun(size_t i) const;

 private:
  bool product_context(const Candidate& c) const;
  bool emphatic_word(size_t k) const;  // see drop_thing_acronyms()
  bool thing_code(const Candidate& c) const;  // "CC BY-SA": an acronym and a thing's code
  // Whether the text defines ACRONYM in brackets after an organisation's name ("the Inland
  // Rescue Committee (IRC)"): then it is that body's, though it also names a thing.
  bool defined_as_body(std::string_view acronym) const;
  // Token K is an era of thing_acronyms.txt ("BC", "A.D.") right after a number, or right
  // before one for an era the list lets lead ("AD 64").
  bool era_after_number(size_t k) const;
  // The eras the text also uses away from a number ("the wildfires in BC"): there the word
  // names something, and beside a number too it is no era to drop.
  std::set<std::string_view> eras_used_alone() const;
  // A function word in capitals with a word in capitals beside it (past a comma or a stop)
  // and no lower-case word on either side but "I": a passage written in capitals, where
  // "THE", "WHO", "IF" are no acronyms, unless the text uses the word as one elsewhere
  // (ACRONYMS_USED, from words_used_as_acronyms()) or it is a dateline's state.
  bool shouted_function_word(size_t k, const std::set<std::string_view>& acronyms_used) const;
  // The words in capitals the text defines in brackets or uses inside prose in small letters.
  std::set<std::string_view> words_used_as_acronyms() const;
  bool org_head_inside(const Candidate& c) const;  // a word of C is an organisation's head (heads.tsv)
  // Fills counted_: the one-word plural names of organisations the document counts as
  // things. Nationality words and party members ("two Democrats") are no things.
  void find_counted_names();
  std::unordered_set<std::string_view> counted_;
  bool sport(size_t i) const;  // "Cycling", "Football": a game after a version word
  // An organisation's name of the rules right after an organisation's possessive.
  bool after_maker(const Candidate& c) const;
  // A token on the name's line that can be a model number: digits, upper-case letters and
  // hyphens, with a digit; no year, no amount.
  bool model_number(size_t i) const;
  // A word written in small letters with a capital inside ("iPod", "eReader"), a product
  // range's: the capitalized word right after it names a model of the range ("the iPod Nano").
  bool range_word(size_t i) const;
};

// Products told by the words around them, a pass of its own before Products::drop_products():
// - the object of a verb of launch_verbs.txt ("unveiled the new Kestrel", "Velmora launches
//   Kestrel"), an organisation's name of the rules, not one owning a thing ("launched
//   Velmora's fund") nor one read as a person's without "new" ("released Kestrel from jail");
// - a name set off by a comma before "the new version of", "the latest version of" or
//   "version" and a number ("Kestrel, the newest version of ...", "Kestrel, version 10.4");
// - after "the", as the head of its phrase, a maker's name (an organisation's name the text
//   also uses alone) followed by capitalized words no head word ("the Velmora Kestrel was
//   introduced"): the model, alone ("the Kestrel"), names the product too.
// The same name (or the name before a version word: "the Kestrel" beside "the Kestrel Pro")
// after "the" as the head of its phrase names the product too. A name that elsewhere speaks
// ("Kestrel said"), owns ("Kestrel's") or has a firm's cue around it stays an organisation.
class ProductCues : public Products {
 public:
  using Products::Products;
  void drop_cued_products();

 private:
  bool launched(const Candidate& c) const;  // the object of a verb of launch_verbs.txt
  bool object_determiner(size_t k) const;  // token K a determiner (determiners.txt) of a launch's object
  bool versioned(const Candidate& c) const;  // ", the new version of", ", version 2"
  // The length of C's maker's name at its start (0 if none): the first word, an organisation's
  // name alone elsewhere in the text (MAKERS).
  size_t maker_before_model(const Candidate& c, const std::unordered_set<std::string_view>& makers) const;
  bool speaks_as_firm(const Candidate& c) const;  // "Kestrel said", "Kestrel's", a firm's cue
  void read_makers(std::unordered_set<std::string_view>& makers) const;  // see maker_before_model()
};

// "Orange unveiled a new phone on Tuesday.": a lone common word opening a sentence (weak:
// kept only if it resolved) right before a verb of launch_verbs.txt in lower case and its
// object (an article or a possessive, or "new") is a firm's name: a common noun opens a
// sentence bare only as a mass noun or a body of people ("Police launched an appeal";
// collective_nouns.txt), and those launch nothing a firm makes. Not a plural ("Rebels
// launched an attack").
class LaunchingFirms : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;
  void keep_launching_firms();
};

// "Velm - Tarco", "Tarnwell - Oakby", "Oakby - Dunmere - Kestow": text written as tokens sets
// a hyphen apart with spaces, and the scan, which takes a spaced hyphen for a dash, finds the
// parts as names of their own. Two names of the rules or the tagger on one line, a spaced
// "-" (no other dash) between them, are one name when both are organisations' (an
// organisation) or places' (a place, as a district or a seat joining two is), or a place's and
// a lone word read as a person's ("Saskatoon - Humboldt"). A dash before an apposition joins
// names of two kinds ("based in Tarnwell - Velmora") and stays. Gazetteer entries keep their
// parts: a known name is no part of another. Tested by revision_hyphens_test.cc.
class SpacedHyphens : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;
  void join_spaced_hyphens();
};

// "Speaking to reporters in Tarnwell, Orvel said the plan would work.": a lone name the rules
// typed an organisation's by default (no list, head word or title; a word only GeoNames knows
// as a town too), right after the comma closing a sentence's opening phrase of a person's
// speaking (speaking_openers.txt) and before a verb of saying, is a person's. Not before "it"
// ("said it would", a firm's), and a firm's cue elsewhere (FirmNames, after this) still wins.
// Tested by revision_speakers_test.cc.
class SpeakingSubjects : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;
  void type_speakers();

 private:
  // Whether another name of the text opens with C's one word.
  bool named_elsewhere(const Candidate& c) const;
};

// Members' titles ("MP", "MEP", "Member of Parliament": the roles of thing_acronyms.txt and
// their spelled-out forms) inside names and at their ends, which they part into the party,
// the seat and the member. Tested by revision_roles_test.cc.
class MemberTitles : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "Labour MP Ann Corrin", "MP Ann Corrin", "the Tavoro Greens MEP for Vell": a member's
  // title (a role of thing_acronyms.txt, or its spelled-out form) inside a name of the rules
  // parts it. The words before it name the party, an organisation (or the gazetteer's entry
  // they are; a lone common word, "Independent", names nothing), the capitalized words after
  // it the member, a person after a title, and those after "for" (and an article) the seat,
  // a place, or the party served when an organisation's head word is among them ("Member of
  // Parliament for the Party of Tavoran Farmers"). Only words that look like a person's name
  // (person_after_role()) part it: "TD Bank", "CFO Magazine" stay whole. A name that opens
  // inside a title spelled out ("Parliament Ola Brandt" at a sentence's start) starts after
  // it, or past its "for" at the seat ("National Assembly for Vell").
  void split_at_roles();
  // "Quellish Alliance MP", "a Tavoran Union Member of Parliament": a member's title at the
  // end of a longer name comes off it; a lone common word left ("Independent MP") names
  // nothing, but a party's word does ("a Conservative MP"). The title spelled out, alone or
  // counted ("two Members of Parliament"), names nothing. The gazetteer's names stay.
  void cut_trailing_roles();

 private:
  // The first role token inside C with only capitalized words (or "for" and them) after it,
  // or SIZE_MAX.
  size_t role_inside(const Candidate& c) const;
  // The tokens of a member's title at K before LAST: 1 for a role of thing_acronyms.txt in
  // capitals ("MP"), the length of its spelled-out form there ("Member of Parliament"), else 0.
  size_t role_at(size_t k, size_t last) const;
  // Where the seat's or the party's name starts after a title ending at A: past "for" and an
  // article ("MP for the Tavoran Party"); A itself when no "for" follows.
  size_t after_role_for(size_t a, size_t last) const;
  // Whether the capitalized words [A, B) after a member's title look like a person's name:
  // a given name first, or no head word and no dictionary word among them.
  bool person_after_role(size_t a, size_t b) const;
  // A lone common word ("Independent"), no party's word: names nothing before a title.
  bool lone_common_word(size_t a, size_t b) const;
  // A name of the tokens [FIRST, LAST): the gazetteer's entry when they are one, else TYPE.
  Candidate part_name(size_t first, size_t last, std::string_view type) const;
  // The type of the name [A, LAST) after a title's "for": the party served when an
  // organisation's head word is among its words, else the seat.
  std::string_view served_type(size_t a, size_t last) const;
};

// An organisation's name with a possessive inside it ("the People's Party"). Tested by
// revision_possessive_test.cc.
class PossessiveBodies : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // A capitalized common word that is no head word, its possessive ("'s", "'") and up to
  // five capitalized words after it of which one is an organisation's head word
  // (heads.tsv) are one organisation's name up to that head: "the People's Party", "the
  // Farmers' Union", "the Tarnese Workers' Party" (up to three capitalized words before it
  // taken in, not a common word opening the sentence nor a day or a month). A name's possessive ("Tarnia's Labour Party") is the owner's.
  void join_possessives();

 private:
  // The last token of an organisation's head word among the capitalized words after the
  // mark at token I; 0 for none.
  size_t body_head_after(size_t i) const;
};

// Names a transcript's editor completes in square brackets. Tested by
// revision_brackets_test.cc.
class BracketedNames : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "[George H. W.] Bush", "[Prime Minister Anna] Korvath", "Jeff [Marlow] said": an editor
  // puts the part of a name the speaker left out in square brackets beside the part said;
  // the two are one name. The bracket holds capitalized words and initials only, stands on
  // the name's line and touches it (a name right after "]", or one right before "[" with no
  // capitalized word after "]"). The name is a person's when either part is or opens with a
  // given name or a title.
  void join_bracketed_names();

 private:
  // The token closing the bracket opened at token I ("[" of a name's words), or 0.
  size_t bracket_close(size_t i) const;
  // Whether token K, inside a bracket closing at CLOSE, may be a word of a name: a name's word
  // or an initial with its full stop, no dictionary word, acronym or party label.
  bool name_word(size_t k, size_t close) const;
  // Whether tokens FIRST to CLOSE are a gazetteer name of no person ("Reuters").
  bool known_body(size_t first, size_t close) const;
};

// Names of storms. Tested by revision_storms_test.cc.
class StormNames : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "Hurricane Katrina", "Typhoon Haiyan", "Tropical Storm Bret": a storm word of
  // storm_words.txt, after its qualifiers, opening a run of capitalized words and followed by
  // one more capitalized word, the storm's own name, names an event, whatever the rules took
  // its name for (a person's "Katrina", an organisation's "Haiyan"). The storm's name alone
  // elsewhere in the text ("Katrina's winds") is the storm's too. Not inside a longer name
  // ("the National Hurricane Center", "the Hurricane Katrina Relief Fund") nor before a head
  // word ("Hurricane Center").
  void name_storms();

 private:
  // The end of a storm's name opening at token I, or 0.
  size_t storm_at(size_t i) const;
  // The grouping key of the storm whose own name is token NAME.
  std::string storm_key(size_t name) const;
};

// Bodies of state named by one capitalized noun. Tested by revision_institutions_test.cc.
class InstitutionNouns : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "the Government", "the Court", "the Senate": a noun of institution_nouns.txt, capitalized
  // after a lower-case "the" (or "this": "this House") inside a sentence, names the body the
  // text speaks of, an organisation, where no name covers it and no longer name of the text
  // holds the noun ("the Vell Council ... the Council" speaks of that one). Not on a line in
  // title case,
  // nor before another capitalized word or "of" and one ("the Court House", "the Council of
  // Vell"), whose longer name is the rules'.
  void name_institutions();

 private:
  // Whether token I is such a noun.
  bool institution_at(size_t i) const;
};

// A party's name and the noun of what it forms after it. Tested by revision_party_test.cc.
class PartyTails : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "the Vell Labour Party Coalition", "the Reform Party of Tarnland Cabinet": a name of the
  // rules that ends in a noun of party_tails.txt right after "Party", or after "Party of" and
  // one to three capitalized words, ends before the noun: the party is named, its coalition
  // or cabinet is not. The gazetteer's names stay.
  void cut_party_tails();

 private:
  // Whether the tokens [K, LAST) of a name, after its word "Party", are none or "of" and one
  // to three capitalized words (the party's country).
  bool party_ends_at(size_t k, size_t last) const;
};

// Parties named by the plural of a word of affiliation. Tested by revision_party_test.cc.
class PartyPlurals : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "the Welsh Radical Socialists", "Agrarian Socialists", "the Breton Greens": one to
  // three capitalized words right before the plural of a word of party affiliation
  // (party_words.txt) on its line, each a dictionary word, a nationality word, a word of
  // affiliation or a place of the gazetteer, name a party with it, an organisation, whatever
  // the rules made of its words (they take no run of common words alone; a nationality word
  // alone is a place's). On the politics text every such name the annotation has is a
  // party's. No function word, head word or body's noun ("Senate Democrats", "House
  // Democrats": a chamber's members; institution_nouns.txt), person's name or word in
  // capitals takes part, nor a month or a day ("In March Republicans took control";
  // not_names.txt), nor a name running in from before, nor a sentence's first word that
  // is only a dictionary word ("Moderate Democrats backed it"); a name that holds the plural
  // and words before it already ("the Party of Liberal Democrats") stays as it is.
  void name_party_plurals();

 private:
  // Whether token K is the plural of a word of party_words.txt ("Democrats", "Tories").
  bool party_plural(size_t k) const;
  // Whether token K can stand in such a party's name before its plural.
  bool party_word_before(size_t k) const;
  // Whether token K is a nationality word, a word of affiliation or a place of the
  // gazetteer: a party's word where its capital is no evidence (a sentence's first word).
  bool party_word_by_itself(size_t k) const;
};

// A person's name and the numeral "I" after it ("Pope Damasus I"). Tested by
// revision_regnal_test.cc.
class RegnalNames : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // The scan takes in the numerals of two letters or more after a name (Words::regnal);
  // "I" is the pronoun as often, so it joins a name read as a person's only right before
  // "of", a bracket or punctuation ("James I of Vellmark", "Damasus I (305-384)"), not
  // before a word ("Mr. Hale I know"), a dash or an ellipsis; before a comma or a bracket
  // only after a name of one word or a ruler's title (ruler_titles.txt).
  void join_numerals();

 private:
  bool first_numeral_at(const Candidate& c) const;
};

// Two names joined by a hyphen before a noun ("the Tarnwick-Vell talks"). Tested by
// revision_pairs_test.cc.
class NamePairs : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "the Tarnwick-Vell border", "the Orrin-Tarnwick trade talks": one word of two names or
  // more that the gazetteer (or the towns' list) knows each, joined by hyphens, before a
  // lower-case word on its line, names what is between them (a border, a war, a summit) and
  // no entity of ours; it is dropped. The rules leave out a pair of two types themselves
  // (Words::hyphen_pair()) and keep one of a single type, which may be one place
  // ("Orrin-Tarnwick", a union of the two): such a pair goes here when it is read as no place after all. A
  // compound the gazetteer knows whole stays, and so do names of unknown parts
  // ("Brandt-Velk", a double surname). A compound of nationality words alone
  // ("Korean-American") goes whatever follows it: it names a people, no entity of ours.
  void drop_hyphened_pairs();

 private:
  bool hyphened_pair(std::string_view word) const;  // every part of WORD a known name, two or more
  // Every part of WORD a nationality word of demonyms.tsv, two or more ("Korean-American").
  bool nationality_compound(std::string_view word) const;
};

// The edges of names the rules or the tagger set amiss: an acronym glossed by the name it
// stands for, a function word after a name's last word, a website's domain left out. Tested
// by revision_edges_test.cc.
class NameEdges : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "VSC for Vell Science Council", "TCA for the Tarn Canoe Association": a name of the rules
  // or the tagger that opens with a word in capitals, then "for" (and an article), then
  // capitalized words whose initials spell the acronym (words in small letters, "of" and
  // "and", passed over), is a gloss, two mentions of one body: it is parted into the acronym
  // and the name after "for", both of the name's type, and the acronym is the name's. Not
  // "MP for Tarnwick" or "Fund for Vell Relief" (the initials do not spell the first word).
  void split_glossed_acronyms();
  // "Tarnwick On Saturday", "Anna Vell The": a name of two words or more that ends in a
  // capitalized function word (a preposition, an article, a conjunction) ran on into the words
  // after it, whose first word a heading or a lost line break capitalized: the name ends
  // before it. What is left, when the gazetteer knows it whole, takes the gazetteer's entry
  // and type.
  void cut_trailing_function_words();
  // "Tarnwell.com", "Vellnews.co.uk": a name written right before "." and a suffix of
  // domain_suffixes.txt, with no space between them, is a website's name and takes them in.
  void take_in_domains();
  // "Anna d'Orvelle", "Jean le Roy d'Ostrand": a name right before a word of an elided
  // particle and a capital ("d'Orvelle", "d’Orvelle"), one space between them on one line,
  // takes it in: the particle is the surname's, which the rules leave out as a word in small
  // letters.
  void take_in_elided_particles();

 private:
  // The end of the gloss of the acronym at token K: the tokens after "for" (and an article)
  // up to the name's end LAST spell the acronym; 0 when they do not.
  size_t gloss_start(size_t k, size_t last) const;
};

// Words whose form names no entity: office holders named by their title's plural, nouns of
// a process and participles made from a name. Tested by revision_edges_test.cc.
class WordForms : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // A one-word name typed ORG, unknown to the gazetteer and after no title, goes when it is
  // the plural of a title of one word (titles.txt: "Senators swore the oath", "when Governors
  // meet": the office holders, people, no body), or a word made from a name by "-ization",
  // "-isation", "-ification" or "-ified", "-ized", "-ised" ("the Tarvonization of the
  // coast", "lands they thought Tarvonified"): a process or a state, no body.
  void drop_word_forms();

 private:
  bool title_plural(std::string_view w) const;
  static bool derived_word(std::string_view w);
};

// Names that the words around them mark as places. Tested by revision_places_test.cc.
class PlaceContexts : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "the town of <name>", "mayor of <name>", "fled to <name>", "a <name>-based company",
  // "the <name> seat" (place_contexts.tsv; "fled to" only for a name typed ORG for want of
  // evidence, "<name> seat" only for one typed by default or by the tagger),
  // and the place of a wire dateline ("VARNHOLT, March 6 (Wire) - ..."):
  // a name of the rules of three words at most that such words frame is a place (GPE),
  // whatever type the rules or the tagger gave it; names of the gazetteer, of a head word or
  // after a title keep their types.
  void type_places();
  // "in Port Alder", "across Lake Willow": a place's opener (place_openers.tsv) and one or two
  // capitalized common words after it (capitalized_common_word(): "Mount Heather" too) that
  // no name holds, inside a sentence, with no head word among them and no capitalized word
  // either side, are a place the rules left out. After the tagger, so its training sees the
  // same names as before.
  void find_opened_places();

 private:
  bool place_context(const Candidate& c) const;
  // Whether C reads as a party's label before "seat": one dictionary word ("Labour", "Green")
  // or a name with a word of party_words.txt in it.
  bool party_label(const Candidate& c) const;
  // Whether the noun phrase ends before token K: no word in small letters there, or a
  // function word, a verb in the past tense or one of place_contexts.tsv's "verb-after" ("the
  // Kessock seat in 1997", "the Kessock seat fell", "the Kessock seat is"; not "the Tarnco
  // seat belt", "the Velmora riding school").
  bool phrase_ends_at(size_t k) const;
  // The place of a wire dateline opening a line ("VARNHOLT, March 6 (Wire) - ...").
  bool dateline_place(const Candidate& c) const;
};

// Names the rules cut or ran on. The passes each run only when one look at every name finds
// it may have work in the document. Tested by revision_repair_test.cc.
class Repairs : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // Runs the passes below and those of Joins that the names call for, in order.
  void run();
  // "the New Year", "Diwali", "New Year's Day": names inside the words of a holiday of
  // holidays.txt (the longest from a name's first word, on one line) are a day of the
  // calendar, the timeline's, no entity, whatever the rules or the tagger made of them
  // (after the names of common words are found).
  void drop_holidays();

 private:
  size_t holiday_end(size_t k) const;  // the end of the longest holiday's name from token K, or K
  // A one-word name typed ORG, unknown to the gazetteer, ending like a word of followers,
  // peoples or schools (group_suffixes.txt: "Calvinists", "Hegelian") is dropped.
  // So is a name of two words or more, unknown to the gazetteer, ending in a head word of a
  // thing no entity of ours is (thing_heads.txt: "Tessin Prize", "Varro Plan", "Odd Hour Podcast").
  // So is a genus's name before its species' (species_name()).
  void drop_group_words();
  bool group_word(const Candidate& c) const;
  bool thing_name(const Candidate& c) const;
  // "Formica fusca", "Beauveria bassiana": a one-word name of the rules, unknown to the
  // gazetteer and untitled, right before a word in small letters that no dictionary knows
  // and that ends as a Latin epithet does (-a, -ae, -i, -us, -um, -is, -ensis) names a
  // species, no entity of ours.
  bool species_name(const Candidate& c) const;
  // "Figure 3", "Table 2.1", "Chapter 4": a one-word name, unknown to the gazetteer, made of
  // a noun of reference_nouns.txt right before a number (on the same line) labels a part of
  // the text and is dropped.
  void drop_reference_labels();
  bool reference_label(const Candidate& c) const;
  // "the Tavoro National Congress": a one-word name of the gazetteer that is a common word
  // ("Congress") right after a name of the rules of free capitalized words (not a person's
  // opened by a given name) is the head of one longer name, an organisation's, not the
  // gazetteer's body.
  void join_known_heads();
  bool known_head(const Candidate& c) const;
  bool surname_of_person(const Candidate& c) const;  // one word, the last of a person's name here
  // "Aisha al-Mana", "Abd al-Karim Qasim": a name of the rules whose first word is no
  // English word (nor a proper noun of the dictionary), that takes an Arabic article
  // ("al-") after it and has no head word is a person's; a place's or a group's name opens
  // with its article ("Al-Ahram") or a head word.
  void type_arabic_names();
  bool arabic_person(const Candidate& c) const;
  // A lone common word opening a sentence stays weak (kept only if it resolves to a name
  // of the document) even when the tagger typed it, when the document does not use it as
  // a name elsewhere or when an object follows it ("Stir the sauce", "Stir it").
  void weaken_sentence_words();
  // "Orvalle won the seat", "Kessany campaigned for it": a lone word opening a sentence that
  // no dictionary knows in any case, before a verb in the past tense (acting_at), tells what
  // someone or something did and is a name on that evidence alone, no longer weak (its type
  // left to the rules and the tagger); not one ending in "s" ("Policymakers voted": a newer
  // noun of people the dictionary lacks), nor one of three letters ("Pre arranged").
  void confirm_acting_openers();
  // "Republican Tom Hale": a person's name of three words or more opening with a word of
  // party affiliation (party_words.txt) and then a capitalized word starts after it; so does
  // such a name read as an organisation's when a given name (curated or open lists) follows
  // the label and no head word is in it, and it is a person's.
  void strip_party_words();
  // "a Radical Farmers' Union of Kessar rally", "with the Green Workers' League of Tarn": an
  // organisation's name of the rules opening with a head word and "of" takes in the
  // capitalized words right before it on its line (and a possessive between them) that no
  // other name holds, up to a function word, while party_own_word() holds: they are the
  // party's own name.
  void widen_head_names();
  // Whether capitalized token J can be a word of a party's own name before its head: a
  // party's label (party_words.txt) or a nationality word, or a dictionary word inside a
  // sentence; never a day's or a month's name, nor a place the gazetteer or the place lists
  // know.
  bool party_own_word(size_t j) const;
};

// Names joined over the words the rules stop at. Tested by revision_repair_test.cc.
class Joins : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "the Party for the Greens", "Union for a Fairer Deal": an organisation's name runs on
  // over "of", "for" or "on" and an article when the word before them is a head word; the
  // name ending there, or the capitalized words before it, open it, and the head word types
  // it; a place after the article may end it ("Party of the Moorlands"), an organisation's
  // own name may not.
  void join_article_names();
  // "Movement for Rights and Freedoms", "Social Democratic and Labour Party": an
  // organisation's name of a head word runs on over "and" when the words on the other side
  // are capitalized dictionary words that no other name claims (the name of a head word and
  // "of" or "for" and a tail ending in such a word takes them after it; one ending in its
  // head word takes them before it, up to the article or the function word before them).
  // "University of Tavoro and Kessar", "Ministry of Defence and NATO" stay two names.
  void join_coordinated_names();
  // "Ann O' Dowd": a name of the rules ending in a one-letter capital, an apostrophe right
  // after it, and a capitalized word (after a space at most) takes in the rest of the
  // surname, and is a person's.
  void join_apostrophe_names();
  // "the Ruritanian Greens", "the Tavoran Democrats": a one-word organisation's name that is
  // the plural of a word of party affiliation (party_words.txt) takes in the nationality
  // word right before it: the party of that country, one name.
  void join_demonym_parties();
  // "Procter & Gamble", "Marks & Spencer": capitalized words either side of a lone ampersand
  // on one line are one name, an organisation's (a firm's partners, a pair of founders), and
  // the names of the rules within it go; a place joined so that the gazetteer knows with
  // "and" ("Trinidad & Tobago") takes the gazetteer's entry. A title before it ("Mr & Mrs")
  // is no part of it, and plain words in a heading or opening a sentence ("Arts & Culture")
  // are no name. Before a number ("the Standard & Poor's 500") it names a market index, no
  // entity: it goes, with the names of the rules within it.
  void join_ampersand_names();

 private:
  bool names_organisation(const Candidate& c) const;
  // Token K ends a member's title spelled out ("Member of Parliament", "Members of the
  // National Assembly"; thing_acronyms.txt): a role, no body to run on from.
  bool ends_member_title(size_t k) const;
  // The end of the capitalized dictionary words from I on the line (no other name's), or I.
  size_t common_words_from(size_t i, size_t limit) const;
};

// Names of common words: lone dictionary words taken as names, dropped, and runs of
// capitalized common words the rules left out, added. Tested by revision_common_test.cc.
class CommonWords : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "swore the Pledge.", "the Harbour of the town", "Sure, it is": a name of one capitalized
  // word, typed ORG or PERSON ("spoke to the Nation."), matching no gazetteer entry, found by no head word or title, that is a
  // common word in lower case (no given name, no word the dictionary has only capitalized),
  // names nothing when a determiner (determiners.txt, either case) comes before it and it ends
  // its noun phrase (punctuation, a function word or the line's end follows), or when it opens
  // a sentence, set off by its punctuation, and the document never capitalizes it inside a
  // sentence. Where the document also uses it otherwise ("Ford said", "the Ford plant") it is
  // a name throughout.
  void drop_lone_common_words();
  // "the carmaker Ford said", "as Harbour told reporters": a lone common word capitalized
  // inside a sentence (not opening it, not on a heading's line) right before a verb of saying
  // in lower case is a name on that evidence, as one opening a sentence before one is
  // (Segments::one_word): the rules left it weak, kept only if it resolved.
  void keep_speaking_names();
  // "Further, the crews ... Further talks ...", "Keep watering ... Keep the soil damp": a lone
  // common word that the document capitalizes only where it opens a sentence, and that opens
  // half its sentences or more as an adverb or an imperative does (set off by punctuation,
  // or before a verb in -ing, an article or a particle), is capitalized by its place: its
  // names go ("Orange have cut prices. Orange said ..." stays a name).
  void drop_opening_words();
  // "the Hegelian reading", "Anglo-Irish settlers": a name of one word of an adjective's
  // form (adjective_before_noun()) that no list, head word or title typed goes.
  void drop_adjective_names();
  // "from Open Door Watch", "the United Farmers of Tarn": two capitalized words or more
  // inside a sentence, each a common word in lower case (with "of", "for" or "on", and an
  // article, between them), that no name holds, are one name the rules left out (they take
  // no run of common words alone) when the tagger reads every capitalized word of it as part
  // of a name but is not sure enough of it to add it itself (TaggerMargins::add, tagger.h: what
  // it is surer of and is not here a pass dropped). A head word ending it types it, else the
  // tagger's kind ("Cold War" an event, "Broken Ridge" a place); the tagger's people of
  // common words are left out. A place named right after its "of" or "for" ends it. Not in a
  // heading, not opening a sentence, not opened by a title ("Prime Minister"), no function
  // word, given name, word no name takes (not_names.txt) or nationality word in it; no name
  // or capitalized word next to it, nor after a possessive or a joining word that carries
  // the name on ("Working Mothers' Action League", "Young Friends of the Earth").
  // After the tagger, so its training sees the same names as before.
  void find_common_word_names();

 private:
  bool lone_common_word(const Candidate& c) const;
  // A capitalized common word at token K that a name of common words can hold. Asked of the
  // capitalized words the Context lists and of the words after each: the token's own flags
  // are tested here, inline, before the call that reads its marks through their vectors and
  // the word lists.
  bool capitalized_common(size_t k) const {
    const Token& t = toks_[k];
    if (!t.word || !t.cap || t.all_caps || t.digit || t.nl) return false;
    return capitalized_common_word_at(k);
  }
  bool capitalized_common_word_at(size_t k) const;  // capitalized_common() past the token's flags
  bool framed(size_t k) const;  // a determiner before token K ending its phrase, or a sentence's set-off first word
  bool ends_phrase(size_t k) const;  // punctuation, a function word or a line's end after token K
  bool opens_as_adverb(size_t k) const;  // see drop_opening_words()
  // A word right before a lower-case word that is no verb in -ed or of saying, in -ian, -ean,
  // -ic or -ist ("Hegelian reading", "Tarvonic peoples", "Ostrelist movement", not "the
  // Trevellian printed"), or a nationality after a hyphen
  // ("Anglo-Irish settlers"); no given name, surname or gazetteer name.
  bool adjective_before_noun(size_t k) const;
  // The steps of find_common_word_names(). HELD marks the tokens of the names found.
  bool joining_word(size_t k) const;   // "of", "for" or "on" inside a name's line
  bool capital_token(size_t k) const;  // a word opening with a capital, in capitals or in figures
  // The end of the run of capitalized common words (joined by a joining word and an article)
  // from START, with the count of its WORDS.
  size_t common_run_end(size_t start, const std::vector<char>& held, size_t& words) const;
  bool tagger_unsure(size_t start, size_t last) const;  // every capital tagged, not surely enough
  size_t place_after_of(size_t last, const std::vector<char>& held) const;  // the end with its place
  bool carried_on(size_t last, const std::vector<char>& held) const;  // the name goes on past LAST
};

// Names written in capitals after a title, and a transcript's speaker labels. Tested by
// revision_caps_test.cc.
class CapitalNames : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "SECRETARY HALE: Thank you.", "MR. VARGA: No.", "QUESTION: Why?": in a transcript (lines open
  // with words in capitals and a colon, and one such label comes back) a label of a title and capitals
  // names the speaker, a person; a title alone or a common word ("QUESTION") names no one, and
  // the rules' names in it go. "Admiral HALE", "Generals HALE and VARGA": a surname in capitals
  // after a person's title (its plural no part of the name) is a person's, and so are the
  // names in capitals of five letters or more listed right after it. Names of the gazetteer stay.
  void type_capital_names();

 private:
  // The colon ending a speaker label that opens the line at token I, or 0.
  size_t label_end(size_t i) const;
  void type_labels();
  void type_titled_capitals();
};

// Firms named like people. Tested by revision_firms_test.cc.
class FirmNames : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "shares of Brill Harwood", "Brill Harwood, which ...", "analysts at Brill Harwood",
  // "Brill Harwood said it would ..." (firm_cues.tsv; "Brill Harwood Inc." is grouping's):
  // a name of the rules that such words stand around is a firm's,
  // whatever the rules or the tagger read it as, and so is every mention of the same name in
  // the document read as a person's ("Brill Harwood said"). A name a title opens or the
  // gazetteer knows stays, and so does the surname of a person the document names in full
  // with a given name first ("Anna Harwood ... Harwood, which").
  void type_firms();

  // "Lega Popolare Alpina", "Banco Ferreira Lobo": a name read as a person's, of two words
  // or more, that opens with a head word of a language that puts it first (leading_heads.txt)
  // is a body's, unless the gazetteer or a title types it; of three words or more when the
  // head is also a given name ("Liga Ozola" is a person). A place stays a place ("Banco
  // Chinchorro", a reef). So is one that holds, anywhere, a word of such a body's name in
  // another language than English that no person's name holds ("Unione Nazionale Tarnese",
  // "Nuova Sinistra"; body_words.txt), unless the word is a given name or a surname of the
  // open lists.
  void type_head_first_bodies();

 private:
  bool holds_body_word(const Candidate& c) const;
};

// A lone name that opens its clause and acts there is a person's. Tested by
// revision_subjects_test.cc.
class ActingSubjects : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "In 2004, Tarvel was ...", "During his term, Tarvel faced ...": a name of one word typed
  // an organisation's by default alone (no capital inside: "VellTech"), standing after the
  // sentence's opening phrase and its comma, with a verb in the past after it, maybe behind
  // an adverb ("also", "then", "later"), is a person's: a lone word of no list that acts as
  // the subject after such a phrase names a person far more often than a body, when each of
  // the word's mentions in the document stands so (a firm's name comes back in other roles:
  // "Fiat's announcement"). A firm's cue (FirmNames, after this) still wins, and so does any
  // list or head word. A passive of a body's making ("In 1998, Quorvex was founded by ...";
  // founding_verbs.txt) is no act of a person's. Such a name that no dictionary has, opening
  // the sentence itself before "was" or "had" and a participle of a person's life, office or
  // trial, is a person's too ("Varnholt was re-elected", "Varnholt had resigned";
  // person_participles.txt, person_perfects.txt; described_opener()).
  void type_acting_subjects();

 private:
  // Whether token K stands first in its clause, no name ending after PREVIOUS_END before it.
  bool opens_clause(size_t k, size_t previous_end) const;
  bool acts_at(size_t k) const;       // whether a verb of the subject's stands at token K
  // Whether C is a sentence's first word that no dictionary knows, "was" and a participle of
  // person_participles.txt or "had" and one of person_perfects.txt after it.
  bool described_opener(const Candidate& c) const;
  bool owns_in_sentence(size_t k) const;  // whether "its" stands in token K's sentence
  // Whether C is followed by a verb of saying ("said", "added": cues.tsv's person-after), maybe
  // "that", and then "he", "she", "his" or "her": the speaker of a person's pronoun ("Varnholt
  // said he would resign").
  bool speaks_of_self(const Candidate& c) const;
};

// People read from the words around their names. Tested by revision_people_test.cc.
class PersonCues : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "Kessel managed to ...", "Mara Ostrow, who ...", "the winning candidate, Mara Ostrow, ...",
  // "the physician Ilse Varn", "directed by Tomas Reyl" (person_cues.tsv; a weak cue, one
  // that a body named in one word takes too, types a name of two words or more): a name of the
  // rules or the tagger read as an organisation's, or a sentence's weak first word, that such
  // words stand around is a person's, and so is every other mention of the same name read as
  // an organisation's. Names of the gazetteer, of a head word (in any of their words: "the
  // Tarn Party, who"), in capitals or with a lower-case word inside, and places stay, and so
  // does a name after "of" ("Ann Varga of Tarn Review, who": the cue is the whole phrase's);
  // a firm's cue elsewhere in the document (FirmNames, after this) wins over a person's. A
  // name read as a person's already is confirmed so, and its other mentions follow it. One
  // word of a cued name of two, its first or its last, alone names the person too ("the
  // composer Merrow Dalt ... Merrow played"; grouping joins it).
  void type_cued_people();

 private:
  bool retypable(const Candidate& c) const;  // see type_cued_people()
};

// A person's name run on over "of" into a body or a place. Tested by revision_caps_test.cc.
class PeopleOf : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "Ann Varga of the Tarn Review", "Piet Oster of Vell", "Kessar II of Orrin": a person's
  // name of the rules of two words or more (a given name first, or a regnal number last)
  // before "of" and capitalized words is that person and, after "of", a name of its own: the
  // gazetteer's entry, a head word's type, a known place, or else an organisation's. One word
  // before "of" ("Anna of Vell", "Earl of Tarn") is one name, a title or a byname. A name
  // read as an organisation's is split so too ("Marta Ostrevik of Vellcorp Holdings", typed by
  // its head word) when the words before "of" are a person's: two or three capitalized
  // words, a given name first (of the open lists too), no head word ("Ludwig Marten
  // University of Tarn") or known place among them, and the last a surname of the lists
  // where it is a common word (so for a person's name too: "Warren Museum of Art" stays whole).
  void split_people_of();

 private:
  bool person_before_of(size_t first, size_t of) const;
};

// A name run on over "on" into a subject or a place. Tested by revision_on_test.cc.
class NamesOn : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "Vellacott on Card Games", "Tarby on Rynø", "Vell on Orrin Island": a name of the rules
  // whose words before "on" are one to three capitalized words of no dictionary, head or
  // title (not "Council on Foreign Relations", "War on Want") is split there. Before capitalized
  // common words alone it is a work's title, an author and the subject: the author stays, a
  // person unless the gazetteer or the open lists know the words, and the subject goes. Before
  // a place (the gazetteer's, a place's head word, the open lists) it is a town on an island,
  // a lake or a river: two places.
  void split_names_on();

 private:
  bool plain_subject(size_t a, size_t b) const;  // [A, B) capitalized common words alone
  // [FIRST, LAST) one word, "on" at ON and one word of a river (WordNet's LOC) or a sea's
  // head: "Stratford on Avon", "Southend on Sea", one town.
  bool town_on_water(size_t first, size_t on, size_t last) const;
  // [A, B) a GPE of the gazetteer (a country, a state): a subject spoken on, no island.
  bool country_topic(size_t a, size_t b) const;
  // LEFT an author's name before "on": the gazetteer's ENTRY's type when known (ENTRY >= 0),
  // else a person unless its words name something else.
  void type_author(Candidate& left, int64_t entry) const;
  // [A, B) a place of TYPE after "on", with its gazetteer entry or its head.
  Candidate place_part(size_t a, size_t b, std::string_view type) const;
  // Token K a plural that is no surname: "Pacifists on Trial" names a group, no author.
  bool group_plural(size_t k) const;
  // The type of a place [A, B): the gazetteer's, a place's head word's, GPE for the open
  // lists' places; empty when no place.
  std::string_view place_type(size_t a, size_t b) const;
};

// A body's office named after it. Tested by revision_offices_test.cc.
class BodyOffices : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "the Tarnish Union Office for Fisheries", "the Vell League Commission on Water": an
  // organisation of the gazetteer right before a name of the rules that opens with an
  // organisation's head word, one space between them on a line, names one body, the
  // organisation's office: the two are one name.
  void join_offices();
};

// Names listed together. Tested by revision_list_test.cc.
class ListedNames : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  // "Vell, Orrin, Tascany and Brume", "Ann Hale, Tom Varga, Zell and Piet Oster": three
  // names or more on one line, each after a comma, "and" or "or" (a bracket after a name,
  // "Orrin (Tascany)", is passed over), name things of one kind. Where one or more of them
  // the rules typed on evidence (the gazetteer, a head word, a title, a given name, a place
  // list; a lone given name is none) and those all agree, a place's or a person's or an organisation's, the names that
  // only the tagger or the default typed take that kind. Two names joined by "and" or "or"
  // are such a list only for a person's partner (pair_people()).
  void type_listed_names();

 private:
  // The candidate listed right after candidate J ("J, K", "J and K", "J (x), or K"), or
  // SIZE_MAX.
  size_t listed_after(size_t j) const;
  // Whether token K, before the candidate at token NEXT, is a member of the list the rules
  // did not take for a name (a dictionary word: "Elam, Media, Persia"): one capitalized
  // word, then a comma, "and" or "or".
  bool unnamed_member(size_t k, size_t next) const;
  // Two names joined by "and" or "or", candidates A and B: where one is a person's on
  // evidence (the gazetteer, a title, a cue, or the rules' name of two words or more) and
  // the other an organisation's only by default or by the tagger (no head word, no
  // lower-case word, no acronym), the other is a person's too ("Orlek and Ann Hale"). Not a
  // name after "of" ("Tom Harlan of Quarrow and Ann Hale": the firm is his), one that joins
  // a lower-case letter to a capital inside a word ("Ann Hale and VellTech"; "McCall",
  // "DeWitt" are surnames), nor a name of one word after the person's ("Ann Hale and
  // Tarnwell": a person is paired with a firm or a party named in one word as often). The
  // same before the person's name ("Tarnwell and Ann Hale") would cost the training text
  // (gum-other-train 0.596 -> 0.595), so the order is kept as measured.
  void pair_people(size_t a, size_t b);
  bool person_on_evidence(const Candidate& c) const;
  bool org_by_default(const Candidate& c) const;
  // An organisation's name on evidence: the gazetteer's or a head word's.
  bool org_on_evidence(const Candidate& c) const;
  // A person's name only by its shape: two capitalized words or more that the tagger, the
  // open word lists or the shape of a foreign name typed a person's, with no given name of
  // the curated lists first, no title, no cue, no initial and no person's of the open lists.
  bool person_by_shape(const Candidate& c) const;
  // A person's name by the open word lists: its last word an open surname ("Kwame Mensah"), or
  // its first an open given name and its last no common word ("Lilly Endowment" is not).
  bool named_by_open_lists(const Candidate& c) const;
  // "Vell Ostra, the Tarn Union and Orrin Beta": in a list of three names or more with an
  // organisation's on evidence and no person's on evidence (the gazetteer's, a title, a cue,
  // a given name of the curated lists, named_by_open_lists), the names that are a person's
  // only by their shape (person_by_shape) are organisations' too.
  void type_shaped_members(const std::vector<size_t>& list);
  // The word before candidate J's name, past an article ("and the Tarn Party": "and").
  std::string_view joint_before(size_t j) const;
};

// Names in headings. A heading (the document's title, a title-case line) capitalizes common
// words and names alike, so its case is weak evidence: a name of the rules there takes its
// type from the same name in the body (or from a body name it is the first or last word of),
// and is kept without one only when the gazetteer knows it or the tagger is sure of it
// (kConfirmMargin, in the perceptron's update units), with the tagger's type. Tested by
// revision_heading_test.cc.
class Headings : public RevisionPass {
 public:
  using RevisionPass::RevisionPass;

  static constexpr float kConfirmMargin = 60;
  void settle_headings();
};

}  // namespace dossier::entities_detail
