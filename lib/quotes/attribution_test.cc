// Attribution conventions of news text and the clause rule for speech, one case each.
#include <catch2/catch.hpp>

#include "mentions/test_doc.h"

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/quotes.h"
#include "dossier/segment.h"

using dossier::Document;
using dossier::Entity;
using dossier::Span;

namespace {

using mentions_test::Ent;

Document doc_of(const std::string& text, const std::vector<Ent>& ents) { return mentions_test::make_doc(text, ents); }

// "text -> speaker" for each speech quote ("-" when no speaker).
std::vector<std::string> attributions(const std::string& text, const std::vector<Ent>& ents) {
  Document d = doc_of(text, ents);
  std::vector<std::string> out;
  for (const auto& q : dossier::find_quotes(d, *d.entities))
    if (q.speech) out.push_back(q.text + " -> " + (q.speaker ? q.speaker->name : "-"));
  return out;
}

const std::vector<Ent> kPeople = {{"Peter Kovac", "PERSON", {"Peter Kovac", "Kovac"}},
                                  {"John Hale", "PERSON", {"John Hale", "Hale"}},
                                  {"Acme Airplanes", "ORG", {"Acme Airplanes"}}};

}  // namespace

TEST_CASE("A verb of proposing, demanding or blaming is a cue like said", "[quotes]") {
  CHECK(attributions("Peter Kovac called for \"an immediate halt to all testing\" on Monday.", kPeople) ==
        std::vector<std::string>{"an immediate halt to all testing -> Peter Kovac"});
  CHECK(attributions("Peter Kovac blamed \"years of neglect and bad planning\" for the delay.", kPeople) ==
        std::vector<std::string>{"years of neglect and bad planning -> Peter Kovac"});
}

TEST_CASE("A short quote that is the object of a verb of saying is speech", "[quotes]") {
  CHECK(attributions("Peter Kovac expressed \"deep regret\" over the decision.", kPeople) ==
        std::vector<std::string>{"deep regret -> Peter Kovac"});
  CHECK(attributions("Peter Kovac described it as \"reckless\" on Monday.", kPeople) ==
        std::vector<std::string>{"reckless -> Peter Kovac"});
}

TEST_CASE("A term after so-called or dubbed stays a scare quote even after a cue", "[quotes]") {
  CHECK(attributions("Peter Kovac said the so-called \"reset\" had failed.", kPeople).empty());
  CHECK(attributions("Peter Kovac described the plan, dubbed \"Blue Wave\", on Monday.", kPeople).empty());
}

TEST_CASE("A cue whose subject cannot be found gives way to an earlier cue of the sentence", "[quotes]") {
  CHECK(attributions("Peter Kovac arrived.\n\nHe said the alliance is responding by \"moving more troops east "
                     "than at any time since the war.\"",
                     kPeople) == std::vector<std::string>{
                                     "moving more troops east than at any time since the war. -> Peter Kovac"});
}

TEST_CASE("The person before an apposition naming a role at an organisation is the speaker", "[quotes]") {
  CHECK(attributions("John Hale, president and CEO of Acme Airplanes said, \"This is a wonderful day for all of us.\"",
                     kPeople) == std::vector<std::string>{"This is a wonderful day for all of us. -> John Hale"});
}

TEST_CASE("A title abbreviated with a period does not end the speaker's clause", "[quotes]") {
  CHECK(attributions("\"We will strike first if the situation worsens,\" Gen. Kovac told the delegates.", kPeople) ==
        std::vector<std::string>{"We will strike first if the situation worsens, -> Peter Kovac"});
}

TEST_CASE("A pronoun after a quote does not mean a person named inside the quote", "[quotes]") {
  CHECK(attributions("Peter Kovac spoke last.\n\n\"As John Hale said, we must wait and see,\" he said.", kPeople) ==
        std::vector<std::string>{"As John Hale said, we must wait and see, -> Peter Kovac"});
}

