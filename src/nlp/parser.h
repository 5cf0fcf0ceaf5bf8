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
  // Features for choosing the next move. Without with_unary, the templates that read one
  // position alone (kUnaryTemplates) are left out: Parse adds their weights from a
  // per-sentence cache instead, computed once per token and role.
  void MoveFeatures(const std::vector<WordInfo>& info, const State& state,
                    std::vector<uint64_t>* out, bool with_unary = true) const;

  // Positions that move features read: stack, buffer, and the outermost children.
  enum Role {
    kS0,
    kS1,
    kS2,
    kB0,
    kB1,
    kB2,
    kB3,
    kS0L,
    kS0R,
    kB0L,
    kS1L,
    kS1R,
    kS0L2,
    kS0R2,
    kB0L2,
    kNumRoles
  };
  enum UnaryKind { kWordOf, kTagOf, kWordTagOf };
  struct UnaryTemplate {
    uint32_t id;
    Role role;
    UnaryKind kind;
  };
  // The move templates that read one position alone, in template-id order.
  static constexpr UnaryTemplate kUnaryTemplates[] = {
      {0, kS0, kWordOf},   {1, kS0, kTagOf},      {2, kS0, kWordTagOf},  {3, kS1, kWordOf},
      {4, kS1, kTagOf},    {5, kS1, kWordTagOf},  {6, kS2, kTagOf},      {7, kS2, kWordTagOf},
      {8, kB0, kWordOf},   {9, kB0, kTagOf},      {10, kB0, kWordTagOf}, {11, kB1, kWordOf},
      {12, kB1, kTagOf},   {13, kB1, kWordTagOf}, {14, kB2, kTagOf},     {15, kB2, kWordTagOf},
      {58, kS0L, kWordOf}, {59, kS0L, kTagOf},    {60, kS0R, kWordOf},   {61, kS0R, kTagOf},
      {62, kB0L, kWordOf}, {63, kB0L, kTagOf},    {64, kS1L, kTagOf},    {65, kS1R, kTagOf},
      {66, kS1R, kWordOf}, {67, kS0L2, kTagOf},   {68, kS0R2, kTagOf},   {69, kB0L2, kTagOf},
      {91, kB3, kTagOf}};
  // The word at each role in a state (-1: none).
  static void RoleTokens(const State& state, int tokens[kNumRoles]);
  // A unary template's feature for a word (token -1: the absent position).
  static uint64_t UnaryFeature(const std::vector<WordInfo>& info, uint32_t tmpl, UnaryKind kind,
                               int token);
  // Features for labelling the arc heads[dep] -> dep in a finished tree.
  void LabelFeatures(const std::vector<WordInfo>& info, const std::vector<int>& heads,
                     const std::vector<std::vector<int>>& children, int dep,
                     std::vector<uint64_t>* out) const;

  // For the trainer.
  void SetModels(LinearModel moves, LinearModel labels, std::vector<std::string> label_names);
  const LinearModel& moves() const { return moves_; }
  const LinearModel& labels() const { return labels_; }
  const std::vector<std::string>& label_names() const { return label_names_; }
  // Greedy attachment; score(state, scores) adds each move's score (the trainer passes
  // its own scorer).
  template <typename Scorer>
  static void RunMoves(Scorer&& score, State* state);
  void AssignLabels(const std::vector<WordInfo>& info, const std::vector<int>& heads,
                    Sentence* sentence) const;

 private:
  LinearModel moves_;
  LinearModel labels_;
  std::vector<std::string> label_names_;
};

template <typename Scorer>
void Parser::RunMoves(Scorer&& score, State* state) {
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
    for (float& s : scores) s = 0;
    score(*state, scores);
    int best = -1;
    for (int m = 0; m < kNumMoves; ++m) {
      if (state->Legal(static_cast<Move>(m)) && (best < 0 || scores[m] > scores[best])) best = m;
    }
    state->Apply(static_cast<Move>(best));
  }
}

}  // namespace dyad

#endif  // DYAD_NLP_PARSER_H_
