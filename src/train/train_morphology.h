// Builds the Morphology tables from a treebank and, when present, WordNet's exception
// lists and indexes (Debian wordnet-base, /usr/share/wordnet).
#ifndef DYAD_TRAIN_TRAIN_MORPHOLOGY_H_
#define DYAD_TRAIN_TRAIN_MORPHOLOGY_H_

#include <string>
#include <vector>

#include "dyad/document.h"
#include "nlp/morphology.h"

namespace dyad {

// wordnet_dir may be empty (rules only); otherwise its files must parse.
Result<Morphology> TrainMorphology(const std::vector<Sentence>& train,
                                   const std::string& wordnet_dir);

}  // namespace dyad

#endif  // DYAD_TRAIN_TRAIN_MORPHOLOGY_H_
