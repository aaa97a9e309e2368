#include "dossier/quotes.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/segment.h"
#include "dossier/utf8.h"

using dossier::Document;
using dossier::Entity;
using dossier::Quote;
using dossier::Span;

namespace {

// A document from TEXT: paragraphs split at blank lines, sentences by the segmenter, and
// one entity per (name, type, surface forms) with every occurrence of a form as a mention.
struct Ent {
  std::string name, type;
  std::vector<std::string> forms;
};

Document make_doc(const std::string& text, const std::vector<Ent>& ents = {}) {
  Document d;
  d.id = "doc";
  d.text = text;
  dossier::utf8::OffsetMap map(text);
  auto cp = [&](size_t b) { return static_cast<int64_t>(map.to_cp(b)); };
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find("\n\n", b);
    if (e == std::string::npos) e = text.size();
    d.paragraphs.push_back(Span{cp(b), cp(e)});
    for (auto [s, t] : dossier::split_sentences(std::string_view(text).substr(b, e - b)))
      d.sentences.push_back(Span{cp(b + s), cp(b + t)});
    b = e + 2;
  }
  std::vector<Entity> entities;
  for (const auto& en : ents) {
    Entity e;
    e.id = "e" + std::to_string(entities.size() + 1);
    e.name = en.name;
    e.type = en.type;
    e.aliases = en.forms;
    for (const auto& f : en.forms) {
      for (size_t p = text.find(f); p != std::string::npos; p = text.find(f, p + 1)) {
        bool taken = false;
        for (const auto& o : entities)
          for (const auto& m : o.mentions) taken |= m.start <= cp(p) && cp(p) < m.end;
        for (const auto& m : e.mentions) taken |= m.start <= cp(p) && cp(p) < m.end;
        if (!taken) e.mentions.push_back(Span{cp(p), cp(p + f.size())});
      }
    }
    std::sort(e.mentions.begin(), e.mentions.end());
    entities.push_back(e);
  }
  d.entities = entities;
  return d;
}

std::vector<std::string> inner_texts(const std::string& text, std::vector<dossier::Warning>* w = nullptr) {
  Document d = make_doc(text);
  std::vector<std::string> out;
  for (const auto& q : dossier::scan_quotes(d.text, d.paragraphs, w)) out.push_back(dossier::span_text(d.text, q.inner));
  return out;
}

std::vector<Quote> quotes_of(const Document& d, dossier::QuoteOptions o = {}) {
  return dossier::find_quotes(d, *d.entities, o);
}

Quote only_speech(const std::vector<Quote>& qs) {
  const Quote* found = nullptr;
  for (const auto& q : qs)
    if (q.speech) {
      REQUIRE(found == nullptr);
      found = &q;
    }
  REQUIRE(found != nullptr);
  return *found;
}

std::string speaker_name(const Quote& q) { return q.speaker ? q.speaker->name : std::string("(none)"); }

}  // namespace

