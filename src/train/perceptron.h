// Averaged multi-class perceptron (Collins 2002) with lazy averaging: each weight keeps
// the step of its last change, so an update costs O(features), not O(model).
#ifndef DYAD_TRAIN_PERCEPTRON_H_
#define DYAD_TRAIN_PERCEPTRON_H_

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "nlp/linear_model.h"

namespace dyad {

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes) : num_classes_(num_classes) {}

  int num_classes() const { return num_classes_; }
  // Adds the current (not averaged) weights to scores[0, num_classes()).
  void Score(const uint64_t* features, size_t count, float* scores) const;
  // Moves weights toward `gold` and away from `predicted` by `amount`.
  void Update(const uint64_t* features, size_t count, int gold, int predicted, float amount = 1);
  // Adds delta to one label's weight of each feature: structured updates, where the gold
  // and the predicted label come with different features.
  void AddToLabel(const uint64_t* features, size_t count, int label, float delta);
  // Call once per training example, after any update.
  void Tick() { ++step_; }

  // The averaged model; weights below min_weight are pruned.
  LinearModel Finalize(float min_weight) const;
  size_t num_features() const { return rows_.size(); }

 private:
  struct Cell {
    uint16_t label;
    float weight;
    double total;  // sum of weight over steps up to `stamp`
    int64_t stamp;
  };
  void Add(uint64_t feature, int label, float delta);
  int num_classes_;
  int64_t step_ = 1;
  std::unordered_map<uint64_t, std::vector<Cell>> rows_;
};

}  // namespace dyad

#endif  // DYAD_TRAIN_PERCEPTRON_H_
