// Trains the named-entity recognizer (averaged structured perceptron over BIO tags,
// Viterbi decoding).
#ifndef DYAD_TRAIN_TRAIN_NER_H_
#define DYAD_TRAIN_TRAIN_NER_H_

#include <ostream>
#include <vector>

#include "dyad/document.h"
#include "nlp/entity_recognizer.h"
#include "train/cluster_words.h"
#include "train/params.h"

namespace dyad {

struct NerTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  float min_weight = 0.0f;
  // Words seen fewer times in the training text get no casing profile.
  int case_min_count = 2;
  // Stop after this many epochs without a better dev F1 (0: run every epoch).
  int patience = 0;
  // Word clusters induced from the training text; clusters.fine = 0 turns them off.
  ClusterOptions clusters;

  Status Apply(const Params& params);
};

// The gazetteer of names in dyad's knowledge base (data/kb: people and their first
// names, organisations, countries, capitals, regions), plus the place table
// (build/data/places.tsv: GeoNames cities, provinces) unless places_tsv is empty.
// Errors name file and line.
Result<Gazetteer> BuildGazetteer(const std::string& kb_dir, const std::string& places_tsv = "");

// Sentences carry forms, predicted POS tags and gold entities. cluster_text is unlabeled
// text whose words are clustered together with the training text's. Returns the epoch
// with the best dev F1.
Result<EntityRecognizer> TrainNer(const std::vector<Sentence>& train,
                                  const std::vector<Sentence>& dev, Gazetteer gazetteer,
                                  const NerTrainOptions& options, std::ostream& log,
                                  const std::vector<Sentence>& cluster_text = {});

}  // namespace dyad

#endif  // DYAD_TRAIN_TRAIN_NER_H_