TEST_CASE("A conjunction after a quote starts a new clause, not a speaker", "[quotes]") {
  CHECK(attributions("Speaking to reporters, Peter Kovac said that \"The old firm is history,\" and described a new "
                     "one.",
                     kPeople) == std::vector<std::string>{"The old firm is history, -> Peter Kovac"});
}

TEST_CASE("The one reported or quoted as saying is the speaker, not the agency", "[quotes]") {
  CHECK(attributions("\"We have to guard our borders,\" the Acme Airplanes newsletter reported Kovac as saying.",
                     kPeople) == std::vector<std::string>{"We have to guard our borders, -> Peter Kovac"});
}

TEST_CASE("A passive cue speaks through its agent after by, and names no one without one", "[quotes]") {
  CHECK(attributions("Peter Kovac has been described as \"the most careful negotiator of his time\".", kPeople) ==
        std::vector<std::string>{"the most careful negotiator of his time -> -"});
  CHECK(attributions("Peter Kovac was described by John Hale as \"the most careful negotiator of his time\".", kPeople) ==
        std::vector<std::string>{"the most careful negotiator of his time -> John Hale"});
}

TEST_CASE("A possessive determiner opening the subject is not a speaker's name", "[quotes]") {
  CHECK(attributions("His mother wrote, \"He has no illness that I know of but love.\"", kPeople) ==
        std::vector<std::string>{"He has no illness that I know of but love. -> -"});
}

TEST_CASE("A quoted phrase in the clause a verb of saying reports is speech", "[quotes]") {
  CHECK(attributions("Peter Kovac said that the talks had been a \"serious exchange\" of views.", kPeople) ==
        std::vector<std::string>{"serious exchange -> Peter Kovac"});
  CHECK(attributions("Peter Kovac condemned the country's \"hysteria.\"", kPeople) ==
        std::vector<std::string>{"hysteria. -> Peter Kovac"});
}

TEST_CASE("A turn label in capitals with a stage direction gives a turn without the direction", "[quotes]") {
  std::string text = "Peter Kovac held talks in Vienna on Monday.\n\n"
                     "FOREIGN MINISTER PETER KOVAC: (Via interpreter) Good afternoon. We held talks today.\n\n"
                     "QUESTION: What about the treaty?\n\n"
                     "FOREIGN MINISTER PETER KOVAC: (Via interpreter) We will discuss it later.";
  Document d = doc_of(text, kPeople);
  std::vector<std::string> turns;
  for (const auto& q : dossier::find_quotes(d, *d.entities))
    if (q.kind == "turn") turns.push_back(q.text + " -> " + (q.speaker ? q.speaker->name : "-"));
  CHECK(turns == std::vector<std::string>{"Good afternoon. We held talks today. -> Peter Kovac",
                                          "What about the treaty? -> -", "We will discuss it later. -> Peter Kovac"});
}

TEST_CASE("A company suffix with a period does not end an inverted speaker", "[quotes]") {
  CHECK(attributions("\"We love the old songs,\" said Acme Airplanes Inc. CEO Peter Kovac.", kPeople) ==
        std::vector<std::string>{"We love the old songs, -> Peter Kovac"});
}

TEST_CASE("A standalone quote after a sentence whose subject speaks takes that subject over an earlier speaker", "[quotes]") {
  CHECK(attributions("John Hale said: \"It is a planet of its own.\" Peter Kovac described it as the best plan he had "
                     "seen.\n\n\"We called it the plan of the decade. Nothing came close to it.\"",
                     kPeople) == std::vector<std::string>{"It is a planet of its own. -> John Hale",
                                                          "We called it the plan of the decade. Nothing came close to it. -> Peter Kovac"});
}

TEST_CASE("A short quote completing a verb of describing after as is speech", "[quotes]") {
  CHECK(attributions("Peter Kovac described the events of the day as a \"turning point\" for the firm.", kPeople) ==
        std::vector<std::string>{"turning point -> Peter Kovac"});
}

