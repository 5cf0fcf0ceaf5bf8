// A sparse multi-class linear model: the runtime half of an averaged perceptron.
// Features are 64-bit hashes; the model keys them by their 32-bit fold (the hashing
// trick: a rare collision merges two features' weights). Weights are int16 with one
// scale per model. Shared read-only by every thread.
#ifndef DYAD_NLP_LINEAR_MODEL_H_
#define DYAD_NLP_LINEAR_MODEL_H_

#include <cstdint>
#include <vector>

#include "base/huge_array.h"
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
  // The same with the stored integer weights, unscaled: sums are exact, so they do not
  // depend on the order in which features are added. Multiply by scale() for Score's units.
  void ScoreRaw(const uint64_t* features, size_t count, int32_t* scores) const;
  // ScoreRaw for many score vectors in one batch: feature f adds to scores + offsets[f].
  void ScoreRawAt(const uint64_t* features, const uint32_t* offsets, size_t count,
                  int32_t* scores) const;
  float scale() const { return scale_; }

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
  // Open addressing with linear probing; key 0 marks an empty slot. A slot holds its row
  // when the row has at most kInline entries (unused ones carry kNoLabel), so most
  // features, and every feature of a three-class model, cost one cache miss. Longer rows
  // live in entries_: the first entry's label is kOverflow, the second packs the begin
  // index (label: high 16 bits, weight: low 16 bits) and the third's label is the count.
  static constexpr uint32_t kInline = 3;
  static constexpr uint16_t kNoLabel = 0xFFFF;
  static constexpr uint16_t kOverflow = 0xFFFE;
  struct Slot {
    uint32_t key;
    Entry entry[kInline];
  };
  static_assert(sizeof(Slot) == 16, "four slots to a cache line");

  // Calls fn(feature index, label, weight) for every stored weight of the given features.
  template <typename Fn>
  void ForEachWeight(const uint64_t* features, size_t count, Fn&& fn) const;
  // Calls fn(key, entries, count) for every row, in slot order.
  template <typename Fn>
  void ForEachRow(Fn&& fn) const;
  void BuildTable(std::vector<std::pair<uint32_t, std::vector<Entry>>> rows);

  int num_classes_ = 0;
  float scale_ = 1.0f;
  size_t num_features_ = 0;
  uint32_t mask_ = 0;
  HugeArray<Slot> slots_;  // mask_ + 1 slots
  HugeArray<Entry> entries_;
};

}  // namespace dyad

#endif  // DYAD_NLP_LINEAR_MODEL_H_
