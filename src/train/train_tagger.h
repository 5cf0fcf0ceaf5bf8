// Trains the tagger (averaged perceptron, greedy decoding with predicted history).
#ifndef DYAD_TRAIN_TRAIN_TAGGER_H_
#define DYAD_TRAIN_TRAIN_TAGGER_H_

#include <ostream>
#include <vector>

#include "dyad/document.h"
#include "nlp/tagger.h"
#include "train/params.h"

namespace dyad {

struct TaggerTrainOptions {
  int epochs = 12;              // passes over the training set; the best dev epoch is kept
  uint64_t seed = 1;            // shuffling
  float min_weight = 0.0f;      // averaged weights below this are pruned from the model
  int ambiguity_min_count = 2;  // words seen fewer times get no ambiguity class

  Status Apply(const Params& params);
};

// Returns the model of the epoch with the best dev accuracy (UPOS and XPOS both right);
// with no dev sentences, the last epoch's.
Result<Tagger> TrainTagger(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                           const TaggerTrainOptions& options, std::ostream& log);

}  // namespace dyad

#endif  // DYAD_TRAIN_TRAIN_TAGGER_H_
