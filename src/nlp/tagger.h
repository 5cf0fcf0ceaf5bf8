// Part-of-speech tagger over joint UPOS+XPOS tags: two greedy averaged perceptrons, one
// reading left to right and one right to left, each using its own previous decisions;
// their scores are summed per word. Words also carry their ambiguity class (the set of
// tags they had in training), which gives each direction a view of the other side.
#ifndef DYAD_NLP_TAGGER_H_
#define DYAD_NLP_TAGGER_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/flat_map.h"
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
    uint64_t lower, form, shape, ambiguity, exact_ambiguity;
    uint64_t suffix[4], prefix[3];
    bool upper_initial, has_digit, has_hyphen;
  };
  void Prepare(const Sentence& sentence, std::vector<WordInfo>* info) const;
  // Features of word i given the tags already chosen for words i-1 and i-2 (-1: none):
  // all of them, or only those that read no chosen tag (kWordsOnly: they can be scored
  // for the whole sentence in one batch), or only those that do (kTagsOnly).
  enum FeatureSet { kAll, kWordsOnly, kTagsOnly };
  void Features(const std::vector<WordInfo>& info, int i, int prev1, int prev2,
                std::vector<uint64_t>* out, FeatureSet set = kAll) const;

  const std::vector<std::string>& tags() const { return tags_; }  // "UPOS\tXPOS"
  enum Direction { kLeftToRight = 0, kRightToLeft = 1 };
  const LinearModel& model(Direction d) const { return models_[d]; }

  // For the trainer.
  void SetTags(std::vector<std::string> tags);
  void SetAmbiguity(std::unordered_map<uint64_t, uint64_t> classes) {
    ambiguity_ = std::move(classes);
    ambiguity_index_.Build({ambiguity_.begin(), ambiguity_.end()});
  }
  void SetModel(Direction d, LinearModel model) { models_[d] = std::move(model); }
  // Greedy decoding in one direction: adds each word's raw score vector (the model's
  // integer weights) to scores (words x tags, row-major). `info` is in reading order.
  void Decode(Direction direction, const std::vector<WordInfo>& info, int32_t* scores,
              std::vector<uint64_t>* feats, std::vector<uint32_t>* offsets) const;
  // Reverses the word order (the right-to-left model reads reversed sentences).
  static std::vector<WordInfo> Reversed(const std::vector<WordInfo>& info) {
    return std::vector<WordInfo>(info.rbegin(), info.rend());
  }
  void ApplyTag(int tag, Word* word) const;
  // Key of an exact (case-sensitive) form in the ambiguity map.
  static uint64_t ExactKey(uint64_t form_hash) { return form_hash ^ 0x9E3779B97F4A7C15ULL; }

 private:
  // A past tense right after a determiner, numeral or possessive and before a noun becomes a
  // participle.
  void ParticipleAfterDeterminer(std::vector<int>* best) const;
  // Makes one word a finite verb when a sentence would otherwise have none. `score(i, t)`
  // is the summed score of tag t on word i; `best` holds each word's best tag.
  template <typename Score>
  void ForceFiniteVerb(const Sentence& sentence, const Score& score, std::vector<int>* best) const;

  std::vector<std::string> tags_;
  std::vector<std::string> upos_, xpos_;
  std::vector<char> finite_;  // per tag: a verb in a finite form (VBD, VBZ, VBP, MD, VB)
  int past_tense_ = -1;       // the tag VERB/VBD, -1 when the tag set lacks it
  int participle_ = -1;       // the tag VERB/VBN, -1 when the tag set lacks it
  // Word hash -> tag-set hash, for lower-cased forms and (salted) exact forms.
  std::unordered_map<uint64_t, uint64_t> ambiguity_;
  FlatMap ambiguity_index_;  // the same, probed once per word
  LinearModel models_[2];
};

}  // namespace dyad

#endif  // DYAD_NLP_TAGGER_H_