TEST_CASE("A long title in capitalised words is not speech", "[quotes]") {
  CHECK(attributions("Peter Kovac wrote \"How To Keep Bees On A Roof In The Middle Of A City\" in 2011.", kPeople)
            .empty());
}

TEST_CASE("A person's name set as a heading before first-person paragraphs labels a turn", "[quotes]") {
  std::string text = "Both envoys spoke after the talks.\n\n"
                     "Deputy Minister Peter Kovac\n\n"
                     "The talks were hard. We need firm guarantees.\n\n"
                     "Envoy John Hale\n\n"
                     "Progress is possible. We agreed to meet again.";
  Document d = doc_of(text, kPeople);
  std::vector<std::string> turns;
  for (const auto& q : dossier::find_quotes(d, *d.entities))
    if (q.kind == "turn") turns.push_back(q.text + " -> " + (q.speaker ? q.speaker->name : "-"));
  CHECK(turns == std::vector<std::string>{"The talks were hard. We need firm guarantees. -> Peter Kovac",
                                          "Progress is possible. We agreed to meet again. -> John Hale"});
}

TEST_CASE("A person's name as a heading before third-person text labels no turn", "[quotes]") {
  std::string text = "Both envoys spoke after the talks.\n\nPeter Kovac\n\nHe grew up in Riga and studied law.\n\n"
                     "John Hale\n\nHe joined the service in 1990.";
  Document d = doc_of(text, kPeople);
  for (const auto& q : dossier::find_quotes(d, *d.entities)) CHECK(q.kind != "turn");
}

TEST_CASE("The second quote of a sentence shares the first one's speaker", "[quotes]") {
  CHECK(attributions("Peter Kovac said the plan was \"reckless and dangerous\" and \"bound to fail within a year\".",
                     kPeople) == std::vector<std::string>{"reckless and dangerous -> Peter Kovac",
                                                          "bound to fail within a year -> Peter Kovac"});
}

TEST_CASE("According to an agency after a quote with a speaker of its own names the reporter, not the speaker", "[quotes]") {
  CHECK(attributions("Peter Kovac proposed \"a new treaty for the whole region\", according to Acme Airplanes.", kPeople) ==
        std::vector<std::string>{"a new treaty for the whole region -> Peter Kovac"});
  CHECK(attributions("The plan is \"a new treaty for the whole region\", according to John Hale.", kPeople) ==
        std::vector<std::string>{"a new treaty for the whole region -> John Hale"});
}

TEST_CASE("Names inside an earlier quote are no antecedents of a later pronoun, and went on to say is one cue", "[quotes]") {
  CHECK(attributions("Peter Kovac spoke last.\n\n\"As John Hale said, we must wait,\" he said.\n\nHe went on to say "
                     "that \"nothing had changed since the spring\".",
                     kPeople) == std::vector<std::string>{"As John Hale said, we must wait, -> Peter Kovac",
                                                          "nothing had changed since the spring -> Peter Kovac"});
}

TEST_CASE("A lower-case quote completing a verb of saying and its object is speech", "[quotes]") {
  CHECK(attributions("Peter Kovac declared the plan \"reckless\" on Monday.", kPeople) ==
        std::vector<std::string>{"reckless -> Peter Kovac"});
  CHECK(attributions("Peter Kovac wrote the song \"Blue Wave\" in a week.", kPeople).empty());
}

TEST_CASE("A participle after an earlier quote of the sentence keeps that quote's speaker", "[quotes]") {
  CHECK(attributions("Peter Kovac declared the plan \"reckless\", adding that \"nobody had read it before the vote\".",
                     kPeople) == std::vector<std::string>{"reckless -> Peter Kovac",
                                                          "nobody had read it before the vote -> Peter Kovac"});
}

TEST_CASE("A capitalised possessive with its noun is no speaker's name nor its owner", "[quotes]") {
  CHECK(attributions("Peter Kovac was a poet. His mother wrote, \"He has no illness that I know of but love.\"", kPeople) ==
        std::vector<std::string>{"He has no illness that I know of but love. -> -"});
}

