// Topic frames read from their written form (frames.h): groups of words, exclusions and the
// window, each word as its lemma. Tested by frames_test.cc.
#include <string>

#include "dossier/error.h"
#include "dossier/utf8.h"
#include "frame_words.h"
#include "lemma.h"

namespace dossier::positions_detail {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "expand, membership in" -> {{"expand"}, {"membership", "in"}} as lemmas.
std::vector<std::vector<std::string>> parse_group(std::string_view body, Lemmatizer& lemmas,
                                                 std::vector<std::pair<std::string, std::string>>& written) {
  std::vector<std::vector<std::string>> out;
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t comma = body.find(',', pos);
    std::string_view alt = trim(body.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
    pos = comma == std::string_view::npos ? body.size() + 1 : comma + 1;
    std::vector<std::string> words;
    size_t i = 0;
    while (i < alt.size()) {
      while (i < alt.size() && !is_frame_word_byte(alt[i])) ++i;
      size_t b = i;
      while (i < alt.size() && is_frame_word_byte(alt[i])) ++i;
      if (i > b) {
        words.push_back(lemmas.lemma(alt.substr(b, i - b)));
        written.emplace_back(utf8::ascii_lower(alt.substr(b, i - b)), words.back());
      }
    }
    if (words.empty()) throw Error("topic frame: empty alternative in {" + std::string(body) + "}");
    if (words.size() > 2) throw Error("topic frame: an alternative is one or two words, not '" + std::string(alt) + "'");
    out.push_back(std::move(words));
  }
  return out;
}

}  // namespace

Frame parse_frame(std::string_view topic, std::string_view expression, bool denied, Lemmatizer& lemmas) {
  Frame f;
  f.topic = std::string(topic);
  f.denied = denied;
  size_t i = 0;
  while (i < expression.size()) {
    char c = expression[i];
    if (c == ' ' || c == '\t') {
      ++i;
    } else if (c == '{' || c == '[' || (c == '!' && i + 1 < expression.size() && expression[i + 1] == '{')) {
      bool exclude = c == '!';
      size_t open = i + (exclude ? 1 : 0);
      char closer = expression[open] == '[' ? ']' : '}';
      size_t close = expression.find(closer, open);
      if (close == std::string_view::npos) throw Error(std::string("topic frame: '") + expression[open] + "' without '" + closer + "'");
      auto group = parse_group(expression.substr(open + 1, close - open - 1), lemmas, f.written);
      if (exclude) {
        f.exclusions.insert(f.exclusions.end(), group.begin(), group.end());
      } else {
        if (closer == ']') {
          if (f.mention_group >= 0) throw Error("topic frame: more than one [mention] group");
          f.mention_group = static_cast<int>(f.groups.size());
        }
        f.groups.push_back(std::move(group));
      }
      i = close + 1;
    } else if (c == '~') {
      size_t b = ++i, n = 0;
      while (i < expression.size() && expression[i] >= '0' && expression[i] <= '9') n = n * 10 + static_cast<size_t>(expression[i++] - '0');
      if (i == b || n == 0 || n > 64) throw Error("topic frame: a window is ~N words, N from 1 to 64");
      f.window = n;
    } else {
      throw Error("topic frame: expected {words}, !{words} or ~N at '" + std::string(expression.substr(i)) + "'");
    }
  }
  if (f.groups.empty()) throw Error("topic frame: no {group} of words");
  if (f.groups.size() > 16) throw Error("topic frame: more than 16 groups");
  return f;
}

}  // namespace dossier::positions_detail
