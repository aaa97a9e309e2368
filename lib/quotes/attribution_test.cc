// Attribution conventions of news text and the clause rule for speech, one case each.
#include <catch2/catch.hpp>

#include "quotes/test_quotes.h"

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/quotes.h"
#include "dossier/segment.h"

using dossier::Document;
using dossier::Entity;
using dossier::Span;
using quotes_test::attributions;
using quotes_test::doc_of;
using quotes_test::Ent;
using quotes_test::kPeople;

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

TEST_CASE("A party and state tag after a lawmaker's name does not end the speaker's clause", "[quotes]") {
  CHECK(attributions("\"The vote is a mistake,\" Sen. John Hale, D-Mass., told reporters.", kPeople) ==
        std::vector<std::string>{"The vote is a mistake, -> John Hale"});
  CHECK(attributions("\"The vote is a mistake,\" John Hale (R-Ky.) said on Monday.", kPeople) ==
        std::vector<std::string>{"The vote is a mistake, -> John Hale"});
  CHECK(attributions("\"The vote is a mistake,\" said Rep. Peter Kovac, R-Texas.", kPeople) ==
        std::vector<std::string>{"The vote is a mistake, -> Peter Kovac"});
}

TEST_CASE("A short quote opening its sentence before said and a name is a whole utterance", "[quotes]") {
  dossier::Document d = doc_of("\"We'll see,\" said John Hale.", kPeople);
  auto qs = dossier::find_quotes(d, *d.entities);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].kind == "direct");
  CHECK(qs[0].speaker->name == "John Hale");
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
  CHECK(quotes_test::turns_of(text, kPeople) == std::vector<std::string>{"Good afternoon. We held talks today. -> Peter Kovac",
                                          "What about the treaty? -> -", "We will discuss it later. -> Peter Kovac"});
}

TEST_CASE("A titled turn label names its speaker even when the text names her nowhere else", "[quotes]") {
  std::string text = "MODERATOR: Good afternoon.\n\n"
                     "FOREIGN MINISTER ANNA VOSTRIKOVA: (Via interpreter) We are ready to talk.\n\n"
                     "QUESTION: Will you meet them?\n\n"
                     "FOREIGN MINISTER ANNA VOSTRIKOVA: Yes, next week.";
  CHECK(quotes_test::turns_of(text, std::vector<Ent>{}) == std::vector<std::string>{"Good afternoon. -> -", "We are ready to talk. -> Anna Vostrikova",
                                          "Will you meet them? -> -", "Yes, next week. -> Anna Vostrikova"});
}

TEST_CASE("A turn label with an outlet or a place in brackets after it is still a label, and the brackets name no one", "[quotes]") {
  std::string text = "Peter Kovac spoke to reporters in Vienna on Monday.\n\n"
                     "Reporter (Harbour Gazette): Will the talks resume?\n\n"
                     "Foreign Minister Peter Kovac (Vienna): Next week, I hope.\n\n"
                     "Reporter (Evening Post): And the treaty?\n\n"
                     "Foreign Minister Peter Kovac (Vienna): Later.";
  CHECK(quotes_test::turns_of(text, kPeople) == std::vector<std::string>{"Will the talks resume? -> -", "Next week, I hope. -> Peter Kovac",
                                          "And the treaty? -> -", "Later. -> Peter Kovac"});
}

TEST_CASE("A line that only opens with words in brackets before a colon is no turn label", "[quotes]") {
  std::string text = "Peter Kovac spoke on Monday.\n\n(Updated) Details: none yet.\n\n(Corrected): the date.";
  CHECK(quotes_test::turns_of(text, kPeople).empty());
}

TEST_CASE("The answers of an interview set as Q and A are the guest's the introduction names", "[quotes]") {
  std::string text = "John Hale took over the port in March. We asked him about the year ahead.\n\n"
                     "Q: What comes first?\n\nA: Safety. We cannot have more near misses.\n\n"
                     "Q: Will the terminal be ready?\n\nA: I think so.";
  CHECK(quotes_test::turns_of(text, kPeople) == std::vector<std::string>{"What comes first? -> -", "Safety. We cannot have more near misses. -> John Hale",
                                          "Will the terminal be ready? -> -", "I think so. -> John Hale"});
}