TEST_CASE("An organisation taken for a person before a role noun gives way to the person in apposition", "[quotes]") {
  CHECK(attributions("Acme CEO, Jane Roe, justified the order by saying, \"The plane is the most reliable we know.\"",
                     {{"Acme", "PERSON", {"Acme"}}}) ==
        std::vector<std::string>{"The plane is the most reliable we know. -> Jane Roe"});
}

TEST_CASE("In an interview of unlabelled questions and answers, I in an answer is the guest", "[quotes]") {
  std::string text =
      "Ann Lee: an interview with the poet\n\nYou have written a lot this year. How does that feel?\n\n"
      "When readers write to me, I say, \"Thank you for reading my poems.\"\n\nWhat do you read yourself?\n\n"
      "Mostly old letters.";
  CHECK(attributions(text, {{"Ann Lee", "PERSON", {"Ann Lee"}}}) ==
        std::vector<std::string>{"Thank you for reading my poems. -> Ann Lee"});
  std::string news = "Ann Lee: a poet in Leeds\n\nWhen readers write to her, I say, \"Thank you for reading the poems.\"";
  CHECK(attributions(news, {{"Ann Lee", "PERSON", {"Ann Lee"}}}) ==
        std::vector<std::string>{"Thank you for reading the poems. -> -"});
}

TEST_CASE("A quote right after a cue and a comma is that cue's even when another cue follows it", "[quotes]") {
  CHECK(attributions("John Hale met them and said, \"We will wait,\" Peter Kovac recalled, \"for a week.\"", kPeople)
            .front() == "We will wait, -> John Hale");
}

TEST_CASE("A quote standing alone after reported speech is the reported speaker's", "[quotes]") {
  CHECK(attributions("The chairman of the forum, Foreign Minister Peter Kovac, said the work was not complete.\n\n"
                     "\"Old lines still divide us, and we must remove them.\"",
                     kPeople) == std::vector<std::string>{"Old lines still divide us, and we must remove them. -> Peter Kovac"});
}

TEST_CASE("Agreeing, conceding and vowing are cues like said", "[quotes]") {
  CHECK(attributions("Acme Airplanes agreed to \"halt all deliveries until the review ends\".", kPeople) ==
        std::vector<std::string>{"halt all deliveries until the review ends -> Acme Airplanes"});
  CHECK(attributions("Peter Kovac concedes that \"the plan was late and too costly\".", kPeople) ==
        std::vector<std::string>{"the plan was late and too costly -> Peter Kovac"});
}

TEST_CASE("A short quote in the clause a closing said reports is speech of that subject", "[quotes]") {
  CHECK(attributions("Peter Kovac arrived.\n\nThe meeting comes at a \"difficult moment\" for the region, "
                     "Acme Airplanes chief Kovac said Tuesday.",
                     kPeople) == std::vector<std::string>{"difficult moment -> Peter Kovac"});
}

TEST_CASE("A short quote in a headline's clause after says is speech", "[quotes]") {
  CHECK(attributions("Peter Kovac says talks come at 'difficult moment'\n\nThe talks began.", kPeople) ==
        std::vector<std::string>{"difficult moment -> Peter Kovac"});
}

TEST_CASE("A one-word quote modifying a noun in a reported clause stays a term", "[quotes]") {
  CHECK(attributions("Peter Kovac said above it was the first \"solid\" sample mission.", kPeople).empty());
}

TEST_CASE("A title one gives oneself is not speech", "[quotes]") {
  CHECK(attributions("In 1859 Peter Kovac wrote letters proclaiming himself \"Guardian of the northern lands\".", kPeople)
            .empty());
}

TEST_CASE("Exclaimed and complaining are verbs of saying", "[quotes]") {
  CHECK(attributions("Peter Kovac himself famously exclaimed: \"I am the victim of my own plans.\"", kPeople) ==
        std::vector<std::string>{"I am the victim of my own plans. -> Peter Kovac"});
}

