#include "train/train_parser.h"

#include <algorithm>
#include <map>
#include <random>

#include "train/perceptron.h"

namespace dyad {

Status ParserTrainOptions::Apply(const Params& params) {
  RETURN_IF_ERROR(params.Get("epochs", &epochs));
  RETURN_IF_ERROR(params.Get("label_epochs", &label_epochs));
  RETURN_IF_ERROR(params.Get("seed", &seed));
  RETURN_IF_ERROR(params.Get("explore_from_epoch", &explore_from_epoch));
  RETURN_IF_ERROR(params.Get("explore_probability", &explore_probability));
  RETURN_IF_ERROR(params.Get("min_weight", &min_weight));
  return Status::Ok();
}

namespace {

// True when every word strictly between h and d descends from h.
bool ArcIsProjective(const std::vector<int>& heads, int h, int d) {
  int lo = std::min(h, d), hi = std::max(h, d);
  for (int k = lo + 1; k < hi; ++k) {
    int a = k;
    int steps = 0;
    while (a != h && a != 0 && steps++ < static_cast<int>(heads.size())) a = heads[a];
    if (a != h) return false;
  }
  return true;
}

std::vector<int> GoldHeads(const Sentence& s) {
  std::vector<int> heads(s.words.size() + 1, 0);
  for (size_t i = 0; i < s.words.size(); ++i) heads[i + 1] = std::max(0, s.words[i].head);
  return heads;
}

}  // namespace

// Cost of each move: gold arcs it makes unreachable (arc-hybrid, projective gold).
int ArcHybridCost(const Parser::State& st, const std::vector<int>& gold, Parser::Move move) {
  const int depth = static_cast<int>(st.stack.size());
  const int s0 = st.stack[depth - 1];
  const int s1 = depth >= 2 ? st.stack[depth - 2] : -1;
  const int b = st.buffer;
  int cost = 0;
  switch (move) {
    case Parser::kLeft:
      if (s1 >= 0 && gold[s0] == s1) ++cost;
      for (int k = b + 1; k <= st.n; ++k) cost += gold[s0] == k;
      for (int k = b; k <= st.n; ++k) cost += gold[k] == s0;
      break;
    case Parser::kRight:
      for (int k = b; k <= st.n; ++k) cost += gold[s0] == k;
      for (int k = b; k <= st.n; ++k) cost += gold[k] == s0;
      break;
    case Parser::kShift:
      for (int i = 0; i < depth; ++i) {
        int k = st.stack[i];
        if (k != s0 && gold[b] == k) ++cost;
        if (k != 0 && gold[k] == b) ++cost;
      }
      break;
    default:
      break;
  }
  return cost;
}

void Projectivize(std::vector<int>* heads) {
  const int n = static_cast<int>(heads->size()) - 1;
  for (int round = 0; round < n * n; ++round) {
    // Lift the shortest non-projective arc, one at a time.
    int best = -1, best_len = 1 << 30;
    for (int d = 1; d <= n; ++d) {
      int h = (*heads)[d];
      if (h == 0) continue;
      if (!ArcIsProjective(*heads, h, d) && std::abs(h - d) < best_len) {
        best = d;
        best_len = std::abs(h - d);
      }
    }
    if (best < 0) return;
    (*heads)[best] = (*heads)[(*heads)[best]];
  }
}

Result<Parser> TrainParser(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                           const ParserTrainOptions& options, std::ostream& log) {
  std::map<std::string, int> label_index;
  for (const Sentence& s : train) {
    for (const Word& w : s.words) {
      if (w.head < 0) return Status::InvalidArgument("training sentence " + s.id + " lacks heads");
      label_index.emplace(w.deprel, 0);
    }
  }
  std::vector<std::string> label_names;
  for (auto& [name, idx] : label_index) {
    idx = static_cast<int>(label_names.size());
    label_names.push_back(name);
  }

  Parser parser;
  std::vector<std::vector<Parser::WordInfo>> infos(train.size());
  std::vector<std::vector<int>> golds(train.size());
  for (size_t i = 0; i < train.size(); ++i) {
    parser.Prepare(train[i], &infos[i]);
    golds[i] = GoldHeads(train[i]);
    Projectivize(&golds[i]);
  }
  std::vector<std::vector<Parser::WordInfo>> dev_infos(dev.size());
  for (size_t i = 0; i < dev.size(); ++i) parser.Prepare(dev[i], &dev_infos[i]);

  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<float> coin(0, 1);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;

  // Stage 1: attachment.
  PerceptronTrainer moves(Parser::kNumMoves);
  LinearModel best_moves;
  double best_uas = -1;
  std::vector<uint64_t> feats;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    const bool explore = epoch >= options.explore_from_epoch;
    for (size_t idx : order) {
      const auto& info = infos[idx];
      const auto& gold = golds[idx];
      Parser::State st;
      st.Init(static_cast<int>(train[idx].words.size()));
      while (!st.Terminal()) {
        parser.MoveFeatures(info, st, &feats);
        float scores[Parser::kNumMoves] = {0, 0, 0};
        moves.Score(feats.data(), feats.size(), scores);
        int costs[Parser::kNumMoves];
        int min_cost = 1 << 30;
        for (int m = 0; m < Parser::kNumMoves; ++m) {
          costs[m] = st.Legal(static_cast<Parser::Move>(m))
                         ? ArcHybridCost(st, gold, static_cast<Parser::Move>(m))
                         : -1;
          if (costs[m] >= 0) min_cost = std::min(min_cost, costs[m]);
        }
        int pred = -1, best_gold = -1;
        for (int m = 0; m < Parser::kNumMoves; ++m) {
          if (costs[m] < 0) continue;
          if (pred < 0 || scores[m] > scores[pred]) pred = m;
          if (costs[m] == min_cost && (best_gold < 0 || scores[m] > scores[best_gold])) {
            best_gold = m;
          }
        }
        int next = best_gold;
        if (costs[pred] != min_cost) {
          moves.Update(feats.data(), feats.size(), best_gold, pred);
          if (explore && coin(rng) < options.explore_probability) next = pred;
        } else {
          next = pred;
        }
        moves.Tick();
        st.Apply(static_cast<Parser::Move>(next));
      }
    }
    LinearModel averaged = moves.Finalize(options.min_weight);
    size_t right = 0, total = 0;
    for (size_t i = 0; i < dev.size(); ++i) {
      Parser::State st;
      st.Init(static_cast<int>(dev[i].words.size()));
      std::vector<uint64_t> f;
      Parser::RunMoves(
          [&](const Parser::State& state, float* s) {
            parser.MoveFeatures(dev_infos[i], state, &f);
            averaged.Score(f.data(), f.size(), s);
          },
          &st);
      for (size_t w = 0; w < dev[i].words.size(); ++w) {
        if (dev[i].words[w].upos == "PUNCT") continue;
        right += st.heads[w + 1] == dev[i].words[w].head;
        ++total;
      }
    }
    double uas = total ? 100.0 * right / total : 0;
    log << "parser epoch " << epoch << ": dev UAS (no punct) " << uas << " features "
        << averaged.num_features() << std::endl;
    if (dev.empty() || uas > best_uas) {
      best_uas = uas;
      best_moves = std::move(averaged);
    }
  }