TEST_CASE("scan_quotes pairs every mark style", "[quotes]") {
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  std::vector<Case> cases = {
      {"He said \"we are ready\" today.", {"we are ready"}},
      {"He said \u201Cwe are ready\u201D today.", {"we are ready"}},
      {"He said \u2018we are ready\u2019 today.", {"we are ready"}},
      {"He said 'we are ready' today.", {"we are ready"}},
      {"Il a dit \u00AB\u00A0nous sommes pr\u00EAts\u00A0\u00BB hier.", {"nous sommes pr\u00EAts"}},
      {"Er sagte \u201Ewir sind bereit\u201C gestern.", {"wir sind bereit"}},
      {"Han sa \u201Dvi \u00E4r redo\u201D i g\u00E5r.", {"vi \u00E4r redo"}},
      {"Er sagte \u00BBwir sind bereit\u00AB gestern.", {"wir sind bereit"}},
      {"\"He told me 'no way' at once,\" she said.", {"He told me 'no way' at once,", "no way"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(inner_texts(c.text) == c.want);
  }
}

TEST_CASE("scan_quotes does not take apostrophes for quote marks", "[quotes]") {
  CHECK(inner_texts("Russia's plan isn't new; the ministers' meeting ended in the '90s.").empty());
  CHECK(inner_texts("Russia\u2019s plan isn\u2019t new; the Co-Chairs\u2019 meeting ended.").empty());
  CHECK(inner_texts("Russia's 'new deal' isn't ready.") == std::vector<std::string>{"new deal"});
}

TEST_CASE("A quote continued into a paragraph that reopens the mark is one quote per opening mark, with one speaker", "[quotes]") {
  std::string text = "\"First part of it.\n\n\"Second part of it,\" he said.";
  std::vector<dossier::Warning> w;
  Document d = make_doc(text);
  auto qs = dossier::scan_quotes(d.text, d.paragraphs, &w);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].reopen.size() == 1);
  CHECK_FALSE(qs[0].unbalanced);
  CHECK(w.empty());
  auto quotes = quotes_of(d);
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].text == "First part of it.");
  CHECK(quotes[1].text == "Second part of it,");
  CHECK(quotes[0].cue == quotes[1].cue);
}

TEST_CASE("scan_quotes ends an unbalanced quote at its paragraph end with a warning", "[quotes]") {
  std::string text = "He said \"we will never agree.\n\nThe talks went on. \"Fine,\" she said.";
  std::vector<dossier::Warning> w;
  auto got = inner_texts(text, &w);
  CHECK(got == std::vector<std::string>{"we will never agree.", "Fine,"});
  REQUIRE(w.size() == 1);
  CHECK(w[0].code == "unbalanced-quote");
  CHECK(w[0].at == 8);
}

TEST_CASE("scan_quotes warns about a closing mark with nothing open", "[quotes]") {
  std::vector<dossier::Warning> w;
  CHECK(inner_texts("It ended\u201D and then \u201Cwe left\u201D.", &w) == std::vector<std::string>{"we left"});
  REQUIRE(w.size() == 1);
  CHECK(w[0].at == 8);
}

TEST_CASE("scan_quotes survives empty text and lone marks", "[quotes]") {
  CHECK(inner_texts("").empty());
  CHECK(inner_texts("\"").empty());
  CHECK(inner_texts("'").empty());
  CHECK(inner_texts("\u00AB").empty());
  CHECK(dossier::scan_quotes("abc", {Span{5, 2}, Span{-3, 99}}).size() == 0);
}

TEST_CASE("a cue after the quote names the speaker", "[quotes]") {
  Document d = make_doc("\"We are ready to talk,\" Trade Ministry spokesman Tarmo Ilves-Raud told reporters.",
                        {{"Tarmo Ilves-Raud", "PERSON", {"Tarmo Ilves-Raud"}}, {"Trade Ministry", "ORG", {"Trade Ministry"}}});
  const Quote q = only_speech(quotes_of(d));
  CHECK(q.kind == "direct");
  CHECK(speaker_name(q) == "Tarmo Ilves-Raud");
  CHECK(q.speaker->entity == "e1");
  CHECK(q.cue == "told");
}

TEST_CASE("an inverted cue names the speaker after the verb", "[quotes]") {
  Document d = make_doc("\"We are ready to talk,\" said Lavrov.", {{"Sergei Lavrov", "PERSON", {"Lavrov"}}});
  CHECK(speaker_name(only_speech(quotes_of(d))) == "Sergei Lavrov");
}

TEST_CASE("a speaker with an apposition is found across it", "[quotes]") {
  Document d = make_doc("Oskar Lindqvist, an analyst with the institute, said: \"This could drag on for years.\"",
                        {{"Oskar Lindqvist", "PERSON", {"Oskar Lindqvist"}}});
  const Quote q = only_speech(quotes_of(d));
  CHECK(speaker_name(q) == "Oskar Lindqvist");
  CHECK(q.cue == "said");
}

