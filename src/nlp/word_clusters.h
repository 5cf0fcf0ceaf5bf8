// Word clusters for the recognizer: each known word (in lower case) belongs to a fine and
// a coarse cluster of words that occur in similar contexts, so a feature learned for
// "Tuesday" or "Baghdad" carries over to rarer words of the same cluster. Induced from
// the training text (train/cluster_words.h) and stored in the NER model.
#ifndef DYAD_NLP_WORD_CLUSTERS_H_
#define DYAD_NLP_WORD_CLUSTERS_H_

#include <cstdint>
#include <unordered_map>

#include "base/model_file.h"
#include "dyad/status.h"
#include "nlp/hash_table_io.h"

namespace dyad {

class WordClusters {
 public:
  // Ids start at 1; 0 means an unknown word.
  void Set(uint64_t lower_hash, uint16_t fine, uint16_t coarse) {
    ids_[lower_hash] = static_cast<uint32_t>(coarse) << 16 | fine;
  }
  uint16_t Fine(uint64_t lower_hash) const { return static_cast<uint16_t>(Get(lower_hash)); }
  uint16_t Coarse(uint64_t lower_hash) const {
    return static_cast<uint16_t>(Get(lower_hash) >> 16);
  }
  size_t size() const { return ids_.size(); }

  void Write(ByteWriter* w) const { WriteHashTable(ids_, w); }
  Status Read(ByteReader* r) { return ReadHashTable(r, &ids_); }

 private:
  uint32_t Get(uint64_t h) const {
    auto it = ids_.find(h);
    return it == ids_.end() ? 0 : it->second;
  }
  std::unordered_map<uint64_t, uint32_t> ids_;  // coarse << 16 | fine
};

}  // namespace dyad

#endif  // DYAD_NLP_WORD_CLUSTERS_H_
