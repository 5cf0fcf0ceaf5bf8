#include "train/train_tagger.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <unordered_map>

#include "base/utf8.h"
#include "nlp/features.h"
#include "train/perceptron.h"

namespace dyad {

Status TaggerTrainOptions::Apply(const Params& params) {
  RETURN_IF_ERROR(params.Get("epochs", &epochs));
  RETURN_IF_ERROR(params.Get("seed", &seed));
  RETURN_IF_ERROR(params.Get("min_weight", &min_weight));
  RETURN_IF_ERROR(params.Get("ambiguity_min_count", &ambiguity_min_count));
  return Status::Ok();
}

namespace {

std::string JointTag(const Word& w) { return w.upos + "\t" + w.xpos; }

// Percent of words with UPOS and XPOS both right; *upos gets UPOS alone.
double Accuracy(const Tagger& tagger, const std::vector<Sentence>& sentences, double* upos) {
  size_t right = 0, upos_right = 0, total = 0;
  for (const Sentence& gold : sentences) {
    Sentence s = gold;
    tagger.Tag(&s);
    for (size_t i = 0; i < s.words.size(); ++i) {
      right += s.words[i].upos == gold.words[i].upos && s.words[i].xpos == gold.words[i].xpos;
      upos_right += s.words[i].upos == gold.words[i].upos;
      ++total;
    }
  }
  *upos = total == 0 ? 0 : 100.0 * upos_right / total;
  return total == 0 ? 0 : 100.0 * right / total;
}

}  // namespace

Result<Tagger> TrainTagger(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                           const TaggerTrainOptions& options, std::ostream& log) {
  // The tag set, in a stable order.
  std::map<std::string, int> tag_index;
  for (const Sentence& s : train) {
    for (const Word& w : s.words) tag_index.emplace(JointTag(w), 0);
  }
  if (tag_index.empty()) return Status::InvalidArgument("training data has no words");
  std::vector<std::string> tags;
  for (auto& [tag, idx] : tag_index) {
    idx = static_cast<int>(tags.size());
    tags.push_back(tag);
  }

  // Ambiguity classes: the set of tags each frequent word had.
  // Keys: lower-cased forms, and exact forms under Tagger::ExactKey.
  std::unordered_map<uint64_t, std::set<int>> tag_sets;
  std::unordered_map<uint64_t, int> counts;
  for (const Sentence& s : train) {
    for (const Word& w : s.words) {
      const int tag = tag_index[JointTag(w)];
      for (uint64_t key : {HashString(AsciiLower(w.form)), Tagger::ExactKey(HashString(w.form))}) {
        tag_sets[key].insert(tag);
        ++counts[key];
      }
    }
  }
  std::unordered_map<uint64_t, uint64_t> ambiguity;
  for (const auto& [key, set] : tag_sets) {
    if (counts[key] < options.ambiguity_min_count) continue;
    uint64_t h = 0x1234567;
    for (int t : set) h = Feat(1000, h, static_cast<uint64_t>(t));
    ambiguity[key] = h;
  }

  Tagger tagger;
  tagger.SetTags(tags);
  tagger.SetAmbiguity(std::move(ambiguity));
  std::vector<std::vector<Tagger::WordInfo>> infos(train.size());
  std::vector<std::vector<int>> golds(train.size());
  for (size_t i = 0; i < train.size(); ++i) {
    tagger.Prepare(train[i], &infos[i]);
    for (const Word& w : train[i].words) golds[i].push_back(tag_index[JointTag(w)]);
  }

  // Each direction is trained on its own; the dev score is that of the combination.
  PerceptronTrainer trainers[2] = {PerceptronTrainer(static_cast<int>(tags.size())),
                                   PerceptronTrainer(static_cast<int>(tags.size()))};
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::vector<uint64_t> feats;
  std::vector<float> scores(tags.size());
  double best_acc = -1;
  LinearModel best_models[2];
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (int d = 0; d < 2; ++d) {
      for (size_t idx : order) {
        std::vector<Tagger::WordInfo> info = d == 0 ? infos[idx] : Tagger::Reversed(infos[idx]);
        std::vector<int> gold = golds[idx];
        if (d == 1) std::reverse(gold.begin(), gold.end());
        int prev1 = -1, prev2 = -1;
        for (size_t i = 0; i < info.size(); ++i) {
          tagger.Features(info, static_cast<int>(i), prev1, prev2, &feats);
          std::fill(scores.begin(), scores.end(), 0.0f);
          trainers[d].Score(feats.data(), feats.size(), scores.data());
          int guess =
              static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          trainers[d].Update(feats.data(), feats.size(), gold[i], guess);
          trainers[d].Tick();
          prev2 = prev1;
          prev1 = guess;
        }
      }
      tagger.SetModel(static_cast<Tagger::Direction>(d), trainers[d].Finalize(options.min_weight));
    }
    double dev_upos = 0;
    double dev_acc = dev.empty() ? 0 : Accuracy(tagger, dev, &dev_upos);
    log << "tagger epoch " << epoch << ": dev UPOS+XPOS " << dev_acc << "% UPOS " << dev_upos
        << "% features " << tagger.model(Tagger::kLeftToRight).num_features() << "+"
        << tagger.model(Tagger::kRightToLeft).num_features() << std::endl;
    if (dev.empty() || dev_acc > best_acc) {
      best_acc = dev_acc;
      for (int d = 0; d < 2; ++d) best_models[d] = tagger.model(static_cast<Tagger::Direction>(d));
    }
  }
  for (int d = 0; d < 2; ++d) {
    tagger.SetModel(static_cast<Tagger::Direction>(d), std::move(best_models[d]));
  }
  return tagger;
}

}  // namespace dyad
