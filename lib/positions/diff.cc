// The diff of positions between two selections, and its text and SVG renderings. Tested
// by diff_test.cc and tests/golden/diff-positions/.
#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>

#include "dossier/svg.h"
#include "dossier/error.h"
#include "dossier/positions.h"
#include "dossier/utf8.h"

namespace dossier {

namespace {

std::string lower(std::string_view s) { return utf8::ascii_lower(s); }

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// TIMEX3 values compare by their common prefix: "2009-12" is until=2010 and since=2009-06.
bool date_at_least(const std::string& date, const std::string& bound) {
  return !date.empty() && std::isdigit(static_cast<unsigned char>(date[0])) && date.substr(0, bound.size()) >= bound;
}
bool date_at_most(const std::string& date, const std::string& bound) {
  return !date.empty() && std::isdigit(static_cast<unsigned char>(date[0])) && date.substr(0, bound.size()) <= bound;
}

std::string stem_of(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

// At most MAX code points of S on one line, with "..." when cut.
std::string one_line(std::string_view s, size_t max) {
  std::string flat;
  for (char c : s) flat += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (utf8::length(flat) <= max) return flat;
  utf8::OffsetMap map(flat);
  return flat.substr(0, map.to_byte(max)) + "...";
}

using svg::xml_escape;

}  // namespace

bool Selection::matches(const Position& p, const std::string& doc_id) const {
  if (actor && lower(*actor) != lower(p.actor)) return false;
  if (since && !date_at_least(p.date, *since)) return false;
  if (until && !date_at_most(p.date, *until)) return false;
  if (doc && *doc != doc_id) return false;
  return true;
}

Selection parse_selection(std::string_view spec) {
  Selection sel;
  sel.text = std::string(spec);
  size_t pos = 0;
  while (pos <= spec.size()) {
    size_t comma = spec.find(',', pos);
    std::string item = trim(spec.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
    pos = comma == std::string_view::npos ? spec.size() + 1 : comma + 1;
    if (item.empty()) continue;
    size_t eq = item.find('=');
    if (eq == std::string::npos) throw Error("selection item '" + item + "' is not KEY=VALUE");
    std::string key = trim(item.substr(0, eq)), value = trim(item.substr(eq + 1));
    if (value.empty()) throw Error("selection item '" + item + "' has no value");
    if (key == "actor") {
      sel.actor = value;
    } else if (key == "since" || key == "until") {
      if (!std::isdigit(static_cast<unsigned char>(value[0])))
        throw Error("selection item '" + item + "' needs a date (YYYY, YYYY-MM or YYYY-MM-DD)");
      (key == "since" ? sel.since : sel.until) = value;
    } else if (key == "doc") {
      sel.doc = value;
    } else {
      throw Error("unknown selection key '" + key + "' (actor, since, until, doc)");
    }
  }
  return sel;
}

PositionDiffer::PositionDiffer(Selection left, Selection right, size_t max_evidence)
    : left_(std::move(left)), right_(std::move(right)), max_evidence_(max_evidence) {
  by_topic_ = left_.actor && right_.actor && lower(*left_.actor) != lower(*right_.actor);
}

void PositionDiffer::add_to(Side& side, const Position& p, const std::string& doc_id, const std::string& text) {
  (p.stance == "oppose" ? side.oppose : side.support) += 1;
  if (p.date >= side.latest_date) {
    side.latest_date = p.date;
    side.latest_stance = p.stance;
  }
  auto d = std::lower_bound(side.dates.begin(), side.dates.end(), p.date);
  if (!p.date.empty() && (d == side.dates.end() || *d != p.date)) side.dates.insert(d, p.date);
  bool known = std::any_of(side.evidence.begin(), side.evidence.end(),
                           [&](const Evidence& e) { return e.doc == doc_id && e.text == text; });
  if (!known && side.evidence.size() < max_evidence_) side.evidence.push_back(Evidence{doc_id, text, p.date});
}

void PositionDiffer::add(const Document& doc, const std::vector<Position>& positions) {
  utf8::OffsetMap map(doc.text);
  std::string stem = stem_of(doc.source.path);
  for (const auto& p : positions) {
    bool l = left_.matches(p, doc.id) || (left_.doc && left_.matches(p, stem));
    bool r = right_.matches(p, doc.id) || (right_.doc && right_.matches(p, stem));
    if (!l && !r) continue;
    size_t b = map.to_byte(static_cast<size_t>(std::max<int64_t>(p.evidence.start, 0)));
    size_t e = map.to_byte(static_cast<size_t>(std::max<int64_t>(p.evidence.end, 0)));
    std::string text = e > b ? doc.text.substr(b, e - b) : std::string();
    std::string actor = by_topic_ ? *left_.actor + " vs " + *right_.actor : p.actor;
    auto& cell = cells_[{actor, p.topic}];
    if (l) {
      if (!cell.first) cell.first.emplace();
      add_to(*cell.first, p, doc.id, text);
    }
    if (r) {
      if (!cell.second) cell.second.emplace();
      add_to(*cell.second, p, doc.id, text);
    }
  }
}

std::vector<PositionDiff> PositionDiffer::diffs() const {
  auto side = [](const std::optional<Side>& s) -> std::optional<PositionSide> {
    if (!s) return std::nullopt;
    PositionSide out;
    out.stance = s->support > s->oppose ? "support" : s->oppose > s->support ? "oppose" : s->latest_stance;
    out.dates = s->dates;
    out.evidence = s->evidence;
    return out;
  };
  std::vector<PositionDiff> out;
  for (const auto& [key, cell] : cells_) {
    PositionDiff d;
    d.actor = key.first;
    d.topic = key.second;
    d.left = side(cell.first);
    d.right = side(cell.second);
    if (d.left && d.right) {
      d.change = d.left->stance == d.right->stance ? "same" : "flipped";
    } else {
      d.change = d.right ? "added" : "removed";
    }
    out.push_back(std::move(d));
  }
  return out;
}

std::string diff_text(const std::vector<PositionDiff>& diffs, const Selection& left, const Selection& right) {
  std::string out = fmt::format("--- {}\n+++ {}\n", left.text.empty() ? "all" : left.text,
                                right.text.empty() ? "all" : right.text);
  for (const auto& d : diffs) {
    const PositionSide& shown = d.right ? *d.right : *d.left;
    char mark = d.change == "added" ? '+' : d.change == "removed" ? '-' : d.change == "flipped" ? '~' : ' ';
    std::string stance = d.change == "flipped" ? d.left->stance + " -> " + d.right->stance : shown.stance;
    std::string dates;
    for (const auto& x : shown.dates) dates += (dates.empty() ? "" : ",") + x;
    out += fmt::format("{} {} {}: {}{}\n", mark, d.actor, d.topic, stance, dates.empty() ? "" : " (" + dates + ")");
    if (d.change == "flipped" && !d.left->evidence.empty())
      out += fmt::format("{}     \"{}\"\n", mark, one_line(d.left->evidence.front().text, 160));
    if (!shown.evidence.empty()) out += fmt::format("{}     \"{}\"\n", mark, one_line(shown.evidence.front().text, 160));
  }
  return out;
}

std::string diff_svg(const std::vector<PositionDiff>& diffs, const Selection& left, const Selection& right) {
  std::vector<std::string> actors, topics;
  for (const auto& d : diffs) {
    if (std::find(actors.begin(), actors.end(), d.actor) == actors.end()) actors.push_back(d.actor);
    if (std::find(topics.begin(), topics.end(), d.topic) == topics.end()) topics.push_back(d.topic);
  }
  std::sort(topics.begin(), topics.end());
  const int cell = 36, label_w = 200, header_h = 190, legend_h = 60;
  int width = label_w + cell * static_cast<int>(topics.size()) + 40;
  int height = header_h + cell * static_cast<int>(actors.size()) + legend_h;
  auto colour = [](const std::optional<PositionSide>& s) {
    if (!s) return "#e0e0e0";
    return s->stance == "support" ? "#2e8b57" : "#c0392b";
  };
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" "
      "font-family=\"sans-serif\" font-size=\"12\">\n",
      width, height, width, height);
  out += fmt::format("<title>positions: {} vs {}</title>\n", xml_escape(left.text.empty() ? "all" : left.text),
                     xml_escape(right.text.empty() ? "all" : right.text));
  out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  for (size_t t = 0; t < topics.size(); ++t) {
    int x = label_w + static_cast<int>(t) * cell + cell / 2;
    out += fmt::format("<text transform=\"translate({},{}) rotate(-60)\">{}</text>\n", x, header_h - 6,
                       xml_escape(topics[t]));
  }
  for (size_t a = 0; a < actors.size(); ++a) {
    int y = header_h + static_cast<int>(a) * cell;
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", label_w - 8, y + cell / 2 + 4,
                       xml_escape(actors[a]));
  }
  for (const auto& d : diffs) {
    size_t a = static_cast<size_t>(std::find(actors.begin(), actors.end(), d.actor) - actors.begin());
    size_t t = static_cast<size_t>(std::find(topics.begin(), topics.end(), d.topic) - topics.begin());
    int x = label_w + static_cast<int>(t) * cell, y = header_h + static_cast<int>(a) * cell;
    const char* glyph = d.change == "added" ? "+" : d.change == "removed" ? "\u2212" : d.change == "flipped" ? "~" : "=";
    out += fmt::format("<g><title>{} {}: {}</title>", xml_escape(d.actor), xml_escape(d.topic), d.change);
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", x + 1, y + 1, cell / 2 - 1,
                       cell - 2, colour(d.left));
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", x + cell / 2, y + 1,
                       cell / 2 - 1, cell - 2, colour(d.right));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"white\" font-weight=\"bold\">{}</text></g>\n",
                       x + cell / 2, y + cell / 2 + 4, glyph);
  }
  int ly = header_h + cell * static_cast<int>(actors.size()) + 24;
  out += fmt::format(
      "<text x=\"8\" y=\"{}\">left half: {}; right half: {}; green support, red oppose, grey none</text>\n", ly,
      xml_escape(left.text.empty() ? "all" : left.text), xml_escape(right.text.empty() ? "all" : right.text));
  out += "</svg>\n";
  return out;
}

}  // namespace dossier
