// Scores annotated sentences against gold CoNLL-U following the CoNLL 2018 shared task
// (conll18_ud_eval.py): tokens, sentences and words are matched by their character
// spans in the shared text; words inside multiword tokens by the longest common
// subsequence of their forms; LAS compares universal relations (subtypes dropped).
#ifndef DYAD_EVAL_UD_EVAL_H_
#define DYAD_EVAL_UD_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/pipeline.h"

namespace dyad {

struct UdScores {
  // Counts behind each metric.
  struct Count {
    size_t gold = 0, system = 0, correct = 0;
    double F1() const {
      return gold + system == 0 ? 0 : 200.0 * correct / static_cast<double>(gold + system);
    }
  };
  Count tokens, sentences, words, upos, xpos, lemmas, feats, uas, las;
};

// Gold and system documents must share their text (the system's was produced from the
// gold text). Accumulates into *scores.
void ScoreDocument(const Document& gold, const Document& system, UdScores* scores);

// Runs the pipeline on each gold document and scores it. With `raw` the pipeline starts
// from the document text (tokenizer and splitter included); otherwise from the gold
// words (gold tokenization).
UdScores EvaluatePipeline(const Pipeline& pipeline, const std::vector<Document>& gold, bool raw);

// Ordered metric name -> value in percent; `raw` adds Tokens, Sentences and Words.
std::vector<std::pair<std::string, double>> MetricList(const UdScores& scores, bool raw);

}  // namespace dyad

#endif  // DYAD_EVAL_UD_EVAL_H_
