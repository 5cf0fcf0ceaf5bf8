// The whole pipeline on the tiny model that scripts/make_test_model.sh trains.
#include "dyad/pipeline.h"

#include <gtest/gtest.h>

#include "eval/ud_eval.h"
#include "io/conllu.h"
#include "io/conllu_file.h"

namespace dyad {
namespace {

std::unique_ptr<Pipeline> LoadTiny() {
  PipelineOptions options;
  options.model_dir = DYAD_TINY_MODELS;
  auto p = Pipeline::Load(options);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return p.ok() ? std::move(p).value() : nullptr;
}

bool IsTree(const Sentence& s) {
  int roots = 0;
  const int n = static_cast<int>(s.words.size());
  for (int i = 0; i < n; ++i) {
    int h = s.words[i].head;
    if (h < 0 || h > n || h == i + 1) return false;
    roots += h == 0;
    int a = i + 1, steps = 0;
    while (a != 0 && steps++ <= n) a = s.words[a - 1].head;
    if (a != 0) return false;  // cycle
  }
  return roots == 1;
}

TEST(PipelineTest, AnnotatesRawTextIntoTrees) {
  auto pipeline = LoadTiny();
  ASSERT_NE(pipeline, nullptr);
  Document doc;
  doc.id = "t";
  doc.text = "The minister visited Beijing. Police arrested the protesters.\n\nThey don't agree.";
  pipeline->Annotate(&doc);
  ASSERT_GE(doc.sentences.size(), 2u);
  for (const Sentence& s : doc.sentences) {
    EXPECT_TRUE(IsTree(s));
    for (const Word& w : s.words) {
      EXPECT_FALSE(w.upos.empty());
      EXPECT_FALSE(w.deprel.empty());
      EXPECT_LE(w.span.end, doc.text.size());
    }
  }
  EXPECT_TRUE(doc.sentences.back().new_paragraph);
  const Sentence& last = doc.sentences.back();
  ASSERT_EQ(last.tokens[1].form, "don't");
  EXPECT_EQ(last.tokens[1].word_count, 2);
}

TEST(PipelineTest, BadInputIsBoundedAndSafe) {
  auto pipeline = LoadTiny();
  ASSERT_NE(pipeline, nullptr);
  Document doc;
  doc.id = "bad";
  doc.text = std::string("caf\xC3", 4) + std::string("\0\xFF", 2) + " ok";
  for (int i = 0; i < 2000; ++i) doc.text += " word";  // no punctuation at all
  pipeline->Annotate(&doc);
  EXPECT_FALSE(doc.warnings.empty());
  size_t words = 0;
  for (const Sentence& s : doc.sentences) {
    EXPECT_LE(static_cast<int>(s.tokens.size()), 200);
    EXPECT_TRUE(IsTree(s));
    words += s.words.size();
  }
  EXPECT_GE(words, 2000u);
  Document empty;
  pipeline->Annotate(&empty);
  EXPECT_TRUE(empty.sentences.empty());
}

TEST(PipelineTest, ScoresItsOwnTrainingDataPerfectlyOnTokens) {
  auto pipeline = LoadTiny();
  ASSERT_NE(pipeline, nullptr);
  auto gold = ReadConlluFile(std::string(DYAD_TEST_DATA) + "/tiny.conllu");
  ASSERT_TRUE(gold.ok());
  UdScores raw = EvaluatePipeline(*pipeline, *gold, /*raw=*/true);
  EXPECT_DOUBLE_EQ(raw.tokens.F1(), 100.0);
  EXPECT_DOUBLE_EQ(raw.words.F1(), 100.0);
  UdScores gold_tok = EvaluatePipeline(*pipeline, *gold, /*raw=*/false);
  EXPECT_GT(gold_tok.upos.F1(), 90.0);  // memorised
}

TEST(UdEvalTest, MissedSplitLowersTokenScores) {
  auto gold = ParseConllu(
      "# text = a-b c\n1\ta\ta\tX\tX\t_\t0\troot\t_\tSpaceAfter=No\n"
      "2\t-\t-\tPUNCT\tHYPH\t_\t1\tpunct\t_\tSpaceAfter=No\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n"
      "4\tc\tc\tX\tX\t_\t1\tdep\t_\t_\n\n",
      "g");
  ASSERT_TRUE(gold.ok());
  auto sys = ParseConllu(
      "# text = a-b c\n1\ta-b\ta\tX\tX\t_\t0\troot\t_\t_\n2\tc\tc\tX\tX\t_\t1\tdep\t_\t_\n\n", "s");
  ASSERT_TRUE(sys.ok());
  UdScores s;
  ScoreDocument((*gold)[0], (*sys)[0], &s);
  EXPECT_EQ(s.tokens.correct, 1u);  // only "c"
  EXPECT_EQ(s.tokens.gold, 4u);
  EXPECT_EQ(s.tokens.system, 2u);
  EXPECT_EQ(s.uas.correct, 0u);  // c's gold head "a" has no aligned system word
}

}  // namespace
}  // namespace dyad
