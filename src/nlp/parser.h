// Dependency parser: greedy arc-hybrid transitions scored by an averaged perceptron
// (trained with a dynamic oracle), then an arc labeller that sees the finished tree.
// Splitting attachment from labelling keeps each model small: three transitions, and
// one label decision per word with both the head's and the dependent's children known.
#ifndef DYAD_NLP_PARSER_H_
#define DYAD_NLP_PARSER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "nlp/linear_model.h"

namespace dyad {

class Parser {
 public:
  static constexpr const char* kComponent = "parser";
  enum Move { kShift = 0, kLeft = 1, kRight = 2, kNumMoves = 3 };

  static Result<Parser> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // Sets head and deprel of every word; needs form, upos and xpos.
  void Parse(Sentence* sentence) const;

  // Position 0 is the artificial root; 1..n are the words.
  struct WordInfo {
    uint64_t word, xpos, upos, suffix;
    bool function_word;
    bool is_punct;
  };
  void Prepare(const Sentence& sentence, std::vector<WordInfo>* info) const;

  // Parser configuration: a stack, the next buffer position, and the arcs so far.
  struct State {
    int n = 0;
    int buffer = 1;  // next word; the buffer is empty when buffer > n
    std::vector<int> stack;
    std::vector<int> heads;                         // heads[d], -1 while unattached
    std::vector<int> left1, left2, right1, right2;  // outermost children per side
    std::vector<int> left_count, right_count;

    void Init(int words);
    bool Terminal() const { return buffer > n && stack.size() == 1; }
    bool Legal(Move move) const;
    void Apply(Move move);
    void AddArc(int head, int dep);
  };
  void MoveFeatures(const std::vector<WordInfo>& info, const State& state,
                    std::vector<uint64_t>* out) const;
  // Features for labelling the arc heads[dep] -> dep in a finished tree.
  void LabelFeatures(const std::vector<WordInfo>& info, const std::vector<int>& heads,
                     const std::vector<std::vector<int>>& children, int dep,
                     std::vector<uint64_t>* out) const;

  // For the trainer.
  void SetModels(LinearModel moves, LinearModel labels, std::vector<std::string> label_names);
  const LinearModel& moves() const { return moves_; }
  const LinearModel& labels() const { return labels_; }
  const std::vector<std::string>& label_names() const { return label_names_; }
  // Greedy attachment with the given move model (the trainer passes its own scorer).
  template <typename Scorer>
  static void RunMoves(const Parser& parser, const std::vector<WordInfo>& info, Scorer&& score,
                       State* state);
  void AssignLabels(const std::vector<WordInfo>& info, const std::vector<int>& heads,
                    Sentence* sentence) const;

 private:
  LinearModel moves_;
  LinearModel labels_;
  std::vector<std::string> label_names_;
};

template <typename Scorer>
void Parser::RunMoves(const Parser& parser, const std::vector<WordInfo>& info, Scorer&& score,
                      State* state) {
  std::vector<uint64_t> feats;
  float scores[kNumMoves];
  while (!state->Terminal()) {
    int legal = 0, only = -1;
    for (int m = 0; m < kNumMoves; ++m) {
      if (state->Legal(static_cast<Move>(m))) ++legal, only = m;
    }
    if (legal == 1) {  // forced (the first shift, the final attachments): nothing to score
      state->Apply(static_cast<Move>(only));
      continue;
    }
    parser.MoveFeatures(info, *state, &feats);
    for (float& s : scores) s = 0;
    score(feats, scores);
    int best = -1;
    for (int m = 0; m < kNumMoves; ++m) {
      if (state->Legal(static_cast<Move>(m)) && (best < 0 || scores[m] > scores[best])) best = m;
    }
    state->Apply(static_cast<Move>(best));
  }
}

}  // namespace dyad

#endif  // DYAD_NLP_PARSER_H_
