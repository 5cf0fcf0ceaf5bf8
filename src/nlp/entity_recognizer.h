// Named-entity recognizer: PER, ORG and LOC spans as BIO tags, chosen greedily left to
// right by an averaged perceptron over word, shape, affix, context and POS features,
// with I-X allowed only after B-X or I-X.
#ifndef DYAD_NLP_ENTITY_RECOGNIZER_H_
#define DYAD_NLP_ENTITY_RECOGNIZER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "nlp/gazetteer.h"
#include "nlp/linear_model.h"

namespace dyad {

class EntityRecognizer {
 public:
  static constexpr const char* kComponent = "ner";
  // The tag set, in model order.
  static const std::vector<std::string>& Tags();

  static Result<EntityRecognizer> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // Sets sentence->entities; needs form and upos of every word.
  void Recognize(Sentence* sentence) const;

  struct WordInfo {
    uint64_t lower, form, shape, upos, xpos, prefix[3], suffix[3];
    uint64_t gaz_exact, gaz_folded;  // Gazetteer::Match codes
    bool upper_initial;
  };
  void Prepare(const Sentence& sentence, std::vector<WordInfo>* info) const;
  static void Features(const std::vector<WordInfo>& info, int i, int prev_tag,
                       std::vector<uint64_t>* out);
  // Whether tag may follow prev_tag (-1: sentence start).
  static bool Allowed(int prev_tag, int tag);
  // Entities from a tag sequence.
  static std::vector<Entity> Decode(const std::vector<int>& tags);

  void SetModel(LinearModel model) { model_ = std::move(model); }
  void SetGazetteer(Gazetteer gazetteer) { gazetteer_ = std::move(gazetteer); }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  const LinearModel& model() const { return model_; }

 private:
  LinearModel model_;
  Gazetteer gazetteer_;
};

}  // namespace dyad

#endif  // DYAD_NLP_ENTITY_RECOGNIZER_H_
