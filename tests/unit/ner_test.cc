#include <gtest/gtest.h>

#include <sstream>

#include "eval/ner_eval.h"
#include "io/iob.h"
#include "nlp/entity_recognizer.h"
#include "nlp/gazetteer.h"
#include "train/train_ner.h"

namespace dyad {
namespace {

TEST(IobTest, ReadsUnerAndConllAndMapsTags) {
  auto uner = ParseEntityFile(
      "# sent_id = a\n# text = x\n1\tLan\tB-PER\t-\t-\n2\tHu\tI-PER\t-\t-\n3\tin\tO\t-\t-\n"
      "4\tTai'an\tB-LOC\t-\t-\n5\tthing\tB-OTH\t-\t-\n6\tmore\tB-O\t-\t-\n\n",
      "u.iob2");
  ASSERT_TRUE(uner.ok()) << uner.status().ToString();
  ASSERT_EQ(uner->size(), 1u);
  const Sentence& s = (*uner)[0];
  ASSERT_EQ(s.words.size(), 6u);
  ASSERT_EQ(s.entities.size(), 2u);
  EXPECT_EQ(s.entities[0].type, "PER");
  EXPECT_EQ(s.entities[0].end_word, 2);
  EXPECT_EQ(s.entities[1].type, "LOC");
  EXPECT_EQ(EntityTags(s)[1], "I-PER");

  // IO tagging: a run of I-X is one entity; "#" can be a token.
  auto conll =
      ParseEntityFile("The O\nMad I-ORG\nCapsule I-ORG\nin O\nJapan I-LOC\n# O\n\n", "w.txt");
  ASSERT_TRUE(conll.ok());
  ASSERT_EQ((*conll)[0].words.size(), 6u);
  ASSERT_EQ((*conll)[0].entities.size(), 2u);
  EXPECT_EQ((*conll)[0].entities[0].first_word, 1);
  EXPECT_EQ((*conll)[0].entities[0].end_word, 3);

  auto bad = ParseEntityFile("a b c\n", "bad.txt");
  EXPECT_EQ(bad.status().message(), "bad.txt:1: expected 'word TAG' or 'ID word TAG ...'");
}

TEST(GazetteerTest, LongestMatchExactAndFolded) {
  Gazetteer g;
  g.Add("Xi Jinping", Gazetteer::kPer);
  g.Add("Venezuela", Gazetteer::kLoc);
  Sentence s;
  for (const char* w : {"xi", "jinping", "visited", "Venezuela"}) {
    Word word;
    word.form = w;
    s.words.push_back(word);
  }
  std::vector<uint64_t> exact, folded;
  g.Match(s, &exact, &folded);
  EXPECT_EQ(exact[0], 0u);
  EXPECT_EQ(folded[0], 16u | Gazetteer::kPer);
  EXPECT_EQ(folded[1], 32u | Gazetteer::kPer);
  EXPECT_EQ(folded[2], 0u);
  EXPECT_EQ(exact[3], 16u | Gazetteer::kLoc);
}

TEST(NerTest, LearnsAndDecodesValidSpans) {
  auto data = ParseEntityFile(
      "Maria I-PER\nSilva I-PER\nvisited O\nLima I-LOC\n. O\n\n"
      "The O\nUnited I-ORG\nNations I-ORG\nmet O\nin O\nLima I-LOC\n. O\n\n",
      "t.txt");
  ASSERT_TRUE(data.ok());
  std::vector<Sentence> train = *data;
  for (Sentence& s : train) {
    for (Word& w : s.words) w.upos = "X";
  }
  std::ostringstream log;
  NerTrainOptions options;
  options.epochs = 5;
  auto ner = TrainNer(train, {}, Gazetteer(), options, log);
  ASSERT_TRUE(ner.ok());
  NerScores scores;
  for (const Sentence& g : train) {
    Sentence s = g;
    s.entities.clear();
    ner->Recognize(&s);
    scores.Add(g.entities, s.entities);
  }
  EXPECT_DOUBLE_EQ(scores.all.F1(), 100.0);
  // I-X never follows O: decoding always yields well-formed spans.
  EXPECT_FALSE(EntityRecognizer::Allowed(0, 2));
  EXPECT_TRUE(EntityRecognizer::Allowed(1, 2));
}

}  // namespace
}  // namespace dyad
