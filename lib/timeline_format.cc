// The chronology as aligned text and as an SVG with one lane per document.
// Tested by timeline_test.cc and svg_test.cc.
#include "dossier/svg.h"
#include "dossier/timeline.h"

#include <algorithm>

#include "dossier/timex.h"
#include "dossier/utf8.h"

namespace dossier::timeline {

std::string format_text(const std::vector<Event>& events) {
  std::string out;
  for (const auto& e : events) {
    std::string date = e.date;
    if (date.size() < 12) date.resize(12, ' ');
    out += date + e.what + "\n";
    for (const auto& s : e.sources) out += "            " + s.path + " (" + s.timex + ")\n";
  }
  return out;
}

namespace {

using svg::xml_escape;

int64_t day_number(const std::string& d) {
  int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(5, 2)), dd = std::stoi(d.substr(8, 2));
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
}

// Cuts a label to N code points.
std::string cut(const std::string& s, size_t n) {
  if (utf8::length(s) <= n) return s;
  utf8::OffsetMap map(s);
  return s.substr(0, map.to_byte(n - 1)) + "…";
}

}  // namespace

std::string format_svg(const std::vector<Event>& events) {
  // Lanes: one per document, in order of first appearance; x: the middle of the event's
  // date range on a linear day axis.
  std::vector<std::string> lanes;
  int64_t lo = 0, hi = 0;
  bool any = false;
  for (const auto& e : events) {
    for (const auto& s : e.sources)
      if (std::find(lanes.begin(), lanes.end(), s.path) == lanes.end()) lanes.push_back(s.path);
    if (auto r = timex::date_range(e.date)) {
      int64_t a = day_number(r->first), b = day_number(r->second);
      lo = any ? std::min(lo, a) : a;
      hi = any ? std::max(hi, b) : b;
      any = true;
    }
  }
  const int kLeft = 220, kWidth = 1000, kLane = 28, kTop = 40, kRow = 16;
  int height = kTop + kLane * static_cast<int>(lanes.size()) + 40 + kRow * static_cast<int>(events.size()) + 20;
  auto x_of = [&](int64_t day) {
    double span = hi > lo ? static_cast<double>(hi - lo) : 1.0;
    return kLeft + static_cast<int>((kWidth - kLeft - 20) * static_cast<double>(day - lo) / span);
  };
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(kWidth) + "\" height=\"" +
                    std::to_string(height) + "\" font-family=\"sans-serif\" font-size=\"11\">\n";
  out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  int axis = kTop + kLane * static_cast<int>(lanes.size());
  out += "<line x1=\"" + std::to_string(kLeft) + "\" y1=\"" + std::to_string(axis) + "\" x2=\"" + std::to_string(kWidth - 20) +
         "\" y2=\"" + std::to_string(axis) + "\" stroke=\"black\"/>\n";
  if (any) {
    std::string first = events.front().date, last = events.back().date;
    for (const auto& e : events) {
      if (auto r = timex::date_range(e.date)) {
        first = std::min(first, r->first);
        last = std::max(last, r->second);
      }
    }
    int ya = std::stoi(first.substr(0, 4)), yb = std::stoi(last.substr(0, 4));
    int step = std::max(1, (yb - ya + 1) / 10);
    for (int y = ya; y <= yb + 1; y += step) {
      char d[16];
      std::snprintf(d, sizeof d, "%04d-01-01", y);
      int64_t day = day_number(d);
      if (day < lo || day > hi) continue;
      int x = x_of(day);
      out += "<line x1=\"" + std::to_string(x) + "\" y1=\"" + std::to_string(axis - 4) + "\" x2=\"" + std::to_string(x) +
             "\" y2=\"" + std::to_string(axis + 4) + "\" stroke=\"black\"/><text x=\"" + std::to_string(x) + "\" y=\"" +
             std::to_string(axis + 16) + "\" text-anchor=\"middle\">" + std::to_string(y) + "</text>\n";
    }
  }
  for (size_t i = 0; i < lanes.size(); ++i) {
    int y = kTop + kLane * static_cast<int>(i) + kLane / 2;
    out += "<text x=\"4\" y=\"" + std::to_string(y + 4) + "\">" + xml_escape(cut(lanes[i], 32)) + "</text>\n";
    out += "<line x1=\"" + std::to_string(kLeft) + "\" y1=\"" + std::to_string(y) + "\" x2=\"" + std::to_string(kWidth - 20) +
           "\" y2=\"" + std::to_string(y) + "\" stroke=\"#ddd\"/>\n";
  }
  int row = axis + 40;
  for (size_t k = 0; k < events.size(); ++k) {
    const Event& e = events[k];
    auto r = timex::date_range(e.date);
    if (!r) continue;
    int x = x_of((day_number(r->first) + day_number(r->second)) / 2);
    std::string title = xml_escape(e.date + ": " + e.what);
    for (const auto& s : e.sources) {
      size_t lane = static_cast<size_t>(std::find(lanes.begin(), lanes.end(), s.path) - lanes.begin());
      int y = kTop + kLane * static_cast<int>(lane) + kLane / 2;
      out += "<circle cx=\"" + std::to_string(x) + "\" cy=\"" + std::to_string(y) + "\" r=\"4\" fill=\"steelblue\"><title>" +
             title + "</title></circle>\n";
    }
    out += "<text x=\"4\" y=\"" + std::to_string(row) + "\">" + xml_escape(e.date) + "</text><text x=\"90\" y=\"" +
           std::to_string(row) + "\">" + std::to_string(k + 1) + ". " + xml_escape(cut(e.what, 140)) + "</text>\n";
    out += "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(axis - 6) + "\" font-size=\"8\" text-anchor=\"middle\">" +
           std::to_string(k + 1) + "</text>\n";
    row += kRow;
  }
  out += "</svg>\n";
  return out;
}

}  // namespace dossier::timeline
