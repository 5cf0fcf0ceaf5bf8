// Regression guard: dated time expressions scored on TempEval-3 training TimeML must stay
// above these floors (a little under what `dyad eval timex` measures, docs/time-expressions.md).
// Needs ../shared/data or $DYAD_DATA_DIR; skipped where the data is absent.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "dyad/pipeline.h"
#include "eval/timex_eval.h"

namespace dyad {
namespace {

TEST(TempEval3Test, DateExpressions) {
  const char* env = std::getenv("DYAD_DATA_DIR");
  const std::string dir = std::string(env ? env : DYAD_DEFAULT_DATA) + "/tempeval3-train";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no " << dir;
  PipelineOptions options;
  options.model_dir = DYAD_MODELS;
  auto pipeline = Pipeline::Load(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  auto scores = EvaluateTimexFolder(**pipeline, dir);
  ASSERT_TRUE(scores.ok()) << scores.status().ToString();
  EXPECT_GE(scores->documents, 250u);
  EXPECT_GE(scores->Precision(), 94.0);
  EXPECT_GE(scores->Recall(), 76.0);
  EXPECT_GE(scores->F1(), 84.5);
  EXPECT_GE(scores->ValueAccuracy(), 84.5);
  EXPECT_GE(scores->RepresentableAccuracy(), 90.0);
}

}  // namespace
}  // namespace dyad