TEST_CASE("a pronoun resolves to the nearest person before it", "[quotes]") {
  Document d = make_doc("Oskar Lindqvist is an analyst with the institute.\n\n\"This could drag on for years,\" he said.",
                        {{"Oskar Lindqvist", "PERSON", {"Oskar Lindqvist"}}});
  CHECK(speaker_name(only_speech(quotes_of(d))) == "Oskar Lindqvist");
}

TEST_CASE("a role noun resolves to the person introduced with that role", "[quotes]") {
  Document d = make_doc(
      "Trade Ministry spokesman Tarmo Ilves-Raud spoke on Thursday.\n\n"
      "Berg will defend the plan, the spokesman said, and called the summit \"very useful\" to him.",
      {{"Tarmo Ilves-Raud", "PERSON", {"Tarmo Ilves-Raud"}}, {"Jonas Berg", "PERSON", {"Berg"}}});
  const Quote q = only_speech(quotes_of(d));
  CHECK(q.kind == "partial");
  CHECK(speaker_name(q) == "Tarmo Ilves-Raud");
}

TEST_CASE("anonymous sources keep their words and no speaker", "[quotes]") {
  for (const char* text : {"\"We hope for an answer soon,\" a ministry source said.",
                           "\"They gave us a list of grievances,\" one Nordic diplomat said.",
                           "Another said: \"Differences remain between us.\""}) {
    CAPTURE(text);
    const Quote q = only_speech(quotes_of(make_doc(text)));
    CHECK_FALSE(q.speaker);
    REQUIRE(q.source_text);
  }
  CHECK(only_speech(quotes_of(make_doc("\"We hope for an answer soon,\" a ministry source said."))).source_text ==
        "a ministry source");
}

TEST_CASE("a quote standing alone takes the speaker of the quote before it", "[quotes]") {
  Document d = make_doc("\"They gave us a list of grievances,\" Solana said.\n\n\"The members see no reason to change course.\"",
                        {{"Javier Solana", "PERSON", {"Solana"}}});
  auto qs = quotes_of(d);
  REQUIRE(qs.size() == 2);
  CHECK(speaker_name(qs[1]) == "Javier Solana");
  CHECK_FALSE(qs[1].cue);
}

TEST_CASE("a quote opening a paragraph takes the person the next sentence opens with", "[quotes]") {
  Document d = make_doc("\u201CWe have waited long enough, and the waiting is over.\u201D Anna Novak has led the ministry for years.",
                        {{"Anna Novak", "PERSON", {"Anna Novak"}}});
  CHECK(speaker_name(only_speech(quotes_of(d))) == "Anna Novak");
}

TEST_CASE("scare quotes, terms and titles are not speech", "[quotes]") {
  struct Case {
    const char* text;
    bool speech;
  };
  std::vector<Case> cases = {
      {"The envoy unveiled the \"fresh start\" as a slogan, he said.", false},
      {"It was branded a \"foreign agent\" by the government.", false},
      {"The draft mentions only \"hard\" power, officials say.", false},
      {"The bloc must drop its old \"zero sum\" thinking, officials say.", false},
      {"The bloc must drop its old \"zero sum\" thinking, officials said.", false},
      {"He wrote \"War and Peace\" long ago.", false},
      {"The aide said the forum would be \"quite helpful\" to discuss trade.", true},
      {"The pact would \"weaken badly\" the trade of others.", true},
      {"Officials made clear that it should reach \"from Lisbon to Helsinki.\"", true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto qs = quotes_of(make_doc(c.text));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].speech == c.speech);
    if (!c.speech) CHECK_FALSE(qs[0].speaker);
  }
}