TEST_CASE("An inverted speaker ends before a subordinate clause after the name", "[quotes]") {
  Document d = doc_of("\"Absolutely not,\" replied Kovac when asked about the treaty.", kPeople);
  auto qs = dossier::find_quotes(d, *d.entities);
  REQUIRE(qs.size() == 1);
  REQUIRE(qs[0].speaker);
  CHECK(qs[0].speaker->name == "Peter Kovac");
  REQUIRE(qs[0].source_span);
  CHECK(dossier::span_text(d.text, *qs[0].source_span) == "Kovac");
}

TEST_CASE("A title or a form of address before a surname alone is a transcript label naming that person", "[quotes]") {
  std::string text = "Briefing for the press\n\n"
                     "SECRETARY HALVORSEN: Good morning. We met the delegation today.\n\n"
                     "QUESTION: Will you meet them again?\n\n"
                     "MR QUIGLEY: One more question.\n\n"
                     "MS. ODUYA: Thank you.\n\n"
                     "FOREIGN MINISTER TAMMSAAR: We are ready.";
  CHECK(quotes_test::turns_of(text, std::vector<Ent>{}) ==
        std::vector<std::string>{"Good morning. We met the delegation today. -> Halvorsen", "Will you meet them again? -> -",
                                 "One more question. -> Quigley", "Thank you. -> Oduya", "We are ready. -> Tammsaar"});
}

TEST_CASE("A title with a role word after it is an office, not a title before a surname", "[quotes]") {
  std::string text = "MODERATOR: Good afternoon.\n\nSECRETARY GENERAL: We are ready.\n\n"
                     "QUESTION: When?\n\nPRIME MINISTER: Next week.";
  for (const auto& t : quotes_test::turns_of(text, std::vector<Ent>{})) {
    INFO(t);
    CHECK(t.find("-> General") == std::string::npos);
    CHECK(t.find("-> Minister") == std::string::npos);
  }
}

TEST_CASE("A turn label naming an office, not a person, gets no speaker invented from its words", "[quotes]") {
  std::string text = "MODERATOR: Good afternoon.\n\nSECRETARY OF STATE: We are ready.\n\n"
                     "QUESTION: When?\n\nMINISTER FOR TRADE: Next week.";
  Document d = doc_of(text, {});
  for (const auto& q : dossier::find_quotes(d, *d.entities)) {
    INFO(q.text);
    CHECK_FALSE((q.speaker && (q.speaker->name == "Of State" || q.speaker->name == "For Trade")));
  }
}

TEST_CASE("A name in capitals in a turn label keeps the capitals after a hyphen or an apostrophe", "[quotes]") {
  std::string text = "MODERATOR: Good afternoon.\n\nFOREIGN MINISTER JEAN-PAUL O'DARCY: We are ready.\n\n"
                     "QUESTION: When?\n\nFOREIGN MINISTER JEAN-PAUL O'DARCY: Next week.";
  Document d = doc_of(text, {});
  std::vector<std::string> speakers;
  for (const auto& q : dossier::find_quotes(d, *d.entities))
    if (q.speaker) speakers.push_back(q.speaker->name);
  CHECK(speakers == std::vector<std::string>{"Jean-Paul O'Darcy", "Jean-Paul O'Darcy"});
}

