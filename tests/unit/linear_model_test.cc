#include "nlp/linear_model.h"

#include <gtest/gtest.h>

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