TEST_CASE("transcript turns run from one label to the next", "[quotes]") {
  Document d = make_doc(
      "Trade and tariffs: Lavrov wants answers\n\n"
      "Question: What about NATO?\n\n"
      "Foreign Minister Lavrov: We judge partners by their deeds.\n\nWe cooperate with NATO.\n\n"
      "Question: And the treaty?\n\n"
      "Foreign Minister Lavrov: It will come.\n\n"
      "Source: Ministry.",
      {{"Sergei Lavrov", "PERSON", {"Lavrov"}}, {"NATO", "ORG", {"NATO"}}});
  auto qs = quotes_of(d);
  std::vector<Quote> turns;
  for (const auto& q : qs)
    if (q.kind == "turn") turns.push_back(q);
  REQUIRE(turns.size() == 4);
  CHECK_FALSE(turns[0].speaker);
  CHECK(turns[0].cue == "Question");
  CHECK(turns[0].text == "What about NATO?");
  CHECK(speaker_name(turns[1]) == "Sergei Lavrov");
  CHECK(turns[1].text == "We judge partners by their deeds.\n\nWe cooperate with NATO.");
  CHECK(turns[3].text == "It will come.");
}

TEST_CASE("a transcript heading opens a turn by the person it names", "[quotes]") {
  Document d = make_doc(
      "Transcript of Remarks by Minister Sergey Lavrov, Helsinki.\n\n"
      "The session took place in odd circumstances.\n\n"
      "Question: What now?\n\n"
      "Foreign Minister Lavrov: We go on.",
      {{"Sergei Lavrov", "PERSON", {"Sergey Lavrov", "Lavrov"}}});
  auto qs = quotes_of(d);
  REQUIRE(qs.size() == 3);
  CHECK(qs[0].kind == "turn");
  CHECK(qs[0].text == "The session took place in odd circumstances.");
  CHECK(speaker_name(qs[0]) == "Sergei Lavrov");
}

TEST_CASE("a quote inside a turn without a cue has no speaker of its own", "[quotes]") {
  Document d = make_doc(
      "Question: Why?\n\n"
      "Foreign Minister Lavrov: In response we hear explanations that come down to \"relax, this is not aimed at you.\"\n\n"
      "Question: Why not?",
      {{"Sergei Lavrov", "PERSON", {"Lavrov"}}});
  for (const auto& q : quotes_of(d))
    if (q.kind != "turn") {
      CHECK(q.speech);
      CHECK_FALSE(q.speaker);
    }
}

TEST_CASE("indirect speech is reported only when asked for", "[quotes]") {
  Document d = make_doc("Lavrov said that the other side was unwilling to yield.", {{"Sergei Lavrov", "PERSON", {"Lavrov"}}});
  CHECK(quotes_of(d).empty());
  dossier::QuoteOptions o;
  o.indirect = true;
  auto qs = quotes_of(d, o);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].kind == "indirect");
  CHECK(qs[0].text == "the other side was unwilling to yield");
  CHECK(speaker_name(qs[0]) == "Sergei Lavrov");
  CHECK(qs[0].cue == "said");
}

TEST_CASE("quote ids follow text order and spans index the text by code points", "[quotes]") {
  Document d = make_doc("\u201CZwei W\u00F6rter hier,\u201D said Lavrov. \u00AB\u00A0Une autre phrase ici\u00A0\u00BB, said Lavrov.",
                        {{"Sergei Lavrov", "PERSON", {"Lavrov"}}});
  auto qs = quotes_of(d);
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].id == "q1");
  CHECK(qs[1].id == "q2");
  for (const auto& q : qs) CHECK(dossier::span_text(d.text, q.span) == q.text);
}

TEST_CASE("annotate_quotes replaces its layer and its warnings", "[quotes]") {
  Document d = make_doc("He said \"no.", {});
  dossier::annotate_quotes(d);
  dossier::annotate_quotes(d);
  REQUIRE(d.quotes);
  CHECK(d.quotes->size() == 1);
  CHECK(d.warnings.size() == 1);
  auto rows = dossier::quote_rows(d);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].doc == "doc");
}

