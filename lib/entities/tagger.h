// Private to the entities module: the averaged-perceptron sequence tagger. Tags are BIO
// over four kinds of names (person, organisation, place, event); decoding is greedy from
// left to right with the previous tag as features, and an I tag only continues a name
// of its own kind. Weights are a hashed table (features.h) stored sparse and quantized
// (lib/data/entities/tagger.bin, written by train_entity_tagger()).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "dossier/entities.h"
#include "features.h"

namespace dossier::entities_detail {

constexpr unsigned kTags = 9;  // O, then B and I of each kind
enum Kind : unsigned { kKindPerson = 0, kKindOrg, kKindPlace, kKindEvent, kKinds };
inline unsigned begin_tag(unsigned kind) { return 1 + 2 * kind; }
inline unsigned inside_tag(unsigned kind) { return 2 + 2 * kind; }
inline unsigned kind_of(unsigned tag) { return (tag - 1) / 2; }
inline bool is_inside(unsigned tag) { return tag != 0 && tag % 2 == 0; }
// The entity type of a kind: PERSON, ORG, GPE (places of any sort), EVENT.
std::string_view kind_type(unsigned kind);
// The kind of an entity type; kKinds for types the tagger does not learn (LAW).
unsigned kind_of_type(std::string_view type);

// A name found by the tagger: tokens [first, last) of one kind.
struct TaggedName {
  size_t first = 0, last = 0;
  unsigned kind = 0;
  float margin = 0;  // the least, over its tokens, of the best tag's lead over the next
};

// The gold tags of TOKS (tokens of TEXT) for an annotation that lists each entity with its
// surface forms: every form found in the text (longest first, case-sensitive, a leading
// "the" dropped) is tagged with its entity's kind; forms of LAW entities stay outside.
std::vector<uint8_t> gold_tags(std::string_view text, const std::vector<Token>& toks, const std::vector<Entity>& entities);

// The tagger's features of DOC's tokens (tokenize(doc.text)), with the names the rules of
// find_entities find (a reference to a per-thread buffer, valid until the next call).
const TokenFeatures& document_features(const Document& doc, const Gazetteer& gazetteer);

class TaggerModel;

// One annotated document of the training directories (train_entity_tagger, entities.h): its
// text ingested as plain article text and its gold entities.
struct AnnotatedDocument {
  Document doc;
  std::vector<Entity> gold;
};
// The documents of DIRS, in directory order and entities.jsonl order (training.cc).
std::vector<AnnotatedDocument> load_annotated(const std::vector<std::string>& dirs);

// find_entities() consulting MODEL instead of the embedded tagger (finder.cc), for the
// held-out figures of the tagger's training.
std::vector<Entity> find_entities_with(const Document& doc, const Gazetteer& gazetteer, const TaggerModel& model);

// The margins (dossier::TaggerMargins, entities.h): how sure the tagger must be, in the
// units of its weights (TaggedName::margin), for the tagger review (finder_tagger.h) to take
// its word on a name the gazetteer lacks: to retype a name of the rules (TYPE), to add a
// name the rules missed (ADD; the Revision's pass on capitalized common words reads it too),
// to drop a name of the rules (DROP), and to drop a name the rules typed ORG for want of
// evidence (GUESS_DROP). They scale with the weights: whenever the tagger is retrained they
// must be chosen again and set as TaggerMargins' defaults (the weights file does not hold
// them; README, extract-entities), as must the headings' own margin (Headings::
// kConfirmMargin, revision.h), which is not chosen on the folds: headings are rare in the
// training text. The defaults are set by hand for the embedded weights, to keep the tagger
// from undoing what the rules get right on news. Chosen on the held-out folds of the
// training text instead, one margin at a time and again around the best, they would be TYPE
// 10, GUESS_DROP 20, DROP 80, ADD 60 (folds of five, four and eight: F1 0.700, 0.702, 0.702
// for 0.694, 0.694, 0.692; gum-other-train 0.635 for 0.596, crossner-politics-train 0.808
// for 0.789), but on news they lose (MEANTIME 0.806 for 0.841, security-12 0.954 for 0.958,
// gum-interview-speech 0.703 for 0.706; crossner-politics level, 0.775 for 0.774): the
// training text is encyclopaedic and political, not news.

class TaggerModel {
 public:
  // An empty model tags nothing.
  TaggerModel() = default;
  // Reads a weights file (the format of to_bytes()); throws dossier::Error when malformed.
  static TaggerModel from_bytes(std::string_view bytes);
  // The embedded model, loaded once; empty when the library was built without one.
  static const TaggerModel& builtin();

  bool empty() const { return weights_.empty(); }
  // The margins the tagger review holds this model's word to: the compiled-in ones unless
  // set (the held-out figures try others, cross_validate_entity_tagger()).
  const TaggerMargins& margins() const { return margins_; }
  void set_margins(const TaggerMargins& margins) { margins_ = margins; }
  // The tag of every token (0 for tokens the features do not score) and its margin: how
  // far its score leads the next best tag's (in weight units; 0 for tokens not scored, the
  // largest float where no tag but O may follow, as after no name at a connector).
  void tag(const TokenFeatures& features, size_t n, std::vector<uint8_t>& tags, std::vector<float>& margins) const;
  // The names the tags make (with FEATURES, those of the tagged tokens), each ending on a
  // token that can end a name.
  static std::vector<TaggedName> names(const std::vector<uint8_t>& tags, const std::vector<float>& margins,
                                       const TokenFeatures& features);

  // Training: the averaged perceptron over documents given as features and gold tags.
  // Deterministic: documents are visited in an order drawn from a fixed seed.
  struct Example {
    TokenFeatures features;
    std::vector<uint8_t> gold;
  };
  static TaggerModel train(const std::vector<Example>& examples, unsigned epochs);
  // The weights file: "dossier-tagger 1\n", then little-endian: the table's bits (u32), the
  // scale (f32, weight = value * scale), the row count (u32) and the rows, each a bucket
  // (u32) and kTags values (i16). Rows whose weights all quantize to zero are left out.
  std::string to_bytes() const;

 private:
  std::vector<int16_t> weights_;  // (1 << kFeatureBits) rows of kTags
  float scale_ = 1;
  TaggerMargins margins_;
  // What tagging reads (made from weights_ by prepare()): per row, each tag's weight but
  // the first less the first's (tag O's), widened to 32 bits. Decoding compares the tags'
  // scores and takes their differences, which stay the same when every row's O weight is
  // taken from all of its tags: a row is then eight lanes the compiler adds as two vectors,
  // with no widening of 16-bit weights, where nine 16-bit ones cost a dozen instructions.
  static constexpr unsigned kLanes = kTags - 1;
  std::vector<int32_t> lanes_;
  void prepare();
  // Adds the rows of buckets [B, E) to OUT[0..kLanes) (tags 1..8 less tag 0).
  void score(const uint32_t* b, const uint32_t* e, int32_t* out) const;
};

// The tagger's training example of an annotated document: its features and gold tags.
TaggerModel::Example tagger_example(const AnnotatedDocument& annotated, const Gazetteer& gazetteer);

}  // namespace dossier::entities_detail
