// Learns the tokenizer's exception lists and the sentence-boundary model from CoNLL-U
// documents (their text rebuilt from "# text" lines, paragraphs kept).
#ifndef DYAD_TRAIN_TRAIN_SEGMENTER_H_
#define DYAD_TRAIN_TRAIN_SEGMENTER_H_

#include <ostream>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "text/segmenter.h"
#include "train/params.h"

namespace dyad {

struct SegmenterTrainOptions {
  int epochs = 8;
  uint64_t seed = 1;
  int min_count = 1;  // an exception must be seen this often

  Status Apply(const Params& params);
};

// `extra_abbreviations` (such as data/tokenizer/abbreviations.txt) are added to the
// abbreviations the treebank shows.
TokenizerLexicon LearnLexicon(const std::vector<Document>& docs, int min_count,
                              const std::vector<std::string>& extra_abbreviations);

Result<Segmenter> TrainSegmenter(const std::vector<Document>& train,
                                 const std::vector<Document>& dev,
                                 const SegmenterTrainOptions& options,
                                 const std::vector<std::string>& abbreviations, std::ostream& log);

// Reads a word list: one entry per line, '#' comments, blank lines ignored.
Result<std::vector<std::string>> ReadWordList(const std::string& path);

}  // namespace dyad

#endif  // DYAD_TRAIN_TRAIN_SEGMENTER_H_
