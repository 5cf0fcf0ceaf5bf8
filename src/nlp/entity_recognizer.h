// Named-entity recognizer: PER, ORG and LOC spans as BIO tags. An averaged structured
// perceptron scores each word's tag from word, shape, affix, context, POS, casing and
// gazetteer and word-cluster features plus features that pair the tag with the previous tag;
// first-order Viterbi finds the best sequence, with I-X allowed only after B-X or I-X.
#ifndef DYAD_NLP_ENTITY_RECOGNIZER_H_
#define DYAD_NLP_ENTITY_RECOGNIZER_H_

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "nlp/gazetteer.h"
#include "nlp/linear_model.h"
#include "nlp/word_clusters.h"

namespace dyad {

// How often a word is written with a capital when it is not first in its sentence,
// learned from the training text: a strong hint in web text, where names are often in
// lower case and sentences in title case.
class CaseProfile {
 public:
  // Counts the words of one sentence.
  void Count(const Sentence& sentence);
  // Turns counts into buckets; words seen fewer than min_count times stay unknown.
  void Finish(int min_count);
  // 0 unknown, 1 never capitalised, 2 rarely, 3 mixed, 4 mostly, 5 always.
  uint8_t Bucket(uint64_t lower_hash) const;
  void Write(ByteWriter* w) const;
  Status Read(ByteReader* r);

 private:
  std::unordered_map<uint64_t, std::array<uint32_t, 2>> counts_;  // {seen, capitalised}
  std::unordered_map<uint64_t, uint8_t> buckets_;
};

class EntityRecognizer {
 public:
  static constexpr const char* kComponent = "ner";
  static constexpr int kNumTags = 7;
  // Bumped when features change, so a model trained on other features is refused.
  static constexpr uint32_t kFeatureVersion = 2;
  // The tag set, in model order.
  static const std::vector<std::string>& Tags();

  static Result<EntityRecognizer> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // Sets sentence->entities; needs form and upos of every word.
  void Recognize(Sentence* sentence) const;

  struct WordInfo {
    uint64_t lower, form, shape, upos, xpos, prefix[4], suffix[4];
    uint64_t gaz_exact, gaz_folded;  // Gazetteer::Match codes
    uint64_t case_bucket;            // CaseProfile::Bucket
    uint64_t sentence_case;          // casing of the whole sentence (same for every word)
    uint64_t fine, coarse;           // WordClusters ids
    bool upper_initial;
  };
  void Prepare(const Sentence& sentence, std::vector<WordInfo>* info) const;
  // Features of word i that do not depend on the previous tag.
  static void EmissionFeatures(const std::vector<WordInfo>& info, int i,
                               std::vector<uint64_t>* out);
  // Features pairing the previous tag (-1: sentence start) with word i.
  static void TransitionFeatures(const std::vector<WordInfo>& info, int i, int prev_tag,
                                 std::vector<uint64_t>* out);
  // Whether tag may follow prev_tag (-1: sentence start).
  static bool Allowed(int prev_tag, int tag);
  // Entities from a tag sequence.
  static std::vector<Entity> Decode(const std::vector<int>& tags);

  // The best allowed tag sequence; score(features, count, scores) adds weights to
  // scores[0, kNumTags). Shared by run time and training (which scores with the
  // perceptron's current weights).
  template <typename ScoreFn>
  static std::vector<int> BestTags(const std::vector<WordInfo>& info, const ScoreFn& score);

  void SetModel(LinearModel model) { model_ = std::move(model); }
  void SetGazetteer(Gazetteer gazetteer) { gazetteer_ = std::move(gazetteer); }
  void SetCaseProfile(CaseProfile profile) { case_profile_ = std::move(profile); }
  void SetClusters(WordClusters clusters) { clusters_ = std::move(clusters); }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  const LinearModel& model() const { return model_; }

 private:
  LinearModel model_;
  Gazetteer gazetteer_;
  CaseProfile case_profile_;
  WordClusters clusters_;
};

template <typename ScoreFn>
std::vector<int> EntityRecognizer::BestTags(const std::vector<WordInfo>& info,
                                            const ScoreFn& score) {
  constexpr int kT = kNumTags;
  const int n = static_cast<int>(info.size());
  std::vector<std::array<float, kT>> best(n);
  std::vector<std::array<int8_t, kT>> back(n);
  std::vector<uint64_t> feats;
  for (int i = 0; i < n; ++i) {
    float emit[kT] = {};
    EmissionFeatures(info, i, &feats);
    score(feats.data(), feats.size(), emit);
    const int first_prev = i == 0 ? -1 : 0, last_prev = i == 0 ? -1 : kT - 1;
    best[i].fill(-1e30f);
    for (int prev = first_prev; prev <= last_prev; ++prev) {
      const float base = prev < 0 ? 0 : best[i - 1][prev];
      if (base <= -1e29f) continue;
      float trans[kT] = {};
      TransitionFeatures(info, i, prev, &feats);
      score(feats.data(), feats.size(), trans);
      for (int t = 0; t < kT; ++t) {
        if (!Allowed(prev, t)) continue;
        const float s = base + emit[t] + trans[t];
        if (s > best[i][t]) best[i][t] = s, back[i][t] = static_cast<int8_t>(prev);
      }
    }
  }
  std::vector<int> tags(n);
  if (n == 0) return tags;
  int t = 0;
  for (int k = 1; k < kT; ++k) {
    if (best[n - 1][k] > best[n - 1][t]) t = k;
  }
  for (int i = n - 1; i >= 0; --i) {
    tags[i] = t;
    t = back[i][t];
  }
  return tags;
}

}  // namespace dyad

#endif  // DYAD_NLP_ENTITY_RECOGNIZER_H_
