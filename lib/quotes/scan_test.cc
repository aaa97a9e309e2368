// The mark scanner's mechanisms: stray marks told apart in one pass, leading elisions.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/quotes.h"

namespace {

std::vector<std::string> scanned_inners(const std::string& text, std::vector<dossier::Warning>* w = nullptr) {
  std::vector<std::string> out;
  for (const auto& q : dossier::scan_quotes(text, {}, w)) out.push_back(dossier::span_text(text, q.inner));
  return out;
}

}  // namespace

TEST_CASE("Each stray mark of a long paragraph is reported once, as opening or closing", "[quotes]") {
  // Many stray closing marks and one opening mark left open, in one paragraph: each stray
  // mark is told by a lookup among the unbalanced openings, whatever their number.
  std::string text;
  std::vector<int64_t> closings;
  for (int i = 0; i < 200; ++i) {
    text += "word";
    closings.push_back(static_cast<int64_t>(text.size()));
    text += "\u201D and ";
  }
  int64_t opening = static_cast<int64_t>(text.size());
  text += "\u00ABnever closed";
  std::vector<dossier::Warning> w;
  auto got = scanned_inners(text, &w);
  REQUIRE(got.size() == 1);
  CHECK(got[0] == "never closed");
  REQUIRE(w.size() == closings.size() + 1);
  for (size_t i = 0; i < closings.size(); ++i) {
    CHECK(w[i].at == closings[i] - static_cast<int64_t>(2 * i));  // code points: each ” is 3 bytes, 1 code point
    CHECK(w[i].message.find("closing") == 0);
  }
  CHECK(w.back().at == opening - static_cast<int64_t>(2 * closings.size()));
  CHECK(w.back().message.find("opening") == 0);
}

TEST_CASE("A leading-elision apostrophe opens no quote", "[quotes]") {
  CHECK(scanned_inners("'Tis the season, and 'cause of it we sang 'em a song.").empty());
  CHECK(scanned_inners("He played rock 'n' roll in the '90s and 'til dawn.").empty());
  CHECK(scanned_inners("\u2018Tis true, she said \u2018nothing\u2019 at all.") == std::vector<std::string>{"nothing"});
  CHECK(scanned_inners("'Cause,' he said, 'I can.'") == std::vector<std::string>{"I can."});
  CHECK(scanned_inners("She said 'never' twice.") == std::vector<std::string>{"never"});
}

TEST_CASE("A one-letter elision inside a single-quoted quote does not close it", "[quotes]") {
  CHECK(scanned_inners("Critics called it 'rock 'n' roll economics' on Monday.") ==
        std::vector<std::string>{"rock 'n' roll economics"});
  CHECK(scanned_inners("Critics called it \u2018rock \u2019n\u2019 roll economics\u2019 on Monday.") ==
        std::vector<std::string>{"rock \u2019n\u2019 roll economics"});
}

TEST_CASE("A contraction's clitic written apart from its word opens no quote", "[quotes]") {
  CHECK(scanned_inners("It \u2019s limitless, and you \u2019ll see that we \u2019re right.").empty());
  CHECK(scanned_inners("It 's fine, he said 'never' again.") == std::vector<std::string>{"never"});
}

TEST_CASE("Two backticks open a quote that two apostrophes or a double mark close", "[quotes]") {
  CHECK(scanned_inners("He said ``we will stay'' and left.") == std::vector<std::string>{"we will stay"});
  CHECK(scanned_inners("`` I say brains matter more. We have brains.\" -- he said.") ==
        std::vector<std::string>{"I say brains matter more. We have brains."});
  CHECK(scanned_inners("The rock ''n'' roll band played the `90s hits.").empty());
}
