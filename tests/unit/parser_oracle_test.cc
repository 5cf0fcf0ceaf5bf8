// The dynamic oracle is checked against gold trees: following its zero-cost moves from
// the start must rebuild every projective tree exactly (the slow oracle for the fast path).
#include <gtest/gtest.h>

#include <random>

#include "train/train_parser.h"

namespace dyad {
namespace {

// A random projective tree over n words: attach each word to a random earlier-built
// span's head by recursive splitting.
void RandomProjective(int lo, int hi, int head, std::mt19937* rng, std::vector<int>* heads) {
  if (lo > hi) return;
  std::uniform_int_distribution<int> pick(lo, hi);
  int root = pick(*rng);
  (*heads)[root] = head;
  RandomProjective(lo, root - 1, root, rng, heads);
  RandomProjective(root + 1, hi, root, rng, heads);
}

TEST(ParserOracleTest, ZeroCostMovesRebuildProjectiveTrees) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 300; ++trial) {
    int n = 1 + trial % 25;
    std::vector<int> gold(n + 1, 0);
    RandomProjective(1, n, 0, &rng, &gold);
    Parser::State st;
    st.Init(n);
    while (!st.Terminal()) {
      int chosen = -1;
      for (int m = 0; m < Parser::kNumMoves; ++m) {
        auto move = static_cast<Parser::Move>(m);
        if (st.Legal(move) && ArcHybridCost(st, gold, move) == 0) {
          chosen = m;
          break;
        }
      }
      ASSERT_GE(chosen, 0) << "no zero-cost move, trial " << trial;
      st.Apply(static_cast<Parser::Move>(chosen));
    }
    for (int d = 1; d <= n; ++d) EXPECT_EQ(st.heads[d], gold[d]) << "trial " << trial;
  }
}

TEST(ParserOracleTest, ProjectivizeLiftsCrossingArcs) {
  // 1 <- 3, 2 <- 4 cross: (3,1) spans 2 whose head 4 is outside.
  std::vector<int> heads = {0, 3, 4, 0, 3};
  Projectivize(&heads);
  for (int d = 1; d <= 4; ++d) {
    int h = heads[d];
    if (h == 0) continue;
    for (int k = std::min(h, d) + 1; k < std::max(h, d); ++k) {
      int a = k;
      while (a != 0 && a != h) a = heads[a];
      EXPECT_EQ(a, h) << "arc " << h << "->" << d << " still crosses";
    }
  }
}

}  // namespace
}  // namespace dyad