TEST_CASE("In the words of an unnamed person is a source kept as its words", "[quotes]") {
  Document d = doc_of("The strike ended. It was, in the words of one docker, \"a long fight for nothing.\"", kPeople);
  auto qs = dossier::find_quotes(d, *d.entities);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speech);
  CHECK_FALSE(qs[0].speaker);
  CHECK(qs[0].source_text == std::optional<std::string>("one docker"));
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
  CHECK(quotes_test::turns_of(text, kPeople) == std::vector<std::string>{"The talks were hard. We need firm guarantees. -> Peter Kovac",
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

TEST_CASE("US written in capitals is the country, not the pronoun us", "[quotes]") {
  const std::vector<Ent> ents = {{"United States", "GPE", {"US"}}};
  CHECK(attributions("The US said: \"The deal is close.\"", ents) ==
        std::vector<std::string>{"The deal is close. -> United States"});
  CHECK(attributions("\"The deal is close,\" US said in a statement.", ents) ==
        std::vector<std::string>{"The deal is close, -> United States"});
}

TEST_CASE("See names a work only when it opens its clause", "[quotes]") {
  CHECK(attributions("For the full list, see \"Forty Rivers of Europe\".", kPeople).empty());
  CHECK(attributions("Officials see \"a long road ahead,\" Peter Kovac added.", kPeople) ==
        std::vector<std::string>{"a long road ahead, -> Peter Kovac"});
}

TEST_CASE("A dash credit under a quote standing alone names its speaker or describes them", "[quotes]") {
  Document d = doc_of(
      "Workers gathered at the gates.\n\n\"We just want a fair deal.\"\n\n-- Peter Kovac, 41, rigger\n\n"
      "\"Nobody listens to us.\"\n\n- A crane operator at the gate\n\n"
      "\"We will be back tomorrow.\" - John Hale",
      kPeople);
  auto qs = dossier::find_quotes(d, *d.entities);
  REQUIRE(qs.size() == 3);
  REQUIRE(qs[0].speaker);
  CHECK(qs[0].speaker->name == "Peter Kovac");
  CHECK_FALSE(qs[1].speaker);
  CHECK(qs[1].source_text == std::optional<std::string>("A crane operator at the gate"));
  REQUIRE(qs[2].speaker);
  CHECK(qs[2].speaker->name == "John Hale");
}

TEST_CASE("A dash credit may hold initials and titles with full stops", "[quotes]") {
  CHECK(attributions("Workers gathered.\n\n\"We want a fair deal.\"\n\n-- Dr. Peter Kovac, surgeon", kPeople) ==
        std::vector<std::string>{"We want a fair deal. -> Peter Kovac"});
  CHECK(attributions("Workers gathered.\n\n\"We want a fair deal.\"\n\n-- John Hale.", kPeople) ==
        std::vector<std::string>{"We want a fair deal. -> John Hale"});
}

TEST_CASE("A verb of saying after a dash is a cue, not a credit", "[quotes]") {
  Document d = doc_of("Fans waited.\n\n\"We will win this\" - Peter Kovac said on Tuesday, before the vote.", kPeople);
  auto qs = dossier::find_quotes(d, *d.entities);
  REQUIRE(qs.size() == 1);
  REQUIRE(qs[0].speaker);
  CHECK(qs[0].speaker->name == "Peter Kovac");
  CHECK(qs[0].cue == std::optional<std::string>("said"));
}

TEST_CASE("A sentence or a list after a dash is no credit", "[quotes]") {
  Document d = doc_of("Fans waited.\n\n\"It is over\" - The crowd went quiet, and the players left.", kPeople);
  for (const auto& q : dossier::find_quotes(d, *d.entities)) CHECK_FALSE(q.source_text);
  Document list = doc_of("Workers met.\n\n\"We have three demands.\"\n\n- Higher wages, shorter hours\n\n- Safer cranes", kPeople);
  for (const auto& q : dossier::find_quotes(list, *list.entities)) CHECK_FALSE(q.source_text);
}

TEST_CASE("A dash after a quote that goes on in lower case is no credit", "[quotes]") {
  Document d = doc_of("John Hale spoke first.\n\n\"We will not sign this deal today\" - that was all he said.", kPeople);
  auto qs = dossier::find_quotes(d, *d.entities);
  REQUIRE(qs.size() == 1);
  CHECK_FALSE(qs[0].source_text);
}
