// Unlabeled text for the recognizer's word clusters (dyad train ner --cluster-text): more
// text than the labeled training set gives clusters to more of the rare names.
#ifndef DYAD_TRAIN_CLUSTER_TEXT_H_
#define DYAD_TRAIN_CLUSTER_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "text/segmenter.h"

namespace dyad {

// The text without its '<...>' markup tags, so XML corpora (TimeML, GeoVirus) can be read
// as they are. Every '>' leaves a space (the tag's, or one after a stray '>' in the text);
// an unclosed '<' drops the rest of the text.
std::string DropMarkup(std::string_view text);

// The sentences of each file (markup dropped), split by the segmenter. Errors name the file.
Result<std::vector<Sentence>> ReadClusterText(const std::vector<std::string>& paths,
                                              const Segmenter& segmenter);

}  // namespace dyad

#endif  // DYAD_TRAIN_CLUSTER_TEXT_H_
