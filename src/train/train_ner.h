// Trains the named-entity recognizer (greedy averaged perceptron over BIO tags).
#ifndef DYAD_TRAIN_TRAIN_NER_H_
#define DYAD_TRAIN_TRAIN_NER_H_

#include <ostream>
#include <vector>

#include "dyad/document.h"
#include "nlp/entity_recognizer.h"
#include "train/params.h"

namespace dyad {

struct NerTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  float min_weight = 0.0f;

  Status Apply(const Params& params);
};

// The gazetteer of names in dyad's knowledge base (data/kb: people, organisations,
// countries, capitals, regions). Errors name file and line.
Result<Gazetteer> BuildGazetteer(const std::string& kb_dir);

// Sentences carry forms, predicted POS tags and gold entities. Returns the epoch with
// the best dev F1.
Result<EntityRecognizer> TrainNer(const std::vector<Sentence>& train,
                                  const std::vector<Sentence>& dev, Gazetteer gazetteer,
                                  const NerTrainOptions& options, std::ostream& log);

}  // namespace dyad

#endif  // DYAD_TRAIN_TRAIN_NER_H_