TEST_CASE("speakers are found through participles, appositions, org nouns and neighbouring sentences", "[quotes]") {
  struct Case {
    const char* text;
    const char* speaker;
  };
  std::vector<Ent> ents = {{"Ngozi Okafor", "PERSON", {"Okafor"}},
                           {"Dana Whitlock", "PERSON", {"Dana Whitlock"}},
                           {"Velmora", "ORG", {"Velmora"}},
                           {"Tomas Varga", "PERSON", {"Tomas Varga"}},
                           {"Helen Achterberg", "PERSON", {"Helen Achterberg"}},
                           {"Brandt Motors", "ORG", {"Brandt Motors"}}};
  std::vector<Case> cases = {
      {"While showing the tablet, Okafor began by joking about the delay, saying, \"Blame me if it is late again.\"",
       "Ngozi Okafor"},
      {"\"Our figures show steady growth,\" said the group's chief financial officer, Dana Whitlock.", "Dana Whitlock"},
      {"Velmora issued a statement. The company said that \"the fault in the valve was found too late\".", "Velmora"},
      {"Prime Minister Tomas Varga went on state radio. \"Nothing matters more now than calm in the streets.\"",
       "Tomas Varga"},
      {"Grants were approved.\n\n\"This is a painful but needed decision.\"\n\nsaid Helen Achterberg, Premier of Ontario.",
       "Helen Achterberg"},
      {"The carmaker Brandt Motors has said that it made a profit, and expected to stay \"firmly "
       "profitable\" through 2031.",
       "Brandt Motors"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(speaker_name(only_speech(quotes_of(make_doc(c.text, ents)))) == c.speaker);
  }
}

TEST_CASE("a headline with a colon is not a transcript turn", "[quotes]") {
  Document d = make_doc("Trade and tariffs: Lavrov wants written replies\n\nLavrov spoke to the press on Friday in Moscow.",
                        {{"Sergei Lavrov", "PERSON", {"Lavrov"}}});
  CHECK(quotes_of(d).empty());
}

TEST_CASE("a turn label in capitals names the person by surname", "[quotes]") {
  Document d = make_doc("Q: What about NATO?\n\nLAVROV: We cooperate with NATO.\n\nQ: And now?\n\nLAVROV: We wait.",
                        {{"Sergei Lavrov", "PERSON", {"Sergei Lavrov"}}});
  auto qs = quotes_of(d);
  REQUIRE(qs.size() == 4);
  CHECK_FALSE(qs[0].speaker);
  CHECK(speaker_name(qs[1]) == "Sergei Lavrov");
  CHECK(qs[3].text == "We wait.");
}

TEST_CASE("indirect speech takes only reported clauses", "[quotes]") {
  struct Case {
    const char* text;
    const char* want;  // "" when nothing is reported
  };
  std::vector<Case> cases = {
      {"According to Lavrov, in the end only a joint plan can work.", "in the end only a joint plan can work"},
      {"Lavrov will hold talks in Oslo before flying to Vienna, the Foreign Ministry said.",
       "Lavrov will hold talks in Oslo before flying to Vienna"},
      {"Western leaders asked for more details on the treaty last year.", ""},
      {"The ban covers the member states that feel threatened by the deployment.", ""},
      {"The Latvian ministry wrote on its website that talks would resume soon.", "talks would resume soon"},
  };
  dossier::QuoteOptions o;
  o.indirect = true;
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto qs = quotes_of(make_doc(c.text, {{"Sergei Lavrov", "PERSON", {"Lavrov"}}, {"Foreign Ministry", "ORG", {"Foreign Ministry"}}}), o);
    if (std::string(c.want).empty()) {
      CHECK(qs.empty());
    } else {
      REQUIRE(qs.size() == 1);
      CHECK(qs[0].text == c.want);
    }
  }
}

TEST_CASE("a paragraph full of straight marks pairs them without nesting", "[quotes]") {
  std::string text = "He said";
  for (int i = 0; i < 2000; ++i) text += " \"a b";
  Document d = make_doc(text);
  std::vector<dossier::Warning> w;
  auto qs = dossier::scan_quotes(d.text, d.paragraphs, &w);
  CHECK(qs.size() == 1000);
  for (const auto& q : qs) CHECK(q.depth == 0);
  CHECK(w.empty());
}
