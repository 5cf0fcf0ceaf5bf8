// Part-of-speech tagger: greedy left-to-right averaged perceptron over joint UPOS+XPOS
// tags. Right context comes from word features and each word's ambiguity class (the
// set of tags it had in training), so one pass suffices.
#ifndef DYAD_NLP_TAGGER_H_
#define DYAD_NLP_TAGGER_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "nlp/linear_model.h"

namespace dyad {

class Tagger {
 public:
  static constexpr const char* kComponent = "tagger";

  static Result<Tagger> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // Sets upos and xpos of every word.
  void Tag(Sentence* sentence) const;

  // Per-word feature inputs, computed once per sentence.
  struct WordInfo {
    uint64_t lower, form, shape, ambiguity;
    uint64_t suffix[4], prefix[3];
    bool upper_initial, has_digit, has_hyphen;
  };
  void Prepare(const Sentence& sentence, std::vector<WordInfo>* info) const;
  // Features of word i given the tags already chosen for words i-1 and i-2 (-1: none).
  void Features(const std::vector<WordInfo>& info, int i, int prev1, int prev2,
                std::vector<uint64_t>* out) const;

  const std::vector<std::string>& tags() const { return tags_; }  // "UPOS\tXPOS"
  const LinearModel& model() const { return model_; }

  // For the trainer.
  void SetTags(std::vector<std::string> tags);
  void SetAmbiguity(std::unordered_map<uint64_t, uint64_t> classes) { ambiguity_ = std::move(classes); }
  void SetModel(LinearModel model) { model_ = std::move(model); }
  void ApplyTag(int tag, Word* word) const;

 private:
  std::vector<std::string> tags_;
  std::vector<std::string> upos_, xpos_;
  std::unordered_map<uint64_t, uint64_t> ambiguity_;  // lower-case word hash -> tag-set hash
  LinearModel model_;
};

}  // namespace dyad

#endif  // DYAD_NLP_TAGGER_H_
