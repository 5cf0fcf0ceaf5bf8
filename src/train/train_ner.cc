#include "train/train_ner.h"

#include <algorithm>
#include <random>

#include "eval/ner_eval.h"
#include "io/iob.h"
#include "kb/tsv.h"
#include "train/perceptron.h"

namespace dyad {

Status NerTrainOptions::Apply(const Params& params) {
  RETURN_IF_ERROR(params.Get("epochs", &epochs));
  RETURN_IF_ERROR(params.Get("seed", &seed));
  RETURN_IF_ERROR(params.Get("min_weight", &min_weight));
  return Status::Ok();
}

Result<Gazetteer> BuildGazetteer(const std::string& kb_dir) {
  Gazetteer g;
  ASSIGN_OR_RETURN(auto people, ReadTsv(kb_dir + "/people.tsv", 7));
  for (const TsvRow& row : people) {
    g.Add(row.fields[0], Gazetteer::kPer);
    for (const auto& alias : ListItems(row.fields[1])) g.Add(alias, Gazetteer::kPer);
  }
  ASSIGN_OR_RETURN(auto orgs, ReadTsv(kb_dir + "/organisations.tsv", 4));
  for (const TsvRow& row : orgs) {
    for (const auto& name : ListItems(row.fields[1])) g.Add(name, Gazetteer::kOrg);
  }
  ASSIGN_OR_RETURN(auto countries, ReadTsv(kb_dir + "/countries.tsv", 7));
  for (const TsvRow& row : countries) {
    for (const auto& name : ListItems(row.fields[1])) g.Add(name, Gazetteer::kLoc);
    for (const auto& name : ListItems(row.fields[4])) g.Add(name, Gazetteer::kLoc);
  }
  ASSIGN_OR_RETURN(auto regions, ReadTsv(kb_dir + "/regions.tsv", 3));
  for (const TsvRow& row : regions) {
    for (const auto& name : ListItems(row.fields[1])) g.Add(name, Gazetteer::kLoc);
  }
  return g;
}

Result<EntityRecognizer> TrainNer(const std::vector<Sentence>& train,
                                  const std::vector<Sentence>& dev, Gazetteer gazetteer,
                                  const NerTrainOptions& options, std::ostream& log) {
  const auto& tag_names = EntityRecognizer::Tags();
  EntityRecognizer recognizer;
  recognizer.SetGazetteer(std::move(gazetteer));
  std::vector<std::vector<EntityRecognizer::WordInfo>> infos(train.size());
  std::vector<std::vector<int>> golds(train.size());
  for (size_t i = 0; i < train.size(); ++i) {
    recognizer.Prepare(train[i], &infos[i]);
    for (const std::string& tag : EntityTags(train[i])) {
      golds[i].push_back(
          static_cast<int>(std::find(tag_names.begin(), tag_names.end(), tag) - tag_names.begin()));
    }
  }
  PerceptronTrainer trainer(static_cast<int>(tag_names.size()));
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::vector<uint64_t> feats;
  double best_f1 = -1;
  LinearModel best;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t idx : order) {
      int prev = -1;
      for (size_t i = 0; i < infos[idx].size(); ++i) {
        EntityRecognizer::Features(infos[idx], static_cast<int>(i), prev, &feats);
        float scores[7] = {0, 0, 0, 0, 0, 0, 0};
        trainer.Score(feats.data(), feats.size(), scores);
        int guess = 0;
        for (int t = 1; t < 7; ++t) {
          if (EntityRecognizer::Allowed(prev, t) && scores[t] > scores[guess]) guess = t;
        }
        trainer.Update(feats.data(), feats.size(), golds[idx][i], guess);
        trainer.Tick();
        prev = guess;
      }
    }
    recognizer.SetModel(trainer.Finalize(options.min_weight));
    NerScores scores;
    for (const Sentence& gold : dev) {
      Sentence s = gold;
      recognizer.Recognize(&s);
      scores.Add(gold.entities, s.entities);
    }
    log << "ner epoch " << epoch << ": dev P " << scores.all.Precision() << " R "
        << scores.all.Recall() << " F1 " << scores.all.F1() << std::endl;
    if (dev.empty() || scores.all.F1() > best_f1) {
      best_f1 = scores.all.F1();
      best = recognizer.model();
    }
  }
  recognizer.SetModel(std::move(best));
  return recognizer;
}

}  // namespace dyad
