// Readers' comments under a story. They read like prose to the content model (sentences,
// function words, a paragraph's length), so the page's layout finds where they start: at a
// comments heading after the story, or at the first of a run of comment stamps.
// Tested by comments_test.cc.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "internal.h"
#include "dossier/utf8.h"

namespace dossier::boilerplate {

namespace {

using namespace std::string_view_literals;

bool text_ends_with(std::string_view t, std::string_view end) {
  return t.size() >= end.size() && t.substr(t.size() - end.size()) == end;
}

// Whether a removed or kept line of a page is article prose: a sentence of twelve words
// or more that the content model keeps.
bool story_paragraph(const LineShape& s, const std::string& kind) { return kind.empty() && s.terminal && s.words >= 12; }

// A stamp signed with the commenter's name ("Dana says:", "by dana99 ( 1234 ) writes:"),
// not a writer a story quotes ("He writes:", "The minister said:", "Smith wrote:", which a
// block quotation follows).
bool signed_stamp(std::string_view t, const LineShape& s) {
  if (s.words == 0 || s.words > 6) return false;
  if (!(text_ends_with(t, " says:") || text_ends_with(t, " writes:"))) return false;
  // Not a pronoun or a noun phrase of the story ("The minister says:", "A farmer says:").
  const std::string first = utf8::ascii_lower(t.substr(0, t.find(' ')));
  for (const char* word : {"he", "she", "they", "it", "i", "we", "you", "who", "one", "the", "a", "an", "this",
                           "that", "these", "those", "our", "my", "his", "her", "their", "its", "another", "each"})
    if (first == word) return false;
  return true;
}

// A comment's button or the subject of a reply: "Reply", "Reply to Dana", "Re: the subject".
bool reply_stamp(std::string_view t, const LineShape& s) {
  if (s.words == 0) return false;
  if (t.substr(0, 3) == "Re:" && s.words <= 14) return true;
  if (s.words > 6) return false;
  const std::string lower = utf8::ascii_lower(t);
  return lower == "reply"sv || lower.rfind("reply to ", 0) == 0;
}

// Whether a line that comes before it says what follows: a comment's stamp or button, or
// a time stamp, within six lines.
bool comment_follows(const std::vector<Block>& blocks, const PageFeatures& page, size_t i) {
  const size_t n = blocks.size();
  for (size_t k = i + 1; k < n && k <= i + 6; ++k) {
    const LineShape& s = page.shapes[k];
    if (time_stamp(s) && s.words <= 8) return true;
    std::string_view t = blocks[k].text;
    if (t.size() <= 12) {
      const std::string lower = utf8::ascii_lower(t);
      if (lower == "reply"sv || lower == "reply \u2193"sv || lower == "report"sv) return true;
    }
    for (std::string_view end : {"says:", "writes:", "said:"})
      if (text_ends_with(t, end)) return true;
  }
  return false;
}

void comments_from(size_t start, std::vector<std::string>& kind) {
  for (size_t k = start; k < kind.size(); ++k)
    if (kind[k].empty() || kind[k] == "?"sv) kind[k] = "comment";
}

// A comments heading ("12 Comments", "Leave a Reply") after the story's paragraphs opens
// the readers' comments, which run to the page's end. A heading of one word ("Responses")
// may head a part of the story: the comments it opens show a comment's stamp or a "Reply"
// button within a few lines.
void comments_after_heading(const std::vector<Block>& blocks, const PageFeatures& page, std::vector<std::string>& kind) {
  size_t prose_before = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const LineShape& s = page.shapes[i];
    prose_before += story_paragraph(s, kind[i]);
    if (page.rules[i].kind == "comment"sv && prose_before >= 3 && i >= page.dense_first &&
        (s.words >= 2 || comment_follows(blocks, page, i))) {
      comments_from(i + 1, kind);
      return;
    }
  }
}

// Comments under a heading no rule knows (a discussion's heading, a count run into a
// toolbar): three stamps or more after two of the story's paragraphs, signed stamps by
// three different names, open the comments at the first stamp, or at a line naming the
// comments a few lines above it (a comment's text comes before its "Reply" button).
void comments_after_stamps(const std::vector<Block>& blocks, const PageFeatures& page, std::vector<std::string>& kind) {
  const size_t n = blocks.size();
  size_t first = n, second_paragraph = n, buttons = 0, subjects = 0, prose = 0;
  std::unordered_set<uint64_t> signers;
  for (size_t i = 0; i < n; ++i) {
    const LineShape& s = page.shapes[i];
    const std::string_view t = blocks[i].text;
    const bool is_signed = signed_stamp(t, s), is_reply = !is_signed && reply_stamp(t, s);
    if (!is_signed && !is_reply) {
      if (first == n && story_paragraph(s, kind[i]) && ++prose == 2) second_paragraph = i;
      continue;
    }
    if (first == n) {
      if (prose < 2) continue;  // a stamp above the story: a link to its comments
      first = i;
    }
    if (is_signed) signers.insert(s.text_hash);
    buttons += is_reply;
    subjects += is_reply && t.substr(0, 3) == "Re:"sv;
  }
  // Subjects alone ("Re: ...") may be a story about letters: a comment's stamp or button must
  // be among them.
  if (first == n || signers.size() + buttons < 3 || signers.size() + buttons == subjects) return;
  // A heading naming the comments a few lines above the first stamp opens them (a comment's
  // text comes before its "Reply"): a short line without a full stop ("The board declined to
  // comment." is the story's). The story keeps its first two paragraphs whatever.
  size_t start = first;
  for (size_t j = first; j-- > std::max(second_paragraph + 1, first >= 12 ? first - 12 : 0);) {
    const LineShape& s = page.shapes[j];
    const std::string_view t = blocks[j].text;
    if (s.words <= 8 && !t.empty() && t.back() != '.' && utf8::ascii_lower(t).find("comment") != std::string::npos) start = j;
  }
  comments_from(start, kind);
}

}  // namespace

void mark_comments(const std::vector<Block>& blocks, const PageFeatures& page, std::vector<std::string>& kind) {
  // The stamps first: a story of two paragraphs has its third only among the comments.
  comments_after_stamps(blocks, page, kind);
  comments_after_heading(blocks, page, kind);
}

}  // namespace dossier::boilerplate
