#include "nlp/linear_model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>

#include "train/perceptron.h"

namespace dyad {
namespace {

TEST(LinearModelTest, PerceptronLearnsAndSurvivesSerialisation) {
  // Class = which of three features is present.
  PerceptronTrainer trainer(3);
  for (int epoch = 0; epoch < 5; ++epoch) {
    for (int c = 0; c < 3; ++c) {
      uint64_t feats[2] = {1000 + static_cast<uint64_t>(c), 42};
      float scores[3] = {0, 0, 0};
      trainer.Score(feats, 2, scores);
      int guess = static_cast<int>(std::max_element(scores, scores + 3) - scores);
      trainer.Update(feats, 2, c, guess);
      trainer.Tick();
    }
  }
  LinearModel model = trainer.Finalize(0);
  ByteWriter w;
  model.Write(&w);
  LinearModel loaded;
  ByteReader r(w.data(), "test");
  ASSERT_TRUE(loaded.Read(&r).ok());
  for (int c = 0; c < 3; ++c) {
    uint64_t feats[2] = {1000 + static_cast<uint64_t>(c), 42};
    float a[3] = {0, 0, 0}, b[3] = {0, 0, 0};
    model.Score(feats, 2, a);
    loaded.Score(feats, 2, b);
    EXPECT_EQ(std::max_element(a, a + 3) - a, c);
    for (int k = 0; k < 3; ++k) EXPECT_FLOAT_EQ(a[k], b[k]);
  }
  uint64_t unknown = 999999;
  float s[3] = {0, 0, 0};
  model.Score(&unknown, 1, s);
  EXPECT_EQ(s[0] + s[1] + s[2], 0);
}

// Rows of every length (inline in the slot or in the overflow array) score exactly as
// the weights they were built from, before and after pruning and serialisation.
TEST(LinearModelTest, RowsOfAnyLengthScoreLikeTheirWeights) {
  constexpr int kClasses = 40;
  std::mt19937_64 rng(11);
  std::vector<LinearModel::Weight> weights;
  std::map<uint64_t, std::vector<std::pair<int, float>>> reference;
  for (uint64_t f = 1; f <= 3000; ++f) {
    const int row = static_cast<int>(f % (kClasses + 1));  // 0 .. kClasses entries
    for (int c = 0; c < row; ++c) {
      float v = static_cast<float>(static_cast<int>(rng() % 2001) - 1000) / 100.0f;
      if (v == 0) continue;
      weights.push_back({f * 0x9E3779B97F4A7C15ULL, static_cast<uint16_t>(c), v});
      reference[f * 0x9E3779B97F4A7C15ULL].push_back({c, v});
    }
  }
  LinearModel model = LinearModel::Build(kClasses, weights);
  ByteWriter w;
  model.Write(&w);
  LinearModel loaded;
  ByteReader r(w.data(), "test");
  ASSERT_TRUE(loaded.Read(&r).ok());
  LinearModel pruned = model.Pruned(5.0f);
  for (const auto& [feature, row] : reference) {
    float expected[kClasses] = {}, expected_pruned[kClasses] = {};
    for (const auto& [c, v] : row) {
      expected[c] += v;
      if (std::fabs(v) >= 5.0f + model.scale()) expected_pruned[c] += v;
    }
    int32_t raw[kClasses] = {};
    float scaled[kClasses] = {}, from_file[kClasses] = {}, after_pruning[kClasses] = {};
    model.ScoreRaw(&feature, 1, raw);
    model.Score(&feature, 1, scaled);
    loaded.Score(&feature, 1, from_file);
    pruned.Score(&feature, 1, after_pruning);
    for (int c = 0; c < kClasses; ++c) {
      EXPECT_NEAR(scaled[c], expected[c], model.scale());
      EXPECT_FLOAT_EQ(raw[c] * model.scale(), scaled[c]);
      EXPECT_FLOAT_EQ(from_file[c], scaled[c]);
      if (expected_pruned[c] != 0) {
        EXPECT_FLOAT_EQ(after_pruning[c], scaled[c]);
      }
    }
  }
  // A batch with offsets adds each feature to its own vector.
  std::vector<uint64_t> feats;
  std::vector<uint32_t> offsets;
  for (const auto& [feature, row] : reference) {
    offsets.push_back(static_cast<uint32_t>(feats.size() * kClasses));
    feats.push_back(feature);
  }
  std::vector<int32_t> batch(feats.size() * kClasses, 0);
  model.ScoreRawAt(feats.data(), offsets.data(), feats.size(), batch.data());
  for (size_t f = 0; f < feats.size(); ++f) {
    int32_t one[kClasses] = {};
    model.ScoreRaw(&feats[f], 1, one);
    for (int c = 0; c < kClasses; ++c) EXPECT_EQ(batch[f * kClasses + c], one[c]);
  }
}

TEST(LinearModelTest, CorruptInputIsAnError) {
  ByteWriter w;
  w.U32(3);
  w.F32(1.0f);
  w.U32(1);
  w.U32(77);
  w.U16(1);
  w.U16(9);  // label 9 of 3 classes
  w.I16(5);
  LinearModel m;
  ByteReader r(w.data(), "test");
  EXPECT_EQ(m.Read(&r).code(), StatusCode::kCorruption);
}

}  // namespace
}  // namespace dyad
