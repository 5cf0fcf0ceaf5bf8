#include <gtest/gtest.h>

#include <functional>
#include <sstream>

#include "eval/ner_eval.h"
#include "io/iob.h"
#include "nlp/entity_recognizer.h"
#include "nlp/features.h"
#include "nlp/gazetteer.h"
#include "nlp/word_clusters.h"
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
    for (Word& w : s.words) w.upos.assign(1, 'X');
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

// Viterbi against its slow oracle: every allowed tag sequence of a short sentence,
// scored with the same emission and transition features.
TEST(NerTest, ViterbiMatchesExhaustiveSearch) {
  EntityRecognizer recognizer;
  const std::string forms[] = {"the", "Lima"};
  for (int n = 1; n <= 4; ++n) {
    Sentence s;
    for (int k = 0; k < n; ++k) {
      Word w;
      w.form = forms[k % 2];
      w.upos.assign(1, 'X');
      s.words.push_back(w);
    }
    std::vector<EntityRecognizer::WordInfo> info;
    recognizer.Prepare(s, &info);
    // Pseudo-random weights: each feature gives each tag a score in [-4, 4).
    auto score = [](const uint64_t* f, size_t count, float* scores) {
      for (size_t k = 0; k < count; ++k) {
        for (int t = 0; t < EntityRecognizer::kNumTags; ++t) {
          scores[t] += static_cast<float>((f[k] >> (t * 5)) % 64) / 8.0f - 4.0f;
        }
      }
    };
    auto total = [&](const std::vector<int>& tags) {
      float sum = 0;
      std::vector<uint64_t> feats;
      for (int i = 0; i < n; ++i) {
        float emit[EntityRecognizer::kNumTags] = {}, trans[EntityRecognizer::kNumTags] = {};
        EntityRecognizer::EmissionFeatures(info, i, &feats);
        score(feats.data(), feats.size(), emit);
        EntityRecognizer::TransitionFeatures(info, i, i ? tags[i - 1] : -1, &feats);
        score(feats.data(), feats.size(), trans);
        sum += emit[tags[i]] + trans[tags[i]];
      }
      return sum;
    };
    float best = -1e30f;
    std::vector<int> tags(n);
    std::function<void(int)> search = [&](int i) {
      if (i == n) {
        best = std::max(best, total(tags));
        return;
      }
      for (int t = 0; t < EntityRecognizer::kNumTags; ++t) {
        if (!EntityRecognizer::Allowed(i ? tags[i - 1] : -1, t)) continue;
        tags[i] = t;
        search(i + 1);
      }
    };
    search(0);
    const std::vector<int> viterbi = EntityRecognizer::BestTags(info, score);
    for (int i = 0; i < n; ++i) {
      EXPECT_TRUE(EntityRecognizer::Allowed(i ? viterbi[i - 1] : -1, viterbi[i]));
    }
    EXPECT_NEAR(total(viterbi), best, 1e-3) << "n = " << n;
  }
}

TEST(CaseProfileTest, BucketsByCapitalisationAfterTheFirstWord) {
  auto data = ParseEntityFile(
      "Apple O\nsells O\napple O\npie O\n. O\n\n"
      "We O\nlike O\nApple O\nand O\nParis O\n. O\n\n"
      "Paris O\nand O\nParis O\n. O\n\n",
      "c.txt");
  ASSERT_TRUE(data.ok());
  CaseProfile profile;
  for (const Sentence& s : *data) profile.Count(s);
  profile.Finish(2);
  EXPECT_EQ(profile.Bucket(HashString("apple")), 3);  // "apple", "Apple": mixed
  EXPECT_EQ(profile.Bucket(HashString("and")), 1);    // never capitalised
  EXPECT_EQ(profile.Bucket(HashString("paris")), 5);  // sentence-initial "Paris" not counted
  EXPECT_EQ(profile.Bucket(HashString("pie")), 0);    // seen once: unknown
}

TEST(WordClustersTest, RoundTripThroughModelBlock) {
  WordClusters clusters;
  clusters.Set(HashString("baghdad"), 7, 3);
  ByteWriter w;
  clusters.Write(&w);
  WordClusters read;
  ByteReader r(w.data(), "clusters");
  ASSERT_TRUE(read.Read(&r).ok());
  EXPECT_EQ(read.Fine(HashString("baghdad")), 7);
  EXPECT_EQ(read.Coarse(HashString("baghdad")), 3);
  EXPECT_EQ(read.Fine(HashString("unknown")), 0);
  ByteReader truncated(std::string_view(w.data()).substr(0, 6), "clusters");
  EXPECT_FALSE(read.Read(&truncated).ok());
}

TEST(GazetteerTest, FirstNamesFromMultiWordPeople) {
  Gazetteer g;
  g.Add("Cilia", Gazetteer::kFirstName);
  Sentence s;
  for (const char* w : {"Cilia", "Smith"}) {
    Word word;
    word.form = w;
    s.words.push_back(word);
  }
  std::vector<uint64_t> exact, folded;
  g.Match(s, &exact, &folded);
  EXPECT_EQ(exact[0], 16u | Gazetteer::kFirstName);
  EXPECT_EQ(exact[1], 0u);
}

}  // namespace
}  // namespace dyad
