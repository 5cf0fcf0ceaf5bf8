// Induces word clusters from plain training text: each frequent word is described by the
// words seen just before and after it, and spherical k-means groups those context
// vectors, once into `fine` and once into `coarse` clusters. Deterministic for a seed.
#ifndef DYAD_TRAIN_CLUSTER_WORDS_H_
#define DYAD_TRAIN_CLUSTER_WORDS_H_

#include <cstdint>
#include <vector>

#include "dyad/document.h"
#include "nlp/word_clusters.h"

namespace dyad {

struct ClusterOptions {
  int min_count = 3;        // rarer words stay unclustered
  int context_words = 300;  // most frequent words used as contexts; the rest share one
  int fine = 128;
  int coarse = 32;
  int iterations = 15;
  uint64_t seed = 1;
};

WordClusters ClusterWords(const std::vector<Sentence>& text, const ClusterOptions& options);

}  // namespace dyad

#endif  // DYAD_TRAIN_CLUSTER_WORDS_H_
