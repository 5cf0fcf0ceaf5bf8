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
  std::unordered_map<std::string, std::set<int>> tag_sets;
  std::unordered_map<std::string, int> counts;
  for (const Sentence& s : train) {
    for (const Word& w : s.words) {
      std::string lower = AsciiLower(w.form);
      tag_sets[lower].insert(tag_index[JointTag(w)]);
      ++counts[lower];
    }
  }
  std::unordered_map<uint64_t, uint64_t> ambiguity;
  for (const auto& [word, set] : tag_sets) {
    if (counts[word] < options.ambiguity_min_count) continue;
    uint64_t h = 0x1234567;
    for (int t : set) h = Feat(1000, h, static_cast<uint64_t>(t));
    ambiguity[HashString(word)] = h;
  }

  Tagger tagger;
  tagger.SetTags(tags);
  tagger.SetAmbiguity(std::move(ambiguity));
  PerceptronTrainer trainer(static_cast<int>(tags.size()));

  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::vector<Tagger::WordInfo> info;
  std::vector<uint64_t> feats;
  std::vector<float> scores(tags.size());
  double best_acc = -1;
  LinearModel best_model;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t right = 0, total = 0;
    for (size_t idx : order) {
      const Sentence& s = train[idx];
      tagger.Prepare(s, &info);
      int prev1 = -1, prev2 = -1;
      for (size_t i = 0; i < s.words.size(); ++i) {
        tagger.Features(info, static_cast<int>(i), prev1, prev2, &feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.Score(feats.data(), feats.size(), scores.data());
        int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        int gold = tag_index[JointTag(s.words[i])];
        trainer.Update(feats.data(), feats.size(), gold, guess);
        trainer.Tick();
        right += guess == gold;
        ++total;
        prev2 = prev1;
        prev1 = guess;
      }
    }
    tagger.SetModel(trainer.Finalize(options.min_weight));
    double dev_upos = 0;
    double dev_acc = dev.empty() ? 0 : Accuracy(tagger, dev, &dev_upos);
    log << "tagger epoch " << epoch << ": train " << 100.0 * right / std::max<size_t>(total, 1)
        << "% dev UPOS+XPOS " << dev_acc << "% UPOS " << dev_upos << "% features " << tagger.model().num_features()
        << " weights " << tagger.model().num_weights() << std::endl;
    if (dev.empty() || dev_acc > best_acc) {
      best_acc = dev_acc;
      best_model = trainer.Finalize(options.min_weight);
    }
  }
  tagger.SetModel(std::move(best_model));
  return tagger;
}

}  // namespace dyad
