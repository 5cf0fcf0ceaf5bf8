// Trains the parser: arc-hybrid moves with a dynamic oracle (Goldberg & Nivre 2013),
// then the arc labeller on gold trees. Non-projective training trees are projectivised
// by lifting, since the oracle is exact only for projective trees.
#ifndef DYAD_TRAIN_TRAIN_PARSER_H_
#define DYAD_TRAIN_TRAIN_PARSER_H_

#include <ostream>
#include <vector>

#include "dyad/document.h"
#include "nlp/parser.h"
#include "train/params.h"

namespace dyad {

struct ParserTrainOptions {
  int epochs = 12;
  int label_epochs = 8;
  uint64_t seed = 1;
  int explore_from_epoch = 2;
  float explore_probability = 0.9f;
  float min_weight = 0.0f;

  Status Apply(const Params& params);
};

// Training sentences should carry predicted tags (as at run time); gold heads and labels
// are read from them. Returns the epoch with the best dev UAS / label accuracy.
Result<Parser> TrainParser(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                           const ParserTrainOptions& options, std::ostream& log);

// Lifts non-projective arcs until the tree is projective. heads: 1-based, heads[0] unused.
void Projectivize(std::vector<int>* heads);

// Gold arcs that `move` makes unreachable from `state` (the dynamic oracle's cost;
// exact for projective gold trees). gold[d] is the head of word d.
int ArcHybridCost(const Parser::State& state, const std::vector<int>& gold, Parser::Move move);

}  // namespace dyad

#endif  // DYAD_TRAIN_TRAIN_PARSER_H_