TEST_CASE("A prose paragraph after a colon that names who speaks is a block quotation", "[quotes]") {
  CHECK(attributions("In a letter of 1860, Peter Kovac observed:\n\nThe citizens of these lands have long waited for "
                     "a fair hearing, and they shall have one before the year is out.\n\nHe died in 1880.",
                     kPeople) ==
        std::vector<std::string>{
            "The citizens of these lands have long waited for a fair hearing, and they shall have one before the year is "
            "out. -> Peter Kovac"});
}

TEST_CASE("A paragraph after a colon that names no one is a list or an explanation, not a quotation", "[quotes]") {
  CHECK(attributions("The storm weakens over land for two reasons:\n\nAs it moves over land it is cut off from the warm "
                     "water that feeds it, and the ground slows its winds.\n\nIt will rain.",
                     kPeople)
            .empty());
}

TEST_CASE("A block quotation whose paragraphs end in semicolons runs on to its last paragraph", "[quotes]") {
  auto got = attributions("Peter Kovac then issued a decree to the army:\n\nWHEREAS, certain merchants styling themselves "
                          "the council gather in defiance of our edict;\n\nNOW, THEREFORE, we order the army to clear "
                          "the halls of the council at once.\n\nNothing happened.",
                          kPeople);
  REQUIRE(got.size() == 1);
  CHECK(got[0].find("clear the halls of the council at once. -> Peter Kovac") != std::string::npos);
}

TEST_CASE("A long quote without a cue is the words of the person its sentence opens with", "[quotes]") {
  CHECK(attributions("Peter Kovac studies \"the ways small airlines survive the long winters of the north\".", kPeople) ==
        std::vector<std::string>{"the ways small airlines survive the long winters of the north -> Peter Kovac"});
  CHECK(attributions("In his memoirs, \"the ways small airlines survive the long winters of the north\" are a theme.",
                     kPeople) == std::vector<std::string>{"the ways small airlines survive the long winters of the north -> -"});
}

TEST_CASE("An invitation that reads words speaks for the organisation the text is about", "[quotes]") {
  CHECK(attributions("Acme Airplanes announced an event at the Grand Hall. Acme Airplanes will show a plane.\n\n"
                     "The invitation reads, \"Come and fly with us\", in gold letters.",
                     {{"Acme Airplanes", "ORG", {"Acme Airplanes"}}, {"Grand Hall", "ORG", {"Grand Hall"}}}) ==
        std::vector<std::string>{"Come and fly with us -> Acme Airplanes"});
}

TEST_CASE("An invitation from an organisation named once speaks for it, not for the venue named after it", "[quotes]") {
  CHECK(attributions("Acme Airplanes announced an event for May.\n\nIt will be held at the Grand Hall in Leeds.\n\n"
                     "The invitation reads, \"Come and fly with us\", in gold letters.",
                     {{"Acme Airplanes", "ORG", {"Acme Airplanes"}}, {"Grand Hall", "ORG", {"Grand Hall"}}}) ==
        std::vector<std::string>{"Come and fly with us -> Acme Airplanes"});
}

TEST_CASE("A long quote without a cue is the words of an organisation written in lower case that opens its sentence", "[quotes]") {
  CHECK(attributions("zipFleet is a courier network which hopes to \"carry every parcel in the country within a single day.\"",
                     {{"zipFleet", "ORG", {"zipFleet"}}}) ==
        std::vector<std::string>{"carry every parcel in the country within a single day. -> zipFleet"});
}

TEST_CASE("A sentence opening with a title before a name gives that person a quote without a cue", "[quotes]") {
  CHECK(attributions("Mr Justice Peter Kovac agreed with the defence that, while the store is branded, the music is not - "
                     "\"I conclude that the logo does not suggest a connection with the work.\"",
                     kPeople) ==
        std::vector<std::string>{"I conclude that the logo does not suggest a connection with the work. -> Peter Kovac"});
}

