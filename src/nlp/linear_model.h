// A sparse multi-class linear model: the runtime half of an averaged perceptron.
// Features are 64-bit hashes; the model keys them by their 32-bit fold (the hashing
// trick: a rare collision merges two features' weights). Weights are int16 with one
// scale per model. Shared read-only by every thread.
#ifndef DYAD_NLP_LINEAR_MODEL_H_
#define DYAD_NLP_LINEAR_MODEL_H_

#include <cstdint>
#include <vector>

#include "base/model_file.h"
#include "dyad/status.h"

namespace dyad {

inline uint32_t FoldFeature(uint64_t h) {
  uint32_t k = static_cast<uint32_t>(h ^ (h >> 32));
  return k == 0 ? 1 : k;  // 0 marks an empty slot
}

class LinearModel {
 public:
  struct Entry {
    uint16_t label;
    int16_t weight;
  };

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }

  // Adds each feature's weights to scores[0, num_classes()). Unknown features add nothing.
  void Score(const uint64_t* features, size_t count, float* scores) const;

  void Write(ByteWriter* w) const;
  Status Read(ByteReader* r);

  // Builds the model from (feature, label, weight) triples; used by the trainer.
  struct Weight {
    uint64_t feature;
    uint16_t label;
    float weight;
  };
  static LinearModel Build(int num_classes, std::vector<Weight> weights);

  // A copy without the weights whose magnitude is below min_weight (and without
  // features left with none): smaller files and fewer cache misses.
  LinearModel Pruned(float min_weight) const;

 private:
  void BuildTable(std::vector<std::pair<uint32_t, std::vector<Entry>>> rows);
  int num_classes_ = 0;
  float scale_ = 1.0f;
  size_t num_features_ = 0;
  uint32_t mask_ = 0;
  // Open addressing. Slot k's entries are entries_[slots_[k].begin, slots_[k + 1].begin);
  // key 0 marks an empty slot. A slot also carries copies of its first two entries, so
  // most features (rows of one or two classes) cost one cache miss, not two.
  static constexpr uint32_t kInline = 2;
  struct Slot {
    uint32_t key;
    uint32_t begin;
    Entry first[kInline];
  };
  std::vector<Slot> slots_;  // mask_ + 2 entries (a sentinel closes the last range)
  std::vector<Entry> entries_;
};

}  // namespace dyad

#endif  // DYAD_NLP_LINEAR_MODEL_H_
