#include "train/perceptron.h"

namespace dyad {

void PerceptronTrainer::Score(const uint64_t* features, size_t count, float* scores) const {
  for (size_t f = 0; f < count; ++f) {
    auto it = rows_.find(features[f]);
    if (it == rows_.end()) continue;
    for (const Cell& c : it->second) scores[c.label] += c.weight;
  }
}

void PerceptronTrainer::Add(uint64_t feature, int label, float delta) {
  auto& row = rows_[feature];
  for (Cell& c : row) {
    if (c.label == label) {
      c.total += static_cast<double>(step_ - c.stamp) * c.weight;
      c.stamp = step_;
      c.weight += delta;
      return;
    }
  }
  row.push_back({static_cast<uint16_t>(label), delta, 0.0, step_});
}

void PerceptronTrainer::Update(const uint64_t* features, size_t count, int gold, int predicted,
                               float amount) {
  if (gold == predicted) return;
  for (size_t f = 0; f < count; ++f) {
    Add(features[f], gold, amount);
    if (predicted >= 0) Add(features[f], predicted, -amount);
  }
}

void PerceptronTrainer::AddToLabel(const uint64_t* features, size_t count, int label, float delta) {
  for (size_t f = 0; f < count; ++f) Add(features[f], label, delta);
}

LinearModel PerceptronTrainer::Finalize(float min_weight) const {
  std::vector<LinearModel::Weight> weights;
  weights.reserve(rows_.size() * 2);
  for (const auto& [feature, row] : rows_) {
    for (const Cell& c : row) {
      double total = c.total + static_cast<double>(step_ - c.stamp) * c.weight;
      float avg = static_cast<float>(total / static_cast<double>(step_));
      if (avg != 0) weights.push_back({feature, c.label, avg});
    }
  }
  LinearModel model = LinearModel::Build(num_classes_, std::move(weights));
  return min_weight > 0 ? model.Pruned(min_weight) : model;
}

}  // namespace dyad
