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
  RETURN_IF_ERROR(params.Get("case_min_count", &case_min_count));
  RETURN_IF_ERROR(params.Get("patience", &patience));
  RETURN_IF_ERROR(params.Get("clusters_fine", &clusters.fine));
  RETURN_IF_ERROR(params.Get("clusters_coarse", &clusters.coarse));
  RETURN_IF_ERROR(params.Get("clusters_min_count", &clusters.min_count));
  RETURN_IF_ERROR(params.Get("clusters_context_words", &clusters.context_words));
  return Status::Ok();
}

namespace {

// The first word of a name of two or more words ("Nicolás" of "Nicolás Maduro").
std::string FirstName(const std::string& name) {
  const size_t space = name.find(' ');
  return space == std::string::npos ? "" : name.substr(0, space);
}

}  // namespace

Result<Gazetteer> BuildGazetteer(const std::string& kb_dir, const std::string& places_tsv) {
  Gazetteer g;
  ASSIGN_OR_RETURN(auto people, ReadTsv(kb_dir + "/people.tsv", 7));
  for (const TsvRow& row : people) {
    g.Add(row.fields[0], Gazetteer::kPer);
    for (const auto& alias : ListItems(row.fields[1])) g.Add(alias, Gazetteer::kPer);
    const std::string first = FirstName(row.fields[0]);
    if (first.size() > 2) g.Add(first, Gazetteer::kFirstName);
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
  if (!places_tsv.empty()) {
    // Primary names only: the alternative names are mostly other languages' spellings.
    ASSIGN_OR_RETURN(auto places, ReadTsv(places_tsv, 8));
    for (const TsvRow& row : places) g.Add(row.fields[0], Gazetteer::kLoc);
  }
  return g;
}

Result<EntityRecognizer> TrainNer(const std::vector<Sentence>& train,
                                  const std::vector<Sentence>& dev, Gazetteer gazetteer,
                                  const NerTrainOptions& options, std::ostream& log,
                                  const std::vector<Sentence>& cluster_text) {
  const auto& tag_names = EntityRecognizer::Tags();
  constexpr int kT = EntityRecognizer::kNumTags;
  EntityRecognizer recognizer;
  recognizer.SetGazetteer(std::move(gazetteer));
  CaseProfile profile;
  for (const Sentence& s : train) profile.Count(s);
  profile.Finish(options.case_min_count);
  recognizer.SetCaseProfile(std::move(profile));
  if (options.clusters.fine > 0) {
    std::vector<Sentence> text = train;
    text.insert(text.end(), cluster_text.begin(), cluster_text.end());
    WordClusters clusters = ClusterWords(text, options.clusters);
    log << "ner: " << clusters.size() << " words in clusters" << std::endl;
    recognizer.SetClusters(std::move(clusters));
  }
  std::vector<std::vector<EntityRecognizer::WordInfo>> infos(train.size());
  std::vector<std::vector<int>> golds(train.size());
  for (size_t i = 0; i < train.size(); ++i) {
    recognizer.Prepare(train[i], &infos[i]);
    for (const std::string& tag : EntityTags(train[i])) {
      golds[i].push_back(
          static_cast<int>(std::find(tag_names.begin(), tag_names.end(), tag) - tag_names.begin()));
    }
  }
  PerceptronTrainer trainer(kT);
  auto score = [&trainer](const uint64_t* f, size_t count, float* scores) {
    trainer.Score(f, count, scores);
  };
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::vector<uint64_t> gold_feats, guess_feats;
  double best_f1 = -1;
  int best_epoch = 0;
  LinearModel best;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t idx : order) {
      const auto& info = infos[idx];
      const std::vector<int>& gold = golds[idx];
      const std::vector<int> guess = EntityRecognizer::BestTags(info, score);
      // Structured perceptron: where the sequences differ, reward the gold tag with the
      // gold path's features and penalise the guess with its own.
      for (size_t i = 0; i < info.size(); ++i) {
        const int word = static_cast<int>(i);
        const int gold_prev = i ? gold[i - 1] : -1, guess_prev = i ? guess[i - 1] : -1;
        if (gold[i] != guess[i]) {
          EntityRecognizer::EmissionFeatures(info, word, &gold_feats);
          trainer.Update(gold_feats.data(), gold_feats.size(), gold[i], guess[i]);
        }
        if (gold[i] != guess[i] || gold_prev != guess_prev) {
          EntityRecognizer::TransitionFeatures(info, word, gold_prev, &gold_feats);
          EntityRecognizer::TransitionFeatures(info, word, guess_prev, &guess_feats);
          trainer.AddToLabel(gold_feats.data(), gold_feats.size(), gold[i], 1);
          trainer.AddToLabel(guess_feats.data(), guess_feats.size(), guess[i], -1);
        }
      }
      trainer.Tick();
    }
    recognizer.SetModel(trainer.Finalize(options.min_weight));
    NerScores scores;
    for (const Sentence& gold : dev) {
      Sentence s = gold;
      recognizer.Recognize(&s);
      scores.Add(gold.entities, s.entities);
    }
    log << "ner epoch " << epoch << ": dev P " << scores.all.Precision() << " R "
        << scores.all.Recall() << " F1 " << scores.all.F1();
    for (const auto& [type, c] : scores.by_type) log << " " << type << " " << c.F1();
    log << std::endl;
    if (dev.empty() || scores.all.F1() > best_f1) {
      best_f1 = scores.all.F1();
      best_epoch = epoch;
      best = recognizer.model();
    } else if (options.patience > 0 && epoch - best_epoch >= options.patience) {
      break;  // early stopping: dev F1 has not improved for `patience` epochs
    }
  }
  log << "ner: keeping epoch " << best_epoch << " (" << best.num_features() << " features)"
      << std::endl;
  recognizer.SetModel(std::move(best));
  return recognizer;
}

}  // namespace dyad
