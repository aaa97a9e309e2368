// Private parts of the quotes module (lib/quotes/): the words it shares with the mention
// resolver (lib/mentions/words.h) and the view of the document its attribution rules read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../mentions/words.h"
#include "dossier/document.h"
#include "dossier/mentions.h"

namespace dossier::quotes_detail {

using namespace dossier::words;

// A speaker as found in the text: the entity (index into the entities given) or a name
// read from the text, or an anonymous source, with the words that named them.
struct Found {
  std::optional<size_t> entity;
  std::string name;                       // empty when anonymous or unknown
  std::optional<std::string> source_text; // "a ministry source"
  size_t b = 0, e = 0;                    // bytes of the mention, when there is one
  bool resolved() const { return entity.has_value() || !name.empty(); }
};

// What speaker attribution needs to know about the document, in bytes.
struct Context {
  std::string_view text;
  const std::vector<Entity>* entities = nullptr;
  const MentionResolver* resolver = nullptr;
  std::vector<std::pair<size_t, size_t>> paragraphs;
  std::vector<std::pair<size_t, size_t>> sentences;
  std::optional<size_t> turn_speaker;               // set while inside a turn naming an entity
  std::pair<size_t, size_t> quote{0, 0};           // the quote being attributed (no antecedents)

  const std::vector<MentionResolver::Span>& mentions() const { return resolver->mentions(); }
};

// Resolves the subject noun phrase text[b, e) of a cue through the mention resolver: the
// quote being attributed holds no antecedent, and "I" is the turn's speaker.
Found resolve_subject(const Context& ctx, size_t b, size_t e);

}  // namespace dossier::quotes_detail
