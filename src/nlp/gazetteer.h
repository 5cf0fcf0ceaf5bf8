// Name lists as NER features: phrases (hashed word sequences) with the entity types they
// name. Built at training time from data/kb (dyad train ner --kb data/kb) and stored in
// the NER model, so the runtime needs no data files.
#ifndef DYAD_NLP_GAZETTEER_H_
#define DYAD_NLP_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/flat_map.h"
#include "base/model_file.h"
#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

class Gazetteer {
 public:
  static constexpr int kMaxWords = 6;
  enum Type : uint8_t { kPer = 1, kOrg = 2, kLoc = 4, kFirstName = 8 };

  // Adds a phrase (words separated by spaces) under `type`, case-sensitive and folded.
  void Add(const std::string& phrase, Type type);
  bool empty() const { return exact_.size() == 0; }
  size_t size() const { return exact_.size(); }

  // Per word: a small code for the longest match covering it ("B-" or "I-" plus the type
  // bits), 0 for none; separately for exact and case-folded matching.
  void Match(const Sentence& sentence, std::vector<uint64_t>* exact,
             std::vector<uint64_t>* folded) const;

  void Write(ByteWriter* w) const;
  Status Read(ByteReader* r);

 private:
  FlatMap exact_, folded_;  // phrase hash -> type bits
};

}  // namespace dyad

#endif  // DYAD_NLP_GAZETTEER_H_
