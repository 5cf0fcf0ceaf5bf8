// Exact-span scoring of named entities: an entity counts when its first word, last word
// and type all match a gold entity (CoNLL-2003 style micro scores, plus per type).
#ifndef DYAD_EVAL_NER_EVAL_H_
#define DYAD_EVAL_NER_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad {

struct NerCounts {
  size_t gold = 0, system = 0, correct = 0;
  double Precision() const { return system ? 100.0 * correct / system : 0; }
  double Recall() const { return gold ? 100.0 * correct / gold : 0; }
  double F1() const { return gold + system ? 200.0 * correct / (gold + system) : 0; }
};

struct NerScores {
  NerCounts all;
  std::map<std::string, NerCounts> by_type;
  void Add(const std::vector<Entity>& gold, const std::vector<Entity>& system);
};

}  // namespace dyad

#endif  // DYAD_EVAL_NER_EVAL_H_
