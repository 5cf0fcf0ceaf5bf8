// Lemmas and UD morphological features for tagged words. Words seen in training get
// their most frequent lemma and features for the same (form, XPOS); unseen words get
// suffix rules checked against WordNet's base forms (Debian's wordnet-base, read at
// training time and stored in the model) and the most frequent features of their tag.
#ifndef DYAD_NLP_MORPHOLOGY_H_
#define DYAD_NLP_MORPHOLOGY_H_

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/flat_map.h"
#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

class Morphology {
 public:
  static constexpr const char* kComponent = "morphology";

  static Result<Morphology> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // Sets lemma and feats of every word; needs form, upos and xpos.
  void Analyze(Sentence* sentence) const;
  std::string Lemma(const std::string& form, const std::string& upos,
                    const std::string& xpos) const;
  std::string Feats(const std::string& form, const std::string& upos,
                    const std::string& xpos) const;

  // Filled by the trainer.
  std::unordered_map<std::string, std::string> lemmas;      // form \t xpos -> lemma
  std::unordered_map<std::string, std::string> feats;       // lower form \t xpos -> feats
  std::unordered_map<std::string, std::string> tag_feats;   // upos \t xpos -> feats
  std::unordered_map<std::string, std::string> exceptions;  // irregular form \t n|v|a -> base
  std::unordered_set<std::string> verbs, adjectives;        // known base forms

  // Indexes lemmas, feats and tag_feats by a hash of their keys for fast lookups; call
  // after filling them (Load does). Until then lookups use the string maps.
  void BuildIndex();

 private:
  // The value of key in map, through its index once built; null when absent.
  const std::string* Lookup(const FlatMap& index,
                            const std::unordered_map<std::string, std::string>& map,
                            const std::string& key) const;
  // Hash of "a\tb" -> index into index_values_.
  FlatMap lemma_index_, feats_index_, tag_feats_index_;
  std::vector<std::string> index_values_;
  bool indexed_ = false;
  std::string RuleLemma(const std::string& lower, const std::string& xpos) const;
};

}  // namespace dyad

#endif  // DYAD_NLP_MORPHOLOGY_H_