TEST_CASE("The period of an initial does not end the clause of a passive cue's agent", "[quotes]") {
  CHECK(attributions("Tom Berg was described by J. R. Hale as \"easily the most gifted of the new potters\".",
                     {{"John Hale", "PERSON", {"J. R. Hale"}}, {"Tom Berg", "PERSON", {"Tom Berg"}}}) ==
        std::vector<std::string>{"easily the most gifted of the new potters -> John Hale"});
}

TEST_CASE("A cited source right before a quote is its author", "[quotes]") {
  CHECK(attributions("Peter Kovac then recalled the line of John Hale, \"All the long nights are over now.\"", kPeople) ==
        std::vector<std::string>{"All the long nights are over now. -> John Hale"});
  CHECK(attributions("Peter Kovac likes a quote attributed to John Hale \u2014 \"Nothing is ever quite finished.\"", kPeople) ==
        std::vector<std::string>{"Nothing is ever quite finished. -> John Hale"});
  CHECK(attributions("Peter Kovac read a letter from Acme Airplanes: \"We regret the delay to all flights.\"", kPeople) ==
        std::vector<std::string>{"We regret the delay to all flights. -> Acme Airplanes"});
}

TEST_CASE("A short quote a few words after a speech quote of its sentence is the same speaker's speech", "[quotes]") {
  CHECK(attributions("Peter Kovac said the firm would face \"severe penalties\" for any \"delay\" on the line.", kPeople) ==
        std::vector<std::string>{"severe penalties -> Peter Kovac", "delay -> Peter Kovac"});
  CHECK(attributions("Peter Kovac said the firm would face \"severe penalties\". The \"delay\" was long.", kPeople) ==
        std::vector<std::string>{"severe penalties -> Peter Kovac"});
}

TEST_CASE("A short quote after an owner's noun is not the earlier speaker's", "[quotes]") {
  CHECK(attributions("Peter Kovac expressed \"deep regret\" over Acme Airplanes's decision to \"pause\" its work.", kPeople) ==
        std::vector<std::string>{"deep regret -> Peter Kovac"});
}

TEST_CASE("Quoted words introduced as someone's own are the owner's", "[quotes]") {
  CHECK(attributions("Peter Kovac retired in May. His final message to the board was:\n\n\"Do not cry for me, I am ready.\"", kPeople) ==
        std::vector<std::string>{"Do not cry for me, I am ready. -> Peter Kovac"});
  CHECK(attributions("John Hale's reply was: \"We never agreed to any of it.\"", kPeople) ==
        std::vector<std::string>{"We never agreed to any of it. -> John Hale"});
}

TEST_CASE("A heading of a label and a quote is the label's speech", "[quotes]") {
  CHECK(attributions("Swedish \"Regret\"\n\nThe talks of Sweden in Riga ended on Monday without a deal.",
                     {{"Sweden", "GPE", {"Sweden"}}}) ==
        std::vector<std::string>{"Regret -> Sweden"});
  CHECK(attributions("Acme Airplanes: \"Not guilty\"\n\nThe trial ended on Monday.", kPeople) ==
        std::vector<std::string>{"Not guilty -> Acme Airplanes"});
  CHECK(attributions("The long \"Regret\"\n\nThe talks in Riga ended on Monday.", kPeople).empty());
}

TEST_CASE("An owner written with a curly apostrophe is read without it", "[quotes]") {
  CHECK(attributions("John Hale\u2019s reply was: \"We never agreed to any of it.\"", kPeople) ==
        std::vector<std::string>{"We never agreed to any of it. -> John Hale"});
}

TEST_CASE("A title in title case, its short function words in lower case, is not speech", "[quotes]") {
  CHECK(attributions("Peter Kovac later wrote \"Order and Chaos in Modern Airline Fleets\" with John Hale.", kPeople).empty());
  CHECK(attributions("Peter Kovac said it was \"Yes to a Safer Sky\" in spirit.", kPeople).empty());
  // A lower-case last word is no title: the verb of saying governs the quote.
  CHECK(attributions("Peter Kovac said \"Wait for the report\" on Monday.", kPeople) ==
        std::vector<std::string>{"Wait for the report -> Peter Kovac"});
}

