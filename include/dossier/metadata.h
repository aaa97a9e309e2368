// Document metadata found in the text itself: title (from the layout), dateline
// ("CORFU, Greece (Reuters) --", "Helsinki, 5 December 2008"), byline or credit line
// ("By ...", "(AP, MT)"), publisher (donation appeals naming the outlet, credit lines,
// "told The Moscow Times", a dateline's agency; names from lib/data/publishers.tsv), and
// a publication date where the text states one in the title, dateline or first lines.
// Every field is null when the text does not say it; boilerplate such as a "Last
// Updated" stamp is never taken for the publication date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dossier/boilerplate.h"

namespace dossier {

struct Metadata {
  std::optional<std::string> title, dateline, byline, publisher, published;
  // The date of an update stamp at the head of the page: the document's date when nothing
  // says when it was published (an update is most often the same day's).
  std::optional<std::string> updated;
};

Metadata extract_metadata(const std::vector<Block>& blocks, const Layout& layout);

// The lines that credit a story are part of it, as a news story prints them: its byline
// ("By Jane Doe", "By Staff Writer / May 4, 2031", "(AP, MT)": in brackets, naming an outlet)
// and an outlet's name on a line of its own ("The Associated Press", not under a photo)
// between the headline and the story's last line, and a reporter's sign-off with its agency
// or place right after that line ("\u2014 Jane Doe, with Reuters"). Web pages often
// drop them with the chrome around; this returns them to the text (LAYOUT's kinds cleared).
void keep_story_credits(const std::vector<Block>& blocks, Layout& layout);

// A full calendar date in TEXT ("5 December 2008", "December 5, 2008", "Dec. 5, 2008",
// "2008-12-05") as YYYY-MM-DD, or nullopt.
std::optional<std::string> find_full_date(const std::string& text);

// Whether S is a valid YYYY-MM-DD date.
bool is_iso_date(const std::string& s);

}  // namespace dossier
