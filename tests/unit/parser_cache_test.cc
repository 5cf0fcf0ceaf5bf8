// The parser's fast path (unary templates scored once per word and role, then added
// from a cache) must choose exactly the moves of the slow path that scores every
// template at every step.
#include <gtest/gtest.h>

#include <random>

#include "nlp/parser.h"

namespace dyad {
namespace {

Sentence RandomSentence(int n, std::mt19937* rng) {
  static const char* kForms[] = {"the", "cat", "saw", "a", "dog", ",", "and", "ran", "."};
  static const char* kXpos[] = {"DT", "NN", "VBD", "DT", "NN", ",", "CC", "VBD", "."};
  static const char* kUpos[] = {"DET",   "NOUN",  "VERB", "DET",  "NOUN",
                                "PUNCT", "CCONJ", "VERB", "PUNCT"};
  Sentence s;
  for (int i = 0; i < n; ++i) {
    const size_t k = (*rng)() % 9;
    Word w;
    w.form = kForms[k];
    w.xpos = kXpos[k];
    w.upos = kUpos[k];
    s.words.push_back(w);
  }
  return s;
}

TEST(ParserCacheTest, CachedUnaryTemplatesGiveTheSameTrees) {
  std::mt19937 rng(3);
  std::vector<Sentence> sentences;
  for (int i = 0; i < 60; ++i) sentences.push_back(RandomSentence(1 + i % 17, &rng));

  // Random weights on every feature that shifting through the sentences meets, so that
  // unary and other templates all matter.
  Parser parser;
  std::vector<LinearModel::Weight> weights;
  std::vector<uint64_t> feats;
  for (const Sentence& s : sentences) {
    std::vector<Parser::WordInfo> info;
    parser.Prepare(s, &info);
    Parser::State st;
    st.Init(static_cast<int>(s.words.size()));
    std::uniform_int_distribution<int> pick(0, Parser::kNumMoves - 1);
    while (!st.Terminal()) {
      parser.MoveFeatures(info, st, &feats);
      for (uint64_t f : feats) {
        for (int m = 0; m < Parser::kNumMoves; ++m) {
          weights.push_back({f, static_cast<uint16_t>(m),
                             static_cast<float>(static_cast<int>(rng() % 201) - 100)});
        }
      }
      int m = pick(rng);
      while (!st.Legal(static_cast<Parser::Move>(m))) m = (m + 1) % Parser::kNumMoves;
      st.Apply(static_cast<Parser::Move>(m));
    }
  }
  parser.SetModels(LinearModel::Build(Parser::kNumMoves, weights),
                   LinearModel::Build(2, {{1, 1, 1.0f}}), {"dep", "root"});

  for (const Sentence& original : sentences) {
    std::vector<Parser::WordInfo> info;
    parser.Prepare(original, &info);
    Parser::State slow;
    slow.Init(static_cast<int>(original.words.size()));
    Parser::RunMoves(
        [&](const Parser::State& st, float* scores) {
          parser.MoveFeatures(info, st, &feats);
          int32_t raw[Parser::kNumMoves] = {0, 0, 0};
          parser.moves().ScoreRaw(feats.data(), feats.size(), raw);
          for (int m = 0; m < Parser::kNumMoves; ++m) scores[m] = static_cast<float>(raw[m]);
        },
        &slow);
    Sentence fast = original;
    parser.Parse(&fast);
    for (size_t w = 0; w < fast.words.size(); ++w) {
      EXPECT_EQ(fast.words[w].head, slow.heads[w + 1]) << "word " << w + 1;
    }
  }
}

}  // namespace
}  // namespace dyad