TEST_CASE("A participle cue after by in a clause opened by where or when speaks for that clause's subject", "[quotes]") {
  CHECK(attributions("In that essay, where Peter Kovac begins by arguing that \"no two airplanes are ever alike in "
                     "how they fly\", so no one model fits.",
                     kPeople) == std::vector<std::string>{"no two airplanes are ever alike in how they fly -> Peter Kovac"});
}

namespace {

// "text -> speaker" for each speech quote of D that is not a turn.
std::vector<std::string> marked_attributions(const Document& d) {
  std::vector<std::string> out;
  for (const auto& q : dossier::find_quotes(d, *d.entities))
    if (q.speech && q.kind != "turn") out.push_back(q.text + " -> " + (q.speaker ? q.speaker->name : "-"));
  return out;
}

const char* const kTranscript =
    "Peter Kovac held talks in Vienna on Monday.\n\n"
    "FOREIGN MINISTER PETER KOVAC: We need \"firm written guarantees\" that the fleet stays home. "
    "Partners tell us \"do not worry, nothing will change.\" It is not enough.\n\n"
    "QUESTION: What about the treaty?\n\n"
    "FOREIGN MINISTER PETER KOVAC: We will discuss it later.";

}  // namespace

TEST_CASE("A phrase a turn's speaker marks in their own words is their speech", "[quotes]") {
  auto out = marked_attributions(doc_of(kTranscript, kPeople));
  CHECK(std::find(out.begin(), out.end(), "firm written guarantees -> Peter Kovac") != out.end());
}

TEST_CASE("A sentence a turn's speaker quotes from others is not given to the speaker", "[quotes]") {
  auto out = marked_attributions(doc_of(kTranscript, kPeople));
  CHECK(std::find(out.begin(), out.end(), "do not worry, nothing will change. -> Peter Kovac") == out.end());
}

TEST_CASE("A headline quoting words the body attributes is speech of the same speaker", "[quotes]") {
  Document d = doc_of("'Firm written guarantees' for the fleet, the minister asks\n\n"
                      "Peter Kovac said Vienna needs \"firm written guarantees\" before any vote.",
                      kPeople);
  d.title = "'Firm written guarantees' for the fleet, the minister asks";
  auto out = marked_attributions(d);
  CHECK(out == std::vector<std::string>{"Firm written guarantees -> Peter Kovac", "firm written guarantees -> Peter Kovac"});
}

TEST_CASE("A body sentence repeating words said elsewhere is not made speech for them", "[quotes]") {
  Document d = doc_of("Talks end in Vienna\n\nThe talks went on amid demands for \"firm written guarantees\".\n\n"
                      "Peter Kovac said Vienna needs \"firm written guarantees\" before any vote.",
                      kPeople);
  d.title = "Talks end in Vienna";
  auto out = marked_attributions(d);
  CHECK(out == std::vector<std::string>{"firm written guarantees -> Peter Kovac"});
}

TEST_CASE("Let me say gives the quote to the first person, not to a name Let", "[quotes]") {
  Document d = doc_of("Tom Varga: An interview\n\nWhy do you paint?\n\nI paint because I like it. It is my life.\n\n"
                      "What do you tell young painters?\n\n"
                      "I tell them what I learnt. Let me say, \"to paint well you must be willing to paint badly for years\", "
                      "and never stop.\n\nTom Varga lives in Graz. Tom Varga paints.",
                      {{"Tom Varga", "PERSON", {"Tom Varga"}}, {"Graz", "GPE", {"Graz"}}});
  auto qs = dossier::find_quotes(d, *d.entities);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speech);
  CHECK(qs[0].speaker);
  if (qs[0].speaker) CHECK(qs[0].speaker->name == "Tom Varga");
}

TEST_CASE("A quote right after see is a cross-reference to a title, not speech", "[quotes]") {
  CHECK(attributions("Peter Kovac wrote about airlines. For more on this, see \"Small carriers and their routes.\" He also taught.",
                     kPeople)
            .empty());
}