  // Stage 2: labels, learned on gold trees.
  PerceptronTrainer labels(static_cast<int>(label_names.size()));
  LinearModel best_labels;
  double best_label_acc = -1;
  std::vector<float> scores(label_names.size());
  for (int epoch = 1; epoch <= options.label_epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t idx : order) {
      const Sentence& s = train[idx];
      std::vector<int> heads = GoldHeads(s);
      std::vector<std::vector<int>> children(heads.size());
      for (size_t d = 1; d < heads.size(); ++d) children[heads[d]].push_back(static_cast<int>(d));
      for (size_t d = 1; d < heads.size(); ++d) {
        parser.LabelFeatures(infos[idx], heads, children, static_cast<int>(d), &feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        labels.Score(feats.data(), feats.size(), scores.data());
        int guess =
            static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        labels.Update(feats.data(), feats.size(), label_index[s.words[d - 1].deprel], guess);
        labels.Tick();
      }
    }
    LinearModel averaged = labels.Finalize(options.min_weight);
    parser.SetModels(LinearModel(), averaged, label_names);
    size_t right = 0, total = 0;
    for (size_t i = 0; i < dev.size(); ++i) {
      Sentence s = dev[i];
      parser.AssignLabels(dev_infos[i], GoldHeads(dev[i]), &s);
      for (size_t w = 0; w < s.words.size(); ++w) {
        right += s.words[w].deprel == dev[i].words[w].deprel;
        ++total;
      }
    }
    double acc = total ? 100.0 * right / total : 0;
    log << "labeller epoch " << epoch << ": dev label accuracy on gold trees " << acc
        << " features " << averaged.num_features() << std::endl;
    if (dev.empty() || acc > best_label_acc) {
      best_label_acc = acc;
      best_labels = std::move(averaged);
    }
  }
  parser.SetModels(std::move(best_moves), std::move(best_labels), label_names);
  return parser;
}

}  // namespace dyad
