// Regression guard: the committed models scored on UD English-EWT dev must stay above
// these floors (a little under the scores in models/README.md). Needs ../shared/data or
// $DYAD_DATA_DIR; skipped where the data is absent.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "dyad/pipeline.h"
#include "eval/ner_eval.h"
#include "eval/ud_eval.h"
#include "io/conllu_file.h"
#include "io/iob.h"
#include "nlp/entity_recognizer.h"
#include "nlp/tagger.h"

namespace dyad {
namespace {

std::string DataDir() {
  const char* env = std::getenv("DYAD_DATA_DIR");
  return env ? env : DYAD_DEFAULT_DATA;
}
std::string DevFile() { return DataDir() + "/ud-english-ewt/en_ewt-ud-dev.conllu"; }

class EwtDevTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(DevFile())) GTEST_SKIP() << "no " << DevFile();
    PipelineOptions options;
    options.model_dir = DYAD_MODELS;
    auto p = Pipeline::Load(options);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(p).value();
    auto docs = ReadConlluFile(DevFile());
    ASSERT_TRUE(docs.ok()) << docs.status().ToString();
    gold_ = std::move(docs).value();
  }
  std::unique_ptr<Pipeline> pipeline_;
  std::vector<Document> gold_;
};

TEST_F(EwtDevTest, GoldTokenization) {
  UdScores s = EvaluatePipeline(*pipeline_, gold_, /*raw=*/false);
  EXPECT_GE(s.upos.F1(), 94.8);
  EXPECT_GE(s.lemmas.F1(), 96.0);
  EXPECT_GE(s.uas.F1(), 83.5);
  EXPECT_GE(s.las.F1(), 79.5);
}

TEST_F(EwtDevTest, RawText) {
  UdScores s = EvaluatePipeline(*pipeline_, gold_, /*raw=*/true);
  EXPECT_GE(s.tokens.F1(), 99.2);
  EXPECT_GE(s.sentences.F1(), 88.0);
  EXPECT_GE(s.words.F1(), 98.9);
}

TEST(UnerDevTest, EntityF1) {
  const std::string dev = DataDir() + "/uner-english-ewt/en_ewt-ud-dev.iob2";
  if (!std::filesystem::exists(dev)) GTEST_SKIP() << "no " << dev;
  auto tagger = Tagger::Load(std::string(DYAD_MODELS) + "/tagger.bin");
  auto ner = EntityRecognizer::Load(std::string(DYAD_MODELS) + "/ner.bin");
  ASSERT_TRUE(tagger.ok() && ner.ok());
  auto gold = ReadEntityFile(dev);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  NerScores scores;
  for (const Sentence& g : *gold) {
    Sentence s = g;
    s.entities.clear();
    tagger->Tag(&s);
    ner->Recognize(&s);
    scores.Add(g.entities, s.entities);
  }
  EXPECT_GE(scores.all.F1(), 70.5);
}

}  // namespace
}  // namespace dyad
